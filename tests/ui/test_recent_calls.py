"""RecentCalls reads the agent's list again when a call is done, and keeps the last list if the database is away."""

from datetime import datetime, timezone

from app.domain.call_views import RecentCallView
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.recent_calls import RecentCalls
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


class FakeRecentCallsSource:
    """Builds the views from the FakeCallLog's rows, as the repository does from the database."""

    def __init__(self, call_log: FakeCallLog) -> None:
        self.call_log = call_log
        self.fail = False
        self.asked: list[tuple[str, int]] = []

    def recent_calls(self, agent_login: str, limit: int = 20) -> list[RecentCallView]:
        self.asked.append((agent_login, limit))
        if self.fail:
            raise ConnectionError("database went away")
        return [RecentCallView(call_id, call["started_at"], "outbound", call["number"], call["debtor_id"], None, None,
                               call["outcome"]) for call_id, call in reversed(self.call_log.calls.items())][:limit]


def test_the_list_is_read_again_after_each_call_and_survives_a_database_outage(qtbot) -> None:
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en")
    bridge.call_state_changed.connect(session.on_call_state)
    source = FakeRecentCallsSource(call_log)
    recent = RecentCalls(source, "agent", limit=5)
    session.outcome_required.connect(recent.refresh)
    session.call_completed.connect(recent.refresh)
    problems: list[str] = []
    recent.problem.connect(problems.append)
    bridge.start()
    try:
        recent.refresh()
        assert recent.calls == [] and source.asked == [("agent", 5)]
        assert session.dial(directory.record(1), "+8613812345678")
        phone.remote_hangs_up(next(iter(phone.calls)))
        with qtbot.waitSignal(recent.changed) as ended:  # the call ended: it shows, without an outcome yet
            qtbot.waitUntil(lambda: session.awaiting_outcome)
        assert [(v.call_id, v.outcome_code) for v in ended.args[0]] == [(1, None)]
        with qtbot.waitSignal(recent.changed) as completed:
            session.record_outcome("no_answer")
        assert [(v.call_id, v.outcome_code) for v in completed.args[0]] == [(1, "no_answer")] == [
            (v.call_id, v.outcome_code) for v in recent.calls]

        source.fail = True
        before = recent.calls
        recent.refresh()
        assert recent.calls == before and problems == [
            "The recent calls could not be read; the list may be out of date."]
    finally:
        bridge.shutdown()


def test_unchanged_lists_are_not_signalled_again(qtbot) -> None:
    call_log = FakeCallLog()
    call_log.calls[1] = {"debtor_id": None, "number": "13900000000", "outcome": "busy",
                         "started_at": datetime(2026, 11, 23, tzinfo=timezone.utc)}
    recent = RecentCalls(FakeRecentCallsSource(call_log), "agent")
    with qtbot.waitSignal(recent.changed):
        recent.refresh()
    with qtbot.assertNotEmitted(recent.changed):
        recent.refresh()
