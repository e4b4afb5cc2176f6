"""Benchmark: what CallDesk costs while an agent leaves it open and idle, in CPU time and wake-ups.

    .venv/bin/python bench/idle_cpu.py [--debtors 1000000] [--seconds 60] [--settle-s 20] [--db FILE]
                                       [--audio both|sound|null]

The app as an agent has it: ``app.__main__.main`` (offscreen window) on a SQLite database of ``--debtors`` demo
debtors seeded once into a temporary folder, registered to a kamailio this script starts on 127.0.0.1 (an account
in its own calldesk.toml, the password in an in-memory keyring), with its config, cache and data folders in the
temporary folder too. "sound": the audio bridge loaded on a private PulseAudio (null sinks, a virtual
microphone; tests/pulse_server.py), without CALLDESK_NULL_AUDIO; "null": with CALLDESK_NULL_AUDIO=1.

After the REGISTER reaches kamailio and ``--settle-s`` more seconds (start-up work done, sound streams asleep),
the parent reads /proc/PID/task/*/{comm,status,schedstat} of the app, waits ``--seconds`` and reads them again:
the CPU time (the scheduler's run time; utime + stime where there is no schedstat) and context switches of every
thread, voluntary ones (a thread that went to sleep and was woken: the wake-ups) and nonvoluntary ones (preempted)
apart. A per-thread table says who wakes. Threads that end within the window lose their counts (named).

Prints one ``<mode> idle_cpu_percent: X (wakeups W/s)`` line per mode, the last line is exactly
``idle_cpu_percent: X (wakeups W/s)`` of the first mode measured ("sound" unless ``--audio null``).
Goals: X at most 0.5 % (of one core) and W at most 20 a second.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.sip.kamailio_server import KamailioServer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ACCOUNT = "office"
USER = "agent"
PASSWORD = "idle-bench-secret"
REGISTER_TIMEOUT_S = 180.0  # the app starts on a 1M-debtor database first
EXIT_TIMEOUT_S = 20.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class ThreadSample:
    name: str
    voluntary: int
    nonvoluntary: int
    cpu_ns: int


def read_threads(pid: int) -> dict[int, ThreadSample]:
    """Every thread of ``pid`` now (a thread that ends while it is read is left out)."""
    threads: dict[int, ThreadSample] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            status = (task / "status").read_text()
            stat = (task / "stat").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        threads[int(task.name)] = ThreadSample(name, int(fields["voluntary_ctxt_switches"]),
                                               int(fields["nonvoluntary_ctxt_switches"]), _cpu_ns(task, stat))
    return threads


def _cpu_ns(task: Path, stat: str) -> int:
    """Time on a CPU: the scheduler's own count (schedstat, in ns) where the kernel keeps it, else utime + stime
    (in clock ticks, sampled: a thread woken by a timer on the tick is over-counted)."""
    try:
        return int((task / "schedstat").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        after_name = stat.rsplit(")", 1)[1].split()  # the name may hold spaces and brackets
        return (int(after_name[11]) + int(after_name[12])) * 1_000_000_000 // CLOCK_TICKS


@dataclass(frozen=True)
class IdleFigures:
    cpu_percent: float
    wakeups_per_s: float
    preempted_per_s: float
    rows: list[tuple[str, int, float, float, float]]  # name, tid, wake-ups/s, preempted/s, cpu %


def compare(before: dict[int, ThreadSample], after: dict[int, ThreadSample], seconds: float,
            main_thread: int) -> IdleFigures:
    rows = []
    for tid, end in after.items():
        start = before.get(tid, ThreadSample(end.name, 0, 0, 0))
        name = "GUI (main)" if tid == main_thread else end.name
        rows.append((name, tid, (end.voluntary - start.voluntary) / seconds,
                     (end.nonvoluntary - start.nonvoluntary) / seconds,
                     100 * (end.cpu_ns - start.cpu_ns) / 1e9 / seconds))
    rows.sort(key=lambda row: (-row[2], -row[4], row[1]))
    return IdleFigures(sum(row[4] for row in rows), sum(row[2] for row in rows), sum(row[3] for row in rows), rows)


def print_figures(mode: str, figures: IdleFigures, ended: list[str]) -> None:
    print(f"{mode}: per thread (wake-ups/s, preempted/s, CPU %):")
    for name, tid, wakeups, preempted, cpu in figures.rows:
        if wakeups or preempted or cpu:
            print(f"  {name:<18} {tid:>8}  {wakeups:8.2f}  {preempted:8.2f}  {cpu:6.3f}")
    quiet = sum(1 for row in figures.rows if not (row[2] or row[3] or row[4]))
    print(f"  ({quiet} more threads never woke; ended during the window, their counts lost: "
          f"{', '.join(ended) or 'none'})")
    print(f"{mode}: preempted {figures.preempted_per_s:.1f}/s", flush=True)
    print(f"{mode} idle_cpu_percent: {figures.cpu_percent:.2f} (wakeups {figures.wakeups_per_s:.1f}/s)", flush=True)


def gui_cpu_per_second(pid: int, seconds: float) -> list[tuple[float, float]]:
    """Wait ``seconds``, reading the GUI thread's CPU time once a second: (seconds in, ms of CPU in that second),
    so a once-a-minute refresh shows apart from what runs every second."""
    task = Path(f"/proc/{pid}/task/{pid}")
    started = time.monotonic()
    stat = (task / "stat").read_text()
    last = _cpu_ns(task, stat)
    samples = []
    while (left := seconds - (time.monotonic() - started)) > 0:
        time.sleep(min(1.0, left))
        now = _cpu_ns(task, (task / "stat").read_text())
        samples.append((time.monotonic() - started, (now - last) / 1e6))
        last = now
    return samples


def print_gui_seconds(mode: str, samples: list[tuple[float, float]]) -> None:
    """The GUI thread's CPU per second: the median second and the busiest ones (when they came)."""
    if not samples:
        return
    costs = sorted(ms for _, ms in samples)
    busiest = sorted(samples, key=lambda sample: -sample[1])[:3]
    print(f"{mode}: GUI thread CPU per second: median {costs[len(costs) // 2]:.2f} ms; busiest "
          + ", ".join(f"{ms:.1f} ms at {at:.0f} s" for at, ms in busiest), flush=True)


