"""Turn what an agent typed (a phone number or a SIP URI) into one SIP URI, or say why it cannot be dialled.

Everything is checked here, before the SIP stack sees it, so a bad target never produces an INVITE.
Phone numbers go through app.phone_numbers (libphonenumber rules); SIP URIs are checked strictly against
the part of RFC 3261 an agent needs: ``sip:user@host[:port][;param[=value]]...``.
"""

import ipaddress
import re
import unicodedata

from app.phone_numbers import InvalidPhoneNumber, national_digits, parse_phone_number
from app.telephony.port import InvalidDialTarget

MAX_URI_LENGTH = 256
MAX_USER_LENGTH = 64
MAX_PARAMS = 10
HOME_REGION = "CN"
DIAL_FORMATS = ("national", "e164")  # [sip] dial_format: what the PBX receives for a phone number
EXAMPLES = "a number such as 13812345678 or 010-12345678, or a SIP address such as sip:debtor@127.0.0.1:5070"

_USER = re.compile(r"(?:[A-Za-z0-9\-_.!~*'()&=+$,/]|%[0-9A-Fa-f]{2})+")
_PARAM_CHARS = re.compile(r"(?:[A-Za-z0-9\-_.!~*'()\[\]/:&+$]|%[0-9A-Fa-f]{2})+")
_HOST_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_DIAL_PREFIX = re.compile(r"[0-9*#]{0,8}")
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def normalize_dial_target(text: str, dial_prefix: str = "", default_domain: str = "127.0.0.1",
                          dial_format: str = "national") -> str:
    """Return the SIP URI to dial for ``text``; raise InvalidDialTarget with a message the agent can act on.

    Numbers are dialled after ``dial_prefix``, at ``default_domain`` (``host`` or ``host:port``), as
    ``dial_format`` says: "national" = the digits dialled inside China (``13812345678``, ``01012345678``; foreign
    numbers as ``00`` + country code + number), "e164" = ``+8613812345678`` for every number.
    """
    if not isinstance(text, str):
        raise InvalidDialTarget(f"Nothing to dial. Type {EXAMPLES}.")
    raw = text.strip()
    if not raw:
        raise InvalidDialTarget(f"Nothing to dial. Type {EXAMPLES}.")
    if len(raw) > MAX_URI_LENGTH:
        raise InvalidDialTarget(f"What you typed is too long ({len(raw)} characters, at most {MAX_URI_LENGTH}).")
    raw = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in raw)
    bad = next((ch for ch in raw if unicodedata.category(ch) in _INVISIBLE), None)
    if bad is not None:
        raise InvalidDialTarget(
            f"What you typed contains an invisible or control character (U+{ord(bad):04X}). Retype it by hand."
        )
    scheme, colon, _rest = raw.partition(":")
    if colon and scheme.lower() in ("sip", "sips", "tel", "http", "https"):
        return _checked_sip_uri(raw)
    if "@" in raw:
        raise InvalidDialTarget(f"'{raw}' looks like a SIP address without 'sip:'. Type it as sip:{raw}")
    return _number_uri(raw, dial_prefix, default_domain, dial_format)


def _number_uri(raw: str, dial_prefix: str, default_domain: str, dial_format: str) -> str:
    if dial_format not in DIAL_FORMATS:
        raise InvalidDialTarget(
            f"The dial format in the settings ('{dial_format}') must be one of {', '.join(DIAL_FORMATS)}. Fix the setting."
        )
    if not _DIAL_PREFIX.fullmatch(dial_prefix):
        raise InvalidDialTarget(
            f"The dial prefix in the settings ('{dial_prefix}') may only hold up to 8 digits, * or #. Fix the setting."
        )
    _check_host_port(default_domain, "the default SIP domain in the settings")
    import phonenumbers  # here, not at the top: off the path to the window's first paint (app.phone_numbers)
    from phonenumbers import PhoneNumberFormat

    try:
        number = parse_phone_number(raw)
    except InvalidPhoneNumber as error:
        raise InvalidDialTarget(f"{error} Or type a SIP address such as sip:debtor@127.0.0.1:5070.") from None
    if number.extension:
        raise InvalidDialTarget(
            f"'{raw}' has an extension ({number.extension}), which cannot be dialled yet. "
            "Dial the main number and ask for the extension."
        )
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if dial_format == "e164":
        digits = e164
    elif phonenumbers.region_code_for_number(number) == HOME_REGION:
        digits = national_digits(e164)
    else:
        dialled = phonenumbers.format_out_of_country_calling_number(number, HOME_REGION)
        digits = "".join(ch for ch in dialled if ch.isdigit())
    return f"sip:{dial_prefix}{digits}@{default_domain}"


