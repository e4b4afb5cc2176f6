"""One agent's calls: dial, follow the script, hang up, pick an outcome; every step logged as it happens."""

import logging
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.call_log import CallDirection, CallEventKind
from app.domain.call_outcome import CallOutcome
from app.domain.debtors import DebtorRecord
from app.scripts.context import DEFAULT_CENTRES, CallFacts, Centre, call_facts, focus_account
from app.scripts.loader import ScriptLibrary
from app.scripts.selection import script_for_call
from app.services.call_log import CallLog
from app.services.call_log_writer import CallLogWriter
from app.services.call_media_log import CallMediaLog
from app.services.call_waiting import CallWaiting, InboundCaller
from app.services.dial_permission import DialPermission, collection_hold_rule
from app.services.dial_router import DialRouter
from app.services.event_journal import EventJournal, call_state_update
from app.services.follow_ups import FollowUps
from app.services.interrupted_calls import InterruptedCalls, store_outcome
from app.services.ordered_call_log import OrderedCallLog
from app.services.outcome_suggestion import OutcomeSuggestion

if TYPE_CHECKING:  # the engine (jinja2) is imported where a call starts a script, not before the first paint
    from app.scripts.engine import ScriptEvent, ScriptRun
from app.services.ring_timeout import RING_TIMEOUT_MS, RingTimeout
from app.services.script_view import StageView, stage_view
from app.telephony.events import (
    AudioDeviceStatus,
    CallQualitySummary,
    CallState,
    CallStateChanged,
    DtmfReceived,
    DtmfSent,
    IncomingCall,
    MediaStateChanged,
    MuteChanged,
    RecordingStateChanged,
)
from app.telephony.port import InvalidDialTarget, TelephonyPort

log = logging.getLogger(__name__)

CALL_ROW_WAIT_S = 3.0  # a dial whose call row took longer to commit is not placed: the agent may have moved on
CallerLookup = Callable[[str], DebtorRecord | None]  # caller number -> the one debtor it belongs to, if any


@dataclass(frozen=True)
class AgentIdentity:
    login: str
    name: str


@dataclass
class _Dialling:
    asked_at: float  # time.monotonic()
    hung_up: bool = False


@dataclass
class _ActiveCall:
    call_key: str
    call_id: int
    debtor_id: int | None
    number: str
    run: "ScriptRun"
    inbound: bool = False
    answered: bool = False
    held: bool = False
    muted: bool = False


