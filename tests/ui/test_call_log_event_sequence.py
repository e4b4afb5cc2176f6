"""What one inbound and one outbound call leave in ``calls`` and ``call_events``: the call session with the fake phone
and the real call log on SQLite. The number is stored in E.164 both ways (a caller ID arrives national), the call
row names the account the call is about, and an inbound call logs "incoming" once although pjsua2 reports the
INCOMING state after the INVITE."""

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Account, Call
from app.domain.call_log import CallEventKind
from app.domain.debtors import DebtorRecord
from app.phone_numbers import national_digits
from app.scripts.context import focus_account
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.events import CallState, CallStateChanged, IncomingCall
from app.telephony.fake_phone import FakePhone
from tests.db.helpers import migrated_sqlite
from tests.ui.guided_script import guided_library

CALL_EVENTS = (CallEventKind.DIALLED, CallEventKind.CALL_STATE)


@pytest.fixture
def desk(qtbot, tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 3)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    directory = DebtorRepository(sessions)
    record = directory.record(1)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="en",
                          identify_caller=lambda number: record if number == national_digits(_phone(record))
                          else None)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    phone.add_listener(lambda e: session.on_incoming_call(e) if isinstance(e, IncomingCall) else None)
    yield session, phone, call_log, sessions, record
    phone.shutdown()
    engine.dispose()


def _phone(record: DebtorRecord) -> str:
    return record.phones[0].number  # E.164, as on file


def _call_row(sessions, call_id: int) -> tuple[str, str, int | None, str | None]:
    with sessions() as db:
        call = db.get(Call, call_id)
        account_number = None if call.account_id is None else db.scalar(
            select(Account.account_number).where(Account.id == call.account_id))
        return call.direction, call.number, call.account_id, account_number


def _sequence(call_log: CallLogRepository, call_id: int) -> list[tuple[str, str | None]]:
    return [(event.kind, event.payload.get("state")) for event in call_log.events(call_id)
            if event.kind in CALL_EVENTS]


def test_an_outbound_call_logs_e164_its_account_and_each_state_once(desk) -> None:
    session, phone, call_log, sessions, record = desk
    assert session.dial(record, national_digits(_phone(record)))  # typed in national form
    phone.pump()
    call_key, call_id = session.active_call
    phone.remote_rings(call_key)
    phone.remote_answers(call_key)
    phone.pump()
    session.hang_up()
    phone.pump()

    account = focus_account(record)
    assert account is not None
    direction, number, account_id, account_number = _call_row(sessions, call_id)
    assert (direction, number, account_number) == ("outbound", _phone(record), account.account_number)
    assert account_id is not None
    assert _sequence(call_log, call_id) == [
        ("dialled", None), ("call_state", "calling"), ("call_state", "early"), ("call_state", "confirmed"),
        ("call_state", "disconnected"),
    ]
    dialled = call_log.events(call_id)[0]
    assert dialled.payload["account"] == account_number[-4:]  # the event and the row name the same account


def test_an_inbound_call_logs_e164_its_account_and_incoming_once(desk) -> None:
    session, phone, call_log, sessions, record = desk
    caller_id = national_digits(_phone(record))  # as a PBX sends it: 13812345678, no +86
    call_key = phone.remote_calls_in(caller_id)
    phone.pump()
    _, call_id = session.active_call
    # pjsua2 reports the INCOMING state right after the INVITE (pjsua2_adapter._on_incoming_call); the fake does not
    session.on_call_state(CallStateChanged(call_key, CallState.INCOMING, f"sip:{caller_id}@pbx", 0, ""))
    session.answer_incoming()
    phone.pump()
    phone.remote_hangs_up(call_key)
    phone.pump()

    account = focus_account(record)
    assert account is not None
    direction, number, account_id, account_number = _call_row(sessions, call_id)
    assert (direction, number, account_number) == ("inbound", _phone(record), account.account_number)
    assert number.startswith("+86")
    assert _sequence(call_log, call_id) == [
        ("call_state", "incoming"), ("call_state", "confirmed"), ("call_state", "disconnected"),
    ]


def test_an_unknown_caller_is_stored_as_sent_without_an_account(desk) -> None:
    session, phone, call_log, sessions, _record = desk
    call_key = phone.remote_calls_in("10086")  # a short code: not a number libphonenumber can make E.164
    phone.pump()
    _, call_id = session.active_call
    session.reject_incoming()
    phone.pump()
    assert _call_row(sessions, call_id) == ("inbound", "10086", None, None)
    assert call_key not in phone.calls


def test_a_caller_the_agent_identifies_gets_the_debtor_and_the_account(desk) -> None:
    session, phone, call_log, sessions, record = desk
    call_key = phone.remote_calls_in("13700001111")  # not on file: nobody pops
    phone.pump()
    _, call_id = session.active_call
    assert _call_row(sessions, call_id) == ("inbound", "+8613700001111", None, None)
    assert session.attach_caller(record)  # the agent found the debtor by name
    account = focus_account(record)
    assert account is not None
    _, _, account_id, account_number = _call_row(sessions, call_id)
    assert account_id is not None and account_number == account.account_number
    with sessions() as db:
        assert db.get(Call, call_id).debtor_id == record.debtor_id
    session.reject_incoming()
    phone.pump()
    assert call_key not in phone.calls
