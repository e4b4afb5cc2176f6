"""Which script a call starts with: inbound, a broken promise, a promise due soon, or the standard call."""

from datetime import date, timedelta

from app.domain.debtors import DebtorRecord
from app.scripts.context import focus_account, latest_promise

STANDARD = "standard_call"
INBOUND = "inbound_call"
PROMISE_FOLLOW_UP = "promise_follow_up"
BROKEN_PROMISE = "broken_promise"
FOLLOW_UP_DAYS_AHEAD = 3  # a pending promise due within this many days gets the follow-up script
BROKEN_PROMISE_DAYS = 30  # a promise broken this recently gets the broken-promise script


def script_for_call(record: DebtorRecord | None, inbound: bool, today: date, available: set[str]) -> str:
    """The script id to start; falls back to the standard call when a specialised script is not loaded."""
    wanted = STANDARD
    if inbound:
        wanted = INBOUND
    elif record is not None:
        promise = latest_promise(record, focus_account(record))
        if promise is not None and promise.status == "broken" and today - promise.due_on <= timedelta(BROKEN_PROMISE_DAYS):
            wanted = BROKEN_PROMISE
        elif promise is not None and promise.status == "pending" and promise.due_on - today <= timedelta(FOLLOW_UP_DAYS_AHEAD):
            wanted = PROMISE_FOLLOW_UP
    return wanted if wanted in available else STANDARD
