"""The guided-script state machine: where the call is, what the agent recorded, and the gates it enforces.

Pure Python: every move, answer, gate, skip and plan is reported to a listener as a ``ScriptEvent`` (the call
session writes them to the call log as they happen). A refused step raises ``ScriptRefusal`` with a code the
window translates; the run is unchanged after a refusal.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.scripts.answers import AnswerInvalid, json_safe, parse_answer
from app.scripts.context import CallFacts
from app.scripts.model import CallScript, MessageTemplate, NodeTag, ScriptNode
from app.scripts.rendering import ScriptRenderError, evaluate_condition, render_text


class ScriptRefusal(ValueError):
    """A step the script does not allow; ``code`` says which gate (the window shows a translated message)."""

    NOT_VERIFIED = "not_verified"  # disclosure before the right party is verified
    NO_RECORDING_NOTICE = "no_recording_notice"  # a question before the recording notice
    ANSWER_REQUIRED = "answer_required"
    ANSWER_INVALID = "answer_invalid"
    REASON_REQUIRED = "reason_required"  # skipping a mandatory node
    NO_OUTCOME = "no_outcome"  # finishing without an outcome
    NO_WAY_ON = "no_way_on"  # no transition matches
    NOT_AT_END = "not_at_end"
    NOT_RUNNING = "not_running"
    SCRIPT_ERROR = "script_error"  # the step broke on a fault in the script itself; logged as a script_error event

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True)
class ScriptEvent:
    kind: str  # a CallEventKind value
    payload: dict[str, Any]


ScriptListener = Callable[[ScriptEvent], None]
_NOT_ANSWERED = object()


class ScriptRun:
    """One walk through a script during one call."""

    def __init__(self, script: CallScript, facts: CallFacts, listener: ScriptListener | None = None, *,
                 recorded: bool = True) -> None:
        self.script = script
        self._facts = facts
        self._listener = listener
        self._recorded = recorded
        self._node: ScriptNode | None = None
        self._history: list[str] = []
        self._finished = False
        self._gates_passed: set[str] = set()
        self.answers: dict[str, Any] = {}
        self.verified = False
        self.notice_given = False
        self.plan: dict[str, Any] | None = None
        self.proposed_outcome: str | None = None
        self._last_answer: tuple[str, Any] | None = None  # (node, typed answer) of the latest script_answer

    # -- state ------------------------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return bool(self._history)

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def current(self) -> ScriptNode | None:
        return None if self._finished else self._node

    @property
    def visited(self) -> list[str]:
        return list(self._history)

    def variables(self, *, disclosure: bool) -> dict[str, Any]:
        """What a template may see: the debt only for disclosure nodes once the right party is verified."""
        values: dict[str, Any] = {**self._facts.spoken, "answers": dict(self.answers), "verified": self.verified}
        if disclosure and self.verified:
            values.update(self._facts.debt)
            values["plan"] = dict(self.plan or {})
            values["affordability"] = self._affordability()
        return values

    # -- moves ------------------------------------------------------------------------------------------------

    def start(self) -> ScriptNode:
        if not self.started:
            self._enter(self.script.node(self.script.start), via="start")
        assert self._node is not None
        return self._node

    def answer(self, value: Any) -> None:
        """Record the answer to the current node's question (checked and typed by its kind)."""
        node = self._require_node()
        if node.question is None:
            raise ScriptRefusal(ScriptRefusal.ANSWER_INVALID, f"node '{node.node_id}' asks no question")
        if self._recorded and not self.notice_given:
            self._refuse(ScriptRefusal.NO_RECORDING_NOTICE, node, "give the recording notice before any question")
        try:
            typed = parse_answer(node.question, value)
        except AnswerInvalid as error:
            raise ScriptRefusal(ScriptRefusal.ANSWER_INVALID, str(error)) from None
        if self._last_answer == (node.node_id, typed) and self.answers.get(node.question.var, _NOT_ANSWERED) == typed:
            return  # recorded when it was picked (``pick``): one event per answer given
        self._last_answer = (node.node_id, typed)
        self.answers[node.question.var] = typed
        self._emit("script_answer", {"step": node.node_id, "var": node.question.var, "kind": node.question.kind.value,
                                     "answer": json_safe(typed)})
        if node.question.kind.value == "plan":
            self.plan = dict(typed)
            self._emit("plan_accepted", {"step": node.node_id, "plan": json_safe(typed)})
        if node.question.kind.value == "choice":
            choice = node.question.choice(typed)
            if node.has(NodeTag.VERIFICATION) or any(c.verifies for c in node.question.choices):
                self._set_verified(choice.verifies, node)
            if choice.outcome:
                self._propose(choice.outcome, node)

    def pick(self, value: Any) -> bool:
        """An answer picked before the agent moves on: recorded (and so logged) now when it is complete and allowed;
        otherwise nothing happens, no refusal and no gate event (``next`` checks it again). True when recorded."""
        node = self._node
        if (value is None or node is None or self._finished or node.question is None
                or (self._recorded and not self.notice_given)):
            return False
        try:
            typed = parse_answer(node.question, value)
        except AnswerInvalid:
            return False
        if self._last_answer == (node.node_id, typed):
            return False
        self.answer(value)
        return True

    def offer_plan(self, summary: Mapping[str, Any]) -> None:
        """A plan the agent put to the debtor (accepted or not): logged so QA sees every offer."""
        node = self._require_node()
        self._emit("plan_offered", {"step": node.node_id, "plan": json_safe(dict(summary))})

    def next(self) -> ScriptNode | None:
        """Follow the first matching transition; at an end node this finishes the script (None)."""
        node = self._require_node()
        if node.question is not None and node.question.required and node.question.var not in self.answers:
            raise ScriptRefusal(ScriptRefusal.ANSWER_REQUIRED, node.question.prompt)
        if node.is_end:
            self.finish()
            return None
        target = self._transition_target(node)
        self._move(target, via="next")
        return self._node

    def back(self) -> ScriptNode | None:
        """Back to the node before (answers are kept, so going forward again is quick)."""
        self._require_node()
        if len(self._history) >= 2:
            self._history.pop()
            previous = self.script.node(self._history.pop())
            self._move(previous, via="back")
        return self._node

    def skip(self, reason: str = "") -> ScriptNode | None:
        """Go on without the node's answer; a mandatory node needs a reason, which is logged."""
        node = self._require_node()
        reason = reason.strip()
        if node.has(NodeTag.MANDATORY) and not reason:
            self._refuse(ScriptRefusal.REASON_REQUIRED, node, "say why this mandatory step is skipped")
        self._emit("script_skip", {"step": node.node_id, "reason": reason, "mandatory": node.has(NodeTag.MANDATORY)})
        if node.is_end:
            self.finish()
            return None
        default = next((t for t in node.transitions if t.is_default), node.transitions[-1])
        self._move(self.script.node(default.goto), via="skip")
        return self._node

    def jump(self, jump_id: str) -> ScriptNode:
        """Take a branch (abuse, hardship, dispute, third party…) from wherever the call is."""
        node = self._require_node()
        jump = self.script.jump(jump_id)
        target = self.script.node(jump.goto)
        self._check_can_enter(target)
        self._emit("script_branch", {"branch": jump_id, "from": node.node_id, "to": target.node_id})
        self._move(target, via="branch")
        assert self._node is not None
        return self._node

    def finish(self) -> None:
        """End the script at an end node; refused without an outcome (the call itself can always hang up)."""
        node = self._require_node()
        if not node.is_end:
            raise ScriptRefusal(ScriptRefusal.NOT_AT_END, node.node_id)
        if self.proposed_outcome is None:
            self._refuse(ScriptRefusal.NO_OUTCOME, node, "record the outcome before closing")
        self._pass_gate("outcome_recorded", node)
        self._leave(node, via="finish")
        self._finished = True

    def step_failed(self, error: BaseException) -> None:
        """A step broke on a fault in the script, not on a gate: logged with the node and the kind of fault only
        (never the message, which may quote an answer), so the call goes on and QA can find the script to fix."""
        self._emit("script_error", {"step": None if self._node is None else self._node.node_id,
                                    "reason": type(error).__name__})

    def call_ended(self) -> None:
        """The call is over (hang-up can happen anywhere): the node in progress is logged as left."""
        if self._node is not None and not self._finished:
            self._leave(self._node, via="call_ended")
            self._finished = True

    # -- text -------------------------------------------------------------------------------------------------

    def render(self, node: ScriptNode) -> str:
        """The node's text for this call; a rendering problem is shown as text, never raised into the call."""
        return self._render(node.say, disclosure=node.has(NodeTag.DISCLOSURE))

    def render_prompt(self, node: ScriptNode) -> str:
        return "" if node.question is None else self._render(node.question.prompt, disclosure=False)

    def render_message(self, message: MessageTemplate) -> str:
        return self._render(message.text, disclosure=True)

    def _render(self, source: str, *, disclosure: bool) -> str:
        try:
            return render_text(source, self.variables(disclosure=disclosure), self.script.language)
        except ScriptRenderError as error:
            return f"[{error}]"

    # -- internals --------------------------------------------------------------------------------------------

    def _transition_target(self, node: ScriptNode) -> ScriptNode:
        answer = self.answers.get(node.question.var) if node.question else None
        condition_variables = {**self.variables(disclosure=False), **self._facts.debt, "plan": dict(self.plan or {}),
                               "affordability": self._affordability()}  # conditions steer, they are never spoken
        for transition in node.transitions:
            if transition.on and answer not in transition.on:
                continue
            if transition.when is not None:
                try:
                    if not evaluate_condition(transition.when, condition_variables):
                        continue
                except ScriptRenderError:
                    continue  # a condition on an unanswered question does not match
            return self.script.node(transition.goto)
        raise ScriptRefusal(ScriptRefusal.NO_WAY_ON, node.node_id)

    def _move(self, target: ScriptNode, via: str) -> None:
        self._check_can_enter(target)
        if self._node is not None:
            self._leave(self._node, via=via)
        self._enter(target, via=via)

    def _check_can_enter(self, target: ScriptNode) -> None:
        if target.has(NodeTag.DISCLOSURE):
            if not self.verified:
                self._refuse(ScriptRefusal.NOT_VERIFIED, target, "verify the right party before talking about the debt")
            self._pass_gate("right_party_verified", target)

    def _enter(self, node: ScriptNode, via: str) -> None:
        self._node = node
        self._history.append(node.node_id)
        self._emit("script_step_entered", {"step": node.node_id, "phase": node.phase, "via": via})
        if node.has(NodeTag.RECORDING_NOTICE) and not self.notice_given:
            self.notice_given = True
            self._pass_gate("recording_notice", node)
        if node.outcome:
            self._propose(node.outcome, node)

    def _leave(self, node: ScriptNode, via: str) -> None:
        self._emit("script_step_left", {"step": node.node_id, "via": via})

    def _set_verified(self, verified: bool, node: ScriptNode) -> None:
        if verified != self.verified:
            self.verified = verified
            self._emit("script_gate", {"gate": "right_party_verified", "passed": verified, "step": node.node_id})
            if verified:
                self._gates_passed.add("right_party_verified")
            else:
                self._gates_passed.discard("right_party_verified")

    def _pass_gate(self, gate: str, node: ScriptNode) -> None:
        if gate not in self._gates_passed:
            self._gates_passed.add(gate)
            self._emit("script_gate", {"gate": gate, "passed": True, "step": node.node_id})

    def _refuse(self, code: str, node: ScriptNode, detail: str) -> None:
        self._emit("script_gate", {"gate": code, "passed": False, "step": node.node_id})
        raise ScriptRefusal(code, detail)

    def _propose(self, outcome: str, node: ScriptNode) -> None:
        if outcome != self.proposed_outcome:
            self.proposed_outcome = outcome
            self._emit("outcome_proposed", {"code": outcome, "step": node.node_id})

    def _affordability(self) -> dict[str, Any]:
        income, expenses = self.answers.get("monthly_income"), self.answers.get("essential_expenses")
        if not isinstance(income, Decimal) or not isinstance(expenses, Decimal):
            return {}
        return {"monthly_income": income, "essential_expenses": expenses,
                "max_monthly_payment": max(Decimal("0"), income - expenses)}

    def _require_node(self) -> ScriptNode:
        if self._node is None or self._finished:
            raise ScriptRefusal(ScriptRefusal.NOT_RUNNING)
        return self._node

    def _emit(self, kind: str, payload: dict[str, Any]) -> None:
        if self._listener is not None:
            self._listener(ScriptEvent(kind, payload))

