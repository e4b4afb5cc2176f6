"""`scripts check` rules: errors name file, line and field; graph, gate and language checks; sandbox attacks."""

from pathlib import Path

import pytest

from app.scripts.checks import check_script, language_problems
from app.scripts.loader import ScriptFileError, load_library, load_script, read_script

MINI = (Path(__file__).parent / "script_files" / "mini.en.toml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "mini.en.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(tmp_path: Path, text: str) -> list[str]:
    script, problems = read_script(_write(tmp_path, text))
    if script is not None:
        problems = check_script(script)
    return [str(p) for p in problems]


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_the_small_script_is_clean(tmp_path: Path) -> None:
    assert _problems(tmp_path, MINI) == []


def test_schema_errors_name_file_line_and_field(tmp_path: Path) -> None:
    text = MINI.replace('kind = "amount"', 'kind = "money"')
    [problem] = _problems(tmp_path, text)
    line = _line_of(text, 'kind = "money"')
    assert f"mini.en.toml:{line}:" in problem
    assert "nodes[2] 'explain'.question.kind" in problem and "choice, amount" in problem


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path, MINI + "\n[[nodes]\n")
    assert "not valid TOML" in problem and f":{MINI.count(chr(10)) + 2}:" in problem


def test_dangling_references_are_reported(tmp_path: Path) -> None:
    text = MINI.replace('goto = "close"', 'goto = "closing"').replace('outcome = "rpc_ptp"', 'outcome = "paid_maybe"')
    problems = _problems(tmp_path, text)
    line = _line_of(text, 'goto = "closing"') - 1  # the [[nodes.next]] header
    assert any("no node 'closing'" in p and f":{line}:" in p for p in problems)
    assert any("unknown outcome 'paid_maybe'" in p for p in problems)


def test_account_in_a_non_disclosure_node_is_refused(tmp_path: Path) -> None:
    text = MINI.replace("Please ask {{ debtor.name }}", "You owe {{ account.total_due }}. Please ask {{ debtor.name }}")
    [problem] = _problems(tmp_path, text)
    assert "node 'third_party'.say" in problem and "account" in problem and "disclosure" in problem


def test_a_path_without_outcome_and_an_unreachable_node_are_reported(tmp_path: Path) -> None:
    text = MINI.replace('outcome = "tp_message"\n', "") + '''
[[nodes]]
id = "orphan"
phase = "talk"
title = "Orphan"
say = "Nobody comes here."
outcome = "rpc_paid"
'''
    problems = _problems(tmp_path, text)
    assert any("'third_party'" in p and "without an outcome: greeting → third_party" in p for p in problems)
    assert any("'orphan'" in p and "cannot be reached" in p for p in problems)


def test_disclosure_reachable_without_verification_is_reported(tmp_path: Path) -> None:
    text = MINI.replace("verifies = true\n", "")
    problems = _problems(tmp_path, text)
    assert any("'explain'" in p and "before the right party is verified: greeting → explain" in p for p in problems)


def test_question_before_the_recording_notice_is_reported(tmp_path: Path) -> None:
    text = MINI.replace('tags = ["mandatory", "recording_notice", "verification"]', 'tags = ["mandatory"]')
    problems = _problems(tmp_path, text)
    assert any("'greeting'" in p and "before the recording notice" in p for p in problems)


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}",
    "{{ debtor|attr('__class__') }}",
    "{% for i in range(100000) %}x{% endfor %}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{{ 'x' * 1000000000 }}",
])
def test_sandbox_attacks_are_reported_and_the_file_does_not_load(tmp_path: Path, attack: str) -> None:
    text = MINI.replace('say = "Thank you."', f"say = {attack!r}".replace("\\\\", "\\"))
    problems = _problems(tmp_path, text)
    assert problems and all("node 'close'.say" in p for p in problems)
    with pytest.raises(ScriptFileError):
        load_script(tmp_path / "mini.en.toml")


def test_translations_must_share_the_flow(tmp_path: Path) -> None:
    _write(tmp_path, MINI)
    zh = MINI.replace('language = "en"', 'language = "zh_CN"').replace("< 3000", "< 2000")
    _write(tmp_path, zh, "mini.zh_CN.toml")
    scripts = [load_script(tmp_path / "mini.en.toml"), load_script(tmp_path / "mini.zh_CN.toml")]
    [problem] = language_problems(scripts)
    assert "mini.zh_CN.toml" in str(problem) and "node 'explain'" in str(problem)


def test_a_broken_file_never_stops_the_library(tmp_path: Path) -> None:
    _write(tmp_path, MINI)
    _write(tmp_path, "id = 'broken'\nthis is not toml", "broken.en.toml")
    library = load_library(tmp_path)
    assert library.has("mini") and list(library.broken) == [str(tmp_path / "broken.en.toml")]
