"""The checked script library kept between starts, so the window does not re-check the same scripts each time.

Reading the TOML files and checking every template takes ~300 ms; reading the checked result back takes a few.
The cache is keyed on everything that decides that result: the bytes of the script files, of the code that reads
and checks them (app/scripts and app/domain), the folder, the app version and Python's. Any change, a missing,
old or unreadable cache file simply means one full check, whose result replaces the file. Broken scripts are
kept in the result too, so a broken file is still reported at every start with its file and line.

The file is a pickle in the user's own cache folder (platformdirs), written and read only by this user's CallDesk.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.scripts.limits import MAX_FILE_BYTES

if TYPE_CHECKING:
    from app.scripts.loader import ScriptLibrary

CACHE_FILE_NAME = "script-library.pickle"
CACHE_FORMAT = 1  # change when the file's layout changes
_APP_DIR = Path(__file__).resolve().parents[1]
CODE_FOLDERS = (_APP_DIR / "scripts", _APP_DIR / "domain")  # the reader, the checks and the names they know

log = logging.getLogger(__name__)


def library_key(directory: Path) -> str:
    """A digest of every input of ``load_library(directory)``: equal keys, equal libraries."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}\0{sys.version}\0{directory.resolve()}\0".encode())
    code = sorted(path for folder in CODE_FOLDERS for path in folder.glob("*.py"))
    for path in [*sorted(directory.glob("*.toml")), *code]:
        data = _bounded_bytes(path)
        digest.update(f"{path}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _bounded_bytes(path: Path) -> bytes:
    """The file's bytes; OSError for a device, a FIFO or a file over the script cap (the full load names it)."""
    found = os.stat(path)
    if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_FILE_BYTES:
        raise OSError(f"{path} is not a script file within {MAX_FILE_BYTES:,} bytes")
    with path.open("rb") as file:
        return file.read(MAX_FILE_BYTES + 1)


def cached_library(directory: Path, cache_dir: Path, build: Callable[[Path], ScriptLibrary]) -> ScriptLibrary:
    """The library from the cache when its key still matches; else ``build(directory)``, then kept for next time."""
    path = cache_dir / CACHE_FILE_NAME
    try:
        key = library_key(directory)
    except OSError as error:  # a script that cannot be read: the full load reports it
        log.debug("script library not cached: %s", error)
        return build(directory)
    library = _read(path, key)
    if library is None:
        library = build(directory)
        _write(path, key, library)
    return library


def _read(path: Path, key: str) -> ScriptLibrary | None:
    from app.scripts.loader import ScriptLibrary

    try:
        with path.open("rb") as file:
            stored_key, library = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - any damage to a cache file only means checking again
        log.info("script library cache %s unusable (%s); checking the scripts again", path, error)
        return None
    if stored_key != key or not isinstance(library, ScriptLibrary):
        return None
    return library


def _write(path: Path, key: str, library: ScriptLibrary) -> None:
    """Written to a temporary file and renamed, so a start that is killed half-way leaves no half file."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with part.open("wb") as file:
            pickle.dump((key, library), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
    except OSError as error:
        log.warning("cannot keep the checked script library in %s: %s", path, error)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
