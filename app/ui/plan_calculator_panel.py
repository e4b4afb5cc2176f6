"""The plan calculator inside the script: plan options for the call's account, the agent's own terms, and the
two things the agent records — a plan was offered to the debtor, and the debtor accepted one.

All plan maths is done by the PlanOffers service; this panel shows its options and emits intent.
"""

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.plan_offers import PlanBasis, PlanOffers, PlanOption, PlanOutOfBounds
from app.ui import display
from app.ui.plan_words import plan_kind_label
from app.ui.qt_dates import from_qdate, to_qdate
from app.ui.row_table_model import Column, RowTableModel

_WARNING = "color: #8a4b00; background: #fff4e5; padding: 4px; border-radius: 4px;"
_ACCEPTED = "color: #1b5e20; font-weight: 600;"
KINDS = ("instalment", "deferral", "settlement", "minimum_payment")


class PlanCalculatorPanel(QWidget):
    plan_offered = Signal(dict)  # plan_summary dict put to the debtor
    plan_accepted = Signal(dict)  # plan_summary dict the debtor accepted: the answer to the plan question

    def __init__(self, plan_offers: PlanOffers, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offers = plan_offers
        self._language = language
        self._basis: PlanBasis | None = None
        self._answers: Mapping[str, Any] = {}
        self._offered: list[Mapping[str, Any]] = []
        self.accepted: dict[str, Any] | None = None
        self.basis_label = QLabel(self)
        self.basis_label.setWordWrap(True)
        self.model: RowTableModel[PlanOption] = RowTableModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Plan options"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(_WARNING)
        self.warning_label.hide()
        self._build_custom_inputs()
        self.offer_button = QPushButton(self.tr("Offered to the debtor"), self)
        self.offer_button.setToolTip(self.tr("Log that you put the selected plan to the debtor"))
        self.accept_button = QPushButton(self.tr("Debtor accepts this plan"), self)
        self.accept_button.setToolTip(self.tr("The selected plan becomes the answer; press Next to go on"))
        self.accepted_label = QLabel(self)
        self.accepted_label.setWordWrap(True)
        self.accepted_label.setStyleSheet(_ACCEPTED)
        self._build_layout()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_selection())
        self.offer_button.clicked.connect(self._offer)
        self.accept_button.clicked.connect(self._accept)
        self.calculate_button.clicked.connect(self._calculate)
        self.custom_kind.currentIndexChanged.connect(lambda _i: self._update_custom_inputs())
        self.show_context(None, {})

    # -- building ----------------------------------------------------------------------------------------------

    def _columns(self) -> list[Column[PlanOption]]:
        def money(amount: Decimal, option: PlanOption) -> str:
            return display.money(amount, option.currency, self._language)

        return [  # the warnings right after the plan's name, so they never scroll out of sight
            Column(self.tr("Plan"), self.option_label),
            Column(self.tr("Check"), lambda o: " ".join(self.option_flags(o))),
            Column(self.tr("Per month"), lambda o: money(o.monthly_amount, o), align_right=True),
            Column(self.tr("Months"), lambda o: str(o.months), align_right=True),
            Column(self.tr("Total"), lambda o: money(o.total, o), align_right=True),
            Column(self.tr("Fee"), lambda o: money(o.fee_total, o), align_right=True),
            Column(self.tr("First due"), lambda o: display.day(o.first_due, self._language)),
            Column(self.tr("Last due"), lambda o: display.day(o.last_due, self._language)),
        ]

    def _build_custom_inputs(self) -> None:
        bounds = self._offers.bounds()
        self.custom_kind = QComboBox(self)
        self.custom_kind.setAccessibleName(self.tr("Kind of plan"))
        for kind in KINDS:
            self.custom_kind.addItem(plan_kind_label(kind), kind)
        self.custom_months = QSpinBox(self)
        self.custom_months.setAccessibleName(self.tr("Months"))
        self.custom_months.setRange(bounds.months_min, bounds.months_max)
        self.custom_months.setValue(max(bounds.months_min, min(12, bounds.months_max)))
        self.custom_months.setSuffix(self.tr(" months"))
        self.custom_discount = QDoubleSpinBox(self)
        self.custom_discount.setAccessibleName(self.tr("Discount"))
        self.custom_discount.setDecimals(1)
        self.custom_discount.setRange(0, float(bounds.discount_max * 100))
        self.custom_discount.setSuffix(" %")
        self.custom_date = QDateEdit(self)
        self.custom_date.setAccessibleName(self.tr("Payment date"))
        self.custom_date.setCalendarPopup(True)
        self.custom_date.setDisplayFormat("yyyy-MM-dd")
        self.custom_date.setDate(to_qdate(self._offers.default_first_due()))
        self.calculate_button = QPushButton(self.tr("Calculate"), self)
        self.custom_error = QLabel(self)
        self.custom_error.setWordWrap(True)
        self.custom_error.setStyleSheet("color: #b00020;")
        self.custom_error.hide()
        self._update_custom_inputs()

    def _build_layout(self) -> None:
        custom = QHBoxLayout()
        custom.addWidget(QLabel(self.tr("Own terms:"), self))
        for widget in (self.custom_kind, self.custom_months, self.custom_discount, self.custom_date,
                       self.calculate_button):
            custom.addWidget(widget)
        custom.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.offer_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(custom)
        layout.addWidget(self.custom_error)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        layout.addWidget(self.accepted_label)
        for first, second in ((self.table, self.custom_kind), (self.custom_kind, self.custom_months),
                              (self.custom_months, self.custom_discount), (self.custom_discount, self.custom_date),
                              (self.custom_date, self.calculate_button), (self.calculate_button, self.offer_button),
                              (self.offer_button, self.accept_button)):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)

    # -- words ---------------------------------------------------------------------------------------------------

    def option_label(self, option: PlanOption) -> str:
        months = str(option.months)
        if option.key == "affordable":
            return self.tr("Fits the budget: %1 months").replace("%1", months)
        if option.key == "longest":
            return self.tr("Longest allowed: %1 months").replace("%1", months)
        if option.key == "months":
            return self.tr("%1 monthly instalments").replace("%1", months)
        if option.key == "custom":
            return self.tr("Own terms: %1").replace("%1", plan_kind_label(option.kind))
        if option.kind == "settlement":
            return self.tr("Settlement, %1 waived").replace("%1", f"{(option.discount_rate * 100).normalize():f}%")
        return plan_kind_label(option.kind)

    def option_flags(self, option: PlanOption) -> list[str]:
        """Short marks for the table; ``option_marks`` says them in full under it."""
        flags = []
        if option.over_affordability:
            flags.append(self.tr("⚠ Over budget"))
        if option.needs_supervisor_approval:
            flags.append(self.tr("⚠ Supervisor"))
        return flags

    def option_marks(self, option: PlanOption) -> list[str]:
        marks = []
        if option.over_affordability:
            marks.append(self.tr("⚠ More than the debtor can pay"))
        if option.needs_supervisor_approval:
            marks.append(self.tr("⚠ Needs supervisor approval"))
        return marks

    # -- state ---------------------------------------------------------------------------------------------------

    def show_context(self, basis: PlanBasis | None, answers: Mapping[str, Any] | None,
                     accepted: Mapping[str, Any] | None = None) -> None:
        """Recalculate the options for the call's account and the affordability answers so far."""
        if basis != self._basis:
            self._offered = []
        self._basis, self._answers = basis, dict(answers or {})
        self.accepted = None if accepted is None else dict(accepted)
        options = [] if basis is None else self._offers.options(basis, self._answers)
        self.model.set_rows(options)
        for widget in (self.table, self.custom_kind, self.custom_months, self.custom_discount, self.custom_date,
                       self.calculate_button):
            widget.setEnabled(basis is not None)
        self.basis_label.setText(self._basis_text())
        if options:
            self.table.selectRow(0)
        self._update_selection()

    def _basis_text(self) -> str:
        if self._basis is None:
            return self.tr("No account to work a plan out on: pick the debtor's record before the call.")
        balance = display.money(self._basis.balance, self._basis.currency, self._language)
        text = self.tr("Balance %1 on the account ending %2.").replace("%1", balance).replace(
            "%2", self._basis.account_number[-4:])
        budget = self._offers.affordability(self._answers)
        if budget is None:
            return text + " " + self.tr("Ask for monthly income and essential expenses to check what the debtor "
                                        "can pay.")
        spare = display.money(budget.max_monthly_payment, self._basis.currency, self._language)
        return text + " " + self.tr("The debtor can pay about %1 a month.").replace("%1", spare)

    def selected_option(self) -> PlanOption | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_selection(self) -> None:
        option = self.selected_option()
        self.offer_button.setEnabled(option is not None)
        self.accept_button.setEnabled(option is not None)
        marks = [] if option is None else self.option_marks(option)
        if option is not None and option.needs_supervisor_approval:
            marks.append(self.tr("Ask your supervisor to approve this discount before you offer it."))
        self.warning_label.setText("\n".join(marks))
        self.warning_label.setVisible(bool(marks))
        self._show_accepted()

    def _show_accepted(self) -> None:
        if self.accepted is None:
            self.accepted_label.setText(self.tr("No plan accepted yet."))
            return
        option = PlanOption("accepted", self.accepted)
        self.accepted_label.setText(self.tr("✓ Accepted: %1 · %2 a month · %3 in all").replace(
            "%1", plan_kind_label(option.kind)).replace(
            "%2", display.money(option.monthly_amount, option.currency, self._language)).replace(
            "%3", display.money(option.total, option.currency, self._language)))

    # -- intent --------------------------------------------------------------------------------------------------

    def _offer(self) -> None:
        option = self.selected_option()
        if option is not None:
            self._offered.append(option.summary)
            self.plan_offered.emit(dict(option.summary))

    def _accept(self) -> None:
        """An accepted plan was put to the debtor: it is logged as offered first, unless it already was."""
        option = self.selected_option()
        if option is None:
            return
        if option.summary not in self._offered:
            self._offer()
        self.accepted = dict(option.summary)
        self._show_accepted()
        self.plan_accepted.emit(dict(option.summary))

    def _calculate(self) -> None:
        if self._basis is None:
            return
        kind = str(self.custom_kind.currentData())
        day: date = from_qdate(self.custom_date.date())
        discount = (Decimal(str(self.custom_discount.value())) / 100).quantize(Decimal("0.001"))
        try:
            option = self._offers.custom(self._basis, self._answers, kind, months=self.custom_months.value(),
                                         discount=discount, day=day)
        except PlanOutOfBounds as error:
            self.custom_error.setText(self.tr("The rules do not allow this plan: %1").replace("%1", str(error)))
            self.custom_error.show()
            return
        self.custom_error.hide()
        rows = [row for row in (self.model.row_at(i) for i in range(self.model.rowCount())) if row.key != "custom"]
        self.model.set_rows([*rows, option])
        self.table.selectRow(len(rows))

    def _update_custom_inputs(self) -> None:
        kind = self.custom_kind.currentData()
        bounds = self._offers.bounds()
        self.custom_months.setVisible(kind == "instalment")
        self.custom_discount.setVisible(kind == "settlement")
        latest = bounds.deferral_latest if kind == "deferral" else bounds.first_payment_latest
        self.custom_date.setDateRange(to_qdate(bounds.today), to_qdate(latest))
        self.custom_date.setToolTip({"instalment": self.tr("First payment on"), "deferral": self.tr("New due date"),
                                     }.get(str(kind), self.tr("Payment on")))
