"""A crash mid-call loses nothing: the next start closes the call as interrupted and the agent completes it."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.engine import create_database_engine, session_factory
from app.db.models import Call, CallEvent
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.ui.outcome_dialog import OutcomeDialog

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.sip, pytest.mark.slow]


def test_killed_mid_call_is_closed_as_interrupted_and_completed_on_restart(qtbot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    crashed = subprocess.run([sys.executable, "-m", "tests.e2e.crash_driver", url, "2", "pick"], cwd=ROOT,
                             capture_output=True, text=True, timeout=90)
    assert crashed.returncode == -9 and "KILLING" in crashed.stdout, crashed.stderr[-2000:]

    engine = create_database_engine(url)
    sessions = session_factory(engine)
    session = CallSession(phone=FakePhone(), call_log=CallLogRepository(sessions), router=DialRouter(),
                          scripts=load_library(), agent=AgentIdentity("agent", "Agent"), language="en")
    interrupted = session.interrupted.recover()
    assert len(interrupted) == 1
    steps = [e.payload["step"] for e in interrupted[0].events if e.kind == "script_step_entered"]
    assert steps[:3] == ["greeting", "verify", steps[2]] and len(steps) == 3  # answered twice: third node reached
    answers = [e.payload for e in interrupted[0].events if e.kind == "script_answer"]
    assert len(answers) == 3 and answers[-1]["step"] == steps[2]  # picked on the third node, killed before "next"
    assert [e.sequence for e in interrupted[0].events] == list(range(1, len(interrupted[0].events) + 1))

    window = MainWindow(directory=DebtorRepository(sessions), session=session, language="en")
    qtbot.addWidget(window)

    def complete_when_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutcomeDialog):
            QTimer.singleShot(20, complete_when_asked)
            return
        assert "cut off" in dialog.findChild(QLabel, "callContext").text()
        dialog.choose("no_answer")
        dialog.accept()

    QTimer.singleShot(0, complete_when_asked)
    window.offer_interrupted_calls(interrupted)

    with sessions() as db:
        call = db.get(Call, interrupted[0].call_id)
        assert call.outcome_code == "no_answer" and call.end_reason == "interrupted"
        kinds = [e.kind for e in db.scalars(select(CallEvent).where(CallEvent.call_id == call.id).order_by(CallEvent.sequence))]
    assert kinds[-2:] == ["interrupted", "outcome"]
    assert session.interrupted.recover() == []
    engine.dispose()
