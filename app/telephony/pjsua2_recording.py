"""Per-call WAV recording of both parties, on pjsua2's conference bridge.

Each recorded call has one ``AudioMediaRecorder`` (a conference-bridge port writing 16-bit mono WAV at the
bridge's clock rate). Its sources are the call's audio (the debtor) and the capture port of the sound device (the
agent); the bridge mixes them. That works on the null device too: then the agent's side is silence.

Pause and resume disconnect and reconnect the sources; the file stays open. A recorder with no source gets no
audio from the bridge and writes nothing, so **a pause leaves no section in the file: the recording is shorter
by the paused time** (nothing of a card number read out is written, not even its length as silence). At the end of
the call the recorder is destroyed, then the file's sha256 and its duration (from the header) are reported in a
``RecordingStateChanged(STOPPED)`` event.

pjmedia fact this relies on (pjsua2-python 2.15.1): destroying a recorder only queues the removal of its bridge
port; the media clock thread removes it a few ms later and only then writes the WAV header's sizes (they are 0
until then). So a closed recorder is reported once its header is complete (``wav_header_complete``), at a later
``pump()``, or after ``CLOSE_TIMEOUT_S`` at the latest. Its sha256 is computed on a worker thread (a long call's
file is tens of MB: hashing it on the GUI thread would stall the window at hang-up) and the STOPPED event follows at
the next ``pump()`` after the hash is ready. A process killed mid-call leaves the sizes at 0 (the audio is all there,
up to pjmedia's last 4 KB buffer): the next start repairs, hashes and links the file (app/services/recording_recovery.py).

Lifetime: ``CallRecordings`` owns every recorder. Recorders of ended calls are destroyed in ``close_ended()``
(called by the phone's pump, outside pjsua2 callbacks); ``close_all()`` runs before ``libDestroy`` and waits
(bounded) for the files to be complete.
"""

import logging
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pjsua2 as pj

from app.telephony.events import RecordingState, RecordingStateChanged, TelephonyError, TelephonyEvent
from app.telephony.recording_policy import RecordingPolicy, RecordingSettings
from app.telephony.wav_files import file_sha256, wav_duration_ms, wav_header_complete

log = logging.getLogger(__name__)

CLOSE_TIMEOUT_S = 2.0
CLOSE_POLL_S = 0.005


@dataclass
class _Recording:
    call_key: str
    path: Path | None = None
    recorder: pj.AudioMediaRecorder | None = None
    sources: list[pj.AudioMedia] = field(default_factory=list)  # what feeds the recorder while not paused
    paused: bool = False
    wanted: bool = False  # asked for before the call was answered: start at the answer
    ended: bool = False
    closing_until: float = 0.0  # recorder destroyed; report the file once complete or at this monotonic time
    failed: bool = False  # the file could not be created: not retried at every re-INVITE, only when asked again


