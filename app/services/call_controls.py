"""The softphone panel's call features on the debtor's call: keypad, blind and attended transfer, a consultation
call, a three-way conference.

The consultation is a second call that is not a debtor call: it has no call row, no script and no outcome; the
CallSession ignores its events (they carry another call key). Every step of it, and of each transfer, is logged
as events on the debtor's call instead, so the call's history shows who the debtor was handed to and when.
Keys sent on the keypad are logged by the session as a count only (DtmfSent), never the digits.
"""

from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.domain.call_log import CallEventKind
from app.services.call_log import CallLog
from app.services.call_log_writer import CallLogWriter
from app.services.event_journal import EventJournal
from app.telephony.events import CallReplaced, CallState, CallStateChanged, TransferStatus
from app.telephony.port import InvalidDialTarget, TelephonyPort


class ActiveCallSource(Protocol):
    """What CallControls needs of the CallSession: the debtor's call in progress, as (call key, call id)."""

    @property
    def active_call(self) -> tuple[str, int] | None: ...


class DialTargets(Protocol):
    """The session's DialRouter: a typed number or SIP URI to the URI to send (InvalidDialTarget when it cannot)."""

    def route(self, text: str) -> str: ...


_CONSULT_STATES = {CallState.EARLY: "ringing", CallState.CONFIRMED: "connected"}


