"""The plan options service: sensible options within the rule pack, flags from affordability, agreed plans."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain.call_outcome import PromiseTerms
from app.services.plan_offers import PlanBasis, PlanOffers, PlanOutOfBounds, agreed_plan, first_payment_promise
from tests.ui.fakes import sample_record

TODAY = date(2026, 11, 23)
BASIS = PlanBasis("6222020000001234", Decimal("11700.50"), Decimal("585.03"), "CNY")
BUDGET = {"monthly_income": Decimal("6000.00"), "essential_expenses": Decimal("4500.00")}


@pytest.fixture
def offers() -> PlanOffers:
    return PlanOffers.for_pack("cn", lambda: TODAY)


def test_basis_is_the_most_overdue_account() -> None:
    assert PlanBasis.of(sample_record()) == BASIS
    assert PlanBasis.of(None) is None


def test_options_start_with_the_fewest_months_the_debtor_can_afford(offers: PlanOffers) -> None:
    options = offers.options(BASIS, BUDGET)
    assert [(o.key, o.kind, o.months) for o in options] == [
        ("affordable", "instalment", 9), ("months", "instalment", 6), ("months", "instalment", 12),
        ("months", "instalment", 24), ("deferral", "deferral", 1), ("settlement", "settlement", 1),
        ("minimum_payment", "minimum_payment", 1)]
    assert not options[0].over_affordability and options[1].over_affordability
    assert options[0].monthly_amount <= Decimal("1500.00")
    assert all(not o.needs_supervisor_approval for o in options)  # the settlement stays within the threshold
    assert options[5].discount_rate == Decimal("0.10") and options[4].last_due == date(2026, 12, 23)
    assert options[6].total == BASIS.minimum_due and options[6].summary["balance"] == BASIS.balance


def test_without_affordability_nothing_is_flagged(offers: PlanOffers) -> None:
    options = offers.options(BASIS, {})
    assert options[0].key == "months" and not any(o.over_affordability for o in options)


def test_when_nothing_fits_the_longest_plan_is_offered_and_flagged(offers: PlanOffers) -> None:
    options = offers.options(BASIS, {"monthly_income": Decimal("3000"), "essential_expenses": Decimal("2950")})
    assert (options[0].key, options[0].months, options[0].over_affordability) == ("longest", 60, True)


def test_own_terms_within_and_outside_the_rules(offers: PlanOffers) -> None:
    settlement = offers.custom(BASIS, BUDGET, "settlement", discount=Decimal("0.2"), day=date(2026, 12, 1))
    assert settlement.needs_supervisor_approval and settlement.total == Decimal("9360.40")
    with pytest.raises(PlanOutOfBounds, match="between 3 and 60 months"):
        offers.custom(BASIS, BUDGET, "instalment", months=72)
    with pytest.raises(PlanOutOfBounds):
        offers.custom(BASIS, BUDGET, "deferral", day=date(2027, 3, 1))


def test_agreed_plan_and_first_payment_from_a_summary(offers: PlanOffers) -> None:
    twelve = next(o for o in offers.options(BASIS, BUDGET) if o.months == 12)
    plan = agreed_plan(twelve.summary, BASIS.account_number)
    assert plan is not None and plan.kind == "instalment" and plan.total == twelve.total
    assert sum(i.amount for i in plan.instalments) == plan.total and plan.instalments[0].sequence == 1
    first = twelve.summary["instalments"][0]
    assert first_payment_promise(twelve.summary, BASIS.account_number) == PromiseTerms(
        BASIS.account_number, first["amount"], first["due_on"])
    minimum = offers.options(BASIS)[-1]
    assert agreed_plan(minimum.summary, BASIS.account_number) is None  # a promise to pay, not a plan


def test_a_summary_read_back_from_the_log_as_text_still_converts(offers: PlanOffers) -> None:
    from app.scripts.answers import json_safe

    logged = json_safe(dict(offers.options(BASIS)[0].summary))
    plan = agreed_plan(logged, BASIS.account_number)
    assert plan is not None and plan.instalments[0].due_on == date(2026, 11, 30)
