"""Render script text and evaluate conditions in a hardened jinja2 sandbox.

Two walls. The static check (``template_safety``) runs first, cached, and refuses a template without running
it. What does run uses ``HardenedEnvironment``: no jinja helpers, no calls, no ``_`` names or methods, bounded
``+``/``*``/``~`` and filters, no ``**``, no text formatting with ``%``, output capped; any failure becomes
``ScriptRenderError`` with a plain message, never an exception into the call.

Every value a template shows passes ``escape_controls`` once, as it is printed: a debtor's name or address with
NUL, ESC or a bidi override shows as ``\x1b`` or ``\u202e`` in the pane and in ``scripts render``, never raw.
"""

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, cast

from jinja2 import StrictUndefined, Template, TemplateError, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.filters import FILTERS, do_capitalize, do_round, do_title, do_truncate, pass_environment
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from app.domain.money import format_day, format_money
from app.scripts.filter_arguments import MAX_ROUND_DIGITS
from app.scripts.template_safety import ALLOWED_FILTERS, KnownNames, KnownShape, expression_problems, template_problems

MAX_TEXT = 10_000  # characters (or items, or integer digits) any one value may grow to
MAX_OUTPUT = 20_000  # characters of rendered text

# AssertionError: jinja's truncate asserts its length; the static check refuses the written ones
_FAILURES = (TemplateError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError, RecursionError,
             MemoryError, AssertionError)
# C0 controls but tab and line feed, DEL and C1, zero-width and direction marks, line/paragraph separators,
# bidi embeddings, overrides and isolates, the BOM: characters that hide, reorder or drive a terminal
_UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e"
                                "\u2066-\u2069\ufeff]")
_RoundMethod = Literal["common", "ceil", "floor"]


class ScriptRenderError(ValueError):
    """The text of a stage could not be rendered; the message says which variable or construct failed."""


# -- bounded values -----------------------------------------------------------------------------------------------

def _too_long(what: str) -> SecurityError:
    return SecurityError(f"{what} would be longer than {MAX_TEXT:,} characters; script text is refused")


