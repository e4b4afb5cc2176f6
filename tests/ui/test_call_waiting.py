"""Call waiting on the fake phone: a caller who rings while the agent is busy waits (at most 2, at most the wait
limit), can be rejected or, once the agent is free, answered like any incoming call; every ending is logged."""

from datetime import datetime

import pytest

from app.domain.call_views import WaitingCallView
from app.scripts.loader import load_library
from app.services import call_waiting
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record

DEBTOR_PHONE = "+8613812345678"
STRANGER = "13900000000"


def _build(qtbot):
    directory = FakeDirectory([sample_record(1, phone=DEBTOR_PHONE)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)

    def identify(number: str):
        return next((r for r in directory.records.values() if any(p.number == number for p in r.phones)), None)

    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en", identify_caller=identify)
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.incoming_call.connect(session.on_incoming_call)
    bridge.start()
    return session, phone, call_log, bridge


@pytest.fixture
def desk(qtbot):
    session, phone, call_log, bridge = _build(qtbot)
    yield session, phone, call_log
    bridge.shutdown()


def _talking(qtbot, session: CallSession, phone: FakePhone) -> str:
    """The agent is on an inbound call from a stranger (call 1)."""
    with qtbot.waitSignal(session.incoming_call):
        key = phone.remote_calls_in(STRANGER)
    session.answer_incoming()
    qtbot.waitUntil(lambda: session.current_stage is not None)
    return key


def _waiting_keys(session: CallSession) -> list[str]:
    return [view.call_key for view in session.call_waiting.waiting]


def test_a_second_caller_waits_ringing_and_is_shown_with_the_debtor(qtbot, desk) -> None:
    session, phone, call_log = desk
    _talking(qtbot, session, phone)
    with qtbot.waitSignal(session.call_waiting.waiting_calls_changed) as changed:
        second = phone.remote_calls_in(DEBTOR_PHONE)
    [view] = changed.args[0]
    assert isinstance(view, WaitingCallView) and isinstance(view.since, datetime)
    assert (view.call_key, view.number, view.debtor_name) == (second, DEBTOR_PHONE, "张伟")
    assert second in phone.calls and session.in_call  # not rejected; the agent's call goes on
    assert call_log.calls[2]["debtor_id"] == 1 and call_log.calls[2]["ended_at"] is None  # its row, at ring
    assert [p["state"] for _, p in call_log.events[2]] == ["incoming", "waiting"]


def test_at_most_two_wait_the_third_hears_busy_at_once(qtbot, desk) -> None:
    session, phone, call_log = desk
    _talking(qtbot, session, phone)
    keys = [phone.remote_calls_in(f"1390000000{n}") for n in range(1, 4)]
    qtbot.waitUntil(lambda: 4 in call_log.calls and call_log.calls[4]["outcome"] == "busy")
    assert _waiting_keys(session) == keys[:2] and keys[2] not in phone.calls
    assert call_log.calls[4]["end_reason"] == "486 agent busy"
    assert call_log.calls[4]["note"] == "rejected automatically: the agent was on another call"


def test_the_agent_rejects_a_waiting_caller_with_busy(qtbot, desk) -> None:
    session, phone, call_log = desk
    _talking(qtbot, session, phone)
    second = phone.remote_calls_in(STRANGER)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [second])
    with qtbot.waitSignal(session.call_waiting.waiting_calls_changed) as changed:
        session.call_waiting.reject(second)
    assert changed.args == [[]] and second not in phone.calls
    assert (call_log.calls[2]["end_reason"], call_log.calls[2]["outcome"]) == ("486 agent busy", "busy")
    assert session.in_call


def test_a_waiting_caller_who_hangs_up_leaves_the_list(qtbot, desk) -> None:
    session, phone, call_log = desk
    _talking(qtbot, session, phone)
    second = phone.remote_calls_in(STRANGER)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [second])
    phone.remote_hangs_up(second)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [])
    assert call_log.calls[2]["end_reason"] == "200 Normal call clearing" and call_log.calls[2]["outcome"] == "busy"
    assert call_log.events[2][-1] == ("call_state", {"state": "disconnected", "sip_code": 200,
                                                     "reason": "Normal call clearing"})
    assert session.in_call and not session.awaiting_outcome  # the agent's own call is untouched


def test_a_caller_waits_at_most_the_limit_then_hears_busy(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(call_waiting, "MAX_WAIT_MS", 50)
    session, phone, call_log, bridge = _build(qtbot)
    first = _talking(qtbot, session, phone)
    second = phone.remote_calls_in(DEBTOR_PHONE)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [second])
    qtbot.waitUntil(lambda: _waiting_keys(session) == [], timeout=2000)
    assert second not in phone.calls and call_log.calls[2]["outcome"] == "busy"
    assert call_log.calls[2]["end_reason"] == "486 agent busy"
    assert call_log.calls[2]["note"] == "not answered within 0.05 s: the agent was on another call"
    assert first in phone.calls and session.in_call
    bridge.shutdown()


def test_a_waiting_caller_is_answered_once_the_call_and_its_outcome_are_done(qtbot, desk) -> None:
    session, phone, call_log = desk
    first = _talking(qtbot, session, phone)
    second = phone.remote_calls_in(DEBTOR_PHONE)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [second])
    problems: list[str] = []
    session.call_waiting.problem.connect(problems.append)
    assert not session.call_waiting.answer(second)
    phone.remote_hangs_up(first)
    qtbot.waitUntil(lambda: session.awaiting_outcome)
    assert not session.call_waiting.answer(second) and len(problems) == 2  # the outcome comes first
    session.record_outcome("wrong_number")

    with qtbot.waitSignal(session.incoming_call) as ringing:
        assert session.call_waiting.answer(second)
    assert ringing.args[0] == DEBTOR_PHONE and ringing.args[1].debtor_id == 1  # the debtor pops up as for any call
    qtbot.waitUntil(lambda: session.current_stage is not None)
    assert session.active_call == (second, 2) and _waiting_keys(session) == []
    assert call_log.calls[2].get("answered_at") is not None and len(call_log.calls) == 2  # the row from its ring
    assert [p["state"] for k, p in call_log.events[2] if k == "call_state"] == ["incoming", "waiting", "confirmed"]
    phone.remote_hangs_up(second)
    qtbot.waitUntil(lambda: session.awaiting_outcome)
    assert phone.calls == {}


def test_a_caller_still_waiting_when_calldesk_closes_gets_480_and_a_note_saying_so(qtbot) -> None:
    session, phone, call_log, bridge = _build(qtbot)
    first = _talking(qtbot, session, phone)
    second = phone.remote_calls_in(STRANGER)
    qtbot.waitUntil(lambda: _waiting_keys(session) == [second])
    bridge.shutdown()  # as CallDesk closing: the phone ends every call and reports it before returning
    assert first not in phone.calls and second not in phone.calls and _waiting_keys(session) == []
    assert call_log.calls[2]["end_reason"] == "480 Temporarily Unavailable" and call_log.calls[2]["outcome"] == "busy"
    assert call_log.calls[2]["note"] == "CallDesk was closed while the caller waited: the agent was on another call"
    assert call_log.calls[1]["ended_at"] is not None and session.awaiting_outcome
