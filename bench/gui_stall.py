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
from collections import Counter, deque
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
SAMPLE_SPACING_DIVISOR = 20  # samples spaced by 1/20 of the time overdue so far: a few dozen per stall, however long
CALL_TIMEOUT_S = 20.0
SLOW_EVENT_S = 0.004
EXPLAINED_STALL_MS = 8.0  # stalls this long get the threads' CPU accounts (schedstat) beside them
SCHEDSTAT_EVERY_S = 0.005  # each reading is a pread per thread: every 2 ms, the watcher took ~20 % of a CPU
Stack = tuple[tuple[str, int, str], ...]  # (file, line, function), outermost first
Schedstat = dict[int, tuple[int, int]]  # native thread id: (ns on a CPU, ns waiting for one), from the kernel


class ThreadClocks:
    """Each thread's time on a CPU and waiting for one (/proc/self/task/*/schedstat), read without holding the GIL
    long (one pread per thread): says whether a stall was the GUI thread's own work, another thread holding the GIL,
    or the process waiting for a CPU (the scheduler, on a loaded machine)."""

    def __init__(self) -> None:
        self._files: dict[int, int] = {}
        self._listed = 0.0
        self.names: dict[int, str] = {}

    def read(self) -> Schedstat:
        now = time.monotonic()
        if now - self._listed > 0.2:  # threads come and go (the writer, pjsip's, imports on a thread)
            self._listed = now
            self._list()
        clocks: Schedstat = {}
        for tid, fd in list(self._files.items()):
            try:
                run, wait = os.pread(fd, 96, 0).split()[:2]
            except (OSError, ValueError):
                os.close(fd)
                del self._files[tid]
                continue
            clocks[tid] = (int(run), int(wait))
        return clocks

    def _list(self) -> None:
        python_names = {thread.native_id: thread.name for thread in threading.enumerate()}
        for name in os.listdir("/proc/self/task"):
            tid = int(name)
            if tid not in self._files:
                try:
                    self._files[tid] = os.open(f"/proc/self/task/{tid}/schedstat", os.O_RDONLY)
                    comm = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
                except OSError:
                    continue
                self.names[tid] = comm
            if tid in python_names:
                self.names[tid] = python_names[tid]

    def close(self) -> None:
        for fd in self._files.values():
            os.close(fd)
        self._files.clear()


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
        self._gui_native = threading.get_native_id()
        self._clocks = ThreadClocks()
        self._clock_history: deque[tuple[float, Schedstat]] = deque(maxlen=2000)  # (time, clocks), ~10 s
        self.accounts: dict[float, str] = {}  # tick time of a stall over EXPLAINED_STALL_MS: its threads' account
        self.gui_cpu_share: list[tuple[float, float]] = []  # (stall ms, share of it the GUI thread ran)
        self.gui_ran: dict[float, float] = {}  # tick time of an explained stall: share of it the GUI thread ran

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
        explained = 0  # gaps already looked at
        sampled_at = 0.0
        read_at = 0.0
        while not self._stop.wait(SAMPLE_EVERY_S):
            now = time.monotonic()
            if now - read_at >= SCHEDSTAT_EVERY_S:
                read_at = now
                self._clock_history.append((now, self._clocks.read()))
            while explained < len(self.gaps):
                at, stall = self.gaps[explained]
                if stall > EXPLAINED_STALL_MS and at + SCHEDSTAT_EVERY_S > now:
                    break  # wait for a reading after the stall's end
                if stall > EXPLAINED_STALL_MS:
                    self._account(at, stall)
                explained += 1
            overdue_ms = (time.monotonic() - self._last) * 1000
            if overdue_ms < OVERDUE_MS or (time.monotonic() - sampled_at) * 1000 < overdue_ms / SAMPLE_SPACING_DIVISOR:
                continue  # sparser as a stall goes on: the watcher competes for the CPU the GUI thread waits for
            frame = sys._current_frames().get(self._gui_thread)
            if frame is not None:
                sampled_at = time.monotonic()
                self._samples.append((sampled_at, _stack(frame)))
        self._clock_history.append((time.monotonic(), self._clocks.read()))
        for at, stall in self.gaps[explained:]:
            if stall > EXPLAINED_STALL_MS:
                self._account(at, stall)
        self._clocks.close()

    def _account(self, tick_at: float, stall_ms: float) -> None:
        """What each thread did during the stall: the readings just before it began and just after it ended."""
        begun = tick_at - stall_ms / 1000 - PROBE_INTERVAL_MS / 1000
        before = next(((t, c) for t, c in reversed(self._clock_history) if t <= begun), None)
        after = next(((t, c) for t, c in self._clock_history if t >= tick_at), None)
        if before is None or after is None:
            self.accounts[tick_at] = "(no thread clocks around it)"
            return
        window_ms = (after[0] - before[0]) * 1000
        ran = {tid: (after[1][tid][0] - run) / 1e6 for tid, (run, _w) in before[1].items() if tid in after[1]}
        waited = {tid: (after[1][tid][1] - wait) / 1e6 for tid, (_r, wait) in before[1].items() if tid in after[1]}
        gui = self._gui_native
        others = sorted(((ms, self._clocks.names.get(tid, str(tid))) for tid, ms in ran.items() if tid != gui),
                        reverse=True)
        busy = ", ".join(f"{name} {ms:.1f}" for ms, name in others[:3] if ms >= 0.5) or "none"
        share = ran.get(gui, 0.0) / max(window_ms, 0.001)
        self.gui_cpu_share.append((stall_ms, share))
        self.gui_ran[tick_at] = share
        self.accounts[tick_at] = (f"threads over {window_ms:.0f} ms around it: GUI thread ran {ran.get(gui, 0.0):.1f} ms, "
                                  f"waited for a CPU {waited.get(gui, 0.0):.1f} ms; others ran (ms): {busy}")

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


def describe_stall(probe: StallProbe, title: str, at: float, stall: float) -> None:
    print(f"{title}: {stall:.1f} ms")
    for where, seen in probe.culprit(at, stall) or [("(not sampled: C++ code or too short)", 0)]:
        print(f"    {seen:>3} × {where}")
    if at in probe.accounts:
        print(f"    {probe.accounts[at]}")
    for ended, ms, what in probe.slow_events:
        if at - stall / 1000 - 0.002 <= ended <= at:
            print(f"    event: {what} {ms:.1f} ms")


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
    own = [share for _ms, share in probe.gui_cpu_share]
    if own:
        print(f"stalls over {EXPLAINED_STALL_MS:g} ms with the GUI thread on a CPU less than half the time "
              f"(waiting for a CPU or for the GIL): {sum(share < 0.5 for share in own)} of {len(own)}")
    print(f"p99 {statistics.quantiles(stalls, n=100)[98]:.1f} ms, p99.9 {statistics.quantiles(stalls, n=1000)[998]:.1f} ms")
    for phase, longest in probe.by_phase():
        print(f"longest stall, {phase}: {longest:.1f} ms")
    by_length = sorted(probe.gaps, key=lambda gap: -gap[1])
    for rank, (at, stall) in enumerate(by_length[:3], 1):
        describe_stall(probe, f"stall #{rank}", at, stall)
    ours = [(at, stall) for at, stall in by_length if probe.gui_ran.get(at, 0.0) >= 0.5][:3]
    for rank, (at, stall) in enumerate(ours, 1):  # the GUI thread's own work, not the scheduler's
        describe_stall(probe, f"stall with the GUI thread running, #{rank}", at, stall)
    print(f"gui_stall_max_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
