"""The agent's follow-ups over the day: callbacks coming due, and promises turned kept or broken by payments.

Polls on a QTimer (a callback is due at a minute, not a millisecond); a database that is away is reported
once and tried again at the next tick.

The queries run on a SerialWorker (app.services.serial_worker): judging every pending promise reads a table that
grows with the portfolio (about 70 ms at a million debtors), too long for the GUI thread. A refresh asked for
while a check runs is done once that one finishes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.follow_ups import CallbackView
from app.services.serial_worker import SerialWorker

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)
PROMISE_CHECK_INTERVAL = timedelta(hours=1)


class FollowUpSource(Protocol):
    """Each call opens and closes its own database session (it is called on a worker thread)."""

    def due_callbacks(self, agent_login: str, now: datetime, horizon: timedelta = ...) -> list[CallbackView]: ...

    def evaluate_promises(self, today: date, grace_days: int) -> int: ...


@dataclass(frozen=True)
class _Check:
    """What one check on the worker thread found."""

    now: datetime
    promises_checked: bool
    promises_changed: int = 0
    callbacks: tuple[CallbackView, ...] = ()


class FollowUpQueue(QObject):
    callbacks_changed = Signal(list)  # list[CallbackView], soonest first (overdue ones included)
    promises_updated = Signal(int)  # how many promises became kept or broken
    problem = Signal(str)

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
        self._worker = SerialWorker(self)
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)

    @property
    def busy(self) -> bool:
        """A check is running (or its result is on its way to the GUI thread)."""
        return self._worker.busy

    def start(self) -> None:
        self._worker.resume()
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """Stop polling and wait for a running check, so the database can be closed after this returns."""
        self._timer.stop()
        self._worker.stop()

    def refresh(self) -> None:
        """Check now, on the worker thread; the signals follow on this thread when it is done."""
        self._worker.submit(self._prepare_check, self._on_checked)

    def _prepare_check(self) -> Callable[[], _Check]:
        """Decided when the check starts: promises are judged at most once an hour."""
        now = self._clock()
        check_promises = self._last_promise_check is None or now - self._last_promise_check >= PROMISE_CHECK_INTERVAL
        source, login, grace_days = self._source, self._agent_login, self._grace_days

        def check() -> _Check:
            changed = source.evaluate_promises(now.astimezone().date(), grace_days) if check_promises else 0
            return _Check(now, check_promises, changed, tuple(source.due_callbacks(login, now, CALLBACK_HORIZON)))

        return check

    def _on_checked(self, check: _Check | None, error: str | None) -> None:
        if error is not None or check is None:
            if not self._failing:
                message = self.tr("Callbacks and promises could not be checked: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", error or ""))
            self._failing = True
            return
        self._failing = False
        if check.promises_checked:
            self._last_promise_check = check.now
            if check.promises_changed:
                self.promises_updated.emit(check.promises_changed)
        self.callbacks_changed.emit(list(check.callbacks))
