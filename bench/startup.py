"""Benchmark: cold start to a painted window and to a filled one, against a bare PySide6 + pjsua2 window, and the
idle memory after it.

    .venv/bin/python bench/startup.py [--debtors 1000000] [--runs 5] [--settle-s 3] [--db FILE]

A fresh SQLite database with ``--debtors`` demo debtors is seeded once into a temporary folder (removed afterwards;
``--db FILE`` uses an existing, already seeded file instead). Then, in turns, one child process per start:

- app: ``python bench/startup.py --child app`` runs ``app.__main__.main`` (demo mode, null audio, the
  offscreen platform unless QT_QPA_PLATFORM says otherwise) on that database, with its own config/cache folders.
- bare: ``--child bare`` imports PySide6 and pjsua2, creates an endpoint with a UDP transport pumped by a 10 ms
  QTimer, and shows an empty QMainWindow.

Two moments, each timed from just before the parent starts the child (the interpreter start counts) on the
system-wide monotonic clock:

- first paint: the event-loop turn after the window's first paint event, the window active (taking keys). The app
  says it in its log ("window painted"); the bare window is watched by an event filter.
- usable: the window painted (for the app: the debtor list and the work queue filled from the database) and the
  event loop idle: the first of IDLE_TICKS ticks in a row of a 1 ms QTimer, each late by at most IDLE_SLACK_MS.

The idle RSS is read from /proc after ``--settle-s`` more seconds of the event loop (deferred start-up work
included). One untimed start of each kind warms the page cache first, and writes the bytecode (.pyc) of every
module it imports into the run's own folder (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is dropped for the
children), as an installed CallDesk has it. The figures are medians.

Prints per-run figures, ``idle_rss_mb: X`` (the app's median), ``first_paint_ratio: Y`` and last
``startup_ratio: X (first paint Y)`` (app / bare medians). Goals: first paint at most 1.5, startup at most 3.0,
idle RSS at most 150 MB.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

IDLE_TICKS = 10
IDLE_SLACK_MS = 4.0
RESULT_PREFIX = "STARTUP_RESULT "
CHILD_TIMEOUT_S = 180.0


# -- in the child ----------------------------------------------------------------------------------------------------


class _IdleProbe:
    """Ticks a 1 ms QTimer until the window is usable and the loop idle, then waits ``settle_s`` and reports."""

    def __init__(self, usable: Callable[[], bool], settle_s: float, painted_at: Callable[[], float | None]) -> None:
        from PySide6.QtCore import QTimer

        self._usable = usable
        self._settle_s = settle_s
        self._painted_at = painted_at
        self._run_start: float | None = None
        self._run_length = 0
        self._last = time.monotonic()
        self.ready_at: float | None = None
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        late_ms = (now - self._last) * 1000 - 1.0
        self._last = now
        if self.ready_at is None:
            if late_ms > IDLE_SLACK_MS or self._painted_at() is None or not self._usable():
                self._run_start, self._run_length = None, 0
                return
            if self._run_start is None:
                self._run_start = now
            self._run_length += 1
            if self._run_length >= IDLE_TICKS:
                self.ready_at = self._run_start
            return
        if now - self.ready_at >= self._settle_s:
            self._timer.stop()
            result = {"painted_at": self._painted_at(), "ready_at": self.ready_at, "rss_kb": _rss_kb()}
            print(RESULT_PREFIX + json.dumps(result), flush=True)
            from PySide6.QtWidgets import QApplication

            QApplication.instance().quit()  # type: ignore[union-attr]  # the application exists: the window is up


class _PaintWatch:
    """The bare window's first paint, as app.first_paint has it: the event-loop turn after its first paint event."""

    def __init__(self, window: "QWidget") -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.painted_at: float | None = None
        watch = self

        class _Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
                if event.type() == QEvent.Type.Paint and watched is window:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, watch.mark)
                return False

        self._filter = _Filter()
        window.installEventFilter(self._filter)
        self._window = window

    def mark(self) -> None:
        if self._window.isActiveWindow():
            self.painted_at = time.monotonic()


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def _child_app(db_path: str, data_dir: str, settle_s: float) -> int:
    """The real entry point; a log handler sees "window painted" (the first paint, app.desktop) and starts the
    probe, which waits for both lists to be filled from the database."""
    import logging

    from app.__main__ import main

    probes: list[_IdleProbe] = []
    painted: list[float] = []

    def window() -> "QWidget | None":
        from PySide6.QtWidgets import QApplication

        return next((widget for widget in QApplication.topLevelWidgets()
                     if getattr(widget, "debtor_list", None) is not None and widget.isVisible()), None)

    def lists_filled() -> bool:
        shown = window()
        if shown is None:
            return False
        queue = getattr(shown, "work_queue", None)
        return bool(getattr(shown, "debtor_list").model.rowCount()) and (  # noqa: B009 - found by getattr above
            queue is None or (bool(queue.model.rowCount()) and not queue.waiting))

    class _WindowPainted(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage() == "window painted" and not probes:
                shown = window()
                if shown is not None and shown.isActiveWindow():  # it takes the keys
                    painted.append(time.monotonic())
                probes.append(_IdleProbe(lists_filled, settle_s, lambda: painted[0] if painted else None))

    logging.getLogger("app.desktop").addHandler(_WindowPainted(logging.INFO))
    return main(["--data-dir", data_dir, "--db", f"sqlite:///{db_path}"])


def _child_bare(settle_s: float) -> int:
    import pjsua2 as pj
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    endpoint = pj.Endpoint()
    endpoint.libCreate()
    config = pj.EpConfig()
    config.uaConfig.threadCnt = 0
    config.uaConfig.mainThreadOnly = True
    config.logConfig.level = 1
    config.logConfig.consoleLevel = 1
    endpoint.libInit(config)
    transport = pj.TransportConfig()
    transport.boundAddress = "127.0.0.1"
    endpoint.transportCreate(pj.PJSIP_TRANSPORT_UDP, transport)
    endpoint.libStart()
    endpoint.audDevManager().setNullDev()
    pump = QTimer(interval=10)
    pump.timeout.connect(lambda: endpoint.libHandleEvents(0))
    pump.start()
    window = QMainWindow()
    window.setWindowTitle("bare")
    watch = _PaintWatch(window)
    window.show()
    window.activateWindow()
    _probe = _IdleProbe(window.isVisible, settle_s, lambda: watch.painted_at)
    app.exec()
    pump.stop()
    endpoint.libDestroy()
    return 0


# -- in the parent ---------------------------------------------------------------------------------------------------


def child_env(folder: Path, *, null_audio: bool = True) -> dict[str, str]:
    """Null audio (unless ``null_audio`` is False: the audio bridge loads PortAudio), offscreen by default, and
    config/cache/data/bytecode folders of the run's own (no user's calldesk.toml, no __pycache__ in the checkout)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("CALLDESK_NULL_AUDIO", None)
    if null_audio:
        env["CALLDESK_NULL_AUDIO"] = "1"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(folder / name.lower())
    return env


def start_once(kind: str, db_path: Path, folder: Path, settle_s: float, *,
               null_audio: bool = True) -> tuple[float, float, float]:
    """One child start: (seconds to a usable window, idle RSS in MB, seconds to the first paint)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--settle-s", str(settle_s),
               "--db", str(db_path), "--data-dir", str(folder / "data")]
    started = time.monotonic()
    done = subprocess.run(command, env=child_env(folder, null_audio=null_audio), cwd=ROOT, capture_output=True, text=True,
                          timeout=CHILD_TIMEOUT_S, check=False)  # a failed child is reported below
    results = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not results:
        raise RuntimeError(f"the {kind} start failed ({done.returncode}): {done.stderr[-2000:]}")
    result = json.loads(results[-1][len(RESULT_PREFIX):])
    return result["ready_at"] - started, result["rss_kb"] / 1024, result["painted_at"] - started


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


