"""The call script's keys anywhere in the main window: 1–9 pick the numbered answer and Ctrl+Enter takes the next
step, wherever the keyboard is (the work queue, the record, a call button after a click), so an agent who answered
with F3 or clicked a phone number does not have to click into the script first. And the keyboard follows the script:
it moves there when a call connects, and stays there from one node to the next.

Where digits are text (the number field before a call, an amount, a note, a date) or tones (the dial pad), the keys
stay with that field. The filter sits on the application because a table or a combo box would otherwise take a digit
for its type-ahead search before the window could see it. It is there only while the script shows a node: every
event of the application passes through a Python filter (opening the outcome dialog at a hang-up: thousands, ~20 ms
of the GUI thread), and with no node the keys have nothing to pick or take.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.services.script_view import StageView
from app.ui.dial_pad import DialPad
from app.ui.script_pane import ScriptPane

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def takes_digits(widget: QWidget) -> bool:
    """True for a field where a typed digit is text (or a tone): the script's digit keys leave it alone."""
    for part in (widget, widget.parentWidget()):  # a spin box's or editable combo box's inner line edit
        if isinstance(part, QLineEdit | QTextEdit | QPlainTextEdit) and not part.isReadOnly():
            return True
        if isinstance(part, QAbstractSpinBox | DialPad) or (isinstance(part, QComboBox) and part.isEditable()):
            return True
    return False


def _takes_ctrl_enter(widget: QWidget) -> bool:
    """A note field: Ctrl+Enter saves the note there (app/ui/notes_tab.py)."""
    return isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly()


class ScriptKeys(QObject):
    """Installed on the application for one main window; gone with the window (Qt drops a deleted filter)."""

    def __init__(self, window: QWidget, pane: ScriptPane, active_call_id: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._active_call_id = active_call_id
        self._focused_for: int | None = None  # the call whose connect moved the keyboard to the script
        self._filtering = False

    def on_call_state(self, state: str, _reason: str = "") -> None:
        """Once per call, as it connects (dialled, answered with F3 or from the banner): the keyboard goes to the
        script, whose keys the agent needs next."""
        call_id = self._active_call_id()
        if state == "confirmed" and call_id is not None and call_id != self._focused_for:
            self._focused_for = call_id
            self._pane.focus_answers()

    def show_stage(self, stage: StageView | None) -> None:
        """The script's next node, shown; the keyboard stays in the script when the answer it was on gives way (Qt
        would hand it to the next widget in the window, e.g. the search field, where a digit is text)."""
        was_in_script = self._in_script(QApplication.focusWidget())
        self._filter_keys(stage is not None)
        self._pane.show_stage(stage)
        if stage is not None and was_in_script and not self._in_script(QApplication.focusWidget()):
            self._pane.focus_answers()

    @property
    def listening(self) -> bool:
        """The filter is on the application: the script shows a node."""
        return self._filtering

    def _filter_keys(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def _in_script(self, widget: QWidget | None) -> bool:
        return widget is not None and self._pane.isAncestorOf(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:  # isinstance first: cheap, and
            return False  # every event of the application passes here (a call's first paint: thousands)
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or focus.window() is not self._window:
            return False  # another window (a dialog), or a parent the key is propagating to after the focus widget
        return self._script_key(focus, event)

    def _script_key(self, focus: QWidget, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return not takes_digits(focus) and self._pane.choose_number(key - Qt.Key.Key_0)
        if (modifiers == Qt.KeyboardModifier.ControlModifier and key in _ENTER_KEYS
                and not self._pane.isAncestorOf(focus) and not _takes_ctrl_enter(focus)):
            if self._pane.next_button.isEnabled():  # in the pane its own Ctrl+Enter shortcut does it
                self._pane.next_button.click()
                return True
        return False
