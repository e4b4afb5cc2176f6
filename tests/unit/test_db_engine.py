"""Engine settings and the plain-language DatabaseUnavailable errors."""

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.engine import DatabaseUnavailable, create_database_engine, display_url, parse_database_url
from app.db.migrate import ForeignDatabase, NewerSchema, current_revision, head_revision, upgrade_to_head


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_creates_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "calldesk.db"
    engine = create_database_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: a commit survives a power cut
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    assert path.exists()
    engine.dispose()


def test_a_plain_path_means_sqlite(tmp_path: Path) -> None:
    assert parse_database_url(str(tmp_path / "x.db")).get_backend_name() == "sqlite"
    assert parse_database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_upgrade_is_idempotent_and_reports_the_head(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert current_revision(engine) is None
    assert upgrade_to_head(engine) == head_revision()
    assert upgrade_to_head(f"sqlite:///{tmp_path / 'db.sqlite'}") == head_revision()
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_a_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DatabaseUnavailable) as caught:
        create_database_engine(f"sqlite:///{blocker / 'calldesk.db'}")
    message = str(caught.value)
    assert "cannot be created" in message and "--db" in message
    assert caught.value.user_message == message


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the CLI tests cover root with an immutable folder")
def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseUnavailable, match="not writable"):
            create_database_engine(f"sqlite:///{folder / 'calldesk.db'}")
    finally:
        folder.chmod(0o700)


def test_a_database_locked_by_another_program_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    create_database_engine(f"sqlite:///{path}").dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseUnavailable, match="locked by another program"):
            create_database_engine(f"sqlite:///{path}", busy_timeout_s=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnavailable, match="not a usable CallDesk database"):
        create_database_engine(f"sqlite:///{path}")


@pytest.mark.parametrize("url, expected", [
    ("sqlite:::nonsense", "not a database URL"),
    ("   ", "No database URL"),
    ("oracle+nodriver://x@y/z", "no driver"),
])
def test_bad_urls_are_clear_errors(url: str, expected: str) -> None:
    with pytest.raises(DatabaseUnavailable, match=expected):
        create_database_engine(url)


def test_an_unreachable_server_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        create_database_engine("postgresql+psycopg://agent:s3cret@127.0.0.1:1/calldesk")
    assert "cannot be reached" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_display_url_hides_passwords() -> None:
    assert "s3cret" not in display_url("postgresql+psycopg://agent:s3cret@db/calldesk")
    assert display_url("sqlite:////var/lib/calldesk.db") == "file /var/lib/calldesk.db"


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The common umask, under which a file SQLite creates by itself would be world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def foreign_database(path: Path, *tables: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for table in tables:
            connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
        connection.commit()


@pytest.mark.parametrize("url", ["sqlite:////dev/null", "/dev/zero"])
def test_a_device_is_not_a_database(url: str) -> None:
    journals = [Path("/dev/null-journal"), Path("/dev/zero-journal")]
    before = [journal.exists() for journal in journals]  # an older CallDesk run as root may have left one
    with pytest.raises(DatabaseUnavailable, match="is a device, FIFO or socket"):
        create_database_engine(url)
    assert [journal.exists() for journal in journals] == before


def test_a_fifo_or_a_fifo_journal_is_not_a_database(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.db")
    with pytest.raises(DatabaseUnavailable, match="pipe.db is a device, FIFO or socket"):
        create_database_engine(f"sqlite:///{tmp_path / 'pipe.db'}")
    os.mkfifo(tmp_path / "calldesk.db-journal")
    with pytest.raises(DatabaseUnavailable, match="calldesk.db-journal is a device"):
        create_database_engine(f"sqlite:///{tmp_path / 'calldesk.db'}")


def test_memory_databases_stay_allowed() -> None:
    for url in ("sqlite://", "sqlite:///:memory:"):
        create_database_engine(url).dispose()


@pytest.mark.parametrize("url", ["postgresql://u@[::1", "postgresql://u:hunter2@db:port/x"])
def test_a_malformed_url_is_one_clear_line_that_does_not_echo_it(url: str) -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        create_database_engine(url)
    message = caught.value.user_message
    assert "is not a database URL that can be read" in message and "postgresql://…" in message
    assert "hunter2" not in message and "\n" not in message


def test_display_url_hides_query_secrets_and_passwords_holding_at_signs() -> None:
    shown = display_url("postgresql+psycopg://nobody:p@ssW0rdX@db/calldesk?sslpassword=hunter2")
    assert shown == "postgresql+psycopg://nobody:***@db/calldesk?sslpassword=***"


def test_someone_elses_database_is_refused_naming_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    foreign_database(path, *(f"table_{index}" for index in range(7)))
    with pytest.raises(ForeignDatabase) as caught:
        upgrade_to_head(f"sqlite:///{path}")
    message = caught.value.user_message
    assert "'table_0', 'table_1', 'table_2', 'table_3', 'table_4' and 2 more" in message
    assert "calldesk db upgrade --adopt" in message
    with closing(sqlite3.connect(path)) as connection:
        assert len(connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()) == 7

    assert upgrade_to_head(f"sqlite:///{path}", adopt=True) == head_revision()
    assert upgrade_to_head(f"sqlite:///{path}") == head_revision()  # adopted once: CallDesk's from now on


def test_another_applications_alembic_revision_is_refused_even_with_adopt(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    foreign_database(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.commit()
    for adopt in (False, True):
        with pytest.raises(ForeignDatabase, match="belongs to another application.*'ae1027a6acf'"):
            upgrade_to_head(f"sqlite:///{path}", adopt=adopt)


def test_a_newer_calldesk_schema_is_one_clear_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calldesk.db'}"
    upgrade_to_head(url)
    with closing(sqlite3.connect(tmp_path / "calldesk.db")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042'")
        connection.commit()
    with pytest.raises(NewerSchema) as caught:
        upgrade_to_head(url)
    assert "made by a newer CallDesk (revision 0042" in caught.value.user_message
    assert "Upgrade CallDesk, or point it at another database" in caught.value.user_message


def test_database_files_are_owner_only_whatever_the_umask(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "calldesk.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.connect() as connection:  # WAL: the -wal and -shm files exist while a connection is open
        connection.execute(text("SELECT 1"))
        files = [file for file in tmp_path.iterdir() if file.name.startswith("calldesk.db")]
        assert {file.name for file in files} >= {"calldesk.db", "calldesk.db-wal", "calldesk.db-shm"}
        assert {file.name: mode_of(file) for file in files} == {file.name: 0o600 for file in files}
    engine.dispose()


def test_existing_database_files_are_tightened_with_one_log_line(
    tmp_path: Path, umask_022: None, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "calldesk.db"
    foreign_database(path, "x")
    path.chmod(0o644)
    journal = tmp_path / "calldesk.db-journal"
    journal.write_bytes(b"")
    journal.chmod(0o666)
    with caplog.at_level(logging.INFO, logger="app.private_files"):
        create_database_engine(f"sqlite:///{path}").dispose()
    assert mode_of(path) == 0o600 and (not journal.exists() or mode_of(journal) == 0o600)
    lines = [record.getMessage() for record in caplog.records if "readable by this account only" in record.getMessage()]
    assert len(lines) == 1 and str(path) in lines[0]


def test_a_path_too_long_for_the_file_system_is_one_short_line(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="cannot be used") as caught:
        create_database_engine(str(tmp_path / ("a" * 5000)))
    assert len(caught.value.user_message) < 300


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="is a folder. Give a file name"):
        create_database_engine(f"sqlite:///{tmp_path}")
