"""A fresh SQLite database of seeded demo debtors in a temporary folder, for benchmarks that read from it."""

import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Engine

from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine
from app.db.migrate import upgrade_to_head


@contextmanager
def seeded_sqlite(debtors: int, seed: int) -> Iterator[Engine]:
    """Migrated and seeded (the seeding speed printed); the folder and database are removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as folder:
        engine = create_database_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            upgrade_to_head(engine)
            started = time.perf_counter()
            seed_demo_data(engine, debtors, seed)
            elapsed = time.perf_counter() - started
            print(f"seeded: {debtors:,} debtors in {elapsed:.1f} s ({debtors / elapsed:,.0f} a second)")
            yield engine
        finally:
            engine.dispose()


def percentile_95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[18] if len(times) > 1 else times[0]
