"""Written values given to a filter, checked before anything runs: ``'NaN'|money`` or ``truncate(1)`` is refused.

The check sees only what is written in the script (constants); values that come from the call are the
sandbox's to refuse at run time. Each rule says what the filter accepts, so the message can say it too.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from jinja2 import nodes

_NUMBER_INPUT = "takes an amount, such as account.total_due"
_TEXT_INPUT = "shows text, a number or a date, not a list"
_SEQUENCE_INPUT = "takes a list or a text, not a number"
_TRUNCATE_END = "..."  # jinja's default end for truncate


@dataclass(frozen=True)
class _Rule:
    positional: tuple[str, ...]  # argument names in order; keywords must be among them
    input_check: str | None = None  # which written inputs are refused: "number", "text", "sequence"


_RULES: dict[str, _Rule] = {
    "money": _Rule(("currency",), "number"),
    "day": _Rule(()),
    "upper": _Rule((), "text"), "lower": _Rule((), "text"), "title": _Rule((), "text"),
    "capitalize": _Rule((), "text"), "trim": _Rule((), "text"),
    "replace": _Rule(("old", "new", "count"), "text"),
    "truncate": _Rule(("length", "killwords", "end", "leeway"), "text"),
    "round": _Rule(("precision", "method"), "number"),
    "int": _Rule(("default", "base")),
    "abs": _Rule((), "number"),
    "length": _Rule((), "sequence"), "count": _Rule((), "sequence"),
    "first": _Rule((), "sequence"), "last": _Rule((), "sequence"),
    "default": _Rule(("default_value", "boolean")), "d": _Rule(("default_value", "boolean")),
    "join": _Rule(("d", "attribute"), "sequence"),
}
_ROUND_METHODS = ("common", "ceil", "floor")
MAX_ROUND_DIGITS = 6  # rendering's bound for round(); kept here so the check and the sandbox agree


def filter_problems(node: nodes.Filter) -> list[str]:
    """What is wrong with the written input and arguments of one filter; [] when they may work."""
    rule = _RULES.get(node.name)
    if rule is None:
        return []  # not an allowed filter: template_safety says so
    problems = _count_problems(node, rule)
    if node.node is not None and rule.input_check is not None:
        problem = _input_problem(node.node, rule.input_check)
        if problem is not None:
            problems.append(f"{node.name} {problem}")
    arguments = _written_arguments(node, rule)
    problems += [f"{node.name}: {p}" for p in _argument_problems(node.name, arguments)]
    return problems


def _count_problems(node: nodes.Filter, rule: _Rule) -> list[str]:
    if len(node.args) > len(rule.positional):
        takes = ", ".join(rule.positional) if rule.positional else "no arguments"
        return [f"{node.name} takes {takes}; {len(node.args)} given"]
    unknown = [str(k.key) for k in node.kwargs if isinstance(k, nodes.Keyword) and str(k.key) not in rule.positional]
    if unknown:
        return [f"{node.name} has no argument '{unknown[0]}'"]
    return []


def _written_arguments(node: nodes.Filter, rule: _Rule) -> dict[str, Any]:
    """The arguments written as constants, by name; arguments computed from the call are left out."""
    given: dict[str, nodes.Expr] = dict(zip(rule.positional, node.args, strict=False))
    given.update({str(k.key): k.value for k in node.kwargs if isinstance(k, nodes.Keyword)})
    return {name: value.value for name, value in given.items() if isinstance(value, nodes.Const)}


def _input_problem(value: nodes.Node, check: str) -> str | None:
    if isinstance(value, (nodes.List, nodes.Tuple, nodes.Dict)):
        return None if check == "sequence" else _TEXT_INPUT if check == "text" else f"{_NUMBER_INPUT}, not a list"
    if not isinstance(value, nodes.Const):
        return None
    written = value.value
    if check == "number" and not _is_amount(written):
        return f"{_NUMBER_INPUT}; {written!r} is not one"
    if check == "sequence" and not isinstance(written, str):
        return f"{_SEQUENCE_INPUT}; {written!r} is not one"
    return None


def _is_amount(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == value and abs(value) != float("inf")
    if isinstance(value, str):
        try:
            return Decimal(value.strip()).is_finite()
        except InvalidOperation:
            return False
    return False


def _argument_problems(name: str, arguments: dict[str, Any]) -> list[str]:
    problems = []
    if name == "money" and "currency" in arguments and not isinstance(arguments["currency"], str):
        problems.append(f"the currency is a code such as 'CNY'; {arguments['currency']!r} is not one")
    if name == "round":
        precision = arguments.get("precision", 0)
        if not _is_whole(precision) or not 0 <= precision <= MAX_ROUND_DIGITS:
            problems.append(f"rounds to a whole number of digits from 0 to {MAX_ROUND_DIGITS}; {precision!r} given")
        if arguments.get("method", "common") not in _ROUND_METHODS:
            problems.append(f"the method is one of {', '.join(_ROUND_METHODS)}; {arguments['method']!r} given")
    if name == "truncate":
        end = arguments.get("end", _TRUNCATE_END)
        length = arguments.get("length", 255)
        if not isinstance(end, str):
            problems.append(f"the end is a text such as '…'; {end!r} given")
        elif not _is_whole(length) or length < len(end):
            problems.append(f"the length is a whole number of at least {len(end)} (the end's length); {length!r} given")
        if "leeway" in arguments and (not _is_whole(arguments["leeway"]) or arguments["leeway"] < 0):
            problems.append(f"the leeway is a whole number from 0; {arguments['leeway']!r} given")
    if name == "replace":
        for key in ("old", "new"):
            if key in arguments and not isinstance(arguments[key], (str, int, float)):
                problems.append(f"replaces text with text; {arguments[key]!r} given")
        if "count" in arguments and not _is_whole(arguments["count"]):
            problems.append(f"the count is a whole number; {arguments['count']!r} given")
    if name == "join" and "d" in arguments and not isinstance(arguments["d"], str):
        problems.append(f"joins with a text such as ', '; {arguments['d']!r} given")
    if name == "join" and "attribute" in arguments:
        problems.append("joins plain values only; loop over the items to show one of their parts")
    if name == "int" and "base" in arguments and arguments["base"] not in (2, 8, 10, 16):
        problems.append(f"the base is 2, 8, 10 or 16; {arguments['base']!r} given")
    return problems


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
