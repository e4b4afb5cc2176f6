"""Typed answers to script questions: what the agent typed becomes a Decimal, a date, a choice id… or an error."""

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.scripts.model import AnswerKind, Question

MAX_TEXT_ANSWER = 1000
MAX_AMOUNT = Decimal("100000000")


class AnswerInvalid(ValueError):
    """The answer does not fit the question; the message says what is expected."""


def parse_answer(question: Question, value: Any) -> Any:
    parser = _PARSERS[question.kind]
    return parser(question, value)


def _choice(question: Question, value: Any) -> str:
    ids = [c.choice_id for c in question.choices]
    if value not in ids:
        raise AnswerInvalid(f"pick one of: {', '.join(ids)}")
    return str(value)


def _amount(question: Question, value: Any) -> Decimal:
    text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥$€").strip()
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise AnswerInvalid(f"'{value}' is not an amount; type digits, e.g. 1500.00") from None
    if not amount.is_finite() or amount < 0 or amount > MAX_AMOUNT:
        raise AnswerInvalid(f"the amount must be between 0 and {MAX_AMOUNT:,}")
    if amount != amount.quantize(Decimal("0.01")):
        raise AnswerInvalid("an amount has at most two decimals")
    low = Decimal(question.minimum) if question.minimum is not None else None
    high = Decimal(question.maximum) if question.maximum is not None else None
    if (low is not None and amount < low) or (high is not None and amount > high):
        raise AnswerInvalid(f"the amount must be between {low or 0} and {high or MAX_AMOUNT}")
    return amount.quantize(Decimal("0.01"))


def _date(question: Question, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise AnswerInvalid(f"'{value}' is not a date; use YYYY-MM-DD") from None


def _datetime(question: Question, value: Any) -> datetime:
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise AnswerInvalid(f"'{value}' is not a date and time; use YYYY-MM-DD HH:MM") from None
    if value.tzinfo is None:
        value = value.astimezone()  # the agent's local time
    return value


def _text(question: Question, value: Any) -> str:
    text = str(value).strip()
    if not text:
        raise AnswerInvalid("type an answer, or skip the step")
    if len(text) > MAX_TEXT_ANSWER:
        raise AnswerInvalid(f"an answer is at most {MAX_TEXT_ANSWER} characters; put the rest in the call note")
    return text


def _plan(question: Question, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping) or "kind" not in value or "total" not in value:
        raise AnswerInvalid("choose a plan in the plan calculator")
    return dict(value)


_PARSERS = {
    AnswerKind.CHOICE: _choice, AnswerKind.AMOUNT: _amount, AnswerKind.DATE: _date,
    AnswerKind.DATETIME: _datetime, AnswerKind.TEXT: _text, AnswerKind.PLAN: _plan,
}


def json_safe(value: Any) -> Any:
    """Answers as they are stored in the call log's JSON payloads: amounts and dates as text."""
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
