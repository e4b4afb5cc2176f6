"""Call waiting: a caller who rings while the agent is busy waits in a short list instead of hearing busy at once.

The phone has already sent 180 Ringing and plays the call-waiting beep to the agent. A waiting caller gets
486 Busy Here when the list is full, when the agent rejects them, or after ``max_wait_ms``; the agent answers one
only once the current call and its outcome are done, and it then rings and is answered like any incoming call.

The call row was written at ring (by the session); here it gets its end and, as it never reached the agent, the
outcome ``busy`` with a note saying why, so no waiting call is left for crash recovery to complete.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.call_log import CallEventKind
from app.domain.call_views import WaitingCallView
from app.domain.debtors import DebtorRecord
from app.services.call_log import CallLog
from app.telephony.events import CallState, CallStateChanged
from app.telephony.port import TelephonyPort

MAX_WAITING = 2
MAX_WAIT_MS = 30_000
BUSY_END_REASON = "486 agent busy"
UNAVAILABLE_CODE = 480  # what the phone sends a caller still ringing when CallDesk closes


@dataclass(frozen=True)
class InboundCaller:
    """An incoming call whose row is written: what the session needs to ring it, now or when it is answered later."""

    call_key: str
    call_id: int
    number: str
    record: DebtorRecord | None
    script: Any  # the script chosen at ring (app.scripts.model)
    since: datetime

    @property
    def debtor_id(self) -> int | None:
        return None if self.record is None else self.record.debtor_id


class CallWaiting(QObject):
    waiting_calls_changed = Signal(list)  # list[WaitingCallView], longest waiting first
    problem = Signal(str)  # a message the agent must see

    def __init__(self, phone: TelephonyPort, call_log: CallLog, append: Callable[[int, str, dict[str, Any]], None],
                 ring: Callable[[InboundCaller], None], answer: Callable[[], None], busy: Callable[[], bool], *,
                 max_waiting: int = MAX_WAITING, max_wait_ms: int | None = None, parent: QObject | None = None) -> None:
        """``append``: the session's journal; ``ring`` + ``answer``: the session's own way in for an incoming call;
        ``busy``: the agent has a call (ringing, talking, held) or an outcome still to pick."""
        super().__init__(parent)
        self._phone = phone
        self._call_log = call_log
        self._append = append
        self._ring = ring
        self._answer = answer
        self._busy = busy
        self._max_waiting = max_waiting
        self._max_wait_ms = MAX_WAIT_MS if max_wait_ms is None else max_wait_ms
        self._callers: dict[str, tuple[InboundCaller, QTimer]] = {}  # insertion order: longest waiting first

    @property
    def waiting(self) -> list[WaitingCallView]:
        return [WaitingCallView(caller.call_key, caller.number, None if caller.record is None else caller.record.full_name,
                                caller.since) for caller, _ in self._callers.values()]

    def offer(self, caller: InboundCaller) -> None:
        """A new incoming call: it rings at once when the agent is free; else it waits (ringing on), or hears busy
        at once when the waiting list is full."""
        if not self._busy():
            self._ring(caller)
        elif len(self._callers) >= self._max_waiting:
            self._phone.reject(caller.call_key, busy=True)
            self._close(caller, BUSY_END_REASON, "rejected automatically: the agent was on another call")
        else:
            self._wait(caller)

    def answer(self, call_key: str) -> bool:
        """Answer a waiting caller; refused (False, with a problem) until the current call and its outcome are done."""
        if call_key not in self._callers:
            return False
        if self._busy():
            self.problem.emit(self.tr("Finish the current call and its outcome before answering a waiting call."))
            return False
        caller = self._take(call_key)
        self._changed()
        self._ring(caller)
        self._answer()
        return True

    def reject(self, call_key: str) -> None:
        """The agent turns a waiting caller away: 486 Busy Here."""
        if call_key not in self._callers:
            return
        caller = self._take(call_key)
        self._phone.reject(call_key, busy=True)
        self._close(caller, BUSY_END_REASON, "rejected by the agent while on another call")
        self._changed()

    def on_call_state(self, event: CallStateChanged) -> bool:
        """Called by the session for every call state: True when the event was a waiting caller's (logged here)."""
        if event.call_key not in self._callers:
            return False
        caller = self._callers[event.call_key][0]
        self._append(caller.call_id, CallEventKind.CALL_STATE, {
            "state": event.state.value, "sip_code": event.sip_code, "reason": event.reason,
        })
        if event.state is CallState.DISCONNECTED:  # the caller gave up waiting, or CallDesk closed (480)
            self._take(event.call_key)
            note = ("CallDesk was closed while the caller waited" if event.sip_code == UNAVAILABLE_CODE else
                    "the caller hung up while waiting")
            self._close(caller, f"{event.sip_code} {event.reason}".strip(), f"{note}: the agent was on another call")
            self._changed()
        return True

    def _wait(self, caller: InboundCaller) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(self._max_wait_ms)
        timer.timeout.connect(lambda key=caller.call_key: self._timed_out(key))
        self._callers[caller.call_key] = (caller, timer)
        self._append(caller.call_id, CallEventKind.CALL_STATE, {"state": "waiting", "sip_code": 180, "reason": ""})
        timer.start()
        self._changed()

    def _timed_out(self, call_key: str) -> None:
        if call_key not in self._callers:
            return
        caller = self._take(call_key)
        self._phone.reject(call_key, busy=True)
        self._close(caller, BUSY_END_REASON,
                    f"not answered within {self._max_wait_ms / 1000:g} s: the agent was on another call")
        self._changed()

    def _take(self, call_key: str) -> InboundCaller:
        caller, timer = self._callers.pop(call_key)
        timer.stop()
        timer.deleteLater()
        return caller

    def _close(self, caller: InboundCaller, end_reason: str, note: str) -> None:
        self._call_log.mark_ended(caller.call_id, datetime.now(timezone.utc), end_reason)
        self._call_log.set_outcome(caller.call_id, "busy", note)

    def _changed(self) -> None:
        self.waiting_calls_changed.emit(self.waiting)