def _checked_sip_uri(raw: str) -> str:
    scheme, _, rest = raw.partition(":")
    if scheme.lower() != "sip":
        raise InvalidDialTarget(
            f"'{scheme}:' addresses cannot be dialled here. Type a SIP address such as sip:debtor@127.0.0.1:5070."
        )
    if " " in rest:
        raise InvalidDialTarget("A SIP address cannot contain spaces. Remove them, e.g. sip:debtor@127.0.0.1:5070.")
    if "?" in rest:
        raise InvalidDialTarget("SIP addresses with '?headers' are not allowed. Remove everything from '?' on.")
    user, at, host_part = rest.rpartition("@")
    if not at:
        raise InvalidDialTarget(f"'{raw}' has no user part. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1:5070.")
    _check_user(user)
    host_port, *params = host_part.split(";")
    _check_host_port(host_port, "the SIP address")
    _check_params(params)
    return "sip:" + rest


def _check_user(user: str) -> None:
    if not user:
        raise InvalidDialTarget("The SIP address has nothing before '@'. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1.")
    if len(user) > MAX_USER_LENGTH:
        raise InvalidDialTarget(f"The user part of the SIP address is too long (at most {MAX_USER_LENGTH} characters).")
    if not _USER.fullmatch(user):
        raise InvalidDialTarget(
            f"The user part '{user}' may only hold letters, digits and - _ . ! ~ * ' ( ) & = + $ , / or %XX escapes."
        )


def _check_host_port(host_port: str, where: str) -> None:
    """Accept ``host``, ``host:port``, ``[IPv6]`` or ``[IPv6]:port``; host is a hostname or a dotted IPv4."""
    if host_port.startswith("["):
        host, bracket, port_text = host_port[1:].partition("]")
        if not bracket:
            raise InvalidDialTarget(f"The IPv6 address in {where} is missing its closing ']'.")
        if "%" in host:
            raise InvalidDialTarget(f"IPv6 zone ids ('%...') are not allowed in {where}.")
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            raise InvalidDialTarget(f"'{host}' in {where} is not a valid IPv6 address.") from None
        if port_text and not port_text.startswith(":"):
            raise InvalidDialTarget(f"Only ':PORT' may follow the IPv6 address in {where}.")
        port: str | None = port_text[1:] if port_text else None
    else:
        if host_port.count(":") > 1:
            raise InvalidDialTarget(f"An IPv6 address in {where} must be written in brackets, e.g. [::1]:5070.")
        host, colon, port_text = host_port.partition(":")
        port = port_text if colon else None
        _check_host(host, where)
    if port is not None:
        _check_port(port, where)


def _check_host(host: str, where: str) -> None:
    if not host:
        raise InvalidDialTarget(f"The host in {where} is empty. Type a host such as 127.0.0.1 or pbx.example.com.")
    if len(host) > 253:
        raise InvalidDialTarget(f"The host in {where} is too long.")
    labels = host.split(".")
    if all(label.isascii() and label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            raise InvalidDialTarget(f"'{host}' in {where} is not a valid IPv4 address (four numbers 0-255).") from None
        return
    if not all(_HOST_LABEL.fullmatch(label) for label in labels) or labels[-1].isdigit():
        raise InvalidDialTarget(
            f"'{host}' in {where} is not a valid host name. Use letters, digits, '-' and '.', e.g. pbx.example.com."
        )


def _check_port(digits: str, where: str) -> None:
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 5 and 1 <= int(digits) <= 65535):
        raise InvalidDialTarget(f"The port '{digits}' in {where} must be a number from 1 to 65535.")


def _check_params(params: list[str]) -> None:
    if len(params) > MAX_PARAMS:
        raise InvalidDialTarget(f"The SIP address has too many ';' parameters (at most {MAX_PARAMS}).")
    for param in params:
        name, eq, value = param.partition("=")
        if not name or not _PARAM_CHARS.fullmatch(name) or (eq and not _PARAM_CHARS.fullmatch(value)):
            raise InvalidDialTarget(
                f"The parameter ';{param}' is not valid. Parameters look like ;transport=udp (no spaces, no empty names)."
            )
