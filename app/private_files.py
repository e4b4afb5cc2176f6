"""Personal data on disk is readable by the agent's account only: folders 0700, files 0600, whatever the umask.

The database (names, national IDs, phones), the logs and the recordings all hold personal data. ``main`` sets the
process umask to ``PRIVATE_UMASK`` first, so every file the process creates (SQLite's own -wal/-shm/-journal,
log rotations, window.ini, recordings, exports) starts owner-only; ``tighten`` corrects what an earlier version
or another umask left open.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

PRIVATE_UMASK = 0o077
OWNER_ONLY_DIR = 0o700
OWNER_ONLY_FILE = 0o600

log = logging.getLogger(__name__)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) owner-only whatever the umask; raises OSError like Path.mkdir. An
    existing folder is left to ``tighten``, so that what changed is reported in one line."""
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)


def tighten(paths: Iterable[Path]) -> list[Path]:
    """Make each existing folder 0700 and file 0600 when group or others may read it; returns those changed.

    Left alone: what is missing, what another account owns (a shared folder it chose) and sticky folders such
    as /tmp, which others must keep using. A failure is logged, never raised: the app works with looser modes.
    """
    changed: list[Path] = []
    for path in paths:
        try:
            status = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as error:
            log.warning("cannot check who may read %s: %s", path, error.strerror or error)
            continue
        mode = stat.S_IMODE(status.st_mode)
        if not mode & 0o077 or status.st_uid != os.geteuid() or mode & stat.S_ISVTX:
            continue
        wanted = OWNER_ONLY_DIR if stat.S_ISDIR(status.st_mode) else OWNER_ONLY_FILE
        try:
            path.chmod(wanted)
        except OSError as error:
            log.warning("cannot make %s readable by this account only: %s", path, error.strerror or error)
            continue
        changed.append(path)
    return changed


def files_named(folder: Path, *prefixes: str) -> list[Path]:
    """The regular files directly in ``folder`` whose names start with one of ``prefixes`` (a log and its
    rotations: calldesk.log, calldesk.log.1, ...)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    return [Path(entry.path) for entry in entries
            if entry.name.startswith(prefixes) and entry.is_file(follow_symlinks=False)]


def report(changed: list[Path], what: str) -> None:
    """One log line naming what was tightened, when anything was."""
    if changed:
        log.info("%s made readable by this account only: %s", what, ", ".join(str(path) for path in changed))
