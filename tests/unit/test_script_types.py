"""`scripts check` types every value a question, a condition or a filter will use, so the call never meets one."""

from pathlib import Path

import pytest

from app.scripts.checks import check_script
from app.scripts.context import AFTER_VERIFICATION
from app.scripts.loader import read_script
from app.scripts.template_safety import template_problems

MINI = (Path(__file__).parent / "script_files" / "mini.en.toml").read_text(encoding="utf-8")
INCOME = 'prompt = "Monthly income?"'


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "mini.en.toml"
    path.write_text(text, encoding="utf-8")
    script, problems = read_script(path)
    if script is not None:
        problems = check_script(script)
    return [str(p) for p in problems]


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


@pytest.mark.parametrize("bound", ['"abc"', '"NaN"', '"-5"', '"1.005"', '"1e12"', "true", "12.5", '["1"]'])
def test_an_amount_bound_that_is_not_an_amount_is_refused(tmp_path: Path, bound: str) -> None:
    text = MINI.replace(INCOME, f"{INCOME}\nminimum = {bound}")
    [problem] = _problems(tmp_path, text)
    assert f"mini.en.toml:{_line_of(text, 'minimum =')}: nodes[2] 'explain'.question.minimum: must be an amount " \
           "from 0 to 100000000 with at most two decimals" in problem


def test_good_amount_bounds_pass_and_a_minimum_above_the_maximum_does_not(tmp_path: Path) -> None:
    assert _problems(tmp_path, MINI.replace(INCOME, f'{INCOME}\nminimum = "0.50"\nmaximum = 90000')) == []
    [problem] = _problems(tmp_path, MINI.replace(INCOME, f'{INCOME}\nminimum = "500"\nmaximum = "100"'))
    assert "'explain'.question.maximum: is below the minimum (100 < 500)" in problem


def test_bounds_on_a_question_that_is_not_an_amount_are_refused(tmp_path: Path) -> None:
    text = MINI.replace('prompt = "Who answered?"', 'prompt = "Who answered?"\nmaximum = "3"')
    [problem] = _problems(tmp_path, text)
    assert "'greeting'.question.maximum: only amount questions take bounds; this is a choice question" in problem


def test_a_choice_outcome_that_is_not_text_and_repeated_choice_ids_are_refused(tmp_path: Path) -> None:
    text = MINI.replace('label = "Someone else"', 'label = "Someone else"\noutcome = 3')
    [problem] = _problems(tmp_path, text)
    assert "'greeting'.question.choices[1].outcome: must be an outcome code (text); found 3" in problem
    text = MINI.replace('id = "third_party"\nlabel', 'id = "right_party"\nlabel')
    problems = _problems(tmp_path, text)
    assert any("'greeting'.question.choices: ids must be unique; repeated: right_party" in p for p in problems)


def test_a_variable_that_templates_cannot_reach_is_refused(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, MINI.replace('var = "monthly_income"', 'var = "monthly income"'))
    assert "'explain'.question.var: must be a name of letters, digits and _" in problem


def test_on_under_a_question_that_is_not_a_choice_is_refused(tmp_path: Path) -> None:
    text = MINI.replace('when = "answers.monthly_income < 3000"', 'on = ["3000"]')
    problems = _problems(tmp_path, text)
    assert any("'explain'.next.on: `on` takes choice ids, and this node asks an amount question" in p
               for p in problems)


@pytest.mark.parametrize(("condition", "message"), [
    ("answers.monthly_income < 'abc'", "answers.monthly_income is an amount answer: compare it with a number such as "
                                       "3000, not 'abc'"),
    ("answers.party == 'right_partty'", "answers.party is a choice answer; 'right_partty' is not one of its choices "
                                        "(right_party, third_party)"),
    ("answers.party in ['right_party', 'nobody']", "'nobody' is not one of its choices"),
    ("answers.party > 'a'", "answers.party is a choice answer: compare it with == or in, not < or >"),
    ("answers.plan == 'x'", "answers.plan is a plan answer: it cannot be compared with a written value such as 'x'"),
    ("answers.monthly_income < answers.party", "answers.monthly_income is an amount answer and answers.party a choice "
                                               "answer: they cannot be compared"),
    ("answers.income < 3000", "unknown variable answers.income; answers has: monthly_income, party, plan"),
])
def test_conditions_compare_answers_with_values_of_their_type(tmp_path: Path, condition: str, message: str) -> None:
    text = MINI.replace('when = "answers.monthly_income < 3000"', f'when = "{condition}"')
    [problem] = _problems(tmp_path, text)
    assert f":{_line_of(text, condition) - 1}: node 'explain'.next.when: " in problem and message in problem


def test_texts_compare_answers_with_values_of_their_type_too(tmp_path: Path) -> None:
    text = MINI.replace("I understand.", "{% if answers.party == 'debtor' %}I understand.{% endif %}")
    [problem] = _problems(tmp_path, text)
    assert "node 'hardship'.say: answers.party is a choice answer; 'debtor' is not one of its choices" in problem


@pytest.mark.parametrize(("text", "message"), [
    ("{{ debtor }}", "debtor is a group of values and cannot be shown whole; show one of: debtor.language, "
                     "debtor.name"),
    ("Dear {{ account ~ '!' }}", "account is a group of values"),
    ("{{ plan.instalments }}", "plan.instalments is a list and cannot be shown whole: loop over it"),
    ("{% for i in plan.instalments %}{{ i }}{% endfor %}", "i is a group of values and cannot be shown whole; "
                                                           "show one of: i.amount, i.due_on, i.sequence"),
    ("{{ plan.instalments[0] | upper }}", "plan.instalments[0] is a group of values"),
    ("{{ plan.instalments | join(', ') }}", "join shows plain values only"),
    ("{{ 'NaN' | money }}", "money takes an amount, such as account.total_due; 'NaN' is not one"),
    ("{{ 'abc' | money(account.currency) }}", "'abc' is not one"),
    ("{{ account.total_due | money(156) }}", "money: the currency is a code such as 'CNY'; 156 is not one"),
    ("{{ account.total_due | money('CNY', 'x') }}", "money takes currency; 2 given"),
    ("{{ debtor.name | truncate(1) }}", "truncate: the length is a whole number of at least 3"),
    ("{{ account.total_due | round(2, 'up') }}", "round: the method is one of common, ceil, floor; 'up' given"),
    ("{{ 5 | length }}", "length takes a list or a text, not a number; 5 is not one"),
    ("{{ debtor.name | upper(1) }}", "upper takes no arguments; 1 given"),
])
def test_values_that_fail_at_render_are_caught_by_the_check(text: str, message: str) -> None:
    problems = [p.message for p in template_problems(text, AFTER_VERIFICATION)]
    assert any(message in p for p in problems), problems


@pytest.mark.parametrize("text", [
    "{{ debtor.name }}", "{% for i in plan.instalments %}{{ i.amount | money(plan.currency) }}{% endfor %}",
    "{{ '12.50' | money }}", "{{ 12 | money('CNY') }}", "{{ debtor.name | truncate(10, end='…') }}",
    "{{ plan.instalments | length }}", "{{ account.due_date | day }}", "{{ plan.instalments[0].amount }}",
])
def test_plain_values_and_fitting_arguments_pass(text: str) -> None:
    assert template_problems(text, AFTER_VERIFICATION) == []