def measure(db_path: Path, folder: Path, runs: int, settle_s: float) -> dict[str, list[tuple[float, float, float]]]:
    """Warm-up starts of each kind, then ``runs`` starts of each in turns."""
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
    for kind in results:
        start_once(kind, db_path, folder, settle_s)
    for run in range(runs):
        for kind, figures in results.items():
            figures.append(start_once(kind, db_path, folder, settle_s))
            usable_s, rss_mb, painted_s = figures[-1]
            print(f"run {run + 1} {kind}: {painted_s * 1000:.0f} ms to first paint, {usable_s * 1000:.0f} ms to "
                  f"usable, {rss_mb:.0f} MB idle", flush=True)
    return results


def run_parent(args: argparse.Namespace) -> dict[str, list[tuple[float, float, float]]]:
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as name:
        folder = Path(name)
        db_path = Path(args.db).resolve() if args.db else folder / "calldesk.db"
        if not args.db:
            seed_database(db_path, args.debtors)
        return measure(db_path, folder, args.runs, args.settle_s)


def median(figures: list[tuple[float, float, float]], index: int) -> float:
    return statistics.median(figure[index] for figure in figures)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000, help="demo debtors to seed (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=5, help="timed starts of each kind (default 5)")
    parser.add_argument("--settle-s", type=float, default=3.0, help="idle seconds before reading RSS (default 3)")
    parser.add_argument("--db", help="an existing seeded SQLite file to use instead of seeding one")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    return parser


def main() -> int:
    args = parser().parse_args()
    if args.child == "app":
        return _child_app(args.db, args.data_dir, args.settle_s)
    if args.child == "bare":
        return _child_bare(args.settle_s)
    try:
        results = run_parent(args)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"startup: {error}", file=sys.stderr)
        return 1
    app_s, bare_s = median(results["app"], 0), median(results["bare"], 0)
    app_paint_s, bare_paint_s = median(results["app"], 2), median(results["bare"], 2)
    print(f"bare PySide6 + pjsua2 window: median first paint {bare_paint_s * 1000:.0f} ms, usable "
          f"{bare_s * 1000:.0f} ms, {median(results['bare'], 1):.0f} MB idle")
    database = "the given database" if args.db else f"{args.debtors:,} debtors"
    print(f"CallDesk window on {database}: median first paint {app_paint_s * 1000:.0f} ms, lists filled "
          f"{app_s * 1000:.0f} ms")
    for kind in ("paint", "usable"):
        index = 2 if kind == "paint" else 0
        ratios = sorted(app[index] / bare[index] for app, bare in zip(results["app"], results["bare"], strict=True))
        print(f"{kind} ratio run by run: " + ", ".join(f"{ratio:.2f}" for ratio in ratios))
    print(f"idle_rss_mb: {median(results['app'], 1):.0f}")
    print(f"first_paint_ratio: {app_paint_s / bare_paint_s:.2f}")
    print(f"startup_ratio: {app_s / bare_s:.2f} (first paint {app_paint_s / bare_paint_s:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
