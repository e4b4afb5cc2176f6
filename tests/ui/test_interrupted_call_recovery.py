"""After a crash mid-call: the recording is repaired and linked, the call's end comes from its length, and the agent
completes the call by keyboard in the same outcome form as after a normal call, whose follow-ups are created."""

import hashlib
import math
import struct
import wave
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Call, Callback, PromiseToPay
from app.db.outcome_repository import FollowUpRepository
from app.domain.call_log import CallEventKind
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.outcome_suggestion import OutcomeSuggestion
from app.telephony.fake_phone import FakePhone
from app.ui.interrupted_calls import complete_interrupted_calls
from app.ui.outcome_dialog import OutcomeDialog
from app.ui.record_history_tab import ContactHistoryTab
from tests.db.helpers import migrated_sqlite

RATE = 8000
TALK_S = 41.5


@pytest.fixture
def desk(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 3)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    session = CallSession(phone=FakePhone(), call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en", follow_ups=FollowUpRepository(sessions))
    yield session, call_log, sessions
    engine.dispose()


def killed_recording(path: Path, seconds: float) -> None:
    """Real PCM behind a header whose RIFF and data sizes are 0, as pjmedia leaves a recording killed mid-call."""
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"".join(struct.pack("<h", int(6000 * math.sin(n / 5))) for n in range(int(RATE * seconds))))
    raw = bytearray(path.read_bytes())
    raw[4:8] = raw[40:44] = b"\0\0\0\0"
    path.write_bytes(bytes(raw))


def crashed_call(call_log: CallLogRepository, recording: Path | None, *, verified: bool = False,
                 promise: bool = False) -> int:
    """The log of a call killed 31 s into the talk: answered, recording from the answer, the script at
    verification (or, with ``verified``, past it)."""
    script = load_library().get("standard_call", "en")
    call_id = call_log.start_call(call_uuid="c" * 32, direction="outbound", number="+8613812345678",
                                  agent_login="agent", debtor_id=1, script_id=script.script_id,
                                  script_version=script.version)
    t0 = datetime.now(timezone.utc)  # the call's start; its events follow it
    events: list[tuple[float, str, dict]] = [
        (0, CallEventKind.CALL_STATE, {"state": "calling", "sip_code": 0, "reason": ""}),
        (2, CallEventKind.CALL_STATE, {"state": "early", "sip_code": 180, "reason": "Ringing"}),
        (5, CallEventKind.CALL_STATE, {"state": "confirmed", "sip_code": 200, "reason": "OK"}),
        (5, CallEventKind.RECORDING, {"state": "recording", "path": str(recording), "offset_ms": 0}),
        (5, CallEventKind.SCRIPT_STEP_ENTERED, {"step": "greeting", "phase": "opening", "via": "start"}),
        (12, CallEventKind.SCRIPT_ANSWER, {"step": "greeting", "var": "party", "kind": "choice",
                                           "answer": "speaking"}),
        (13, CallEventKind.SCRIPT_STEP_ENTERED, {"step": "verify", "phase": "verification", "via": "next"}),
    ]
    if recording is None:
        events = [e for e in events if e[1] != CallEventKind.RECORDING]
    if verified:
        events += [(30, CallEventKind.SCRIPT_GATE, {"gate": "right_party_verified", "passed": True, "step": "verify"})]
    if promise:
        events += [(33, CallEventKind.OUTCOME_PROPOSED, {"code": "rpc_ptp", "step": "outcome"}),
                   (34, CallEventKind.SCRIPT_ANSWER, {"step": "outcome", "var": "promise_amount", "kind": "amount",
                                                      "answer": "1500.00"})]
    events.append((36, CallEventKind.SCRIPT_STEP_LEFT, {"step": "verify", "via": "next"}))
    for seconds, kind, payload in events:
        when = t0 + timedelta(seconds=seconds)
        if payload.get("state") == "confirmed":
            call_log.append_event_updating_call(call_id, kind, payload, {"answered_at": when}, when)
        else:
            call_log.append_event(call_id, kind, payload, when)
    return call_id


