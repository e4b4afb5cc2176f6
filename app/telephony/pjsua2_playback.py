"""Playing an earlier call's recording to the agent's headset, through pjsua2's conference bridge.

PySide6-Essentials has no QtMultimedia, and the headset is pjsua2's sound device anyway: one ``AudioMediaPlayer``
(``PJMEDIA_FILE_NO_LOOP``) transmits to the playback device's bridge port, like the tone generator.

pjmedia facts this relies on (checked on pjsua2-python 2.15.1 with the null device):
- ``getPos``/``setPos`` count samples (pjsua divides the WAV player's byte position by the sample size); in a mono
  recording a sample is a frame.
- The bridge does not read a port nobody listens to: ``stopTransmit`` is the pause, and the position holds.
- ``onEof2`` runs on the media clock thread, not inside ``libHandleEvents`` (``mainThreadOnly`` does not cover it):
  it only sets a flag, which ``pump()`` turns into a FINISHED event on the GUI thread. At the end the player first
  rewinds (the position reads 0) and calls ``onEof2`` one frame later; it then stays silent until ``setPos``. A
  position that goes backwards without a seek is therefore read as the end.
- The null device clocks the bridge too, so playback advances on a machine without a sound card.

Never during a call: the agent must hear the debtor. ``play``/``resume`` refuse while any call is up, and a call
that starts (dialled, ringing in, answered) pauses the playback at the next ``pump()``.

Lifetime: ``RecordingPlayer`` owns its AudioMediaPlayer. A stopped player is first disconnected and dropped a few
bridge ticks later (so the clock thread never calls ``onEof2`` on a freed player); ``release()`` runs before
``libDestroy``.
"""

import logging
import time
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pjsua2 as pj

from app.telephony import pjsua2_sound
from app.telephony.events import PlaybackState, PlaybackStateChanged, TelephonyEvent
from app.telephony.port import PlaybackRefused

log = logging.getLogger(__name__)

RETIRE_AFTER_S = 0.05  # a few bridge ticks (10-20 ms each): the disconnection has been applied by then
SAMPLE_BYTES = 2  # 16-bit PCM, as the phone records


@dataclass(frozen=True)
class WavFacts:
    """What the header says about a recording, read with the standard library before pjmedia opens it."""

    frame_rate: int
    channels: int
    frames: int

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.frame_rate)

    def to_ms(self, samples: int) -> int:
        return samples * 1000 // (self.frame_rate * self.channels)

    def to_samples(self, ms: int) -> int:
        return ms * self.frame_rate // 1000 * self.channels


def playable_wav(path: str) -> WavFacts:
    """The recording's facts, or PlaybackRefused saying what is wrong with the file and what to do."""
    file = Path(path)
    if not path or not file.is_file():
        raise PlaybackRefused("missing", f"The recording file is missing: {path}. It may have been moved or deleted; "
                                         "ask a supervisor (the call log still has every step of the call).")
    try:
        with wave.open(str(file), "rb") as wav:
            facts = WavFacts(wav.getframerate(), wav.getnchannels(), wav.getnframes())
            width = wav.getsampwidth()
    except OSError as error:
        raise PlaybackRefused("unreadable", f"The recording file cannot be read: {path} ({error.strerror or error}). "
                                            "Check the permissions of the recordings folder.") from None
    except (EOFError, wave.Error) as error:
        raise PlaybackRefused("not_wav", f"The recording file is damaged or not a WAV recording: {path} ({error}). "
                                         "Ask a supervisor; the call log still has every step of the call.") from None
    if width != SAMPLE_BYTES or facts.channels != 1 or facts.frame_rate <= 0:
        raise PlaybackRefused("not_wav", f"The recording file is not a 16-bit mono WAV as CallDesk records: {path} "
                                         f"({width * 8}-bit, {facts.channels} channel(s)). Ask a supervisor.")
    if facts.frames == 0:
        raise PlaybackRefused("empty", f"The recording file holds no audio: {path}. The call may still be in "
                                       "progress, or the recording was paused for the whole call.")
    return facts


class _Player(pj.AudioMediaPlayer):
    def __init__(self) -> None:
        super().__init__()
        self.ended = False  # set by onEof2 on the media clock thread; read by pump() on the GUI thread
        self.furthest = 0  # the furthest position read since the last setPos, in samples

    def onEof2(self) -> None:
        self.ended = True


@dataclass
class _Retired:
    player: _Player
    drop_at: float


