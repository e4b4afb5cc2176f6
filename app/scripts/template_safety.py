"""Static check of script templates and conditions: what they may touch is decided before anything runs.

A template may read the variables it is given (``known``), use a short list of filters, compare, branch, loop
over script data and ``{% set %}`` plain names. Everything else is refused with a reason: names starting with
``_`` (the way out of the sandbox), calls, methods, computed keys, ``**``, jinja's own helpers (``range``,
``cycler``…), macros, includes and the other tags that recurse or read files.

``known`` maps each top-level name to its shape: ``None`` means "any key below it, or a plain value", a mapping
lists the keys allowed below it, each again a shape, and a mapping with the one key ``ITEMS`` is a list of items of
that shape (``plan.instalments``). Only plain values can be shown: ``{{ debtor }}`` or ``{{ plan.instalments }}``
is refused, so is a written value a filter cannot take (``'NaN'|money``, see ``filter_arguments``). Method names of plain values
(``format``, ``items``, ``upper``…) are refused even below ``None``: script text never calls anything.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache, singledispatchmethod

from jinja2 import TemplateSyntaxError, nodes
from jinja2.parser import Parser
from jinja2.sandbox import SandboxedEnvironment

from app.scripts.filter_arguments import filter_problems
from app.scripts.shapes import ITEMS, KnownNames, KnownShape

__all__ = ["ALLOWED_FILTERS", "ITEMS", "KnownNames", "KnownShape", "TemplateProblem", "expression_problems",
           "parsed", "template_problems"]

ALLOWED_FILTERS = frozenset({
    "money", "day", "upper", "lower", "title", "capitalize", "trim", "replace", "truncate",
    "round", "int", "abs", "length", "count", "default", "d", "join", "first", "last",
})
_SHOWS_TEXT = frozenset({"money", "day", "upper", "lower", "title", "capitalize", "trim", "replace", "truncate",
                         "round", "int", "abs"})  # filters that turn their input into one plain value
MAX_LOOP_DEPTH = 2
LOOP_SHAPE: KnownShape = {name: None for name in ("index", "index0", "revindex", "revindex0", "first", "last",
                                                  "length")}
_JINJA_HELPERS = frozenset({"range", "dict", "lipsum", "cycler", "joiner", "namespace", "self"})
_VALUE_METHODS = frozenset(
    name for kind in (str, int, float, Decimal, date, datetime, list, tuple, dict)
    for name in dir(kind) if not name.startswith("_") and callable(getattr(kind, name))
)
_REFUSED_TAGS: dict[type[nodes.Node], str] = {
    nodes.Macro: "{% macro %} is not allowed in script text: a macro can call itself without end",
    nodes.CallBlock: "{% call %} is not allowed in script text: it calls macros",
    nodes.Include: "{% include %} is not allowed in script text: script text cannot read files",
    nodes.Import: "{% import %} is not allowed in script text: script text cannot read files",
    nodes.FromImport: "{% from … import %} is not allowed in script text: script text cannot read files",
    nodes.Extends: "{% extends %} is not allowed in script text: script text cannot read files",
    nodes.Block: "{% block %} is not allowed in script text: blocks belong to template inheritance",
    nodes.FilterBlock: "{% filter %} blocks are not allowed in script text: use a filter on a value",
    nodes.AssignBlock: "{% set %}…{% endset %} blocks are not allowed in script text: set a value instead",
    nodes.With: "{% with %} is not allowed in script text: use {% set %}",
    nodes.ScopedEvalContextModifier: "{% autoescape %} is not allowed in script text",
    nodes.Scope: "scoped blocks are not allowed in script text",
}

_TOO_DEEP = "brackets or blocks are nested too deeply for script text"
_PARSER_ENV = SandboxedEnvironment()


@dataclass(frozen=True)
class TemplateProblem:
    line: int | None  # the line inside the template, 1-based
    message: str


@lru_cache(maxsize=64)
def parsed(source: str, is_condition: bool) -> nodes.Node:
    """The text's syntax tree, parsed once for the checks that read it (never changed by them)."""
    if not is_condition:
        return _PARSER_ENV.parse(source)
    parser = Parser(_PARSER_ENV, source, state="variable")
    expression = parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("unexpected text after the condition", parser.stream.current.lineno)
    return expression


def template_problems(source: str, known: KnownNames | None) -> list[TemplateProblem]:
    """What is wrong with a node text; ``known=None`` checks syntax and safety but not variable names."""
    try:
        return _Checker(known).run(parsed(source, False))
    except TemplateSyntaxError as error:
        return [TemplateProblem(error.lineno, f"template syntax error: {error.message}")]
    except RecursionError:
        return [TemplateProblem(None, _TOO_DEEP)]


