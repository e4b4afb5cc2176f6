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




def mask_digits_in_text(text: str) -> str:
    """Mask every run of 11+ digits (phones, IDs, cards) inside free text, e.g. before logging it."""

    def _hide(match: re.Match[str]) -> str:
        whole = match.group(0)
        return whole[:3] + "*" * (len(whole) - 7) + whole[-4:]

    return re.sub(r"(?<![\dA-Za-z])\d{10,18}[\dXx]?(?![\dA-Za-z])", _hide, text)