# -- the app, in a child process --------------------------------------------------------------------------------------


def _name_python_threads() -> None:
    """Each Python thread gives the kernel its name as it starts (Linux shows "python" for all of them
    otherwise), so the per-thread table says which wakes. Costs one prctl per thread start."""
    import ctypes
    import threading

    libc = ctypes.CDLL(None)
    pr_set_name = 15
    original = threading.Thread._bootstrap_inner  # type: ignore[attr-defined]  # CPython's, stable since 3.x

    def named(self: threading.Thread) -> None:
        libc.prctl(pr_set_name, self.name.encode()[:15], 0, 0, 0)
        original(self)

    threading.Thread._bootstrap_inner = named  # type: ignore[attr-defined]  # see above


def _child(argv: list[str]) -> int:
    """The real entry point, its SIP password in an in-memory keyring (no desktop secret store here)."""
    import keyring

    from app.__main__ import main
    from app.services.credentials import SERVICE_NAME
    from tests.memory_keyring import MemoryKeyring

    _name_python_threads()
    backend = MemoryKeyring()
    backend.set_password(SERVICE_NAME, f"sip:{ACCOUNT}", PASSWORD)
    keyring.set_keyring(backend)
    return main(argv)


# -- the parent -------------------------------------------------------------------------------------------------------


def write_config(folder: Path, registrar: str) -> Path:
    config = folder / "calldesk.toml"
    config.write_text(f'[[sip_accounts]]\nname = "{ACCOUNT}"\nuser = "{USER}"\nregistrar = "{registrar}"\n',
                      encoding="utf-8")
    return config


