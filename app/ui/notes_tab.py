"""Notes on the debtor: append-only, newest first, each with its author and time; a field to add one.

Saving goes through the ``DebtorNotes`` service given in ``__init__`` (the signed-in agent is the author);
without one the tab is read-only. Ctrl+Enter saves.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.debtors import NOTE_MAX_CHARS, NoteView
from app.services.debtor_notes import DebtorNotes, NoteNotSaved
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel

EDITOR_LINES = 3


class _CtrlEnterSaves(QObject):
    """Ctrl+Enter in the note field saves the note. The key is taken before the window's shortcuts see it (the
    script's "next step" has the same key, bound on the script pane), so no second binding is made."""

    def __init__(self, save: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._save = save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if not ctrl or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        event.accept()
        if event.type() == QEvent.Type.KeyPress:
            self._save()
        return True


class NotesTab(QWidget):
    note_added = Signal(object)  # the saved NoteView

    def __init__(self, language: str, notes: DebtorNotes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._notes = notes
        self._debtor_id: int | None = None
        self._call_id: int | None = None
        self.model: RowTableModel[NoteView] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Notes"), self)
        self.table.setWordWrap(True)
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Add a note (Ctrl+Enter saves). Notes cannot be changed once saved."))
        self.editor.setTabChangesFocus(True)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(line * EDITOR_LINES + 12)
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.clicked.connect(self.save)
        self.editor.installEventFilter(_CtrlEnterSaves(self.save, self.editor))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #8c1d18;")
        self.problem_label.hide()
        self.editor.textChanged.connect(self.problem_label.hide)
        add_row = QHBoxLayout()
        add_row.addWidget(self.editor, 1)
        add_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(add_row)
        for widget in (self.editor, self.save_button):
            widget.setVisible(notes is not None)

    def _columns(self) -> list[Column[NoteView]]:
        lang = self._language
        return [
            Column(self.tr("Time"), lambda n: display.moment(n.created_at, lang)),
            Column(self.tr("Author"), lambda n: n.author_name),
            Column(self.tr("Note"), lambda n: n.body),
        ]

    def set_notes(self, debtor_id: int, notes: tuple[NoteView, ...]) -> None:
        if debtor_id != self._debtor_id:
            document = self.editor.document()
            if not document.isEmpty() or document.isUndoAvailable():  # clearing an empty field costs ~0.4 ms of a pop
                self.editor.clear()
            self.problem_label.hide()
        self._debtor_id = debtor_id
        self.model.set_rows(notes)

    def set_call(self, call_id: int | None) -> None:
        """Notes saved from now on belong to this call (None: not written on a call)."""
        self._call_id = call_id

    def save(self) -> NoteView | None:
        """Save the text in the field as a new note; on a problem the text stays and the problem is shown."""
        if self._notes is None or self._debtor_id is None:
            return None
        body = self.editor.toPlainText().strip()
        if not body:
            self._show_problem(self.tr("The note is empty. Write what happened or what was agreed, then save."))
            return None
        if len(body) > NOTE_MAX_CHARS:
            text = self.tr("The note is longer than %1 characters. Shorten it, or split it into two notes.")
            self._show_problem(text.replace("%1", str(NOTE_MAX_CHARS)))
            return None
        try:
            note = self._notes.add_note(self._debtor_id, body, self._call_id)
        except NoteNotSaved as error:
            self._show_problem(str(error))
            return None
        self.editor.clear()
        self.model.set_rows([note, *(self.model.row_at(i) for i in range(self.model.rowCount()))])
        self.note_added.emit(note)
        return note

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()
        return None
