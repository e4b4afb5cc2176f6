"""`calldesk scripts check` and `calldesk scripts render`, run as a trainer would."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.scripts.loader import LIBRARY_DIR
from tests.cli.test_cli_database_commands import calldesk


def test_check_passes_every_shipped_script(tmp_path: Path) -> None:
    result = calldesk("scripts", "check", *map(str, sorted(LIBRARY_DIR.glob("*.toml"))), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("ok ") == 8 and "standard_call v2 (zh_CN)" in result.stdout


def test_check_names_file_line_and_field_and_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "standard_call.en.toml"
    text = (LIBRARY_DIR / "standard_call.en.toml").read_text(encoding="utf-8")
    broken.write_text(text.replace("{{ agent.name }}", "{{ agent.__class__ }}", 1), encoding="utf-8")
    line = next(i for i, row in enumerate(broken.read_text(encoding="utf-8").splitlines(), 1) if "[[nodes]]" in row)
    result = calldesk("scripts", "check", str(broken), data_dir=tmp_path)
    assert result.returncode == 1
    assert f"{broken}:{line}: node 'greeting'.say:" in result.stderr and "__class__" in result.stderr
    assert "1 problem(s) found" in result.stderr


def test_check_compares_a_lone_file_with_its_other_language(tmp_path: Path) -> None:
    for language in ("en", "zh_CN"):
        shutil.copy(LIBRARY_DIR / f"inbound_call.{language}.toml", tmp_path)
    zh = tmp_path / "inbound_call.zh_CN.toml"
    zh.write_text(zh.read_text(encoding="utf-8").replace('version = 1', 'version = 3', 1), encoding="utf-8")
    result = calldesk("scripts", "check", str(tmp_path / "inbound_call.en.toml"), data_dir=tmp_path)
    assert result.returncode == 1 and "inbound_call.zh_CN.toml" in result.stderr and "version" in result.stderr


def test_render_fills_the_script_for_a_debtor(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    assert calldesk("--db", url, "seed", "--debtors", "5", data_dir=tmp_path).returncode == 0
    result = calldesk("--db", url, "scripts", "render", str(LIBRARY_DIR / "standard_call.zh_CN.toml"), "--debtor",
                      "1", "--agent", "王芳", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "== greeting:" in result.stdout and "王芳" in result.stdout and "¥" in result.stdout
    assert "== message confirmation_sms (sms) ==" in result.stdout
    missing = calldesk("--db", url, "scripts", "render", str(LIBRARY_DIR / "standard_call.en.toml"), "--debtor",
                       "999", data_dir=tmp_path)
    assert missing.returncode == 1 and "no debtor with id 999" in missing.stderr


def test_render_shows_control_characters_in_debtor_data_escaped(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    assert calldesk("--db", url, "seed", "--debtors", "2", data_dir=tmp_path).returncode == 0
    with sqlite3.connect(tmp_path / "calldesk.db") as db:  # as a file imported before imports were cleaned
        db.execute("UPDATE debtors SET full_name = ? WHERE id = 1", ("Zhang\x1b[2JWei\u202eevil\x00",))
    result = calldesk("--db", url, "scripts", "render", str(LIBRARY_DIR / "standard_call.en.toml"), "--debtor", "1",
                      data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Zhang\\x1b[2JWei\\u202eevil\\x00" in result.stdout
    assert not any(c in result.stdout for c in "\x1b\u202e\x00")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_check_refuses_a_device_in_one_line(tmp_path: Path) -> None:
    result = calldesk("scripts", "check", "/dev/zero", data_dir=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "/dev/zero: is a device, FIFO or socket, not a script file" in result.stderr


def test_check_reports_deeply_nested_toml_in_one_line(tmp_path: Path) -> None:
    nested = tmp_path / "nested.en.toml"
    nested.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    result = calldesk("scripts", "check", str(nested), data_dir=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{nested}: not valid TOML for a script: brackets are nested too deeply" in result.stderr
