"""Child process that builds chunks of demo rows as small SQLite files: `python -m app.db.demo_worker JOB`.

The parent (app.db.demo_merge) runs a few of these side by side and copies their files into the database in
order with INSERT ... SELECT, which costs SQLite a fraction of what executemany from Python does; generating
and binding the rows, the bulk of the work, is spread over the cores this way, with nothing pickled or piped.

JOB is JSON (see ``BuildJob``). A chunk's debtor ids are known from its place; its rows in every other table
are numbered from 1, because the ids before it are only known once the chunks before it exist, and the
parent adds the offsets while copying. For each chunk file closed the worker writes a line
``chunk INDEX COUNT...`` (rows per table, in ``COLUMNS`` order) to stdout; with ``ahead`` files not yet
taken it waits for the parent's acknowledgement byte on stdin, so files never pile up. A failure is
reported as ``error MESSAGE``.
"""

import gc
import json
import sqlite3
import sys
from dataclasses import asdict, dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import IO

from app.db.demo_rows import CHUNK_STORAGE, COLUMNS, DemoGenerator, NextIds, Row

ROWS_PER_INSERT = 64


@dataclass(frozen=True)
class BuildJob:
    seed: int
    as_of: str  # ISO date
    agent_ids: list[int]
    first_debtor: int  # id of the first debtor of chunk 0
    debtors: int
    chunk_size: int
    first_chunk: int  # this worker builds chunks first_chunk, first_chunk + step, ...
    step: int
    folder: str
    ahead: int  # chunk files this worker may leave untaken before it waits

    def chunks(self) -> int:
        return -(-self.debtors // self.chunk_size)

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def chunk_path(folder: str | Path, index: int) -> Path:
    return Path(folder) / f"chunk-{index:06d}.sqlite"


def build_chunk(generator: DemoGenerator, job: BuildJob, index: int) -> list[int]:
    """Write chunk ``index`` to its file; returns its row count per table."""
    first = index * job.chunk_size
    count = min(job.chunk_size, job.debtors - first)
    tables = generator.chunk(count, NextIds(debtors=job.first_debtor + first)).tables
    path = chunk_path(job.folder, index)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", "cache_size = -65536"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        for name, columns in COLUMNS.items():  # untyped: the copy gives values the columns' types (and NOT NULL)
            connection.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
            _insert(connection, name, len(columns), tables[name])
        connection.execute("COMMIT")
    finally:
        connection.close()
    return [len(tables[name]) for name in COLUMNS]


def _insert(connection: sqlite3.Connection, table: str, width: int, rows: list[Row]) -> None:
    """Rows ROWS_PER_INSERT at a time in one statement: a fifth less time than a statement per row."""
    one = f"({', '.join('?' * width)})"
    whole = len(rows) - len(rows) % ROWS_PER_INSERT
    if whole:
        values = list(chain.from_iterable(rows[:whole]))
        step = ROWS_PER_INSERT * width
        connection.executemany(f"INSERT INTO {table} VALUES {', '.join([one] * ROWS_PER_INSERT)}",
                               [values[start:start + step] for start in range(0, len(values), step)])
    if whole < len(rows):
        connection.executemany(f"INSERT INTO {table} VALUES {one}", rows[whole:])


def build(job: BuildJob, output: IO[str], acknowledgements: IO[bytes]) -> None:
    generator = DemoGenerator(job.seed, date.fromisoformat(job.as_of), job.agent_ids, CHUNK_STORAGE)
    untaken = 0
    for index in range(job.first_chunk, job.chunks(), job.step):
        while untaken >= job.ahead:
            if not acknowledgements.read(1):
                return  # the parent is gone
            untaken -= 1
        counts = build_chunk(generator, job, index)
        output.write(f"chunk {index} {' '.join(map(str, counts))}\n")
        output.flush()
        untaken += 1


def main() -> int:
    gc.disable()  # only acyclic tuples here, freed by reference counting
    try:
        build(BuildJob(**json.loads(sys.argv[1])), sys.stdout, sys.stdin.buffer)
    except BrokenPipeError:  # the parent stopped reading (it failed or was interrupted)
        return 1
    except Exception as error:  # noqa: BLE001 - reported by the parent, which owns the database work
        print(f"error {type(error).__name__}: {error}".replace("\n", " "), flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
