"""Benchmark: latency of one call-event commit on SQLite while a real call runs, against no call at all.

    .venv/bin/python bench/log_write.py [--events 2000] [--gap-ms 3]

Everything lives in a temporary folder that is removed afterwards: a migrated SQLite database with a few demo
debtors (the app's engine, so the app's WAL and ``synchronous`` settings) and the call recordings.

- baseline: a call row and ``--events`` commits through ``CallLogRepository.append_event``, one every ``--gap-ms``
  from a QTimer on a ``QCoreApplication``, with no phone at all; then the same commits back to back, no timer
  (what a tight loop measures: each commit is faster there, caches and CPU clock still warm from the last one).
- during a call: ``Pjsua2Phone`` (null audio, recording policy ``always``) pumped by the ``TelephonyBridge``
  QTimer, ``CallSession`` dialling the simulated debtor line (a child process on 127.0.0.1 that plays its
  greeting in a loop). Once the call is confirmed and recording, the spaced commits again on that call's row, so
  the pump, RTP, the conference bridge and the recorder run between writes as they do during a real call; first
  committed on the GUI thread as before, then submitted to the ``CallLogWriter`` and committed (and timed) on its
  thread, where the app commits every call event since the GUI thread stopped waiting for the disk.

- the disk's own floor: the same number of 4 kB overwrites of a file in the same folder, each followed by
  ``fdatasync``, one every ``--gap-ms`` (what SQLite's WAL commit waits for with ``synchronous=FULL``), measured
  right after the call: a p99 above the goal there is the disk's (other programs writing), not the call log's.

Each commit is timed with ``time.perf_counter_ns``. Prints count, median, p95, p99, max and how many commits took
longer than the goal, for each phase, and the ratios during the call / no call. The last line is always
``log_write_p99_ms: X``, the p99 during the call on the writer thread. Goal: at most 1 ms.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.domain.call_log import CallDirection, CallEventKind
from app.scripts.loader import load_library
from app.services.call_log_writer import CallLogWriter
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingPolicy, RecordingSettings
from app.telephony.sim_line import SimulatedDebtorLine
from bench.qt_wait import BenchError, run_until

WAIT_TIMEOUT_S = 15.0
AGENT = AgentIdentity("bench", "Bench Agent")
GOAL_P99_MS = 1.0
STEPS = ("listen", "explain", "propose_plan", "record_outcome")


class _CallIds(CallLogRepository):
    """The repository, remembering the id of every call the session starts (the session keeps it private)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        super().__init__(sessions)
        self.started: list[int] = []

    def start_call(self, **fields: Any) -> int:
        call_id = super().start_call(**fields)
        self.started.append(call_id)
        return call_id