class CallControls(QObject):
    consultation_state_changed = Signal(str)  # "none" | "calling" | "ringing" | "connected" | "ended"
    transfer_finished = Signal(bool, str)  # transferred?, the final SIP status ("200 OK", "486 Busy Here")
    conference_changed = Signal(bool)  # the debtor, the consulted party and the agent hear each other
    problem = Signal(str)  # a message the agent must see

    def __init__(self, *, phone: TelephonyPort, session: ActiveCallSource, router: DialTargets, call_log: CallLog,
                 writer: CallLogWriter | None = None, parent: QObject | None = None) -> None:
        """``writer``: the call session's, so transfer events keep their place among the call's other events."""
        super().__init__(parent)
        self._phone = phone
        self._session = session
        self._router = router
        self._journal = EventJournal(call_log, self.problem.emit, writer)
        self._answered: set[str] = set()  # calls confirmed and not yet over
        self._debtor: tuple[str, int] | None = None  # the debtor's call this transfer/consultation belongs to
        self._debtor_over = False
        self._consult_key: str | None = None
        self._consult_state = "none"
        self._cancelled = False
        self._conference = False
        self._transfer: str | None = None  # "blind" | "attended" while the far end reports progress
        self._handed_over = False  # a transfer succeeded: the debtor's call is ending

    @property
    def consultation_state(self) -> str:
        return self._consult_state

    @property
    def consultation_call_key(self) -> str | None:
        return self._consult_key

    @property
    def in_conference(self) -> bool:
        return self._conference

    # -- the agent's actions --------------------------------------------------------------------------------

    def microphone_level(self) -> float | None:
        """The agent's microphone in dBFS for the phone panel's meter (None without a microphone); cheap."""
        return self._phone.microphone_level()

    def send_dtmf(self, digits: str) -> bool:
        """Keys to the debtor's connected call (RFC 2833 or SIP INFO; the session logs how many)."""
        call = self._connected_debtor_call()
        if call is None:
            return False
        try:
            self._phone.send_dtmf(call[0], digits)
        except ValueError as error:  # InvalidDtmf: keys other than 0-9 * # A-D
            self.problem.emit(str(error))
            return False
        return True

    def transfer_blind(self, target: str) -> bool:
        """REFER the debtor to a number or SIP URI; the call ends when the far end reports success."""
        call = self._connected_debtor_call()
        if call is None:
            return False
        if self._consult_key is not None:
            self.problem.emit(self.tr("End the consultation before a blind transfer."))
            return False
        uri = self._route(target)
        if uri is None:
            return False
        self._begin(call)
        self._log(CallEventKind.TRANSFER_REQUESTED, {"mode": "blind", "target": uri})
        try:
            self._phone.transfer_blind(call[0], uri)
        except InvalidDialTarget as error:
            self._log(CallEventKind.TRANSFER_RESULT, {"mode": "blind", "sip_code": 0, "reason": str(error), "ok": False})
            self.problem.emit(str(error))
            return False
        self._transfer = "blind"
        return True

    def start_consultation(self, target: str) -> bool:
        """Hold the debtor and call ``target`` (a colleague, a supervisor) as a second call that is not a debtor call."""
        call = self._connected_debtor_call()
        if call is None:
            return False
        if self._consult_key is not None:
            self.problem.emit(self.tr("A consultation is already in progress."))
            return False
        uri = self._route(target)
        if uri is None:
            return False
        self._begin(call)
        self._phone.hold(call[0])
        try:
            consult_key = self._phone.make_call(uri)
        except (InvalidDialTarget, RuntimeError) as error:
            self._phone.unhold(call[0])
            self.problem.emit(str(error))
            return False
        self._consult_key, self._cancelled, self._conference = consult_key, False, False
        self._log(CallEventKind.CONSULTATION, {"state": "calling", "target": uri})
        self._set_state("calling")
        return True

    def complete_attended_transfer(self) -> bool:
        """Hand the debtor to the consulted party (REFER with Replaces); both of the agent's calls then end."""
        if not self._consultation_connected():
            return False
        assert self._debtor is not None and self._consult_key is not None
        self._log(CallEventKind.TRANSFER_REQUESTED, {"mode": "attended"})
        try:
            self._phone.transfer_attended(self._debtor[0], self._consult_key)
        except ValueError as error:
            self.problem.emit(str(error))
            return False
        self._transfer = "attended"
        return True

    def cancel_consultation(self) -> None:
        """Hang up the consultation call and take the debtor off hold."""
        if self._consult_key is None:
            return
        self._cancelled = True
        self._log(CallEventKind.CONSULTATION, {"state": "cancelled"})
        self._phone.hangup(self._consult_key)
        self._resume_debtor()

    def conference(self) -> bool:
        """Join the debtor, the consulted party and the agent (the debtor comes off hold)."""
        if not self._consultation_connected():
            return False
        assert self._debtor is not None and self._consult_key is not None
        try:
            self._phone.conference([self._debtor[0], self._consult_key])
        except ValueError as error:
            self.problem.emit(str(error))
            return False
        self._conference = True
        self._log(CallEventKind.CONFERENCE, {"joined": True, "parties": 3})
        self.conference_changed.emit(True)
        return True

    # -- slots connected to the telephony bridge ------------------------------------------------------------

    def on_call_state(self, event: CallStateChanged) -> None:
        """Connected to the bridge's call_state_changed: follows the consultation call and the debtor's call."""
        if event.state is CallState.CONFIRMED:
            self._answered.add(event.call_key)
        elif event.state is CallState.DISCONNECTED:
            self._answered.discard(event.call_key)
        if event.call_key == self._consult_key:
            self._on_consultation_state(event)
        elif self._debtor is not None and event.call_key == self._debtor[0] and event.state is CallState.DISCONNECTED:
            self._on_debtor_call_over()

    def on_transfer_status(self, event: TransferStatus) -> None:
        """Connected to the bridge's transfer_status: the final NOTIFY says whether the debtor was handed over."""
        if self._transfer is None or self._debtor is None or event.call_key != self._debtor[0] or not event.final:
            return
        mode, self._transfer = self._transfer, None
        ok = 200 <= event.sip_code < 300
        self._handed_over = self._handed_over or ok
        self._log(CallEventKind.TRANSFER_RESULT,
                  {"mode": mode, "sip_code": event.sip_code, "reason": event.reason, "ok": ok})
        self.transfer_finished.emit(ok, f"{event.sip_code} {event.reason}".strip())

    def on_call_replaced(self, event: CallReplaced) -> None:
        """Connected to the bridge's call_replaced: an INVITE with Replaces took over one of the agent's calls."""
        if event.old_call_key == self._consult_key:
            self._consult_key = event.new_call_key
            self._log(CallEventKind.CALL_REPLACED, {"which": "consultation", "remote": event.remote_uri})
            return
        active = self._session.active_call
        if active is not None and active[0] == event.old_call_key:
            self._journal.append(active[1], CallEventKind.CALL_REPLACED, {"which": "debtor", "remote": event.remote_uri})

    # -- internals --------------------------------------------------------------------------------------------

    def _connected_debtor_call(self) -> tuple[str, int] | None:
        call = self._session.active_call
        if call is None or call[0] not in self._answered:
            self.problem.emit(self.tr("There is no connected call."))
            return None
        return call

    def _consultation_connected(self) -> bool:
        if self._consult_state != "connected" or self._debtor is None or self._debtor_over:
            self.problem.emit(self.tr("Wait until the consultation call is connected."))
            return False
        return True

    def _route(self, target: str) -> str | None:
        try:
            return self._router.route(target)
        except (InvalidDialTarget, RuntimeError) as error:  # RuntimeError: the demo line could not start
            self.problem.emit(str(error))
            return None

    def _begin(self, call: tuple[str, int]) -> None:
        if self._debtor != call:
            self._debtor, self._debtor_over, self._handed_over, self._transfer = call, False, False, None

    def _on_consultation_state(self, event: CallStateChanged) -> None:
        if event.state is not CallState.DISCONNECTED:
            state = _CONSULT_STATES.get(event.state)
            if state is not None and state != self._consult_state:
                self._log(CallEventKind.CONSULTATION, {"state": state})
                self._set_state(state)
            return
        self._consult_key = None
        self._log(CallEventKind.CONSULTATION, {"state": "ended", "sip_code": event.sip_code, "reason": event.reason})
        if self._conference:
            self._conference = False
            self._log(CallEventKind.CONFERENCE, {"joined": False, "parties": 2})
            self.conference_changed.emit(False)
        if not self._cancelled:
            self._resume_debtor()  # the consulted party hung up or never answered: back to the debtor
        self._set_state("ended")
        if self._debtor_over:
            self._set_state("none")

    def _on_debtor_call_over(self) -> None:
        self._debtor_over = True
        if self._consult_key is not None and self._transfer != "attended" and not self._handed_over:
            self._cancelled = True
            self._phone.hangup(self._consult_key)  # no conversation goes on that the call log does not cover
        elif self._consult_key is None:
            if self._conference:
                self._conference = False
                self.conference_changed.emit(False)
            self._set_state("none")

    def _resume_debtor(self) -> None:
        """Take the debtor off hold, unless their call is over or being handed over."""
        active = self._session.active_call
        if (self._debtor is not None and active == self._debtor and not self._debtor_over
                and self._transfer is None and not self._handed_over):
            self._phone.unhold(self._debtor[0])

    def _set_state(self, state: str) -> None:
        if state != self._consult_state:
            self._consult_state = state
            self.consultation_state_changed.emit(state)

    def _log(self, kind: CallEventKind, payload: dict[str, Any]) -> None:
        if self._debtor is not None:
            self._journal.append(self._debtor[1], kind, payload)
