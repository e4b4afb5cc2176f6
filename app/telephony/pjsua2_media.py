"""What the phone does with a call's audio besides connecting it to the sound device: recording, quality, tones,
and the agent's choice of sound devices.

``Pjsua2Phone`` owns one ``CallMedia`` and forwards a few moments to it: each call state and media change (inside
pjsua2 callbacks: only cheap work and queued events), each ``pump()`` (after ``libHandleEvents``: recorders of
ended calls are closed, quality samples taken when due) and the shutdown (before ``libDestroy``: every recorder
and tone generator is released). It never keeps a Call: the phone passes its live calls in when they are needed.
"""

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pjsua2 as pj

from app.telephony import pjsua2_sound
from app.telephony.audio_ring import RingCounts
from app.telephony.events import AudioDeviceStatus, CallState, CallStateChanged, MediaStateChanged, SoundDevice, TelephonyEvent
from app.telephony.pjsua2_audio import stop_headset
from app.telephony.pjsua2_headset import DeviceChoice, Headset
from app.telephony.pjsua2_quality import QualityMonitor
from app.telephony.pjsua2_recording import CallRecordings
from app.telephony.pjsua2_tones import RingingCalls, TonePlayer
from app.telephony.recording_policy import RecordingSettings

log = logging.getLogger(__name__)


@dataclass
class _CallAudio:
    confirmed: bool = False
    audio: list[int] = field(default_factory=list)  # active audio media indexes
    sound_at_start: dict[str, RingCounts] | None = None  # the headset's ring counts when the call was answered


class CallMedia:
    def __init__(self, recording: RecordingSettings | None, emit: Callable[[TelephonyEvent], None]) -> None:
        self._endpoint: pj.Endpoint | None = None
        self._emit = emit
        self._calls: dict[str, _CallAudio] = {}
        self.recordings = CallRecordings(recording, emit)
        self.quality = QualityMonitor(emit)
        self._ringing = RingingCalls()
        self._tones = TonePlayer()
        self.headset = Headset(emit)  # the sound card side (pjsua2_headset); started by the phone

    @property
    def playing_tone(self) -> str | None:
        tone = self._tones.playing
        return None if tone is None else tone.value

    @property
    def busy(self) -> bool:
        """Recordings to close or hash, or a headset test moving through its phases: pump often."""
        return self.recordings.busy or self.headset.test.state.phase in ("recording", "waiting", "playing")

    def attach(self, endpoint: pj.Endpoint) -> None:
        """After libStart and the sound device choice."""
        self._endpoint = endpoint

    # -- from pjsua2 callbacks ---------------------------------------------------------------------------------

    def on_incoming(self, call_key: str) -> None:
        self._ringing.incoming(call_key)
        self.headset.test.cancel("in_call")

    def on_call_state(self, call: pj.Call, event: CallStateChanged) -> None:
        key = event.call_key
        self._ringing.state(key, event.state)
        self.headset.test.cancel("in_call")  # a call owns the headset
        if event.state is not CallState.DISCONNECTED:
            self.headset.wake()  # resting streams open before the call's first words (pjsua2_headset)
        if event.state is CallState.CONFIRMED:
            audio = self._calls.setdefault(key, _CallAudio())
            audio.confirmed = True
            if audio.sound_at_start is None:
                audio.sound_at_start = self.headset.counts()
            self._audio_up(call, key, audio)
        elif event.state is CallState.DISCONNECTED:
            ended = self._calls.pop(key, None)
            self.recordings.call_ended(key)
            self.quality.call_ended(key, self._sound_during(ended))
        self._update_tone()

    def on_call_media(self, call: pj.Call, event: MediaStateChanged, active_audio: list[int]) -> None:
        key = event.call_key
        self._ringing.media(key, event.audio_active)
        audio = self._calls.setdefault(key, _CallAudio())
        audio.audio = list(active_audio)
        if audio.confirmed:
            self._audio_up(call, key, audio)
        self._update_tone()

    # -- from the phone's API ----------------------------------------------------------------------------------

    def start_recording(self, call: pj.Call | None, call_key: str) -> None:
        """``call`` None: the call is over or unknown (nothing to record)."""
        if call is None:
            log.info("start_recording: call %s is already over", call_key)
            return
        audio = self._calls.get(call_key)
        answered = audio is not None and audio.confirmed and bool(audio.audio)
        self.recordings.request(call_key, self._sources(call, audio.audio) if answered and audio else None)

    def sound_devices(self) -> tuple[SoundDevice, ...]:
        return self.headset.devices()

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        """Switch devices now (also mid-call: the bridge keeps its ports); the status is also queued as an event."""
        if self._endpoint is None:
            raise RuntimeError("The phone is not started: start it before choosing sound devices.")
        return self.headset.open(DeviceChoice(capture, playback, ringer))

    # -- from pump() and shutdown() ----------------------------------------------------------------------------

    def pump(self, calls: Mapping[str, pj.Call], now: float | None = None) -> None:
        """After libHandleEvents: close the recordings of ended calls, then sample the calls that are due."""
        self.recordings.close_ended()
        moment = time.monotonic() if now is None else now
        self.headset.check(moment)
        for call_key in self.quality.due(moment):
            call = calls.get(call_key)
            if call is not None:
                self.quality.sample(call_key, call, moment)

    def release(self) -> None:
        """Before libDestroy (safe to call twice): recorders closed and reported, tone generator destroyed."""
        self.recordings.close_all()
        self.quality.forget_all()
        self._tones.release()
        self._calls.clear()
        if self._endpoint is not None:
            stop_headset(self._endpoint, self.headset)  # after the tones: nothing transmits to its ports any more
        self._endpoint = None

    # -- internals ---------------------------------------------------------------------------------------------

    def _audio_up(self, call: pj.Call, call_key: str, audio: _CallAudio) -> None:
        if not audio.audio:
            return
        self.quality.call_connected(call_key, audio.audio[0])
        self.recordings.call_answered(call_key, self._sources(call, audio.audio))

    def _sources(self, call: pj.Call, indexes: list[int]) -> list[pj.AudioMedia]:
        """The debtor (the call's audio) and the agent (the headset's microphone port)."""
        sources: list[pj.AudioMedia] = []
        try:
            sources.extend(call.getAudioMedia(index) for index in indexes)
            if self._endpoint is not None:
                sources.append(pjsua2_sound.microphone(self._endpoint))
        except pj.Error as error:
            log.warning("call audio not available for recording: %s", error.reason)
        return sources

    def _sound_during(self, audio: _CallAudio | None) -> dict[str, object] | None:
        """The headset rings' underruns, overruns, trims and drift corrections while the call was up (a call held
        alongside another shares the headset, so both see its events)."""
        if audio is None or audio.sound_at_start is None:
            return None
        now = self.headset.counts()
        return {role: now[role].since(start).summary() for role, start in audio.sound_at_start.items()}

    def _update_tone(self) -> None:
        if self._endpoint is not None:
            self._tones.play(self._endpoint, self._ringing.wanted_tone())
