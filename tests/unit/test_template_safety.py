"""Templates that try to leave the sandbox are reported by `scripts check` and refused at run time, never run."""

import time
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from jinja2 import TemplateError

from app.scripts import rendering
from app.scripts.rendering import (
    MAX_OUTPUT,
    HardenedEnvironment,
    ScriptRenderError,
    evaluate_condition,
    render_text,
    template_problem,
)
from app.scripts.template_safety import ALLOWED_FILTERS, KnownNames, TemplateProblem, expression_problems, template_problems

KNOWN: KnownNames = {
    "agent": {"name": None},
    "debtor": {"name": None, "language": None},
    "account": {"total_due": None, "currency": None, "due_date": None},
    "answers": None,
    "verified": None,
    "plan": {"currency": None, "instalments": None},
}
CONTEXT: dict[str, Any] = {
    "agent": {"name": "王芳"},
    "debtor": {"name": "Zhang Wei", "language": "en"},
    "account": {"total_due": Decimal("11700.5"), "currency": "CNY", "due_date": date(2026, 10, 5)},
    "answers": {"reason": "job_loss"},
    "verified": True,
    "plan": {"currency": "CNY", "instalments": [{"amount": Decimal("3900.17"), "due_on": date(2026, 11, 5)},
                                                {"amount": Decimal("3900.17"), "due_on": date(2026, 12, 5)}]},
}
ATTACKS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ debtor|attr('__class__') }}",
    "{{ debtor['__cla' ~ 'ss__'] }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{{ 'x' * 1000000000 }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{{ lipsum(1000000) }}",
    "{% include '/etc/passwd' %}",
    "{{ debtor.name.format }}",
    "{{ debtor.name.__len__() }}",
    "{{ self.__init__ }}",
    "{{ namespace }}",
    "{{ '%999999999d' % 1 }}",
    "{{ 'x'|center(1000000000) }}",
    "{{ debtor.name.format('{0:>1000000000}') }}",
]
RUNTIME_BOMBS = [  # well-formed, so the static check passes them: the hardened environment bounds them
    "{% set s = 'xxxxxxxxxx' %}" + "{% set s = s ~ s %}" * 40 + "{{ s }}",
    "{% set n = 99999999 %}" + "{% set n = n * n %}" * 40 + "{{ n }}",
    "{{ 'ab'" + "|replace('', 'xxxxxxxxxx')" * 10 + " }}",
    "{{ debtor.name + debtor.name }}", "{{ debtor.name * 2 }}", "{{ debtor.name | join(debtor.name) }}",
    "{{ plan.instalments }}", "{% set digits = 100000000 %}{{ 1.5 | round(digits, 'floor') }}",
]
LONG_NAME = {**CONTEXT, "debtor": {"name": "x" * 9_000, "language": "en"}}
QUICK = 0.5  # seconds: every refusal happens before any large loop or allocation


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_is_reported_by_the_static_check(attack: str) -> None:
    assert template_problems(attack, KNOWN)
    assert template_problems(attack, None)  # safety does not depend on knowing the variables


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_is_refused_by_render_text_without_running(attack: str) -> None:
    with pytest.raises(ScriptRenderError, match="^refused: "):
        render_text(attack, CONTEXT, "en", KNOWN)


@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_is_refused_at_run_time_when_the_static_check_is_bypassed(
        attack: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rendering, "_refuse_unsafe", lambda *args, **kwargs: None)
    started = time.perf_counter()
    with pytest.raises(ScriptRenderError, match="^cannot fill in the script text: "):
        render_text(attack, CONTEXT, "en")
    assert time.perf_counter() - started < QUICK


@pytest.mark.parametrize("attack", ATTACKS + RUNTIME_BOMBS)
def test_attack_is_refused_by_the_bare_hardened_environment(attack: str) -> None:
    started = time.perf_counter()
    leaked: list[str] = []
    with pytest.raises((TemplateError, TypeError, ValueError)):
        leaked.extend(HardenedEnvironment("en").from_string(attack).generate(**LONG_NAME))
    assert time.perf_counter() - started < QUICK
    assert not any("class" in piece or "module" in piece or "root:" in piece for piece in leaked)


def test_hardened_environment_has_no_jinja_helpers_and_only_the_allowed_filters() -> None:
    environment = HardenedEnvironment("en")
    assert environment.globals == {}
    assert set(environment.filters) == ALLOWED_FILTERS
    assert "attr" not in ALLOWED_FILTERS and "format" not in ALLOWED_FILTERS


