"""The agent's follow-ups over the day: callbacks coming due, and promises turned kept or broken by payments.

Polls on a QTimer (a callback is due at a minute, not a millisecond); a database that is away is reported
once and tried again at the next tick.
"""

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.follow_ups import CallbackView

POLL_INTERVAL_MS = 60_000
CALLBACK_HORIZON = timedelta(hours=12)
PROMISE_CHECK_INTERVAL = timedelta(hours=1)


class FollowUpSource(Protocol):
    def due_callbacks(self, agent_login: str, now: datetime, horizon: timedelta = ...) -> list[CallbackView]: ...

    def evaluate_promises(self, today: date, grace_days: int) -> int: ...


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
        self._timer = QTimer(self, interval=POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def refresh(self) -> None:
        now = self._clock()
        try:
            if self._last_promise_check is None or now - self._last_promise_check >= PROMISE_CHECK_INTERVAL:
                changed = self._source.evaluate_promises(now.astimezone().date(), self._grace_days)
                self._last_promise_check = now
                if changed:
                    self.promises_updated.emit(changed)
            callbacks = self._source.due_callbacks(self._agent_login, now, CALLBACK_HORIZON)
        except Exception as error:  # noqa: BLE001 - the queue must keep ticking; the message says what happened
            if not self._failing:
                message = self.tr("Callbacks and promises could not be checked: %1. Trying again in a minute.")
                self.problem.emit(message.replace("%1", str(error)))
            self._failing = True
            return
        self._failing = False
        self.callbacks_changed.emit(callbacks)
