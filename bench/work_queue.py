"""Benchmark: the agent's work queue over seeded demo debtors in a fresh SQLite database.

    .venv/bin/python bench/work_queue.py [--debtors 1000000] [--queries 100] [--seed 42]

Seeds with the app's seeder (each demo agent gets a portfolio, the rest is the unassigned pool), then reads the
queue ``--queries`` times per case: a demo agent with a portfolio and an agent without one (the pool), unfiltered,
callbacks only, promises due only, one bucket, and a name filter. Prints the median and p95 per case. The database
lives in a temporary folder that is removed afterwards. The last line is always ``work_queue_p95_ms: X``, the
worst case's p95.
"""

import argparse
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db.demo_people import DEMO_AGENTS
from app.db.engine import session_factory
from app.db.work_queue_repository import WorkQueueRepository
from app.domain.buckets import BUCKETS
from app.domain.work_queue import QueueFilter, QueueShow
from bench.seeded_sqlite import percentile_95, seeded_sqlite

WARM_UP = 3
NAME_FILTERS = ("张", "王", "li", "wei", "zw", "明", "娜")
AGENTS = {"portfolio": DEMO_AGENTS[0][0], "pool": next(login for login, _, role in DEMO_AGENTS if role == "qa")}


def _filters(rng: random.Random) -> dict[str, QueueFilter]:
    return {
        "all": QueueFilter(),
        "callbacks": QueueFilter(QueueShow.CALLBACKS),
        "promises due": QueueFilter(QueueShow.PROMISES_DUE),
        "bucket": QueueFilter(QueueShow.BUCKET, rng.choice(BUCKETS)),
        "name filter": QueueFilter(text=rng.choice(NAME_FILTERS)),
    }



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    worst = 0.0
    with seeded_sqlite(args.debtors, args.seed) as engine:
        repo = WorkQueueRepository(session_factory(engine))
        now = datetime.now(timezone.utc)
        today, until = date.today(), now + timedelta(hours=12)
        print(f"{'case':<24} {'lines':>6} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
        for who, login in AGENTS.items():
            for name in _filters(rng):
                for _ in range(WARM_UP):
                    repo.queue(login, now, today, until, _filters(rng)[name])
                times, lines = [], 0
                for _ in range(args.queries):
                    queue_filter = _filters(rng)[name]
                    started = time.perf_counter()
                    lines += len(repo.queue(login, now, today, until, queue_filter))
                    times.append((time.perf_counter() - started) * 1000)
                p95 = percentile_95(times)
                worst = max(worst, p95)
                print(f"{who + ' ' + name:<24} {lines / len(times):>6.0f} {statistics.median(times):>10.1f} "
                      f"{p95:>8.1f} {max(times):>8.1f}", flush=True)
    print(f"work_queue_p95_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