def expression_problems(source: str, known: KnownNames | None) -> list[TemplateProblem]:
    """What is wrong with a transition condition such as ``answers.reason == 'dispute' and verified``."""
    try:
        return _Checker(known).run(parsed(source, True))
    except TemplateSyntaxError as error:
        return [TemplateProblem(error.lineno, f"condition syntax error: {error.message}")]
    except RecursionError:
        return [TemplateProblem(None, _TOO_DEEP)]


@dataclass
class _Scope:
    names: dict[str, KnownShape]
    assigned: set[str] = field(default_factory=set)  # from {% set %}: readable, but not loop sources
    loop_depth: int = 0

    def inside_loop(self, targets: list[str], item: KnownShape = None) -> "_Scope":
        shapes = {target: item if len(targets) == 1 else None for target in targets}
        names = {**self.names, **shapes, "loop": LOOP_SHAPE}
        return _Scope(names, self.assigned - set(targets), self.loop_depth + 1)


def _dotted_path(node: nodes.Node) -> list[str | int] | None:
    """``debtor.name`` → ["debtor", "name"]; None when the chain is not plain names and fixed keys."""
    parts: list[str | int] = []
    while True:
        if isinstance(node, nodes.Name):
            return [node.name, *reversed(parts)]
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) \
                and isinstance(node.arg.value, (str, int)):
            parts.append(node.arg.value)
        else:
            return None
        node = node.node


def _is_text(node: nodes.Node) -> bool:
    """A written string or list: the operands ``*`` would repeat and ``%`` would format."""
    if isinstance(node, nodes.Const):
        return isinstance(node.value, str)
    return isinstance(node, (nodes.List, nodes.Tuple))


def _shown(path: list[str | int]) -> str:
    text = str(path[0])
    for part in path[1:]:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


