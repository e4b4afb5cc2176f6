"""Seed demo debtors fast, in bounded chunks of pre-numbered rows (no ORM objects).

SQLite, large seeds (the bench's goal is 50,000 debtors a second at a million): worker processes generate
chunks and write them to small SQLite files with the database's own tables and final ids
(app.db.demo_worker); this process moves each in with one INSERT ... SELECT * per table (app.db.demo_merge),
records as they are where SQLite can, so generation and binding run on every core. Durability and CHECKs
are relaxed during the load and, in an empty database, the indexes whose keys come in random order
(``SORTED_AFTER_LOAD``) are built once at the end by SQLite's multi-threaded sorter. Small seeds and other
databases: rows generated here and written with the driver's executemany (SQLite) or Core executemany.

Never mixes demo data into a database that already has debtors unless asked (``append=True``);
``seed_demo_data_if_empty`` is what the app runs on first start.
"""

import gc
import logging
import os
import sqlite3
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timezone

from sqlalchemy import Connection, Engine, Index, func, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.schema import CreateIndex, DropIndex

from app.db import models
from app.db.demo_merge import merge_built_chunks
from app.db.demo_people import DEMO_AGENTS
from app.db.demo_rows import COLUMNS, PYTHON_STORAGE, SQLITE_STORAGE, DemoGenerator, NextIds, Row
from app.db.engine import describe_database_error

log = logging.getLogger(__name__)

CHUNK_DEBTORS = 20_000  # per transaction and chunk file: fewer commits rewrite fewer pages (~25 MB of rows a chunk)
WORKER_THRESHOLD = 50_000  # below this, starting worker processes costs more than they save
INDEX_SORT_THREADS = 2
INDEX_SORT_CACHE = -2000  # KiB
Progress = Callable[[int, int], None]


class DatabaseNotEmpty(Exception):
    """Seeding was refused: the database already has debtors and ``append`` was not asked for."""


def has_debtors(engine: Engine) -> bool:
    """Whether the database holds any debtor (one row read, not a count)."""
    return _has_debtors(engine)


def _has_debtors(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            return connection.scalar(select(models.Debtor.id).limit(1)) is not None
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None


def count_debtors(engine: Engine) -> int:
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(models.Debtor)) or 0
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None


def seed_demo_data(engine: Engine, debtors: int, seed: int = 42, *, append: bool = False,
                   as_of: date | None = None, progress: Progress | None = None) -> int:
    """Insert ``debtors`` demo debtors with phones, accounts, payments, promises and earlier calls.

    The same seed and as-of date (default today) into an empty database give identical rows. Returns the
    number of debtors added. Raises DatabaseNotEmpty when debtors exist and ``append`` is false, and
    DatabaseUnavailable when the database fails.
    """
    if debtors < 0:
        raise ValueError("the number of debtors cannot be negative")
    existing = count_debtors(engine)
    if existing and not append:
        raise DatabaseNotEmpty(f"The database already has {existing:,} debtors; demo data would be mixed with them.")
    as_of = as_of or date.today()
    try:
        agent_ids = _ensure_demo_agents(engine, as_of)
        ids = _next_ids(engine)
        sqlite = engine.dialect.name == "sqlite"
        rebuild_indexes = sqlite and not existing and debtors >= WORKER_THRESHOLD
        if rebuild_indexes:
            engine.dispose()  # close this engine's idle connections, so the journal mode can change
        with _bulk_mode(engine, rebuild_indexes) as connection, \
                _no_cyclic_gc():
            if sqlite and debtors >= WORKER_THRESHOLD:
                if connection.in_transaction():
                    connection.commit()
                raw = connection.connection.dbapi_connection
                assert isinstance(raw, sqlite3.Connection)
                steps = merge_built_chunks(raw, seed, as_of, agent_ids, ids, debtors, CHUNK_DEBTORS)
            else:
                generator = DemoGenerator(seed, as_of, agent_ids, SQLITE_STORAGE if sqlite else PYTHON_STORAGE)
                steps = _write_here(connection, generator, ids, debtors)
            done = 0
            with closing(steps):  # on any failure here, stop the workers and remove their files at once
                for count in steps:
                    done += count
                    if progress is not None:
                        progress(done, debtors)
        _advance_sequences(engine)
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None
    log.info("seeded %d demo debtors (seed %d)", debtors, seed)
    return debtors


def seed_demo_data_if_empty(engine: Engine, debtors: int, seed: int = 42) -> int:
    """First start: seed only when there is no debtor at all; never touches existing data. Returns the count added."""
    if _has_debtors(engine):  # one row, not a count of a million
        return 0
    try:
        return seed_demo_data(engine, debtors, seed)
    except DatabaseNotEmpty:  # another CallDesk seeded it a moment ago
        return 0


def _write_here(connection: Connection, generator: DemoGenerator, ids: NextIds, debtors: int) -> Generator[int, None, None]:
    """Generate and write in this process, one transaction per chunk; yields the debtors added per chunk."""
    write = _raw_writer(connection) if connection.dialect.name == "sqlite" else _core_writer(connection)
    done = 0
    while done < debtors:
        count = min(CHUNK_DEBTORS, debtors - done)
        rows = generator.chunk(count, ids)
        with connection.begin():
            write({name: rows.rows(name) for name in COLUMNS})
        done += count
        yield count


def _raw_writer(connection: Connection) -> Callable[[dict[str, list[Row]]], None]:
    """SQLite: each table's Core insert compiled once, executed with the driver's executemany on stored forms."""
    statements = {}
    for name, columns in COLUMNS.items():
        compiled = insert(models.Base.metadata.tables[name]).compile(dialect=connection.dialect, column_keys=list(columns))
        assert compiled.positiontup == list(columns), f"column order of {name} differs from its insert statement"
        statements[name] = str(compiled)

    def write(tables: dict[str, list[Row]]) -> None:
        cursor = connection.connection.cursor()
        try:
            for name, rows in tables.items():
                if rows:
                    cursor.executemany(statements[name], rows)
        finally:
            cursor.close()

    return write


