"""Engine and session factory, with plain-language errors when the database cannot be used.

SQLite (the default) runs in WAL mode with foreign keys on, so the GUI can read while the call log
writes; PostgreSQL is reached through psycopg 3 (``postgresql+psycopg://``).
"""

import os
import re
import stat
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from app.private_files import OWNER_ONLY_FILE, report, tighten
from app.safe_echo import cut
from app.secrets_policy import redact_url, unparsable_url

DEFAULT_BUSY_TIMEOUT_S = 5.0
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # "sqlite:..." is a mistyped URL, not a file name
URL_EXAMPLES = "sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's own files next to the database


class DatabaseUnavailable(Exception):
    """The database cannot be used. ``str()`` says what is wrong and what to do; show it, not a traceback."""

    @property
    def user_message(self) -> str:
        return str(self)


def create_database_engine(url: str, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, probe: bool = True) -> Engine:
    """Build an engine for ``url`` (a plain file path means SQLite) and check it can be written.

    Raises DatabaseUnavailable for a bad URL, an unwritable or locked SQLite file, or an unreachable server.
    """
    parsed = parse_database_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed, busy_timeout_s)
    else:
        engine = _server_engine(parsed)
    if probe:
        _probe(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit, so repositories can build views from them."""
    return sessionmaker(engine, expire_on_commit=False)


def parse_database_url(url: str) -> URL:
    text = url.strip()
    if not text:
        raise DatabaseUnavailable(f"No database URL was given. Use --db with a URL such as {URL_EXAMPLES}.")
    if "://" not in text and not _SCHEME.match(text):
        text = "sqlite:///" + str(Path(text).expanduser().absolute())
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: 'postgresql://u@[::1' (no closing bracket), a bad port
        raise DatabaseUnavailable(
            f"The database URL {unparsable_url(text)} is not a database URL that can be read (check the brackets "
            f"around an IPv6 address and the port). Use a URL such as {URL_EXAMPLES}."
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe_database_error(error: BaseException, url: URL | str) -> DatabaseUnavailable:
    """Turn a driver error into a DatabaseUnavailable whose message says what was wrong and what to do."""
    where = _where(url)
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    text = lines[0] if lines else type(error).__name__
    low = text.lower()
    if "locked" in low:
        return DatabaseUnavailable(
            f"The database {where} is locked by another program (another CallDesk, a backup or a sync tool is "
            "writing to it). Close that program or wait a moment, then try again."
        )
    if "readonly" in low or "read-only" in low or "permission denied" in low:
        return DatabaseUnavailable(
            f"The database {where} cannot be written (read-only file or folder). Fix its permissions, or choose "
            "another location with --db or --data-dir."
        )
    if "unable to open database file" in low:
        return DatabaseUnavailable(
            f"The database {where} cannot be opened: the file or its folder is missing or not writable. "
            "Choose another location with --db or --data-dir."
        )
    if "not a database" in low or "malformed" in low:
        return DatabaseUnavailable(
            f"{where} is not a usable CallDesk database (the file is not SQLite or is damaged). Restore a backup, "
            "or point --db at another file."
        )
    if "disk is full" in low or "no space" in low:
        return DatabaseUnavailable(f"The disk holding the database {where} is full. Free some space and try again.")
    if "does not exist" in low and "database" in low:
        return DatabaseUnavailable(
            f"The database {where} does not exist on the server. Ask the administrator to create it (createdb), "
            "or correct the name in the URL."
        )
    if "password" in low or "authentication" in low:
        return DatabaseUnavailable(
            f"The server refused the login for {where} ({text}). Check the user name and the password stored in "
            "the keyring."
        )
    if any(word in low for word in ("connection refused", "could not connect", "timeout", "timed out",
                                     "could not translate host name", "name or service not known", "no route")):
        return DatabaseUnavailable(
            f"The database server {where} cannot be reached ({text}). Check that it is running and that the "
            "host and port in the URL are right."
        )
    return DatabaseUnavailable(f"The database {where} cannot be used: {text}")


def display_url(url: URL | str) -> str:
    """The URL as it may be shown or logged: password hidden, SQLite as its file path."""
    return _where(url)


def _where(url: URL | str) -> str:
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except (ArgumentError, ValueError):
        return unparsable_url(str(url))
    if parsed.get_backend_name() == "sqlite":
        return f"file {cut(parsed.database)}" if parsed.database else "(in memory)"
    return cut(redact_url(parsed.render_as_string(hide_password=False)))


def sqlite_file(parsed: URL) -> Path | None:
    """The file of a SQLite URL (``file:`` URIs too), or None for an in-memory database."""
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:") or parsed.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        return Path(urlsplit(database).path)
    return Path(database)


def _sqlite_engine(parsed: URL, busy_timeout_s: float) -> Engine:
    path = sqlite_file(parsed)
    in_memory = path is None
    if path is not None:
        _check_sqlite_location(path)
        _create_owner_only(path)
    engine = create_engine(parsed, connect_args={"timeout": busy_timeout_s})
    busy_ms = int(busy_timeout_s * 1000)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: each commit is on disk when it returns, so a call-log event survives a power cut too, not
            # only a killed process (NORMAL would lose the last commits since the WAL's last sync). ~0.25 ms.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()
        if path is not None:
            tighten_database_files(path)

    return engine


def tighten_database_files(path: Path) -> list[Path]:
    """Make the database and SQLite's -wal/-shm/-journal owner-only (0600), whatever the umask was when they
    were made: they hold names, national IDs and phone numbers. SQLite gives new side files the database's
    mode, so this holds from then on. Returns the files changed, which are logged once."""
    changed = tighten([path, *(path.with_name(path.name + suffix) for suffix in SQLITE_SIDE_FILES)])
    report(changed, "database files")
    return changed


def _create_owner_only(path: Path) -> None:
    """Create a new database file 0600 before SQLite does (SQLite would use 0644 less the umask)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE))
    except OSError:  # it exists already; or SQLite will fail too, with the error describe_database_error explains
        pass


