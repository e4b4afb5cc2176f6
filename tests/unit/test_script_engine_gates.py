"""The script engine on a small script: moves, typed answers, conditions, gates, skips, branches and plans."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.scripts.context import CallFacts
from app.scripts.engine import ScriptEvent, ScriptRefusal, ScriptRun
from app.scripts.loader import load_script
from app.scripts.model import ScriptNode

MINI = Path(__file__).parent / "script_files" / "mini.en.toml"
FACTS = CallFacts(
    spoken={"agent": {"name": "Wang Fang"}, "centre": {"name": "the Card Centre", "callback_number": "400-820-8888"},
            "debtor": {"name": "Zhang Wei", "language": "en"}},
    debt={"account": {"total_due": Decimal("11700.50"), "currency": "CNY", "minimum_due": Decimal("585.03")},
          "promise": {}},
)


def _run(recorded: bool = True) -> tuple[ScriptRun, list[ScriptEvent]]:
    events: list[ScriptEvent] = []
    return ScriptRun(load_script(MINI), FACTS, events.append, recorded=recorded), events


def _kinds(events: list[ScriptEvent]) -> list[str]:
    return [e.kind for e in events]



def _present(node: ScriptNode | None) -> ScriptNode:
    assert node is not None
    return node

def test_right_party_path_discloses_only_after_verification_and_logs_every_step() -> None:
    run, events = _run()
    node = run.start()
    assert "Zhang Wei" in run.render(node) and "11,700" not in run.render(node)
    with pytest.raises(ScriptRefusal) as refused:
        run.next()
    assert refused.value.code == ScriptRefusal.ANSWER_REQUIRED
    run.answer("right_party")
    assert run.verified
    following = run.next()
    assert following is not None and following.node_id == "explain"
    node = following
    assert "¥11,700.50" in run.render(node)
    run.answer("8,500")
    assert run.answers["monthly_income"] == Decimal("8500.00")
    assert _present(run.next()).node_id == "plan"
    run.offer_plan({"kind": "instalment", "total": Decimal("12000"), "months": 12, "monthly_amount": Decimal("1000")})
    run.answer({"kind": "instalment", "total": Decimal("12000"), "months": 12, "monthly_amount": Decimal("1000")})
    assert "12 months of ¥1,000.00" in run.render(_present(run.current))
    assert _present(run.next()).node_id == "close"
    assert run.next() is None and run.finished and run.proposed_outcome == "rpc_ptp"
    kinds = _kinds(events)
    assert kinds[:2] == ["script_step_entered", "script_gate"]  # entered greeting; recording notice given
    assert {"script_answer", "plan_offered", "plan_accepted", "outcome_proposed"} <= set(kinds)
    gates = [e.payload["gate"] for e in events if e.kind == "script_gate"]
    assert gates == ["recording_notice", "right_party_verified", "outcome_recorded"]
    assert kinds[-1] == "script_step_left" and events[-1].payload["via"] == "finish"


def test_third_party_never_gets_the_debt_and_disclosure_is_refused() -> None:
    run, events = _run()
    run.start()
    run.answer("third_party")
    node = run.next()
    assert node is not None and node.node_id == "third_party"
    assert "400-820-8888" in run.render(node)
    assert run.variables(disclosure=True).get("account") is None  # not verified: the debt is not in the context
    assert run.proposed_outcome == "tp_message"


def test_condition_steers_to_hardship() -> None:
    run, _ = _run()
    run.start()
    run.answer("right_party")
    run.next()
    run.answer("2000")
    assert _present(run.next()).node_id == "hardship"


def test_typed_answers_are_checked() -> None:
    run, _ = _run()
    run.start()
    with pytest.raises(ScriptRefusal) as refused:
        run.answer("somebody")
    assert refused.value.code == ScriptRefusal.ANSWER_INVALID and "right_party" in refused.value.detail
    run.answer("right_party")
    run.next()
    for bad in ("12.345", "-5", "lots", "1e9"):
        with pytest.raises(ScriptRefusal):
            run.answer(bad)


def test_skipping_a_mandatory_step_needs_a_reason_which_is_logged() -> None:
    run, events = _run()
    run.start()
    run.answer("right_party")
    run.next()
    with pytest.raises(ScriptRefusal) as refused:
        run.skip("  ")
    assert refused.value.code == ScriptRefusal.REASON_REQUIRED
    run.skip("debtor already knows the amount")
    assert _present(run.current).node_id == "plan"
    skip = next(e for e in events if e.kind == "script_skip")
    assert skip.payload == {"step": "explain", "reason": "debtor already knows the amount", "mandatory": True}
    assert any(e.kind == "script_gate" and e.payload["gate"] == "reason_required" and not e.payload["passed"]
               for e in events)


def test_branch_from_anywhere_and_back() -> None:
    run, events = _run()
    run.start()
    node = run.jump("abuse")
    assert node.node_id == "abuse_end" and run.proposed_outcome == "abuse_ended"
    assert any(e.kind == "script_branch" and e.payload == {"branch": "abuse", "from": "greeting", "to": "abuse_end"}
               for e in events)
    assert _present(run.back()).node_id == "greeting"


def test_disclosure_jump_before_verification_is_refused() -> None:
    script = load_script(MINI)
    run = ScriptRun(script, FACTS)
    run.start()
    with pytest.raises(ScriptRefusal) as refused:
        run._move(script.node("explain"), via="test")
    assert refused.value.code == ScriptRefusal.NOT_VERIFIED
    assert _present(run.current).node_id == "greeting"


def test_questions_wait_for_the_recording_notice_on_a_recorded_call() -> None:
    script = load_script(MINI)
    greeting = script.node("greeting")
    silent = replace(script, nodes=tuple(replace(n, tags=frozenset()) if n is greeting else n for n in script.nodes))
    run = ScriptRun(silent, FACTS, recorded=True)
    run.start()
    with pytest.raises(ScriptRefusal) as refused:
        run.answer("right_party")
    assert refused.value.code == ScriptRefusal.NO_RECORDING_NOTICE
    unrecorded = ScriptRun(silent, FACTS, recorded=False)
    unrecorded.start()
    unrecorded.answer("right_party")


def test_no_close_without_an_outcome_and_hang_up_always_ends_the_run() -> None:
    run, events = _run()
    run.start()
    run.call_ended()
    assert run.finished and events[-1].payload == {"step": "greeting", "via": "call_ended"}


def test_confirmation_message_reads_back_the_plan() -> None:
    run, _ = _run()
    run.start()
    run.answer("right_party")
    run.next()
    run.answer("9000")
    run.next()
    run.answer({"kind": "instalment", "total": Decimal("12000"), "months": 12, "first_due": date(2026, 12, 1)})
    message = run.script.messages[0]
    assert run.render_message(message) == "You agreed to pay ¥12,000.00."
