"""Demo data: deterministic, realistic, and never mixed into a database that already has debtors."""

import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, select

from app.db import demo_data, demo_merge, demo_rows, demo_worker, models
from app.db.demo_data import DatabaseNotEmpty, count_debtors, seed_demo_data, seed_demo_data_if_empty
from app.db.engine import session_factory
from app.domain.buckets import bucket_for_days_past_due
from app.domain.national_id import resident_id_problem
from tests.db.helpers import content_hash, migrated_sqlite

AS_OF = date(2026, 11, 23)


def seeded(folder: Path, name: str, debtors: int, seed: int = 42):
    engine = migrated_sqlite(folder, name)
    seed_demo_data(engine, debtors, seed, as_of=AS_OF)
    return engine


def test_the_same_seed_gives_identical_rows_and_another_seed_different_ones(tmp_path: Path) -> None:
    engines = [seeded(tmp_path, "a.db", 300), seeded(tmp_path, "b.db", 300), seeded(tmp_path, "c.db", 300, seed=7)]
    first, again, other = (content_hash(e) for e in engines)
    assert first == again
    assert first != other
    for engine in engines:
        engine.dispose()


def test_generating_in_a_worker_process_gives_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 100)
    in_process = seeded(tmp_path, "here.db", 250)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    in_worker = seeded(tmp_path, "worker.db", 250)
    assert content_hash(in_worker) == content_hash(in_process)
    with in_worker.connect() as connection:  # the indexes dropped for the bulk load are back
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_debtors_full_name", "ix_debtor_phones_number", "ix_calls_open"} <= names
    with in_worker.connect() as connection:  # and so are the normal settings
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    for engine in (in_process, in_worker):
        engine.dispose()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory):
    engine = seeded(tmp_path_factory.mktemp("sample"), "sample.db", 2000)
    with session_factory(engine)() as session:
        yield session
    engine.dispose()


def test_resident_ids_are_valid_and_unique(sample) -> None:
    ids = list(sample.scalars(select(models.Debtor.national_id)))
    assert len(ids) == 2000 == len(set(ids))
    pairs = sample.execute(select(models.Debtor.national_id, models.Debtor.national_id_last4)).tuples()
    assert all(national_id[-4:] == last4 for national_id, last4 in pairs)
    assert [i for i in ids if resident_id_problem(i)] == []


def test_names_are_mostly_chinese_with_some_english_and_have_search_keys(sample) -> None:
    d = models.Debtor
    debtors = list(sample.execute(select(d.full_name, d.name_pinyin, d.name_initials, d.language)))
    english = [d for d in debtors if d.full_name.isascii()]
    assert 0.10 < len(english) / len(debtors) < 0.20
    assert all(d.name_pinyin and d.name_pinyin.isascii() for d in debtors)
    assert all(d.name_initials and d.name_pinyin.startswith(d.name_initials[0]) for d in debtors)
    assert all(len(d.name_initials) == len(d.full_name) for d in debtors if not d.full_name.isascii())
    assert {d.language for d in english} == {"en", "zh_CN"}
    assert Counter(d.full_name[0] for d in debtors if not d.full_name.isascii()).most_common(1)[0][0] in "王李张刘陈"


def test_every_phone_is_a_valid_number_and_families_are_named(sample) -> None:
    phones = list(sample.scalars(select(models.DebtorPhone)))
    invalid = [p.number for p in phones if not phonenumbers.is_valid_number(phonenumbers.parse(p.number))]
    assert invalid == []
    owners = Counter(p.owner for p in phones)
    assert owners["self"] >= 2000 and owners["spouse"] > 0 and owners["parent"] > 0
    assert all(p.owner_name for p in phones if p.owner in ("spouse", "parent"))
    types = Counter(p.phone_type for p in phones)
    assert types["home"] > 0 and types["work"] > 0
    self_mobiles = {p.debtor_id for p in phones if p.owner == "self" and p.phone_type == "mobile"}
    assert len(self_mobiles) == 2000


def test_accounts_are_consistent_and_cover_every_bucket(sample) -> None:
    accounts = list(sample.scalars(select(models.Account)))
    assert 2000 < len(accounts) < 2 * 2000
    assert {a.bucket for a in accounts} == {"M0", "M1", "M2", "M3", "M4", "M5", "M6", "M6+"}
    for a in accounts:
        assert a.bucket == bucket_for_days_past_due(a.days_past_due)
        if a.days_past_due:
            assert a.due_date == AS_OF - timedelta(days=a.days_past_due)
        else:
            assert a.due_date >= AS_OF
        assert a.total_due == a.principal + a.interest + a.fees
        assert Decimal("0") < a.minimum_due <= a.total_due and a.currency == "CNY"
        assert len(a.account_number) == 16 and _luhn_ok(a.account_number)
    assert len({a.account_number for a in accounts}) == len(accounts)


