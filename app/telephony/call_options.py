"""How the phone handles calls: auto-answer, ring timeout, session timers (RFC 4028), which DTMF method to send;
DTMF key checks.

Plain settings, checked when built: a bad value raises InvalidCallOptions saying what is wrong and what to write
instead. ``CallOptions.from_mapping`` reads the ``[calls]`` table of ``calldesk.toml``.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum

from app.safe_echo import echo_value

MIN_SESSION_EXPIRES_S = 90  # RFC 4028 minimum (Min-SE); pjsip refuses less
MAX_SESSION_EXPIRES_S = 86_400
MAX_AUTO_ANSWER_DELAY_MS = 60_000
MIN_RING_TIMEOUT_S, MAX_RING_TIMEOUT_S = 5, 600
_DTMF_KEYS = re.compile(r"^[0-9A-D*#]{1,64}$")


class InvalidCallOptions(ValueError):
    """A call setting with a bad value; the message names the key and the allowed values."""


class InvalidDtmf(ValueError):
    """Keys that cannot be sent as DTMF; the message says which are allowed (never the keys: a card number?)."""


def check_dtmf_digits(digits: str) -> str:
    """The keys upper-cased; raises InvalidDtmf for anything but 0-9, *, #, A-D (1 to 64 of them)."""
    cleaned = digits.strip().upper()
    if not _DTMF_KEYS.match(cleaned):
        raise InvalidDtmf(
            f"Only the keys 0-9, *, # and A-D can be sent, 1 to 64 at a time (got {len(digits)} character(s))."
        )
    return cleaned


class DtmfPreference(StrEnum):
    AUTO = "auto"  # RFC 2833 (in the audio stream) when the far end offered telephone-event, else SIP INFO
    RFC2833 = "rfc2833"  # RFC 2833 only
    SIP_INFO = "sip_info"  # SIP INFO (application/dtmf-relay) only


@dataclass(frozen=True)
class CallOptions:
    auto_answer: bool = False  # answer incoming calls by themselves (never a second call while one is live)
    auto_answer_delay_ms: int = 0
    session_timer: bool = True  # offer RFC 4028 session timers; the far end may decline them
    session_expires_s: int = 1800
    dtmf_method: DtmfPreference = DtmfPreference.AUTO
    ring_timeout_s: int = 45  # an incoming call not answered by then gets 480 and is logged as missed

    def __post_init__(self) -> None:
        _check_bool("auto_answer", self.auto_answer)
        _check_bool("session_timer", self.session_timer)
        _check_int("auto_answer_delay_ms", self.auto_answer_delay_ms, 0, MAX_AUTO_ANSWER_DELAY_MS)
        _check_int("session_expires_s", self.session_expires_s, MIN_SESSION_EXPIRES_S, MAX_SESSION_EXPIRES_S)
        _check_int("ring_timeout_s", self.ring_timeout_s, MIN_RING_TIMEOUT_S, MAX_RING_TIMEOUT_S)
        try:
            object.__setattr__(self, "dtmf_method", DtmfPreference(self.dtmf_method))
        except ValueError:
            allowed = ", ".join(f'"{p.value}"' for p in DtmfPreference)
            raise InvalidCallOptions(f'calls.dtmf_method is "{self.dtmf_method}": use one of {allowed}.') from None

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> "CallOptions":
        """From the ``[calls]`` table; missing keys keep their defaults, unknown keys are an error."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise InvalidCallOptions(
                f"Unknown key(s) in [calls]: {', '.join(unknown)}. Known keys: {', '.join(sorted(known))}."
            )
        return cls(**values)  # type: ignore[arg-type]  # the values were checked one by one above


def _check_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidCallOptions(f"calls.{name} is {echo_value(value)}: write true or false.")


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidCallOptions(f"calls.{name} is {echo_value(value)}: write a whole number from {low} to {high}.")
