"""Every shipped script loads, passes `scripts check`, and every node and branch is walked by the engine to an end
with an outcome, in both languages."""

import random
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from app.domain.outcomes import outcome_for
from app.scripts.checks import check_script
from app.scripts.context import CallFacts
from app.scripts.engine import ScriptRefusal, ScriptRun
from app.scripts.loader import LIBRARY_DIR, load_library, read_script
from app.scripts.model import AnswerKind, CallScript, Question

LIBRARY = load_library()
SCRIPTS = sorted(LIBRARY.scripts.values(), key=lambda s: (s.script_id, s.language))
FACTS = CallFacts(
    spoken={"agent": {"name": "王芳"}, "centre": {"name": "信用卡中心", "callback_number": "400-820-8888"},
            "debtor": {"name": "张伟", "language": "zh_CN"}},
    debt={"account": {"number_last4": "1234", "product": "Platinum", "total_due": Decimal("11700.50"),
                      "minimum_due": Decimal("585.03"), "currency": "CNY", "due_date": date(2026, 10, 5),
                      "days_past_due": 49, "bucket": "M2"},
          "promise": {"amount": Decimal("2000"), "due_on": date(2026, 11, 20), "status": "broken"}},
)
PLAN = {"kind": "instalment", "total": Decimal("12402.53"), "fee_total": Decimal("702.03"), "discount": Decimal("0"),
        "monthly_amount": Decimal("1033.55"), "months": 12, "first_due": date(2026, 12, 1),
        "last_due": date(2027, 11, 1), "currency": "CNY", "needs_supervisor_approval": False,
        "over_affordability": False,
        "instalments": [{"sequence": 1, "due_on": date(2026, 12, 1), "amount": Decimal("1033.55")}]}
MAX_WALKS = 400
AMOUNTS = {"monthly_income": ["30000", "500"], "essential_expenses": ["2000", "50000"]}  # affordable, then not
MAX_STEPS = 200


def test_the_library_has_every_script_in_both_languages_and_nothing_broken() -> None:
    assert LIBRARY.broken == {}
    assert {key for key in LIBRARY.scripts} == {
        (script_id, language) for script_id in ("standard_call", "promise_follow_up", "broken_promise", "inbound_call")
        for language in ("en", "zh_CN")}


@pytest.mark.parametrize("path", sorted(LIBRARY_DIR.glob("*.toml")), ids=lambda p: p.name)
def test_each_file_passes_the_check(path: Any) -> None:
    script, problems = read_script(path)
    assert script is not None and problems == [] and check_script(script) == []


def _answers(question: Question) -> list[Any]:
    if question.kind is AnswerKind.CHOICE:
        return [c.choice_id for c in question.choices]
    if question.var in AMOUNTS:
        return AMOUNTS[question.var]
    return {
        AnswerKind.AMOUNT: ["500", "30000"], AnswerKind.DATE: [date.today() + timedelta(days=7)],
        AnswerKind.DATETIME: [datetime.now(timezone.utc) + timedelta(days=1)], AnswerKind.TEXT: ["查询"],
        AnswerKind.PLAN: [PLAN],
    }[question.kind]


def _walk_all(script: CallScript, first_move: str | None, taken: dict[tuple[str, int], int],
              options_of: dict[str, int]) -> tuple[set[str], list[str]]:
    """Walk again and again, each time taking an answer not taken before somewhere, until every answer of every
    node reached has been taken; returns the nodes seen and the outcomes the walks ended with."""
    seen: set[str] = set()
    outcomes: list[str] = []
    rng = random.Random(7)
    for _ in range(MAX_WALKS):
        run = ScriptRun(script, FACTS)
        node = run.start()
        if first_move is not None:
            run.verified = run.notice_given = True  # a branch taken mid-call, after verification
            node = run.jump(first_move)
        for step in range(MAX_STEPS):
            seen.add(node.node_id)
            assert not run.render(node).startswith("["), f"{script.source}: {node.node_id}: {run.render(node)}"
            if node.question is not None:
                options = _answers(node.question)
                options_of[node.node_id] = len(options)
                counts = [taken.get((node.node_id, i), 0) for i in range(len(options))]
                least = [i for i, count in enumerate(counts) if count == min(counts)]
                index = rng.choice(least) if step < MAX_STEPS // 2 else rng.randrange(len(options))
                taken[(node.node_id, index)] = counts[index] + 1
                run.answer(options[index])
            try:
                following = run.next()
            except ScriptRefusal as refusal:
                pytest.fail(f"{script.source}: stuck at {node.node_id}: {refusal}")
            if following is None:
                break
            node = following
        else:
            pytest.fail(f"{script.source}: no end after {MAX_STEPS} steps from {first_move or script.start}")
        assert run.finished and run.proposed_outcome is not None
        outcomes.append(run.proposed_outcome)
        if all((node_id, i) in taken for node_id, count in options_of.items() for i in range(count)):
            break  # every answer of every node reached has been taken
    return seen, outcomes


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: f"{s.script_id}.{s.language}")
def test_every_node_and_branch_is_walked_to_an_outcome(script: CallScript) -> None:
    taken: dict[tuple[str, int], int] = {}
    options_of: dict[str, int] = {}
    seen, outcomes = _walk_all(script, None, taken, options_of)
    for jump in script.jumps:
        jump_seen, jump_outcomes = _walk_all(script, jump.jump_id, taken, options_of)
        seen |= jump_seen
        outcomes += jump_outcomes
    assert seen == {n.node_id for n in script.nodes}
    untaken = [(node_id, i) for node_id, count in options_of.items() for i in range(count) if (node_id, i) not in taken]
    assert untaken == [], f"answers never taken: {untaken}"
    assert all(outcome_for(code).agent_selectable for code in outcomes)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda s: f"{s.script_id}.{s.language}")
def test_texts_render_in_the_script_language(script: CallScript) -> None:
    run = ScriptRun(script, FACTS)
    run.start()
    run.verified = True
    for node in script.nodes:
        text = run.render(node)
        assert text and not text.startswith("[cannot"), f"{node.node_id}: {text}"
        if script.language == "zh_CN":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{node.node_id} has no Chinese: {text}"
    for message in script.messages:
        run.plan = PLAN
        text = run.render_message(message)
        assert "¥1,033.55" in text or "¥12,402.53" in text or script.script_id != "standard_call", text
