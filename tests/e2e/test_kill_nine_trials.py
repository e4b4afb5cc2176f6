"""kill -9 at random points of a real call, 24 times on one database: nothing committed is ever lost.

Each trial runs ``tests.e2e.kill_driver`` (a real call to the simulated debtor, the script stepped at random, hold,
mute and recording pauses in between) and SIGKILLs it at a random moment: mostly 0-1500 ms after the answer,
sometimes during call set-up. Then the app's start-up recovery runs on the same database, as a restart would,
and every event the driver announced as committed must be there, in order, the call closed as ``interrupted``.
The agent then completes the call, so the next trial's recovery must find exactly its own call.

The seed is random per run and named in every failure; ``KILL_NINE_SEED=<seed>`` replays a run's choices (the
kill timing against the call's progress still varies a little).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

from app.db.call_log_repository import CallLogRepository
from app.db.engine import create_database_engine, session_factory
from app.db.models import Call
from app.domain.call_log import CallEventKind, CallEventView
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from app.telephony.wav_files import WAV_HEADER_BYTES, file_sha256, wav_duration_ms, wav_header_complete

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.sip, pytest.mark.slow]

TRIALS = 24
MAX_KILL_AFTER_ANSWER_S = 1.5
SETUP_KILL_SHARE = 1 / 6  # trials killed while the call is being set up (before the answer)
ANSWER_DELAY_MS = 100  # the driver's simulated debtor rings this long: the window for set-up kills
WAIT_S = 20.0


@dataclass
class ProcessOutput:
    """A child's stdout lines, read as they come (a thread, so the child never blocks), with when each arrived."""

    process: subprocess.Popen[str]
    lines: list[tuple[float, str]] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    reader: threading.Thread | None = None

    def __post_init__(self) -> None:
        self.reader = threading.Thread(target=self._read_all, daemon=True)
        self.reader.start()

    def _read_all(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            with self.changed:
                self.lines.append((time.monotonic(), raw.rstrip("\n")))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    def wait_for(self, prefix: str) -> tuple[float, str] | None:
        """The first line starting with ``prefix`` and when it came; None if the child ended or took too long."""
        deadline = time.monotonic() + WAIT_S
        with self.changed:
            while True:
                found = next((item for item in self.lines if item[1].startswith(prefix)), None)
                if found is not None:
                    return found
                if self.process.poll() is not None or time.monotonic() > deadline:
                    return None
                self.changed.wait(0.05)

    def words(self, prefix: str) -> list[list[str]]:
        with self.changed:
            return [line.split()[1:] for _, line in self.lines if line.startswith(prefix + " ")]

    def tail(self) -> list[str]:
        with self.changed:
            return [line for _, line in self.lines[-10:]]


@dataclass(frozen=True)
class Killed:
    call_id: int
    committed: list[tuple[int, str]]  # (sequence, kind) as announced before the kill
    how: str


def test_sigkill_at_random_points_loses_no_committed_event(tmp_path: Path) -> None:
    seed = int(os.environ.get("KILL_NINE_SEED") or random.SystemRandom().randrange(2**32))
    rng = random.Random(seed)
    url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    completed: list[int] = []
    for trial in range(TRIALS):
        context = f"trial {trial + 1}/{TRIALS}, KILL_NINE_SEED={seed}"
        killed = _run_and_kill(url, tmp_path, trial, rng, context)
        _check_recovery(url, killed, context)
        completed.append(killed.call_id)
    _check_completed_calls(url, completed, f"KILL_NINE_SEED={seed}")


def _run_and_kill(url: str, folder: Path, trial: int, rng: random.Random, context: str) -> Killed:
    """One driver and its simulated debtor in one process group, SIGKILLed together at a random point."""
    during_setup = rng.random() < SETUP_KILL_SHARE
    delay_s = rng.uniform(0, ANSWER_DELAY_MS / 1000 if during_setup else MAX_KILL_AFTER_ANSWER_S)
    logs = folder / f"trial-{trial + 1}"
    driver = _spawn([sys.executable, "-m", "tests.e2e.kill_driver", url, str(folder / "recordings"),
                     str(rng.randrange(2**32))], logs.with_suffix(".driver.log"), process_group=0)
    line: subprocess.Popen[str] | None = None
    try:
        # Started while the driver starts up; in the driver's process group, so one killpg takes both.
        line = _spawn([sys.executable, "-m", "app", "sim-debtor", "--answer-delay-ms", str(ANSWER_DELAY_MS),
                       "--exit-with-parent"], logs.with_suffix(".line.log"), stdin=subprocess.DEVNULL,
                      process_group=driver.pid)
        ready = ProcessOutput(line).wait_for("READY sip:")
        if ready is None:
            _fail("the simulated debtor line did not start", context, driver, logs)
        assert driver.stdin is not None
        driver.stdin.write(ready[1].partition("@")[2] + "\n")
        driver.stdin.flush()
        output = ProcessOutput(driver)
        mark = output.wait_for("COMMITTED" if during_setup else "ANSWERED")
        if mark is None:
            _fail("the driver neither committed an event nor answered", context, driver, logs, output)
        time.sleep(max(0.0, mark[0] + delay_s - time.monotonic()))
        os.killpg(driver.pid, signal.SIGKILL)
        driver.wait(WAIT_S)
        assert output.reader is not None
        output.reader.join(WAIT_S)
    finally:
        _kill_group(driver, line)
    if driver.returncode != -signal.SIGKILL:
        _fail(f"the driver ended with {driver.returncode}, not by SIGKILL", context, driver, logs, output)
    [[call_id]] = output.words("CALL")
    committed = [(int(seq), kind) for cid, seq, kind in output.words("COMMITTED") if int(cid) == int(call_id)]
    assert len(committed) == len(output.words("COMMITTED")), f"events of another call were announced ({context})"
    how = f"killed {delay_s * 1000:.0f} ms after {'the first commit' if during_setup else 'the answer'}"
    return Killed(int(call_id), committed, how)


def _spawn(command: list[str], log: Path, stdin: int = subprocess.PIPE, **group: Any) -> subprocess.Popen[str]:
    with log.open("w") as stderr:
        return subprocess.Popen(command, cwd=ROOT, stdin=stdin, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                **group)


def _check_recovery(url: str, killed: Killed, context: str) -> None:
    """Restart as the app does (recover, then the agent completes the call) and compare with what was announced."""
    context = f"{context}, call {killed.call_id} {killed.how}"
    engine = create_database_engine(url)
    try:
        sessions = session_factory(engine)
        session = CallSession(phone=FakePhone(), call_log=CallLogRepository(sessions), router=DialRouter(),
                              scripts=load_library(), agent=AgentIdentity("agent", "Agent"), language="en")
        recovered = session.interrupted.recover()
        assert [call.call_id for call in recovered] == [killed.call_id], context
        events = _before_repair(recovered[0].events)
        announced = killed.committed
        assert [seq for seq, _ in announced] == list(range(1, len(announced) + 1)), context
        assert [e.sequence for e in events] == list(range(1, len(events) + 1)), context
        assert [(e.sequence, e.kind) for e in events[: len(announced)]] == announced, context
        # The kill may fall between a commit and its announcement: at most one event more than announced.
        assert len(events) - len(announced) in (1, 2), f"{context}: {_kinds(events)} vs {announced}"
        assert events[-1].kind == CallEventKind.INTERRUPTED, context
        with sessions() as db:
            call = db.get(Call, killed.call_id)
            assert call is not None and call.outcome_code == "interrupted" and call.ended_at is not None, context
            if not _disconnected(events):
                assert call.end_reason == "interrupted", context
        _check_recording(recovered[0].events, sessions, killed.call_id, context)
        _check_integrity(url, context)
        session.interrupted.complete(recovered[0], "no_answer", f"kill -9 trial: {killed.how}")
    finally:
        engine.dispose()


def _check_completed_calls(url: str, call_ids: list[int], context: str) -> None:
    """After all trials: each call closed once as interrupted, then completed once; no later run touched it."""
    engine = create_database_engine(url)
    try:
        sessions = session_factory(engine)
        call_log = CallLogRepository(sessions)
        for call_id in call_ids:
            events = call_log.events(call_id)
            kinds = [e.kind for e in events if not _repaired(e)]
            assert [e.sequence for e in events] == list(range(1, len(events) + 1)), f"call {call_id} ({context})"
            assert kinds.count(CallEventKind.INTERRUPTED) == 1 and kinds[-2:] == ["interrupted", "outcome"], \
                f"call {call_id}: {kinds} ({context})"
            with sessions() as db:
                call = db.get(Call, call_id)
                assert call is not None and call.outcome_code == "no_answer", f"call {call_id} ({context})"
    finally:
        engine.dispose()


def _check_recording(events: tuple[CallEventView, ...], sessions: Any, call_id: int, context: str) -> None:
    """A recording the kill cut off is repaired (its header sizes from the file), hashed and linked to the call."""
    started = [e.payload["path"] for e in events if e.kind == CallEventKind.RECORDING
               and e.payload.get("state") == "recording"]
    if not started:
        return
    path = Path(started[-1])
    if path.exists() and path.stat().st_size < WAV_HEADER_BYTES:
        return  # killed before pjmedia wrote its first buffer (header and audio together): nothing to link
    with sessions() as db:
        call = db.get(Call, call_id)
        assert call.recording_path == str(path), f"{context}: recording {path} not linked"
        if path.exists():
            assert wav_header_complete(path), f"{context}: {path} header not repaired"
            assert call.recording_sha256 == file_sha256(path), context
            assert call.recording_duration_ms == wav_duration_ms(path), context


def _repaired(event: CallEventView) -> bool:
    """The recovery's own event: the recording repaired and linked, after INTERRUPTED."""
    return event.kind == CallEventKind.RECORDING and bool(event.payload.get("repaired"))


def _before_repair(events: tuple[CallEventView, ...]) -> tuple[CallEventView, ...]:
    return tuple(e for e in events if not _repaired(e))


def _check_integrity(url: str, context: str) -> None:
    with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context


def _disconnected(events: tuple[CallEventView, ...]) -> bool:
    return any(e.kind == CallEventKind.CALL_STATE and e.payload.get("state") == "disconnected" for e in events)


def _kinds(events: tuple[CallEventView, ...]) -> list[tuple[int, str]]:
    return [(e.sequence, e.kind) for e in events]


def _kill_group(driver: subprocess.Popen[str], line: subprocess.Popen[str] | None = None) -> None:
    """SIGKILL the driver's process group (again): nothing it or the test started there outlives the trial.

    Only while a member is not yet reaped (a zombie still holds the group id): never a group id the system may
    have handed out again.
    """
    if driver.returncode is None or (line is not None and line.returncode is None):
        with suppress(ProcessLookupError):
            os.killpg(driver.pid, signal.SIGKILL)
    for process in (driver, line):
        if process is None:
            continue
        try:
            process.wait(WAIT_S)
        except subprocess.TimeoutExpired:
            pass
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def _fail(what: str, context: str, driver: subprocess.Popen[str], logs: Path,
          output: ProcessOutput | None = None) -> NoReturn:
    _kill_group(driver)
    stdout = output.tail() if output is not None else []
    stderr = {log.name: log.read_text(errors="replace")[-1500:] for log in sorted(logs.parent.glob(logs.name + ".*"))}
    pytest.fail(f"{what} ({context})\nstdout: {stdout}\nstderr: {stderr}")
