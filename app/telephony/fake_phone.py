"""A phone with no network, for fast widget tests: the test plays the far end. Never a substitute for SIP tests."""

import uuid
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

from app.telephony.call_options import CallOptions, check_dtmf_digits
from app.telephony.dial_target import normalize_dial_target
from app.telephony.events import (
    AudioDeviceStatus,
    CallState,
    CallStateChanged,
    DtmfMethod,
    DtmfReceived,
    DtmfSent,
    HeadsetTestState,
    IncomingCall,
    MediaStateChanged,
    MuteChanged,
    PlaybackState,
    PlaybackStateChanged,
    RecordingState,
    RecordingStateChanged,
    RegistrationStateChanged,
    SoundDevice,
    TelephonyEvent,
    TransferStatus,
)
from app.telephony.port import EventListener, PlaybackRefused


class FakePhone:
    def __init__(self) -> None:
        self._listeners: list[EventListener] = []
        self._queue: list[TelephonyEvent] = []
        self._wake: Callable[[], None] = lambda: None
        self.calls: dict[str, str] = {}  # call key -> remote URI, for calls not yet over
        self.ringing_in: set[str] = set()  # incoming calls not yet answered
        self.dialled: list[str] = []
        self.started = False
        self.held: set[str] = set()
        self.muted: set[str] = set()
        self.conferenced: set[str] = set()
        self.call_options = CallOptions()
        self.recordings: dict[str, RecordingState] = {}  # call key -> state, for recorded calls not yet over
        self.registrations: dict[str, RegistrationStateChanged] = {}  # account name -> last event
        self.transfer_answer: tuple[int, str] = (200, "OK")  # the final NOTIFY the transfer target sends
        self.playback: PlaybackState | None = None  # the loaded recording's state; None when nothing is loaded
        self.playback_path = ""
        self.playback_ms = 0  # moved by the test (playback_advances), as the bridge's clock would
        self.playback_duration_ms = 0
        self.devices: list[SoundDevice] = [SoundDevice("Fake headset", capture=True, playback=True)]  # tests plug
        self.selected_devices: list[tuple[str, str, str]] = []  # (capture, playback, ringer) per select
        self.echo_cancellation = "auto"
        self.microphone_dbfs: float | None = None  # what microphone_level reports; the test sets it
        self.headset_test = HeadsetTestState()  # moved on by the test (finish_headset_test)
        self.headset_tests: list[tuple[str, str, str]] = []  # (kind, microphone, speaker) asked for

    def start(self) -> None:
        self.started = True
        self._push(AudioDeviceStatus(null_device=True, description="fake phone"))

    def shutdown(self) -> None:
        """As the pjsua2 phone: every call ends (480 to a ringing incoming one) and is reported before it returns."""
        for call_key in list(self.calls):
            if call_key in self.ringing_in:
                self.reject(call_key, unanswered=True)
            else:
                self.hangup(call_key)
        self.pump()
        self.started = False
        self.calls.clear()

    def pump(self) -> None:
        if self.calls and self.playback is PlaybackState.PLAYING:  # as the pjsua2 phone: a call pauses playback
            self._playback(PlaybackState.PAUSED)
        queued, self._queue = self._queue, []
        for event in queued:
            for listener in list(self._listeners):
                listener(event)

    def add_listener(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    def set_wakeup(self, wake: Callable[[], None]) -> None:
        self._wake = wake

    @property
    def busy(self) -> bool:
        return bool(self.calls) or self.playback is PlaybackState.PLAYING

    def _push(self, event: TelephonyEvent) -> None:
        """Queue ``event`` and wake the app, as the pjsua2 phone's SIP thread does."""
        self._queue.append(event)
        self._wake()

    def make_call(self, target: str) -> str:
        uri = normalize_dial_target(target)
        key = uuid.uuid4().hex
        self.calls[key] = uri
        self.dialled.append(uri)
        self._state(key, CallState.CALLING, 0, "")
        return key

    def answer(self, call_key: str) -> None:
        self.ringing_in.discard(call_key)
        self._state(call_key, CallState.CONFIRMED, 200, "OK")

    def hangup(self, call_key: str) -> None:
        if call_key in self.calls:
            self._state(call_key, CallState.DISCONNECTED, 200, "Normal call clearing")
            del self.calls[call_key]
            self.ringing_in.discard(call_key)
            self._stop_recording(call_key)

    # Call features: what the pjsua2 phone would report, at once.
    def reject(self, call_key: str, busy: bool = False, *, unanswered: bool = False) -> None:
        if call_key in self.calls:
            code, reason = (486, "Busy Here") if busy else (480, "Temporarily Unavailable") if unanswered else (
                603, "Decline")
            self._state(call_key, CallState.DISCONNECTED, code, reason)
            del self.calls[call_key]
            self.ringing_in.discard(call_key)

    def hold(self, call_key: str) -> None:
        if call_key in self.calls and call_key not in self.held:
            self.held.add(call_key)
            self.conferenced.discard(call_key)
            self._push(MediaStateChanged(call_key, audio_active=False, on_hold=True))

    def unhold(self, call_key: str) -> None:
        if call_key in self.held:
            for other in [key for key in self.calls if key != call_key]:
                self.hold(other)
            self.held.discard(call_key)
            self._push(MediaStateChanged(call_key, audio_active=True, on_hold=False))

    def set_muted(self, call_key: str, muted: bool) -> None:
        if call_key in self.calls and muted != (call_key in self.muted):
            (self.muted.add if muted else self.muted.discard)(call_key)
            self._push(MuteChanged(call_key, muted))

    def send_dtmf(self, call_key: str, digits: str) -> None:
        keys = check_dtmf_digits(digits)
        if call_key in self.calls:
            self._push(DtmfSent(call_key, len(keys), DtmfMethod.RFC2833))

    def transfer_blind(self, call_key: str, target: str) -> None:
        normalize_dial_target(target)
        self._transferred(call_key)

    def transfer_attended(self, call_key: str, consult_call_key: str) -> None:
        if self._transferred(call_key):
            self.hangup(consult_call_key)

    def conference(self, call_keys: Sequence[str]) -> None:
        keys = [key for key in call_keys if key in self.calls]
        for key in keys:
            if key in self.held:
                self.held.discard(key)
                self._push(MediaStateChanged(key, audio_active=True, on_hold=False))
        self.conferenced.update(keys)

    def set_call_options(self, options: CallOptions) -> None:
        self.call_options = options

    def _transferred(self, call_key: str) -> bool:
        code, reason = self.transfer_answer
        if call_key not in self.calls:
            return False
        self._push(TransferStatus(call_key, code, reason, final=True))
        if 200 <= code < 300:
            self.hangup(call_key)
        return 200 <= code < 300

    # Media: recording states as the pjsua2 phone reports them (no file is written), sound devices.
    def start_recording(self, call_key: str) -> None:
        if call_key in self.calls and call_key not in self.recordings:
            self.recordings[call_key] = RecordingState.RECORDING
            self._push(RecordingStateChanged(call_key, RecordingState.RECORDING, f"fake/{call_key}.wav"))

    def pause_recording(self, call_key: str) -> None:
        if self.recordings.get(call_key) is RecordingState.RECORDING:
            self.recordings[call_key] = RecordingState.PAUSED
            self._push(RecordingStateChanged(call_key, RecordingState.PAUSED, f"fake/{call_key}.wav"))

    def resume_recording(self, call_key: str) -> None:
        if self.recordings.get(call_key) is RecordingState.PAUSED:
            self.recordings[call_key] = RecordingState.RECORDING
            self._push(RecordingStateChanged(call_key, RecordingState.RECORDING, f"fake/{call_key}.wav"))

    def sound_devices(self) -> tuple[SoundDevice, ...]:
        return (*self.devices, SoundDevice("No sound device (null)", capture=True, playback=True, null=True))

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        self.selected_devices.append((capture, playback, ringer))
        known = {device.name for device in self.sound_devices() if not device.null}
        ringer_used = ringer if ringer in known else playback
        status = (AudioDeviceStatus(False, f"Microphone: {capture}; speaker: {playback}"
                                    + (f"; ringer: {ringer}" if ringer else ""), "in_use", capture, playback,
                                    ringer_used)
                  if {capture, playback} <= known else AudioDeviceStatus(True, "fake phone: null device", "not_found"))
        self._push(status)
        return status

    def set_echo_cancellation(self, mode: str) -> None:
        self.echo_cancellation = mode

    def microphone_level(self) -> float | None:
        return self.microphone_dbfs

    def test_microphone(self, microphone: str, speaker: str) -> HeadsetTestState:
        return self._headset_test("microphone", microphone, speaker)

    def test_speaker(self, speaker: str) -> HeadsetTestState:
        return self._headset_test("speaker", "", speaker)

    def headset_test_state(self) -> HeadsetTestState:
        return self.headset_test

    def finish_headset_test(self, problem: str = "") -> None:
        """The test plays the sound card: the running test is done (or failed with ``problem``)."""
        self.headset_test = HeadsetTestState(self.headset_test.kind, "failed" if problem else "done", problem)

    def _headset_test(self, kind: str, microphone: str, speaker: str) -> HeadsetTestState:
        self.headset_tests.append((kind, microphone, speaker))
        self.headset_test = (HeadsetTestState(kind, "failed", "in_call") if self.calls else
                             HeadsetTestState(kind, "recording" if kind == "microphone" else "playing"))
        return self.headset_test

    # Playback of earlier recordings: refusals and states as the pjsua2 phone reports them; the test moves time.
    def play_recording(self, path: str) -> None:
        if self.calls:
            raise PlaybackRefused("in_call", "Recordings are not played during a call.")
        if not path or not Path(path).is_file():
            raise PlaybackRefused("missing", f"The recording file is missing: {path}.")
        try:
            with wave.open(path, "rb") as wav:
                duration_ms = round(wav.getnframes() * 1000 / wav.getframerate())
        except (OSError, EOFError, wave.Error) as error:
            raise PlaybackRefused("not_wav", f"The recording file is not a WAV recording: {path} ({error}).") from None
        self.stop_playback()
        self.playback_path, self.playback_ms, self.playback_duration_ms = path, 0, duration_ms
        self._playback(PlaybackState.PLAYING)

    def pause_playback(self) -> None:
        if self.playback is PlaybackState.PLAYING:
            self._playback(PlaybackState.PAUSED)

    def resume_playback(self) -> None:
        if self.playback in (PlaybackState.PAUSED, PlaybackState.FINISHED):
            if self.calls:
                raise PlaybackRefused("in_call", "Recordings are not played during a call.")
            if self.playback is PlaybackState.FINISHED:
                self.playback_ms = 0
            self._playback(PlaybackState.PLAYING)

    def seek_playback(self, position_ms: int) -> None:
        if self.playback is not None:
            self.playback_ms = min(max(position_ms, 0), self.playback_duration_ms)
            if self.playback is PlaybackState.FINISHED:
                self._playback(PlaybackState.PAUSED)

    def stop_playback(self) -> None:
        if self.playback is not None:
            self._playback(PlaybackState.STOPPED)
            self.playback = None

    def playback_position(self) -> tuple[int, int] | None:
        return None if self.playback is None else (self.playback_ms, self.playback_duration_ms)

    def playback_advances(self, ms: int) -> None:
        """The test plays the clock: a playing recording moves on by ``ms``, and reports FINISHED at its end."""
        if self.playback is PlaybackState.PLAYING:
            self.playback_ms = min(self.playback_ms + ms, self.playback_duration_ms)
            if self.playback_ms >= self.playback_duration_ms:
                self._playback(PlaybackState.FINISHED)

    def _playback(self, state: PlaybackState) -> None:
        self.playback = state
        self._push(PlaybackStateChanged(state, self.playback_path))

    def _stop_recording(self, call_key: str) -> None:
        if self.recordings.pop(call_key, None) is not None:
            self._push(RecordingStateChanged(call_key, RecordingState.STOPPED, f"fake/{call_key}.wav",
                                                     "0" * 64, 0))

    def local_uri(self) -> str:
        return "sip:agent@127.0.0.1:5060"

    def registration_state(self, account: str) -> RegistrationStateChanged | None:
        return self.registrations.get(account)

    def registrar_reports(self, event: RegistrationStateChanged) -> None:
        """The test plays the registrar: the event is kept as the account's state and delivered at the next pump."""
        self.registrations[event.account] = event
        self._push(event)

    @property
    def using_null_audio(self) -> bool:
        return True

    # The far end, driven by tests.
    def remote_calls_in(self, caller_number: str, display_name: str = "") -> str:
        """A call arrives (INVITE received); returns its key."""
        key = uuid.uuid4().hex
        self.calls[key] = f"sip:{caller_number}@127.0.0.1"
        self.ringing_in.add(key)
        self._push(IncomingCall(key, self.calls[key], caller_number, display_name))
        return key

    def remote_rings(self, call_key: str) -> None:
        self._state(call_key, CallState.EARLY, 180, "Ringing")

    def remote_answers(self, call_key: str) -> None:
        self._state(call_key, CallState.CONFIRMED, 200, "OK")

    def remote_hangs_up(self, call_key: str) -> None:
        self.hangup(call_key)

    def remote_presses(self, call_key: str, digit: str, method: DtmfMethod = DtmfMethod.RFC2833) -> None:
        self._push(DtmfReceived(call_key, digit, method))

    def remote_holds(self, call_key: str) -> None:
        self._push(MediaStateChanged(call_key, audio_active=True, on_hold=True, held_by_remote=True))

    def _state(self, call_key: str, state: CallState, code: int, reason: str) -> None:
        self._push(CallStateChanged(call_key, state, self.calls.get(call_key, ""), code, reason))
