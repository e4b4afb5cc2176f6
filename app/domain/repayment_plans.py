"""Repayment plans an agent may offer: instalments (分期), a deferral (延期), a settlement (减免), the minimum payment.

Money is Decimal in whole cents, never float. Every plan's schedule sums exactly to its ``total_payable``.
The bounds come from a rule pack (``PlanRules``); a request outside them raises ``PlanOutOfBounds`` whose
message says what was wrong and the allowed range, in words an agent can read out.
Affordability (income minus essential expenses) never refuses a plan: it flags it, so the agent can
look for a plan the debtor can actually keep.
"""

from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, ROUND_UP, Decimal, InvalidOperation
from enum import StrEnum

from app.domain.money import CENT, to_cents
from app.domain.plan_rules import PlanRules

ZERO = Decimal("0.00")


class PlanKind(StrEnum):
    INSTALMENT = "instalment"
    DEFERRAL = "deferral"
    SETTLEMENT = "settlement"
    MINIMUM_PAYMENT = "minimum_payment"


class PlanOutOfBounds(ValueError):
    """The plan asked for is outside the rule pack's bounds (or its input makes no sense)."""


@dataclass(frozen=True)
class Instalment:
    sequence: int  # 1-based
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class RepaymentPlan:
    """One plan and its schedule.

    For instalment, deferral and settlement plans ``balance + fee_total - discount == total_payable``.
    For a minimum payment ``total_payable`` is the minimum due and the rest of ``balance`` stays owed.
    """

    kind: PlanKind
    balance: Decimal
    total_payable: Decimal  # == sum of the instalments
    fee_total: Decimal
    discount: Decimal  # money waived
    discount_rate: Decimal  # the waived fraction of the balance, 0..1
    instalments: tuple[Instalment, ...]
    monthly_amount: Decimal  # the largest instalment
    needs_supervisor_approval: bool = False
    over_affordability: bool = False  # set by check_affordability
    max_monthly_payment: Decimal | None = None  # what the debtor can pay a month; None until checked

    @property
    def months(self) -> int:
        return len(self.instalments)

    @property
    def first_due(self) -> date:
        return self.instalments[0].due_on

    @property
    def last_due(self) -> date:
        return self.instalments[-1].due_on

    @property
    def problems(self) -> tuple[str, ...]:
        """Plain-English notes for the log; screens should build their own translated text from the flags."""
        notes: list[str] = []
        if self.needs_supervisor_approval:
            notes.append(f"a discount of {_percent(self.discount_rate)} needs a supervisor's approval")
        if self.over_affordability:
            notes.append(f"{self.monthly_amount} a month is more than the debtor can pay "
                         f"({self.max_monthly_payment} a month after essential expenses)")
        return tuple(notes)


