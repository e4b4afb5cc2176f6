"""Repayment-plan maths: exact schedules, bounds from the rule packs, affordability, the read-back summary."""

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.money import to_cents
from app.domain.plan_rules import PlanRules, load_plan_rules
from app.domain.repayment_plans import (
    Affordability,
    Instalment,
    PlanKind,
    PlanOutOfBounds,
    RepaymentPlan,
    add_months,
    affordable_months,
    check_affordability,
    deferral_plan,
    instalment_plan,
    minimum_payment_due,
    minimum_payment_plan,
    plan_summary,
    settlement_plan,
)

CN = load_plan_rules("cn")
US = load_plan_rules("us")
TODAY = date(2026, 1, 10)
CENT = Decimal("0.01")

PROPERTY = settings(max_examples=200, deadline=None)
packs = st.sampled_from([CN, US])
balances = st.integers(1, 1_000_000_000).map(lambda cents: Decimal(cents).scaleb(-2))  # 0.01 .. 10,000,000.00
days = st.dates(date(2000, 1, 1), date(2090, 12, 31))
money = st.integers(0, 10_000_000).map(lambda cents: Decimal(cents).scaleb(-2))


def _month_index(day: date) -> int:
    return day.year * 12 + day.month


# --- instalments ---------------------------------------------------------------------------------


def test_twelve_month_cn_plan_example() -> None:
    plan = instalment_plan(Decimal("10000.00"), 12, date(2026, 1, 31), CN, TODAY)
    assert plan.kind is PlanKind.INSTALMENT
    assert plan.fee_total == Decimal("720.00")  # 10,000 x 0.6 % x 12
    assert plan.total_payable == Decimal("10720.00")
    assert [item.amount for item in plan.instalments] == [Decimal("893.33")] * 11 + [Decimal("893.37")]
    assert plan.monthly_amount == Decimal("893.37")
    assert [item.due_on.day for item in plan.instalments[:4]] == [31, 28, 31, 30]
    assert plan.instalments[0] == Instalment(1, date(2026, 1, 31), Decimal("893.33"))
    assert (plan.first_due, plan.last_due, plan.months) == (date(2026, 1, 31), date(2026, 12, 31), 12)


