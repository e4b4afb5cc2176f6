"""The headset's own checks on its PortAudio streams, without a call: the microphone level (the phone panel's
meter) and the headset test (Settings: speak and hear yourself back after a second; a tone for the ear).

The pieces hook into the streams' callbacks on PortAudio's thread and only move bytes and numbers:
``MicrophoneMeter`` keeps the peaks of the last few frames, ``ClipRecorder`` keeps the first seconds of
the microphone, ``ClipPlayer`` is what the speaker plays instead of the bridge's ring while a test plays.
``HeadsetTest`` moves from phase to phase when the phone's pump calls ``advance``; the GUI reads its state.
"""

from __future__ import annotations

import math
import threading
import time
from array import array
from collections.abc import Callable

from app.telephony.events import HeadsetTestState
from app.telephony.sound_card import SoundCardStream

SILENCE_DBFS = -120.0
FULL_SCALE = 32768
METER_STALE_SECONDS = 0.5  # no microphone frame for this long: no microphone (a stream stopped or never opened)
RECORD_SECONDS = 3.0
PAUSE_SECONDS = 1.0  # between the recording and hearing it back
TONE_SECONDS = 1.0
TONE_HZ = 660.0
TONE_AMPLITUDE = 8000  # about -12 dBFS
_RECORD_GRACE_SECONDS = 3.0  # a microphone that sends nothing fails the test after the recording time and this


def dbfs(peak: int) -> float:
    return 20 * math.log10(min(peak, FULL_SCALE) / FULL_SCALE) if peak > 0 else SILENCE_DBFS


def frame_peak(frame: bytes) -> int:
    samples = array("h", frame[: len(frame) - len(frame) % 2])
    return max(max(samples), -min(samples)) if samples else 0


class MicrophoneMeter:
    """A reader of the microphone frames: the loudest sample of the last few frames (in dBFS for the meter).
    Nothing is reset by reading, so the phone panel and the Settings page may both show it."""

    FRAMES = 16  # 160 ms of 10 ms blocks: more than the 100 ms between two reads of a meter

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._peaks = [0] * self.FRAMES
        self._count = 0
        self._last_frame = -math.inf

    def __call__(self, frame: bytes) -> None:  # PortAudio's thread: two numbers
        self._peaks[self._count % self.FRAMES] = frame_peak(frame)
        self._count += 1
        self._last_frame = self._clock()

    def read(self) -> float | None:
        """dBFS of the loudest recent sample; None when no frame came lately (no microphone running)."""
        if self._clock() - self._last_frame > METER_STALE_SECONDS:
            return None
        return dbfs(max(self._peaks))


class ClipRecorder:
    """A reader of the microphone frames that keeps the first ``size`` bytes."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._chunks: list[bytes] = []
        self._kept = 0

    def __call__(self, frame: bytes) -> None:  # PortAudio's thread
        if self._kept < self._size:
            self._chunks.append(frame)
            self._kept += len(frame)

    @property
    def full(self) -> bool:
        return self._kept >= self._size

    def clip(self) -> bytes:
        return b"".join(self._chunks)[: self._size]


class ClipPlayer:
    """Plays a clip once (silence after it), read by the speaker stream's callback."""

    def __init__(self, clip: bytes) -> None:
        self._clip = clip
        self._at = 0
        self._lock = threading.Lock()

    def read(self, size: int) -> bytes:  # PortAudio's thread
        with self._lock:
            part = self._clip[self._at:self._at + size]
            self._at += size
        return part + bytes(size - len(part))

    @property
    def done(self) -> bool:
        return self._at >= len(self._clip)


def check_tone(sample_rate: int, seconds: float = TONE_SECONDS, frequency: float = TONE_HZ) -> bytes:
    """A tone with 20 ms fades (no clicks)."""
    count = int(sample_rate * seconds)
    fade = max(1, sample_rate // 50)
    return array("h", (int(TONE_AMPLITUDE * min(1.0, i / fade, (count - i) / fade)
                           * math.sin(2 * math.pi * frequency * i / sample_rate)) for i in range(count))).tobytes()


class HeadsetTest:
    """One test at a time on the headset's open streams; ``advance`` (the pump) moves it on, ``cancel`` ends it."""

    def __init__(self, microphone: SoundCardStream, speaker: SoundCardStream, sample_rate: int) -> None:
        self._microphone = microphone
        self._speaker = speaker
        self._rate = sample_rate
        self.state = HeadsetTestState()
        self._recorder: ClipRecorder | None = None
        self._player: ClipPlayer | None = None
        self._deadline = 0.0

    @property
    def running(self) -> bool:
        return self.state.phase in ("recording", "waiting", "playing")

    def start(self, kind: str, now: float) -> None:
        self.cancel("")
        if kind == "microphone":
            self._recorder = ClipRecorder(int(RECORD_SECONDS * self._rate) * 2)
            self._microphone.on_input = [*self._microphone.on_input, self._recorder]  # swapped whole: the
            # callback iterates the list it found
            self._deadline = now + RECORD_SECONDS + _RECORD_GRACE_SECONDS
            self.state = HeadsetTestState(kind, "recording")
        else:
            self._play(check_tone(self._rate))
            self.state = HeadsetTestState(kind, "playing")

    def refuse(self, kind: str, problem: str) -> None:
        self.state = HeadsetTestState(kind, "failed", problem)

    def advance(self, now: float) -> None:
        if not self.running:
            return
        if not (self._microphone.open and self._speaker.open):
            self.cancel("stopped")
            return
        phase = self.state.phase
        if phase == "recording" and self._recorder is not None:
            if self._recorder.full:
                self._stop_recording()
                clip = self._recorder.clip()
                self._play(bytes(int(PAUSE_SECONDS * self._rate) * 2) + clip)
                self._deadline = now + PAUSE_SECONDS
                self.state = HeadsetTestState(self.state.kind, "waiting")
            elif now > self._deadline:
                self.cancel("stopped")
        elif phase == "waiting" and now >= self._deadline:
            self.state = HeadsetTestState(self.state.kind, "playing")
        elif phase == "playing" and (self._player is None or self._player.done):
            self._speaker.playing_instead = None
            self._player = None
            self.state = HeadsetTestState(self.state.kind, "done")

    def cancel(self, problem: str) -> None:
        """Stop whatever the test does; a running test then reads as failed with ``problem``."""
        self._stop_recording()
        if self._player is not None and self._speaker.playing_instead is self._player:
            self._speaker.playing_instead = None
        self._player = None
        if self.running:
            self.state = HeadsetTestState(self.state.kind, "failed", problem)

    def _play(self, clip: bytes) -> None:
        self._player = ClipPlayer(clip)
        self._speaker.playing_instead = self._player

    def _stop_recording(self) -> None:
        recorder = self._recorder
        if recorder is not None and recorder in self._microphone.on_input:
            self._microphone.on_input = [reader for reader in self._microphone.on_input if reader is not recorder]