def drive_dialog(qtbot, steps: Callable[[OutcomeDialog], None], seen: list[OutcomeDialog],
                 failures: list[BaseException]) -> None:
    """Once the recovery form is up (it runs its own modal loop), act on it as the agent would; a failed check ends
    the loop and is raised by the test (``failures``)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutcomeDialog) or dialog in seen:
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        guard = QTimer(dialog)  # dies with the dialog: never fires into a later test
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: give_up(dialog))
        guard.start(15000)
        try:
            dialog.activateWindow()  # shortcuts (Ctrl+Enter) work in the active window, as on the agent's desktop
            qtbot.waitUntil(dialog.isActiveWindow)
            steps(dialog)
        except BaseException as error:  # noqa: BLE001 - handed to the test, after the modal loop is ended
            failures.append(error)
            dialog.done(0)

    def give_up(dialog: OutcomeDialog) -> None:
        if dialog.isVisible():
            failures.append(AssertionError(f"the form did not save: {dialog.missing_label.text()}"))
            dialog.done(0)

    QTimer.singleShot(0, act)


def test_the_killed_recording_is_repaired_linked_and_sets_the_estimated_talk_time(desk, tmp_path: Path,
                                                                                  qtbot) -> None:
    session, call_log, sessions = desk
    wav = tmp_path / "call.wav"
    killed_recording(wav, TALK_S)
    call_id = crashed_call(call_log, wav)

    (call,) = session.interrupted.recover()

    assert call.recording_path == str(wav)
    with wave.open(str(wav), "rb") as fixed:
        assert fixed.getnframes() == int(RATE * TALK_S)
    with sessions() as db:
        row = db.get(Call, call_id)
        assert row.recording_sha256 == hashlib.sha256(wav.read_bytes()).hexdigest()
        assert row.recording_duration_ms == 41500
        assert row.ended_at - row.answered_at == timedelta(seconds=TALK_S)  # not the 31 s to the last event
    repaired = [e.payload for e in call.events if e.kind == CallEventKind.RECORDING][-1]
    assert repaired["state"] == "stopped" and repaired["repaired"] and "estimated_end" in repaired
    (entry,) = [e for e in DebtorRepository(sessions).record(1).contact_history if e.call_id == call_id]
    assert entry.recording_path == str(wav) and entry.duration_seconds == 41 and entry.duration_estimated
    history = ContactHistoryTab("en", may_play=True)
    qtbot.addWidget(history)
    history.set_history((entry,))
    row = [history.model.index(0, column).data() for column in range(history.model.columnCount())]
    assert "≈ 00:41" in row and "▶ Play" in row  # the estimate is marked; the recording is there to play
    (recent,) = [c for c in call_log.recent_calls("agent") if c.call_id == call_id]
    assert recent.duration_seconds == 41 and recent.duration_estimated
    assert session.interrupted.recover()[0].events == call.events  # a second start adds nothing


def test_a_recording_stopped_but_not_yet_linked_when_killed_is_linked_from_its_stopped_event(desk,
                                                                                             tmp_path: Path) -> None:
    """The kill fell between the ``stopped`` event's commit and the write that links the file to the call."""
    session, call_log, sessions = desk
    wav = tmp_path / "call.wav"
    with wave.open(str(wav), "wb") as finished:
        finished.setnchannels(1)
        finished.setsampwidth(2)
        finished.setframerate(RATE)
        finished.writeframes(b"\0\0" * RATE * 2)
    call_id = crashed_call(call_log, wav)
    call_log.append_event(call_id, CallEventKind.RECORDING, {"state": "stopped", "path": str(wav),
                                                             "sha256": "ab" * 32, "duration_ms": 2000})

    (call,) = session.interrupted.recover()

    assert call.recording_path == str(wav)
    with sessions() as db:
        row = db.get(Call, call_id)
        assert (row.recording_sha256, row.recording_duration_ms) == ("ab" * 32, 2000)
    assert session.interrupted.recover()[0].events == call.events


def test_the_recovery_form_shows_words_and_an_estimate_and_a_callback_saved_by_keyboard_is_scheduled(
        desk, tmp_path: Path, qtbot) -> None:
    session, call_log, sessions = desk
    wav = tmp_path / "call.wav"
    killed_recording(wav, TALK_S)
    call_id = crashed_call(call_log, wav)
    calls = session.interrupted.recover()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[OutcomeDialog] = []
    trace: dict[str, str] = {}

    def callback_by_keyboard(dialog: OutcomeDialog) -> None:
        trace["text"] = dialog.findChild(QLabel, "callContext").text()
        trace["picked"] = str(dialog.outcome_code)
        qtbot.keyClick(dialog.outcome_list, Qt.Key.Key_6)  # rpc_callback
        assert dialog.callback_fields.isVisible()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.callback_fields.when_field
        qtbot.keyClick(dialog.callback_fields.when_field, Qt.Key.Key_Tab)  # leaves the field, not its parts
        assert dialog.focusWidget() is dialog.note_edit
        qtbot.keyClicks(dialog.note_edit, "after 6pm, salary day")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.save_button
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)

    failures: list[BaseException] = []
    drive_dialog(qtbot, callback_by_keyboard, seen, failures)
    complete_interrupted_calls(calls, session, DebtorRepository(sessions), "en", parent)
    if failures:
        raise failures[0]

    assert trace["picked"] == "None"  # stopped at verification: nothing preselected (was "promise to pay")
    text = trace["text"]
    assert "Greeting and recording notice → Verify the right party" in text
    assert "Call: dialling → ringing → connected" in text
    assert "Answers recorded: Who answered? Says they are the debtor" in text
    assert "party =" not in text and "greeting →" not in text and "calling →" not in text
    assert "about 00:41 (estimated from the recording's length)" in text
    with sessions() as db:
        row = db.get(Call, call_id)
        assert (row.outcome_code, row.outcome_note) == ("rpc_callback", "after 6pm, salary day")
        callback = db.scalar(select(Callback).where(Callback.call_id == call_id))
        assert callback is not None and callback.due_at > datetime.now(timezone.utc)
    assert session.interrupted.recover() == []


