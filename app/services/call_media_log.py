"""The call log's side of a call's media: recording states, the closed file's hash and length, the quality summary.

Used by CallSession. A recording is closed, and the quality summary computed, just after the call ended, so the
call keys of the last few ended calls are remembered until those events came. It also knows where in the
recording the call is now (``offset``): script events carry that, so a reviewer can jump to the moment.
"""

import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from app.domain.call_log import CallEventKind
from app.services.call_log import CallLog
from app.telephony.events import CallQualitySummary, RecordingState, RecordingStateChanged
from app.telephony.recording_policy import RecordingTimeline

log = logging.getLogger(__name__)

REMEMBERED_ENDED_CALLS = 16


class CallMediaLog:
    def __init__(self, call_log: CallLog, append: Callable[[int, str, dict[str, Any]], None],
                 on_problem: Callable[[str], None]) -> None:
        self._call_log = call_log
        self._append = append  # the session's journal: events are kept and retried if the database is away
        self._on_problem = on_problem
        self._calls: OrderedDict[str, tuple[int, RecordingTimeline]] = OrderedDict()
        self._states: dict[str, RecordingState] = {}

    def call_started(self, call_key: str, call_id: int) -> None:
        self._calls[call_key] = (call_id, RecordingTimeline())
        while len(self._calls) > REMEMBERED_ENDED_CALLS:
            self._calls.popitem(last=False)

    def state(self, call_key: str) -> RecordingState | None:
        """None: this call is not being recorded."""
        return self._states.get(call_key)

    def offset(self, call_key: str) -> dict[str, int]:
        """``{"recording_offset_ms": n}`` while the call has a recording, else ``{}`` (to merge into payloads)."""
        known = self._calls.get(call_key)
        if known is None or self._states.get(call_key) not in (RecordingState.RECORDING, RecordingState.PAUSED):
            return {}
        offset = known[1].offset_ms()
        return {} if offset is None else {"recording_offset_ms": offset}

    def on_recording_state(self, event: RecordingStateChanged) -> bool:
        """Log it; False for a call this session does not know."""
        known = self._calls.get(event.call_key)
        if known is None:
            return False
        call_id, timeline = known
        if event.state is RecordingState.RECORDING:
            timeline.recording()
        else:
            timeline.paused()
        self._states[event.call_key] = event.state
        payload: dict[str, Any] = {"state": event.state.value, "path": event.path, "offset_ms": timeline.offset_ms()}
        if event.state is RecordingState.STOPPED:
            del self._states[event.call_key]
            payload.update(sha256=event.sha256, duration_ms=event.duration_ms)
        self._append(call_id, CallEventKind.RECORDING, payload)
        if event.state is RecordingState.STOPPED:
            self._store(lambda: self._call_log.set_recording(call_id, event.path, event.sha256, event.duration_ms))
        return True

    def on_quality_summary(self, event: CallQualitySummary) -> None:
        known = self._calls.get(event.call_key)
        if known is None:
            return
        call_id = known[0]
        self._append(call_id, CallEventKind.QUALITY_SUMMARY, dict(event.summary))
        self._store(lambda: self._call_log.set_quality_summary(call_id, dict(event.summary)))

    def _store(self, write: Callable[[], None]) -> None:
        """The event above is already safe in the journal; a failed column update is reported, not raised."""
        try:
            write()
        except Exception as error:  # noqa: BLE001 - the database went away: the journal still has the facts
            log.warning("call media could not be stored on the call: %s", error)
            self._on_problem(f"The recording details could not be saved on the call ({error.__class__.__name__}); "
                             "they are kept in the call's events.")
