"""Other work on the machine, for benchmarks that must hold under it: one CPU-busy process per core (``--load``).

An agent's PC runs a browser, the CRM and a virus scan next to CallDesk; the benchmarks' own machine runs other
builds. Each busy process spins at the default priority in a session of its own, as such a program would (started
from the desktop or another terminal, not by CallDesk): with autogroup scheduling (the Linux default on desktops,
``/proc/sys/kernel/sched_autogroup_enabled``) the kernel shares the cores between sessions first, then between the
threads of a session. Started inside the benchmark's own session they would compete with each of its threads
instead, a harsher load than a desktop gives (bench/screen_pop.py: p95 90 against 42 ms in one pair of runs).
"""

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# Spins until the benchmark has gone, even if it was killed: reparented, getppid() changes.
_SPIN = "import os, sys\nwhile os.getppid() == int(sys.argv[1]):\n    for _ in range(1_000_000): pass"


def add_load_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--load", type=int, nargs="?", const=os.cpu_count() or 1, default=0, metavar="N",
                        help="run N CPU-busy processes while measuring (without N: one per core)")


@contextmanager
def cpu_load(processes: int) -> Iterator[None]:
    """``processes`` busy loops for the length of the block (none for 0); they are killed on leaving it."""
    if processes < 0:
        raise ValueError(f"--load must be 0 or more busy processes, not {processes}")
    busy = [subprocess.Popen([sys.executable, "-c", _SPIN, str(os.getpid())], start_new_session=True) for _ in range(processes)]
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
