"""Checks beyond the schema: references, templates and conditions, every path, and both languages alike.

Used by ``load_library`` (a script that fails is listed as broken, never run) and by ``calldesk scripts check``.
"""

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.outcomes import OutcomeCode, outcome_for
from app.scripts.answer_types import answer_variables, comparison_problems
from app.scripts.context import AFTER_VERIFICATION, BEFORE_VERIFICATION, PLAN_SHAPE
from app.scripts.loader import ScriptProblem
from app.scripts.model import AnswerKind, CallScript, Choice, NodeTag, ScriptNode, Transition
from app.scripts.template_safety import KnownNames, KnownShape, TemplateProblem, expression_problems, template_problems


def check_script(script: CallScript) -> list[ScriptProblem]:
    problems = list(_reference_problems(script))
    if problems:
        return problems  # the graph cannot be walked with dangling references
    problems += _template_problems(script)
    problems += _path_problems(script)
    return problems


def _problem(script: CallScript, node: ScriptNode | None, field: str, message: str,
             line: int | None = None) -> ScriptProblem:
    where = f"node '{node.node_id}'" + (f".{field}" if field else "") if node else field
    return ScriptProblem(script.source, line or (node.line if node else None), where, message)


def _valid_outcome(code: str) -> bool:
    try:
        return outcome_for(code).agent_selectable
    except ValueError:
        return False


def _reference_problems(script: CallScript) -> Iterator[ScriptProblem]:
    node_ids = {n.node_id for n in script.nodes}
    phase_ids = {p.phase_id for p in script.phases}
    codes = ", ".join(o.value for o in OutcomeCode if o is not OutcomeCode.INTERRUPTED)
    if script.start not in node_ids:
        yield _problem(script, None, "start", f"no node '{script.start}'")
    for jump in script.jumps:
        if jump.goto not in node_ids:
            yield _problem(script, None, f"jumps '{jump.jump_id}'.goto", f"no node '{jump.goto}'")
    variable_kinds: dict[str, AnswerKind] = {}
    for node in script.nodes:
        if node.phase not in phase_ids:
            yield _problem(script, node, "phase", f"no phase '{node.phase}'; phases are {', '.join(sorted(phase_ids))}")
        if node.outcome is not None and not _valid_outcome(node.outcome):
            yield _problem(script, node, "outcome", f"unknown outcome '{node.outcome}'; use one of {codes}")
        choice_ids = {c.choice_id for c in node.question.choices} if node.question else set()
        if node.question is not None:
            for choice in node.question.choices:
                if choice.outcome is not None and not _valid_outcome(choice.outcome):
                    yield _problem(script, node, f"question.choices '{choice.choice_id}'.outcome",
                                   f"unknown outcome '{choice.outcome}'; use one of {codes}")
            known_kind = variable_kinds.setdefault(node.question.var, node.question.kind)
            if known_kind is not node.question.kind:
                yield _problem(script, node, "question.var",
                               f"'{node.question.var}' is a {known_kind.value} elsewhere; one variable, one kind")
        for transition in node.transitions:
            if transition.goto not in node_ids:
                yield _problem(script, node, "next.goto", f"no node '{transition.goto}'", transition.line)
            if transition.on and node.question is not None and node.question.kind is not AnswerKind.CHOICE:
                yield _problem(script, node, "next.on", f"`on` takes choice ids, and this node asks {_a_kind(node)} "
                               "question: use `when`, e.g. \"answers.income < 3000\"", transition.line)
                continue
            for choice_id in transition.on:
                if choice_id not in choice_ids:
                    yield _problem(script, node, "next.on", f"no choice '{choice_id}' in this node's question",
                                   transition.line)
        if node.transitions and not any(t.is_default for t in node.transitions) and not _choices_covered(node):
            yield _problem(script, node, "next", "add a default transition (one without `on` or `when`), so the "
                                                 "agent is never stuck")


