"""A small painted bar chart of payments per month, so an agent sees at a glance whether the debtor pays."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.debtors import PaymentView
from app.ui import display

MONTHS_SHOWN = 12
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class MonthTotal:
    month: date  # the first day of the month
    total: Decimal


def monthly_totals(payments: Iterable[PaymentView], today: date, months: int = MONTHS_SHOWN) -> list[MonthTotal]:
    """Totals per calendar month for the ``months`` months up to and including today's, oldest first."""
    starts = []
    year, month = today.year, today.month
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    starts.reverse()
    totals = {start: Decimal("0") for start in starts}
    for payment in payments:
        key = payment.paid_on.replace(day=1)
        if key in totals:
            totals[key] += payment.amount
    return [MonthTotal(start, totals[start]) for start in starts]


def month_label(month: date, language: str) -> str:
    return f"{month.month}月" if language.startswith("zh") else _EN_MONTHS[month.month - 1]


class PaymentTrendChart(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = "CNY"
        self.months: list[MonthTotal] = []
        self.summary = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Payments per month"))

    def sizeHint(self) -> QSize:
        return QSize(300, 96)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's method name
        return QSize(180, 96)

    def set_payments(self, payments: Iterable[PaymentView], currency: str, today: date) -> None:
        self._currency = currency
        self.months = monthly_totals(payments, today)
        paid = sum((m.total for m in self.months), Decimal("0"))
        months_paid = sum(1 for m in self.months if m.total > 0)
        summary = self.tr("Paid %1 in %2 of the last %3 months").replace(
            "%1", display.money(paid, currency, self._language)).replace("%2", str(months_paid))
        self.summary = summary.replace("%3", str(len(self.months)))
        self.setAccessibleDescription(self.summary)
        self.setToolTip(self.summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = painter.fontMetrics()
        text_height = metrics.height()
        area = QRectF(self.rect()).adjusted(2, text_height + 2, -2, -(text_height + 2))
        top = max((m.total for m in self.months), default=Decimal("0"))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        if top > 0:
            painter.drawText(QRectF(2, 0, self.width() - 4, text_height), Qt.AlignmentFlag.AlignLeft,
                             display.money(top, self._currency, self._language))
        else:
            painter.drawText(QRectF(2, 0, self.width() - 4, text_height), Qt.AlignmentFlag.AlignLeft,
                             self.tr("No payments in the last 12 months"))
        if not self.months:
            return
        slot = area.width() / len(self.months)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, month in enumerate(self.months):
            x = area.left() + i * slot
            height = float(month.total / top) * area.height() if top > 0 else 0.0
            height = max(height, 1.0)  # a hairline for a month without payments, so the months stay readable
            painter.fillRect(QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height),
                             bar_colour if month.total > 0 else palette.color(QPalette.ColorRole.Mid))
            if i % 2 == (len(self.months) - 1) % 2 or slot > metrics.horizontalAdvance("00月") + 4:
                painter.drawText(QRectF(x, area.bottom() + 2, slot, text_height), Qt.AlignmentFlag.AlignHCenter,
                                 month_label(month.month, self._language))
        painter.end()
