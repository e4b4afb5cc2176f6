"""Ring timeout end to end: the real composition (build_desktop: SQLite, pjsua2 phone, MainWindow) with
``[calls] ring_timeout_s = 5``, and a second pjsua2 phone in a child process calling in from a number on file."""

import dataclasses
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.config import load_settings
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.db.models import Call, DebtorPhone
from app.desktop import build_desktop
from app.phone_numbers import national_digits
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.slow]
RING_TIMEOUT_S = 5


def _own_number(database_url: str) -> tuple[str, int]:
    """A debtor's own number, on file for that debtor only, and the debtor's id."""
    engine = create_database_engine(database_url)
    try:
        with session_factory(engine)() as session:
            unique = select(DebtorPhone.number).group_by(DebtorPhone.number).having(func.count() == 1)
            number, debtor_id = session.execute(
                select(DebtorPhone.number, DebtorPhone.debtor_id)
                .where(DebtorPhone.owner == "self", DebtorPhone.number.in_(unique)).order_by(DebtorPhone.id).limit(1)
            ).tuples().one()
        return number, debtor_id
    finally:
        engine.dispose()


def _calls_from(database_url: str, number: str) -> list[Call]:
    engine = create_database_engine(database_url)
    try:
        with session_factory(engine)() as session:
            calls = list(session.scalars(select(Call).where(Call.number == number, Call.direction == "inbound")
                                         .order_by(Call.id)))  # the demo history may hold earlier calls out
            session.expunge_all()
            return calls
    finally:
        engine.dispose()


@pytest.fixture
def desktop(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CALLDESK_NULL_AUDIO", "1")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    database_url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)
    seed_demo_data(engine, 40, seed=11)
    engine.dispose()
    settings = dataclasses.replace(load_settings(database_url=database_url, data_dir=tmp_path), language="en",
                                   demo_mode=False, sip_accounts=(), call_options={"ring_timeout_s": RING_TIMEOUT_S})
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = build_desktop(settings, app)
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.load()
    yield desk, database_url
    desk.close()


def test_an_unanswered_caller_gets_480_after_the_timeout_is_logged_missed_and_the_next_is_answered(desktop, qtbot):
    desk, database_url = desktop
    window = desk.window
    number, debtor_id = _own_number(database_url)
    shown: list[object] = []
    window.outcome_dialog_shown.connect(shown.append)
    with PeerPhone(user=national_digits(number)) as peer:
        uri = desk.bridge.port.local_uri()
        peer.command(f"call {uri}")
        started = time.monotonic()
        qtbot.waitUntil(lambda: window.incoming_banner.isVisible(), timeout=10_000)
        with qtbot.waitSignal(desk.session.call_missed, timeout=(RING_TIMEOUT_S + 5) * 1000):
            pass
        rang_s = time.monotonic() - started
        peer.wait_for(r"^STATE disconnected call=1 code=480 reason=Temporarily Unavailable$", 5)
        assert RING_TIMEOUT_S - 0.5 <= rang_s < RING_TIMEOUT_S + 2, rang_s
        assert not window.incoming_banner.isVisible() and shown == []
        assert not desk.session.in_call and not desk.session.awaiting_outcome

        peer.command(f"call {uri}")  # the next caller rings and is answered as usual
        qtbot.waitUntil(lambda: window.incoming_banner.isVisible(), timeout=10_000)
        window.incoming_banner.answer_button.click()
        peer.wait_for(r"^STATE confirmed call=2 ", 10)
        qtbot.waitUntil(lambda: desk.session.current_stage is not None, timeout=10_000)
        with qtbot.waitSignal(window.outcome_dialog_shown, timeout=10_000):
            peer.command("hangup")
    missed, answered = _calls_from(database_url, number)  # E.164 in the call log, though the caller ID is national
    assert (missed.direction, missed.debtor_id, missed.answered_at) == ("inbound", debtor_id, None)
    assert missed.end_reason == "480 Temporarily Unavailable" and missed.outcome_code == "no_answer"
    assert missed.outcome_note is not None and missed.outcome_note.startswith(
        f"Missed call: not answered within {RING_TIMEOUT_S} s")
    assert answered.answered_at is not None and answered.ended_at is not None and answered.outcome_code is None
