"""Render script text in a jinja2 sandbox: StrictUndefined, no attribute escapes, locale-aware filters."""

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from app.domain.money import format_day, format_money


class ScriptRenderError(ValueError):
    """The text of a stage could not be rendered; the message says which variable or construct failed."""


@lru_cache(maxsize=8)
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


@lru_cache(maxsize=512)
def _template(source: str, language: str) -> Template:
    """Compiled once per text and language: rendering is on the call path (the first stage shows at answer)."""
    return _environment(language).from_string(source)


def render_text(source: str, context: Mapping[str, Any], language: str) -> str:
    try:
        return _template(source, language).render(**context)
    except TemplateError as error:
        raise ScriptRenderError(f"cannot fill in the script text: {error}") from None
