"""Benchmark: seed demo debtors into a fresh SQLite database and print debtors per second.

    .venv/bin/python bench/seed.py [--debtors 1000000] [--seed 42] [--runs 1]

Each run seeds a new database in a temporary folder that is removed afterwards. Besides the rows, it prints
what bounds the figure: the load (worker processes generating and writing chunk files, this process moving
them in, side by side) and the index build after it, with the CPU each side spent, and the load average
before and after (the CPU times hold on a busy machine, the wall times do not). With several runs the last
line gives the median. The last line is always ``seed_debtors_per_second: X``.
"""

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select

from app.db import models
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine
from app.db.migrate import upgrade_to_head

COUNTED = (models.Debtor, models.DebtorPhone, models.Account, models.Payment, models.PromiseToPay, models.Call,
           models.CallEvent, models.Note, models.Callback)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run(debtors: int, seed: int) -> float:
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as folder:
        path = Path(folder) / "bench.db"
        engine = create_database_engine(f"sqlite:///{path}")
        started = time.perf_counter()
        upgrade_to_head(engine)
        print(f"migrations: {time.perf_counter() - started:.2f} s")
        loaded: dict[str, float] = {}

        def progress(done: int, total: int) -> None:
            if done % 100_000 == 0 or done == total:
                print(f"  {done:>9,} debtors  {time.perf_counter() - started:6.1f} s", flush=True)
            if done == total:
                loaded.update(at=time.perf_counter(), parent=_cpu(resource.RUSAGE_SELF))

        workers_before, parent_before = _cpu(resource.RUSAGE_CHILDREN), _cpu(resource.RUSAGE_SELF)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        seed_demo_data(engine, debtors, seed, progress=progress)
        elapsed = time.perf_counter() - started
        workers = _cpu(resource.RUSAGE_CHILDREN) - workers_before
        print(f"load: {loaded['at'] - started:.1f} s (CPU: workers {workers:.1f} s, copying here "
              f"{loaded['parent'] - parent_before:.1f} s); index build: {started + elapsed - loaded['at']:.1f} s "
              f"(CPU {_cpu(resource.RUSAGE_SELF) - loaded['parent']:.1f} s)")
        print(f"CPU in all: {workers + _cpu(resource.RUSAGE_SELF) - parent_before:.1f} s over {os.cpu_count()} cores; "
              f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
        with engine.connect() as connection:
            rows = {m.__tablename__: connection.scalar(select(func.count()).select_from(m)) for m in COUNTED}
        engine.dispose()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        print(f"debtors: {debtors:,} in {elapsed:.2f} s ({debtors / elapsed:,.0f} a second)")
        print("rows: " + ", ".join(f"{name} {count:,}" for name, count in rows.items()))
        print(f"rows per debtor: {sum(rows.values()) / max(debtors, 1):.2f}")
        print(f"database size: {size / 1e6:.0f} MB ({size / max(debtors, 1):.0f} bytes per debtor)")
    return debtors / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    rates = [run(args.debtors, args.seed) for _ in range(max(1, args.runs))]
    if len(rates) > 1:
        print("runs: " + ", ".join(f"{rate:,.0f}" for rate in rates) + " debtors a second")
    print(f"seed_debtors_per_second: {statistics.median(rates):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