@dataclass(frozen=True)
class Affordability:
    """What the debtor says they earn and must spend a month (ask for proof for larger concessions)."""

    monthly_income: Decimal
    essential_expenses: Decimal

    def __post_init__(self) -> None:
        for name in ("monthly_income", "essential_expenses"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise ValueError(f"{name} must be a Decimal amount of 0 or more; got {value!r}")

    @property
    def max_monthly_payment(self) -> Decimal:
        """Income minus essential expenses, never below 0, rounded down to cents."""
        spare = max(Decimal(0), self.monthly_income - self.essential_expenses)
        return spare.quantize(CENT, rounding=ROUND_DOWN)


# --- plans -----------------------------------------------------------------------------------------


def instalment_plan(balance: Decimal, months: int, first_due: date, rules: PlanRules, today: date) -> RepaymentPlan:
    """Equal monthly instalments of balance plus fee (balance x monthly_fee_rate x months, to cents).

    The regular instalment is the total divided by ``months`` rounded down to cents; the last one takes
    the remainder, so the schedule sums exactly to the total. Due dates are monthly from ``first_due``
    on the same day of the month, clamped to shorter months (Jan 31 -> Feb 28/29 -> Mar 31).
    """
    balance = _check_balance(balance)
    low, high = rules.instalment_months_min, rules.instalment_months_max
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        raise PlanOutOfBounds(f"instalments must be between {low} and {high} months "
                              f"({_rule(rules, 'instalment_months_max')}); asked for {months}")
    _check_day("the first payment", first_due, today, rules, "first_payment_days_max")
    fee = _fee(balance, months, rules)
    total = balance + fee
    amounts = _split(total, months)
    if amounts is None:
        raise PlanOutOfBounds(f"{total} is too small to split into {months} instalments of at least 0.01; "
                              f"choose fewer months")
    instalments = tuple(Instalment(sequence=index + 1, due_on=add_months(first_due, index), amount=amount)
                        for index, amount in enumerate(amounts))
    return RepaymentPlan(kind=PlanKind.INSTALMENT, balance=balance, total_payable=total, fee_total=fee,
                         discount=ZERO, discount_rate=Decimal(0), instalments=instalments,
                         monthly_amount=amounts[-1])


def deferral_plan(balance: Decimal, new_due: date, today: date, rules: PlanRules) -> RepaymentPlan:
    """The whole balance in one payment on a later due date, at most ``deferral_days_max`` from today."""
    balance = _check_balance(balance)
    _check_day("the new due date", new_due, today, rules, "deferral_days_max")
    return _one_payment(PlanKind.DEFERRAL, balance, balance, new_due)


def settlement_plan(balance: Decimal, discount: Decimal, pay_on: date, today: date,
                    rules: PlanRules) -> RepaymentPlan:
    """One payment of balance x (1 - discount), rounded to cents; the rest of the balance is waived.

    ``discount`` is a fraction (0.25 = 25 %). Above ``settlement_discount_max`` it is refused; above
    ``settlement_approval_threshold`` the plan needs a supervisor's approval before it is offered.
    """
    balance = _check_balance(balance)
    high = rules.settlement_discount_max
    if not isinstance(discount, Decimal) or not discount.is_finite() or not 0 <= discount <= high:
        raise PlanOutOfBounds(f"a settlement discount must be between 0% and {_percent(high)} of the balance "
                              f"({_rule(rules, 'settlement_discount_max')}); asked for {_percent(discount)}")
    _check_day("the settlement payment", pay_on, today, rules, "first_payment_days_max")
    payable = to_cents(balance * (1 - discount))
    if payable < CENT:
        raise PlanOutOfBounds(f"a {_percent(discount)} discount on {balance} leaves nothing to pay")
    plan = _one_payment(PlanKind.SETTLEMENT, balance, payable, pay_on)
    return replace(plan, discount=balance - payable, discount_rate=discount,
                   needs_supervisor_approval=discount > rules.settlement_approval_threshold)


def minimum_payment_due(balance: Decimal, rules: PlanRules) -> Decimal:
    """balance x minimum_payment_rate, rounded UP to cents so it is never below the rate (at most the balance)."""
    balance = _check_balance(balance)
    return min(balance, (balance * rules.minimum_payment_rate).quantize(CENT, rounding=ROUND_UP))


def minimum_payment_plan(minimum_due: Decimal, pay_on: date, today: date, rules: PlanRules, *,
                         balance: Decimal | None = None) -> RepaymentPlan:
    """One payment of the minimum due; the rest of the balance stays owed.

    With ``balance`` given, ``minimum_due`` must lie between ``minimum_payment_due(balance)`` and the balance.
    """
    minimum_due = _check_balance(minimum_due, "the minimum payment")
    if balance is not None:
        balance = _check_balance(balance)
        lowest = minimum_payment_due(balance, rules)
        if not lowest <= minimum_due <= balance:
            raise PlanOutOfBounds(f"the minimum payment on {balance} must be between {lowest} and {balance} "
                                  f"({_rule(rules, 'minimum_payment_rate')}); asked for {minimum_due}")
    _check_day("the minimum payment", pay_on, today, rules, "first_payment_days_max")
    return _one_payment(PlanKind.MINIMUM_PAYMENT, minimum_due if balance is None else balance, minimum_due, pay_on)


# --- affordability ---------------------------------------------------------------------------------


def check_affordability(plan: RepaymentPlan, affordability: Affordability) -> RepaymentPlan:
    """A copy of ``plan`` with ``over_affordability`` set when its largest payment exceeds what the debtor can spare.

    One-payment plans (deferral, settlement, minimum payment) compare their single payment with one month's
    spare income: a lump sum due within the month has to come out of that month's budget, so a larger one
    is flagged as relying on savings or help from family. The agent may still offer it, knowingly.
    """
    limit = affordability.max_monthly_payment
    return replace(plan, over_affordability=plan.monthly_amount > limit, max_monthly_payment=limit)


def affordable_months(balance: Decimal, affordability: Affordability, rules: PlanRules) -> int | None:
    """The fewest months within the rule bounds whose largest instalment fits; None when no length does."""
    balance = _check_balance(balance)
    limit = affordability.max_monthly_payment
    for months in range(rules.instalment_months_min, rules.instalment_months_max + 1):
        amounts = _split(balance + _fee(balance, months, rules), months)
        if amounts is not None and amounts[-1] <= limit:
            return months
    return None


# --- read-back --------------------------------------------------------------------------------------


def plan_summary(plan: RepaymentPlan, currency: str) -> dict[str, object]:
    """Template variables for the script read-back and the confirmation SMS.

    Keys: ``kind`` (str, a PlanKind value), ``currency`` (str, e.g. "CNY"), ``balance``, ``total``
    (total payable), ``fee_total``, ``discount`` (money waived), ``monthly_amount`` (largest instalment):
    Decimal; ``discount_rate`` (Decimal fraction); ``months`` (int, 1 for one-payment plans);
    ``first_due``, ``last_due`` (date); ``instalments``: list of {"sequence": int, "due_on": date,
    "amount": Decimal}; ``needs_supervisor_approval``, ``over_affordability`` (bool);
    ``max_monthly_payment`` (Decimal, or None when affordability was not checked).
    Formatting (money.format_money, money.format_day) is left to the template, per language.
    """
    return {
        "kind": str(plan.kind),
        "currency": currency,
        "balance": plan.balance,
        "total": plan.total_payable,
        "fee_total": plan.fee_total,
        "discount": plan.discount,
        "discount_rate": plan.discount_rate,
        "monthly_amount": plan.monthly_amount,
        "months": plan.months,
        "first_due": plan.first_due,
        "last_due": plan.last_due,
        "instalments": [{"sequence": item.sequence, "due_on": item.due_on, "amount": item.amount}
                        for item in plan.instalments],
        "needs_supervisor_approval": plan.needs_supervisor_approval,
        "over_affordability": plan.over_affordability,
        "max_monthly_payment": plan.max_monthly_payment,
    }


# --- helpers ---------------------------------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months, keeping its day of the month where the month is long enough."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(start.day, monthrange(year, month + 1)[1]))


def _fee(balance: Decimal, months: int, rules: PlanRules) -> Decimal:
    """balance x monthly_fee_rate x months, rounded half up to cents."""
    return to_cents(balance * rules.monthly_fee_rate * months)


def _split(total: Decimal, months: int) -> tuple[Decimal, ...] | None:
    """``months`` amounts summing to ``total``: equal ones rounded down to cents, the last takes the rest.

    None when a regular instalment would be under one cent. Works in integer cents, so it is exact.
    """
    cents = int(total * 100)
    regular = cents // months
    if regular < 1:
        return None
    last = cents - regular * (months - 1)
    return (Decimal(regular).scaleb(-2),) * (months - 1) + (Decimal(last).scaleb(-2),)


def _one_payment(kind: PlanKind, balance: Decimal, amount: Decimal, due_on: date) -> RepaymentPlan:
    return RepaymentPlan(kind=kind, balance=balance, total_payable=amount, fee_total=ZERO, discount=ZERO,
                         discount_rate=Decimal(0), instalments=(Instalment(1, due_on, amount),),
                         monthly_amount=amount)


def _check_balance(amount: Decimal, what: str = "the balance") -> Decimal:
    """``amount`` with two decimal places, or PlanOutOfBounds when it is not a positive amount in whole cents."""
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise PlanOutOfBounds(f"{what} must be a Decimal amount; got {amount!r}")
    if amount <= 0:
        raise PlanOutOfBounds(f"{what} must be more than 0; got {amount}")
    try:
        whole_cents = amount == amount.quantize(CENT)
    except InvalidOperation:
        whole_cents = False
    if not whole_cents:
        raise PlanOutOfBounds(f"{what} must be in whole cents; got {amount}")
    return amount.quantize(CENT)


def _check_day(what: str, day: date, today: date, rules: PlanRules, rule_name: str) -> None:
    """``day`` must lie between today and today + the rule's number of days."""
    days_max: int = getattr(rules, rule_name)
    latest = today + timedelta(days=days_max)
    if not today <= day <= latest:
        raise PlanOutOfBounds(f"{what} must be between today ({today}) and {latest}, at most {days_max} days "
                              f"ahead ({_rule(rules, rule_name)}); asked for {day}")


def _rule(rules: PlanRules, name: str) -> str:
    source = rules.source(name).rstrip(".")
    return f"{rules.pack.upper()} rule: {source}" if source else f"{rules.pack.upper()} rule {name}"


def _percent(fraction: object) -> str:
    if not isinstance(fraction, Decimal) or not fraction.is_finite():
        return repr(fraction)
    return f"{(fraction * 100).normalize():f}%"
