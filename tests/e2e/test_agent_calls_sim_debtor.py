"""The skeleton end to end: real SQLite, real pjsua2 phone, the simulated debtor process over 127.0.0.1."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.db.models import Call, CallEvent
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from app.ui.main_window import MainWindow

pytestmark = [pytest.mark.sip, pytest.mark.slow]


@pytest.fixture
def desk(qtbot, tmp_path: Path):
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
                          agent=AgentIdentity("agent", "王芳"), language="en")
    bridge.call_state_changed.connect(session.on_call_state)
    window = MainWindow(directory=DebtorRepository(sessions), session=session, language="en")
    qtbot.addWidget(window)
    bridge.start()
    window.show()
    window.load()
    yield window, sessions
    bridge.shutdown()
    assert line.stop() == 0
    engine.dispose()


def test_select_call_step_hang_up_outcome_history(desk, qtbot):
    window, sessions = desk
    window.debtor_list.select_row(0)
    debtor_id = window.record_view.record.debtor_id
    history_before = window.record_view.history_model.rowCount()

    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.script_pane.next_button.isEnabled(), timeout=15000)
    assert window.softphone.state_label.text() == "In call"
    for _ in range(3):
        qtbot.mouseClick(window.script_pane.next_button, Qt.MouseButton.LeftButton)
    assert window.script_pane.next_button.text() == "Finish script"

    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=10000) as shown:
        qtbot.mouseClick(window.softphone.hangup_button, Qt.MouseButton.LeftButton)
    dialog = shown.args[0]
    dialog.choose("rpc_callback")
    dialog.note_edit.setPlainText("Call back Friday 10:00 / 周五上午回电")
    dialog.accept()

    assert window.record_view.record.debtor_id == debtor_id
    assert window.record_view.history_model.rowCount() == history_before + 1
    newest = window.record_view.record.contact_history[0]
    assert newest.outcome_code == "rpc_callback"
    with sessions() as db:
        call = db.scalars(select(Call).where(Call.debtor_id == debtor_id).order_by(Call.id.desc())).first()
        assert call.answered_at is not None and call.ended_at is not None and call.outcome_code == "rpc_callback"
        events = db.scalars(select(CallEvent).where(CallEvent.call_id == call.id).order_by(CallEvent.sequence)).all()
    states = [e.payload["state"] for e in events if e.kind == "call_state"]
    assert states[0] == "calling" and "confirmed" in states and states[-1] == "disconnected"
    steps = [e.payload["step"] for e in events if e.kind == "script_step_entered"]
    assert steps == ["listen", "explain", "propose_plan", "record_outcome"]
    assert [e.sequence for e in events] == list(range(1, len(events) + 1))
