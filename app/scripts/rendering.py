"""Render script text in a jinja2 sandbox: StrictUndefined, no attribute escapes, locale-aware filters."""

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from app.domain.money import format_day, format_money


class ScriptRenderError(ValueError):
    """The text of a stage could not be rendered; the message says which variable or construct failed."""


def _environment(language: str) -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters["money"] = lambda amount, currency="CNY": format_money(Decimal(amount), currency, language)
    env.filters["day"] = lambda value: format_day(value, language) if isinstance(value, date) else str(value)
    return env


def template_problem(source: str) -> str | None:
    """A syntax problem in the template, or None."""
    try:
        _environment("en").parse(source)
    except TemplateError as error:
        line = getattr(error, "lineno", None)
        return f"template error{f' on line {line}' if line else ''}: {error}"
    return None


def render_text(source: str, context: Mapping[str, Any], language: str) -> str:
    try:
        return _environment(language).from_string(source).render(**context)
    except TemplateError as error:
        raise ScriptRenderError(f"cannot fill in the script text: {error}") from None
