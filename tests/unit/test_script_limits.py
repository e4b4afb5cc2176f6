"""Script files are read within bounds: no devices or FIFOs, a size cap, caps on nodes and texts, and fast checks."""

import os
import time
from pathlib import Path

import pytest

from app.scripts import limits
from app.scripts.checks import check_script
from app.scripts.loader import read_script
from bench.script_check import generated

MINI = (Path(__file__).parent / "script_files" / "mini.en.toml").read_text(encoding="utf-8")


def _problems(path: Path) -> list[str]:
    script, problems = read_script(path)
    if script is not None:
        problems = check_script(script)
    return [str(p) for p in problems]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mini.en.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if fragment in line)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_without_reading_it() -> None:
    [problem] = _problems(Path("/dev/zero"))
    assert problem == "/dev/zero: is a device, FIFO or socket, not a script file; a script is a .toml file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "script.en.toml"
    os.mkfifo(fifo)
    [problem] = _problems(fifo)  # opening it would wait for a writer for ever
    assert "is a device, FIFO or socket, not a script file" in problem


def test_a_folder_is_refused(tmp_path: Path) -> None:
    [problem] = _problems(tmp_path)
    assert problem.endswith("is a folder, not a script file; a script is a .toml file")


def test_a_file_over_the_size_cap_names_its_size_and_the_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI + "#" * limits.MAX_FILE_BYTES)
    [problem] = _problems(path)
    size = path.stat().st_size
    assert problem == f"{path}: is {size:,} bytes; a script file may be at most {limits.MAX_FILE_BYTES:,} bytes"


def test_deeply_nested_toml_is_one_clear_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, MINI + "\ndeep = " + "[" * 3000 + "]" * 3000 + "\n")
    [problem] = _problems(path)
    assert problem == f"{path}: not valid TOML for a script: brackets are nested too deeply"


def test_a_text_over_the_cap_names_the_line_and_field(tmp_path: Path) -> None:
    text = MINI.replace('say = "I understand.', 'say = "' + "x" * limits.MAX_TEXT + ' I understand.')
    [problem] = _problems(_write(tmp_path, text))
    line = _line_of(text, "xxxx")
    length = len(text.splitlines()[line - 1]) - len('say = ""')
    assert f"mini.en.toml:{line}: nodes[3] 'hardship'.say: is {length:,} characters; " \
           f"at most {limits.MAX_TEXT:,} are allowed" in problem


def test_too_many_choices_are_refused(tmp_path: Path) -> None:
    extra = "".join(f'\n[[nodes.question.choices]]\nid = "c{i}"\nlabel = "C{i}"\n' for i in range(limits.MAX_CHOICES))
    text = MINI.replace('label = "Someone else"\n', 'label = "Someone else"\n' + extra)
    problems = _problems(_write(tmp_path, text))
    assert any(f"'greeting'.question.choices: has {limits.MAX_CHOICES + 2} tables; at most {limits.MAX_CHOICES} "
               "are allowed" in p for p in problems)


def test_too_many_transitions_are_refused(tmp_path: Path) -> None:
    extra = '\n[[nodes.next]]\nwhen = "verified"\ngoto = "close"\n' * limits.MAX_TRANSITIONS
    text = MINI.replace('[[nodes.next]]\ngoto = "plan"\n', extra + '[[nodes.next]]\ngoto = "plan"\n')
    problems = _problems(_write(tmp_path, text))
    assert any(f"'explain'.next: has {limits.MAX_TRANSITIONS + 2} tables; at most {limits.MAX_TRANSITIONS}" in p
               for p in problems)


def test_too_many_nodes_are_refused_fast(tmp_path: Path) -> None:
    path = _write(tmp_path, generated(limits.MAX_NODES + 1))
    assert path.stat().st_size < limits.MAX_FILE_BYTES  # the node cap, not the size cap, refuses it
    started = time.perf_counter()
    problems = _problems(path)
    assert time.perf_counter() - started < 2
    first_over = [i for i, line in enumerate(path.read_text().splitlines(), start=1) if line == "[[nodes]]"][-1]
    assert problems == [f"{path}:{first_over}: nodes: has {limits.MAX_NODES + 1} tables; at most {limits.MAX_NODES} "
                        "are allowed"]  # the line of the first node over the cap


def test_twenty_thousand_nodes_are_refused_at_once(tmp_path: Path) -> None:
    path = _write(tmp_path, generated(20_000))
    started = time.perf_counter()
    [problem] = _problems(path)
    assert time.perf_counter() - started < 0.5 and "a script file may be at most" in problem


def test_a_script_at_the_node_cap_is_checked_in_well_under_two_seconds(tmp_path: Path) -> None:
    path = _write(tmp_path, generated(limits.MAX_NODES))
    started = time.perf_counter()
    assert _problems(path) == []
    assert time.perf_counter() - started < 2


def test_checks_grow_linearly_with_the_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the nodes may take about four times as long, never sixteen (the quadratic walks are gone)."""
    monkeypatch.setattr(limits, "MAX_NODES", 10_000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 10**8)
    timings = []
    for count in (400, 1600):
        path = _write(tmp_path, generated(count))
        runs = []
        for _ in range(3):  # the best of three, in CPU time: other work on a shared machine does not count
            started = time.process_time()
            assert _problems(path) == []
            runs.append(time.process_time() - started)
        timings.append(min(runs))
    assert timings[1] < timings[0] * 8


def test_a_wrong_value_is_echoed_cut_short(tmp_path: Path) -> None:
    text = MINI.replace('purpose = "outbound"', f'purpose = "{"y" * 3000}"')
    [problem] = _problems(_write(tmp_path, text))
    assert "must be one of outbound" in problem and len(problem) < 300 and "3,002 characters" in problem


def test_unknown_keys_are_refused(tmp_path: Path) -> None:
    text = MINI.replace('prompt = "Monthly income?"', 'prompt = "Monthly income?"\ndefault = "2000"')
    [problem] = _problems(_write(tmp_path, text))
    line = _line_of(text, 'default = "2000"')
    assert f"mini.en.toml:{line}: nodes[2] 'explain'.question.default: unknown key; a question table takes: " \
           "kind, var, prompt, required, choices, minimum, maximum" in problem