GOOD_TEMPLATES = [
    ("The amount due is {{ account.total_due | money(account.currency) }}, due {{ account.due_date | day }}.",
     "The amount due is ¥11,700.50, due 5 Oct 2026."),
    ("{% if answers.reason == 'job_loss' %}I'm sorry to hear that.{% endif %}", "I'm sorry to hear that."),
    ("{% for i in plan.instalments %}{{ loop.index }}. {{ i.amount | money(plan.currency) }} on {{ i.due_on | day }}\n"
     "{% endfor %}", "1. ¥3,900.17 on 5 Nov 2026\n2. ¥3,900.17 on 5 Dec 2026\n"),
    ("{% set first = debtor.name | upper %}{{ first ~ ', ' ~ agent.name }}{{ '!' if verified }}", "ZHANG WEI, 王芳!"),
    ("{{ answers.reason in ['job_loss', 'illness'] }} {{ debtor.name[:1] }} {{ plan.instalments | length }}",
     "True Z 2"),
    ("{{ answers['reason'] | replace('_', ' ') | title }} {{ answers.missing | default('-') }}", "Job Loss -"),
]


@pytest.mark.parametrize(("source", "expected"), GOOD_TEMPLATES)
def test_good_templates_pass_and_render(source: str, expected: str) -> None:
    assert template_problems(source, KNOWN) == []
    assert render_text(source, CONTEXT, "en", KNOWN) == expected


def test_unknown_variables_are_named_with_what_is_known() -> None:
    (problem,) = template_problems("Hello\n{{ debtor.salary }}", KNOWN)
    assert problem == TemplateProblem(2, "unknown variable debtor.salary; debtor has: language, name")
    (problem,) = template_problems("{{ salary }}", KNOWN)
    assert "unknown variable salary" in problem.message and "account, agent, answers" in problem.message
    (problem,) = template_problems("{{ range }}", KNOWN)
    assert "switched off" in problem.message
    assert template_problems("{{ salary }}", None) == []  # known=None: safety only


def test_syntax_errors_give_the_line() -> None:
    assert template_problems("one\ntwo {{ oops", KNOWN)[0].line == 2
    assert "syntax" in template_problems("{% if %}", KNOWN)[0].message
    assert template_problem("{{ oops") is not None and template_problem("{{ debtor.name }}") is None


def test_loops_go_only_over_script_data_and_nest_at_most_twice() -> None:
    loop = "{% for a in plan.instalments %}"
    assert template_problems(loop * 2 + "x" + "{% endfor %}" * 2, KNOWN) == []
    assert "nested more than 2" in template_problems(loop * 3 + "x" + "{% endfor %}" * 3, KNOWN)[0].message
    (problem,) = template_problems("{% set s = debtor.name %}{% for c in s %}x{% endfor %}", KNOWN)
    assert "only go over script data" in problem.message
    problems = template_problems("{% for a in plan.instalments %}{{ loop.cycle(1, 2) }}{% endfor %}", KNOWN)
    assert any("calling" in problem.message for problem in problems)


def test_methods_are_refused_even_below_open_names() -> None:
    (problem,) = template_problems("{{ answers.reason.upper }}", KNOWN)
    assert "'upper'" in problem.message and "method" in problem.message
    assert template_problems("{{ answers.reason.anything }}", KNOWN) == []


@pytest.mark.parametrize("bomb", RUNTIME_BOMBS)
def test_runtime_bounds_on_text_numbers_and_lists(bomb: str) -> None:
    assert template_problems(bomb, KNOWN) == []
    started = time.perf_counter()
    with pytest.raises(ScriptRenderError, match="^cannot fill in the script text: "):
        render_text(bomb, LONG_NAME, "en", KNOWN)
    assert time.perf_counter() - started < QUICK


def test_output_is_capped_and_data_comes_before_methods() -> None:
    with pytest.raises(ScriptRenderError, match=f"{MAX_OUTPUT:,}"):
        render_text("{{ debtor.name }}" * 3, LONG_NAME, "en")
    items = HardenedEnvironment("en").from_string("{{ answers.items }}")
    with pytest.raises(TemplateError, match="items"):
        items.render(answers={})
    assert items.render(answers={"items": "3 cards"}) == "3 cards"


def test_static_verdict_is_cached_on_the_call_path() -> None:
    source = "{{ debtor.name }} cached"
    render_text(source, CONTEXT, "en", KNOWN)
    hits = rendering._refusal.cache_info().hits
    render_text(source, CONTEXT, "en", dict(KNOWN))
    assert rendering._refusal.cache_info().hits == hits + 1


def test_conditions_are_checked_and_evaluated_in_the_same_sandbox() -> None:
    condition = "answers.reason == 'dispute' and verified"
    assert expression_problems(condition, KNOWN) == []
    assert evaluate_condition(condition, CONTEXT, KNOWN) is False
    assert evaluate_condition("answers.reason == 'job_loss' and verified", CONTEXT) is True
    for bad in ("answers.reason.__class__", "range(3)", "2 ** 1000", "debtor.name.format"):
        assert expression_problems(bad, KNOWN)
        with pytest.raises(ScriptRenderError, match="^refused: "):
            evaluate_condition(bad, CONTEXT)
    assert "syntax" in expression_problems("1) }}{% include 'x' %}{{ (1", KNOWN)[0].message
    assert "unknown variable salary" in expression_problems("salary > 1", KNOWN)[0].message
    with pytest.raises(ScriptRenderError, match="missing"):
        evaluate_condition("answers.missing == 1", CONTEXT)
