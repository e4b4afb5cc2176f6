"""Recordings of calls a crash cut off: repaired, hashed and linked to their call when CallDesk starts again.

The call log knows the file from the call's RECORDING events (its path is logged when recording starts); the call
row gets it only at a normal close. So on recovery each interrupted call with a recording event but no ``stopped``
one has its WAV header repaired (app/telephony/wav_files.py), its sha256 and length computed, and is linked to the
call; the call's end then becomes the recording's end (start + length + paused time), an estimate. A recording
whose ``stopped`` event was committed but whose link to the call was not (a kill between the two writes) is linked
with the sha256 and length that event logged: its header was finished when it stopped.
"""

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from app.domain.call_log import CallEventKind, CallEventView, OpenCallView
from app.telephony.wav_files import WavRepairError, file_sha256, repair_wav_header

log = logging.getLogger(__name__)


class RecoveredRecordingLog(Protocol):
    def link_recovered_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None,
                                 estimated_end: datetime | None) -> None: ...


def recover_recordings(call_log: RecoveredRecordingLog, calls: Sequence[OpenCallView]) -> int:
    """Repair and link the orphaned recordings of ``calls``; returns how many were linked."""
    linked = 0
    for call in calls:
        path = orphaned_recording(call)
        if path is None:
            continue
        stopped = _stopped_payload(call)
        try:
            repair = repair_wav_header(Path(path))
        except (OSError, WavRepairError) as error:
            if stopped is None:
                log.error("call %d: its recording %s could not be recovered: %s", call.call_id, path, error)
                continue
            log.warning("call %d: its stopped recording %s is not readable (%s); linked as logged", call.call_id,
                        path, error)
            repair = None
        if stopped is not None and (repair is None or not repair.changed):
            # Finished normally (header written, hashed when it stopped): the kill only beat the link to the call.
            duration, sha256 = stopped.get("duration_ms"), stopped.get("sha256")
            call_log.link_recovered_recording(call.call_id, path, str(sha256) if sha256 else None,
                                              duration if isinstance(duration, int) else None, None)
        else:
            assert repair is not None
            end = None if stopped is not None else recording_end(call.events, repair.duration_ms)
            call_log.link_recovered_recording(call.call_id, path, file_sha256(repair.path), repair.duration_ms, end)
        log.info("call %d: recording %s recovered", call.call_id, path)
        linked += 1
    return linked


def orphaned_recording(call: OpenCallView) -> str | None:
    """The file the call was recorded to, when it was never linked to the call's row (cut off mid-recording, or
    killed between the ``stopped`` event and the link)."""
    if call.recording_path is not None:
        return None
    recording = [e.payload for e in call.events if e.kind == CallEventKind.RECORDING]
    if not recording:
        return None
    path = recording[-1].get("path")
    return str(path) if path else None


def _stopped_payload(call: OpenCallView) -> dict[str, object] | None:
    """The last RECORDING event's payload when it says the recording stopped normally."""
    recording = [e.payload for e in call.events if e.kind == CallEventKind.RECORDING]
    return dict(recording[-1]) if recording and recording[-1].get("state") == "stopped" else None


def recording_end(events: Sequence[CallEventView], duration_ms: int) -> datetime | None:
    """When the call's audio ended, from the recording: its start, plus its length, plus the time it was paused
    (a pause writes nothing to the file)."""
    start: datetime | None = None
    paused_at: datetime | None = None
    paused = timedelta()
    for event in events:
        if event.kind != CallEventKind.RECORDING:
            continue
        state = event.payload.get("state")
        if state == "recording":
            if start is None:
                start = event.wall_time
            elif paused_at is not None:
                paused += event.wall_time - paused_at
            paused_at = None
        elif state == "paused" and paused_at is None:
            paused_at = event.wall_time
    if start is None:
        return None
    end = start + paused + timedelta(milliseconds=duration_ms)
    return end if paused_at is None else max(end, paused_at)  # cut off while paused: at least until the pause
