"""Masking of personal data (ID numbers, card numbers, phones) for logs and roles that do not need it."""

import re

_DIGITS = re.compile(r"\d")


def mask_national_id(national_id: str) -> str:
    """Keep the first 3 and last 4 characters: 110***********1234."""
    value = national_id.strip()
    if len(value) <= 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_phone(phone: str) -> str:
    """Keep the first 3 and last 4 digits of a phone number: 138****5678 (+86 prefixes kept)."""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) <= 7:
        return phone[:-len(digits) or None] + "*" * len(digits) if digits else phone
    hide = set(digits[3:-4])
    return "".join("*" if i in hide else ch for i, ch in enumerate(phone))


def mask_card_number(card_number: str) -> str:
    """Keep the last 4 digits of a card number."""
    digits = _DIGITS.findall(card_number)
    return "**** **** **** " + "".join(digits[-4:]) if digits else card_number




_NUMBER_LIKE = re.compile(r"(?<!\d)\+?\d(?:[\- ]?\d){6,}[Xx]?(?!\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_DIGITS_TO_MASK = 7


def mask_digits_in_text(text: str) -> str:
    """Mask phone, ID and card numbers inside free text, e.g. before logging it.

    Any run of 7+ digits, with or without single spaces, hyphens or dots between them
    (138-1234-5678, 6222 0212 3456 7890, 11010519491231002X), keeps its first 3 and last 4 digits.
    ISO dates (2026-11-23) are left alone.
    """

    def _hide(match: re.Match[str]) -> str:
        whole = match.group(0)
        if _ISO_DATE.fullmatch(whole):
            return whole
        positions = [i for i, ch in enumerate(whole) if ch.isdigit() or ch in "Xx"]
        if len(positions) < MIN_DIGITS_TO_MASK:
            return whole
        hidden = set(positions[3:-4])
        return "".join("*" if i in hidden else ch for i, ch in enumerate(whole))

    return _NUMBER_LIKE.sub(_hide, text)
