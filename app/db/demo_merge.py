"""Copy demo chunks built by worker processes (app.db.demo_worker) into a SQLite database, in order.

The workers generate and write; this side only runs one INSERT ... SELECT per table and chunk, adding the
id offsets that a chunk built apart could not know (see ``REFERENCES``).
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.demo_rows import COLUMNS, MAYBE_MISSING, REFERENCES, NextIds
from app.db.demo_worker import BuildJob, chunk_path

AHEAD = 3  # chunk files a worker may leave untaken: enough to keep it busy, a few MB each on disk


@dataclass(frozen=True)
class CopyStatement:
    sql: str
    offsets_from: tuple[str, ...]  # per "?" in sql: the table whose next free id, less one, it adds


def builder_count() -> int:
    """Two workers on two cores (the copying here takes a fifth of their time), more on bigger machines."""
    return min(4, max(2, (os.cpu_count() or 2) - 1))


def copy_statements() -> dict[str, CopyStatement]:
    statements = {}
    for name, columns in COLUMNS.items():
        sources = {**({"id": name} if name != "debtors" else {}), **REFERENCES.get(name, {})}
        missing = MAYBE_MISSING.get(name, ())
        values = {column: f"NULLIF({column}, '')" if column in missing else column for column in columns}
        selected = ", ".join(f"{values[column]} + ?" if column in sources else values[column] for column in columns)
        statements[name] = CopyStatement(
            f"INSERT INTO main.{name} ({', '.join(columns)}) SELECT {selected} FROM chunk.{name}",
            tuple(sources[column] for column in columns if column in sources),
        )
    return statements


def merge_built_chunks(raw: sqlite3.Connection, seed: int, as_of: date, agent_ids: list[int], ids: NextIds,
                       debtors: int, chunk_size: int) -> Generator[int, None, None]:
    """Build ``debtors`` demo debtors in worker processes and copy them in, one transaction per chunk.

    Yields the number of debtors each chunk added; ``ids`` is advanced past the rows copied.
    """
    folder = tempfile.mkdtemp(prefix="calldesk-seed-")
    workers: list[subprocess.Popen[bytes]] = []
    try:
        count = builder_count()
        jobs = [BuildJob(seed, as_of.isoformat(), agent_ids, ids.debtors, debtors, chunk_size, first, count, folder,
                         AHEAD) for first in range(count)]
        workers = [_start(job) for job in jobs]
        statements = copy_statements()
        for index in range(jobs[0].chunks()):
            worker = workers[index % count]
            counts = _chunk_counts(worker, index)
            path = chunk_path(folder, index)
            _copy(raw, path, statements, ids)
            path.unlink()
            for name, rows in zip(COLUMNS, counts, strict=True):
                setattr(ids, name, getattr(ids, name) + rows)
            _acknowledge(worker)
            yield counts[0]
    finally:
        for worker in workers:
            _stop(worker)
        shutil.rmtree(folder, ignore_errors=True)


def _start(job: BuildJob) -> "subprocess.Popen[bytes]":
    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (package_root, os.environ.get("PYTHONPATH")))))
    return subprocess.Popen([sys.executable, "-m", "app.db.demo_worker", job.to_json()],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)


def _chunk_counts(worker: "subprocess.Popen[bytes]", index: int) -> list[int]:
    assert worker.stdout is not None
    line = worker.stdout.readline().decode("utf-8", "replace").strip()
    if not line:
        raise RuntimeError(f"the demo data generator stopped unexpectedly (exit code {worker.wait()})")
    kind, _, rest = line.partition(" ")
    if kind == "error":
        raise RuntimeError(f"the demo data generator failed: {rest}")
    built, *counts = map(int, rest.split())
    if built != index or len(counts) != len(COLUMNS):
        raise RuntimeError(f"the demo data generator sent chunk {built} when chunk {index} was due")
    return counts


def _copy(raw: sqlite3.Connection, path: Path, statements: dict[str, CopyStatement], ids: NextIds) -> None:
    raw.execute("ATTACH DATABASE ? AS chunk", (str(path),))
    try:
        raw.execute("BEGIN")
        try:
            for statement in statements.values():
                raw.execute(statement.sql, [getattr(ids, source) - 1 for source in statement.offsets_from])
        except BaseException:
            raw.rollback()
            raise
        raw.commit()
    finally:
        raw.execute("DETACH DATABASE chunk")


def _acknowledge(worker: "subprocess.Popen[bytes]") -> None:
    assert worker.stdin is not None
    try:
        worker.stdin.write(b".")
        worker.stdin.flush()
    except (BrokenPipeError, ValueError):  # it built its last chunk and ended
        pass


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
