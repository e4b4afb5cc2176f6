"""Child process that generates demo rows while the parent writes them: `python -m app.db.demo_worker JOB`.

JOB is JSON (seed, as_of, agent_ids, next ids, debtors, chunk size). Chunks go to stdout in order, each as
an 8-byte length and marshal data (fast for tuples of str/int/float), then None; a failure is sent as
("error", message). A pipe rather than multiprocessing keeps this
independent of how the parent was started (scripts without a __main__ guard, GUI processes with threads).
"""

import gc
import json
import marshal
import struct
import sys
from dataclasses import asdict
from datetime import date
from typing import IO, Any

from app.db.demo_rows import SQLITE_STORAGE, DemoGenerator, NextIds


def job_spec(seed: int, as_of: date, agent_ids: list[int], ids: NextIds, debtors: int, chunk_size: int) -> str:
    return json.dumps({"seed": seed, "as_of": as_of.isoformat(), "agent_ids": agent_ids, "ids": asdict(ids),
                       "debtors": debtors, "chunk_size": chunk_size})


def send(item: Any, output: IO[bytes]) -> None:
    data = marshal.dumps(item)
    output.write(struct.pack("<Q", len(data)))
    output.write(data)
    output.flush()


def receive(source: IO[bytes]) -> Any:
    """The next item from a worker's stdout; EOFError when the worker ended without sending one."""
    header = source.read(8)
    if len(header) < 8:
        raise EOFError
    (length,) = struct.unpack("<Q", header)
    data = source.read(length)
    if len(data) < length:
        raise EOFError
    return marshal.loads(data)


def produce(spec: dict[str, Any], output: IO[bytes]) -> None:
    generator = DemoGenerator(spec["seed"], date.fromisoformat(spec["as_of"]), spec["agent_ids"], SQLITE_STORAGE)
    ids = NextIds(**spec["ids"])
    done, debtors, chunk_size = 0, spec["debtors"], spec["chunk_size"]
    while done < debtors:
        count = min(chunk_size, debtors - done)
        send((count, generator.chunk(count, ids).tables), output)
        done += count
    send(None, output)


def main() -> int:
    gc.disable()  # only acyclic tuples here, freed by reference counting
    output = sys.stdout.buffer
    try:
        produce(json.loads(sys.argv[1]), output)
    except BrokenPipeError:  # the parent stopped reading (it failed or was interrupted)
        return 1
    except Exception as error:  # noqa: BLE001 - reported by the parent, which owns the database work
        send(("error", f"{type(error).__name__}: {error}"), output)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
