"""The one check every dial goes through: click-to-dial, a typed number, a callback, the work queue.

Compliance rules plug in here as small functions (calling hours, attempt caps, third-party limits…); today the
rule in force is the collection hold from open case flags (cease contact, deceased, legal block the call;
hardship and dispute remind the agent).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.domain.debtors import DebtorRecord
from app.services.collection_hold import hold_notice
from app.services.follow_ups import FollowUps


@dataclass(frozen=True)
class DialDecision:
    allowed: bool
    messages: tuple[str, ...] = ()  # why not, or what to keep in mind on the call; shown to the agent


DialRule = Callable[[DebtorRecord, str], DialDecision | None]  # (debtor, E.164 or SIP URI) -> None: no opinion


class DialPermission:
    def __init__(self, rules: Sequence[DialRule] = ()) -> None:
        self._rules = tuple(rules)

    def check(self, record: DebtorRecord, number: str) -> DialDecision:
        """The first rule that refuses decides; the reminders of the rules that allow are all kept."""
        reminders: list[str] = []
        for rule in self._rules:
            decision = rule(record, number)
            if decision is None:
                continue
            if not decision.allowed:
                return decision
            reminders.extend(decision.messages)
        return DialDecision(True, tuple(reminders))


def collection_hold_rule(follow_ups: FollowUps) -> DialRule:
    """Open case flags: the most serious one blocks the call or reminds the agent why collection is paused."""

    def rule(record: DebtorRecord, _number: str) -> DialDecision | None:
        hold = follow_ups.collection_hold(record.debtor_id)
        if hold is None:
            return None
        blocked, message = hold_notice(hold)
        return DialDecision(not blocked, (message,))

    return rule