def test_payments_promises_and_earlier_calls(sample) -> None:
    promises = list(sample.scalars(select(models.PromiseToPay)))
    assert {p.status for p in promises} == {"pending", "kept", "broken"}
    assert all(p.due_on >= AS_OF for p in promises if p.status == "pending")
    paid = {(p.account_id, p.amount) for p in sample.scalars(select(models.Payment))}
    assert all((p.account_id, p.amount) in paid for p in promises if p.status == "kept")
    calls = list(sample.scalars(select(models.Call)))
    assert 0.05 * 2000 < len(calls) < 0.5 * 2000
    events = {e.call_id: e for e in sample.scalars(select(models.CallEvent))}
    assert all(events[c.id].payload["code"] == c.outcome_code and events[c.id].kind == "outcome" for c in calls)
    assert all(c.ended_at is not None and c.started_at < c.ended_at for c in calls)
    assert all(c.answered_at is None for c in calls if c.outcome_code == "no_answer")
    assert sample.scalar(select(func.count()).select_from(models.Callback)) > 0


def test_seeding_is_refused_when_debtors_exist_unless_appending(tmp_path: Path) -> None:
    engine = seeded(tmp_path, "db.sqlite", 20)
    before = content_hash(engine)
    with pytest.raises(DatabaseNotEmpty, match="already has 20 debtors"):
        seed_demo_data(engine, 5, as_of=AS_OF)
    assert seed_demo_data_if_empty(engine, 5) == 0
    assert content_hash(engine) == before
    assert seed_demo_data(engine, 30, seed=9, append=True, as_of=AS_OF) == 30
    assert count_debtors(engine) == 50
    engine.dispose()


def test_first_start_seeds_an_empty_database(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    assert seed_demo_data_if_empty(engine, 12) == 12
    assert count_debtors(engine) == 12
    engine.dispose()


def _luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char) * (2 if index % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def test_a_bulk_seed_does_not_wait_for_another_open_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3
    import time
    from contextlib import closing

    engine = migrated_sqlite(tmp_path)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    with closing(sqlite3.connect(tmp_path / "calldesk.db")) as reader:  # e.g. the window, reading
        reader.execute("SELECT count(*) FROM debtors").fetchone()
        started = time.monotonic()
        seed_demo_data(engine, 150, as_of=AS_OF)
        assert time.monotonic() - started < 4  # no busy wait for the journal switch
        assert reader.execute("SELECT count(*) FROM debtors").fetchone()[0] == 150
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_worker_chunks_appended_after_existing_rows_match_in_process_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks built apart number their rows from 1; copied in, they continue the ids already there."""
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 40)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    engines = []
    for name, threshold in (("here.db", 10**9), ("workers.db", 1)):
        monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", threshold)
        engine = seeded(tmp_path, name, 30)
        seed_demo_data(engine, 130, seed=8, append=True, as_of=AS_OF)
        engines.append(engine)
    assert content_hash(engines[1]) == content_hash(engines[0])
    assert count_debtors(engines[1]) == 160
    assert list((tmp_path / "temp").iterdir()) == []  # the chunk files and their folder are gone
    for engine in engines:
        engine.dispose()


def test_a_failing_worker_is_reported_and_leaves_the_database_usable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_start(job: demo_worker.BuildJob) -> "subprocess.Popen[bytes]":
        return subprocess.Popen([sys.executable, "-c", "import sys; print('error ValueError: disk full'); sys.exit(1)"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    engine = migrated_sqlite(tmp_path)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    monkeypatch.setattr(demo_merge, "_start", broken_start)
    with pytest.raises(RuntimeError, match="demo data generator failed: ValueError: disk full"):
        seed_demo_data(engine, 150, as_of=AS_OF)
    with engine.connect() as connection:
        names = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_debtors_full_name", "ix_debtor_phones_number"} <= names
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
    assert seed_demo_data(engine, 20, as_of=AS_OF) == 20  # in this process, below the threshold
    engine.dispose()


def test_a_failure_while_copying_stops_the_workers_and_removes_their_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. Ctrl+C in ``calldesk seed``: the workers are gone when the error leaves seed_demo_data."""
    started: list[subprocess.Popen[bytes]] = []
    start = demo_merge._start
    monkeypatch.setattr(demo_merge, "_start", lambda job: started.append(start(job)) or started[-1])
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 50)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()

    def interrupted(done: int, total: int) -> None:
        raise KeyboardInterrupt

    engine = migrated_sqlite(tmp_path)
    with pytest.raises(KeyboardInterrupt) as raised:  # kept: its traceback holds seed_demo_data's frame
        seed_demo_data(engine, 400, as_of=AS_OF, progress=interrupted)
    assert raised.traceback and started and all(worker.returncode is not None for worker in started)
    assert list((tmp_path / "temp").iterdir()) == []
    engine.dispose()


