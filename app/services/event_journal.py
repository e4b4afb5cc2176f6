"""Writes call events the moment they happen, in order; if the database is away, holds them and retries, losing none.

An event can carry what it changes on the call row (the answer time with the CONFIRMED state, the end with
DISCONNECTED): both are written in one transaction when the call log can (one commit, one fsync, instead of two
while the window waits), else the row right after the event.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from app.services.call_log import CallLog
from app.services.call_log_writer import CallLogWriter
from app.telephony.events import CallState, CallStateChanged

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CallUpdate:
    """Set-once columns of the call row that go with an event; ``write`` sets them on a call log that cannot
    write them in the event's transaction."""

    values: dict[str, Any]
    write: Callable[[CallLog, int], None]


def call_state_update(event: CallStateChanged, answered_now: bool) -> CallUpdate | None:
    """What a call state changes on the call row: the answer time (its first CONFIRMED), or the end and why."""
    now = datetime.now(timezone.utc)
    if answered_now:
        return CallUpdate({"answered_at": now}, lambda call_log, call_id: call_log.mark_answered(call_id, now))
    if event.state is CallState.DISCONNECTED:
        reason = f"{event.sip_code} {event.reason}".strip()
        return CallUpdate({"ended_at": now, "end_reason": reason[:200]},
                          lambda call_log, call_id: call_log.mark_ended(call_id, now, reason))
    return None


@dataclass(frozen=True)
class _PendingEvent:
    call_id: int
    kind: str
    payload: dict[str, Any]
    wall_time: datetime
    monotonic_ns: int


class EventJournal:
    """Events in the order they happened, each committed by ``writer`` (by default at once, on this thread; the
    desktop's writer commits on a thread of its own). Times are taken when the event happens, not when it is
    written."""

    def __init__(self, call_log: CallLog, on_problem: Callable[[str], None],
                 writer: CallLogWriter | None = None) -> None:
        self._call_log = call_log
        self._on_problem = on_problem
        self._writer = writer or CallLogWriter(threaded=False)

    @property
    def unsaved_count(self) -> int:
        return self._writer.unsaved_count

    def append(self, call_id: int, kind: str, payload: dict[str, Any], call_update: CallUpdate | None = None) -> None:
        """Commit in order; on failure the event (with its original times) is kept and retried before the next."""
        event = _PendingEvent(call_id, kind, payload, datetime.now(timezone.utc), time.monotonic_ns())
        self._writer.submit(_EventWrite(self._call_log, event, call_update), self.report_failure)

    def flush(self) -> bool:
        """Wait until every event so far is committed; False (the agent was told) when some are held."""
        return self._writer.flush()

    def report_failure(self, error: BaseException, held: int) -> None:
        log.warning("call log write failed, %d event(s) held: %s", held, error)
        self._on_problem(
            f"The call log cannot be written ({error.__class__.__name__}). {held} event(s) are "
            "held in memory and will be saved when the database is back. Do not close CallDesk."
        )


class _EventWrite:
    """One write: the event, with its call row update in the same transaction when the call log can (one commit,
    one fsync), else the row right after; a retry after the row failed does not write the event twice. The call
    log is asked what it can when the write runs (the desktop's may still be opening when the journal is made)."""

    def __init__(self, call_log: CallLog, event: _PendingEvent, call_update: CallUpdate | None) -> None:
        self._call_log, self._event, self._call_update = call_log, event, call_update
        self._event_written = False

    def __call__(self) -> None:
        event, update = self._event, self._call_update
        if not self._event_written:
            with_row = None if update is None else getattr(self._call_log, "append_event_updating_call", None)
            if update is not None and with_row is not None:
                with_row(event.call_id, event.kind, event.payload, update.values, event.wall_time, event.monotonic_ns)
                return
            self._call_log.append_event(event.call_id, event.kind, event.payload, event.wall_time, event.monotonic_ns)
            self._event_written = True
        if update is not None:
            update.write(self._call_log, event.call_id)
