"""``python -m app sim-debtor`` as a user or the demo mode runs it."""

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sip

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app", "sim-debtor", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_help_describes_the_ready_line() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "READY sip:debtor@127.0.0.1:PORT" in result.stdout


def test_bad_port_is_a_usage_error() -> None:
    result = _run("--port", "70000")
    assert result.returncode == 2
    assert "not a port" in result.stderr


def test_port_in_use_exits_1_with_a_readable_message() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("127.0.0.1", 0))
        port = holder.getsockname()[1]
        result = _run("--port", str(port))
    assert result.returncode == 1
    assert f"Cannot listen for SIP on 127.0.0.1:{port}" in result.stderr
    assert "READY" not in result.stdout


def test_ctrl_c_stops_it_with_exit_0() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "app", "sim-debtor", "--port", "0"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    ready = process.stdout.readline()
    assert ready.startswith("READY sip:debtor@127.0.0.1:")
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert out.strip().endswith("STOPPED")


def test_the_command_module_does_not_load_pjsua2() -> None:
    code = "import sys, app.cli.sim_debtor; sys.exit('pjsua2' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_prompt_that_is_no_wav_file_is_one_usage_line_before_the_phone_starts(tmp_path: Path) -> None:
    fifo = tmp_path / "prompt.wav"
    os.mkfifo(fifo)  # pjsua2 would block opening it
    text = tmp_path / "notes.txt"
    text.write_text("not a wav", encoding="utf-8")
    for prompt, says in (("/dev/zero", "is not a regular file"), (str(fifo), "is not a regular file"),
                         (str(text), "is not a WAV file that can be read"), (str(tmp_path / "gone.wav"), "gone.wav")):
        result = _run("--prompt", prompt, timeout=20)
        assert result.returncode == 2, result.stderr
        assert says in result.stderr and "Traceback" not in result.stderr
