"""The agent's recent calls for the softphone panel, read again after each call is done."""

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.domain.call_views import RecentCallView

log = logging.getLogger(__name__)

RECENT_CALLS_LIMIT = 20


class RecentCallsSource(Protocol):
    """Implemented by app.db.call_log_repository.CallLogRepository."""

    def recent_calls(self, agent_login: str, limit: int = RECENT_CALLS_LIMIT) -> list[RecentCallView]: ...


class RecentCalls(QObject):
    """Holds the list and says when it changed; connect ``refresh`` to the session's outcome_required and
    call_completed (a call gets its row at ring, its end, then its outcome)."""

    changed = Signal(list)  # list[RecentCallView], newest first
    problem = Signal(str)

    def __init__(self, source: RecentCallsSource, agent_login: str, limit: int = RECENT_CALLS_LIMIT,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._agent_login = agent_login
        self._limit = limit
        self._calls: list[RecentCallView] = []

    @property
    def calls(self) -> list[RecentCallView]:
        return list(self._calls)

    def refresh(self, *_: object) -> None:
        """Read the list again (extra arguments, such as a call or debtor id from a signal, are ignored)."""
        try:
            calls = self._source.recent_calls(self._agent_login, self._limit)
        except Exception as error:  # noqa: BLE001 - the database went away: keep the last list, say so
            log.warning("recent calls could not be read: %s", error)
            self.problem.emit(self.tr("The recent calls could not be read; the list may be out of date."))
            return
        if calls != self._calls:
            self._calls = calls
            self.changed.emit(list(calls))
