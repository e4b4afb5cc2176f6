"""The ring timeout: an incoming call nobody answers is ended with 480 Temporarily Unavailable and logged as missed.

Without it a call that is neither answered nor cancelled rings for as long as the caller waits, and every later
caller queues behind it. 480 rather than 408: the agent's phone was reached and the agent is not available, which
a PBX or queue may route elsewhere (voicemail, another agent); 408 Request Timeout says a server got no answer in
time, a network fault, and proxies send it themselves.

The call row was written at ring; a missed call gets the outcome ``no_answer`` with a note starting "Missed call"
(the contact history shows both), so it is never left for the agent or for crash recovery to complete.
A caller waiting behind a call is bounded separately (app/services/call_waiting.py: 486 after 30 s).
"""

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.outcomes import OutcomeCode
from app.services.call_log import CallLog
from app.telephony.port import TelephonyPort

log = logging.getLogger(__name__)

RING_TIMEOUT_MS = 45_000


class RingTimeout(QObject):
    timed_out = Signal(str)  # call key: 480 was sent; its DISCONNECTED follows from the phone

    def __init__(self, phone: TelephonyPort, call_log: CallLog, timeout_ms: int = RING_TIMEOUT_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phone = phone
        self._call_log = call_log
        self._timeout_ms = timeout_ms
        self._ringing: str | None = None
        self._missed: set[str] = set()  # timed out, their end not yet logged
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._time_out)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def start(self, call_key: str) -> None:
        """The call rings for the agent now (one at a time: a later caller waits in the call-waiting list)."""
        self._ringing = call_key
        self._timer.start()

    def stop(self, call_key: str | None = None) -> None:
        """Answered, rejected or gone: no timeout (for ``call_key`` only, when given)."""
        if call_key is None or call_key == self._ringing:
            self._ringing = None
            self._timer.stop()

    def ended_unanswered(self, call_key: str) -> bool:
        """True once for a call that ended because it timed out."""
        if call_key in self._missed:
            self._missed.discard(call_key)
            return True
        return False

    def log_missed(self, call_id: int) -> None:
        """The missed call's outcome, with the reason in the note."""
        seconds = self._timeout_ms / 1000
        self._call_log.set_outcome(call_id, OutcomeCode.NO_ANSWER.value,
                                   f"Missed call: not answered within {seconds:g} s (480 Temporarily Unavailable "
                                   "to the caller)")

    def _time_out(self) -> None:
        call_key, self._ringing = self._ringing, None
        if call_key is None:
            return
        log.info("incoming call %s not answered within %g s: 480 to the caller", call_key, self._timeout_ms / 1000)
        self._missed.add(call_key)
        self._phone.reject(call_key, unanswered=True)
        self.timed_out.emit(call_key)
