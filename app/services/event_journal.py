"""Writes call events the moment they happen; if the database is away, holds them and retries, losing none."""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from app.services.call_log import CallLog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _PendingEvent:
    call_id: int
    kind: str
    payload: dict[str, Any]
    wall_time: datetime
    monotonic_ns: int


class EventJournal:
    def __init__(self, call_log: CallLog, on_problem: Callable[[str], None]) -> None:
        self._call_log = call_log
        self._on_problem = on_problem
        self._pending: list[_PendingEvent] = []

    @property
    def unsaved_count(self) -> int:
        return len(self._pending)

    def append(self, call_id: int, kind: str, payload: dict[str, Any]) -> None:
        """Commit now; on failure keep the event (with its original times) and retry before the next one."""
        self._pending.append(_PendingEvent(call_id, kind, payload, datetime.now(timezone.utc), time.monotonic_ns()))
        self.flush()

    def flush(self) -> bool:
        while self._pending:
            event = self._pending[0]
            try:
                self._call_log.append_event(event.call_id, event.kind, event.payload, event.wall_time, event.monotonic_ns)
            except Exception as error:  # the database went away: keep everything, say so once per failure
                log.warning("call log write failed, %d event(s) held: %s", len(self._pending), error)
                self._on_problem(
                    f"The call log cannot be written ({error.__class__.__name__}). {len(self._pending)} event(s) are "
                    "held in memory and will be saved when the database is back. Do not close CallDesk."
                )
                return False
            self._pending.pop(0)
        return True