def _core_writer(connection: Connection) -> Callable[[dict[str, list[Row]]], None]:
    def write(tables: dict[str, list[Row]]) -> None:
        for name, rows in tables.items():
            if rows:
                columns = COLUMNS[name]
                connection.execute(insert(models.Base.metadata.tables[name]), [dict(zip(columns, r, strict=True)) for r in rows])

    return write


def _ensure_demo_agents(engine: Engine, as_of: date) -> list[int]:
    """The demo agents' ids (agents only: QA and supervisors do not make calls)."""
    hired = datetime(as_of.year - 1, as_of.month, 1, tzinfo=timezone.utc)
    table = models.Base.metadata.tables[models.Agent.__tablename__]
    with engine.begin() as connection:
        known = dict(connection.execute(select(table.c.login, table.c.id)).tuples().all())
        missing = [
            {"login": login, "display_name": name, "role": role, "created_at": hired}
            for login, name, role in DEMO_AGENTS if login not in known
        ]
        if missing:
            connection.execute(insert(table), missing)
            known = dict(connection.execute(select(table.c.login, table.c.id)).tuples().all())
    return [known[login] for login, _, role in DEMO_AGENTS if role == "agent"]


def _next_ids(engine: Engine) -> NextIds:
    tables = models.Base.metadata.tables
    with engine.connect() as connection:
        return NextIds(**{name: (connection.scalar(select(func.max(tables[name].c.id))) or 0) + 1 for name in COLUMNS})


@contextmanager
def _bulk_mode(engine: Engine, rebuild_indexes: bool) -> Iterator[Connection]:
    """SQLite: relax durability while seeding (a crash mid-seed loses only demo data) and, for a large seed
    into an empty database, build the indexes with keys in random order once at the end, not row by row."""
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            yield connection
            return
        indexes = _secondary_indexes() if rebuild_indexes else []
        # The rows are generated consistent, so foreign keys and CHECKs need no testing row by row.
        _run(connection, "PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144", "PRAGMA foreign_keys = OFF",
             "PRAGMA ignore_check_constraints = ON")
        left_wal = rebuild_indexes and _try_journal_mode(connection, "MEMORY")
        for index in indexes:  # IF EXISTS in SQL: reflection (checkfirst) does not see expression indexes
            connection.execute(DropIndex(index, if_exists=True))
        connection.commit()
        try:
            yield connection
        finally:
            if connection.in_transaction():
                connection.rollback()
            if indexes:
                # A small page cache makes the sorter spill into runs that helper threads sort on the other
                # core (the generator is done by now): the index build takes about 40 % less time.
                _run(connection, f"PRAGMA threads = {INDEX_SORT_THREADS}", f"PRAGMA cache_size = {INDEX_SORT_CACHE}")
            for index in indexes:
                connection.execute(CreateIndex(index, if_not_exists=True))
            connection.commit()
            if left_wal:
                _run(connection, "PRAGMA journal_mode = WAL")
            _run(connection, "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -2000",
                 "PRAGMA ignore_check_constraints = OFF", "PRAGMA threads = 0")
            _flush_to_disk(connection)


def _flush_to_disk(connection: Connection) -> None:
    """The load committed without syncing: sync the file once now, so a power cut after seeding cannot leave
    a damaged database (about half a second for a million debtors, most of it written back already)."""
    for _, name, path in connection.exec_driver_sql("PRAGMA database_list").all():
        if name == "main" and path:  # "" for an in-memory database
            descriptor = os.open(path, os.O_RDWR)  # Windows syncs only a handle open for writing
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)


def _try_journal_mode(connection: Connection, mode: str) -> bool:
    """Switch the journal mode if no other connection has the database open; never wait for one."""
    timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    try:
        _run(connection, "PRAGMA busy_timeout = 0")
        return str(connection.exec_driver_sql(f"PRAGMA journal_mode = {mode}").scalar()).upper() == mode
    except DBAPIError:
        return False
    finally:
        _run(connection, f"PRAGMA busy_timeout = {int(timeout or 0)}")


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The rows are acyclic tuples freed by reference counting; collector passes over them are pure overhead."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Indexes whose keys come in random order as debtors are added: dropped for a large seed into an empty
# database and built once at the end, by sorting. The others stay: their keys come mostly in order (a debtor
# or account id first, or one of a few values such as the agent), so each row adds its entry at the end of a
# run, cheaper than sorting them all afterwards, and that happens while the generators still keep a core busy.
SORTED_AFTER_LOAD = frozenset({
    "ix_debtors_full_name", "ix_debtors_name_from_2nd", "ix_debtors_name_from_3rd", "ix_debtors_name_initials",
    "ix_debtors_name_pinyin", "ix_debtors_national_id", "ix_debtors_national_id_last4", "ix_debtor_phones_number",
})


def _secondary_indexes() -> list[Index]:
    tables = models.Base.metadata.tables
    return [index for name in COLUMNS for index in sorted(tables[name].indexes, key=lambda i: str(i.name))
            if index.name in SORTED_AFTER_LOAD]


def _run(connection: Connection, *statements: str) -> None:
    if connection.in_transaction():
        connection.commit()
    for statement in statements:
        connection.exec_driver_sql(statement)
    connection.commit()


def _advance_sequences(engine: Engine) -> None:
    """PostgreSQL: explicit ids do not move the serial sequences; move them past the new rows."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as connection:
        for name in ("agents", *COLUMNS):
            connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, "
                "false)"
            ))
