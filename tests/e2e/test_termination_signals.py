"""SIGTERM and SIGINT end the real app cleanly within a few seconds in any state, modal dialogs included: live
calls are ended (480 to a ringing caller, BYE to a connected one), an open outcome is closed as interrupted and
the next start offers it. A real pjsua2 peer in a child process calls in, rings and cancels."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.phone_numbers import national_digits
from tests.sip.peer import PeerPhone

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.sip, pytest.mark.slow]

START_S = 60.0
EXIT_WITHIN_S = 5.0
CONFIG = """\
[demo]
enabled = true
debtors = 30

[agent]
login = "agent07"
name = "Agent Seven"
"""


class AppProcess:
    """``tests.e2e.signal_driver`` in a child process, its stdout lines kept as they come."""

    def __init__(self, place: Path, scenario: str) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALLDESK_NULL_AUDIO": "1", "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.signal_driver", str(place / "calldesk.toml"), str(place / "data"),
             scenario], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def wait_for(self, pattern: str, timeout_s: float = START_S) -> str:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                found = next((line for line in self.lines if regex.search(line)), None)
                if found is not None:
                    return found
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise AssertionError(f"no line matching {pattern!r}; lines: {self.lines}; "
                                         f"stderr: {self.process.communicate()[1][-3000:]}")
                self._changed.wait(0.1)

    @property
    def sip_uri(self) -> str:
        return self.wait_for(r"^SIP ").split()[1]

    def stop_with(self, signum: int, *, again: int | None = None) -> tuple[int, float]:
        """Send ``signum`` (and ``again`` 50 ms later), wait for the exit; (exit code, seconds it took)."""
        started = time.monotonic()
        self.process.send_signal(signum)
        if again is not None:
            time.sleep(0.05)
            self.process.send_signal(again)
        try:
            _out, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError("CallDesk was still running 30 s after the signal") from None
        elapsed = time.monotonic() - started
        assert "Traceback" not in err, err[-3000:]
        return self.process.returncode, elapsed


@pytest.fixture
def place(tmp_path: Path) -> Path:
    (tmp_path / "calldesk.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def _database(place: Path) -> sqlite3.Connection:
    return sqlite3.connect(place / "data" / "calldesk.db")


def _number_on_file(place: Path) -> str:
    """A debtor's own number, on file for that one debtor only, as a Chinese carrier sends it (national digits)."""
    with closing(_database(place)) as db:
        (number,) = db.execute(
            "SELECT number FROM debtor_phones WHERE owner = 'self' AND number IN "
            "(SELECT number FROM debtor_phones GROUP BY number HAVING count(*) = 1) ORDER BY id LIMIT 1").fetchone()
    return national_digits(number)


def _last_call(place: Path) -> tuple[int, str | None, str | None, str | None, list[str]]:
    """(id, ended_at, end_reason, outcome_code, event kinds) of the newest call."""
    with closing(_database(place)) as db:
        call_id, ended_at, end_reason, outcome = db.execute(
            "SELECT id, ended_at, end_reason, outcome_code FROM calls ORDER BY id DESC LIMIT 1").fetchone()
        kinds = [kind for (kind,) in db.execute(
            "SELECT kind FROM call_events WHERE call_id = ? ORDER BY sequence", (call_id,))]
    return call_id, ended_at, end_reason, outcome, kinds


def _log_text(place: Path) -> str:
    return (place / "data" / "logs" / "calldesk.log").read_text(encoding="utf-8")


def _assert_offered_at_next_start(place: Path, call_id: int) -> None:
    """The next start offers the call for completion (a modal exec() loop, itself ended by SIGTERM)."""
    app = AppProcess(place, "offer")
    app.wait_for(r"^MODAL OutcomeDialog Complete an interrupted call$")
    code, elapsed = app.stop_with(signal.SIGTERM)
    assert code == 0 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    assert _last_call(place)[3] == "interrupted"  # still offered, not completed by the dialog being closed
    with closing(_database(place)) as db:
        offered = [row[0] for row in db.execute("SELECT id FROM calls WHERE outcome_code = 'interrupted'")]
    assert call_id in offered


def test_sigterm_while_a_caller_rings_sends_480_and_leaves_the_call_interrupted(place: Path) -> None:
    app = AppProcess(place, "ringing")
    uri = app.sip_uri
    with PeerPhone(user=_number_on_file(place)) as peer:
        peer.command(f"call {uri}")
        app.wait_for(r"^RINGING$")
        code, elapsed = app.stop_with(signal.SIGTERM)
        peer.wait_for(r"^STATE disconnected call=1 code=480 ", 5)
    assert code == 0 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    call_id, ended_at, end_reason, outcome, kinds = _last_call(place)
    assert ended_at is not None and end_reason is not None and end_reason.startswith("480")
    assert outcome == "interrupted" and kinds[-1] == "interrupted"
    assert "SIGTERM received: closing CallDesk" in _log_text(place)
    _assert_offered_at_next_start(place, call_id)