def test_a_promise_saved_in_the_recovery_form_creates_the_promise(desk, qtbot) -> None:
    session, call_log, sessions = desk
    call_id = crashed_call(call_log, None, verified=True, promise=True)
    calls = session.interrupted.recover()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[OutcomeDialog] = []
    picked: list[str | None] = []

    def promise_by_keyboard(dialog: OutcomeDialog) -> None:
        picked.append(dialog.outcome_code)  # the trace proposed it after verification: preselected, prefilled
        assert dialog.promise_fields.amount_field.text() == "1500.00"
        qtbot.keyClicks(dialog.note_edit, "first instalment")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures: list[BaseException] = []
    drive_dialog(qtbot, promise_by_keyboard, seen, failures)
    complete_interrupted_calls(calls, session, DebtorRepository(sessions), "en", parent)
    if failures:
        raise failures[0]

    assert picked == ["rpc_ptp"]
    with sessions() as db:
        assert db.get(Call, call_id).outcome_note == "first instalment"
        promise = db.scalar(select(PromiseToPay).where(PromiseToPay.call_id == call_id))
        assert promise is not None and promise.amount == Decimal("1500.00")


def test_the_trace_suggests_only_what_it_supports() -> None:
    from app.domain.call_log import CallEventView

    def view(kind: str, payload: dict) -> CallEventView:
        return CallEventView(1, datetime.now(timezone.utc), 0, kind, payload)

    at_verification = [view(CallEventKind.SCRIPT_STEP_ENTERED, {"step": "verify"})]
    assert OutcomeSuggestion.from_trace(at_verification).code is None
    unverified_promise = [view(CallEventKind.OUTCOME_PROPOSED, {"code": "rpc_ptp"}),
                          view(CallEventKind.SCRIPT_ANSWER, {"var": "promise_amount", "answer": "100.00"})]
    suggestion = OutcomeSuggestion.from_trace(unverified_promise)
    assert suggestion.code is None and suggestion.promise_amount is None
    wrong_number = [view(CallEventKind.OUTCOME_PROPOSED, {"code": "wrong_number"})]
    assert OutcomeSuggestion.from_trace(wrong_number).code == "wrong_number"
    callback = [view(CallEventKind.OUTCOME_PROPOSED, {"code": "rpc_callback"}),
                view(CallEventKind.SCRIPT_ANSWER, {"var": "callback_at", "answer": "2030-01-02T10:00:00+08:00"})]
    assert OutcomeSuggestion.from_trace(callback).callback_at == datetime.fromisoformat("2030-01-02T10:00:00+08:00")


def test_the_chinese_recovery_form_has_no_raw_codes(desk, tmp_path: Path, qapp) -> None:
    from app.ui.interrupted_call_summary import interrupted_call_summary
    from app.ui.translations import install_translators

    _session, call_log, sessions = desk
    wav = tmp_path / "call.wav"
    killed_recording(wav, 3)
    crashed_call(call_log, wav)
    session = CallSession(phone=FakePhone(), call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="zh_CN")
    (call,) = session.interrupted.recover()
    translators = install_translators(qapp, "zh_CN", tmp_path / "qm")
    try:
        text = interrupted_call_summary(call, session.interrupted.trace(call), "zh_CN")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    script = load_library().get("standard_call", "zh_CN")
    assert f"{script.node('greeting').title} → {script.node('verify').title}" in text
    assert "正在拨号 → 振铃中 → 已接通" in text and "按录音时长估算" in text
    assert script.node("greeting").question.choice("speaking").label in text
    for raw in ("calling", "early", "confirmed", "greeting", "verify", "party", "speaking", "estimated"):
        assert raw not in text, raw


def test_a_refused_save_keeps_the_form_open_with_the_reason_and_what_was_typed(qtbot) -> None:
    from tests.ui.fakes import FakeCallLog, FakeDirectory, FakeFollowUps, sample_record

    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    call_id = call_log.start_call(call_uuid="d" * 32, direction="outbound", number="+8613812345678",
                                  agent_login="agent", debtor_id=1, script_id=None, script_version=None)
    follow_ups = FakeFollowUps(call_log)
    follow_ups.refuse_with = "The debtor asked for no more calls: pick another outcome."
    session = CallSession(phone=FakePhone(), call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en", follow_ups=follow_ups)
    calls = session.interrupted.recover()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[OutcomeDialog] = []
    failures: list[BaseException] = []
    errors: list[str] = []

    def save_twice(dialog: OutcomeDialog) -> None:
        qtbot.keyClick(dialog.outcome_list, Qt.Key.Key_2)
        qtbot.keyClicks(dialog.note_edit, "paid at the branch")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        def after_refusal() -> None:
            errors.append(dialog.error_label.text())
            assert dialog.isVisible() and dialog.note == "paid at the branch"
            qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

        QTimer.singleShot(50, after_refusal)

    drive_dialog(qtbot, save_twice, seen, failures)
    complete_interrupted_calls(calls, session, directory, "en", parent)
    if failures:
        raise failures[0]
    assert errors == ["The debtor asked for no more calls: pick another outcome."]
    assert follow_ups.outcomes[call_id].code == "rpc_paid"
    assert follow_ups.outcomes[call_id].note == "paid at the branch"
