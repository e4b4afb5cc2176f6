"""Benchmark: seed demo debtors into a fresh SQLite database and print debtors per second.

    .venv/bin/python bench/seed.py [--debtors 200000] [--seed 42]

The database lives in a temporary folder that is removed afterwards. The last line is always
``seed_debtors_per_second: X``.
"""

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as folder:
        path = Path(folder) / "bench.db"
        engine = create_database_engine(f"sqlite:///{path}")
        started = time.perf_counter()
        upgrade_to_head(engine)
        print(f"migrations: {time.perf_counter() - started:.2f} s")

        def progress(done: int, total: int) -> None:
            if done % 100_000 == 0 or done == total:
                print(f"  {done:>9,} debtors  {time.perf_counter() - started:6.1f} s", flush=True)

        started = time.perf_counter()
        seed_demo_data(engine, args.debtors, args.seed, progress=progress)
        elapsed = time.perf_counter() - started
        with engine.connect() as connection:
            rows = {m.__tablename__: connection.scalar(select(func.count()).select_from(m)) for m in COUNTED}
        engine.dispose()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        print(f"debtors: {args.debtors:,} in {elapsed:.2f} s")
        print("rows: " + ", ".join(f"{name} {count:,}" for name, count in rows.items()))
        print(f"rows per debtor: {sum(rows.values()) / max(args.debtors, 1):.2f}")
        print(f"database size: {size / 1e6:.0f} MB ({size / max(args.debtors, 1):.0f} bytes per debtor)")
    print(f"seed_debtors_per_second: {args.debtors / elapsed:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
