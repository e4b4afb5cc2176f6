"""A throwaway PostgreSQL server for tests: initdb + pg_ctl in a temporary folder, on a free port of 127.0.0.1.

Uses Debian's server binaries (/usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root, so when the
tests run as root the folder is given to the ``postgres`` user and the binaries run through ``runuser``.
"""

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SUPERUSER = "calldesk"
START_TIMEOUT_S = 60


def server_binaries() -> Path | None:
    """The newest installed server's bin folder, or None when no server is installed."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a server, yield a SQLAlchemy URL of its ``calldesk`` database, stop and delete everything after."""
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="calldesk-pg-"))
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(folder, user="postgres", group="postgres")
    data, log_file, port = folder / "data", folder / "server.log", _free_port()

    def run(*command: str) -> None:
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=START_TIMEOUT_S)
        if result.returncode != 0:
            log = log_file.read_text(errors="replace") if log_file.exists() else ""
            raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr}\n{result.stdout}\n{log}")

    started = False
    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
            "--locale=C.UTF-8")
        options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log_file), "-w",
            "-t", str(START_TIMEOUT_S), "start")
        started = True
        run(str(binaries / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", SUPERUSER, "calldesk")
        yield f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/calldesk"
    finally:
        if started:
            subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, timeout=START_TIMEOUT_S)
        shutil.rmtree(folder, ignore_errors=True)
