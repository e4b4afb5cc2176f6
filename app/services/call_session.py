"""One agent's calls: dial, follow the script, hang up, pick an outcome; every step logged as it happens."""

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal

from app.domain.call_log import CallDirection, CallEventKind, OpenCallView
from app.domain.debtors import DebtorRecord
from app.scripts.context import focus_account, script_context
from app.scripts.engine import ScriptRun, StageMove
from app.scripts.loader import ScriptLibrary
from app.services.call_log import CallLog
from app.services.call_media_log import CallMediaLog
from app.services.dial_router import DialRouter
from app.services.event_journal import EventJournal
from app.telephony.events import CallState, CallStateChanged, DtmfReceived, DtmfSent, MediaStateChanged
from app.telephony.events import CallQualitySummary, MuteChanged, RecordingStateChanged
from app.telephony.port import InvalidDialTarget, TelephonyPort

STANDARD_SCRIPT = "standard_call"


@dataclass(frozen=True)
class AgentIdentity:
    login: str
    name: str


@dataclass(frozen=True)
class StageView:
    """What the script pane shows for the stage in progress."""

    stage_id: str
    title: str
    text: str
    hint: str
    index: int
    count: int
    titles: tuple[str, ...]


@dataclass
class _ActiveCall:
    call_key: str
    call_id: int
    debtor_id: int
    number: str
    run: ScriptRun
    answered: bool = False
    held: bool = False
    muted: bool = False


