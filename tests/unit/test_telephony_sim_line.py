"""SimulatedDebtorLine without SIP: what happens when the child cannot start."""

import stat
import time
from pathlib import Path

import pytest

from app.telephony.sim_line import SimulatedDebtorLine


def test_a_child_that_dies_at_once_gives_a_readable_error_quickly(tmp_path: Path) -> None:
    broken_python = tmp_path / "python"
    broken_python.write_text("#!/bin/sh\necho 'boom: no module named app' >&2\nexit 3\n")
    broken_python.chmod(broken_python.stat().st_mode | stat.S_IXUSR)
    line = SimulatedDebtorLine(python=str(broken_python), startup_timeout_s=10)
    with pytest.raises(RuntimeError, match=r"exit code 3\): boom: no module named app"):
        line.start()
    assert line.stop() == 3
    assert not line.running


def test_uri_before_start_is_an_error_and_stop_before_start_is_none() -> None:
    line = SimulatedDebtorLine()
    with pytest.raises(RuntimeError, match="not started"):
        _ = line.uri
    assert line.stop() is None


def test_a_line_that_died_on_its_own_is_started_again_on_demand(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    fake_python = tmp_path / "python"
    fake_python.write_text(f"#!/bin/sh\necho run >> {runs}\necho 'READY sip:debtor@127.0.0.1:5999'\nexit 0\n")
    fake_python.chmod(fake_python.stat().st_mode | stat.S_IXUSR)
    line = SimulatedDebtorLine(python=str(fake_python))
    assert line.ensure_started() == "127.0.0.1:5999"
    deadline = time.monotonic() + 5
    while line.running and time.monotonic() < deadline:  # the fake line exits right after READY
        time.sleep(0.01)
    assert line.ensure_started() == "127.0.0.1:5999"
    assert runs.read_text().count("run") == 2
    assert line.stop() == 0
