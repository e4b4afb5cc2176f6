"""Where a typed number goes: the simulated debtor line in demo mode, the SIP domain otherwise."""

from typing import Protocol

from app.telephony.dial_target import normalize_dial_target
from app.telephony.port import InvalidDialTarget


class LineAddress(Protocol):
    def ensure_started(self) -> str:
        """Start the line if needed and return its host:port."""


class DialRouter:
    def __init__(self, *, demo_line: LineAddress | None = None, dial_prefix: str = "", sip_domain: str = "127.0.0.1",
                 dial_format: str = "national") -> None:
        self._demo_line = demo_line
        self._dial_prefix = dial_prefix
        self._sip_domain = sip_domain
        self._dial_format = dial_format  # [sip] dial_format: "national" or "e164"

    def problem(self, text: str) -> str | None:
        """Why the text cannot be dialled, or None; checked at the field, before any INVITE."""
        try:
            normalize_dial_target(text, dial_prefix=self._dial_prefix, default_domain=self._sip_domain,
                                  dial_format=self._dial_format)
        except InvalidDialTarget as error:
            return str(error)
        return None

    def route(self, text: str) -> str:
        """The SIP URI to send the INVITE to. Raises InvalidDialTarget with a readable message."""
        domain = self._sip_domain
        if self._demo_line is not None and not text.strip().lower().startswith(("sip:", "sips:")):
            domain = self._demo_line.ensure_started()
        return normalize_dial_target(text, dial_prefix=self._dial_prefix, default_domain=domain,
                                     dial_format=self._dial_format)
