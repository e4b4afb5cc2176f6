"""Engine settings and the plain-language DatabaseUnavailable errors."""

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.engine import DatabaseUnavailable, create_database_engine, display_url, parse_database_url
from app.db.migrate import current_revision, head_revision, upgrade_to_head


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
