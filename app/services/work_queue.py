"""The agent's work queue for the window: read on a worker thread when the panel asks, and a timer that says when
to ask again.

The queue changes with the clock (a callback falls due, a new day brings new promises) and with the agent's own
calls, so ``WorkQueue`` ticks on a QTimer and can be nudged after an outcome is recorded. A database that is away
is reported once; the last queue read stays on screen until the next tick succeeds.

The reads run on the queue's own one-thread pool: at a million debtors one takes 26-43 ms, too long for the GUI
thread, which also pumps the phone. The source opens and closes its own session per read on that thread, so no
session crosses threads; the answer comes back through a queued signal and is emitted on the GUI thread. Requests
made while a read runs are coalesced into one more read of the latest filter asked for, once it finishes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance

from app.domain.work_queue import DEFAULT_LIMIT, QueueFilter, WorkQueueItem

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)  # callbacks later than now but within this show as "later today"
STOP_WAIT_MS = 10_000


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


@dataclass(frozen=True)
class _Read:
    """What one read on the worker thread found; ``error`` set means ``items`` is not to be trusted."""

    queue_filter: QueueFilter
    items: tuple[WorkQueueItem, ...] = ()
    error: str | None = None


class _ReadRun(QRunnable):
    """One read, run by the pool's thread; hands its _Read to ``deliver`` (a signal's emit, so it is queued)."""

    def __init__(self, source: WorkQueueSource, agent_login: str, now: datetime, queue_filter: QueueFilter,
                 limit: int, deliver: Callable[[_Read], None]) -> None:
        super().__init__()
        self._source = source
        self._agent_login = agent_login
        self._now = now
        self._filter = queue_filter
        self._limit = limit
        self._deliver = deliver

    def run(self) -> None:
        found = self._read()
        try:
            self._deliver(found)
        except RuntimeError:  # the queue was deleted meanwhile (its window closed): nobody waits for the answer
            pass

    def _read(self) -> _Read:
        now = self._now
        try:
            items = self._source.queue(self._agent_login, now, now.astimezone().date(), now + CALLBACK_HORIZON,
                                       self._filter, self._limit)
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread; the queue keeps ticking
            return _Read(self._filter, error=str(error) or type(error).__name__)
        return _Read(self._filter, tuple(items))


class WorkQueue(QObject):
    """A WorkQueueReader for one agent; ``changed`` asks the panel to request again (every minute, or when nudged)."""

    changed = Signal()
    items_ready = Signal(object, list)  # QueueFilter, list[WorkQueueItem]: the answer to a request
    problem = Signal(str)
    _read_done = Signal(object)  # _Read, emitted on the worker thread, received on the queue's (GUI) thread

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
        self._running = False
        self._next: QueueFilter | None = None  # asked for while a read ran
        self._stopped = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._read_done.connect(self._on_read)
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.changed)

    @property
    def busy(self) -> bool:
        """A read is running (or its answer is on its way to the GUI thread)."""
        return self._running

    def start(self, read_now: bool = True) -> None:
        """Poll every minute; ``read_now=False`` when the window asks for the queue itself as it opens."""
        self._stopped = False
        self._timer.start()
        if read_now:
            self.changed.emit()

    def stop(self) -> None:
        """Stop polling and wait for a running read, so the database can be closed after this returns."""
        self._stopped = True
        self._timer.stop()
        self._next = None
        self._pool.waitForDone(STOP_WAIT_MS)

    def nudge(self) -> None:
        """Something the queue depends on changed now (an outcome was recorded, debtors were reassigned)."""
        self.changed.emit()

    def request(self, queue_filter: QueueFilter) -> None:
        """Read the queue on the worker thread; ``items_ready`` follows on this thread. While a read runs, the
        latest filter asked for is read once more after it."""
        if self._stopped:
            return
        if self._running:
            self._next = queue_filter
            return
        self._running = True
        self._pool.start(_ReadRun(self._source, self._agent_login, self._clock(), queue_filter, self._limit,
                                  self._read_done.emit))

    def _on_read(self, found: _Read) -> None:
        self._running = False
        if found.error is None:
            self._failing = False
            items = list(found.items)
            self._last = {found.queue_filter: items}
        else:
            if not self._failing:
                message = self.tr("The work queue could not be read: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", found.error))
            self._failing = True
            items = list(self._last.get(found.queue_filter, []))
        self.items_ready.emit(found.queue_filter, items)
        if self._next is not None and not self._stopped:
            queue_filter, self._next = self._next, None
            self.request(queue_filter)