def _a_kind(node: ScriptNode) -> str:
    kind = node.question.kind.value if node.question is not None else "no"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _choices_covered(node: ScriptNode) -> bool:
    """Every choice has an unconditional transition: no default needed."""
    if node.question is None or node.question.kind is not AnswerKind.CHOICE or not node.question.required:
        return False
    covered = {c for t in node.transitions if t.when is None for c in t.on}
    return covered >= {c.choice_id for c in node.question.choices}


def _template_problems(script: CallScript) -> Iterator[ScriptProblem]:
    variables = answer_variables(n.question for n in script.nodes if n.question is not None)
    answers: KnownShape = {var: PLAN_SHAPE if v.kind is AnswerKind.PLAN else None for var, v in variables.items()}
    before = {**BEFORE_VERIFICATION, "answers": answers}  # only the variables this script's questions set
    after = {**AFTER_VERIFICATION, "answers": answers}

    def text_problems(source: str, known: KnownNames) -> list[TemplateProblem]:
        return template_problems(source, known) + comparison_problems(source, variables, is_condition=False)

    for node in script.nodes:
        yield from _texts(script, node, "say", text_problems(node.say, after if node.has(NodeTag.DISCLOSURE) else before),
                          _debt_hint(node))
        if node.question is not None:
            yield from _texts(script, node, "question.prompt", text_problems(node.question.prompt, before), "")
        for transition in node.transitions:
            if transition.when is not None:
                found = expression_problems(transition.when, after) + comparison_problems(
                    transition.when, variables, is_condition=True)
                yield from _texts(script, node, "next.when", found, "", transition.line)
    for message in script.messages:
        for problem in text_problems(message.text, after):
            yield ScriptProblem(script.source, None, f"messages '{message.message_id}'.text", problem.message)


def _debt_hint(node: ScriptNode) -> str:
    return "" if node.has(NodeTag.DISCLOSURE) else (
        " (account, plan, affordability and promise are only for nodes tagged 'disclosure')")


def _texts(script: CallScript, node: ScriptNode, field: str, found: Iterable[Any], hint: str,
           line: int | None = None) -> Iterator[ScriptProblem]:
    for problem in found:
        message = problem.message + (hint if "unknown variable" in problem.message else "")
        inner = f" (line {problem.line} of the text)" if problem.line and problem.line > 1 else ""
        yield _problem(script, node, field, message + inner, line)


@dataclass(frozen=True)
class _PathState:
    node_id: str
    outcome: bool
    notice: bool
    verified: bool | None  # None: entered by a jump, the engine's gate decides at run time


def _path_problems(script: CallScript) -> list[ScriptProblem]:
    """One walk over (node, outcome proposed, notice given, verified): at most 12 states a node, each seen once."""
    problems: dict[tuple[str, str], ScriptProblem] = {}
    ways = {node.node_id: _node_ways(node) for node in script.nodes}
    starts = [_PathState(script.start, False, False, False)]
    starts += [_PathState(j.goto, False, True, None) for j in script.jumps]
    parents: dict[_PathState, _PathState | None] = {}
    queue: deque[_PathState] = deque()
    for state in starts:
        entered = _entered(script, state)
        if entered not in parents:
            parents[entered] = None
            queue.append(entered)
    while queue:
        state = queue.popleft()
        node = script.node(state.node_id)
        if node.has(NodeTag.DISCLOSURE) and state.verified is False:
            _add(problems, script, node, "tags", "can be reached before the right party is verified: "
                 + _path(parents, state), "disclosure")
        if node.question is not None and not state.notice:
            _add(problems, script, node, "question", "is asked before the recording notice: " + _path(parents, state),
                 "notice")
        for answered, transitions in _ways_on(node, state, ways[node.node_id]):
            if not transitions and not answered.outcome:
                _add(problems, script, node, "", "a path ends here without an outcome: " + _path(parents, state),
                     "outcome")
            for transition in transitions:
                following = _entered(script, _PathState(transition.goto, answered.outcome, answered.notice,
                                                        answered.verified))
                if following not in parents:
                    parents[following] = state
                    queue.append(following)
    reached = {s.node_id for s in parents}
    for node in script.nodes:
        if node.node_id not in reached:
            _add(problems, script, node, "", "cannot be reached from the start or any jump", "reach")
    return list(problems.values())


