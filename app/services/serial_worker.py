"""One database read at a time on a worker thread of its own, its result handed back on the GUI thread.

The work queue and the follow-up checks read tables that grow with the portfolio (tens of ms at a million
debtors): too long for the GUI thread, which also pumps the phone. Each read opens and closes its own database
session on the worker thread, so no session crosses threads; the result comes back through a queued signal.

A read asked for while one runs waits and starts when that one is done; only the latest one waiting is kept (a
newer filter replaces an older one). A read is *prepared* on the GUI thread when it starts, not when it is asked
for, so it sees what the previous read changed (the time, what is still to be checked). ``stop`` drops the waiting
read and waits for the running one: the database can be closed once it returns.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
STOP_WAIT_MS = 10_000

Read = Callable[[], T]  # runs on the worker thread; its own session
Deliver = Callable[[T | None, str | None], None]  # (result, None) or (None, what went wrong), on the GUI thread


@dataclass(frozen=True)
class _Done(Generic[T]):
    deliver: Deliver[T]
    result: T | None
    error: str | None


class _Job(QRunnable, Generic[T]):
    def __init__(self, read: Read[T], deliver: Deliver[T], finished: Callable[[_Done[T]], None]) -> None:
        super().__init__()
        self._read, self._deliver, self._finished = read, deliver, finished

    def run(self) -> None:
        try:
            done = _Done(self._deliver, self._read(), None)
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread by the deliverer
            done = _Done(self._deliver, None, str(error) or type(error).__name__)
        try:
            self._finished(done)
        except RuntimeError:  # the worker was deleted meanwhile (its window closed): nobody waits for the answer
            pass


class SerialWorker(QObject):
    _finished = Signal(object)  # _Done, emitted on the worker thread, received on this object's (GUI) thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = False
        self._waiting: tuple[Callable[[], Read[Any]], Deliver[Any]] | None = None
        self._stopped = False
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """A read is running (or its answer is on its way to the GUI thread)."""
        return self._running

    def submit(self, prepare: Callable[[], Read[T]], deliver: Deliver[T]) -> None:
        """``prepare()`` (on this thread, when the read starts) gives the read; ``deliver`` gets its answer here."""
        if self._stopped:
            return
        if self._running:
            self._waiting = (prepare, deliver)
            return
        self._running = True
        self._pool.start(_Job(prepare(), deliver, self._finished.emit))

    def resume(self) -> None:
        self._stopped = False

    def stop(self) -> None:
        self._stopped = True
        self._waiting = None
        self._pool.waitForDone(STOP_WAIT_MS)

    def _on_finished(self, done: _Done[Any]) -> None:
        self._running = False
        done.deliver(done.result, done.error)
        if self._waiting is not None and not self._stopped:
            (prepare, deliver), self._waiting = self._waiting, None
            self.submit(prepare, deliver)
