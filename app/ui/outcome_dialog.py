"""After every call the agent must say how it ended: an outcome code and an optional note."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.domain.outcomes import selectable_outcomes

MAX_NOTE_LENGTH = 2000


class OutcomeDialog(QDialog):
    """Modal and not dismissable: the call log needs an outcome, so Escape and the close button do nothing."""

    def __init__(self, language: str, context_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call outcome"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.outcome_list = QListWidget(self)
        self.outcome_list.setAccessibleName(self.tr("Outcome codes"))
        for number, outcome in enumerate(selectable_outcomes(), start=1):
            item = QListWidgetItem(f"{number}. {outcome.label(language)}", self.outcome_list)
            item.setData(Qt.ItemDataRole.UserRole, outcome.code.value)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (optional): what was agreed, what to do next"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save outcome"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How did the call end? Pick one outcome."), self))
        if context_text:
            context = QLabel(context_text, self)
            context.setObjectName("callContext")
            context.setWordWrap(True)
            layout.addWidget(context)
        layout.addWidget(self.outcome_list, 1)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self.outcome_list.currentItemChanged.connect(
            lambda item, _old: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None)
        )
        self.outcome_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.resize(460, 560)

    def choose(self, code: str) -> None:
        for row in range(self.outcome_list.count()):
            if self.outcome_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.outcome_list.setCurrentRow(row)
                return
        raise KeyError(code)

    @property
    def outcome_code(self) -> str | None:
        item = self.outcome_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()[:MAX_NOTE_LENGTH]

    def accept(self) -> None:
        if self.outcome_code is not None:
            super().accept()

    def reject(self) -> None:
        """Escape and closing the window are ignored until an outcome is picked."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if self.focusWidget() is not self.note_edit and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            row = key - Qt.Key.Key_1
            if row < self.outcome_list.count():
                self.outcome_list.setCurrentRow(row)
                return
        super().keyPressEvent(event)