class _Checker:
    def __init__(self, known: KnownNames | None) -> None:
        self.check_names = known is not None
        self.known = known or {}
        self.problems: list[TemplateProblem] = []

    def run(self, tree: nodes.Node) -> list[TemplateProblem]:
        self.visit(tree, _Scope(dict(self.known)))
        return sorted(self.problems, key=lambda problem: problem.line or 0)

    def report(self, node: nodes.Node, message: str) -> None:
        self.problems.append(TemplateProblem(getattr(node, "lineno", None), message))

    def visit_all(self, items: Sequence[nodes.Node], scope: _Scope) -> None:
        for item in items:
            self.visit(item, scope)

    # -- statements -------------------------------------------------------------------------------------------

    @singledispatchmethod
    def visit(self, node: nodes.Node, scope: _Scope) -> None:
        reason = _REFUSED_TAGS.get(type(node))
        self.report(node, reason or f"'{type(node).__name__}' is not allowed in script text")

    @visit.register
    def _template(self, node: nodes.Template, scope: _Scope) -> None:
        self.visit_all(node.body, scope)

    @visit.register
    def _output(self, node: nodes.Output, scope: _Scope) -> None:
        for shown in node.nodes:
            self._check_shown(shown, scope)
        self.visit_all(node.nodes, scope)

    @visit.register
    def _if(self, node: nodes.If, scope: _Scope) -> None:
        self.visit(node.test, scope)
        self.visit_all(node.body, scope)  # jinja lets {% set %} inside an if leak out: so does the check
        self.visit_all(node.elif_, scope)
        self.visit_all(node.else_, scope)

    @visit.register
    def _for(self, node: nodes.For, scope: _Scope) -> None:
        if scope.loop_depth >= MAX_LOOP_DEPTH:
            self.report(node, f"loops nested more than {MAX_LOOP_DEPTH} deep are not allowed in script text")
        if node.recursive:
            self.report(node, "recursive loops are not allowed in script text")
        source = _dotted_path(node.iter)
        if source is None or source[0] in scope.assigned:
            self.report(node, "a loop may only go over script data, such as plan.instalments")
        self.visit(node.iter, scope)
        source_shape = self._shape_of(node.iter, scope)
        item = source_shape.get(ITEMS) if isinstance(source_shape, Mapping) else None
        body_scope = scope.inside_loop(self._targets(node.target), item)
        if node.test is not None:
            self.visit(node.test, body_scope)
        self.visit_all(node.body, body_scope)
        self.visit_all(node.else_, scope)

    @visit.register
    def _assign(self, node: nodes.Assign, scope: _Scope) -> None:
        self.visit(node.node, scope)
        for target in self._targets(node.target):
            scope.names[target] = None
            scope.assigned.add(target)

    def _targets(self, target: nodes.Node) -> list[str]:
        """The plain names a loop or {% set %} assigns; anything else (``ns.x = …``) is refused."""
        if isinstance(target, nodes.Name):
            return [target.name]
        if isinstance(target, nodes.Tuple) and all(isinstance(item, nodes.Name) for item in target.items):
            return [item.name for item in target.items]  # type: ignore[attr-defined]  # a Tuple target (checked by the caller) has items
        self.report(target, "only plain names can be set in script text")
        return []

    # -- expressions ------------------------------------------------------------------------------------------

    @visit.register
    def _constant(self, node: nodes.Const | nodes.TemplateData, scope: _Scope) -> None:
        pass

    @visit.register
    def _name(self, node: nodes.Name, scope: _Scope) -> None:
        self._check_path(node, [node.name], scope)

    @visit.register
    def _getattr(self, node: nodes.Getattr, scope: _Scope) -> None:
        self._member(node, node.attr, scope)

    @visit.register
    def _getitem(self, node: nodes.Getitem, scope: _Scope) -> None:
        key = node.arg
        if isinstance(key, nodes.Slice):
            self.visit(node.node, scope)
            self.visit(key, scope)
        elif isinstance(key, nodes.Const) and isinstance(key.value, str):
            self._member(node, key.value, scope)
        elif isinstance(key, nodes.Const) and isinstance(key.value, int):
            self.visit(node.node, scope)
        else:
            self.report(node, "only fixed keys such as answers['reason'] or [0] are allowed in script text: "
                              "a computed key can spell a hidden name")
            self.visit(node.node, scope)

    def _member(self, node: nodes.Getattr | nodes.Getitem, name: str, scope: _Scope) -> None:
        path = _dotted_path(node)
        if path is not None:
            self._check_path(node, path, scope)
            return
        if name.startswith("_"):
            self._report_hidden(node, name)
        elif name in _VALUE_METHODS:
            self._report_method(node, name)
        self.visit(node.node, scope)

    def _check_path(self, node: nodes.Node, path: list[str | int], scope: _Scope) -> None:
        hidden = next((part for part in path if isinstance(part, str) and part.startswith("_")), None)
        if hidden is not None:
            self._report_hidden(node, hidden)
            return
        root = str(path[0])
        if root not in scope.names and (self.check_names or root in _JINJA_HELPERS):
            helper = " (jinja's own helpers are switched off in script text)" if root in _JINJA_HELPERS else ""
            self.report(node, f"unknown variable {root}{helper}; known: {', '.join(sorted(scope.names)) or 'nothing'}")
            return
        shape = scope.names.get(root)
        for depth, part in enumerate(path[1:], start=2):
            if isinstance(part, int):
                shape = shape.get(ITEMS) if isinstance(shape, Mapping) else None
                continue
            if isinstance(shape, Mapping) and part in shape:
                shape = shape[part]
                continue
            if isinstance(shape, Mapping) and self.check_names:
                below = ", ".join(sorted(shape)) or "nothing"
                self.report(node, f"unknown variable {_shown(path[:depth])}; {_shown(path[:depth - 1])} has: {below}")
                return
            if part in _VALUE_METHODS:
                self._report_method(node, part)
                return
            shape = None

    def _shape_of(self, node: nodes.Node, scope: _Scope) -> KnownShape:
        """What a value is, when it is a path of known names; None when it cannot be told (or is plain)."""
        path = _dotted_path(node)
        if path is None or str(path[0]) not in scope.names:
            return None
        shape = scope.names[str(path[0])]
        for part in path[1:]:
            if not isinstance(shape, Mapping):
                return None
            shape = shape.get(ITEMS) if isinstance(part, int) else shape.get(part)
        return shape

    def _check_shown(self, node: nodes.Node, scope: _Scope) -> None:
        """Only plain values become text: a group of values (``debtor``) or a list would fail when the call runs."""
        if isinstance(node, nodes.TemplateData):
            return
        if isinstance(node, nodes.Concat):
            for part in node.nodes:
                self._check_shown(part, scope)
            return
        if isinstance(node, nodes.CondExpr):
            for branch in (node.expr1, node.expr2):
                if branch is not None:
                    self._check_shown(branch, scope)
            return
        shape = self._shape_of(node, scope)
        if not isinstance(shape, Mapping):
            return
        path = _dotted_path(node)
        name = _shown(path) if path else "this value"
        if ITEMS in shape:
            self.report(node, f"{name} is a list and cannot be shown whole: loop over it "
                              f"({{% for item in {name} %}}) and show the item's parts")
        else:
            parts = ", ".join(f"{name}.{key}" for key in sorted(shape)) or "nothing"
            self.report(node, f"{name} is a group of values and cannot be shown whole; show one of: {parts}")

    def _report_hidden(self, node: nodes.Node, name: str) -> None:
        self.report(node, f"'{name}' is not allowed in script text: names starting with '_' reach Python internals")

    def _report_method(self, node: nodes.Node, name: str) -> None:
        self.report(node, f"'{name}' is not allowed in script text: it is a method, and script text calls nothing")

    @visit.register
    def _call(self, node: nodes.Call, scope: _Scope) -> None:
        self.report(node, "calling functions or methods (…()) is not allowed in script text")
        self.visit(node.node, scope)
        self._arguments(node, scope)

    @visit.register
    def _filter(self, node: nodes.Filter, scope: _Scope) -> None:
        if node.name not in ALLOWED_FILTERS:
            self.report(node, f"filter '{node.name}' is not allowed in script text; "
                              f"allowed: {', '.join(sorted(ALLOWED_FILTERS))}")
        for problem in filter_problems(node):
            self.report(node, problem)
        if node.node is not None and node.name in _SHOWS_TEXT:
            self._check_shown(node.node, scope)
        if node.node is not None and node.name == "join":
            items = self._shape_of(node.node, scope)
            if isinstance(items, Mapping) and isinstance(items.get(ITEMS), Mapping):
                self.report(node, "join shows plain values only; the items of this list are groups of values: "
                                  "loop over it and show their parts")
        self._arguments(node, scope)

    @visit.register
    def _test(self, node: nodes.Test, scope: _Scope) -> None:
        self._arguments(node, scope)

    def _arguments(self, node: nodes.Filter | nodes.Test | nodes.Call, scope: _Scope) -> None:
        if node.dyn_args is not None or node.dyn_kwargs is not None:
            self.report(node, "unpacking arguments (*args, **kwargs) is not allowed in script text")
        if node.node is not None and not isinstance(node, nodes.Call):
            self.visit(node.node, scope)
        self.visit_all(node.args, scope)
        self.visit_all([keyword.value for keyword in node.kwargs], scope)

    @visit.register
    def _binary(self, node: nodes.BinExpr, scope: _Scope) -> None:
        if isinstance(node, nodes.Pow):
            self.report(node, "** is not allowed in script text: it can build numbers too large to hold")
        if isinstance(node, nodes.Mod) and _is_text(node.left):
            self.report(node, "text formatting with % is not allowed in script text: use ~ to join text")
        if isinstance(node, nodes.Mul) and (_is_text(node.left) or _is_text(node.right)):
            self.report(node, "repeating text or lists with * is not allowed in script text")
        self.visit(node.left, scope)
        self.visit(node.right, scope)

    @visit.register
    def _unary(self, node: nodes.UnaryExpr, scope: _Scope) -> None:
        self.visit(node.node, scope)

    @visit.register
    def _concat(self, node: nodes.Concat, scope: _Scope) -> None:
        self._check_shown(node, scope)
        self.visit_all(node.nodes, scope)

    @visit.register
    def _compare(self, node: nodes.Compare, scope: _Scope) -> None:
        self.visit(node.expr, scope)
        self.visit_all([operand.expr for operand in node.ops], scope)

    @visit.register
    def _conditional(self, node: nodes.CondExpr, scope: _Scope) -> None:
        self.visit_all([part for part in (node.test, node.expr1, node.expr2) if part is not None], scope)

    @visit.register
    def _literal(self, node: nodes.List | nodes.Tuple | nodes.Dict, scope: _Scope) -> None:
        pairs = [(item.key, item.value) if isinstance(item, nodes.Pair) else (item,) for item in node.items]
        if not all(isinstance(value, nodes.Const) for pair in pairs for value in pair):
            self.report(node, "lists in script text may hold only fixed values, such as ['job_loss', 'illness']")

    @visit.register
    def _slice(self, node: nodes.Slice, scope: _Scope) -> None:
        for bound in (node.start, node.stop, node.step):
            if bound is not None and not (isinstance(bound, nodes.Const) and isinstance(bound.value, int)):
                self.report(node, "slices in script text take fixed numbers only, such as [:20]")
