"""Call-log writes committed in order on a thread of their own, so the GUI thread never waits for the disk.

Why: every call-log commit ends in an fsync (``synchronous=FULL``, so a logged event survives a power cut too):
0.25 ms on a quiet disk, 10-30 ms while other programs write, and the GUI thread used to stall that long on each
call event (the answer, the hang-up, every script step).

What stays as when the GUI thread committed itself:
- Order: one thread takes the writes in the order they were submitted (all from the GUI thread), one commit each.
- Nothing committed is lost: a write counts as done (the repository returns; the kill -9 test's driver prints
  COMMITTED) only after its commit. A kill -9 loses at most the writes not yet committed, the last milliseconds'
  worth: always the newest ones, never one between two committed ones.
- A write that fails (the database is away) is held with everything after it, reported on the GUI thread, and
  tried again before the next write and at every ``flush``; nothing is dropped or reordered.
- ``flush`` waits until everything submitted is committed: a write whose answer the caller needs (the outcome, the
  interrupted calls) flushes first, so it follows every earlier event.

``threaded=False`` runs each write at once on the caller's thread, with the same holding and retrying (tests,
scripts); so does a writer after ``stop``.
"""

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

FLUSH_WAIT_S = 10.0  # longer than the database's busy timeout (5 s): a locked database fails rather than hangs
STOP_WAIT_S = 10.0

T = TypeVar("T")
Write = Callable[[], object]  # one commit; runs on the writer thread
Report = Callable[[BaseException, int], None]  # on the GUI thread: what failed, how many writes are held


@dataclass(frozen=True)
class _Job:
    write: Write
    report: Report


class CallLogWriter(QObject):
    _failed = Signal(object, object, int)  # report, error, writes held: from the writer thread to this (GUI) thread
    _answered = Signal(object)  # a callable with the answer of ``run``, to call on this (GUI) thread

    def __init__(self, *, threaded: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[_Job] = deque()
        self._changed = threading.Condition()
        self._held = False  # the first job failed and waits for a retry
        self._retry = False
        self._failures = 0
        self._stopping = False
        self._failed.connect(self._deliver_report, Qt.ConnectionType.QueuedConnection)
        self._answered.connect(self._deliver_answer, Qt.ConnectionType.QueuedConnection)
        self._home = threading.get_ident()  # the GUI thread: answers are delivered here
        self._due: list[Callable[[], None]] = []  # answers of jobs run here, to call once each job is off the queue
        self._thread: threading.Thread | None = None
        if threaded:  # a daemon: quitting (or a crash) never waits for it; close() drains it first
            self._thread = threading.Thread(target=self._run, name="call-log-writer", daemon=True)
            self._thread.start()

    @property
    def unsaved_count(self) -> int:
        """Writes submitted and not yet committed (held after a failure, or still on their way)."""
        with self._changed:
            return len(self._jobs)

    @property
    def holding(self) -> bool:
        """A write failed and waits, with those after it, for the database to come back."""
        with self._changed:
            return self._held

    def submit(self, write: Write, report: Report) -> None:
        """Commit ``write`` after everything submitted before it; ``report`` hears of a failure (GUI thread)."""
        with self._changed:
            self._jobs.append(_Job(write, report))
            self._retry = self._held  # a held write is tried again before the next one, as the journal always did
            self._changed.notify_all()
        if self._thread is None:
            self._drain_here()

    def run(self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[Exception], None]) -> None:
        """``work`` in its turn after everything submitted before it, once: a failure is not held or retried but
        goes to ``failed``; ``done(result)`` or ``failed(error)`` is called on the GUI thread (with no writer
        thread, before ``run`` returns). For a write whose answer the caller needs, e.g. a new call row's id."""

        def answered() -> None:
            try:
                answer = partial(done, work())
            except Exception as error:  # noqa: BLE001 - any driver error goes to the caller, who decides
                answer = partial(failed, error)
            if threading.get_ident() == self._home:
                self._due.append(answer)  # called once the job is done: what it submits runs after it
            else:
                self._answered.emit(answer)

        self.submit(answered, _never_fails)

    def flush(self, timeout_s: float = FLUSH_WAIT_S) -> bool:
        """Wait until everything submitted is committed (a held write is tried once more); False if some is not."""
        if self._thread is None:
            return self._drain_here()
        if threading.current_thread() is self._thread:  # a write that flushes would wait for itself
            raise RuntimeError("flush() from a call log write: it would wait for itself")
        deadline = time.monotonic() + timeout_s
        with self._changed:
            failures = self._failures
            if self._held:
                self._retry = True
                self._changed.notify_all()
            while self._jobs and self._failures == failures and self._thread.is_alive():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    log.warning("call log writes still running after %.0f s: %d waiting", timeout_s, len(self._jobs))
                    break
                self._changed.wait(remaining)
            return not self._jobs

    def stop(self, timeout_s: float = STOP_WAIT_S) -> bool:
        """Commit what is waiting (unless held), end the thread; later writes run on the caller's thread.
        False when writes are still unsaved (they are held in memory and tried at the next write or flush)."""
        thread = self._thread
        if thread is not None:
            with self._changed:
                self._stopping = True
                self._changed.notify_all()
            thread.join(timeout_s)
            if thread.is_alive():  # a write stuck in the driver: leave it to the daemon thread, do not race it
                log.warning("the call log writer did not stop within %.0f s", timeout_s)
                return False
            self._thread = None
        return self.unsaved_count == 0

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._jobs or (self._held and not self._retry):
                    if self._stopping:
                        return
                    self._changed.wait()
                job, self._retry = self._jobs[0], False
            try:
                job.write()
            except Exception as error:  # noqa: BLE001 - any driver error: the write is held, reported, retried
                self._failed.emit(job.report, error, self._hold())
                continue
            with self._changed:
                self._jobs.popleft()
                self._held = False
                self._changed.notify_all()

    def _drain_here(self) -> bool:
        """The writes, on the caller's thread (no writer thread): the first failure holds the rest."""
        while True:
            with self._changed:
                if not self._jobs:
                    self._held = False
                    return True
                job = self._jobs[0]
            try:
                job.write()
            except Exception as error:  # noqa: BLE001 - any driver error: the write is held, reported, retried
                job.report(error, self._hold())
                return False
            with self._changed:
                self._jobs.popleft()
            self._deliver_due()

    def _hold(self) -> int:
        """After a failed write: hold the queue (the failed write first); how many writes now wait."""
        with self._changed:
            self._held, self._failures = True, self._failures + 1
            self._changed.notify_all()
            return len(self._jobs)

    def _deliver_due(self) -> None:
        while self._due:
            answer = self._due.pop(0)
            try:  # a fault in the caller's code is not the write's: it neither stops nor repeats the queue
                answer()
            except Exception:
                log.exception("handling the answer of a call log write failed")

    def _deliver_report(self, report: Report, error: BaseException, held: int) -> None:
        report(error, held)

    def _deliver_answer(self, answer: Callable[[], None]) -> None:
        answer()


def _never_fails(error: BaseException, _held: int) -> None:
    log.error("a run() job failed, although it hands its errors to the caller: %s", error)
