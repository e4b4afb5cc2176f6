"""Words for a call that a crash cut off, shown above its outcome form when the agent is asked to complete it."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.call_log import OpenCallView
from app.services.interrupted_trace import InterruptedTrace, TracedAnswer
from app.ui import display

_CONTEXT = "InterruptedCallSummary"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def call_state_word(state: str) -> str:
    """A logged call state in the agent's words (the log keeps pjsua2's names)."""
    words = {
        "calling": _tr("dialling"),
        "incoming": _tr("ringing in"),
        "waiting": _tr("waiting"),
        "early": _tr("ringing"),
        "connecting": _tr("connecting"),
        "confirmed": _tr("connected"),
        "disconnected": _tr("ended"),
    }
    return words.get(state, state)


def _answer_text(answer: TracedAnswer) -> str:
    value: Any = answer.value
    if isinstance(value, dict):  # a plan: its kind and total are what the agent needs to remember
        return " ".join(str(value.get(key, "")) for key in ("kind", "total")).strip()
    if value is None or value == "":
        return "–"
    return str(value)


def _question_and_answer(answer: TracedAnswer) -> str:
    question = answer.question.strip()
    joiner = "" if question.endswith(("?", "？", ":", "：")) else ":"
    return f"{question}{joiner} {_answer_text(answer)}"


def _talk_time(call: OpenCallView) -> str | None:
    if call.answered_at is None or call.ended_at is None:
        return None
    seconds = max(0, int((call.ended_at - call.answered_at).total_seconds()))
    text = display.duration(seconds)
    if not call.ended_by_crash:
        return text
    if call.recording_path is not None:
        return _tr("about %1 (estimated from the recording's length)").replace("%1", text)
    return _tr("at least %1 (estimated: until the last thing logged)").replace("%1", text)


def interrupted_call_summary(call: OpenCallView, trace: InterruptedTrace, language: str) -> str:
    number = display.masked_phone(call.number) if call.number.startswith("+") else call.number
    lines = [
        _tr("This call was cut off when CallDesk stopped unexpectedly. Please complete it."),
        _tr("Debtor: %1").replace("%1", call.debtor_name or "–"),
        _tr("Number: %1").replace("%1", number),
        _tr("Started: %1").replace("%1", display.moment(call.started_at, language)),
    ]
    talk = _talk_time(call)
    if talk is not None:
        lines.append(_tr("Talk time: %1").replace("%1", talk))
    lines.append(_tr("Call: %1").replace("%1", " → ".join(call_state_word(s) for s in trace.states) or "–"))
    lines.append(_tr("Script steps reached: %1").replace("%1", " → ".join(trace.steps) or "–"))
    if trace.answers:
        answers = "; ".join(_question_and_answer(a) for a in trace.answers)
        lines.append(_tr("Answers recorded: %1").replace("%1", answers))
    if call.recording_path is not None:
        lines.append(_tr("The recording was recovered and is in the contact history."))
    return "\n".join(lines)