class RecordingPlayer:
    """At most one recording at a time: PLAYING, PAUSED or FINISHED while loaded; unloaded after stop()."""

    def __init__(self, endpoint: Callable[[], pj.Endpoint | None], emit: Callable[[TelephonyEvent], None]) -> None:
        self._endpoint = endpoint
        self._emit = emit
        self._player: _Player | None = None
        self._facts: WavFacts | None = None
        self._path = ""
        self._state: PlaybackState | None = None
        self._retired: list[_Retired] = []

    @property
    def state(self) -> PlaybackState | None:
        return self._state

    @property
    def busy(self) -> bool:
        """Playing (its end is noticed by the pump) or a stopped player waiting to be dropped."""
        return self._state is PlaybackState.PLAYING or bool(self._retired)

    def play(self, path: str, in_call: bool) -> None:
        """Load ``path`` and play it from the start; whatever played before is stopped. Raises PlaybackRefused."""
        endpoint = self._endpoint()
        if endpoint is None:
            raise PlaybackRefused("not_started", "The phone is not started, so recordings cannot be played. "
                                                 "Restart CallDesk.")
        if in_call:
            raise _refused_in_call()
        facts = playable_wav(path)
        self.stop()
        player = _Player()
        try:
            player.createPlayer(path, pj.PJMEDIA_FILE_NO_LOOP)
            player.startTransmit(pjsua2_sound.speaker(endpoint))
        except pj.Error as error:
            raise PlaybackRefused("not_wav", f"The recording file cannot be played: {path} ({error.reason}). "
                                             "Ask a supervisor; the call log still has every step.") from None
        self._player, self._facts, self._path = player, facts, path
        log.info("playing recording %s (%d ms)", path, facts.duration_ms)
        self._set(PlaybackState.PLAYING)

    def pause(self) -> None:
        if self._state is PlaybackState.PLAYING:
            self._disconnect()
            self._set(PlaybackState.PAUSED)

    def resume(self, in_call: bool) -> None:
        """From the pause, or from the start once finished. Raises PlaybackRefused during a call."""
        player = self._player
        if player is None or self._state not in (PlaybackState.PAUSED, PlaybackState.FINISHED):
            return
        if in_call:
            raise _refused_in_call()
        if self._state is PlaybackState.FINISHED:
            self._set_pos(player, 0)
        self._connect(player)
        self._set(PlaybackState.PLAYING)

    def seek(self, position_ms: int) -> None:
        """Clamped to the recording; seeking a finished recording leaves it paused there."""
        player, facts = self._player, self._facts
        if player is None or facts is None:
            return
        self._set_pos(player, facts.to_samples(min(max(position_ms, 0), facts.duration_ms)))
        if self._state is PlaybackState.FINISHED:
            self._set(PlaybackState.PAUSED)

    def stop(self) -> None:
        """Unload the recording (STOPPED); a no-op when nothing is loaded."""
        player = self._player
        if player is None:
            return
        if self._state is PlaybackState.PLAYING:
            self._disconnect()
        self._retired.append(_Retired(player, time.monotonic() + RETIRE_AFTER_S))
        self._player, self._facts = None, None
        self._set(PlaybackState.STOPPED)
        self._state = None

    def position(self) -> tuple[int, int] | None:
        """(position_ms, duration_ms), or None when nothing is loaded."""
        player, facts = self._player, self._facts
        if player is None or facts is None:
            return None
        if self._state is PlaybackState.FINISHED or player.ended:
            return facts.duration_ms, facts.duration_ms
        try:
            samples = player.getPos()
        except pj.Error as error:
            log.info("playback position: %s", error.reason)
            return 0, facts.duration_ms
        if samples < player.furthest:
            return facts.duration_ms, facts.duration_ms  # rewound at the end; onEof2 follows within a frame
        player.furthest = samples
        return min(facts.to_ms(samples), facts.duration_ms), facts.duration_ms

    def pump(self, in_call: bool) -> None:
        """After libHandleEvents, on the GUI thread: report the end of the file; pause for a call; drop old players."""
        player = self._player
        if player is not None and player.ended and self._state is PlaybackState.PLAYING:
            self._disconnect()
            self._set(PlaybackState.FINISHED)
        elif in_call and self._state is PlaybackState.PLAYING:
            log.info("a call started: recording playback paused")
            self.pause()
        now = time.monotonic()
        self._retired = [entry for entry in self._retired if entry.drop_at > now]

    def release(self) -> None:
        """Before libDestroy (safe to call twice): stop, wait out the retirement, drop every player."""
        self.stop()
        if self._retired:
            time.sleep(max(0.0, max(entry.drop_at for entry in self._retired) - time.monotonic()))
        self._retired.clear()

    # -- internals ---------------------------------------------------------------------------------------------

    def _connect(self, player: _Player) -> None:
        endpoint = self._endpoint()
        if endpoint is None:
            return
        try:
            player.startTransmit(pjsua2_sound.speaker(endpoint))
        except pj.Error as error:
            log.warning("connecting the recording player: %s", error.reason)

    def _disconnect(self) -> None:
        endpoint = self._endpoint()
        if self._player is None or endpoint is None:
            return
        try:
            self._player.stopTransmit(pjsua2_sound.speaker(endpoint))
        except pj.Error as error:
            log.info("disconnecting the recording player: %s", error.reason)

    @staticmethod
    def _set_pos(player: _Player, samples: int) -> None:
        try:
            player.setPos(samples)
        except pj.Error as error:
            log.warning("moving the recording player to sample %d: %s", samples, error.reason)
            return
        player.ended, player.furthest = False, samples  # setPos clears pjmedia's end-of-file state too

    def _set(self, state: PlaybackState) -> None:
        self._state = state
        self._emit(PlaybackStateChanged(state, self._path))


def _refused_in_call() -> PlaybackRefused:
    return PlaybackRefused("in_call", "Recordings are not played during a call: you must hear the debtor. "
                                      "Play it again after the call.")
