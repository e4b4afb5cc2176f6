"""What an outcome leaves to follow up: callbacks in an agent's queue and case flags that hold collection.

Also the checks on the details an agent gives with an outcome that need no database (amounts, dates, the
callback window); the repository adds the ones that do (the account belongs to the call's debtor).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.domain.call_outcome import AgreedPlan, CallOutcome, PromiseTerms
from app.domain.money import to_cents
from app.domain.outcomes import CaseFlag, OutcomeNeeds, outcome_for

CALLBACK_MAX_AHEAD = timedelta(days=90)
PLAN_KINDS = ("instalment", "deferral", "settlement")

# Every open flag holds collection; when several are open, the most serious is the one reported.
COLLECTION_HOLD_ORDER: tuple[CaseFlag, ...] = (
    CaseFlag.DECEASED, CaseFlag.LEGAL, CaseFlag.CEASE_CONTACT, CaseFlag.HARDSHIP, CaseFlag.DISPUTE,
)
# No more calls at all: the debtor's pending callbacks are cancelled and no new one may be scheduled.
ENDS_CONTACT: frozenset[CaseFlag] = frozenset({CaseFlag.DECEASED, CaseFlag.LEGAL, CaseFlag.CEASE_CONTACT})
# Raised on the disputed account when the outcome names one; the debtor's other accounts stay collectable.
ACCOUNT_SCOPED: frozenset[CaseFlag] = frozenset({CaseFlag.DISPUTE})


class OutcomeDetailsInvalid(ValueError):
    """The details given with an outcome cannot be recorded. ``str()`` says what is wrong and what to do."""


@dataclass(frozen=True)
class CallbackView:
    """One entry of an agent's callback queue."""

    callback_id: int
    debtor_id: int
    debtor_name: str
    due_at: datetime  # aware, UTC
    note: str
    call_id: int | None  # the call on which the callback was agreed


@dataclass(frozen=True)
class CaseFlagView:
    """An open case flag: collection on the debtor (or on ``account_number`` only) is held until it is cleared."""

    flag_id: int
    debtor_id: int
    kind: CaseFlag
    account_number: str | None  # None: the flag covers the debtor
    raised_at: datetime  # aware, UTC
    raised_by: str  # the agent's login
    call_id: int | None
    note: str


def hold_rank(kind: CaseFlag) -> int:
    """Position in COLLECTION_HOLD_ORDER: lower is more serious."""
    return COLLECTION_HOLD_ORDER.index(kind)


def check_outcome_details(outcome: CallOutcome, now: datetime) -> None:
    """Raise OutcomeDetailsInvalid for the first detail that cannot be recorded; ``now`` must be aware.

    Dates are compared with the desk's local date.
    """
    problem = next(_detail_problems(outcome, now), None)
    if problem is not None:
        raise OutcomeDetailsInvalid(problem)


def _detail_problems(outcome: CallOutcome, now: datetime) -> Iterator[str]:
    try:
        spec = outcome_for(outcome.code)
    except ValueError:
        yield f"'{outcome.code}' is not an outcome code. Pick an outcome from the list."
        return
    today = now.astimezone().date()
    if spec.needs is OutcomeNeeds.PROMISE and outcome.promise is None:
        yield ("A promise to pay needs the amount and the date the debtor promised. "
               "Enter both, or pick another outcome.")
    if spec.needs is OutcomeNeeds.CALLBACK and outcome.callback_at is None:
        yield ("A callback needs the date and time agreed with the debtor. "
               "Enter it, or pick another outcome.")
    if outcome.promise is not None:
        yield from _promise_problems(outcome.promise, today)
    if outcome.callback_at is not None:
        if spec.raises_flag in ENDS_CONTACT:
            yield (f"'{spec.label_en}' ends contact with the debtor, so no callback can be scheduled. "
                   "Remove the callback time.")
        yield from _callback_problems(outcome.callback_at, now)
    if outcome.plan is not None:
        yield from _plan_problems(outcome.plan, today)


def _promise_problems(promise: PromiseTerms, today: date) -> Iterator[str]:
    yield from _amount_problems("The promised amount", promise.amount, "Enter the amount the debtor promised to pay.")
    if promise.due_on < today:
        yield (f"The promised date {promise.due_on.isoformat()} is in the past. "
               "Enter the date the debtor will pay: today or later.")


def _callback_problems(callback_at: datetime, now: datetime) -> Iterator[str]:
    if callback_at.tzinfo is None or callback_at.utcoffset() is None:
        yield "The callback time has no time zone, so CallDesk cannot tell when it is due. Choose the time again."
        return
    if callback_at <= now:
        yield "The callback time has already passed. Enter a time in the future."
    elif callback_at - now > CALLBACK_MAX_AHEAD:
        yield (f"The callback time is more than {CALLBACK_MAX_AHEAD.days} days ahead. "
               f"Enter a time within {CALLBACK_MAX_AHEAD.days} days, or write the later date in the note.")


def _plan_problems(plan: AgreedPlan, today: date) -> Iterator[str]:
    if plan.kind not in PLAN_KINDS:
        yield (f"'{plan.kind}' is not a kind of plan. "
               f"Use the plan calculator to make an {' / '.join(PLAN_KINDS)} plan.")
        return
    if not plan.instalments:
        yield "The plan has no payments. Use the plan calculator to add them."
        return
    yield from _amount_problems("The plan's total", plan.total, "Recalculate the plan.")
    if [i.sequence for i in plan.instalments] != list(range(1, len(plan.instalments) + 1)):
        yield "The plan's payments are not numbered 1, 2, 3… in order. Recalculate the plan."
    for instalment in plan.instalments:
        yield from _amount_problems(f"Payment {instalment.sequence} of the plan", instalment.amount,
                                    "Recalculate the plan.")
    due_dates = [i.due_on for i in plan.instalments]
    if due_dates[0] < today:
        yield (f"The plan's first payment date {due_dates[0].isoformat()} is in the past. "
               "Recalculate the plan from today.")
    elif due_dates != sorted(due_dates):
        yield "The plan's payment dates are not in order. Recalculate the plan."
    paid_in_all = sum((i.amount for i in plan.instalments), Decimal(0))
    if paid_in_all != plan.total:
        yield (f"The plan's payments add up to {paid_in_all}, not its total of {plan.total}. "
               "Recalculate the plan.")


def _amount_problems(what: str, amount: Decimal, what_to_do: str) -> Iterator[str]:
    if not amount.is_finite() or amount <= 0:
        yield f"{what} must be more than zero, not {amount}. {what_to_do}"
    elif to_cents(amount) != amount:
        yield f"{what} ({amount}) has fractions of a cent. {what_to_do}"
