"""`calldesk` as a new user starts it: first start seeds demo data, the window opens, SIGTERM exits 0."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _start(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALLDESK_NULL_AUDIO": "1"}
    return subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--lang", "zh_CN"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_window(process: subprocess.Popen[str], log_file: Path, opened_before: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"CallDesk exited early ({process.returncode}): {process.stderr.read()[-2000:]}")
        if log_file.exists() and log_file.read_text(encoding="utf-8").count("window open") > opened_before:
            return
        time.sleep(0.1)
    raise AssertionError("the window did not open within 60 s")


def test_first_start_seeds_then_sigterm_exits_cleanly_and_second_start_keeps_the_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log_file = data_dir / "logs" / "calldesk.log"
    for run in range(2):
        process = _start(data_dir)
        _wait_for_window(process, log_file, run)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    log_text = log_file.read_text(encoding="utf-8")
    assert log_text.count("seeded") == 1  # demo data on the first start only
    assert (data_dir / "calldesk.db").exists()
