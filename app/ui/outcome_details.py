"""The details some outcomes need, as small field groups for the outcome dialog: a promise to pay (account,
amount, date), a callback time, and the plan the debtor accepted (read-only)."""

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDateTime, QRegularExpression, QTime, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.call_outcome import AgreedPlan, PromiseTerms
from app.services.plan_offers import PlanOption, agreed_plan
from app.ui import display
from app.ui.plan_words import plan_kind_label
from app.ui.qt_dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from app.ui.script_answer_widgets import AMOUNT_PATTERN, parse_amount

CALLBACK_DAYS_AHEAD = 90  # the follow-up service refuses callbacks further ahead


class DateField(QDateEdit):
    """Tab goes to the next field (Qt's date edits walk their own parts with Tab, so a note typed "after" the field
    landed elsewhere). The parts are walked with ←/→ or by typing, changed with ↑/↓."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's virtual, overridden by its own name
        return QWidget.focusNextPrevChild(self, next)


class DateTimeField(QDateTimeEdit):
    """As DateField: Tab leaves the field."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's virtual, overridden by its own name
        return QWidget.focusNextPrevChild(self, next)


class PromiseFields(QGroupBox):
    """Which account, how much, by when: the promise becomes a PromiseToPay that is later kept or broken."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Promise to pay"), parent)
        self.account_field = QComboBox(self)
        self.account_field.setAccessibleName(self.tr("Account"))
        self.amount_field = QLineEdit(self)
        self.amount_field.setAccessibleName(self.tr("Promised amount"))
        self.amount_field.setPlaceholderText(self.tr("e.g. 1500.00"))
        self.amount_field.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self))
        self.date_field = DateField(self)
        self.date_field.setAccessibleName(self.tr("Promised date"))
        self.date_field.setCalendarPopup(True)
        self.date_field.setDisplayFormat("yyyy-MM-dd")
        self.date_field.setToolTip(self.tr("Type the date; ←/→ move between its parts, ↑/↓ change them"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Account"), self.account_field)
        layout.addRow(self.tr("Amount"), self.amount_field)
        layout.addRow(self.tr("Pay by"), self.date_field)
        self.amount_field.textChanged.connect(lambda _t: self.changed.emit())
        self.date_field.dateChanged.connect(lambda _d: self.changed.emit())
        self.account_field.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_accounts(self, account_numbers: Sequence[str], today: date) -> None:
        """Full numbers are kept as item data; the agent sees the last four digits only."""
        self.account_field.clear()
        for number in account_numbers:
            self.account_field.addItem(self.tr("Card ending %1").replace("%1", number[-4:]), number)
        self.account_field.setEnabled(len(account_numbers) > 1)
        self.date_field.setMinimumDate(to_qdate(today))
        self.date_field.setDate(to_qdate(today))

    def prefill(self, amount: Decimal | None, due_on: date | None) -> None:
        if isinstance(amount, Decimal) and amount > 0:
            self.amount_field.setText(f"{amount:.2f}")
        if isinstance(due_on, date) and to_qdate(due_on) >= self.date_field.minimumDate():
            self.date_field.setDate(to_qdate(due_on))

    @property
    def account_number(self) -> str | None:
        data = self.account_field.currentData()
        return None if data is None else str(data)

    @property
    def amount(self) -> Decimal | None:
        return parse_amount(self.amount_field.text())

    def problem(self, today: date) -> str | None:
        if self.account_number is None:
            return self.tr("There is no account on file to hold a promise: pick another outcome and say so in "
                           "the note.")
        if self.amount is None or self.amount <= 0:
            return self.tr("Enter the amount the debtor promised to pay.")
        if from_qdate(self.date_field.date()) < today:
            return self.tr("The promised date cannot be in the past.")
        return None

    def terms(self) -> PromiseTerms | None:
        number, amount = self.account_number, self.amount
        if number is None or amount is None:
            return None
        return PromiseTerms(number, amount, from_qdate(self.date_field.date()))


class CallbackFields(QGroupBox):
    """When to call back: a local date and time in the future; it goes into the agent's callback queue."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Call back"), parent)
        self.when_field = DateTimeField(self)
        self.when_field.setAccessibleName(self.tr("Callback time"))
        self.when_field.setCalendarPopup(True)
        self.when_field.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_field.setToolTip(self.tr("Type the date and time; ←/→ move between its parts, ↑/↓ change them"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Callback time"), self.when_field)
        self.when_field.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def set_now(self, now: datetime) -> None:
        local = now.astimezone().replace(tzinfo=None, second=0, microsecond=0)
        self.when_field.setDateTimeRange(to_qdatetime(local), to_qdatetime(local + timedelta(days=CALLBACK_DAYS_AHEAD)))
        start = (local + timedelta(hours=1)).replace(minute=0)
        self.when_field.setDateTime(QDateTime(to_qdate(start.date()), QTime(start.hour, 0)))

    def prefill(self, when: datetime | None) -> None:
        if isinstance(when, datetime):
            local = when.astimezone().replace(tzinfo=None) if when.tzinfo else when
            self.when_field.setDateTime(to_qdatetime(local))

    @property
    def when(self) -> datetime:
        """Aware, in the agent's time zone."""
        moment: datetime = from_qdatetime(self.when_field.dateTime())
        return moment.replace(second=0, microsecond=0).astimezone()

    def problem(self, now: datetime) -> str | None:
        if self.when <= now:
            return self.tr("Pick a callback time in the future.")
        if self.when - now > timedelta(days=CALLBACK_DAYS_AHEAD):
            return self.tr("Pick a callback time within %1 days.").replace("%1", str(CALLBACK_DAYS_AHEAD))
        return None


class PlanSummaryBox(QGroupBox):
    """The plan the debtor accepted on the call, read-only, and whether to save it with the outcome."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Accepted plan"), parent)
        self._language = language
        self.summary: Mapping[str, Any] | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("acceptedPlan")
        self.include_box = QCheckBox(self.tr("Save this plan with the outcome"), self)
        self.include_box.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.include_box)
        self.include_box.toggled.connect(lambda _on: self.changed.emit())

    def show_plan(self, summary: Mapping[str, Any] | None) -> None:
        self.summary = None if summary is None else dict(summary)
        if summary is None:
            return
        option = PlanOption("accepted", summary)

        def money(amount: Decimal) -> str:
            return display.money(amount, option.currency, self._language)

        lines = [plan_kind_label(option.kind),
                 self.tr("%1 payment(s), %2 a month, %3 in all").replace("%1", str(option.months)).replace(
                     "%2", money(option.monthly_amount)).replace("%3", money(option.total)),
                 self.tr("From %1 to %2").replace("%1", display.day(option.first_due, self._language)).replace(
                     "%2", display.day(option.last_due, self._language))]
        if option.needs_supervisor_approval:
            lines.append(self.tr("⚠ Needs supervisor approval"))
        if option.over_affordability:
            lines.append(self.tr("⚠ More than the debtor can pay"))
        storable = agreed_plan(summary, "") is not None
        if not storable:
            lines.append(self.tr("A minimum payment is saved as the promise to pay."))
        self.summary_label.setText("\n".join(lines))
        self.include_box.setVisible(storable)

    def agreed(self, account_number: str | None) -> AgreedPlan | None:
        if self.summary is None or account_number is None or not self.include_box.isChecked():
            return None
        return agreed_plan(self.summary, account_number)
