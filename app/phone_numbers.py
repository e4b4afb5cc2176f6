"""Phone number parsing shared by CSV import, search and dialling, on Google's libphonenumber rules.

Numbers are stored in E.164 (+8613812345678). Chinese agents type numbers in national form
(13812345678, 010-12345678, 0755 1234 5678) or international (+86 138..., 0086 138...).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import phonenumbers

# phonenumbers (~60 modules, ~45 ms) is imported inside each function: the window paints before any number is
# parsed (app.desktop), and the first use pays for it once (the desktop's warm-up does, while the agent is idle).

DEFAULT_REGION = "CN"
MAX_INPUT_LENGTH = 40


class InvalidPhoneNumber(ValueError):
    """The text is not a phone number that can be stored or dialled; the message says why."""


def parse_phone_number(text: str, region: str = DEFAULT_REGION) -> "phonenumbers.PhoneNumber":
    """Parse and validate; raise InvalidPhoneNumber with a message an agent can act on."""
    import phonenumbers
    from phonenumbers import NumberParseException

    raw = text.strip()
    if not raw:
        raise InvalidPhoneNumber("The phone number is empty. Type a number such as 13812345678.")
    if len(raw) > MAX_INPUT_LENGTH:
        raise InvalidPhoneNumber(f"The phone number is too long ({len(raw)} characters).")
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as error:
        raise InvalidPhoneNumber(f"'{text}' is not a phone number ({error._msg}).") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(
            f"'{text}' is not a valid number for {phonenumbers.region_code_for_number(number) or region}: "
            "check the digits (a CN mobile has 11 digits starting with 1; a landline needs its area code)."
        )
    return number


def to_e164(text: str, region: str = DEFAULT_REGION) -> str:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    return phonenumbers.format_number(parse_phone_number(text, region), PhoneNumberFormat.E164)


def national_digits(e164: str) -> str:
    """The digits as dialled inside the country: +8613812345678 -> 13812345678, +861012345678 -> 01012345678."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    number = phonenumbers.parse(e164, None)
    formatted = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return "".join(ch for ch in formatted if ch.isdigit())


def phone_kind(e164: str) -> str:
    """'mobile', 'landline' or 'other'."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    number_type = phonenumbers.number_type(phonenumbers.parse(e164, None))
    if number_type in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        return "mobile"
    if number_type == PhoneNumberType.FIXED_LINE:
        return "landline"
    return "other"


def call_log_number(text: str, region: str = DEFAULT_REGION) -> str:
    """How the call log stores the other party's number: E.164 whenever ``text`` is a phone number (a caller ID
    in national form 13812345678 or 8613812345678, a typed 010-12345678), so inbound and outbound calls of one number
    are found and shown alike; anything else (a SIP user such as ``debtor``, a short code such as 10086,
    ``unknown``) as it is, trimmed."""
    raw = text.strip()
    try:
        return to_e164(raw, region)
    except InvalidPhoneNumber:
        return raw
