"""What an agent records when a call ends: the outcome code and the details its follow-up needs."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class PromiseTerms:
    """A promise to pay: how much, by when, on which account."""

    account_number: str
    amount: Decimal
    due_on: date


@dataclass(frozen=True)
class AgreedInstalment:
    sequence: int  # 1-based
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class AgreedPlan:
    """A repayment plan the debtor accepted on the call (from the plan calculator)."""

    kind: str  # instalment | deferral | settlement
    account_number: str
    total: Decimal  # what the debtor will pay in all
    instalments: tuple[AgreedInstalment, ...]
    needs_approval: bool = False  # e.g. a settlement discount above the rule pack's threshold


@dataclass(frozen=True)
class CallOutcome:
    code: str  # an OutcomeCode value
    note: str = ""
    promise: PromiseTerms | None = None  # required when the outcome needs a promise
    callback_at: datetime | None = None  # aware; required when the outcome needs a callback
    plan: AgreedPlan | None = None
