"""Where CallDesk may write a file whose path the user gave (a rejects CSV, an export), and how it writes it.

The rule, for every such file: never over a database (the one in use, with SQLite's -wal/-shm/-journal, nor any
other SQLite file), the input being read, or a file CallDesk owns (anything in its data, config, log, recordings
and cache folders; the config file); never over a folder, device or FIFO; a new file only, unless the user
said to replace it. The file is written to a temporary file in the same folder, flushed to disk and renamed,
owner-only (0600) whatever the umask, so a failure leaves the old file or none, never a 0-byte or half file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.safe_echo import cut, escape_control_characters

if TYPE_CHECKING:
    from app.config import Settings

OWNER_ONLY_FILE = 0o600
_SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputRefused(Exception):
    """The path cannot be written to; the message says why and what to do instead."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Guarded:
    """A path CallDesk never writes over, and how a message names it ("the database CallDesk uses")."""

    path: Path
    what: str
    folder: bool = False  # also everything inside it


def app_owned(settings: Settings) -> list[Guarded]:
    """CallDesk's own folders and config file (window.ini and the logs are inside them)."""
    paths = settings.paths
    folders = [(paths.data_dir, "CallDesk's data folder (database, recordings)"), (paths.log_dir, "CallDesk's log folder"),
               (paths.recordings_dir, "CallDesk's recordings folder"), (paths.config_dir, "CallDesk's config folder"),
               (paths.cache_dir, "CallDesk's cache folder")]
    return [*(Guarded(path, what, folder=True) for path, what in folders),
            Guarded(settings.config_file, "CallDesk's config file")]


def database_files(database: Path, side_suffixes: Iterable[str]) -> list[Guarded]:
    """A SQLite database and its side files (``side_suffixes``: "-wal", "-shm", "-journal")."""
    return [Guarded(database, "the database CallDesk uses"),
            *(Guarded(database.with_name(database.name + suffix), f"the database's {suffix[1:]} file")
              for suffix in side_suffixes)]


def check_output_path(target: Path, *, what: str, guarded: Sequence[Guarded], replace: bool,
                      replace_hint: str) -> None:
    """Refuse (OutputRefused) a ``target`` that breaks the rule above; ``what`` names it ("the rejects file"),
    ``replace_hint`` says how to allow replacing an existing file ("add --force")."""
    shown = _shown(target)
    for guard in guarded:
        where = _conflict(target, guard)
        if where is not None:
            elsewhere = " in another folder" if guard.folder else ""
            raise OutputRefused(f"{what} {shown} {where}; give a new file name{elsewhere}.")
    status = _lstat(target)
    if status is None:
        _check_folder(target, what)
        return
    if stat.S_ISLNK(status.st_mode) or not stat.S_ISREG(status.st_mode):
        raise OutputRefused(f"{what} {shown} exists and is not a regular file (a folder, link, device or FIFO). "
                            "Give a new file name.")
    if _is_database(target):
        raise OutputRefused(f"{what} {shown} is a database; CallDesk never writes over one. Give a new file name.")
    if not replace:
        raise OutputRefused(f"{what} {shown} already exists. Give a new file name, or {replace_hint} to replace it.")


def write_new_file(target: Path, write: Callable[[TextIO], object], *, encoding: str, replace: bool) -> None:
    """Write ``target`` through ``write`` atomically and owner-only; with ``replace`` False an existing file
    (even one made meanwhile) is left alone and FileExistsError raised. Other failures raise OSError (or what
    ``write`` raises) and leave no file behind."""
    temporary = _write_temporary(target, write, encoding)
    try:
        if replace:
            os.replace(temporary, target)
        else:
            _link_without_replacing(temporary, target)
        _sync_folder(target.parent)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


def replace_file(target: Path, write: Callable[[TextIO], object], *, encoding: str) -> None:
    """Replace a file CallDesk owns (its config file) atomically, keeping its mode; a new one is owner-only.
    A symbolic link is followed (its target is replaced); a folder, device or FIFO is refused (OSError)."""
    target = target.resolve() if target.is_symlink() else target
    status = _lstat(target)
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OSError(f"{target} is not a regular file")
    temporary = _write_temporary(target, write, encoding)
    try:
        if status is not None:
            os.chmod(temporary, stat.S_IMODE(status.st_mode))
        os.replace(temporary, target)
        _sync_folder(target.parent)
    finally:
        with suppress(FileNotFoundError):
            os.unlink(temporary)


def _write_temporary(target: Path, write: Callable[[TextIO], object], encoding: str) -> str:
    """A hidden temporary file next to ``target`` (mkstemp: 0600), written and on disk; removed on any failure."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # mkstemp already makes it 0600 on POSIX; said here so it stays true
            os.fchmod(handle, OWNER_ONLY_FILE)
        with os.fdopen(handle, "w", encoding=encoding, newline="") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def _link_without_replacing(temporary: str, target: Path) -> None:
    """Publish ``temporary`` as ``target`` only if no file has that name (a hard link fails if one has);
    file systems without hard links get a check and a rename."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(f"{target} exists") from None
        os.replace(temporary, target)


def _conflict(target: Path, guard: Guarded) -> str | None:
    """How ``target`` meets ``guard`` ("is the database CallDesk uses", "is inside CallDesk's log folder …"):
    the same name, also through symbolic links; the same file, also through hard links; inside a guarded
    folder. None when it does not."""
    mine, theirs = _resolved(target), _resolved(guard.path)
    if mine == theirs:
        return f"is {guard.what}"
    if guard.folder:
        return f"is inside {_shown(guard.path)}, {guard.what}" if mine.is_relative_to(theirs) else None
    with suppress(OSError):
        if os.path.samefile(target, guard.path):
            return f"is {guard.what} (another name for the same file)"
    return None


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the plain absolute path
        return path.expanduser().absolute()


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return None


def _check_folder(target: Path, what: str) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise OutputRefused(f"The folder of {what} {_shown(target)} does not exist. Create it first, or give a "
                            "file name in an existing folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputRefused(f"The folder {_shown(folder)} is not writable, so {what} cannot be written there. "
                            "Give a file name in a folder you may write to.")


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened (Windows) the rename stands."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _shown(path: Path) -> str:
    return escape_control_characters(cut(str(path), 300))