def timed_commits(call_log: CallLogRepository, call_id: int, count: int, gap_ms: int,
                  writer: CallLogWriter | None = None) -> list[float]:
    """``count`` event commits in ms, one asked for per tick of a precise QTimer, the event loop running in between;
    with ``writer``, each committed (and timed) on the writer's thread, as the app commits them."""
    times: list[float] = []
    loop = QEventLoop()
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(gap_ms)
    asked = 0

    def commit(n: int) -> None:
        kind = CallEventKind.SCRIPT_STEP_LEFT if n % 2 else CallEventKind.SCRIPT_STEP_ENTERED
        payload = {"step": STEPS[(n // 2) % len(STEPS)], "recording_offset_ms": n * gap_ms}
        started = time.perf_counter_ns()
        call_log.append_event(call_id, kind, payload)
        times.append((time.perf_counter_ns() - started) / 1e6)

    def commit_one() -> None:
        nonlocal asked
        if writer is None:
            commit(asked)
        else:
            writer.submit(partial(commit, asked), _failed)
        asked += 1
        if asked >= count:
            tick.stop()
            loop.quit()

    tick.timeout.connect(commit_one)
    tick.start()
    loop.exec()
    if writer is not None and not writer.flush():
        raise BenchError("the writer thread could not commit the events")
    return times


def _failed(error: BaseException, _held: int) -> None:
    raise BenchError(f"an event commit failed: {error}")


def baseline(call_log: CallLogRepository, count: int, gap_ms: int) -> tuple[list[float], list[float]]:
    """The same commits on a call row of their own with no phone in the process: spaced, then back to back."""
    call_id = call_log.start_call(call_uuid="bench-baseline", direction=CallDirection.OUTBOUND, number="13812345678",
                                  agent_login=AGENT.login, debtor_id=None, script_id=None, script_version=None)
    spaced = timed_commits(call_log, call_id, count, gap_ms)
    back_to_back: list[float] = []
    for n in range(count):
        started = time.perf_counter_ns()
        call_log.append_event(call_id, CallEventKind.SCRIPT_STEP_ENTERED, {"step": "listen", "recording_offset_ms": n})
        back_to_back.append((time.perf_counter_ns() - started) / 1e6)
    return spaced, back_to_back


def during_call(folder: Path, sessions: sessionmaker[Session], line: SimulatedDebtorLine,
                count: int, gap_ms: int) -> tuple[list[float], list[float], str]:
    """The commits while a recorded call to the simulated debtor is confirmed, on this thread, then on the call-log
    writer's thread (the session's own events go there too, as in the app); also says what the call did."""
    call_log = _CallIds(sessions)
    directory = DebtorRepository(sessions)
    record = directory.record(directory.list_debtors(limit=1)[0].debtor_id)
    phone = Pjsua2Phone(user="agent", display_name=AGENT.name, force_null_audio=True,
                        recording=RecordingSettings(RecordingPolicy.ALWAYS, folder / "recordings"))
    bridge = TelephonyBridge(phone)
    writer = CallLogWriter()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(demo_line=line), scripts=load_library(),
                          agent=AGENT, language="en", writer=writer)
    for signal, slot in ((bridge.call_state_changed, session.on_call_state),
                         (bridge.media_state_changed, session.on_media_state),
                         (bridge.mute_changed, session.on_mute_changed),
                         (bridge.recording_state_changed, session.on_recording_state),
                         (bridge.call_quality_summary, session.on_quality_summary)):
        signal.connect(slot)
    problems: list[str] = []
    session.problem.connect(problems.append)
    ended: list[int] = []
    session.outcome_required.connect(ended.append)
    bridge.start()
    try:
        if not session.dial(record, record.phones[0].number):
            raise BenchError(f"the app could not dial: {problems[-1:]}")
        run_until(lambda: session.in_call and session.recording_state == "recording",
                  "the call was not answered and recording", WAIT_TIMEOUT_S)
        call_id = call_log.started[-1]
        times = timed_commits(call_log, call_id, count, gap_ms)
        on_writer = timed_commits(call_log, call_id, count, gap_ms, writer)
        if not session.in_call or session.recording_state != "recording":
            raise BenchError("the call ended or stopped recording while the commits ran")
        session.hang_up()
        run_until(lambda: bool(ended), "the call did not end", WAIT_TIMEOUT_S)
        session.record_outcome("no_answer", "benchmark call")
        run_until(lambda: any(e.kind == CallEventKind.QUALITY_SUMMARY for e in call_log.events(call_id)),
                  "the call's quality summary did not come", WAIT_TIMEOUT_S)
    finally:
        bridge.shutdown()
        writer.stop()
    recordings = list((folder / "recordings").rglob("*.wav"))
    size = sum(path.stat().st_size for path in recordings)
    return times, on_writer, f"{len(recordings)} recording(s), {size / 1e3:.0f} kB; problems reported: {len(problems)}"


def disk_sync_floor(folder: Path, count: int, gap_ms: int) -> list[float]:
    """``count`` fdatasync calls in ms, each after overwriting one 4 kB page of a preallocated file, ``gap_ms`` apart."""
    path = folder / "sync-floor.bin"
    pages = 256
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.write(fd, b"\0" * 4096 * pages)
        os.fsync(fd)
        times = []
        for n in range(count):
            os.pwrite(fd, n.to_bytes(8, "little") * 512, (n % pages) * 4096)
            started = time.perf_counter_ns()
            os.fdatasync(fd)
            times.append((time.perf_counter_ns() - started) / 1e6)
            time.sleep(gap_ms / 1000)
        return times
    finally:
        os.close(fd)
        path.unlink()


def p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def describe(name: str, values: list[float]) -> str:
    over = sum(value > GOAL_P99_MS for value in values)
    return (f"{name}: {len(values)} commits, median {statistics.median(values):.3f} ms, p95 {p(values, 95):.3f} ms, "
            f"p99 {p(values, 99):.3f} ms, max {max(values):.3f} ms, over {GOAL_P99_MS:g} ms: {over}")


def sqlite_settings(engine: Engine) -> str:
    """What the app's engine set on its connections (see app/db/engine.py)."""
    with engine.connect() as connection:
        mode, synchronous, checkpoint = (connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                                         for name in ("journal_mode", "synchronous", "wal_autocheckpoint"))
    names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
    return f"journal_mode={mode}, synchronous={names.get(synchronous, synchronous)}, wal_autocheckpoint={checkpoint}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000, help="timed commits in each phase (default 2000)")
    parser.add_argument("--gap-ms", type=int, default=3, help="time between two commits (default 3)")
    args = parser.parse_args()
    if args.events < 100:
        parser.error("--events must be at least 100 (a p99 needs them)")
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # noqa: F841 - the event loops need it
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as name:
        folder = Path(name)
        engine = create_database_engine(f"sqlite:///{folder / 'calldesk.db'}")
        line = SimulatedDebtorLine(answer_delay_ms=0)  # the built-in greeting, in a loop: media flows all call long
        try:
            upgrade_to_head(engine)
            seed_demo_data(engine, 5, seed=11)
            sessions = session_factory(engine)
            call_log = CallLogRepository(sessions)
            call_log.ensure_agent(AGENT.login, AGENT.name)
            settings = sqlite_settings(engine)
            idle, back_to_back = baseline(call_log, args.events, args.gap_ms)
            in_call, on_writer, media = during_call(folder, sessions, line, args.events, args.gap_ms)
            floor = disk_sync_floor(folder, args.events, args.gap_ms)
        except (BenchError, RuntimeError) as error:
            print(f"log_write: {error}", file=sys.stderr)
            return 1
        finally:
            line.stop()
            engine.dispose()
    print(f"SQLite: {settings}; one commit every {args.gap_ms} ms")
    print(describe("no call, back to back (no timer, for comparison)", back_to_back))
    print(describe("no call", idle))
    print(describe("during a recorded call (pump, RTP, recorder running), on the GUI thread", in_call))
    print(describe("during a recorded call, on the call-log writer thread (where the app commits)", on_writer))
    print(describe("the disk's own floor: fdatasync of one 4 kB page, same folder, right after", floor))
    print(f"call: {media}; load average {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"ratio during call / no call: median {statistics.median(in_call) / statistics.median(idle):.2f}, "
          f"p99 {p(in_call, 99) / p(idle, 99):.2f}")
    print(f"log_write_p99_ms: {p(on_writer, 99):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
