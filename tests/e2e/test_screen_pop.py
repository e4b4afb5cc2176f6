"""Screen pop end to end: the real composition (build_desktop: SQLite, pjsua2 phone, MainWindow), and a second
pjsua2 phone in a child process calling in from the number of a debtor's spouse."""

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.config import load_settings
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.db.models import Call, CallEvent, Debtor, DebtorPhone
from app.desktop import build_desktop
from app.phone_numbers import national_digits
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.slow]
POP_TIMEOUT_MS = 15000


def _spouse_phone(database_url: str) -> tuple[str, int, str, str]:
    """(number, debtor id, debtor name, spouse name) of a spouse's number on file for exactly one debtor."""
    engine = create_database_engine(database_url)
    try:
        with session_factory(engine)() as session:
            unique = select(DebtorPhone.number).group_by(DebtorPhone.number).having(func.count() == 1)
            number, debtor_id, spouse = session.execute(
                select(DebtorPhone.number, DebtorPhone.debtor_id, DebtorPhone.owner_name)
                .where(DebtorPhone.owner == "spouse", DebtorPhone.owner_name.is_not(None), DebtorPhone.number.in_(unique))
                .order_by(DebtorPhone.id).limit(1)
            ).tuples().one()
            name = session.get(Debtor, debtor_id).full_name  # type: ignore[union-attr]  # present here, or the test fails on this line
        return number, debtor_id, name, spouse
    finally:
        engine.dispose()


@pytest.fixture
def desktop(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CALLDESK_NULL_AUDIO", "1")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    database_url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)
    seed_demo_data(engine, 300, seed=7)
    engine.dispose()
    settings = dataclasses.replace(load_settings(database_url=database_url, data_dir=tmp_path), language="en",
                                   demo_mode=False, sip_accounts=())
    desk = build_desktop(settings, QApplication.instance())
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.load()
    yield desk, database_url
    desk.close()


def test_a_call_from_a_spouses_number_pops_the_debtor_and_says_whose_phone(desktop, qtbot) -> None:
    desk, database_url = desktop
    number, debtor_id, name, spouse = _spouse_phone(database_url)
    window = desk.window
    flow = window.screen_pop_flow
    assert flow is not None
    with PeerPhone(user=national_digits(number)) as peer:  # From: sip:139...@127.0.0.1 as a CN carrier sends it
        peer.command(f"call {desk.bridge.port.local_uri()}")
        qtbot.waitUntil(lambda: window.record_view.record is not None, timeout=POP_TIMEOUT_MS)
        assert window.record_view.record.debtor_id == debtor_id
        assert window.record_view.name_label.text() == name
        assert name in window.incoming_banner.caller_label.text()
        qtbot.waitUntil(lambda: desk.session.in_call)  # pjsua's own 180 ("early") must not hide the banner
        assert window.incoming_banner.isVisible()
        assert flow.notice.isVisible()
        assert flow.notice.text().startswith(f"Call from the debtor's spouse's phone ({spouse})")
        with qtbot.waitSignal(window.outcome_dialog_shown, timeout=POP_TIMEOUT_MS):
            window.incoming_banner.reject_button.click()
        peer.wait_for(r"^STATE disconnected call=1 ", 10)
    engine = create_database_engine(database_url)
    try:
        with session_factory(engine)() as session:
            call = session.scalars(select(Call).order_by(Call.id.desc())).first()
            assert call is not None and call.direction == "inbound" and call.debtor_id == debtor_id
            assert call.number == number  # the caller ID arrives national; the call log stores E.164
            states = [event.payload["state"] for event in session.scalars(
                select(CallEvent).where(CallEvent.call_id == call.id, CallEvent.kind == "call_state")
                .order_by(CallEvent.sequence))]
            assert states[0] == "incoming" and states.count("incoming") == 1, states  # pjsua2 reports it again
            assert states[-1] == "disconnected"
    finally:
        engine.dispose()
