"""Commands are listed from a table and their modules imported only when named; the window path imports none."""

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.__main__ import COMMANDS, build_parser, parse_arguments

ROOT = Path(__file__).resolve().parents[2]


def _run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("entry", COMMANDS, ids=lambda entry: entry.name)
def test_the_table_says_what_the_command_module_says(entry) -> None:
    """Same name and one-line help: `calldesk --help` reads the same with the real parser or the placeholder."""
    assert build_parser(entry.name).format_help() == build_parser().format_help()
    assert importlib.import_module(entry.module).register  # the module exists and registers itself


@pytest.mark.parametrize("entry", COMMANDS, ids=lambda entry: entry.name)
def test_command_help_is_the_command_modules_own(entry, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_arguments([entry.name, "--help"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: calldesk {entry.name} [-h]")


def test_a_command_gets_its_own_arguments_and_run_function() -> None:
    args = parse_arguments(["--lang", "en", "seed", "--debtors", "12"])
    assert args.debtors == 12 and args.lang == "en" and callable(args.func)


def test_unknown_command_and_unknown_option_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["nosuch"], ["seed", "--no-such-option"], ["--no-such-option"]):
        with pytest.raises(SystemExit) as exit_info:
            parse_arguments(argv)
        assert exit_info.value.code == 2
    assert "invalid choice: 'nosuch'" in capsys.readouterr().err


def test_opening_the_window_parses_without_any_command_module_or_database_library() -> None:
    loaded = _run_python(
        "import sys\n"
        "from app.__main__ import parse_arguments\n"
        "args = parse_arguments(['--lang', 'en', '--db', 'sqlite:///x.db'])\n"
        "assert getattr(args, 'func', None) is None\n"
        "print(sorted(n for n in sys.modules if n.startswith(('app.cli.', 'sqlalchemy', 'alembic', 'PySide6'))))\n"
    )
    assert loaded == "[]"
