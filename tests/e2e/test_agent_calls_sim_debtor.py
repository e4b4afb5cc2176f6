"""A guided call end to end: real SQLite, real pjsua2 phone, the simulated debtor process over 127.0.0.1."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.db.models import Call, CallEvent, PromiseToPay
from app.db.outcome_repository import FollowUpRepository
from app.scripts.loader import load_library
from app.scripts.selection import script_for_call
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from app.ui.main_window import MainWindow

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.fixture
def desk(qtbot, tmp_path: Path, monkeypatch):
    engine = create_database_engine(f"sqlite:///{tmp_path / 'calldesk.db'}")
    upgrade_to_head(engine)
    seed_demo_data(engine, 25, seed=7)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    call_log.ensure_agent("agent", "王芳")
    phone = Pjsua2Phone(force_null_audio=True)
    bridge = TelephonyBridge(phone)
    line = SimulatedDebtorLine(answer_delay_ms=200)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(demo_line=line), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en",
                          follow_ups=FollowUpRepository(sessions))
    bridge.call_state_changed.connect(session.on_call_state)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)  # never hang
    window = MainWindow(directory=DebtorRepository(sessions), session=session, language="en")
    qtbot.addWidget(window)
    bridge.start()
    window.show()
    window.load()
    yield window, sessions
    bridge.shutdown()
    assert line.stop() == 0
    engine.dispose()


PREFERRED = ("speaking", "verified", "forgot", "minimum", "promise")  # the debtor forgot and promises the minimum


def _standard_call_row(window: MainWindow) -> int:
    """A debtor the standard call is for (no promise due or broken), so the walk below is known."""
    ids = {"standard_call", "promise_follow_up", "broken_promise"}
    for row in range(window.debtor_list.model.rowCount()):
        record = window._directory.record(window.debtor_list.model.row_at(row).debtor_id)
        if script_for_call(record, False, date.today(), ids) == "standard_call":
            return row
    raise AssertionError("no debtor for the standard call in the demo data")


def _answer_through_the_pane(window: MainWindow, qtbot) -> None:
    """Answer the node's question the way an agent does: digit keys for choices, typing for amounts."""
    pane = window.script_pane
    question = window._session.current_stage.question
    if question is None:
        return
    if question.kind == "choice":
        ids = [c.choice_id for c in question.choices]
        chosen = next((c for c in PREFERRED if c in ids), ids[0])
        pane.setFocus()
        qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + ids.index(chosen)))
    elif question.kind == "amount":
        qtbot.keyClicks(pane._editor.field, "585.03")


def test_select_call_follow_the_script_hang_up_outcome_history(desk, qtbot):
    window, sessions = desk
    window.debtor_list.select_row(_standard_call_row(window))
    debtor_id = window.record_view.record.debtor_id
    history_before = window.record_view.history_model.rowCount()

    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.script_pane.next_button.isEnabled(), timeout=15000)
    assert window.softphone.state_label.text() == "In call"
    for _ in range(12):
        if window.script_pane.next_button.text() == "Finish script":
            break
        _answer_through_the_pane(window, qtbot)
        qtbot.mouseClick(window.script_pane.next_button, Qt.MouseButton.LeftButton)
    assert window.script_pane.next_button.text() == "Finish script"
    assert "585.03" in window.script_pane.text_view.toPlainText()  # the agreement read back

    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=10000) as shown:
        qtbot.mouseClick(window.softphone.hangup_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    assert dialog.outcome_code == "rpc_ptp"  # suggested by the script, amount and date prefilled
    dialog.note_edit.setPlainText("Pays the minimum / 本周还最低还款额")
    dialog.accept()

    assert window.record_view.record.debtor_id == debtor_id
    assert window.record_view.history_model.rowCount() == history_before + 1
    newest = window.record_view.record.contact_history[0]
    assert newest.outcome_code == "rpc_ptp"
    with sessions() as db:
        call = db.scalars(select(Call).where(Call.debtor_id == debtor_id).order_by(Call.id.desc())).first()
        assert call.answered_at is not None and call.ended_at is not None and call.outcome_code == "rpc_ptp"
        assert (call.script_id, call.script_version) == ("standard_call", 2)
        events = db.scalars(select(CallEvent).where(CallEvent.call_id == call.id).order_by(CallEvent.sequence)).all()
        promise = db.scalars(select(PromiseToPay).where(PromiseToPay.call_id == call.id)).one()
        assert promise.amount == Decimal("585.03") and promise.status == "pending"
    states = [e.payload["state"] for e in events if e.kind == "call_state"]
    assert states[0] == "calling" and "confirmed" in states and states[-1] == "disconnected"
    steps = [e.payload["step"] for e in events if e.kind == "script_step_entered"]
    assert steps == ["greeting", "verify", "listen", "explain", "options", "promise_amount", "promise_date",
                     "record_outcome", "closing"]
    kinds = [e.kind for e in events]
    for kind in ("script_answer", "script_gate", "outcome_proposed", "confirmation_prepared", "promise_recorded"):
        assert kind in kinds, kind
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
