"""The agent's work queue for the window: what the panel reads, and a QObject that says when to read it again.

The queue changes with the clock (a callback falls due, a new day brings new promises) and with the agent's own
calls, so ``WorkQueue`` ticks on a QTimer and can be nudged after an outcome is recorded. A database that is away
is reported once; the last queue read stays on screen until the next tick succeeds.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.work_queue import DEFAULT_LIMIT, QueueFilter, WorkQueueItem

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)  # callbacks later than now but within this show as "later today"


class WorkQueueReader(Protocol):
    """What the panel needs: the queue narrowed by a filter, in priority order."""

    def read(self, queue_filter: QueueFilter) -> list[WorkQueueItem]: ...


class WorkQueueSource(Protocol):
    """The repository (app.db.work_queue_repository.WorkQueueRepository)."""

    def queue(self, agent_login: str, now: datetime, today: date, callbacks_until: datetime,
              queue_filter: QueueFilter = ..., limit: int = ...) -> list[WorkQueueItem]: ...


class WorkQueue(QObject):
    """A WorkQueueReader for one agent; ``changed`` asks the panel to read again (every minute, or when nudged)."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, source: WorkQueueSource, agent_login: str, limit: int = DEFAULT_LIMIT,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._agent_login = agent_login
        self._limit = limit
        self._clock = clock
        self._last: dict[QueueFilter, list[WorkQueueItem]] = {}
        self._failing = False
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.changed)

    def start(self, read_now: bool = True) -> None:
        """Poll every minute; ``read_now=False`` when the window reads the queue itself as it opens."""
        self._timer.start()
        if read_now:
            self.changed.emit()

    def nudge(self) -> None:
        """Something the queue depends on changed now (an outcome was recorded, debtors were reassigned)."""
        self.changed.emit()

    def read(self, queue_filter: QueueFilter) -> list[WorkQueueItem]:
        now = self._clock()
        try:
            items = self._source.queue(self._agent_login, now, now.astimezone().date(), now + CALLBACK_HORIZON,
                                       queue_filter, self._limit)
        except Exception as error:  # noqa: BLE001 - the queue must keep ticking; the message says what happened
            if not self._failing:
                message = self.tr("The work queue could not be read: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", str(error)))
            self._failing = True
            return self._last.get(queue_filter, [])
        self._failing = False
        self._last = {queue_filter: items}
        return items
