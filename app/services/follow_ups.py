"""Storing an outcome with its follow-ups (promise, callback, plan, case flags): implemented by the database."""

from typing import Protocol

from app.domain.call_outcome import CallOutcome


class FollowUps(Protocol):
    def record_outcome(self, call_id: int, outcome: CallOutcome, agent_login: str) -> None:
        """Raises ValueError (with a message for the agent) when a detail the outcome needs is missing or wrong."""
