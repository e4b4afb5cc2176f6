"""Chinese resident identity number (居民身份证号码, GB 11643-1999) checks."""

from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def resident_id_check_char(first_17_digits: str) -> str:
    """The 18th character computed from the first 17 digits (ISO 7064 MOD 11-2)."""
    total = sum(int(d) * w for d, w in zip(first_17_digits, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def resident_id_problem(value: str) -> str | None:
    """Why ``value`` is not a valid 18-character resident ID, or None when it is valid."""
    text = value.strip().upper()
    if len(text) != 18:
        return f"must be 18 characters, got {len(text)}"
    if not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        return "must be 17 digits followed by a digit or X"
    try:
        date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        return f"birth date {text[6:14]} is not a real date"
    expected = resident_id_check_char(text[:17])
    if text[17] != expected:
        return f"checksum does not match (last character should be {expected})"
    return None


def birth_date_from_resident_id(value: str) -> date:
    text = value.strip()
    return date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
