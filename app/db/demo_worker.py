"""Child process that builds chunks of demo rows as small SQLite files: `python -m app.db.demo_worker JOB`.

The parent (app.db.demo_merge) runs a few of these side by side and moves their files into the database in
order with ``INSERT INTO main.t SELECT * FROM chunk.t``. A chunk file has the database's own tables (their
CREATE statements come in the job) and its rows in their final form, so SQLite copies the records as they
are (its transfer optimisation) instead of decoding and encoding each one; generating and binding the rows,
the bulk of the work, is spread over the cores this way, with nothing pickled or piped.

JOB is JSON (see ``BuildJob``). A chunk's debtor ids are known from its place, its ids in every other table
only once the chunks before it are generated. So, per chunk, the worker generates the rows numbered from 1,
writes ``counts INDEX COUNT...`` (rows per table, in ``COLUMNS`` order) to stdout, reads the next free ids
``INDEX ID...`` from stdin, lets SQLite add them while writing the file and writes ``ready INDEX``. The parent
sends the ids only when it can take the file soon, so files never pile up. A failure is reported as
``error MESSAGE``.
"""

import gc
import json
import sqlite3
import sys
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from app.db.demo_rows import CHUNK_STORAGE, COLUMNS, MAYBE_MISSING, REFERENCES, DemoGenerator, NextIds

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
    tables: list[str]  # CREATE statements of the chunk's tables and indexes (app.db.demo_merge.chunk_schema)
    indexes: list[str]

    def chunks(self) -> int:
        return -(-self.debtors // self.chunk_size)

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def chunk_path(folder: str | Path, index: int) -> Path:
    return Path(folder) / f"chunk-{index:06d}.sqlite"


def insert_statement(table: str, next_ids: dict[str, int], rows: int) -> str:
    """INSERT of ``rows`` rows numbered from 1, which SQLite moves to ``next_ids`` and completes ('' to NULL)."""
    sources = {**({"id": table} if table != "debtors" else {}), **REFERENCES.get(table, {})}
    missing = MAYBE_MISSING.get(table, ())
    values = []
    for column in COLUMNS[table]:
        value = "NULLIF(?, '')" if column in missing else "?"
        values.append(f"{value} + {next_ids[sources[column]] - 1}" if column in sources else value)
    one = f"({', '.join(values)})"
    return f"INSERT INTO {table} ({', '.join(COLUMNS[table])}) VALUES {', '.join([one] * rows)}"


def write_chunk(path: Path, schema: tuple[list[str], list[str]], tables: dict[str, list[Any]],
                next_ids: dict[str, int]) -> None:
    """Write a chunk's flat values (see ``ChunkRows``) to a new file, moving its ids to ``next_ids``.

    ``schema``: the CREATE statements of its tables and of their indexes, which are built after the rows
    (one sort each costs less than adding the entries one by one).
    """
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "locking_mode = EXCLUSIVE", "cache_size = -65536",
                       "ignore_check_constraints = ON"):  # the rows are generated consistent
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("BEGIN")
        for statement in schema[0]:
            connection.execute(statement)
        for name in COLUMNS:
            _insert(connection, name, next_ids, tables[name])
        for statement in schema[1]:
            connection.execute(statement)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _insert(connection: sqlite3.Connection, table: str, next_ids: dict[str, int], values: list[Any]) -> None:
    """Rows ROWS_PER_INSERT at a time in one statement: a fifth less time than a statement per row."""
    width = len(COLUMNS[table])
    step = ROWS_PER_INSERT * width
    whole = len(values) - len(values) % step
    if whole:
        connection.executemany(insert_statement(table, next_ids, ROWS_PER_INSERT),
                               [values[start:start + step] for start in range(0, whole, step)])
    if whole < len(values):
        connection.executemany(insert_statement(table, next_ids, 1),
                               [values[start:start + width] for start in range(whole, len(values), width)])


def build(job: BuildJob, output: IO[str], next_ids: IO[str]) -> None:
    generator = DemoGenerator(job.seed, date.fromisoformat(job.as_of), job.agent_ids, CHUNK_STORAGE)
    for index in range(job.first_chunk, job.chunks(), job.step):
        first = index * job.chunk_size
        count = min(job.chunk_size, job.debtors - first)
        rows = generator.chunk(count, NextIds(debtors=job.first_debtor + first))
        output.write(f"counts {index} {' '.join(str(rows.count(name)) for name in COLUMNS)}\n")
        output.flush()
        line = next_ids.readline().split()
        if not line:
            return  # the parent is gone
        if int(line[0]) != index or len(line) != len(COLUMNS) + 1:
            raise ValueError(f"next ids for chunk {line[0]} when chunk {index} was built")
        next_free = dict(zip(COLUMNS, map(int, line[1:]), strict=True))
        write_chunk(chunk_path(job.folder, index), (job.tables, job.indexes), rows.tables, next_free)
        output.write(f"ready {index}\n")
        output.flush()


def main() -> int:
    gc.disable()  # only acyclic tuples here, freed by reference counting
    try:
        build(BuildJob(**json.loads(sys.argv[1])), sys.stdout, sys.stdin)
    except BrokenPipeError:  # the parent stopped reading (it failed or was interrupted)
        return 1
    except Exception as error:  # noqa: BLE001 - reported by the parent, which owns the database work
        print(f"error {type(error).__name__}: {error}".replace("\n", " "), flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
