"""Help → Shortcuts (F1): the window's keyboard shortcuts, read-only, straight from the shortcuts table."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel
from app.ui.shortcuts import Shortcut, window_shortcuts


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.model: RowTableModel[Shortcut] = RowTableModel([
            Column(self.tr("Key"), lambda s: s.key_text),
            Column(self.tr("What it does"), lambda s: s.description),
        ], self)
        self.model.set_rows(window_shortcuts())
        self.table = read_only_table(self.model, self.tr("Keyboard shortcuts"), self)
        self.table.setAccessibleDescription(self.tr("Each row: a key, and what it does"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 440)
