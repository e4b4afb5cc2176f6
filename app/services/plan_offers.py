"""Plan options the agent can put to the debtor, worked out by the domain calculator (widgets do no plan maths).

``PlanOffers.options`` gives a short list: the fewest months of instalments the debtor can afford, 6/12/24
months, a deferral, a settlement with the largest discount that needs no supervisor, the minimum payment.
Each option carries the calculator's ``plan_summary`` dict, which is what the script records as the answer
and the session logs when it is offered. ``agreed_plan`` and ``first_payment_promise`` turn an accepted
summary into what the outcome stores.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from app.domain.call_outcome import AgreedInstalment, AgreedPlan, PromiseTerms
from app.domain.debtors import DebtorRecord
from app.domain.plan_rules import PlanRules, load_plan_rules
from app.domain.repayment_plans import (
    Affordability,
    PlanKind,
    PlanOutOfBounds,
    RepaymentPlan,
    affordable_months,
    check_affordability,
    deferral_plan,
    instalment_plan,
    minimum_payment_plan,
    plan_summary,
    settlement_plan,
)
from app.scripts.context import focus_account

STANDARD_MONTHS = (6, 12, 24)
FIRST_PAYMENT_IN_DAYS = 7  # default first due date: a week from today (within the rule pack's limit)
AGREED_KINDS = (PlanKind.INSTALMENT, PlanKind.DEFERRAL, PlanKind.SETTLEMENT)  # a minimum payment is a promise

__all__ = ["PlanBasis", "PlanBounds", "PlanOption", "PlanOffers", "PlanOutOfBounds", "agreed_plan",
           "first_payment_promise"]


@dataclass(frozen=True)
class PlanBasis:
    """The account a plan is worked out on: the one the call is about (the most overdue)."""

    account_number: str
    balance: Decimal
    minimum_due: Decimal
    currency: str

    @classmethod
    def of(cls, record: DebtorRecord | None) -> "PlanBasis | None":
        account = None if record is None else focus_account(record)
        if account is None or account.total_due <= 0:
            return None
        return cls(account.account_number, account.total_due, account.minimum_due, account.currency)


@dataclass(frozen=True)
class PlanBounds:
    """What the rule pack allows, for the custom-plan inputs."""

    months_min: int
    months_max: int
    discount_max: Decimal  # fraction
    approval_threshold: Decimal  # fraction; above it a supervisor approves
    first_payment_latest: date
    deferral_latest: date
    today: date


@dataclass(frozen=True)
class PlanOption:
    """One plan to show: ``key`` says how it was chosen (the widget words it), ``summary`` is plan_summary()."""

    key: str  # affordable | longest | months | deferral | settlement | minimum_payment | custom
    summary: Mapping[str, Any]

    @property
    def kind(self) -> str:
        return str(self.summary["kind"])

    @property
    def months(self) -> int:
        return int(self.summary["months"])

    @property
    def monthly_amount(self) -> Decimal:
        return Decimal(self.summary["monthly_amount"])

    @property
    def total(self) -> Decimal:
        return Decimal(self.summary["total"])

    @property
    def fee_total(self) -> Decimal:
        return Decimal(self.summary["fee_total"])

    @property
    def discount(self) -> Decimal:
        return Decimal(self.summary["discount"])

    @property
    def discount_rate(self) -> Decimal:
        return Decimal(self.summary["discount_rate"])

    @property
    def first_due(self) -> date:
        return _day(self.summary["first_due"])

    @property
    def last_due(self) -> date:
        return _day(self.summary["last_due"])

    @property
    def currency(self) -> str:
        return str(self.summary["currency"])

    @property
    def over_affordability(self) -> bool:
        return bool(self.summary.get("over_affordability"))

    @property
    def needs_supervisor_approval(self) -> bool:
        return bool(self.summary.get("needs_supervisor_approval"))


class PlanOffers:
    def __init__(self, rules: PlanRules, today: Callable[[], date] = date.today) -> None:
        self._rules = rules
        self._today = today

    @classmethod
    def for_pack(cls, pack: str, today: Callable[[], date] = date.today) -> "PlanOffers":
        """Raises ValueError naming the file when the rule pack cannot be read."""
        return cls(load_plan_rules(pack), today)

    @property
    def rules(self) -> PlanRules:
        return self._rules

    def bounds(self) -> PlanBounds:
        today = self._today()
        rules = self._rules
        return PlanBounds(rules.instalment_months_min, rules.instalment_months_max, rules.settlement_discount_max,
                          rules.settlement_approval_threshold, today + timedelta(days=rules.first_payment_days_max),
                          today + timedelta(days=rules.deferral_days_max), today)

    def default_first_due(self) -> date:
        return self._today() + timedelta(days=min(FIRST_PAYMENT_IN_DAYS, self._rules.first_payment_days_max))

    @staticmethod
    def affordability(answers: Mapping[str, Any] | None) -> Affordability | None:
        """From the script's answers ``monthly_income`` and ``essential_expenses``, once both are given."""
        income = (answers or {}).get("monthly_income")
        expenses = (answers or {}).get("essential_expenses")
        if not isinstance(income, Decimal) or not isinstance(expenses, Decimal):
            return None
        try:
            return Affordability(income, expenses)
        except ValueError:
            return None

    def options(self, basis: PlanBasis, answers: Mapping[str, Any] | None = None) -> list[PlanOption]:
        """A few sensible plans for the account; plans the rules do not allow for it are left out."""
        rules, today = self._rules, self._today()
        first_due = self.default_first_due()
        budget = self.affordability(answers)
        found: list[tuple[str, RepaymentPlan]] = []
        months_shown: set[int] = set()

        def add(key: str, make: Callable[[], RepaymentPlan]) -> None:
            try:
                plan = make()
            except PlanOutOfBounds:
                return
            found.append((key, plan))
            if plan.kind is PlanKind.INSTALMENT:
                months_shown.add(plan.months)

        if budget is not None:
            fitting = affordable_months(basis.balance, budget, rules)
            months = fitting if fitting is not None else rules.instalment_months_max
            add("affordable" if fitting is not None else "longest",
                lambda: instalment_plan(basis.balance, months, first_due, rules, today))
        for months in STANDARD_MONTHS:
            if months not in months_shown and rules.instalment_months_min <= months <= rules.instalment_months_max:
                add("months", partial(instalment_plan, basis.balance, months, first_due, rules, today))
        add("deferral", lambda: deferral_plan(basis.balance, today + timedelta(days=rules.deferral_days_max), today,
                                              rules))
        add("settlement", lambda: settlement_plan(basis.balance, rules.settlement_approval_threshold, first_due,
                                                  today, rules))
        add("minimum_payment", lambda: self._minimum_payment(basis, first_due))
        return [self._option(key, plan, basis, budget) for key, plan in found]

    def custom(self, basis: PlanBasis, answers: Mapping[str, Any] | None, kind: str, *, months: int = 0,
               discount: Decimal = Decimal(0), day: date | None = None) -> PlanOption:
        """A plan with the agent's own terms; PlanOutOfBounds (a ValueError) says which rule it breaks.

        ``day`` is the first payment (instalments), the new due date (deferral) or the payment date (settlement).
        """
        rules, today = self._rules, self._today()
        day = day or self.default_first_due()
        makers: dict[str, Callable[[], RepaymentPlan]] = {
            PlanKind.INSTALMENT: lambda: instalment_plan(basis.balance, months, day, rules, today),
            PlanKind.DEFERRAL: lambda: deferral_plan(basis.balance, day, today, rules),
            PlanKind.SETTLEMENT: lambda: settlement_plan(basis.balance, discount, day, today, rules),
            PlanKind.MINIMUM_PAYMENT: lambda: self._minimum_payment(basis, day),
        }
        if kind not in makers:
            raise PlanOutOfBounds(f"unknown kind of plan {kind!r}")
        return self._option("custom", makers[kind](), basis, self.affordability(answers))

    def _minimum_payment(self, basis: PlanBasis, pay_on: date) -> RepaymentPlan:
        """The statement's minimum due; when it is below the rule pack's rate it is still what the bank billed."""
        rules, today = self._rules, self._today()
        try:
            return minimum_payment_plan(basis.minimum_due, pay_on, today, rules, balance=basis.balance)
        except PlanOutOfBounds:
            plan = minimum_payment_plan(basis.minimum_due, pay_on, today, rules)
            return replace(plan, balance=basis.balance)

    @staticmethod
    def _option(key: str, plan: RepaymentPlan, basis: PlanBasis, budget: Affordability | None) -> PlanOption:
        if budget is not None:
            plan = check_affordability(plan, budget)
        return PlanOption(key, plan_summary(plan, basis.currency))


def agreed_plan(summary: Mapping[str, Any], account_number: str) -> AgreedPlan | None:
    """The plan the outcome stores; None for a minimum payment (that is a promise to pay, not a plan)."""
    if summary.get("kind") not in AGREED_KINDS:
        return None
    instalments = tuple(AgreedInstalment(int(item["sequence"]), _day(item["due_on"]), Decimal(str(item["amount"])))
                        for item in summary.get("instalments", ()))
    return AgreedPlan(kind=str(summary["kind"]), account_number=account_number, total=Decimal(str(summary["total"])),
                      instalments=instalments, needs_approval=bool(summary.get("needs_supervisor_approval")))


def first_payment_promise(summary: Mapping[str, Any], account_number: str) -> PromiseTerms | None:
    """The plan's first payment as a promise to pay (what the debtor promised to pay next, and when)."""
    instalments = summary.get("instalments") or ()
    if not instalments:
        return None
    first = instalments[0]
    return PromiseTerms(account_number, Decimal(str(first["amount"])), _day(first["due_on"]))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