def _entered(script: CallScript, state: _PathState) -> _PathState:
    node = script.node(state.node_id)
    return _PathState(node.node_id, state.outcome or node.outcome is not None,
                      state.notice or node.has(NodeTag.RECORDING_NOTICE), state.verified)


_Ways = list[tuple[Choice | None, list[Transition]]]


def _node_ways(node: ScriptNode) -> _Ways:
    """Each possible answer (a choice, or None for any other) with the transitions that may follow it."""
    question = node.question
    if question is None or question.kind is not AnswerKind.CHOICE:
        return [(None, _possible(node.transitions, None))]
    ways: _Ways = [(choice, _possible(node.transitions, choice.choice_id)) for choice in question.choices]
    if not question.required:
        ways.append((None, _possible(node.transitions, None)))
    return ways


def _ways_on(node: ScriptNode, state: _PathState, ways: _Ways) -> Iterator[tuple[_PathState, list[Transition]]]:
    """The states after each possible answer, with the transitions that may follow (conditions may go either way)."""
    question = node.question
    verifying = node.has(NodeTag.VERIFICATION) or (question is not None and any(c.verifies for c in question.choices))
    for choice, transitions in ways:
        if choice is None:
            yield state, transitions
            continue
        verified = (choice.verifies if state.verified is not None else None) if verifying else state.verified
        yield _PathState(node.node_id, state.outcome or choice.outcome is not None, state.notice, verified), transitions


def _possible(transitions: tuple[Transition, ...], choice_id: str | None) -> list[Transition]:
    possible = []
    for transition in transitions:
        if transition.on and choice_id not in transition.on:
            continue
        possible.append(transition)
        if transition.when is None:
            break  # an unconditional match: nothing after it can fire
    return possible


def _path(parents: dict[_PathState, _PathState | None], state: _PathState) -> str:
    names: list[str] = []
    current: _PathState | None = state
    while current is not None and len(names) < 12:
        names.append(current.node_id)
        current = parents[current]
    return " → ".join(reversed(names))


def _add(problems: dict[tuple[str, str], ScriptProblem], script: CallScript, node: ScriptNode, field: str,
         message: str, rule: str) -> None:
    problems.setdefault((node.node_id, rule), _problem(script, node, field, message))


def language_problems(scripts: list[CallScript]) -> list[ScriptProblem]:
    """Each script's translations must have the same flow as its English file (only the words differ)."""
    problems: list[ScriptProblem] = []
    by_id: dict[str, list[CallScript]] = {}
    for script in scripts:
        by_id.setdefault(script.script_id, []).append(script)
    for versions in by_id.values():
        reference = next((s for s in versions if s.language == "en"), versions[0])
        expected = _shape(reference)
        for script in versions:
            if script is reference:
                continue
            found = _shape(script)
            for key in sorted(set(expected) | set(found)):
                if expected.get(key) != found.get(key):
                    problems.append(ScriptProblem(script.source, None, key,
                                                  f"differs from {reference.source}: {found.get(key)!r} here, "
                                                  f"{expected.get(key)!r} there; both languages need the same flow"))
                    break
    return problems


def _shape(script: CallScript) -> dict[str, Any]:
    shape: dict[str, Any] = {
        "version": script.version, "purpose": script.purpose, "start": script.start,
        "phases": [p.phase_id for p in script.phases], "nodes": [n.node_id for n in script.nodes],
        "jumps": [(j.jump_id, j.goto) for j in script.jumps],
        "messages": [(m.message_id, m.channel) for m in script.messages],
    }
    for node in script.nodes:
        question = node.question
        shape[f"node '{node.node_id}'"] = (
            node.phase, sorted(node.tags), node.outcome,
            [(t.goto, t.on, t.when) for t in node.transitions],
            None if question is None else (question.kind, question.var, question.required,
                                          [(c.choice_id, c.verifies, c.outcome) for c in question.choices]),
        )
    return shape