def test_fee_is_rounded_half_up_to_cents() -> None:
    # 1,234.57 x 0.006 x 3 = 22.22226 -> 22.22; 1,234.75 x 0.006 x 3 = 22.2255 -> 22.23
    assert instalment_plan(Decimal("1234.57"), 3, TODAY, CN, TODAY).fee_total == Decimal("22.22")
    assert instalment_plan(Decimal("1234.75"), 3, TODAY, CN, TODAY).fee_total == Decimal("22.23")
    assert instalment_plan(Decimal("1234.75"), 3, TODAY, US, TODAY).fee_total == 0


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 1, 31), 2, date(2026, 3, 31)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 8, 31), 61, date(2031, 9, 30)),
])
def test_add_months_keeps_the_day_where_the_month_allows(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize("months", [2, 61, 72, 0, -3])
def test_months_outside_the_rule_are_refused_in_plain_words(months: int) -> None:
    with pytest.raises(PlanOutOfBounds) as raised:
        instalment_plan(Decimal("5000.00"), months, TODAY, CN, TODAY)
    message = str(raised.value)
    assert "instalments must be between 3 and 60 months" in message
    assert "Art. 70" in message
    assert message.endswith(f"asked for {months}")


@pytest.mark.parametrize("balance", [Decimal(0), Decimal("-5.00"), Decimal("12.345"), Decimal("NaN"), 100.0, 100])
def test_balance_must_be_positive_decimal_cents(balance: Decimal) -> None:
    with pytest.raises(PlanOutOfBounds, match="the balance must be"):
        instalment_plan(balance, 12, TODAY, CN, TODAY)


def test_first_payment_must_be_between_today_and_the_rule_limit() -> None:
    instalment_plan(Decimal("900.00"), 3, TODAY + timedelta(days=30), CN, TODAY)
    with pytest.raises(PlanOutOfBounds, match=r"the first payment must be between today \(2026-01-10\) and 2026-02-09"):
        instalment_plan(Decimal("900.00"), 3, TODAY + timedelta(days=31), CN, TODAY)
    with pytest.raises(PlanOutOfBounds, match="asked for 2026-01-09"):
        instalment_plan(Decimal("900.00"), 3, TODAY - timedelta(days=1), CN, TODAY)


def test_balance_too_small_for_the_months_is_refused() -> None:
    assert instalment_plan(Decimal("0.03"), 3, TODAY, CN, TODAY).monthly_amount == CENT
    with pytest.raises(PlanOutOfBounds, match="too small to split into 4 instalments"):
        instalment_plan(Decimal("0.03"), 4, TODAY, CN, TODAY)


@PROPERTY
@given(packs, balances, st.data(), days, st.integers(0, 30))
def test_schedule_sums_exactly_to_balance_plus_fee(rules: PlanRules, balance: Decimal, data: st.DataObject,
                                                   today: date, ahead: int) -> None:
    months = data.draw(st.integers(rules.instalment_months_min, rules.instalment_months_max), label="months")
    fee = to_cents(balance * rules.monthly_fee_rate * months)
    if balance + fee < months * CENT:
        with pytest.raises(PlanOutOfBounds):
            instalment_plan(balance, months, today + timedelta(days=ahead), rules, today)
        return
    plan = instalment_plan(balance, months, today + timedelta(days=ahead), rules, today)
    amounts = [item.amount for item in plan.instalments]
    assert plan.fee_total == fee
    assert plan.total_payable == balance + fee == sum(amounts)
    assert len(amounts) == months and all(amount >= CENT for amount in amounts)
    assert all(amount == amount.quantize(CENT) for amount in amounts)
    regular, last = amounts[0], amounts[-1]
    assert all(amount == regular for amount in amounts[:-1])  # all but the last are equal
    assert regular <= last < regular + months * CENT  # the last takes less than one cent per month
    assert plan.monthly_amount == last == max(amounts)


@PROPERTY
@given(days, st.integers(0, 30), st.integers(3, 60))
def test_due_dates_are_one_calendar_month_apart(today: date, ahead: int, months: int) -> None:
    first_due = today + timedelta(days=ahead)
    plan = instalment_plan(Decimal("100000.00"), months, first_due, CN, today)
    dues = [item.due_on for item in plan.instalments]
    assert [item.sequence for item in plan.instalments] == list(range(1, months + 1))
    assert dues[0] == first_due
    assert all(earlier < later for earlier, later in itertools.pairwise(dues))
    assert all(_month_index(later) - _month_index(earlier) == 1 for earlier, later in itertools.pairwise(dues))
    assert all(due.day == first_due.day or (due + timedelta(days=1)).day == 1 for due in dues)


@PROPERTY
@given(packs, balances, days, st.one_of(st.integers(-1000, 2), st.integers(61, 1000)))
def test_months_out_of_bounds_always_raise(rules: PlanRules, balance: Decimal, today: date, months: int) -> None:
    with pytest.raises(PlanOutOfBounds):
        instalment_plan(balance, months, today, rules, today)


@PROPERTY
@given(packs, balances, days, st.one_of(st.integers(-3650, -1), st.integers(31, 3650)))
def test_dates_out_of_bounds_always_raise(rules: PlanRules, balance: Decimal, today: date, offset: int) -> None:
    day = today + timedelta(days=offset)
    makers: list[Callable[[], RepaymentPlan]] = [
        lambda: instalment_plan(balance, 12, day, rules, today),
        lambda: deferral_plan(balance, day, today, rules),
        lambda: settlement_plan(balance, Decimal("0.05"), day, today, rules),
        lambda: minimum_payment_plan(balance, day, today, rules),
    ]
    for make in makers:
        with pytest.raises(PlanOutOfBounds):
            make()


# --- deferral, settlement, minimum payment ---------------------------------------------------------


def test_deferral_is_one_payment_of_the_balance_within_the_cap() -> None:
    plan = deferral_plan(Decimal("2500.00"), TODAY + timedelta(days=30), TODAY, CN)
    assert plan.kind is PlanKind.DEFERRAL
    assert plan.instalments == (Instalment(1, date(2026, 2, 9), Decimal("2500.00")),)
    assert plan.total_payable == plan.monthly_amount == Decimal("2500.00")
    with pytest.raises(PlanOutOfBounds, match="the new due date must be between .* at most 30 days ahead"):
        deferral_plan(Decimal("2500.00"), TODAY + timedelta(days=31), TODAY, CN)


def test_settlement_discount_approval_and_cap() -> None:
    at_threshold = settlement_plan(Decimal("1000.00"), Decimal("0.10"), TODAY, TODAY, CN)
    assert (at_threshold.total_payable, at_threshold.discount) == (Decimal("900.00"), Decimal("100.00"))
    assert not at_threshold.needs_supervisor_approval and at_threshold.problems == ()
    above = settlement_plan(Decimal("1000.00"), Decimal("0.1001"), TODAY, TODAY, CN)
    assert above.needs_supervisor_approval
    assert above.problems == ("a discount of 10.01% needs a supervisor's approval",)
    assert settlement_plan(Decimal("1000.00"), Decimal("0.30"), TODAY, TODAY, CN).total_payable == Decimal("700.00")
    with pytest.raises(PlanOutOfBounds, match=r"between 0% and 30% of the balance .*asked for 35%"):
        settlement_plan(Decimal("1000.00"), Decimal("0.35"), TODAY, TODAY, CN)
    with pytest.raises(PlanOutOfBounds, match="asked for 0.25"):
        settlement_plan(Decimal("1000.00"), 0.25, TODAY, TODAY, CN)  # type: ignore[arg-type]  # float refused


def test_settlement_rounds_the_payment_half_up() -> None:
    plan = settlement_plan(Decimal("333.35"), Decimal("0.10"), TODAY, TODAY, CN)  # 300.015 -> 300.02
    assert (plan.total_payable, plan.discount) == (Decimal("300.02"), Decimal("33.33"))


@PROPERTY
@given(packs, balances, st.data(), days)
def test_settlement_pays_plus_waives_the_balance(rules: PlanRules, balance: Decimal, data: st.DataObject,
                                                 today: date) -> None:
    high, threshold = rules.settlement_discount_max, rules.settlement_approval_threshold
    discount = data.draw(st.one_of(st.sampled_from([Decimal(0), threshold, high]),
                                   st.decimals(min_value=0, max_value=high, places=4)), label="discount")
    plan = settlement_plan(balance, discount, today, today, rules)
    assert plan.total_payable + plan.discount == balance
    assert plan.total_payable == to_cents(balance * (1 - discount)) >= CENT
    assert plan.instalments[0].amount == plan.total_payable
    assert plan.needs_supervisor_approval == (discount > threshold)


@PROPERTY
@given(packs, balances, st.one_of(st.decimals(min_value=Decimal(-10), max_value=Decimal("-0.0001"), places=4),
                                  st.decimals(min_value=Decimal("0.4001"), max_value=Decimal(10), places=4)))
def test_settlement_discount_out_of_bounds_always_raises(rules: PlanRules, balance: Decimal, discount: Decimal) -> None:
    with pytest.raises(PlanOutOfBounds):
        settlement_plan(balance, discount, TODAY, TODAY, rules)


def test_minimum_payment() -> None:
    assert minimum_payment_due(Decimal("1234.56"), CN) == Decimal("123.46")  # 123.456 rounded up
    assert minimum_payment_due(Decimal("0.05"), CN) == Decimal("0.01")
    assert minimum_payment_due(Decimal("1234.56"), US) == Decimal("24.70")  # 24.6912 rounded up
    plan = minimum_payment_plan(Decimal("123.46"), TODAY, TODAY, CN, balance=Decimal("1234.56"))
    assert plan.kind is PlanKind.MINIMUM_PAYMENT
    assert (plan.balance, plan.total_payable, plan.monthly_amount) == (Decimal("1234.56"), Decimal("123.46"),
                                                                       Decimal("123.46"))
    with pytest.raises(PlanOutOfBounds, match="must be between 123.46 and 1234.56"):
        minimum_payment_plan(Decimal("100.00"), TODAY, TODAY, CN, balance=Decimal("1234.56"))
    assert minimum_payment_plan(Decimal("100.00"), TODAY, TODAY, CN).balance == Decimal("100.00")


# --- affordability -------------------------------------------------------------------------------


def test_affordability_is_income_minus_essential_expenses_never_negative() -> None:
    assert Affordability(Decimal(5000), Decimal("4200.50")).max_monthly_payment == Decimal("799.50")
    assert Affordability(Decimal(3000), Decimal(4200)).max_monthly_payment == 0
    with pytest.raises(ValueError, match="monthly_income"):
        Affordability(Decimal(-1), Decimal(0))


def test_check_affordability_flags_without_refusing() -> None:
    plan = instalment_plan(Decimal("10000.00"), 12, TODAY, CN, TODAY)  # largest instalment 893.37
    checked = check_affordability(plan, Affordability(Decimal("5000.00"), Decimal("4200.00")))
    assert checked.over_affordability and checked.max_monthly_payment == Decimal("800.00")
    assert checked.problems == ("893.37 a month is more than the debtor can pay (800.00 a month after essential expenses)",)
    assert replace(checked, over_affordability=False, max_monthly_payment=None) == plan
    assert not check_affordability(plan, Affordability(Decimal("5000.00"), Decimal("4106.63"))).over_affordability
    lump = deferral_plan(Decimal("900.00"), TODAY, TODAY, CN)  # one payment compared with one month's spare money
    assert check_affordability(lump, Affordability(Decimal("5000.00"), Decimal("4200.00"))).over_affordability


def test_affordable_months_examples() -> None:
    spare_500 = Affordability(Decimal("5000.00"), Decimal("4500.00"))
    assert affordable_months(Decimal("10000.00"), spare_500, CN) == 23  # 10,000 x 1.138 / 23 = 494.78
    assert affordable_months(Decimal("10000.00"), spare_500, US) == 20
    assert affordable_months(Decimal("1000.00"), spare_500, CN) == 3  # the rule minimum, not fewer
    assert affordable_months(Decimal("10000.00"), Affordability(Decimal(100), Decimal(100)), CN) is None
    assert affordable_months(Decimal("100000.00"), spare_500, CN) is None  # 60 months still needs 2,266.67


@PROPERTY
@given(packs, balances, money, money, days)
def test_affordable_months_is_the_fewest_that_fit(rules: PlanRules, balance: Decimal, income: Decimal,
                                                  expenses: Decimal, today: date) -> None:
    budget = Affordability(income, expenses)
    months = affordable_months(balance, budget, rules)
    if months is None:
        try:
            longest = instalment_plan(balance, rules.instalment_months_max, today, rules, today)
        except PlanOutOfBounds:
            return  # too small to split into that many cents; shorter plans did not fit either
        assert check_affordability(longest, budget).over_affordability
        return
    assert rules.instalment_months_min <= months <= rules.instalment_months_max
    assert not check_affordability(instalment_plan(balance, months, today, rules, today), budget).over_affordability
    if months > rules.instalment_months_min:
        shorter = instalment_plan(balance, months - 1, today, rules, today)
        assert check_affordability(shorter, budget).over_affordability


# --- read-back -----------------------------------------------------------------------------------


def test_plan_summary_is_plain_template_data() -> None:
    plan = check_affordability(instalment_plan(Decimal("1000.00"), 3, date(2026, 1, 31), CN, TODAY),
                               Affordability(Decimal(9000), Decimal(2000)))
    summary = plan_summary(plan, "CNY")
    assert summary == {
        "kind": "instalment", "currency": "CNY", "balance": Decimal("1000.00"), "total": Decimal("1018.00"),
        "fee_total": Decimal("18.00"), "discount": Decimal("0.00"), "discount_rate": Decimal(0),
        "monthly_amount": Decimal("339.34"), "months": 3, "first_due": date(2026, 1, 31),
        "last_due": date(2026, 3, 31),
        "instalments": [{"sequence": 1, "due_on": date(2026, 1, 31), "amount": Decimal("339.33")},
                        {"sequence": 2, "due_on": date(2026, 2, 28), "amount": Decimal("339.33")},
                        {"sequence": 3, "due_on": date(2026, 3, 31), "amount": Decimal("339.34")}],
        "needs_supervisor_approval": False, "over_affordability": False, "max_monthly_payment": Decimal("7000.00"),
    }
    assert type(summary["kind"]) is str


def test_plan_kind_values() -> None:
    assert [kind.value for kind in PlanKind] == ["instalment", "deferral", "settlement", "minimum_payment"]