class CallRecordings:
    def __init__(self, settings: RecordingSettings | None, emit: Callable[[TelephonyEvent], None]) -> None:
        self._settings = settings
        self._emit = emit
        self._calls: dict[str, _Recording] = {}
        self._closing: list[_Recording] = []
        self._hashing: list[tuple[_Recording, int | None, Future[str | None]]] = []  # complete files being hashed
        self._hasher: ThreadPoolExecutor | None = None

    # -- driven by the call's life -----------------------------------------------------------------------------

    def call_answered(self, call_key: str, sources: list[pj.AudioMedia]) -> None:
        """The call is confirmed and its audio is up: start now if the policy or the agent asked for it."""
        entry = self._calls.setdefault(call_key, _Recording(call_key))
        entry.sources = sources
        always = self._settings is not None and self._settings.policy is RecordingPolicy.ALWAYS
        if entry.recorder is None and not entry.failed and (always or entry.wanted):
            self._start(entry)
        elif entry.recorder is not None and not entry.paused:
            self._connect(entry)  # a re-INVITE (hold, codec change) may have given the call a new bridge port

    def call_ended(self, call_key: str) -> None:
        """Inside the DISCONNECTED callback: only mark it; the recorder is destroyed by ``close_ended()``."""
        entry = self._calls.get(call_key)
        if entry is not None:
            entry.ended = True

    # -- asked for by the agent or the script ------------------------------------------------------------------

    def request(self, call_key: str, sources: list[pj.AudioMedia] | None) -> None:
        """On-demand start. ``sources`` None: not answered yet, so the recording starts at the answer."""
        if self._settings is None:
            self._emit(TelephonyError(call_key, "Recording is not set up: CallDesk was started without a recordings "
                                                "folder. Set a data folder and restart CallDesk."))
            return
        entry = self._calls.setdefault(call_key, _Recording(call_key))
        if entry.ended:
            log.info("recording asked for call %s, which is over", call_key)
        elif entry.recorder is not None:
            self.resume(call_key)
        elif sources is None:
            entry.wanted = True
        else:
            entry.sources, entry.failed = sources, False
            self._start(entry)

    def pause(self, call_key: str) -> None:
        entry = self._calls.get(call_key)
        if entry is None or entry.recorder is None or entry.paused or entry.ended:
            return
        self._disconnect(entry)
        entry.paused = True
        self._emit(RecordingStateChanged(call_key, RecordingState.PAUSED, str(entry.path)))

    def resume(self, call_key: str) -> None:
        entry = self._calls.get(call_key)
        if entry is None or entry.recorder is None or not entry.paused or entry.ended:
            return
        entry.paused = False
        self._connect(entry)
        self._emit(RecordingStateChanged(call_key, RecordingState.RECORDING, str(entry.path)))

    @property
    def busy(self) -> bool:
        """A recording is running, closing or being hashed: the pump has work for it soon."""
        return bool(self._calls or self._closing or self._hashing)

    # -- closing -----------------------------------------------------------------------------------------------

    def close_ended(self) -> None:
        """Destroy the recorders of ended calls; report the files that are complete (outside pjsua2 callbacks)."""
        for call_key in [key for key, entry in self._calls.items() if entry.ended]:
            self._destroy_recorder(self._calls.pop(call_key))
        self._report_closed(time.monotonic())
        self._report_hashed(wait=False)

    def close_all(self) -> None:
        """Before libDestroy: every recorder destroyed, every file complete (bounded wait) and reported."""
        calls, self._calls = self._calls, {}
        for entry in calls.values():
            self._destroy_recorder(entry)
        while self._closing and not all(wav_header_complete(e.path) for e in self._closing if e.path is not None):
            if time.monotonic() > max(e.closing_until for e in self._closing):
                break
            time.sleep(CLOSE_POLL_S)
        self._report_closed(float("inf"))
        self._report_hashed(wait=True)
        if self._hasher is not None:
            self._hasher.shutdown(wait=True)
            self._hasher = None

    # -- internals ---------------------------------------------------------------------------------------------

    def _start(self, entry: _Recording) -> None:
        assert self._settings is not None
        path = self._settings.path_for(entry.call_key, datetime.now(timezone.utc))
        recorder = pj.AudioMediaRecorder()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            recorder.createRecorder(str(path))
        except (OSError, pj.Error) as error:
            reason = getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error)
            log.error("cannot record call %s to %s: %s", entry.call_key, path, reason)
            entry.failed = True
            self._emit(TelephonyError(entry.call_key, f"The call cannot be recorded: {path} cannot be written "
                                                      f"({reason}). Check that the recordings folder exists and is "
                                                      "writable, and that the disk is not full."))
            return
        _owner_only(path)
        entry.path, entry.recorder, entry.wanted, entry.paused = path, recorder, False, False
        self._connect(entry)
        log.info("recording call %s to %s", entry.call_key, path)
        self._emit(RecordingStateChanged(entry.call_key, RecordingState.RECORDING, str(path)))

    def _connect(self, entry: _Recording) -> None:
        assert entry.recorder is not None
        for source in entry.sources:
            try:
                source.startTransmit(entry.recorder)
            except pj.Error as error:
                log.warning("recording of call %s: a source could not be connected (%s)", entry.call_key, error.reason)

    def _disconnect(self, entry: _Recording) -> None:
        """Only while the call is up: its bridge port is gone once it has ended."""
        assert entry.recorder is not None
        for source in entry.sources:
            try:
                source.stopTransmit(entry.recorder)
            except pj.Error as error:
                log.info("recording of call %s: a source could not be disconnected (%s)", entry.call_key, error.reason)

    def _destroy_recorder(self, entry: _Recording) -> None:
        entry.sources = []
        if entry.recorder is None or entry.path is None:
            return
        entry.recorder = None  # the only reference: pjsua_recorder_destroy runs now (see module doc)
        entry.closing_until = time.monotonic() + CLOSE_TIMEOUT_S
        self._closing.append(entry)

    def _report_closed(self, now: float) -> None:
        still_closing: list[_Recording] = []
        for entry in self._closing:
            assert entry.path is not None
            complete = wav_header_complete(entry.path)
            if not complete and now < entry.closing_until:
                still_closing.append(entry)
                continue
            if not complete:
                log.error("recording %s: the WAV header was not completed within %s s", entry.path, CLOSE_TIMEOUT_S)
            duration_ms = wav_duration_ms(entry.path) if complete else None
            if self._hasher is None:
                self._hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recording-sha256")
            self._hashing.append((entry, duration_ms, self._hasher.submit(file_sha256, entry.path)))
        self._closing = still_closing

    def _report_hashed(self, wait: bool) -> None:
        """STOPPED for each closed file whose hash is ready (all of them, waiting, when ``wait``)."""
        still_hashing = []
        for entry, duration_ms, sha256 in self._hashing:
            if not (wait or sha256.done()):
                still_hashing.append((entry, duration_ms, sha256))
                continue
            log.info("recording of call %s closed: %s, %s ms", entry.call_key, entry.path, duration_ms)
            self._emit(RecordingStateChanged(entry.call_key, RecordingState.STOPPED, str(entry.path),
                                             sha256.result(), duration_ms))
        self._hashing = still_hashing


def _owner_only(path: Path) -> None:
    """Recordings hold personal data: readable by the agent's account only."""
    try:
        os.chmod(path, 0o600)
    except OSError as error:
        log.warning("cannot restrict access to %s: %s", path, error)