class CallSession(QObject):
    call_state_changed = Signal(str, str)  # CallState value, reason
    stage_changed = Signal(object)  # StageView, or None when the script is over
    outcome_required = Signal(int)  # call id: the agent must pick an outcome
    call_completed = Signal(int)  # debtor id whose history changed
    problem = Signal(str)  # a message the agent must see
    recording_changed = Signal(str)  # "recording" | "paused" | "stopped" (also just after the call ended)
    hold_changed = Signal(bool)
    mute_changed = Signal(bool)

    def __init__(self, *, phone: TelephonyPort, call_log: CallLog, router: DialRouter, scripts: ScriptLibrary,
                 agent: AgentIdentity, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._phone = phone
        self._call_log = call_log
        self._router = router
        self._scripts = scripts
        self._agent = agent
        self._language = language
        self._journal = EventJournal(call_log, self.problem.emit)
        self._media_log = CallMediaLog(call_log, self._journal.append, self.problem.emit)  # recording, quality
        self._active: _ActiveCall | None = None
        self._awaiting_outcome: tuple[int, int] | None = None  # (call id, debtor id)

    @property
    def in_call(self) -> bool:
        return self._active is not None

    @property
    def current_stage(self) -> StageView | None:
        return None if self._active is None else self._stage_view(self._active.run)

    @property
    def awaiting_outcome(self) -> bool:
        return self._awaiting_outcome is not None

    def set_language(self, language: str) -> None:
        self._language = language

    def dial_problem(self, text: str) -> str | None:
        return self._router.problem(text)

    def dial(self, record: DebtorRecord, number: str) -> bool:
        """Start an outbound call; False (with a `problem`) when it cannot be placed."""
        if self._active is not None or self._awaiting_outcome is not None:
            self.problem.emit(self.tr("Finish the current call and its outcome before dialling again."))
            return False
        try:
            target = self._router.route(number)
        except InvalidDialTarget as error:
            self.problem.emit(str(error))
            return False
        except RuntimeError as error:  # the simulated line could not start
            self.problem.emit(str(error))
            return False
        script = self._scripts.get(STANDARD_SCRIPT, self._language)
        account = focus_account(record)
        call_id = self._call_log.start_call(
            call_uuid=uuid.uuid4().hex, direction=CallDirection.OUTBOUND, number=number,
            agent_login=self._agent.login, debtor_id=record.debtor_id, account_id=None,
            script_id=script.script_id, script_version=script.version,
        )
        run = ScriptRun(script, script_context(record, self._agent.name), self._on_stage_move)
        self._journal.append(call_id, CallEventKind.DIALLED, {
            "target": target, "account": account.account_number[-4:] if account else None,
        })
        try:
            call_key = self._phone.make_call(target)
        except (InvalidDialTarget, RuntimeError) as error:
            self._call_log.mark_ended(call_id, _now(), "failed_to_start")
            self._awaiting_outcome = (call_id, record.debtor_id)
            self.problem.emit(str(error))
            self.outcome_required.emit(call_id)
            return False
        self._active = _ActiveCall(call_key, call_id, record.debtor_id, number, run)
        self._media_log.call_started(call_key, call_id)
        return True

    def hang_up(self) -> None:
        """Always works, whatever the script is doing."""
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

    def next_stage(self) -> None:
        if self._active is not None and self._active.answered:
            self._active.run.advance()

    def previous_stage(self) -> None:
        if self._active is not None and self._active.answered:
            self._active.run.go_back()

    def record_outcome(self, code: str, note: str) -> None:
        if self._awaiting_outcome is None:
            return
        call_id, debtor_id = self._awaiting_outcome
        self._journal.flush()
        self._call_log.set_outcome(call_id, code, note)
        self._awaiting_outcome = None
        self.call_completed.emit(debtor_id)

    def recover_interrupted_calls(self) -> list[OpenCallView]:
        """Close calls a crash left open (outcome 'interrupted') and return them for the agent to complete."""
        return self._call_log.close_interrupted_calls(agent_login=self._agent.login)

    def complete_interrupted_call(self, call: OpenCallView, code: str, note: str) -> None:
        self._call_log.complete_interrupted(call.call_id, code, note)
        if call.debtor_id is not None:
            self.call_completed.emit(call.debtor_id)

    def on_call_state(self, event: CallStateChanged) -> None:
        """Connected to the telephony bridge's call_state_changed signal."""
        active = self._active
        if active is None or event.call_key != active.call_key:
            return
        self._journal.append(active.call_id, CallEventKind.CALL_STATE, {
            "state": event.state.value, "sip_code": event.sip_code, "reason": event.reason,
        })
        if event.state is CallState.CONFIRMED and not active.answered:
            active.answered = True
            self._call_log.mark_answered(active.call_id, _now())
            active.run.start()
        elif event.state is CallState.DISCONNECTED:
            self._end_call(active, event)
        self.call_state_changed.emit(event.state.value, event.reason)

    def on_dtmf(self, event: DtmfReceived | DtmfSent) -> None:
        """Connected to the bridge's dtmf_received and dtmf_sent signals: logs how many keys, never which."""
        active = self._active
        if active is None or event.call_key != active.call_key:
            return
        sent = isinstance(event, DtmfSent)
        self._journal.append(active.call_id, CallEventKind.DTMF, {
            "direction": "sent" if sent else "received", "keys": event.digit_count if sent else 1,
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

    def _end_call(self, active: _ActiveCall, event: CallStateChanged) -> None:
        active.run.finish()
        self._active = None
        self._call_log.mark_ended(active.call_id, _now(), f"{event.sip_code} {event.reason}".strip())
        self._awaiting_outcome = (active.call_id, active.debtor_id)
        self.outcome_required.emit(active.call_id)

    def _on_stage_move(self, move: StageMove) -> None:
        active = self._active
        if active is None:
            return
        offset = self._media_log.offset(active.call_key)  # {"recording_offset_ms": n} while recording
        if move.left is not None:
            self._journal.append(active.call_id, CallEventKind.SCRIPT_STEP_LEFT, {"step": move.left, **offset})
        if move.entered is not None:
            self._journal.append(active.call_id, CallEventKind.SCRIPT_STEP_ENTERED, {"step": move.entered, **offset})
        self.stage_changed.emit(self._stage_view(active.run))

    @staticmethod
    def _stage_view(run: ScriptRun) -> StageView | None:
        stage = run.current
        if stage is None:
            return None
        return StageView(
            stage_id=stage.stage_id, title=stage.title, text=run.render(stage), hint=stage.hint,
            index=run.position, count=len(run.script.stages), titles=tuple(s.title for s in run.script.stages),
        )


def _now() -> datetime:
    return datetime.now(timezone.utc)
