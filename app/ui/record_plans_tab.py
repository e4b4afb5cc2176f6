"""Repayment plans on the debtor's accounts; the payments of the selected plan below."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.debtors import PlanInstalmentView, PlanView
from app.ui import display
from app.ui.plan_words import plan_kind_label
from app.ui.read_only_table import read_only_table
from app.ui.record_words import last4, plan_status_label
from app.ui.row_table_model import Column, RowTableModel


class PlansTab(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = "CNY"
        self.model: RowTableModel[PlanView] = RowTableModel(self._plan_columns(), self)
        self.table = read_only_table(self.model, self.tr("Repayment plans"), self)
        self.instalments_label = QLabel(self.tr("Payments of the selected plan"), self)
        self.instalments_model: RowTableModel[PlanInstalmentView] = RowTableModel(self._instalment_columns(), self)
        self.instalments_table = read_only_table(self.instalments_model, self.tr("Payments of the selected plan"), self)
        self.instalments_label.setBuddy(self.instalments_table)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.select_plan(current.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.instalments_label)
        layout.addWidget(self.instalments_table, 2)

    def _plan_columns(self) -> list[Column[PlanView]]:
        lang = self._language
        return [
            Column(self.tr("Created"), lambda p: display.day(p.created_at.astimezone().date(), lang)),
            Column(self.tr("Kind"), lambda p: plan_kind_label(p.kind)),
            Column(self.tr("Status"), self._status_text),
            Column(self.tr("Total"), lambda p: display.money(p.total, p.currency, lang) if p.total is not None else "–",
                   align_right=True),
            Column(self.tr("Payments"), lambda p: str(len(p.instalments)), align_right=True),
            Column(self.tr("Account"), lambda p: last4(p.account_number)),
        ]

    def _status_text(self, plan: PlanView) -> str:
        status = plan_status_label(plan.status)
        if plan.needs_approval and plan.status == "proposed":
            return self.tr("%1, awaiting approval").replace("%1", status)
        return status

    def _instalment_columns(self) -> list[Column[PlanInstalmentView]]:
        lang = self._language
        return [
            Column(self.tr("No."), lambda i: str(i.sequence), align_right=True),
            Column(self.tr("Due on"), lambda i: display.day(i.due_on, lang)),
            Column(self.tr("Amount"), lambda i: display.money(i.amount, self._currency, lang), align_right=True),
        ]

    def set_plans(self, plans: tuple[PlanView, ...]) -> None:
        self.model.set_rows(plans)
        if plans:
            self.table.selectRow(0)
        self.select_plan(0)

    def select_plan(self, row: int) -> None:
        """Show the payments of the plan in ``row`` (none when out of range)."""
        if 0 <= row < self.model.rowCount():
            plan = self.model.row_at(row)
            self._currency = plan.currency
            self.instalments_model.set_rows(plan.instalments)
        else:
            self.instalments_model.set_rows(())
