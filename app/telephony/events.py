"""Typed, plain telephony events. pjsua2 callbacks copy what they need into these and hand them on."""

from dataclasses import dataclass
from enum import StrEnum


class CallState(StrEnum):
    CALLING = "calling"  # INVITE sent
    INCOMING = "incoming"  # INVITE received, not yet answered
    EARLY = "early"  # ringing / early media
    CONNECTING = "connecting"  # answered, waiting for ACK
    CONFIRMED = "confirmed"  # talking
    DISCONNECTED = "disconnected"  # over (BYE, CANCEL, error)


@dataclass(frozen=True)
class CallStateChanged:
    call_key: str  # the adapter's own id for the call (stable uuid4 hex), never a pjsua2 index
    state: CallState
    remote_uri: str
    sip_code: int
    reason: str


@dataclass(frozen=True)
class IncomingCall:
    call_key: str
    remote_uri: str
    caller_number: str  # user part of the From URI, sanitised
    display_name: str  # sanitised: control characters stripped, length capped


@dataclass(frozen=True)
class MediaStateChanged:
    call_key: str
    audio_active: bool
    on_hold: bool


@dataclass(frozen=True)
class AudioDeviceStatus:
    null_device: bool  # True when no sound card was found and the null device is used
    description: str


@dataclass(frozen=True)
class TelephonyError:
    """Something the agent must be told about (call failed to start, transport error...)."""

    call_key: str | None
    message: str


TelephonyEvent = CallStateChanged | IncomingCall | MediaStateChanged | AudioDeviceStatus | TelephonyError
