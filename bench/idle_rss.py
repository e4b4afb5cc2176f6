"""Benchmark: resident memory of CallDesk idling after start on a large database, against a bare window.

    .venv/bin/python bench/idle_rss.py [--debtors 1000000] [--runs 3] [--settle-s 3] [--db FILE]

The same child processes as bench/startup.py (which prints this figure too, before its ratio): ``--debtors``
demo debtors seeded once into a temporary folder, the app started by ``app.__main__.main`` and the bare PySide6 +
pjsua2 window, here with the audio bridge loaded (no CALLDESK_NULL_AUDIO: sounddevice and PortAudio are loaded and
the sound devices looked for; the app falls back to the null device where there is none); each reads VmRSS
``--settle-s`` seconds after its window is usable and the event loop idle, so work deferred past the first paint
(the follow-up queue's first check) is counted. One unmeasured start of each kind first writes the bytecode, as in
bench/startup.py (compiling raises a first start's memory). The last line
is always ``idle_rss_mb: X``, the app's median. Goal: at most 130.
"""

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.startup import seed_database, start_once


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000, help="demo debtors to seed (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=3, help="starts of each kind (default 3)")
    parser.add_argument("--settle-s", type=float, default=3.0, help="idle seconds before reading RSS (default 3)")
    parser.add_argument("--db", help="an existing seeded SQLite file to use instead of seeding one")
    args = parser.parse_args()
    rss: dict[str, list[float]] = {"bare": [], "app": []}
    try:
        with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as name:
            folder = Path(name)
            db_path = Path(args.db).resolve() if args.db else folder / "calldesk.db"
            if not args.db:
                seed_database(db_path, args.debtors)
            for kind in rss:
                start_once(kind, db_path, folder, args.settle_s, null_audio=False)
            for run in range(args.runs):
                for kind, figures in rss.items():
                    figures.append(start_once(kind, db_path, folder, args.settle_s, null_audio=False)[1])
                    print(f"run {run + 1} {kind}: {figures[-1]:.0f} MB idle", flush=True)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"idle_rss: {error}", file=sys.stderr)
        return 1
    print(f"bare PySide6 + pjsua2 window: median {statistics.median(rss['bare']):.0f} MB")
    print(f"idle_rss_mb: {statistics.median(rss['app']):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
