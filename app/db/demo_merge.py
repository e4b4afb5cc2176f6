"""Move demo chunks built by worker processes (app.db.demo_worker) into a SQLite database, in order.

The workers generate and write; this side hands each chunk its first free ids (known once the chunks before
it are generated) and moves the finished file in with one ``INSERT INTO main.t SELECT * FROM chunk.t`` per
table. The chunk's tables are the database's own, so SQLite copies records as they are; into a table with a
unique index that is not empty it checks them row by row, still without expressions to evaluate.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Generator
from datetime import date
from pathlib import Path

from app.db.demo_rows import COLUMNS, NextIds
from app.db.demo_worker import BuildJob, chunk_path


def builder_count() -> int:
    """Two workers on two cores (the copying here takes little of their time), more on bigger machines."""
    return min(4, max(2, (os.cpu_count() or 2) - 1))


def chunk_schema(raw: sqlite3.Connection) -> tuple[tuple[list[str], list[str]], dict[str, str]]:
    """The chunk files' CREATE statements (tables, indexes) and the statement that moves each table in.

    A table without a unique constraint gets its CREATE statement and its present indexes from the database,
    so SQLite can move its records as they are, even into a table that has rows. One with a unique
    constraint is checked row by row whatever the chunk holds (SQLite moves records as they are only into an
    empty table there): its chunk table is a plain list of the columns, with no index to build for nothing.
    """
    names = list(COLUMNS)
    marks = ", ".join("?" * len(names))
    tables = dict(raw.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ({marks})", names))
    checked = {name for name, in raw.execute(  # the indexes of UNIQUE constraints have no SQL of their own
        f"SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NULL AND tbl_name IN ({marks})", names)}
    indexes = [sql for table, sql in raw.execute(
        f"SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "
        "ORDER BY name", names) if table not in checked]
    schema, moves = [], {}
    for name in names:
        if name in checked:
            columns = ", ".join(COLUMNS[name])
            schema.append(f"CREATE TABLE {name} ({columns})")
            moves[name] = f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM chunk.{name}"
        else:
            schema.append(tables[name])
            moves[name] = f"INSERT INTO main.{name} SELECT * FROM chunk.{name}"
    return (schema, indexes), moves


def merge_built_chunks(raw: sqlite3.Connection, seed: int, as_of: date, agent_ids: list[int], ids: NextIds,
                       debtors: int, chunk_size: int) -> Generator[int, None, None]:
    """Build ``debtors`` demo debtors in worker processes and move them in, one transaction per chunk.

    Yields the number of debtors each chunk added; ``ids`` is advanced past the rows added.
    """
    folder = tempfile.mkdtemp(prefix="calldesk-seed-")
    workers: list[subprocess.Popen[bytes]] = []
    try:
        count = builder_count()
        schema, moves = chunk_schema(raw)
        jobs = [BuildJob(seed, as_of.isoformat(), agent_ids, ids.debtors, debtors, chunk_size, first, count, folder,
                         *schema) for first in range(count)]
        workers = [_start(job) for job in jobs]
        written: deque[tuple[int, int]] = deque()  # (chunk, debtors) numbered, being written
        for index in range(jobs[0].chunks()):
            worker = workers[index % count]
            counts = _counts(worker, index)
            _send_next_ids(worker, index, ids)
            for name, rows in zip(COLUMNS, counts, strict=True):
                setattr(ids, name, getattr(ids, name) + rows)
            written.append((index, counts[0]))
            if len(written) > 1:  # one chunk being written while the one before it is moved in
                yield _move_in(raw, folder, moves, workers[written[0][0] % count], *written.popleft())
        while written:
            yield _move_in(raw, folder, moves, workers[written[0][0] % count], *written.popleft())
    finally:
        for worker in workers:
            _stop(worker)
        shutil.rmtree(folder, ignore_errors=True)


def _start(job: BuildJob) -> "subprocess.Popen[bytes]":
    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH")))))
    return subprocess.Popen([sys.executable, "-m", "app.db.demo_worker", job.to_json()],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)


def _message(worker: "subprocess.Popen[bytes]", expected: str, index: int) -> list[int]:
    """The worker's next line, which must be ``expected`` for chunk ``index``; returns the numbers after it."""
    assert worker.stdout is not None
    line = worker.stdout.readline().decode("utf-8", "replace").strip()
    if not line:
        raise RuntimeError(f"the demo data generator stopped unexpectedly (exit code {worker.wait()})")
    kind, _, rest = line.partition(" ")
    if kind == "error":
        raise RuntimeError(f"the demo data generator failed: {rest}")
    numbers = [int(word) for word in rest.split()]
    if kind != expected or not numbers or numbers[0] != index:
        raise RuntimeError(f"the demo data generator sent {line!r} when {expected} {index} was due")
    return numbers[1:]


def _counts(worker: "subprocess.Popen[bytes]", index: int) -> list[int]:
    counts = _message(worker, "counts", index)
    if len(counts) != len(COLUMNS):
        raise RuntimeError(f"the demo data generator sent {len(counts)} row counts for {len(COLUMNS)} tables")
    return counts


def _send_next_ids(worker: "subprocess.Popen[bytes]", index: int, ids: NextIds) -> None:
    assert worker.stdin is not None
    worker.stdin.write(f"{index} {' '.join(str(getattr(ids, name)) for name in COLUMNS)}\n".encode())
    worker.stdin.flush()


def _move_in(raw: sqlite3.Connection, folder: str, moves: dict[str, str], worker: "subprocess.Popen[bytes]",
             index: int, debtors: int) -> int:
    _message(worker, "ready", index)
    path = chunk_path(folder, index)
    raw.execute("ATTACH DATABASE ? AS chunk", (str(path),))
    try:
        raw.execute("BEGIN")
        try:
            for statement in moves.values():
                raw.execute(statement)
        except BaseException:
            raw.rollback()
            raise
        raw.commit()
    finally:
        raw.execute("DETACH DATABASE chunk")
    path.unlink()
    return debtors


def _stop(worker: "subprocess.Popen[bytes]") -> None:
    for stream in (worker.stdin, worker.stdout):
        try:
            if stream is not None:
                stream.close()
        except BrokenPipeError:
            pass
    if worker.poll() is None:
        worker.kill()
    worker.wait()
