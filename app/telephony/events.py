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
    on_hold: bool  # held by either side
    held_by_remote: bool = False  # the far end put us on hold (its SDP says sendonly/inactive)


@dataclass(frozen=True)
class AudioDeviceStatus:
    """``description`` is English for the log; ``reason`` and the device names are for a translated message:
    "in_use" | "back" (the devices below are in use) | "null_chosen" | "not_found" | "failed" | "lost" | ""."""

    null_device: bool  # True when no sound card was found and the null device is used
    description: str
    reason: str = ""
    microphone: str = ""  # the devices in use ("" when none is open)
    speaker: str = ""
    ringer: str = ""


@dataclass(frozen=True)
class TelephonyError:
    """Something the agent must be told about (call failed to start, transport error...)."""

    call_key: str | None
    message: str


# -- media: recording, call quality, sound devices ----------------------------------------------------------


class RecordingState(StrEnum):
    RECORDING = "recording"
    PAUSED = "paused"  # nothing is written while paused: the file is shorter by the paused time
    STOPPED = "stopped"  # the file is closed; sha256 and duration_ms are set


@dataclass(frozen=True)
class RecordingStateChanged:
    call_key: str
    state: RecordingState
    path: str
    sha256: str | None = None  # hex digest of the closed WAV file (stopped only)
    duration_ms: int | None = None  # from the WAV header (stopped only)


@dataclass(frozen=True)
class CallQualitySample:
    """Measured every 2 s while a call is connected; MOS estimated with the E-model (app.domain.call_quality)."""

    call_key: str
    codec: str  # e.g. "PCMU/8000"
    rtt_ms: float | None  # None until the first RTCP report came back
    jitter_ms: float
    loss_percent: float  # of the packets expected since the previous sample
    mos: float


@dataclass(frozen=True)
class CallQualitySummary:
    """At the end of a call: ``summary`` is JSON-ready (samples, codec, mos_min, mos_avg, loss_percent_max...)."""

    call_key: str
    summary: dict[str, object]


@dataclass(frozen=True)
class SoundDevice:
    """A sound device the agent can pick; not an event. ``null`` is the silent stand-in that is always there."""

    name: str
    capture: bool
    playback: bool
    null: bool = False


@dataclass(frozen=True)
class HeadsetTestState:
    """The headset test (Settings): not an event, read when asked. ``kind`` "microphone" (record ~3 s, then hear it
    back after a second) or "speaker" (a short tone); ``phase`` "idle" | "recording" | "waiting" | "playing" |
    "done" | "failed"; ``problem`` says why a test failed or was refused: "in_call" | "no_device" |
    "not_in_use" | "stopped" (the device went away) | ""."""

    kind: str = ""
    phase: str = "idle"
    problem: str = ""


# -- calls: DTMF, mute, transfer, replaced calls (pjsua2_call_control) ----------------------------------------


class DtmfMethod(StrEnum):
    RFC2833 = "rfc2833"  # telephone-event packets in the audio stream
    SIP_INFO = "sip_info"  # SIP INFO requests (application/dtmf-relay)


@dataclass(frozen=True)
class DtmfReceived:
    """One key the far end pressed. Never log ``digit``: callers key in card numbers and PINs."""

    call_key: str
    digit: str
    method: DtmfMethod


@dataclass(frozen=True)
class DtmfSent:
    """Keys sent to the far end: how many, never which (they may be a card number)."""

    call_key: str
    digit_count: int
    method: DtmfMethod


@dataclass(frozen=True)
class MuteChanged:
    """The agent's microphone is (dis)connected from this call; the call itself goes on."""

    call_key: str
    muted: bool


@dataclass(frozen=True)
class TransferStatus:
    """Progress of a transfer of ``call_key`` (the far end's NOTIFYs): 100/180 then a final 200 or failure code.

    After a final 2xx the phone hangs the transferred call up (and the consultation call of an attended transfer).
    """

    call_key: str
    sip_code: int
    reason: str
    final: bool


@dataclass(frozen=True)
class CallReplaced:
    """An INVITE with Replaces took over ``old_call_key`` (someone transferred the far end to us, attended)."""

    old_call_key: str
    new_call_key: str
    remote_uri: str


@dataclass(frozen=True)
class RegistrationStateChanged:
    """A SIP account's registration: "registering" | "registered" | "failed" | "unregistered".

    ``plain_reason`` is for the agent ("wrong user or password", "registrar unreachable"... see
    registration_reasons); ``retry_in_s`` is when the phone tries again after a failure, None when it will not.
    """

    account: str
    state: str
    sip_code: int
    reason: str
    plain_reason: str
    retry_in_s: float | None = None


class PlaybackState(StrEnum):
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"  # stopped by the agent (or the phone shut down): the player is gone
    FINISHED = "finished"  # the end of the file was reached; the player stays, so it can be replayed or sought


@dataclass(frozen=True)
class PlaybackStateChanged:
    """An earlier call's recording playing to the agent's headset (pjsua2_playback); ``path`` is the WAV file."""

    state: PlaybackState
    path: str


TelephonyEvent = (
    CallStateChanged | IncomingCall | MediaStateChanged | AudioDeviceStatus | TelephonyError
    | RecordingStateChanged | CallQualitySample | CallQualitySummary
    | DtmfReceived | DtmfSent | MuteChanged | TransferStatus | CallReplaced
    | RegistrationStateChanged | PlaybackStateChanged
)