def test_a_bulk_seed_leaves_exactly_the_indexes_the_migrations_made(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Some indexes are dropped for the load and built at the end, the others kept: none lost, none changed."""
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 50)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    fresh, seeded_engine = migrated_sqlite(tmp_path, "fresh.db"), seeded(tmp_path, "seeded.db", 220)
    schemas = []
    for engine in (fresh, seeded_engine):
        with engine.connect() as connection:
            indexes = connection.exec_driver_sql("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'")
            schemas.append(set(indexes.all()))
        engine.dispose()
    assert schemas[1] == schemas[0]


def test_chunk_tables_move_in_as_stored_records(tmp_path: Path) -> None:
    """A chunk table without a unique constraint is the database's own, so SQLite moves its records without
    decoding them, even into a table with rows (no column read in the statement's program)."""
    import sqlite3
    from contextlib import closing

    engine = seeded(tmp_path, "calldesk.db", 30)
    engine.dispose()
    with closing(sqlite3.connect(tmp_path / "calldesk.db")) as raw:
        schema, moves = demo_merge.chunk_schema(raw)
        generator = demo_data.DemoGenerator(42, AS_OF, [1], demo_data.SQLITE_STORAGE)
        rows = generator.chunk(10, demo_data.NextIds(debtors=31))
        next_ids = {name: 1000 for name in demo_data.COLUMNS}
        demo_worker.write_chunk(tmp_path / "chunk.sqlite", schema, rows.tables, next_ids)
        raw.execute("ATTACH DATABASE ? AS chunk", (str(tmp_path / "chunk.sqlite"),))
        moved_as_stored = {name for name, sql in moves.items()
                           if "Column" not in {step[1] for step in raw.execute(f"EXPLAIN {sql}")}}
    assert {"debtors", "debtor_phones", "payments", "promises_to_pay"} <= moved_as_stored


DEMO_TABLES = ("agents", "debtors", "debtor_phones", "accounts", "payments", "calls", "call_events", "promises_to_pay",
               "notes", "callbacks")


def _demo_rows_hash(engine) -> str:
    """SHA-256 over the demo tables' rows, columns by name (a column added elsewhere changes it; a migration
    that fills some other table does not)."""
    import hashlib

    digest = hashlib.sha256()
    with engine.connect() as connection:
        for name in DEMO_TABLES:
            table = models.Base.metadata.tables[name]
            query = select(*[table.c[column] for column in sorted(table.c.keys())]).order_by(table.c.id)
            for row in connection.execute(query):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_a_seed_gives_the_rows_it_always_gave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pinned: the rows of seed 42 as of AS_OF, three chunks of 100. A change here changes every demo database
    and every figure measured on one; if it is meant, say what changed and pin the new hash."""
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 100)
    engine = seeded(tmp_path, "pinned.db", 250)
    assert _demo_rows_hash(engine) == "7662aba814dca5a63297c98a3f43612c97bcb202638bc375e5fcfe9ce3e1f714"
    engine.dispose()


def test_chunks_of_any_multiple_of_the_random_block_give_the_same_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_rows, "RANDOM_BLOCK", 40)
    hashes = []
    for chunk in (40, 120):
        monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", chunk)
        engine = seeded(tmp_path, f"chunks-{chunk}.db", 250)
        hashes.append(_demo_rows_hash(engine))
        engine.dispose()
    assert hashes[0] == hashes[1]


def test_a_bulk_seed_is_synced_to_disk_once_and_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The load commits without syncing; the file is synced at the end and passes SQLite's own check."""
    import os

    synced: list[int] = []
    fsync = os.fsync
    monkeypatch.setattr(demo_data.os, "fsync", lambda fd: synced.append(fd) or fsync(fd))
    monkeypatch.setattr(demo_data, "CHUNK_DEBTORS", 50)
    monkeypatch.setattr(demo_data, "WORKER_THRESHOLD", 100)
    engine = seeded(tmp_path, "synced.db", 150)
    assert len(synced) == 1
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL again
    engine.dispose()
