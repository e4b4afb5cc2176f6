"""Payments: a small trend chart of the last twelve months over the table of every payment."""

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.debtors import PaymentView
from app.ui import display
from app.ui.payment_trend_chart import PaymentTrendChart
from app.ui.read_only_table import read_only_table
from app.ui.record_words import last4
from app.ui.row_table_model import Column, RowTableModel


class PaymentsTab(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currencies: dict[str, str] = {}
        self.chart = PaymentTrendChart(language, self)
        self.model: RowTableModel[PaymentView] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Payments"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[Column[PaymentView]]:
        lang = self._language
        return [
            Column(self.tr("Paid on"), lambda p: display.day(p.paid_on, lang)),
            Column(self.tr("Amount"), lambda p: display.money(p.amount, self._currencies.get(p.account_number, "CNY"), lang),
                   align_right=True),
            Column(self.tr("Account"), lambda p: last4(p.account_number)),
            Column(self.tr("Channel"), lambda p: p.channel),
        ]

    def set_payments(self, payments: tuple[PaymentView, ...], currencies: dict[str, str], currency: str,
                     today: date) -> None:
        """``currencies``: account number -> currency; the chart adds up the payments in ``currency`` only."""
        self._currencies = dict(currencies)
        self.model.set_rows(payments)
        self.chart.set_payments([p for p in payments if currencies.get(p.account_number, currency) == currency],
                                currency, today)