def _as_text(value: Any) -> str:
    """Plain values only: printing a list or an object could build text without limit."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, (int, float, Decimal, date, Undefined)):
        return str(value)  # StrictUndefined raises here, naming the variable
    raise SecurityError(f"a {type(value).__name__} cannot be shown as text; show its parts, or loop over it")


def escape_controls(text: str) -> str:
    """``text`` with control, bidi and invisible characters written as escapes (``\x1b``, ``\u202e``)."""
    return _UNSAFE_CHARACTERS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _printed(value: Any) -> str:
    """What ``{{ … }}`` shows: a plain value as text, with unsafe characters escaped."""
    return escape_controls(_as_text(value))


def _join_text(parts: Iterable[Any]) -> str:
    pieces: list[str] = []
    total = 0
    for part in parts:
        text = _as_text(part)
        total += len(text)
        if total > MAX_TEXT:
            raise _too_long("joined text")
        pieces.append(text)
    return "".join(pieces)


def _length(value: Any) -> int:
    """Characters or items a value holds; for integers, roughly their digits."""
    if isinstance(value, (str, list, tuple)):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3
    return 0


def _result_length(operator: str, left: Any, right: Any) -> int:
    """How long ``left <operator> right`` would be, worked out without computing it."""
    if operator == "+" or (isinstance(left, int) and isinstance(right, int)):
        return _length(left) + _length(right)
    sequence, count = (left, right) if isinstance(right, int) else (right, left)
    return _length(sequence) * count if isinstance(count, int) else 0


# -- filters ------------------------------------------------------------------------------------------------------

def _separated(items: Iterable[Any], separator: Any) -> Iterator[Any]:
    for index, item in enumerate(items):
        if index:
            yield separator
        yield item


def _join(items: Iterable[Any], separator: Any = "") -> str:
    return _join_text(_separated(items, separator))


def _replace(value: Any, old: Any, new: Any, count: int | None = None) -> str:
    text, old_text, new_text = _as_text(value), _as_text(old), _as_text(new)
    hits = text.count(old_text) if count is None else min(text.count(old_text), max(count, 0))
    if len(text) + hits * (len(new_text) - len(old_text)) > MAX_TEXT:
        raise _too_long("replaced text")
    return text.replace(old_text, new_text, -1 if count is None else count)


def _round(value: Any, precision: int = 0, method: str = "common") -> float:
    if not 0 <= precision <= MAX_ROUND_DIGITS:
        raise ValueError(f"round to between 0 and {MAX_ROUND_DIGITS} digits")
    if method not in ("common", "ceil", "floor"):
        raise ValueError("round by common, ceil or floor")
    return do_round(value, precision, cast(_RoundMethod, method))


@pass_environment
def _truncate(environment: Any, value: Any, length: int = 255, killwords: bool = False, end: Any = "...",
              leeway: int | None = None) -> str:
    return do_truncate(environment, _as_text(value), length, killwords, _as_text(end), leeway)


def _on_text(function: Callable[..., str]) -> Callable[..., str]:
    return lambda value, *args: function(_as_text(value), *args)


def _filters(language: str) -> dict[str, Callable[..., Any]]:
    """Exactly the filters ``template_safety.ALLOWED_FILTERS`` names, each unable to build unbounded text."""
    filters: dict[str, Callable[..., Any]] = {name: FILTERS[name] for name in (
        "int", "abs", "length", "count", "default", "d", "first", "last")}
    filters.update(
        money=lambda amount, currency="CNY": format_money(Decimal(amount), _as_text(currency), language),
        day=lambda value: format_day(value, language) if isinstance(value, date) else _as_text(value),
        upper=_on_text(str.upper), lower=_on_text(str.lower), title=_on_text(do_title),
        capitalize=_on_text(do_capitalize), trim=_on_text(str.strip),
        replace=_replace, truncate=_truncate, round=_round, join=_join,
    )
    assert filters.keys() == ALLOWED_FILTERS
    return filters


# -- the environment ----------------------------------------------------------------------------------------------

class _BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a length-checked join instead of jinja's unbounded one."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concat((")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


class HardenedEnvironment(SandboxedEnvironment):
    """A sandbox for untrusted script text: what it may run is bounded in time, memory and reach."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BoundedCodeGenerator
    concat = staticmethod(_join_text)  # ~, {% set %} blocks and every other joined body

    def __init__(self, language: str) -> None:
        # optimized=False: nothing in a template is evaluated while compiling it
        super().__init__(undefined=StrictUndefined, autoescape=False, optimized=False, finalize=_printed)
        self.globals.clear()  # range, dict, lipsum, cycler, joiner, namespace
        self.filters = _filters(language)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        return not attr.startswith("_") and not callable(value) and super().is_safe_attribute(obj, attr, value)

    def is_safe_callable(self, obj: Any) -> bool:
        return False  # script text calls nothing: no methods, no macros, no loop.cycle

    def getattr(self, obj: Any, attribute: str) -> Any:
        if attribute.startswith("_"):
            return self.unsafe_undefined(obj, attribute)
        if isinstance(obj, Mapping) and attribute in obj:
            return obj[attribute]  # data first: answers.items is the answer, not dict.items
        return self._no_callables(obj, attribute, super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(argument, str) and argument.startswith("_"):
            return self.unsafe_undefined(obj, argument)
        return self._no_callables(obj, argument, super().getitem(obj, argument))

    def _no_callables(self, obj: Any, name: Any, value: Any) -> Any:
        """Also catches the ``str.format`` wrapper the base class hands out before its own check."""
        if callable(value) and not isinstance(value, Undefined):
            return self.unsafe_undefined(obj, str(name))
        return value

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**":
            raise SecurityError("** is not allowed in script text")
        if operator == "%" and isinstance(left, str):
            raise SecurityError("text formatting with % is not allowed in script text")
        if operator == "*" and any(isinstance(side, (list, tuple)) for side in (left, right)):
            raise SecurityError("lists cannot be repeated with * in script text")
        if operator in ("*", "+") and _result_length(operator, left, right) > MAX_TEXT:
            raise _too_long(f"the result of {operator}")
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=8)
def _environment(language: str) -> HardenedEnvironment:
    return HardenedEnvironment(language)


