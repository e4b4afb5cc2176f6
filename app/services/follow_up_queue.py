"""The agent's follow-ups over the day: callbacks coming due, and promises turned kept or broken by payments.

Polls on a QTimer (a callback is due at a minute, not a millisecond); a database that is away is reported
once and tried again at the next tick.

The queries run on a worker thread of the queue's own one-thread pool: judging every pending promise reads
a table that grows with the portfolio (about 70 ms at a million debtors), too long for the GUI thread, which
also pumps the phone. The source's methods open and close their own session on that thread, so no session
crosses threads; the results come back through a queued signal and are emitted on the GUI thread. A refresh
asked for while a check runs is done once that one finishes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.domain.follow_ups import CallbackView

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)
PROMISE_CHECK_INTERVAL = timedelta(hours=1)
STOP_WAIT_MS = 10_000


class FollowUpSource(Protocol):
    """Each call opens and closes its own database session (it is called on a worker thread)."""

    def due_callbacks(self, agent_login: str, now: datetime, horizon: timedelta = ...) -> list[CallbackView]: ...

    def evaluate_promises(self, today: date, grace_days: int) -> int: ...


@dataclass(frozen=True)
class _Check:
    """What one check on the worker thread found; ``error`` set means nothing else is to be trusted."""

    now: datetime
    promises_checked: bool
    promises_changed: int = 0
    callbacks: tuple[CallbackView, ...] = ()
    error: str | None = None


class _CheckRun(QRunnable):
    """One check, run by the pool's thread; hands its _Check to ``deliver`` (a signal's emit, so it is queued)."""

    def __init__(self, source: FollowUpSource, agent_login: str, grace_days: int, now: datetime,
                 check_promises: bool, deliver: Callable[[_Check], None]) -> None:
        super().__init__()
        self._source = source
        self._agent_login = agent_login
        self._grace_days = grace_days
        self._now = now
        self._check_promises = check_promises
        self._deliver = deliver

    def run(self) -> None:
        check = self._check()
        try:
            self._deliver(check)
        except RuntimeError:  # the queue was deleted meanwhile (its window closed): nobody waits for the result
            pass

    def _check(self) -> _Check:
        try:
            changed = 0
            if self._check_promises:
                changed = self._source.evaluate_promises(self._now.astimezone().date(), self._grace_days)
            callbacks = self._source.due_callbacks(self._agent_login, self._now, CALLBACK_HORIZON)
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread; the queue keeps ticking
            return _Check(self._now, self._check_promises, error=str(error) or type(error).__name__)
        return _Check(self._now, self._check_promises, changed, tuple(callbacks))


class FollowUpQueue(QObject):
    callbacks_changed = Signal(list)  # list[CallbackView], soonest first (overdue ones included)
    promises_updated = Signal(int)  # how many promises became kept or broken
    problem = Signal(str)
    _checked = Signal(object)  # _Check, emitted on the worker thread, received on the queue's (GUI) thread

    def __init__(self, source: FollowUpSource, agent_login: str, promise_grace_days: int,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._agent_login = agent_login
        self._grace_days = promise_grace_days
        self._clock = clock
        self._last_promise_check: datetime | None = None
        self._failing = False
        self._running = False
        self._again = False
        self._stopped = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._checked.connect(self._on_checked)
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def busy(self) -> bool:
        """A check is running (or its result is on its way to the GUI thread)."""
        return self._running

    def start(self) -> None:
        self._stopped = False
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """Stop polling and wait for a running check, so the database can be closed after this returns."""
        self._stopped = True
        self._timer.stop()
        self._pool.waitForDone(STOP_WAIT_MS)

    def refresh(self) -> None:
        """Check now, on the worker thread; the signals follow on this thread when it is done."""
        if self._stopped:
            return
        if self._running:
            self._again = True
            return
        now = self._clock()
        check_promises = self._last_promise_check is None or now - self._last_promise_check >= PROMISE_CHECK_INTERVAL
        self._running = True
        self._pool.start(_CheckRun(self._source, self._agent_login, self._grace_days, now, check_promises,
                                   self._checked.emit))

    def _on_checked(self, check: _Check) -> None:
        self._running = False
        if check.error is not None:
            if not self._failing:
                message = self.tr("Callbacks and promises could not be checked: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", check.error))
            self._failing = True
        else:
            self._failing = False
            if check.promises_checked:
                self._last_promise_check = check.now
                if check.promises_changed:
                    self.promises_updated.emit(check.promises_changed)
            self.callbacks_changed.emit(list(check.callbacks))
        if self._again and not self._stopped:
            self._again = False
            self.refresh()
