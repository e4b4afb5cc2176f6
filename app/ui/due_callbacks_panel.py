"""Callbacks the agent promised, soonest first; overdue ones stand out. Double-click (or Enter) opens the debtor."""

from datetime import datetime, timezone

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.follow_ups import CallbackView
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel


class DueCallbacksPanel(QWidget):
    debtor_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.model: RowTableModel[CallbackView] = RowTableModel([
            Column(self.tr("Due"), self._due_text),
            Column(self.tr("Debtor"), lambda c: c.debtor_name),
            Column(self.tr("Note"), lambda c: c.note or ""),
        ], self)
        self.table = read_only_table(self.model, self.tr("Callbacks due"), self)
        self.table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.table.activated.connect(self._on_activated)
        self.show_callbacks([])

    def show_callbacks(self, callbacks: list[CallbackView]) -> None:
        self.model.set_rows(callbacks)
        overdue = sum(1 for c in callbacks if c.due_at <= datetime.now(timezone.utc))
        text = self.tr("Callbacks due: %n", "", len(callbacks))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.title.setText(text)
        self.setVisible(bool(callbacks))

    def _due_text(self, callback: CallbackView) -> str:
        local = callback.due_at.astimezone()
        mark = "⚠ " if callback.due_at <= datetime.now(timezone.utc) else ""
        today = datetime.now().date()
        return mark + (local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M"))

    def _on_activated(self, index: QModelIndex) -> None:
        self.debtor_chosen.emit(self.model.row_at(index.row()).debtor_id)
