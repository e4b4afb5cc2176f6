"""Whether a promise to pay (承诺还款, PTP) was kept, from the payments that arrived."""

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum


class PromiseStatus(StrEnum):
    KEPT = "kept"
    BROKEN = "broken"  # 跳票
    PENDING = "pending"


def evaluate_promise(amount: Decimal, promised_on: date, due_on: date, payments: Iterable[tuple[date, Decimal]],
                     today: date, grace_days: int) -> PromiseStatus:
    """The promise's status today (a PromiseStatus, which is the plain string "kept", "broken" or "pending").

    ``promised_on`` is the day the promise was made, ``due_on`` the day the debtor promised to pay by.
    - kept: the payments made from ``promised_on`` to ``due_on + grace_days`` (both included) add up to at
      least ``amount``; several part payments count together, an early payment keeps it at once.
    - broken: not kept and today is after ``due_on + grace_days``; a payment after that window does not
      mend it (it is a new fact, logged as a payment, not a kept promise).
    - pending: otherwise.
    Adding a payment never turns a kept promise into anything else. Reversed payments are the caller's
    to leave out: a negative amount is refused.
    """
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount <= 0:
        raise ValueError(f"the promised amount must be a Decimal above 0; got {amount!r}")
    if isinstance(grace_days, bool) or not isinstance(grace_days, int) or grace_days < 0:
        raise ValueError(f"grace_days must be a whole number of 0 or more; got {grace_days!r}")
    if due_on < promised_on:
        raise ValueError(f"the promised payment date {due_on} is before the day of the promise {promised_on}")
    window_end = due_on + timedelta(days=grace_days)
    paid = Decimal(0)
    for paid_on, paid_amount in payments:
        if not isinstance(paid_amount, Decimal) or not paid_amount.is_finite() or paid_amount < 0:
            raise ValueError(f"a payment must be a Decimal of 0 or more; got {paid_amount!r} on {paid_on}")
        if promised_on <= paid_on <= window_end:
            paid += paid_amount
    if paid >= amount:
        return PromiseStatus.KEPT
    if today > window_end:
        return PromiseStatus.BROKEN
    return PromiseStatus.PENDING