class CallSession(QObject):
    call_state_changed = Signal(str, str)  # CallState value, reason
    stage_changed = Signal(object)  # StageView, or None when the script is over
    script_refused = Signal(str, str)  # ScriptRefusal code, detail: the step was not taken
    incoming_call = Signal(str, object)  # caller number, DebtorRecord or None: ringing, answer or reject
    post_call_suggestion = Signal(object)  # OutcomeSuggestion for the outcome dialog
    outcome_required = Signal(int)  # call id: the agent must pick an outcome
    call_completed = Signal(int)  # debtor id whose history changed
    call_missed = Signal(int)  # call id: an incoming call rang out unanswered (logged as missed, no outcome to pick)
    problem = Signal(str)  # a message the agent must see
    recording_changed = Signal(str)  # "recording" | "paused" | "stopped" (also just after the call ended)
    hold_changed = Signal(bool)
    mute_changed = Signal(bool)

    def __init__(self, *, phone: TelephonyPort, call_log: CallLog, router: DialRouter, scripts: ScriptLibrary,
                 agent: AgentIdentity, language: str, follow_ups: FollowUps | None = None,
                 identify_caller: CallerLookup | None = None, centre: Centre | None = None,
                 dial_permission: DialPermission | None = None, ring_timeout_ms: int = RING_TIMEOUT_MS,
                 writer: CallLogWriter | None = None, parent: QObject | None = None) -> None:
        """``dial_permission``: the one check every dial goes through (default: the collection-hold rule);
        ``ring_timeout_ms``: an incoming call not answered by then is ended with 480 and logged as missed;
        ``writer``: commits the call's events and row updates in order (the desktop's, on a thread of its own, is
        shared with CallControls); by default each is committed at once on this thread."""
        super().__init__(parent)
        self._dial_permission = dial_permission or DialPermission(
            [collection_hold_rule(follow_ups)] if follow_ups is not None else [])
        self._follow_ups = follow_ups
        self._identify_caller = identify_caller
        self._centre = centre
        self._phone = phone
        self._writer = writer or CallLogWriter(threaded=False)
        self._journal = EventJournal(call_log, self.problem.emit, self._writer)
        self._call_log: CallLog = OrderedCallLog(call_log, self._writer, self._journal.report_failure)
        call_log = self._call_log  # every part below writes in the journal's order
        self._router = router
        self._scripts = scripts
        self._agent = agent
        self._language = language
        self._media_log = CallMediaLog(call_log, self._journal.append, self.problem.emit)  # recording, quality
        self._active: _ActiveCall | None = None
        self._dialling: _Dialling | None = None  # while the call row is written; the INVITE follows
        self._awaiting_outcome: tuple[int, int | None] | None = None  # (call id, debtor id)
        self._suggestion: OutcomeSuggestion | None = None
        self._ringing: tuple[str, int, DebtorRecord | None] | None = None  # call key, call id, caller
        self._ring_timeout = RingTimeout(phone, call_log, ring_timeout_ms, self)
        self._ring_timeout.timed_out.connect(self._forget_ringing)
        self.interrupted = InterruptedCalls(call_log, follow_ups, scripts, agent.login, lambda: self._language,
                                            self.call_completed.emit)
        self.call_waiting = CallWaiting(phone, call_log, self._journal.append, self._ring, self.answer_incoming,
                                        lambda: self._active is not None or self._awaiting_outcome is not None)
    @property
    def in_call(self) -> bool:
        """A call is going on: being placed (its row being written), ringing, or talking."""
        return self._active is not None or self._dialling is not None

    @property
    def active_call(self) -> tuple[str, int] | None:
        return None if self._active is None else (self._active.call_key, self._active.call_id)  # (key, call id)

    @property
    def current_stage(self) -> StageView | None:
        return None if self._active is None else stage_view(self._active.run)

    @property
    def outcome_suggestion(self) -> "OutcomeSuggestion | None":
        """What the script suggests for the outcome dialog after the call (code, promise, callback, plan)."""
        return self._suggestion

    @property
    def awaiting_outcome(self) -> bool:
        return self._awaiting_outcome is not None

    def set_language(self, language: str) -> None:
        self._language = language

    def dial_problem(self, text: str) -> str | None:
        return self._router.problem(text)

    def dial(self, record: DebtorRecord, number: str) -> bool:
        """Start an outbound call; False (with a `problem`) when it cannot be placed.

        The call row is committed before any SIP traffic, by the writer: with the desktop's writer thread the call
        is placed a turn later, once that commit is done (the GUI thread does not wait for it), and a failure to
        place it then comes as a `problem` (and `outcome_required`, as here)."""
        if self._active is not None or self._awaiting_outcome is not None or self._dialling is not None:
            self.problem.emit(self.tr("Finish the current call and its outcome before dialling again."))
            return False
        if self._writer.holding:  # the call row would wait behind them: the INVITE must not go out minutes later
            self.problem.emit(self.tr("The call was not placed: the call log cannot be written now. Check the "
                                      "database, then dial again."))
            return False
        if not self._collection_allows_call(record, number):
            return False
        try:
            target = self._router.route(number)
        except InvalidDialTarget as error:
            self.problem.emit(str(error))
            return False
        except RuntimeError as error:  # the simulated line could not start
            self.problem.emit(str(error))
            return False
        script = self._script_for(record, inbound=False)
        account = focus_account(record)
        fields = {"call_uuid": uuid.uuid4().hex, "direction": CallDirection.OUTBOUND, "number": number,
                  "agent_login": self._agent.login, "debtor_id": record.debtor_id,
                  "account_number": account.account_number if account else None,
                  "script_id": script.script_id, "script_version": script.version}
        placed: list[bool] = []
        self._dialling = _Dialling(time.monotonic())
        asked_at = self._dialling.asked_at
        self._writer.run(lambda: self._call_log.start_call(**fields),
                         lambda call_id: placed.append(self._place_call(call_id, record, number, target, script,
                                                                        time.monotonic() - asked_at)),
                         self._call_row_failed)
        return placed[0] if placed else self._dialling is not None

    def _place_call(self, call_id: int, record: DebtorRecord, number: str, target: str, script: Any,
                    waited_s: float) -> bool:
        """The call row is committed: log the dial and send the INVITE (not when the commit took so long that the
        agent has moved on: the call then ends as failed to start, with an outcome to pick as usual)."""
        hung_up = self._dialling is not None and self._dialling.hung_up
        self._dialling = None
        account = focus_account(record)
        dialled = {"target": target, "account": account.account_number[-4:] if account else None}
        try:  # the INVITE first: the DIALLED event and the script's set-up are Python work it need not wait for
            if hung_up:
                raise RuntimeError(self.tr("The call was not placed: you hung up while it was being logged."))
            if waited_s > CALL_ROW_WAIT_S:
                raise RuntimeError(self.tr("The call was not placed: the call log took {0:.0f} s to write it. Dial "
                                           "again.").format(waited_s))
            call_key = self._phone.make_call(target)
        except (InvalidDialTarget, RuntimeError) as error:
            self._journal.append(call_id, CallEventKind.DIALLED, dialled)
            self._call_log.mark_ended(call_id, _now(), "failed_to_start")
            self._awaiting_outcome = (call_id, record.debtor_id)
            self.problem.emit(str(error))
            self.outcome_required.emit(call_id)
            return False
        self._journal.append(call_id, CallEventKind.DIALLED, dialled)  # before the call's states (a later turn)
        from app.scripts.engine import ScriptRun  # jinja2: see the imports

        run = ScriptRun(script, self._facts(record), self._on_script_event)
        self._active = _ActiveCall(call_key, call_id, record.debtor_id, number, run)
        self._media_log.call_started(call_key, call_id)
        return True

    def _call_row_failed(self, error: Exception) -> None:
        self._dialling = None
        log.warning("the call row could not be written, the call is not placed: %s", error)
        self.problem.emit(self.tr("The call was not placed: the call log cannot be written ({0}). Check the "
                                  "database, then dial again.").format(error.__class__.__name__))

    def _collection_allows_call(self, record: DebtorRecord, number: str) -> bool:
        decision = self._dial_permission.check(record, number)
        for message in decision.messages:
            self.problem.emit(message)
        return decision.allowed

    # -- inbound calls ------------------------------------------------------------------------------------------

    def on_incoming_call(self, event: IncomingCall) -> None:
        """Connected to the bridge's incoming_call signal: the call row is written at ring, with the caller."""
        record = self._identify_caller(event.caller_number) if self._identify_caller and event.caller_number else None
        script = self._script_for(record, inbound=True)
        account = None if record is None else focus_account(record)
        call_id = self._call_log.start_call(
            call_uuid=uuid.uuid4().hex, direction=CallDirection.INBOUND, number=event.caller_number or "unknown",
            agent_login=self._agent.login, debtor_id=None if record is None else record.debtor_id,
            account_number=account.account_number if account else None,
            script_id=script.script_id, script_version=script.version,
        )
        self._journal.append(call_id, CallEventKind.CALL_STATE, {"state": "incoming", "sip_code": 0, "reason": ""})
        self.call_waiting.offer(InboundCaller(event.call_key, call_id, event.caller_number, record, script, _now()))

    def _ring(self, caller: InboundCaller) -> None:  # a new call while the agent is free, or a waiting one answered
        self._ringing = (caller.call_key, caller.call_id, caller.record)
        from app.scripts.engine import ScriptRun  # jinja2: see the imports

        self._active = _ActiveCall(caller.call_key, caller.call_id, caller.debtor_id, caller.number, ScriptRun(
            caller.script, self._facts(caller.record), self._on_script_event), inbound=True)
        self._media_log.call_started(caller.call_key, caller.call_id)
        self._ring_timeout.start(caller.call_key)
        self.incoming_call.emit(caller.number, caller.record)

    def answer_incoming(self) -> None:
        if self._ringing is not None:
            self._ring_timeout.stop()
            self._phone.answer(self._ringing[0])
            self._ringing = None

    def reject_incoming(self) -> None:
        if self._ringing is not None:
            self._ring_timeout.stop()
            self._phone.reject(self._ringing[0])
            self._ringing = None

    def _forget_ringing(self, call_key: str) -> None:
        """The ring timeout sent 480: the call can no longer be answered."""
        if self._ringing is not None and self._ringing[0] == call_key:
            self._ringing = None

    def attach_caller(self, record: DebtorRecord) -> bool:
        """The agent picked (chooser or search) which debtor an inbound call without one is about: the call row gets
        the debtor, and a call not yet answered gets the script for that debtor's facts. False when there is no such
        call (none in progress, outbound, or its debtor already known)."""
        active = self._active
        if active is None or not active.inbound or active.debtor_id is not None:
            return False
        account = focus_account(record)
        self._call_log.set_debtor(active.call_id, record.debtor_id, account.account_number if account else None)
        active.debtor_id = record.debtor_id
        script = active.run.script
        if not active.answered:
            from app.scripts.engine import ScriptRun  # jinja2: see the imports

            script = self._script_for(record, inbound=True)
            active.run = ScriptRun(script, self._facts(record), self._on_script_event)
        self._journal.append(active.call_id, CallEventKind.CALLER_IDENTIFIED, {
            "debtor_id": record.debtor_id, "by": "agent", "script": script.script_id,
            "script_version": script.version, "script_rebuilt": not active.answered,
        })
        return True

    def hang_up(self) -> None:
        """Always works, whatever the script is doing (a call still being logged is then not placed)."""
        if self._dialling is not None:
            self._dialling.hung_up = True
        if self._active is not None:
            self._phone.hangup(self._active.call_key)

    def toggle_hold(self) -> None:
        """Hold the answered call, or take it off hold (a re-INVITE; the state follows from the phone's events)."""
        active = self._active
        if active is not None and active.answered:
            (self._phone.unhold if active.held else self._phone.hold)(active.call_key)

    def toggle_mute(self) -> None:
        """Mute or unmute the agent's microphone on the call in progress."""
        active = self._active
        if active is not None:
            self._phone.set_muted(active.call_key, not active.muted)

    def on_sound_device(self, event: AudioDeviceStatus) -> None:
        """Connected to the bridge's audio_device_status signal: a headset lost or back mid-call is in the log."""
        active = self._active
        if active is not None:
            self._journal.append(active.call_id, CallEventKind.SOUND_DEVICE,
                                 {"reason": event.reason, "silent": event.null_device})

    def on_mute_changed(self, event: MuteChanged) -> None:
        """Connected to the bridge's mute_changed signal."""
        active = self._active
        if active is None or event.call_key != active.call_key or event.muted == active.muted:
            return
        active.muted = event.muted
        self._journal.append(active.call_id, CallEventKind.MUTE, {"muted": event.muted})
        self.mute_changed.emit(event.muted)

    # -- recording (on-demand policy, or a pause while a card number is read out) ------------------------------

    def start_recording(self) -> None:
        if self._active is not None:
            self._phone.start_recording(self._active.call_key)

    def pause_recording(self) -> None:
        if self._active is not None:
            self._phone.pause_recording(self._active.call_key)

    def resume_recording(self) -> None:
        if self._active is not None:
            self._phone.resume_recording(self._active.call_key)

    @property
    def recording_state(self) -> str | None:
        """"recording", "paused" or None: what the script pane can gate on."""
        state = None if self._active is None else self._media_log.state(self._active.call_key)
        return None if state is None else state.value

    def on_recording_state(self, event: RecordingStateChanged) -> None:
        """Connected to the telephony bridge's recording_state_changed signal."""
        if self._media_log.on_recording_state(event):
            self.recording_changed.emit(event.state.value)

    def on_quality_summary(self, event: CallQualitySummary) -> None:
        """Connected to the telephony bridge's call_quality_summary signal: stored with the call."""
        self._media_log.on_quality_summary(event)

    # -- the script (every step is refused, not raised, when a gate says no; hang-up always works) ------------

    def next_stage(self, answer: Any = None) -> None:
        """Record ``answer`` (when given) for the node's question, then follow the script to the next node."""
        self._script_step(lambda run: _answer_then_next(run, answer))

    def answer_question(self, answer: Any) -> None:
        self._script_step(lambda run: run.answer(answer))

    def pick_answer(self, answer: Any) -> None:
        """The agent picked (or typed) an answer but has not moved on: logged now when the script takes it, so a
        crash before "next step" keeps it; nothing is refused or redrawn here (the next step checks it)."""
        active = self._active
        if active is None or not active.answered or active.run.finished:
            return
        try:
            active.run.pick(answer)
        except Exception:  # the step boundary, as in _script_step: a fault in a script never reaches the window
            log.exception("picking an answer failed on node %s", getattr(active.run.current, "node_id", None))

    def previous_stage(self) -> None:
        self._script_step(lambda run: run.back())

    def skip_stage(self, reason: str) -> None:
        self._script_step(lambda run: run.skip(reason))

    def take_branch(self, jump_id: str) -> None:
        self._script_step(lambda run: run.jump(jump_id))

    def offer_plan(self, summary: Mapping[str, Any]) -> None:
        self._script_step(lambda run: run.offer_plan(summary))

    def _script_step(self, step: "Callable[[ScriptRun], object]") -> None:
        from app.scripts.engine import ScriptRefusal  # jinja2: see the imports

        active = self._active
        if active is None or not active.answered or active.run.finished:
            return
        try:
            step(active.run)
        except ScriptRefusal as refusal:
            self.script_refused.emit(refusal.code, refusal.detail)
        except Exception as error:  # the step boundary: a fault in a script is logged and refused, the call goes on
            log.exception("script step failed on node %s of script %s v%s", getattr(active.run.current, "node_id", None),
                          active.run.script.script_id, active.run.script.version)
            active.run.step_failed(error)
            self.script_refused.emit(ScriptRefusal.SCRIPT_ERROR, "")
        self.stage_changed.emit(stage_view(active.run))

    def record_outcome(self, outcome: CallOutcome | str, note: str = "") -> None:
        """Store the outcome and its follow-ups (promise, callback, plan, flags); ValueError leaves it pending."""
        if self._awaiting_outcome is None:
            return
        if isinstance(outcome, str):
            outcome = CallOutcome(code=outcome, note=note)
        call_id, debtor_id = self._awaiting_outcome
        self._journal.flush()
        store_outcome(call_id, outcome, self._agent.login, self._follow_ups, self._call_log.set_outcome)
        self._awaiting_outcome = None
        self._suggestion = None
        if debtor_id is not None:
            self.call_completed.emit(debtor_id)

    def on_call_state(self, event: CallStateChanged) -> None:
        """Connected to the telephony bridge's call_state_changed signal."""
        active = self._active
        if event.state is CallState.INCOMING:  # logged once, at ring, by on_incoming_call; pjsua2 reports it again
            return
        if self.call_waiting.on_call_state(event) or active is None or event.call_key != active.call_key:
            return
        if event.state in (CallState.CONFIRMED, CallState.DISCONNECTED):
            self._ring_timeout.stop(event.call_key)
        answered = event.state is CallState.CONFIRMED and not active.answered
        self._journal.append(active.call_id, CallEventKind.CALL_STATE, {
            "state": event.state.value, "sip_code": event.sip_code, "reason": event.reason,
        }, call_state_update(event, answered))  # the answer time, or the end: in the same commit as the state
        if answered:
            active.answered = True
            active.run.start()
            self.stage_changed.emit(stage_view(active.run))
        elif event.state is CallState.DISCONNECTED:
            self._ringing = None
            if self._ring_timeout.ended_unanswered(active.call_key):
                self._end_missed_call(active)
            else:
                self._end_call(active)
        self.call_state_changed.emit(event.state.value, event.reason)

    def on_dtmf(self, event: DtmfReceived | DtmfSent) -> None:
        """Connected to the bridge's dtmf_received and dtmf_sent signals: logs how many keys, never which."""
        active = self._active
        if active is None or event.call_key != active.call_key:
            return
        sent = isinstance(event, DtmfSent)
        self._journal.append(active.call_id, CallEventKind.DTMF, {
            "direction": "sent" if sent else "received", "keys": event.digit_count if isinstance(event, DtmfSent) else 1,
            "method": event.method.value,
        })

    def on_media_state(self, event: MediaStateChanged) -> None:
        """Connected to the bridge's media_state_changed signal: logs hold and unhold."""
        active = self._active
        if active is None or event.call_key != active.call_key or event.on_hold == active.held:
            return
        active.held = event.on_hold
        payload: dict[str, object] = {"held": event.on_hold}
        if event.on_hold:
            payload["by"] = "far_end" if event.held_by_remote else "agent"
        self._journal.append(active.call_id, CallEventKind.HOLD, payload)
        self.hold_changed.emit(event.on_hold)

    def _end_call(self, active: _ActiveCall) -> None:
        active.run.call_ended()
        self._active = None
        self._awaiting_outcome = (active.call_id, active.debtor_id)
        self._suggestion = OutcomeSuggestion.from_run(active.run) if active.answered else None
        for message_id, channel, text in self._suggestion.messages if self._suggestion else ():
            self._journal.append(active.call_id, CallEventKind.CONFIRMATION_PREPARED,
                                 {"message": message_id, "channel": channel, "text": text})
        self.stage_changed.emit(None)
        self.outcome_required.emit(active.call_id)

    def _end_missed_call(self, active: _ActiveCall) -> None:
        """Rang out unanswered: logged as missed at once, no outcome for the agent to pick."""
        active.run.call_ended()
        self._active = None
        if self._journal.flush():
            try:
                self._ring_timeout.log_missed(active.call_id)
            except Exception:  # the database went away: the next start closes the call as interrupted
                log.exception("the missed call %d could not be logged", active.call_id)
        self.stage_changed.emit(None)
        self.call_missed.emit(active.call_id)
        if active.debtor_id is not None:
            self.call_completed.emit(active.debtor_id)

    def close_unfinished_calls(self) -> None:
        """At shutdown, once the phone has hung up: held events are written, and calls left without an outcome (its
        dialog was open, or the call's end never came) are closed as interrupted, for the next start to offer."""
        self._ring_timeout.stop()
        self._journal.flush()
        self._awaiting_outcome = None
        try:
            closed = self._call_log.close_interrupted_calls(agent_login=self._agent.login)
        except Exception:  # shutting down: the next start closes them instead
            log.exception("calls could not be closed as interrupted at shutdown")
            return
        finally:
            self._writer.stop()  # nothing is waiting: the thread ends before the database is closed
        if closed:
            log.info("%d call(s) left without an outcome are closed as interrupted", len(closed))

    def _on_script_event(self, event: "ScriptEvent") -> None:
        """Every script event goes to the call log at once, with its offset into the recording."""
        active = self._active
        if active is None:
            return
        offset = self._media_log.offset(active.call_key)  # {"recording_offset_ms": n} while recording
        self._journal.append(active.call_id, event.kind, {**event.payload, **offset})

    def _script_for(self, record: DebtorRecord | None, inbound: bool) -> Any:
        available = {script_id for script_id, _ in self._scripts.scripts}
        return self._scripts.get(script_for_call(record, inbound, date.today(), available), self._language)

    def _facts(self, record: DebtorRecord | None) -> CallFacts:
        centre = self._centre or DEFAULT_CENTRES.get(self._language, DEFAULT_CENTRES["en"])
        if record is None:
            return CallFacts(spoken={"agent": {"name": self._agent.name}, "debtor": {"name": "", "language": ""},
                                     "centre": {"name": centre.name, "callback_number": centre.callback_number}})
        return call_facts(record, self._agent.name, centre)


def _answer_then_next(run: "ScriptRun", answer: Any) -> None:
    if answer is not None:
        run.answer(answer)
    run.next()


def _now() -> datetime:
    return datetime.now(timezone.utc)
