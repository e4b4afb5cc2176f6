"""Benchmark: the longest GUI event-loop stall during a recorded, logged call with quality sampling on.

    .venv/bin/python bench/gui_stall.py [--seconds 60] [--debtors 1000000] [--db FILE]

The app's real stack, as ``calldesk`` builds it (``app.desktop.build_desktop``: migrated SQLite database with
``--debtors`` demo debtors seeded once into a temporary folder, the pjsua2 phone pumped by the bridge's QTimer,
the call log, recording policy "always", quality samples every 2 s, the follow-up queue, the window shown and
its debtor list filled; demo mode, null audio, offscreen unless QT_QPA_PLATFORM says otherwise). It calls the
simulated debtor line (a child process on 127.0.0.1, started before the probe: demo mode starts it on the first
dial, which a real SIP line does not need) from the first debtor's record, keeps the call up for ``--seconds``
once confirmed, hangs up and records an outcome.

A 1 ms QTimer probe runs from the dial to the recorded outcome; a stall is the gap between two of its ticks minus
the 1 ms interval. A watcher thread samples the GUI thread's Python stack while a tick is overdue, so the
longest stall is printed with the code it was in. A sample only copies the frames' file, line and function (the
text is made after the run): the watcher holds the GIL while it samples, and formatting stacks there (reading
source lines) took the GUI thread's time and made the stalls it measured longer.
The last line is always ``gui_stall_max_ms: X``. Goal: 16.
"""

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CALLDESK_NULL_AUDIO"] = "1"

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402 - after the environment is set up above
from PySide6.QtWidgets import QApplication  # noqa: E402 - after the environment is set up above

from app.domain.debtors import DebtorRecord  # noqa: E402 - after the environment is set up above
from bench.qt_wait import BenchError, run_until  # noqa: E402 - after the environment is set up above

PROBE_INTERVAL_MS = 1
OVERDUE_MS = 4.0  # the watcher samples the GUI thread's stack once a tick is this late
SAMPLE_EVERY_S = 0.001
CALL_TIMEOUT_S = 20.0
SLOW_EVENT_S = 0.004
Stack = tuple[tuple[str, int, str], ...]  # (file, line, function), outermost first


class StallProbe:
    """Ticks every millisecond on the GUI thread; a watcher thread notes where the GUI thread is when it is late."""

    def __init__(self) -> None:
        self.gaps: list[tuple[float, float]] = []  # (tick time, stall ms)
        self._samples: list[tuple[float, Stack]] = []  # (time, the GUI thread's frames, outermost first)
        self._gui_thread = threading.get_ident()
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(PROBE_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="stall-watcher", daemon=True)
        self.slow_events: list[tuple[float, float, str]] = []  # from TracingApplication, when asked for
        self.phases: list[tuple[str, float]] = [("dial to confirmed", 0.0)]  # (name, start time)

    def start(self) -> None:
        self._last = time.monotonic()
        self._timer.start()
        self._watcher.start()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._watcher.join()

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append((now, max((now - self._last) * 1000 - PROBE_INTERVAL_MS, 0.0)))
        self._last = now

    def _watch(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY_S):
            if (time.monotonic() - self._last) * 1000 < OVERDUE_MS:
                continue
            frame = sys._current_frames().get(self._gui_thread)
            if frame is not None:
                self._samples.append((time.monotonic(), _stack(frame)))

    def by_phase(self) -> list[tuple[str, float]]:
        """The longest stall in each phase of the call."""
        bounds = [*(start for _name, start in self.phases[1:]), float("inf")]
        return [(name, max((stall for at, stall in self.gaps if start <= at < end), default=0.0))
                for (name, start), end in zip(self.phases, bounds, strict=True)]

    def culprit(self, tick_at: float, stall_ms: float) -> list[tuple[str, int]]:
        """The stacks sampled during the stall that ended at ``tick_at``, most often seen first."""
        begun = tick_at - stall_ms / 1000 - PROBE_INTERVAL_MS / 1000
        return Counter(_where(stack) for at, stack in self._samples if begun <= at <= tick_at).most_common(3)


class TracingApplication(QApplication):
    """Times each event delivery (outermost only) and keeps the slow ones: where C++ work (layout, paint) stalls."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.slow: list[tuple[float, float, str]] = []  # (end time, ms, "ReceiverClass EventType")
        self._depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:
        self._depth += 1
        started = time.monotonic()
        try:
            return super().notify(receiver, event)
        finally:
            self._depth -= 1
            ended = time.monotonic()
            if self._depth == 0 and ended - started > SLOW_EVENT_S:
                self.slow.append((ended, (ended - started) * 1000,
                                  f"{type(receiver).__name__} {event.type().name}"))


def _stack(frame: FrameType | None) -> Stack:
    """The frames as plain values: cheap, because the GUI thread waits for the GIL while this runs."""
    frames = []
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_lineno or 0, frame.f_code.co_name))
        frame = frame.f_back
    return tuple(reversed(frames))


def _where(stack: Stack) -> str:
    """The innermost frames, outermost first, skipping the standard library and site-packages where possible."""
    ours = [e for e in stack if e[0].startswith(str(ROOT)) and ".venv" not in e[0]] or list(stack)
    tail = ours[-4:]
    inner = stack[-1]
    text = " > ".join(f"{Path(file).name}:{line} {name}" for file, line, name in tail)
    if inner not in tail:
        text += f" > … {Path(inner[0]).name}:{inner[1]} {inner[2]}"
    return text


def seed_database(path: Path, debtors: int) -> None:
    from app.db.demo_data import seed_demo_data
    from app.db.engine import create_database_engine
    from app.db.migrate import upgrade_to_head

    started = time.perf_counter()
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    seed_demo_data(engine, debtors, 42)
    engine.dispose()
    print(f"seeded {debtors:,} debtors in {time.perf_counter() - started:.0f} s", flush=True)


def first_debtor(db_path: Path) -> DebtorRecord:
    """The first debtor's record, read through an engine of its own (the desktop keeps its repositories)."""
    from app.db.debtor_repository import DebtorRepository
    from app.db.engine import create_database_engine, session_factory

    engine = create_database_engine(f"sqlite:///{db_path}")
    try:
        directory = DebtorRepository(session_factory(engine))
        return directory.record(directory.list_debtors(limit=1)[0].debtor_id)
    finally:
        engine.dispose()


