"""The window paints before the database is touched, then fills in: a real `calldesk` start, offscreen."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("first_paint_driver.py")


def _start(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALLDESK_NULL_AUDIO": "1", "PYTHONPATH": str(ROOT)}
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    return subprocess.run([sys.executable, str(DRIVER), "--data-dir", str(tmp_path / "data"), "--lang", "en",
                           *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def _moments(done: subprocess.CompletedProcess[str]) -> dict[str, dict]:
    lines = [json.loads(line.split(" ", 1)[1]) for line in done.stdout.splitlines() if line.startswith("FIRST_PAINT ")]
    return {moment["moment"]: moment for moment in lines}


def test_the_window_paints_without_sqlalchemy_and_fills_in_once_the_database_is_open(tmp_path: Path) -> None:
    done = _start(tmp_path)  # a first start: the demo debtors are seeded after the paint
    assert done.returncode == 0, done.stderr[-3000:]
    moments = _moments(done)
    painted, opened = moments["painted"], moments["open"]
    assert painted["loaded"] == []  # the scripts are checked after the paint, with the rest of the app
    assert painted["active"] and painted["focus"]  # a real window that takes the keyboard
    assert not painted["complete"] and opened["complete"]  # the record, phone and script built into it after
    assert painted["menus"] == ["&File", "&Call", "&Help"]
    assert painted["headers"] == 5 and painted["rows"] == 0  # the list is there, labelled, empty...
    assert painted["count_label"] == "Loading debtors…"  # ...and says why
    assert painted["queue_title"] == "Work queue: loading…"
    assert {"alembic", "jinja2", "sqlalchemy"} <= set(opened["loaded"])  # the phone's modules load from now on
    assert opened["rows"] == 200 and opened["count_label"] == "200 debtors shown"  # the demo debtors


def test_a_later_start_paints_with_nothing_but_pyside6_and_the_windows_own_modules(tmp_path: Path) -> None:
    assert _start(tmp_path).returncode == 0  # the first start: scripts checked, demo debtors seeded
    done = _start(tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    painted = _moments(done)["painted"]
    assert painted["loaded"] == []  # no SQLAlchemy, Alembic, phone (pjsua2, numpy), template engine, number rules,
    # nor the panels and services of a complete window
    assert painted["active"] and painted["headers"] == 5 and painted["count_label"] == "Loading debtors…"


def test_a_database_that_cannot_be_opened_after_the_paint_is_the_same_clear_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")
    done = _start(tmp_path, "--db", f"sqlite:///{not_a_folder / 'calldesk.db'}")
    moments = _moments(done)
    assert "painted" in moments and "open" not in moments  # the window was up; the database never opened
    assert done.returncode == 1
    assert done.stderr.startswith("calldesk: error: ") or "\ncalldesk: error: " in done.stderr
    assert "Traceback" not in done.stderr
