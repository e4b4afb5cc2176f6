"""What a registration result means to an agent, and when to try again. Plain Python, no pjsua2.

The plain reasons are short lower-case phrases the window shows next to the account (and the README's
Softphone section explains): the agent, or the person who set up the PBX, can act on each of them.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field

WRONG_CREDENTIALS = "wrong user or password"
UNKNOWN_USER = "unknown user"
UNREACHABLE = "registrar unreachable"
NO_PASSWORD = "no password stored"
REGISTERED = "registered"
UNREGISTERED = "not registered"

AUTH_FAILURES = frozenset({401, 403, 407})
UNREACHABLE_CODES = frozenset({408, 502, 503, 504})
# Words pjsip puts in the reason of a failure that never reached the registrar (no SIP response at all).
_NETWORK_WORDS = ("transport", "timeout", "timed out", "connect", "refused", "unreachable", "no route", "resolve", "dns")


def plain_reason(code: int, reason: str, *, password_stored: bool = True) -> str:
    """The plain reason for a REGISTER result: e.g. 401 -> "wrong user or password", 408 -> "registrar unreachable".

    ``code`` 0 means no SIP response came (pjsip could not even send); ``reason`` is pjsip's text then.
    """
    if 200 <= code < 300:
        return REGISTERED
    if code in AUTH_FAILURES:
        return WRONG_CREDENTIALS if password_stored else NO_PASSWORD
    if code == 404:
        return UNKNOWN_USER
    if code in UNREACHABLE_CODES:
        return UNREACHABLE
    if code == 0 or (code >= 700 and _sounds_like_network(reason)):
        return UNREACHABLE
    return reason.strip() or f"SIP error {code}"


def is_worth_retrying(code: int) -> bool:
    """Retry unless the registrar rejected who we are (401/403/404/407): the same password fails again, and
    repeating it can get the office's address blocked by the PBX (fail2ban). The agent fixes it and reconnects.
    """
    return code not in AUTH_FAILURES and code != 404


def _sounds_like_network(reason: str) -> bool:
    lowered = reason.lower()
    return any(word in lowered for word in _NETWORK_WORDS)


@dataclass
class RetryBackoff:
    """Seconds to wait before the next REGISTER after a failure: 2, 4, 8, 16, 30, 30... (doubling, capped).

    Each delay is shortened by up to ``jitter`` (20 %) so a room of phones that lost the same registrar does not
    come back in step; it never exceeds ``cap_s``, so a registrar that returns is retried within ``cap_s``.
    """

    first_s: float = 2.0
    cap_s: float = 30.0
    jitter: float = 0.2
    random_fraction: Callable[[], float] = field(default=random.random, repr=False)
    failures: int = 0

    def next_delay(self) -> float:
        """The delay after one more failure."""
        self.failures += 1
        full = min(self.first_s * 2 ** min(self.failures - 1, 32), self.cap_s)
        return full * (1.0 - self.jitter * self.random_fraction())

    def reset(self) -> None:
        """After a success the next failure starts again at ``first_s``."""
        self.failures = 0
