"""The agent's work queue for the window: read on a worker thread when the panel asks, and a timer that says when
to ask again.

The queue changes with the clock (a callback falls due, a new day brings new promises) and with the agent's own
calls, so ``WorkQueue`` ticks on a QTimer and can be nudged after an outcome is recorded. A database that is away
is reported once; the last queue read stays on screen until the next tick succeeds.

The reads run on a SerialWorker (app.services.serial_worker): at a million debtors one takes 26-43 ms, too long
for the GUI thread. Requests made while a read runs are coalesced into one more read of the latest filter asked
for, once it finishes.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from app.domain.work_queue import DEFAULT_LIMIT, QueueFilter, WorkQueueItem
from app.services.serial_worker import SerialWorker

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)  # callbacks later than now but within this show as "later today"


class WorkQueueReader(Protocol):
    """What the panel needs: ``request`` a read of the queue narrowed by a filter; ``items_ready(filter, items)``
    follows on the GUI thread, the items in priority order."""

    @property
    def items_ready(self) -> SignalInstance: ...

    def request(self, queue_filter: QueueFilter) -> None: ...


class WorkQueueSource(Protocol):
    """The repository (app.db.work_queue_repository.WorkQueueRepository); each call opens and closes its own
    session (it is called on a worker thread)."""

    def queue(self, agent_login: str, now: datetime, today: date, callbacks_until: datetime,
              queue_filter: QueueFilter = ..., limit: int = ...) -> list[WorkQueueItem]: ...


class WorkQueue(QObject):
    """A WorkQueueReader for one agent; ``changed`` asks the panel to request again (every minute, or when nudged)."""

    changed = Signal()
    items_ready = Signal(object, list)  # QueueFilter, list[WorkQueueItem]: the answer to a request
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
        self._worker = SerialWorker(self)
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.changed)

    @property
    def busy(self) -> bool:
        """A read is running (or its answer is on its way to the GUI thread)."""
        return self._worker.busy

    def start(self, read_now: bool = True) -> None:
        """Poll every minute; ``read_now=False`` when the window asks for the queue itself as it opens."""
        self._worker.resume()
        self._timer.start()
        if read_now:
            self.changed.emit()

    def stop(self) -> None:
        """Stop polling and wait for a running read, so the database can be closed after this returns."""
        self._timer.stop()
        self._worker.stop()

    def nudge(self) -> None:
        """Something the queue depends on changed now (an outcome was recorded, debtors were reassigned)."""
        self.changed.emit()

    def request(self, queue_filter: QueueFilter) -> None:
        """Read the queue on the worker thread; ``items_ready`` follows on this thread. While a read runs, the
        latest filter asked for is read once more after it."""
        self._worker.submit(lambda: self._read(queue_filter),
                            lambda items, error: self._on_read(queue_filter, items, error))

    def _read(self, queue_filter: QueueFilter) -> Callable[[], list[WorkQueueItem]]:
        now, source, login, limit = self._clock(), self._source, self._agent_login, self._limit
        return lambda: source.queue(login, now, now.astimezone().date(), now + CALLBACK_HORIZON, queue_filter, limit)

    def _on_read(self, queue_filter: QueueFilter, found: list[WorkQueueItem] | None, error: str | None) -> None:
        if error is None and found is not None:
            self._failing = False
            items = list(found)
            self._last = {queue_filter: items}
        else:
            if not self._failing:
                message = self.tr("The work queue could not be read: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", error or ""))
            self._failing = True
            items = list(self._last.get(queue_filter, []))
        self.items_ready.emit(queue_filter, items)
