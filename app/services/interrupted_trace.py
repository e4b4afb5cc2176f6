"""An interrupted call's trace in the agent's words: the script steps by their titles and the answers by their
questions and choice labels (the log holds node, variable and choice ids), for the recovery dialog."""

from dataclasses import dataclass
from typing import Any

from app.domain.call_log import CallEventKind, OpenCallView
from app.scripts.loader import ScriptLibrary
from app.scripts.model import CallScript


@dataclass(frozen=True)
class TracedAnswer:
    question: str  # the prompt as the script asked it
    kind: str  # the answer kind: choice, amount, date, datetime, text, plan
    value: Any  # a choice's label, else the logged (JSON-safe) value


@dataclass(frozen=True)
class InterruptedTrace:
    states: tuple[str, ...]  # call states as logged (calling, early, confirmed…): the window words them
    steps: tuple[str, ...]  # titles of the script steps reached, in order
    answers: tuple[TracedAnswer, ...]  # the latest answer to each question


def interrupted_trace(call: OpenCallView, library: ScriptLibrary, language: str) -> InterruptedTrace:
    script = _script(library, call.script_id, language)
    states = tuple(str(e.payload.get("state")) for e in call.events if e.kind == CallEventKind.CALL_STATE)
    steps = tuple(_title(script, str(e.payload.get("step"))) for e in call.events
                  if e.kind == CallEventKind.SCRIPT_STEP_ENTERED)
    answers: dict[str, TracedAnswer] = {}
    for event in call.events:
        if event.kind == CallEventKind.SCRIPT_ANSWER:
            var = str(event.payload.get("var"))
            answers.pop(var, None)  # a changed answer moves to the end, as it was given last
            answers[var] = _answer(script, event.payload)
    return InterruptedTrace(states, steps, tuple(answers.values()))


def _script(library: ScriptLibrary, script_id: str | None, language: str) -> CallScript | None:
    if script_id is None:
        return None
    try:
        return library.get(script_id, language)
    except KeyError:  # a script since removed: the ids are shown as logged
        return None


def _title(script: CallScript | None, step: str) -> str:
    try:
        return step if script is None else script.node(step).title
    except KeyError:
        return step


def _answer(script: CallScript | None, payload: dict[str, Any]) -> TracedAnswer:
    step, var, kind, value = str(payload.get("step")), str(payload.get("var")), str(payload.get("kind")), \
        payload.get("answer")
    try:
        question = None if script is None else script.node(step).question
    except KeyError:
        question = None
    if question is None:
        return TracedAnswer(var, kind, value)
    if kind == "choice":
        try:
            value = question.choice(str(value)).label
        except KeyError:
            pass
    return TracedAnswer(question.prompt, kind, value)
