"""Promises to pay: each promise with its amount and date, and whether it is pending, kept or broken."""

from collections import Counter

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.debtors import PromiseView
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.record_words import last4, promise_status_label
from app.ui.row_table_model import Column, RowTableModel


class PromisesTab(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currencies: dict[str, str] = {}
        self.summary_label = QLabel(self)
        self.model: RowTableModel[PromiseView] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Promises to pay"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column[PromiseView]]:
        lang = self._language
        return [
            Column(self.tr("Due on"), lambda p: display.day(p.due_on, lang)),
            Column(self.tr("Amount"), lambda p: display.money(p.amount, self._currencies.get(p.account_number, "CNY"), lang),
                   align_right=True),
            Column(self.tr("Status"), lambda p: promise_status_label(p.status)),
            Column(self.tr("Promised on"), lambda p: display.day(p.promised_on, lang)),
            Column(self.tr("Account"), lambda p: last4(p.account_number)),
        ]

    def set_promises(self, promises: tuple[PromiseView, ...], currencies: dict[str, str]) -> None:
        self._currencies = dict(currencies)
        self.model.set_rows(promises)
        counts = Counter(p.status for p in promises)
        text = self.tr("Pending %1 · Kept %2 · Broken %3").replace("%1", str(counts["pending"]))
        self.summary_label.setText(text.replace("%2", str(counts["kept"])).replace("%3", str(counts["broken"])))
