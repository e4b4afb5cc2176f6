"""The phone as the rest of CallDesk sees it: a small Protocol, implemented by pjsua2 and by a fake."""

from collections.abc import Callable
from typing import Protocol

from app.telephony.events import TelephonyEvent

EventListener = Callable[[TelephonyEvent], None]


class InvalidDialTarget(ValueError):
    """A number or SIP URI that cannot be dialled; the message says what is wrong and what to do."""


class TelephonyPort(Protocol):
    def start(self) -> None:
        """Create the SIP stack and transports. Raises RuntimeError with a readable message on failure."""

    def shutdown(self) -> None:
        """Hang up everything, release every pjsua2 object, destroy the library. Safe to call twice."""

    def pump(self) -> None:
        """Run pending SIP/media work without blocking (libHandleEvents(0)); called by a QTimer in the app."""

    def add_listener(self, listener: EventListener) -> None:
        """Events are delivered on the thread that pumps the stack (the GUI thread in the app)."""

    def make_call(self, target: str) -> str:
        """Dial a number or SIP URI; returns the call key. Raises InvalidDialTarget before any INVITE."""

    def answer(self, call_key: str) -> None: ...

    def hangup(self, call_key: str) -> None:
        """Hang up or cancel; a no-op for calls already over."""

    def local_uri(self) -> str:
        """The SIP URI peers can reach this phone at, e.g. sip:agent@127.0.0.1:5070."""

    @property
    def using_null_audio(self) -> bool: ...