def run_call(folder: Path, db_path: Path, seconds: float, trace_events: bool) -> tuple[StallProbe, dict[str, int]]:
    """Build the desktop on the database, make one call of ``seconds``; the probe covers dial to outcome."""
    from app.config import load_settings
    from app.desktop import build_desktop

    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())
    settings = load_settings(database_url=f"sqlite:///{db_path}", data_dir=folder / "data")
    settings.paths.create()
    app = (TracingApplication if trace_events else QApplication)(sys.argv[:1])
    desktop = build_desktop(settings, app)
    counts: Counter[str] = Counter()
    problems: list[str] = []
    states: list[str] = []
    ended: list[int] = []
    session, bridge = desktop.session, desktop.bridge
    session.problem.connect(problems.append)
    session.call_state_changed.connect(lambda state, _reason: states.append(state))
    session.outcome_required.connect(ended.append)
    bridge.call_quality_sample.connect(lambda _event: counts.update(["quality samples"]))
    bridge.recording_state_changed.connect(lambda _event: counts.update(["recording events"]))
    probe = StallProbe()
    try:
        desktop.window.show()
        desktop.window.load()
        settle_until = time.monotonic() + 2.0  # start-up work (the follow-up queue's first check) is not the call
        run_until(lambda: time.monotonic() >= settle_until, "the window did not settle", 30)
        if desktop.demo_line is not None:  # demo mode starts the line on the first dial; a real line is just there
            desktop.demo_line.start()
        record = first_debtor(db_path)
        probe.start()
        if not session.dial(record, record.phones[0].number):
            raise BenchError(f"the app could not dial: {problems[-1:]}")
        run_until(lambda: "confirmed" in states, "the call was not confirmed", CALL_TIMEOUT_S)
        probe.phases.append(("confirmed, the window showing the call (1 s)", time.monotonic()))
        talking_from = time.monotonic() + 1.0
        run_until(lambda: time.monotonic() >= talking_from, "the call did not go on", CALL_TIMEOUT_S)
        probe.phases.append(("talking: recording, quality samples, polls", time.monotonic()))
        hang_up_at = time.monotonic() + seconds - 1.0
        run_until(lambda: time.monotonic() >= hang_up_at or "disconnected" in states, "the call did not last",
                  seconds + CALL_TIMEOUT_S)
        if "disconnected" in states:
            raise BenchError("the simulated debtor hung up early")
        probe.phases.append(("hang-up, outcome dialog, outcome recorded", time.monotonic()))
        session.hang_up()
        run_until(lambda: bool(ended), "the call did not end", CALL_TIMEOUT_S)
        session.record_outcome("no_answer", "benchmark call")
        probe.stop()
    finally:
        desktop.close()
        desktop.window.close()
    probe.slow_events = list(getattr(app, "slow", []))
    recordings = list((folder / "data" / "recordings").rglob("*.wav"))
    counts["recordings"] = len(recordings)
    return probe, dict(counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the call stays up (default 60)")
    parser.add_argument("--debtors", type=int, default=1_000_000, help="demo debtors to seed (default 1,000,000)")
    parser.add_argument("--trace-events", action="store_true",
                        help="also time every Qt event delivery (costs a Python call per event) to name C++ stalls")
    parser.add_argument("--db", help="a copy of a seeded SQLite file to use instead of seeding one (it is written to)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as name:
        folder = Path(name)
        db_path = Path(args.db).resolve() if args.db else folder / "calldesk.db"
        if not args.db:
            seed_database(db_path, args.debtors)
        try:
            probe, counts = run_call(folder, db_path, args.seconds, args.trace_events)
        except (BenchError, RuntimeError) as error:
            print(f"gui_stall: {error}", file=sys.stderr)
            return 1
    stalls = [stall for _at, stall in probe.gaps]
    worst = max(stalls)
    print(f"call of {args.seconds:.0f} s: {len(stalls):,} probe ticks, " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"stalls over 16 ms: {sum(s > 16 for s in stalls)}, over 8 ms: {sum(s > 8 for s in stalls)}")
    print(f"p99 {statistics.quantiles(stalls, n=100)[98]:.1f} ms, p99.9 {statistics.quantiles(stalls, n=1000)[998]:.1f} ms")
    for phase, longest in probe.by_phase():
        print(f"longest stall, {phase}: {longest:.1f} ms")
    for rank, (at, stall) in enumerate(sorted(probe.gaps, key=lambda gap: -gap[1])[:3], 1):
        print(f"stall #{rank}: {stall:.1f} ms")
        for where, seen in probe.culprit(at, stall) or [("(not sampled: C++ code or too short)", 0)]:
            print(f"    {seen:>3} × {where}")
        for ended, ms, what in probe.slow_events:
            if at - stall / 1000 - 0.002 <= ended <= at:
                print(f"    event: {what} {ms:.1f} ms")
    print(f"gui_stall_max_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
