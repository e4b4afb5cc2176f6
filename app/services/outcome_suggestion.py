"""What the script recorded that prefills the outcome dialog after the call, or after a crash from the call's trace."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from app.domain.call_log import CallEventKind, CallEventView
from app.domain.outcomes import OutcomeNeeds, outcome_for

if TYPE_CHECKING:  # the engine imports jinja2: loaded when a call starts a script
    from app.scripts.engine import ScriptRun


@dataclass(frozen=True)
class OutcomeSuggestion:
    """What the script recorded that prefills the outcome dialog; the agent still confirms it."""

    code: str | None
    promise_amount: Any = None  # Decimal
    promise_date: date | None = None
    callback_at: datetime | None = None
    plan: dict[str, Any] | None = None
    messages: tuple[tuple[str, str, str], ...] = ()  # (id, channel, text): confirmation SMS/letter to send

    @classmethod
    def from_run(cls, run: "ScriptRun") -> "OutcomeSuggestion":
        answers = run.answers
        messages: tuple[tuple[str, str, str], ...] = ()
        if run.verified and (run.plan or answers.get("promise_amount") is not None):  # never to a third party
            rendered = ((m.message_id, m.channel, run.render_message(m).strip()) for m in run.script.messages)
            messages = tuple(m for m in rendered if m[2] and not m[2].startswith("["))
        return cls(code=run.proposed_outcome, promise_amount=answers.get("promise_amount"),
                   promise_date=answers.get("promise_date"), callback_at=answers.get("callback_at"), plan=run.plan,
                   messages=messages)

    @classmethod
    def from_trace(cls, events: Sequence[CallEventView]) -> "OutcomeSuggestion":
        """What an interrupted call's logged events support: the outcome the script last proposed (nothing when it
        proposed none) and the promise, callback and plan answers given. A promise or plan is never suggested unless
        the right party was verified on the call; no confirmation message is prepared after a crash."""
        answers: dict[str, Any] = {}
        code: str | None = None
        verified = False
        plan: dict[str, Any] | None = None
        for event in events:
            payload = event.payload
            if event.kind == CallEventKind.SCRIPT_ANSWER:
                answers[str(payload.get("var"))] = payload.get("answer")
            elif event.kind == CallEventKind.OUTCOME_PROPOSED:
                code = payload.get("code")
            elif event.kind == CallEventKind.PLAN_ACCEPTED and isinstance(payload.get("plan"), dict):
                plan = dict(payload["plan"])
            elif event.kind == CallEventKind.SCRIPT_GATE and payload.get("gate") == "right_party_verified":
                verified = bool(payload.get("passed"))
        if not verified:
            plan = None
            if code is not None and _needs(code) is OutcomeNeeds.PROMISE:
                code = None
        return cls(code=code, promise_amount=_amount(answers.get("promise_amount")) if verified else None,
                   promise_date=_day(answers.get("promise_date")) if verified else None,
                   callback_at=_moment(answers.get("callback_at")), plan=plan)


def _needs(code: str) -> OutcomeNeeds | None:
    try:
        return outcome_for(code).needs
    except ValueError:
        return None


def _amount(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None
