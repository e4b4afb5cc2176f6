"""What the script recorded that prefills the outcome dialog after the call."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

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
    def from_run(cls, run: ScriptRun) -> "OutcomeSuggestion":
        answers = run.answers
        messages: tuple[tuple[str, str, str], ...] = ()
        if run.verified and (run.plan or answers.get("promise_amount") is not None):  # never to a third party
            rendered = ((m.message_id, m.channel, run.render_message(m).strip()) for m in run.script.messages)
            messages = tuple(m for m in rendered if m[2] and not m[2].startswith("["))
        return cls(code=run.proposed_outcome, promise_amount=answers.get("promise_amount"),
                   promise_date=answers.get("promise_date"), callback_at=answers.get("callback_at"), plan=run.plan,
                   messages=messages)
