"""Every dial goes through one permission check: rules in order, the first refusal decides, reminders add up."""

from pytestqt.qtbot import QtBot

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_permission import DialDecision, DialPermission
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def test_no_rules_allow_every_call() -> None:
    assert DialPermission().check(sample_record(1), "+8613812345678") == DialDecision(True)


def test_first_refusal_decides_and_reminders_are_kept() -> None:
    seen: list[str] = []

    def remind(_record: object, number: str) -> DialDecision:
        seen.append(number)
        return DialDecision(True, ("hardship recorded",))

    def refuse_third_party(_record: object, number: str) -> DialDecision | None:
        return DialDecision(False, ("not this number",)) if number.endswith("99") else None

    permission = DialPermission([remind, refuse_third_party])
    assert permission.check(sample_record(1), "+8613800000099") == DialDecision(False, ("not this number",))
    assert permission.check(sample_record(1), "+8613812345678") == DialDecision(True, ("hardship recorded",))
    assert seen == ["+8613800000099", "+8613812345678"]


def test_the_session_dials_only_what_the_check_allows(qtbot: QtBot) -> None:
    phone = FakePhone()
    refusal = DialPermission([lambda _record, _number: DialDecision(False, ("outside calling hours",))])
    session = CallSession(phone=phone, call_log=FakeCallLog(FakeDirectory([sample_record(1)])), router=DialRouter(),
                          scripts=load_library(), agent=AgentIdentity("agent", "王芳"), language="en",
                          dial_permission=refusal)
    with qtbot.waitSignal(session.problem) as problem:
        assert session.dial(sample_record(1), "+8613812345678") is False
    assert problem.args == ["outside calling hours"]
    assert phone.calls == {}
