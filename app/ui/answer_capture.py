"""Answers logged the moment they are picked, not when the agent moves to the next step (a crash in between would
lose them): a choice at once, a typed answer once the agent pauses typing. The session records it only when the
script takes it; "next step" stays its own event and sends the answer again, which the script does not log twice.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.ui.script_answer_widgets import AnswerEditor, ChoiceEditor
from app.ui.script_pane import ScriptPane

TYPING_PAUSE_MS = 700  # a typed amount, date or note is logged this long after the last key


class AnswerCapture(QObject):
    def __init__(self, pane: ScriptPane, pick: Callable[[Any], None]) -> None:
        super().__init__(pane)
        self._pick = pick
        self._typing: AnswerEditor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        for editor in pane.findChildren(AnswerEditor):
            editor.changed.connect(lambda e=editor: self._edited(e))

    def _edited(self, editor: AnswerEditor) -> None:
        if isinstance(editor, ChoiceEditor):
            self._timer.stop()
            self._typing = None
            self._pick(editor.value())
        else:
            self._typing = editor
            self._timer.start()

    def flush(self) -> None:
        """Log a typed answer now (the pause timer does this on its own)."""
        editor, self._typing = self._typing, None
        self._timer.stop()
        if editor is not None and editor.isVisible():
            self._pick(editor.value())

    def cancel(self) -> None:
        """The script moved on: a pending typed answer went with "next step" (or belongs to a node left behind)."""
        self._timer.stop()
        self._typing = None
