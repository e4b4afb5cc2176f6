"""Storing an outcome with its follow-ups (promise, callback, plan, case flags): implemented by the database."""

from typing import Protocol

from app.domain.call_outcome import CallOutcome
from app.domain.follow_ups import CaseFlagView


class FollowUps(Protocol):
    def record_outcome(self, call_id: int, outcome: CallOutcome, agent_login: str) -> None:
        """Raises ValueError (with a message for the agent) when a detail the outcome needs is missing or wrong."""

    def collection_hold(self, debtor_id: int, account_number: str | None = None) -> CaseFlagView | None:
        """The most serious open case flag that holds collection on the debtor (or that account), if any."""
