"""Benchmark: debtor search as agents type it, over seeded demo debtors in a fresh SQLite database.

    .venv/bin/python bench/search.py [--debtors 1000000] [--queries 200] [--seed 42] [--load [N]] [--cold]
                                     [--db FILE]

Seeds with the app's seeder (or reuses ``--db``, a seeded file, upgraded to the newest schema), then runs
``--queries`` random queries per kind, drawn from the seeded rows, through ``DebtorRepository.search`` with the
debtor list's limit (each a full answer: the ids and the list's 200 rows), and prints the median, p95 and max per
kind. The database lives in a temporary folder that is removed afterwards. The last line is always
``search_p95_ms: X``, the worst kind's p95. Goal: at most 10.

What it measures, said in its first lines: the page cache is warm (the file was just written by the seeder, and
``WARM_UP`` queries of each kind run untimed first), unless ``--cold`` drops the file from the page cache before
every query (the first searches of a shift, after a backup or a big copy pushed the database out of memory: the
disk's random reads, not the figure the goal is about). ``--load`` runs CPU-busy processes (default one per core)
while timing: a search is CPU work on the GUI thread, so on a shared core its time roughly doubles.

Where the spread between runs came from (issue 14): 6.9 ms on a quiet machine and 17-18 ms with other builds
running is the CPU share (reproduced with ``--load``); a cold page cache gives 25-50 ms for the kinds that read
~100-200 scattered debtors. The search itself is now ~2x cheaper (covering indexes, Core statements), so the tail
under load stays near the goal.
"""

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.db import models
from app.db.debtor_repository import DebtorRepository
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from bench.cpu_load import add_load_option, cpu_load, describe_load
from bench.seeded_sqlite import percentile_95, seeded_sqlite

LIST_LIMIT = 200  # what the debtor list asks for
WARM_UP = 5  # queries per kind run before timing, so the first page reads are not counted
# The list searches 200 ms after the last key (SEARCH_DELAY_MS), so in the app the GUI thread sleeps between searches;
# --gap-ms does the same here. Back to back by default: on this kernel (EEVDF) the pause did not shorten the tail.
GAP_MS = 0.0
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


def _time_kind(repo: DebtorRepository, queries: list[str], forget: Callable[[], None] | None,
               gap_s: float) -> tuple[list[float], int]:
    for query in queries[:WARM_UP]:
        repo.search(query, LIST_LIMIT)
    times, found = [], 0
    for query in queries:
        if forget is not None:
            forget()
        if gap_s:
            time.sleep(gap_s)
        started = time.perf_counter()
        result = repo.search(query, LIST_LIMIT)
        times.append((time.perf_counter() - started) * 1000)
        found += bool(result)
    return times, found


def _forget_cached_pages(engine: Engine) -> Callable[[], None]:
    """Drops the database and its WAL from the OS page cache, and SQLite's own cache with the pooled connections."""
    path = Path(engine.url.database or "")

    def forget() -> None:
        engine.dispose()
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                descriptor = os.open(file, os.O_RDONLY)
                try:
                    os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(descriptor)

    return forget


def _dirty_mb() -> str:
    """Page-cache data waiting to be written to disk, machine-wide (other programs' too): write-back competes
    with the queries for the disk and the CPU."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    except OSError:
        return "unknown"
    kb = sum(int(fields.get(name, "0 kB").split()[0]) for name in ("Dirty", "Writeback"))
    return f"{kb / 1024:.0f} MB"


def _describe(engine: Engine, cold: bool) -> str:
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
        page_size, cache_size, mmap_size = (connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                                            for name in ("page_size", "cache_size", "mmap_size"))
    cache = ("cold: the file dropped from the page cache before every query" if cold
             else f"warm: just seeded or read, {WARM_UP} untimed queries of each kind first")
    return (f"SQLite {version}, page size {page_size} B, cache_size {cache_size}, mmap_size {mmap_size}; "
            f"page cache {cache}; each query lists up to {LIST_LIMIT} debtors; not yet on disk: {_dirty_mb()}")


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Engine]:
    if not args.db:
        with seeded_sqlite(args.debtors, args.seed) as engine:
            yield engine
        return
    engine = create_database_engine(f"sqlite:///{Path(args.db).resolve()}")
    try:
        upgrade_to_head(engine)
        yield engine
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debtors", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--cold", action="store_true", help="drop the database from the page cache before each query")
    parser.add_argument("--db", help="an existing seeded SQLite file to search instead of seeding one")
    parser.add_argument("--gap-ms", type=float, default=GAP_MS,
                        help=f"pause before each timed query (default {GAP_MS:g}; 0: back to back)")
    add_load_option(parser)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    worst = 0.0
    with _database(args) as engine:
        sessions = session_factory(engine)
        repo = DebtorRepository(sessions)
        debtors = repo.count()
        samples = _samples(sessions, debtors, args.queries * 4, rng)
        print(_describe(engine, args.cold))
        print(describe_load(args.load))
        print(f"{'kind':<16} {'queries':>7} {'found':>6} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
        with cpu_load(args.load):
            for kind, make_query in QUERY_KINDS.items():
                queries = [q for q in map(make_query, samples) if q][: args.queries]
                if not queries:
                    continue
                times, found = _time_kind(repo, queries, _forget_cached_pages(engine) if args.cold else None,
                                          args.gap_ms / 1000)
                p95 = percentile_95(times)
                worst = max(worst, p95)
                print(f"{kind:<16} {len(times):>7} {found:>6} {statistics.median(times):>10.1f} {p95:>8.1f} "
                      f"{max(times):>8.1f}", flush=True)
    print(f"search_p95_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
