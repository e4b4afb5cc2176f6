"""Benchmark: debtor search as agents type it, over seeded demo debtors in a fresh SQLite database.

    .venv/bin/python bench/search.py [--debtors 1000000] [--queries 200] [--seed 42]

Seeds with the app's seeder, then runs ``--queries`` random queries per kind, drawn from the seeded rows,
through ``DebtorRepository.search`` with the debtor list's limit, and prints the median and p95 per kind.
The database lives in a temporary folder that is removed afterwards. The last line is always
``search_p95_ms: X``, the worst kind's p95.
"""

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.db import models
from app.db.debtor_repository import DebtorRepository
from app.db.engine import session_factory
from bench.seeded_sqlite import percentile_95, seeded_sqlite

LIST_LIMIT = 200  # what the debtor list asks for
WARM_UP = 5  # queries per kind run before timing, so the first page reads are not counted
Sample = tuple[str, str, str, str, str, str]  # name, its pinyin and initials as stored, national ID, own mobile, account


def _local(e164: str) -> str:
    return e164.removeprefix("+86")


def _chinese(name: str) -> bool:
    return not name.isascii()


QUERY_KINDS: dict[str, Callable[[Sample], str | None]] = {
    "phone full": lambda s: _local(s[4]),
    "phone prefix": lambda s: _local(s[4])[:7],
    "id last 4": lambda s: s[3][-4:],
    "name prefix": lambda s: s[0][:2] if _chinese(s[0]) and len(s[0]) >= 3 else None,
    "name substring": lambda s: s[0][1:3] if _chinese(s[0]) and len(s[0]) >= 3 else None,
    "given name": lambda s: s[0][2:] if _chinese(s[0]) and len(s[0]) >= 4 else None,  # 娜娜 of 欧阳娜娜
    "one character": lambda s: s[0][-1] if _chinese(s[0]) else None,  # the last character alone
    "pinyin full": lambda s: s[1] if _chinese(s[0]) else None,
    "pinyin initials": lambda s: s[2] if _chinese(s[0]) else None,
    "account number": lambda s: s[5],
}


def _samples(sessions: sessionmaker[Session], debtors: int, count: int, rng: random.Random) -> list[Sample]:
    ids = rng.sample(range(1, debtors + 1), min(count, debtors))
    d, p, a = models.Debtor, models.DebtorPhone, models.Account
    with sessions() as session:
        rows = session.execute(
            select(d.id, d.full_name, d.name_pinyin, d.name_initials, d.national_id, p.number, a.account_number)
            .join(p, (p.debtor_id == d.id) & (p.owner == "self") & (p.phone_type == "mobile"))
            .join(a, a.debtor_id == d.id)
            .where(d.id.in_(ids))
        ).tuples().all()
    first: dict[int, Sample] = {}
    for debtor_id, *values in rows:
        first.setdefault(debtor_id, tuple(values))  # type: ignore[arg-type]  # the values the seeder wrote
    return list(first.values())


def _time_kind(repo: DebtorRepository, queries: list[str]) -> tuple[list[float], int]:
    for query in queries[:WARM_UP]:
        repo.search(query, LIST_LIMIT)
    times, found = [], 0
    for query in queries:
        started = time.perf_counter()
        result = repo.search(query, LIST_LIMIT)
        times.append((time.perf_counter() - started) * 1000)
        found += bool(result)
    return times, found



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    worst = 0.0
    with seeded_sqlite(args.debtors, args.seed) as engine:
        sessions = session_factory(engine)
        repo = DebtorRepository(sessions)
        samples = _samples(sessions, args.debtors, args.queries * 4, rng)
        print(f"{'kind':<16} {'queries':>7} {'found':>6} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
        for kind, make_query in QUERY_KINDS.items():
            queries = [q for q in map(make_query, samples) if q][: args.queries]
            if not queries:
                continue
            times, found = _time_kind(repo, queries)
            p95 = percentile_95(times)
            worst = max(worst, p95)
            print(f"{kind:<16} {len(times):>7} {found:>6} {statistics.median(times):>10.1f} {p95:>8.1f} "
                  f"{max(times):>8.1f}", flush=True)
    print(f"search_p95_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
