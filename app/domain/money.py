"""Money and date display per language, Decimal only."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "HKD": "HK$"}
CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str = "CNY", language: str = "zh_CN") -> str:
    """¥12,345.60 in either language; unknown currencies are shown by code (12,345.60 JPY)."""
    text = f"{to_cents(amount):,.2f}"
    symbol = _SYMBOLS.get(currency)
    if symbol is None:
        return f"{text} {currency}"
    if amount < 0:
        return f"-{symbol}{text[1:]}"
    return f"{symbol}{text}"


def format_day(day: date, language: str = "zh_CN") -> str:
    """2026年11月23日 in Chinese, 23 Nov 2026 in English."""
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return day.strftime("%d %b %Y").lstrip("0")