# -- public API ---------------------------------------------------------------------------------------------------

FrozenShape = tuple[tuple[str, "FrozenShape | None"], ...]


def _freeze(shape: KnownShape) -> FrozenShape | None:
    return None if shape is None else tuple(sorted((name, _freeze(below)) for name, below in shape.items()))


def _thaw(frozen: FrozenShape | None) -> dict[str, Any] | None:
    return None if frozen is None else {name: _thaw(below) for name, below in frozen}


@lru_cache(maxsize=1024)
def _refusal(source: str, known: FrozenShape | None, is_condition: bool) -> str | None:
    """The static verdict, once per text: rendering is on the call path."""
    check = expression_problems if is_condition else template_problems
    problems = check(source, _thaw(known))
    if not problems:
        return None
    return "refused: " + "; ".join(f"line {p.line}: {p.message}" if p.line else p.message for p in problems)


def _refuse_unsafe(source: str, known: KnownNames | None, is_condition: bool) -> None:
    refusal = _refusal(source, None if known is None else _freeze(known), is_condition)
    if refusal is not None:
        raise ScriptRenderError(refusal)


def template_problem(source: str) -> str | None:
    """A syntax problem in the template, or None."""
    try:
        _environment("en").parse(source)
    except TemplateError as error:
        line = getattr(error, "lineno", None)
        return f"template error{f' on line {line}' if line else ''}: {error}"
    return None


@lru_cache(maxsize=512)
def _template(source: str, language: str) -> Template:
    """Compiled once per text and language: rendering is on the call path (the first stage shows at answer)."""
    return _environment(language).from_string(source)


def render_text(source: str, context: Mapping[str, Any], language: str, known: KnownNames | None = None) -> str:
    """The text filled in from ``context``.

    Refused without running ("refused: …") when the static check finds anything unsafe, or, given ``known``,
    any variable outside it. Raises ``ScriptRenderError`` for every failure.
    """
    _refuse_unsafe(source, known, is_condition=False)
    try:
        return _bounded_output(_template(source, language).generate(**context))
    except _FAILURES as error:
        raise ScriptRenderError(f"cannot fill in the script text: {_plain(error)}") from None


def evaluate_condition(source: str, variables: Mapping[str, Any], known: KnownNames | None = None) -> bool:
    """A transition condition such as ``answers.reason == 'dispute' and verified``, refused and run like text."""
    _refuse_unsafe(source, known, is_condition=True)
    try:
        return bool(_condition(source)(**variables))
    except _FAILURES as error:
        raise ScriptRenderError(f"cannot evaluate the condition: {_plain(error)}") from None


@lru_cache(maxsize=512)
def _condition(source: str) -> Callable[..., Any]:
    return _environment("en").compile_expression(source, undefined_to_none=False)


def _bounded_output(pieces: Iterator[str]) -> str:
    """Stops the template as soon as its text passes MAX_OUTPUT."""
    collected: list[str] = []
    total = 0
    for piece in pieces:
        total += len(piece)
        if total > MAX_OUTPUT:
            raise SecurityError(f"the text would be longer than {MAX_OUTPUT:,} characters")
        collected.append(piece)
    return "".join(collected)


def _plain(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "the text calls itself without end"
    if isinstance(error, MemoryError):
        return "the text would not fit in memory"
    return str(error) or type(error).__name__
