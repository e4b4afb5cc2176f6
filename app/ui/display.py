"""How values read on screen: money, dates, times, durations and masked personal data, per language."""

from datetime import date, datetime
from decimal import Decimal

from app.domain.masking import mask_national_id, mask_phone
from app.domain.money import format_day, format_money

__all__ = ["money", "day", "moment", "short_moment", "duration", "masked_id", "masked_phone", "national_phone"]


def money(amount: Decimal, currency: str, language: str) -> str:
    return format_money(amount, currency, language)


def day(value: date, language: str) -> str:
    return format_day(value, language)


def moment(value: datetime, language: str) -> str:
    local = value.astimezone() if value.tzinfo else value
    return f"{format_day(local.date(), language)} {local:%H:%M}"


def short_moment(value: datetime, language: str, now: datetime | None = None) -> str:
    """For narrow columns: "14:05" today, "10 Nov 02:43" / "11月10日 02:43" this year, the date alone before."""
    local = value.astimezone() if value.tzinfo else value
    today = (now or datetime.now(local.tzinfo)).date()
    if local.date() == today:
        return f"{local:%H:%M}"
    if local.year != today.year:
        return format_day(local.date(), language)
    if language.startswith("zh"):
        return f"{local.month}月{local.day}日 {local:%H:%M}"
    return f"{local.day} {local:%b %H:%M}"


def duration(seconds: int | None) -> str:
    if seconds is None:
        return "–"
    minutes, secs = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def national_phone(e164: str) -> str:
    """+8613812345678 -> 138 1234 5678 (CN mobiles); other numbers as stored."""
    if e164.startswith("+861") and len(e164) == 14:
        digits = e164[3:]
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if e164.startswith("+86"):
        return "0" + e164[3:]
    return e164


def masked_phone(e164: str) -> str:
    return mask_phone(national_phone(e164).replace(" ", ""))


def masked_id(national_id: str) -> str:
    return mask_national_id(national_id)
