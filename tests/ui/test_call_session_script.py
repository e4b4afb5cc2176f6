"""The call session drives the script and logs every script event as it happens (fake phone, fake call log)."""

import logging
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from app.domain.follow_ups import CaseFlagView
from app.domain.outcomes import CaseFlag
from app.domain.plan_rules import load_plan_rules
from app.domain.repayment_plans import instalment_plan, plan_summary
from app.scripts.loader import ScriptLibrary, load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.script_view import QuestionView, StageView
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def _session(qtbot: QtBot, identify: bool = True) -> tuple[CallSession, FakePhone, FakeCallLog, TelephonyBridge]:
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en",
                          identify_caller=(lambda number: directory.record(1)) if identify else None)
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.incoming_call.connect(session.on_incoming_call)
    bridge.start()
    return session, phone, call_log, bridge


def _kinds(call_log: FakeCallLog, call_id: int = 1) -> list[str]:
    return [kind for kind, _ in call_log.events[call_id]]


PLAN = plan_summary(instalment_plan(Decimal("11700.50"), 12, date.today() + timedelta(days=10),
                                    load_plan_rules("cn"), date.today()), "CNY")


def test_a_whole_call_through_the_script_is_logged_step_by_step(qtbot: QtBot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    assert session.dial(sample_record(1), "+8613812345678")
    [call_key] = phone.calls
    with qtbot.waitSignal(session.stage_changed) as shown:
        phone.remote_answers(call_key)
    assert shown.args[0].stage_id == "greeting" and shown.args[0].question.kind == "choice"
    with qtbot.waitSignal(session.script_refused) as refused:
        session.next_stage()  # no answer yet
    assert refused.args[0] == "answer_required" and session.current_stage.stage_id == "greeting"
    for answer in ("speaking", "verified", "job_loss", None, "instalments", "9000", "4000"):
        session.next_stage(answer)
    assert session.current_stage.stage_id == "plan_offer" and session.current_stage.verified
    session.offer_plan(PLAN)
    session.next_stage(PLAN)
    session.next_stage("accepts")
    assert session.current_stage.stage_id == "record_outcome"
    session.next_stage("plan_agreed")
    assert session.current_stage.is_end and "¥1,0" in session.current_stage.text
    session.next_stage()  # finish the script
    assert session.current_stage is None
    with qtbot.waitSignal(session.outcome_required):
        session.hang_up()
    suggestion = session.outcome_suggestion
    assert suggestion.code == "rpc_ptp" and suggestion.plan["total"] == PLAN["total"]
    assert any(channel == "sms" and "¥1,0" in text for _, channel, text in suggestion.messages)
    kinds = _kinds(call_log)
    for kind in ("script_step_entered", "script_answer", "script_gate", "plan_offered", "plan_accepted",
                 "outcome_proposed", "script_step_left", "confirmation_prepared"):
        assert kind in kinds, kind
    steps = [p["step"] for k, p in call_log.events[1] if k == "script_step_entered"]
    assert steps[:4] == ["greeting", "verify", "listen", "explain"] and steps[-1] == "closing"
    gates = [p["gate"] for k, p in call_log.events[1] if k == "script_gate"]
    assert gates == ["recording_notice", "right_party_verified", "outcome_recorded"]
    bridge.shutdown()


def test_hang_up_mid_script_leaves_the_node_and_asks_for_the_outcome(qtbot: QtBot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    assert session.dial(sample_record(1), "+8613812345678")
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    qtbot.waitUntil(lambda: session.current_stage is not None)
    session.next_stage("third_party")
    with qtbot.waitSignal(session.outcome_required):
        phone.remote_hangs_up(call_key)
    assert call_log.events[1][-1][0] == "script_step_left" or "script_step_left" in _kinds(call_log)
    left = [p for k, p in call_log.events[1] if k == "script_step_left"]
    assert left[-1] == {"step": "third_party", "via": "call_ended"}
    assert session.outcome_suggestion.messages == ()  # nothing about the debt for a third party
    bridge.shutdown()


def test_mandatory_skip_needs_a_reason_and_branches_work(qtbot: QtBot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    assert session.dial(sample_record(1), "+8613812345678")
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    qtbot.waitUntil(lambda: session.current_stage is not None)
    with qtbot.waitSignal(session.script_refused) as refused:
        session.skip_stage("")
    assert refused.args[0] == "reason_required"
    session.take_branch("abuse")
    assert session.current_stage.stage_id == "abuse_acknowledge"
    assert ("script_branch", {"branch": "abuse", "from": "greeting", "to": "abuse_acknowledge"}) in call_log.events[1]
    bridge.shutdown()


def test_an_incoming_call_is_logged_at_ring_and_pops_the_caller(qtbot: QtBot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    with qtbot.waitSignal(session.incoming_call) as ringing:
        phone.remote_calls_in("13812345678", "Zhang")
    assert ringing.args[0] == "13812345678" and ringing.args[1].debtor_id == 1
    assert call_log.calls[1]["debtor_id"] == 1 and _kinds(call_log) == ["call_state"]
    with qtbot.waitSignal(session.stage_changed) as shown:
        session.answer_incoming()
    assert shown.args[0].script_title and session.current_stage is not None
    second = phone.remote_calls_in("13900000000")
    qtbot.waitUntil(lambda: [view.call_key for view in session.call_waiting.waiting] == [second])  # call waiting
    session.call_waiting.reject(second)
    assert second not in phone.calls and call_log.calls[2]["outcome"] == "busy"  # rejected busy while the agent talks
    bridge.shutdown()


class _HoldingFollowUps:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.outcomes: list[tuple[int, object]] = []

    def record_outcome(self, call_id: int, outcome: object, agent_login: str) -> None:
        self.outcomes.append((call_id, outcome))

    def collection_hold(self, debtor_id: int, account_number: str | None = None) -> CaseFlagView:
        return CaseFlagView(1, debtor_id, CaseFlag(self.kind), None, datetime(2026, 11, 1, tzinfo=timezone.utc),
                            "agent", None, "")


def test_cease_contact_blocks_the_call_and_hardship_reminds(qtbot: QtBot) -> None:
    for kind, placed in (("cease_contact", False), ("hardship", True)):
        phone = FakePhone()
        session = CallSession(phone=phone, call_log=FakeCallLog(FakeDirectory([sample_record(1)])),
                              router=DialRouter(), scripts=load_library(), agent=AgentIdentity("agent", "王芳"),
                              language="en", follow_ups=_HoldingFollowUps(kind))
        with qtbot.waitSignal(session.problem) as problem:
            assert session.dial(sample_record(1), "+8613812345678") is placed
        assert "2026-11-01" in problem.args[0] and bool(phone.dialled) is placed


def _current(session: CallSession) -> StageView:
    stage = session.current_stage
    assert stage is not None
    return stage


def _question(session: CallSession) -> QuestionView:
    question = _current(session).question
    assert question is not None
    return question


def _library_with_a_broken_income_bound() -> ScriptLibrary:
    """The shipped library, but the income question's minimum is "abc": what `scripts check` let through before."""
    library = load_library()
    script = library.scripts[("standard_call", "en")]
    nodes = tuple(replace(n, question=replace(n.question, minimum="abc"))
                  if n.question is not None and n.question.var == "monthly_income" else n for n in script.nodes)
    assert nodes != script.nodes
    return ScriptLibrary({**library.scripts, ("standard_call", "en"): replace(script, nodes=nodes)}, {})


def test_a_fault_in_a_script_step_is_a_calm_refusal_and_a_logged_event(qtbot: QtBot,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    session._scripts = _library_with_a_broken_income_bound()
    assert session.dial(sample_record(1), "+8613812345678")
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    qtbot.waitUntil(lambda: session.current_stage is not None)
    for answer in ("speaking", "verified", "job_loss", None, "instalments"):
        session.next_stage(answer)
    stage = _current(session).stage_id
    assert _question(session).var == "monthly_income"
    with qtbot.waitSignal(session.script_refused) as refused, caplog.at_level(logging.ERROR):
        session.next_stage("9000")  # Decimal("abc") raised into the call before
    assert refused.args == ["script_error", ""]
    assert session.in_call and _current(session).stage_id == stage  # the call and the script go on
    [(kind, payload)] = [(k, p) for k, p in call_log.events[1] if k == "script_error"]
    assert payload["step"] == stage and payload["reason"] == "InvalidOperation" and "9000" not in str(payload)
    [record] = [r for r in caplog.records if r.name == "app.services.call_session"]
    assert record.levelno == logging.ERROR and record.exc_info is not None and stage in record.getMessage()
    session.take_branch(_current(session).branches[0].jump_id)  # other steps still work
    assert _current(session).stage_id != stage
    with qtbot.waitSignal(session.outcome_required):
        session.hang_up()
