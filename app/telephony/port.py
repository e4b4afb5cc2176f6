"""The phone as the rest of CallDesk sees it: a small Protocol, implemented by pjsua2 and by a fake."""

from collections.abc import Callable, Sequence
from typing import Protocol

from app.telephony.call_options import CallOptions
from app.telephony.events import AudioDeviceStatus, HeadsetTestState, RegistrationStateChanged, SoundDevice, TelephonyEvent

EventListener = Callable[[TelephonyEvent], None]


class InvalidDialTarget(ValueError):
    """A number or SIP URI that cannot be dialled; the message says what is wrong and what to do."""


class PlaybackRefused(ValueError):
    """A recording that cannot be played now. ``reason`` (for a translated message): "missing" | "unreadable" |
    "not_wav" | "in_call" | "not_started"; the English message says what is wrong and what to do."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class TelephonyPort(Protocol):
    def start(self) -> None:
        """Create the SIP stack and transports. Raises RuntimeError with a readable message on failure."""

    def shutdown(self) -> None:
        """Hang up everything, release every pjsua2 object, destroy the library. Safe to call twice."""

    def pump(self) -> None:
        """On the GUI thread, never blocking: the SIP callbacks' posted work, the timed work, then the events to
        the listeners. The app pumps when woken (``set_wakeup``) and on a timer (see ``busy``)."""

    def add_listener(self, listener: EventListener) -> None:
        """Events are delivered on the thread that pumps the stack (the GUI thread in the app)."""

    def set_wakeup(self, wake: Callable[[], None]) -> None:
        """``wake`` is called, from any thread, when ``pump()`` has work (the app queues a pump on the GUI thread)."""

    @property
    def busy(self) -> bool:
        """``pump()`` has timed work (calls, recordings, playback): pump every few ms, not once a second."""

    def make_call(self, target: str) -> str:
        """Dial a number or SIP URI; returns the call key. Raises InvalidDialTarget before any INVITE."""

    def answer(self, call_key: str) -> None: ...

    def hangup(self, call_key: str) -> None:
        """Hang up or cancel; a no-op for calls already over."""

    def local_uri(self) -> str:
        """The SIP URI peers can reach this phone at, e.g. sip:agent@127.0.0.1:5070."""

    # -- call features: each is a no-op (logged) for a call that is over; SIP failures come as TelephonyError --

    def reject(self, call_key: str, busy: bool = False, *, unanswered: bool = False) -> None:
        """Refuse a ringing incoming call: 486 Busy Here when ``busy``, 480 Temporarily Unavailable when
        ``unanswered`` (the ring timeout, or CallDesk closing), else 603 Decline."""

    def hold(self, call_key: str) -> None:
        """re-INVITE with a=sendonly; MediaStateChanged(on_hold=True) follows."""

    def unhold(self, call_key: str) -> None:
        """Back to sendrecv; any other connected call is put on hold."""

    def set_muted(self, call_key: str, muted: bool) -> None:
        """Disconnect (or reconnect) the agent's microphone from the call; MuteChanged follows."""

    def send_dtmf(self, call_key: str, digits: str) -> None:
        """0-9 * # A-D: RFC 2833, or SIP INFO when the far end does not take RFC 2833. DtmfSent (a count) follows.
        Raises InvalidDtmf (a ValueError) for other keys."""

    def transfer_blind(self, call_key: str, target: str) -> None:
        """REFER to a number or SIP URI (InvalidDialTarget first); TransferStatus events, the call ends on 2xx."""

    def transfer_attended(self, call_key: str, consult_call_key: str) -> None:
        """REFER with Replaces: the far ends of both calls talk to each other and both calls end on 2xx."""

    def conference(self, call_keys: Sequence[str]) -> None:
        """Every listed (connected) call hears every other and the agent; held ones are taken off hold."""

    def set_call_options(self, options: CallOptions) -> None:
        """Auto-answer and the DTMF method apply at once; session timers from the next start."""

    # -- media: recording and sound devices --

    def start_recording(self, call_key: str) -> None:
        """Record both parties (on-demand policy); before the answer it starts at the answer. RecordingStateChanged."""

    def pause_recording(self, call_key: str) -> None:
        """E.g. while a card number is read out: nothing is written until resume_recording."""

    def resume_recording(self, call_key: str) -> None: ...

    def sound_devices(self) -> tuple[SoundDevice, ...]:
        """Capture and playback devices by name, the null device last."""

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        """Use these devices (names from sound_devices(); ``ringer`` "" = the speaker); an unknown or broken one
        falls back to the null device."""

    def microphone_level(self) -> float | None:
        """The microphone's loudest sample of the last 160 ms, in dBFS (-120 for digital silence); -inf while
        the sound rests between calls (it opens for the next call); None when no microphone runs. Cheap: read it on
        a timer (~10 Hz)."""

    def test_microphone(self, microphone: str, speaker: str) -> HeadsetTestState:
        """Record ~3 s from the microphone, then play it to the speaker after a second (no call); refused
        (phase "failed") during a call, without a device, or for devices other than those in use."""

    def test_speaker(self, speaker: str) -> HeadsetTestState:
        """A short tone on the speaker; refused as test_microphone."""

    def headset_test_state(self) -> HeadsetTestState:
        """Where the headset test is; the phone's pump moves it on."""

    # -- playback of an earlier call's recording to the agent's headset (never during a call) --

    def play_recording(self, path: str) -> None:
        """Play a WAV from the start (any other playback stops). Raises PlaybackRefused. PlaybackStateChanged."""

    def pause_playback(self) -> None: ...

    def resume_playback(self) -> None:
        """Go on from the pause, or from the start once finished. Raises PlaybackRefused("in_call") during a call."""

    def seek_playback(self, position_ms: int) -> None:
        """Move to ``position_ms`` (clamped to the recording); a paused or finished playback stays paused."""

    def stop_playback(self) -> None:
        """Stop and release the player; a no-op when nothing plays."""

    def playback_position(self) -> tuple[int, int] | None:
        """(position_ms, duration_ms) of the loaded recording; None when nothing is loaded."""

    # -- accounts --

    def registration_state(self, account: str) -> RegistrationStateChanged | None:
        """The last registration event of the named SIP account (None before the first, or for an unknown name)."""

    @property
    def using_null_audio(self) -> bool: ...