def _check_sqlite_location(path: Path) -> None:
    folder = path.parent
    for file in (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_SIDE_FILES)):
        _refuse_special_file(file)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseUnavailable(
            f"The folder {folder} for the database cannot be created ({error.strerror or error}). Choose another "
            "location with --db or --data-dir, or fix the folder's permissions."
        ) from None
    if not folder.is_dir():
        raise DatabaseUnavailable(f"{folder} is not a folder, so the database {path.name} cannot be stored there. "
                                  "Choose another location with --db or --data-dir.")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise DatabaseUnavailable(
            f"The database file {path} cannot be written (no permission). Fix its permissions, or choose another "
            "location with --db or --data-dir."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(
            f"The folder {folder} is not writable, and SQLite needs to write there (the database and its journal). "
            "Fix the folder's permissions, or choose another location with --db or --data-dir."
        )


def _refuse_special_file(file: Path) -> None:
    """A database is a regular file or a new path: never a device (/dev/null would get a /dev/null-journal next
    to it), a FIFO, a socket or a folder."""
    try:
        mode = file.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # a new file; a folder that is a file is refused below
        return
    except OSError as error:  # e.g. a name too long for the file system
        raise DatabaseUnavailable(f"The database path {cut(str(file))} cannot be used ({error.strerror or error}). "
                                  "Choose another location with --db or --data-dir.") from None
    if stat.S_ISDIR(mode):
        raise DatabaseUnavailable(f"The database path {file} is a folder. Give a file name, e.g. {file / 'calldesk.db'}.")
    if not stat.S_ISREG(mode):
        raise DatabaseUnavailable(f"The database path {file} is a device, FIFO or socket, not a regular file. Give "
                                  "the path of a SQLite file, or of a new file in an existing folder, with --db.")


def _server_engine(parsed: URL) -> Engine:
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = 5
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as error:
        raise DatabaseUnavailable(
            f"There is no driver for '{parsed.drivername}' URLs ({error}). CallDesk supports SQLite and PostgreSQL "
            "(install the 'postgres' extra and use postgresql+psycopg://...)."
        ) from None
    except ArgumentError as error:
        raise DatabaseUnavailable(f"The database URL is not usable: {error}. Use a URL such as {URL_EXAMPLES}.") from None


def _probe(engine: Engine) -> None:
    """Open a connection and, on SQLite, take the write lock for a moment: fail now rather than mid-call."""
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            if engine.dialect.name == "sqlite":
                cursor.execute("BEGIN IMMEDIATE")
                cursor.execute("ROLLBACK")
            else:
                cursor.execute("SELECT 1")
            cursor.close()
        finally:
            raw.close()
    except (DBAPIError, engine.dialect.loaded_dbapi.Error, OSError) as error:
        engine.dispose()
        raise describe_database_error(error, engine.url) from None
