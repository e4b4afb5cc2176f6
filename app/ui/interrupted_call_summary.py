"""Words for a call that a crash cut off, shown when the agent is asked to complete it."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.call_log import CallEventKind, OpenCallView
from app.domain.outcomes import outcome_for
from app.ui import display


def _answer_text(value: Any) -> str:
    if isinstance(value, dict):  # a plan: its kind and total are what the agent needs to remember
        return " ".join(str(value.get(key, "")) for key in ("kind", "total")).strip()
    return str(value)


def interrupted_call_summary(call: OpenCallView, language: str) -> str:
    number = display.masked_phone(call.number) if call.number.startswith("+") else call.number
    steps = [str(e.payload.get("step")) for e in call.events if e.kind == CallEventKind.SCRIPT_STEP_ENTERED]
    states = [str(e.payload.get("state")) for e in call.events if e.kind == CallEventKind.CALL_STATE]
    lines = [
        QCoreApplication.translate("InterruptedCallSummary",
                                   "This call was cut off when CallDesk stopped unexpectedly. Please complete it."),
        QCoreApplication.translate("InterruptedCallSummary", "Debtor: %1").replace("%1", call.debtor_name or "–"),
        QCoreApplication.translate("InterruptedCallSummary", "Number: %1").replace("%1", number),
        QCoreApplication.translate("InterruptedCallSummary", "Started: %1").replace(
            "%1", display.moment(call.started_at, language)),
        QCoreApplication.translate("InterruptedCallSummary", "Call states logged: %1").replace("%1", " → ".join(states) or "–"),
        QCoreApplication.translate("InterruptedCallSummary", "Script steps reached: %1").replace("%1", " → ".join(steps) or "–"),
    ]
    answers = [f"{e.payload.get('var')} = {_answer_text(e.payload.get('answer'))}" for e in call.events
               if e.kind == CallEventKind.SCRIPT_ANSWER]
    if answers:
        lines.append(QCoreApplication.translate("InterruptedCallSummary", "Answers recorded: %1").replace(
            "%1", "; ".join(answers)))
    proposed = [str(e.payload.get("code")) for e in call.events if e.kind == CallEventKind.OUTCOME_PROPOSED]
    if proposed:
        try:
            label = outcome_for(proposed[-1]).label(language)
        except ValueError:
            label = proposed[-1]
        lines.append(QCoreApplication.translate("InterruptedCallSummary", "The script suggested: %1").replace(
            "%1", label))
    return "\n".join(lines)
