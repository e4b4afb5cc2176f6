"""What the softphone panel shows about calls other than the one in progress: waiting callers, recent calls."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WaitingCallView:
    """A second caller ringing while the agent is busy (call waiting)."""

    call_key: str
    number: str
    debtor_name: str | None
    since: datetime


@dataclass(frozen=True)
class RecentCallView:
    """One of the agent's latest calls, newest first; ``duration_seconds`` is None for calls never answered."""

    call_id: int
    started_at: datetime
    direction: str
    number: str
    debtor_id: int | None
    debtor_name: str | None
    duration_seconds: int | None
    outcome_code: str | None
    duration_estimated: bool = False  # cut off by a crash: its end is estimated