def measure_app(mode: str, db_path: Path, folder: Path, kamailio: "KamailioServer", extra_env: dict[str, str],
                settle_s: float, seconds: float) -> IdleFigures:
    from bench.startup import child_env

    run = folder / mode
    run.mkdir()
    env = child_env(run)
    env.pop("CALLDESK_NULL_AUDIO")
    env.update(extra_env)
    config = write_config(run, kamailio.uri)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--config", str(config),
               "--data-dir", str(run / "data"), "--db", f"sqlite:///{db_path}"]
    log = (run / "app.log").open("w")
    seen = kamailio.line_count
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        kamailio.wait_for_line(rf"CALLDESK REGISTERED user={USER} expires=[1-9]", REGISTER_TIMEOUT_S, start=seen)
        print(f"{mode}: registered; settling {settle_s:.0f} s, then measuring {seconds:.0f} s", flush=True)
        time.sleep(settle_s)
        if child.poll() is not None:
            raise RuntimeError(f"the app exited ({child.returncode}) before the measurement: see {run / 'app.log'}")
        before = read_threads(child.pid)
        per_second = gui_cpu_per_second(child.pid, seconds)
        after = read_threads(child.pid)
        if child.poll() is not None:
            raise RuntimeError(f"the app exited ({child.returncode}) during the measurement")
        figures = compare(before, after, seconds, child.pid)
        print_figures(mode, figures, sorted(f"{before[tid].name} {tid}" for tid in set(before) - set(after)))
        print_gui_seconds(mode, per_second)
        return figures
    finally:
        child.terminate()  # SIGTERM: the app closes as from its window (exit 0)
        try:
            code = child.wait(EXIT_TIMEOUT_S)
            if code != 0:
                print(f"{mode}: the app exited with {code} after SIGTERM", flush=True)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            print(f"{mode}: the app did not exit within {EXIT_TIMEOUT_S:.0f} s of SIGTERM (killed)", flush=True)
        log.close()
        print((run / "app.log").read_text()[-3000:]) if os.environ.get("IDLE_DEBUG") else None


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000, help="demo debtors to seed (default 1,000,000)")
    parser.add_argument("--seconds", type=float, default=60.0, help="measured idle seconds (default 60)")
    parser.add_argument("--settle-s", type=float, default=20.0,
                        help="idle seconds after registering before measuring (default 20)")
    parser.add_argument("--db", help="an existing seeded SQLite file to use instead of seeding one")
    parser.add_argument("--audio", choices=("both", "sound", "null"), default="both",
                        help="sound: the audio bridge on a private PulseAudio; null: CALLDESK_NULL_AUDIO (default both)")
    args = parser.parse_args()
    from bench.startup import seed_database
    from tests.pulse_server import private_pulse_server
    from tests.sip.kamailio_server import KamailioServer

    modes = ["sound", "null"] if args.audio == "both" else [args.audio]
    results: dict[str, IdleFigures] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as name, \
                KamailioServer(users={USER: PASSWORD}) as kamailio:
            folder = Path(name)
            db_path = Path(args.db).resolve() if args.db else folder / "calldesk.db"
            if not args.db:
                seed_database(db_path, args.debtors)
            for mode in modes:
                if mode == "null":
                    results[mode] = measure_app(mode, db_path, folder, kamailio, {"CALLDESK_NULL_AUDIO": "1"},
                                                args.settle_s, args.seconds)
                    continue
                with private_pulse_server() as pulse:
                    results[mode] = measure_app(mode, db_path, folder, kamailio, pulse.env, args.settle_s,
                                                args.seconds)
    except (RuntimeError, TimeoutError, subprocess.TimeoutExpired) as error:
        print(f"idle_cpu: {error}", file=sys.stderr)
        return 1
    first = results[modes[0]]
    print(f"idle_cpu_percent: {first.cpu_percent:.2f} (wakeups {first.wakeups_per_s:.1f}/s)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(_child(sys.argv[2:]))
    sys.exit(main())