def test_sigterm_in_the_outcome_dialog_after_a_cancelled_call_from_a_number_on_file(place: Path) -> None:
    app = AppProcess(place, "outcome")
    uri = app.sip_uri
    with PeerPhone(user=_number_on_file(place)) as peer:
        peer.command(f"call {uri}")
        app.wait_for(r"^RINGING$")
        peer.command("hangup")  # CANCEL before anyone answers
        peer.wait_for(r"^STATE disconnected call=1 code=487 ", 5)
        app.wait_for(r"^MODAL OutcomeDialog ")
        code, elapsed = app.stop_with(signal.SIGTERM)
    assert code == 0 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    call_id, ended_at, _end_reason, outcome, kinds = _last_call(place)
    assert ended_at is not None and outcome == "interrupted" and kinds[-1] == "interrupted"
    with closing(_database(place)) as db:
        (debtor_id,) = db.execute("SELECT debtor_id FROM calls WHERE id = ?", (call_id,)).fetchone()
    assert debtor_id is not None  # the number was on file: the caller's debtor was found at ring
    _assert_offered_at_next_start(place, call_id)


@pytest.mark.parametrize(("scenario", "dialog"), [("in_call_box", "QMessageBox Call in progress"),
                                                  ("transfer", "TransferDialog Transfer the call")])
def test_sigterm_in_a_dialog_mid_call_hangs_up_with_a_bye(place: Path, scenario: str, dialog: str) -> None:
    """The "Call in progress" question (closing the window mid-call: a nested exec() loop), the transfer dialog."""
    app = AppProcess(place, scenario)
    uri = app.sip_uri
    with PeerPhone(user=_number_on_file(place)) as peer:
        peer.command(f"call {uri}")
        peer.wait_for(r"^STATE confirmed call=1 ", 15)
        app.wait_for(rf"^MODAL {dialog}$")
        mark = peer.mark
        code, elapsed = app.stop_with(signal.SIGTERM)
        peer.wait_for(r"^RX msg=BYE ", 5, mark)
        peer.wait_for(r"^STATE disconnected call=1 ", 5, mark)
    assert code == 0 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    call_id, ended_at, _end_reason, outcome, kinds = _last_call(place)
    assert ended_at is not None and outcome == "interrupted" and kinds[-1] == "interrupted"
    assert "confirmed" in _states(place, call_id)
    _assert_offered_at_next_start(place, call_id)


def test_sigterm_in_the_settings_dialog_exits_0_and_a_second_signal_does_not_change_that(place: Path) -> None:
    app = AppProcess(place, "settings")
    app.wait_for(r"^MODAL SettingsDialog ")
    code, elapsed = app.stop_with(signal.SIGTERM, again=signal.SIGINT)
    assert code == 0 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    log_text = _log_text(place)
    assert "SIGINT received while closing: the shutdown goes on" in log_text
    assert re.search(r"closed after SIGTERM in \d+ ms", log_text)


def test_sigterm_during_start_up_closes_as_soon_as_the_window_is_up(place: Path) -> None:
    """The window is built, the database not opened yet (it opens after the first paint): a clean close at once."""
    app = AppProcess(place, "startup")
    _out, err = app.process.communicate(timeout=60)
    assert app.process.returncode == 0, err[-3000:]
    assert re.search(r"closed after SIGTERM in \d+ ms", _log_text(place)) and "Traceback" not in err


def test_sigint_when_idle_exits_130_after_the_same_clean_shutdown(place: Path) -> None:
    app = AppProcess(place, "idle")
    app.wait_for(r"^LOOP$")
    code, elapsed = app.stop_with(signal.SIGINT)
    assert code == 130 and elapsed < EXIT_WITHIN_S, (code, elapsed)
    assert re.search(r"closed after SIGINT in \d+ ms", _log_text(place))


HUNG_SHUTDOWN = """
import os, signal, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.logging_setup import configure_logging
from app.termination_signals import TerminationSignals
configure_logging(verbose=False)
app = QApplication([])
signals = TerminationSignals(watchdog_s=0.5)
signals.received.connect(lambda _signum: time.sleep(30))  # a shutdown that hangs
QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
app.exec()
"""


def test_a_shutdown_that_hangs_is_ended_by_the_watchdog_with_a_log_line() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", HUNG_SHUTDOWN], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=30)
    assert done.returncode == 1 and time.monotonic() - started < 10, done.stderr[-2000:]
    assert "did not close within 0.5 s after SIGTERM; exiting now (status 1)" in done.stderr


def _states(place: Path, call_id: int) -> list[str]:
    with closing(_database(place)) as db:
        return [state for (state,) in db.execute(
            "SELECT json_extract(payload, '$.state') FROM call_events WHERE call_id = ? AND kind = 'call_state'",
            (call_id,))]
