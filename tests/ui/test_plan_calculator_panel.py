"""The plan calculator: options from the rule pack, flags visible, own terms, offered and accepted signals."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from app.services.plan_offers import PlanBasis, PlanOffers, agreed_plan
from app.ui.plan_calculator_panel import PlanCalculatorPanel

TODAY = date(2026, 11, 23)
BASIS = PlanBasis("6222020000001234", Decimal("11700.50"), Decimal("585.03"), "CNY")
BUDGET = {"monthly_income": Decimal("6000"), "essential_expenses": Decimal("4500")}


@pytest.fixture
def panel(qtbot) -> PlanCalculatorPanel:
    widget = PlanCalculatorPanel(PlanOffers.for_pack("cn", lambda: TODAY), "en")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(panel: PlanCalculatorPanel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_options_fit_the_budget_first_and_flag_what_is_too_much(panel):
    panel.show_context(BASIS, BUDGET)
    table = rows(panel)
    assert table[0][:4] == ["Fits the budget: 9 months", "", "¥1,370.33", "9"]
    assert [row[0] for row in table[1:4]] == ["6 monthly instalments", "12 monthly instalments", "24 monthly instalments"]
    six_months = table[1]
    assert six_months[1] == "⚠ Over budget"  # next to the name, never scrolled out of sight
    assert six_months[4] == "¥12,121.72" and six_months[5] == "¥421.22"  # total, fee
    assert six_months[6] == "30 Nov 2026" and six_months[7] == "30 Apr 2027"
    assert {row[0] for row in table[4:]} == {"Deferral", "Settlement, 10% waived", "Minimum payment"}
    assert "The debtor can pay about ¥1,500.00 a month." in panel.basis_label.text()
    assert "ending 1234" in panel.basis_label.text()


def test_without_income_the_agent_is_told_to_ask_for_it(panel):
    panel.show_context(BASIS, {})
    assert "Ask for monthly income" in panel.basis_label.text()
    assert rows(panel)[0][0] == "6 monthly instalments"
    assert not any(row[1] for row in rows(panel))


def test_no_account_disables_the_calculator(panel):
    panel.show_context(None, BUDGET)
    assert panel.model.rowCount() == 0
    assert not panel.offer_button.isEnabled() and not panel.accept_button.isEnabled()
    assert not panel.calculate_button.isEnabled()


def test_offer_then_accept_emit_the_summary(qtbot, panel):
    panel.show_context(BASIS, BUDGET)
    panel.select_row(2)
    with qtbot.waitSignal(panel.plan_offered, timeout=1000) as offered:
        panel.offer_button.click()
    assert offered.args[0]["months"] == 12
    with qtbot.assertNotEmitted(panel.plan_offered), qtbot.waitSignal(panel.plan_accepted, timeout=1000) as accepted:
        panel.accept_button.click()  # already offered: not logged twice
    assert accepted.args[0]["kind"] == "instalment" and panel.accepted == accepted.args[0]
    assert "Accepted" in panel.accepted_label.text()
    plan = agreed_plan(accepted.args[0], BASIS.account_number)
    assert plan is not None and len(plan.instalments) == 12
    assert sum(i.amount for i in plan.instalments) == plan.total


def test_accepting_a_plan_never_offered_logs_the_offer_first(qtbot, panel):
    panel.show_context(BASIS, BUDGET)
    panel.select_row(0)
    with qtbot.waitSignals([panel.plan_offered, panel.plan_accepted], order="strict", timeout=1000):
        panel.accept_button.click()


def test_own_terms_settlement_above_threshold_needs_a_supervisor(qtbot, panel):
    panel.show_context(BASIS, BUDGET)
    panel.custom_kind.setCurrentIndex(panel.custom_kind.findData("settlement"))
    assert panel.custom_discount.isVisible() and not panel.custom_months.isVisible()
    assert panel.custom_discount.maximum() == 30.0  # the rule pack's largest discount
    panel.custom_discount.setValue(20)
    panel.calculate_button.click()
    custom = rows(panel)[-1]
    assert custom[0] == "Own terms: Settlement (reduction)"
    assert "⚠ Supervisor" in custom[1] and "⚠ Needs supervisor approval" in panel.warning_label.text()
    assert panel.selected_option().needs_supervisor_approval
    assert "supervisor" in panel.warning_label.text() and panel.warning_label.isVisible()


def test_own_terms_instalments_and_bounds_on_the_inputs(panel):
    panel.show_context(BASIS, BUDGET)
    assert (panel.custom_months.minimum(), panel.custom_months.maximum()) == (3, 60)
    panel.custom_kind.setCurrentIndex(panel.custom_kind.findData("instalment"))
    panel.custom_months.setValue(18)
    panel.custom_date.setDate(QDate(2026, 12, 1))
    panel.calculate_button.click()
    option = panel.selected_option()
    assert option.key == "custom" and option.months == 18 and option.first_due == date(2026, 12, 1)
    panel.calculate_button.click()  # a new calculation replaces the previous own terms
    assert [panel.model.row_at(i).key for i in range(panel.model.rowCount())].count("custom") == 1
    assert panel.custom_date.maximumDate() == QDate(2026, 12, 23)


def test_the_options_model_passes_the_model_tester(panel, qtmodeltester):
    panel.show_context(BASIS, BUDGET)
    qtmodeltester.check(panel.model)
