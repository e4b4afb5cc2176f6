"""Other work on the machine, for benchmarks that must hold under it: one CPU-busy process per core (``--load``).

An agent's PC runs a browser, the CRM and a virus scan next to CallDesk; the benchmarks' own machine runs other
builds. Each busy process spins at the default priority, as such a program would, so the measured process gets
its fair share of a core and waits for its turn like it would there.
"""

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_SPIN = "while True: pass"


def add_load_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--load", type=int, nargs="?", const=os.cpu_count() or 1, default=0, metavar="N",
                        help="run N CPU-busy processes while measuring (without N: one per core)")


@contextmanager
def cpu_load(processes: int) -> Iterator[None]:
    """``processes`` busy loops for the length of the block (none for 0); they are killed on leaving it."""
    if processes < 0:
        raise ValueError(f"--load must be 0 or more busy processes, not {processes}")
    busy = [subprocess.Popen([sys.executable, "-c", _SPIN]) for _ in range(processes)]
    try:
        yield
    finally:
        for process in busy:
            process.kill()
        for process in busy:
            process.wait()


def describe_load(processes: int) -> str:
    cores = os.cpu_count() or 1
    if not processes:
        return f"load: none added ({cores} cores; other programs on the machine still count)"
    return f"load: {processes} CPU-busy process(es) on {cores} cores while measuring"
