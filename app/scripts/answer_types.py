"""Answers compared with written values of their own type: ``answers.monthly_income < 'abc'`` is refused at check time.

At run time such a comparison raises (an amount against a text) or is never true (a choice id that does not
exist), and a transition or a text silently goes the wrong way. The check knows each variable's kind from the
questions of the script and looks at every comparison in its conditions and texts.
"""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import TemplateSyntaxError, nodes

from app.scripts.model import AnswerKind, Question
from app.scripts.template_safety import TemplateProblem, parsed

_ORDERING = frozenset({"lt", "gt", "lteq", "gteq"})
_MEMBERSHIP = frozenset({"in", "notin"})


@dataclass
class AnswerVariable:
    kind: AnswerKind
    choice_ids: set[str] = field(default_factory=set)


def answer_variables(questions: Iterable[Question]) -> dict[str, AnswerVariable]:
    """Each variable with its kind and, for choices, every choice id any of its questions offers."""
    found: dict[str, AnswerVariable] = {}
    for question in questions:
        variable = found.setdefault(question.var, AnswerVariable(question.kind))
        variable.choice_ids.update(c.choice_id for c in question.choices)
    return found


def comparison_problems(source: str, variables: Mapping[str, AnswerVariable], *,
                        is_condition: bool) -> list[TemplateProblem]:
    """Comparisons of an answer with a value it can never sensibly equal or be ordered against."""
    tree = _parsed(source, is_condition)
    if tree is None:
        return []  # the syntax problem is reported by template_safety
    problems = []
    compares = [tree] if isinstance(tree, nodes.Compare) else []  # find_all looks below the node only
    try:
        compares += tree.find_all(nodes.Compare)
    except RecursionError:  # template_safety reports the nesting
        return []
    for compare in compares:
        for left, operator, right in _pairs(compare):
            message = _pair_problem(left, operator, right, variables)
            if message is not None:
                problems.append(TemplateProblem(compare.lineno, message))
    return problems


def _parsed(source: str, is_condition: bool) -> nodes.Node | None:
    try:
        return parsed(source, is_condition)
    except (TemplateSyntaxError, RecursionError):
        return None


def _pairs(compare: nodes.Compare) -> Iterator[tuple[nodes.Expr, str, nodes.Expr]]:
    left = compare.expr
    for operand in compare.ops:
        yield left, operand.op, operand.expr
        left = operand.expr


def _answer(node: nodes.Node) -> str | None:
    """``answers.reason`` or ``answers['reason']`` → "reason"."""
    if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name) and node.node.name == "answers":
        return node.attr
    if isinstance(node, nodes.Getitem) and isinstance(node.node, nodes.Name) and node.node.name == "answers" \
            and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
        return node.arg.value
    return None


def _written(node: nodes.Node, operator: str) -> list[Any] | None:
    """The written values on the other side: one constant, or the items of a written list after ``in``."""
    if isinstance(node, nodes.Const):
        return [node.value]
    if operator in _MEMBERSHIP and isinstance(node, (nodes.List, nodes.Tuple)) \
            and all(isinstance(item, nodes.Const) for item in node.items):
        return [item.value for item in node.items]  # type: ignore[attr-defined]  # all Const, checked above
    return None


def _pair_problem(left: nodes.Expr, operator: str, right: nodes.Expr,
                  variables: Mapping[str, AnswerVariable]) -> str | None:
    left_var, right_var = _answer(left), _answer(right)
    if left_var in variables and right_var in variables:
        kinds = variables[left_var].kind, variables[right_var].kind  # type: ignore[index]  # both checked above
        if kinds[0] is not kinds[1] and operator in _ORDERING:
            return f"answers.{left_var} is {_a(kinds[0])} answer and answers.{right_var} {_a(kinds[1])} answer: " \
                   "they cannot be compared"
        return None
    if left_var in variables:
        name, values = left_var, _written(right, operator)
    elif right_var in variables and operator not in _MEMBERSHIP:
        name, values = right_var, _written(left, operator)
    else:
        return None
    if values is None or name is None:
        return None
    return _value_problem(name, variables[name], operator, values)


def _value_problem(name: str, variable: AnswerVariable, operator: str, values: list[Any]) -> str | None:
    kind = variable.kind
    values = [v for v in values if v is not None]  # == none asks whether it was answered: always fine
    if not values:
        return None
    what = f"answers.{name} is {_a(kind)} answer"
    if kind is AnswerKind.CHOICE:
        if operator in _ORDERING:
            return f"{what}: compare it with == or in, not < or >"
        wrong = next((v for v in values if v not in variable.choice_ids), None)
        if wrong is not None:
            return f"{what}; {wrong!r} is not one of its choices ({', '.join(sorted(variable.choice_ids))})"
    elif kind is AnswerKind.AMOUNT:
        wrong = next((v for v in values if isinstance(v, bool) or not isinstance(v, (int, float))), None)
        if wrong is not None:
            return f"{what}: compare it with a number such as 3000, not {wrong!r}"
    elif kind is AnswerKind.TEXT:
        wrong = next((v for v in values if not isinstance(v, str)), None)
        if wrong is not None:
            return f"{what}: compare it with a text such as 'yes', not {wrong!r}"
    else:  # date, datetime, plan: no written value is of their type
        return f"{what}: it cannot be compared with a written value such as {values[0]!r}"
    return None


def _a(kind: AnswerKind) -> str:
    return f"an {kind.value}" if kind.value[0] in "aeiou" else f"a {kind.value}"
