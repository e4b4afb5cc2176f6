"""Writes call events the moment they happen; if the database is away, holds them and retries, losing none.

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
    call_update: CallUpdate | None = None


class EventJournal:
    def __init__(self, call_log: CallLog, on_problem: Callable[[str], None]) -> None:
        self._call_log = call_log
        self._on_problem = on_problem
        self._pending: list[_PendingEvent] = []

    @property
    def unsaved_count(self) -> int:
        return len(self._pending)

    def append(self, call_id: int, kind: str, payload: dict[str, Any], call_update: CallUpdate | None = None) -> None:
        """Commit now; on failure keep the event (with its original times) and retry before the next one."""
        self._pending.append(_PendingEvent(call_id, kind, payload, datetime.now(timezone.utc), time.monotonic_ns(),
                                           call_update))
        self.flush()

    def flush(self) -> bool:
        while self._pending:
            event = self._pending[0]
            try:
                row_written = self._write(event)
            except Exception as error:  # noqa: BLE001 - the database went away (any driver error): keep everything, say so
                log.warning("call log write failed, %d event(s) held: %s", len(self._pending), error)
                self._on_problem(
                    f"The call log cannot be written ({error.__class__.__name__}). {len(self._pending)} event(s) are "
                    "held in memory and will be saved when the database is back. Do not close CallDesk."
                )
                return False
            self._pending.pop(0)
            if event.call_update is not None and not row_written:
                event.call_update.write(self._call_log, event.call_id)
        return True

    def _write(self, event: _PendingEvent) -> bool:
        """Commit the event; True when its call row update went in the same transaction."""
        update = event.call_update
        with_row = None if update is None else getattr(self._call_log, "append_event_updating_call", None)
        if update is not None and with_row is not None:
            with_row(event.call_id, event.kind, event.payload, update.values, event.wall_time, event.monotonic_ns)
            return True
        self._call_log.append_event(event.call_id, event.kind, event.payload, event.wall_time, event.monotonic_ns)
        return False
