"""Several debtors have the number on file: the agent picks who the call is about (arrows and Enter), or none (Esc)."""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.domain.debtors import CallerMatch
from app.ui import display
from app.ui.phone_owner_notice import whose_phone
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel


class CallerChooserDialog(QDialog):
    def __init__(self, number: str, matches: Sequence[CallerMatch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is this call about?"))
        self.setObjectName("callerChooser")
        self.chosen: CallerMatch | None = None
        shown = display.masked_phone(number) if number.startswith("+") else number
        self.intro = QLabel(self.tr("%1 is on file for several debtors. Pick one, or press Esc to search instead.")
                            .replace("%1", shown), self)
        self.intro.setWordWrap(True)
        self.model: RowTableModel[CallerMatch] = RowTableModel([
            Column(self.tr("Name"), lambda m: m.full_name),
            Column(self.tr("Whose phone"), whose_phone),
        ], self)
        self.model.set_rows(matches)
        self.table = read_only_table(self.model, self.tr("Debtors with this number"), self)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.none_button = buttons.addButton(self.tr("None of these"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        current: QModelIndex = rows[0] if rows else self.table.currentIndex()
        if not current.isValid():
            return
        self.chosen = self.model.row_at(current.row())
        super().accept()
