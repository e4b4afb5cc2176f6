"""app.output_paths: a file the user names is never the database, the input or CallDesk's own; new files only
unless replacing was asked for; written atomically and owner-only; nothing left behind on failure."""

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import TextIO

import pytest

from app.config import default_paths
from app.output_paths import Guarded, OutputRefused, app_owned, check_output_path, database_files, replace_file, write_new_file


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "calldesk.db"
    path.parent.mkdir()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE debtors (id INTEGER PRIMARY KEY)")
    return path


def check(target: Path, guarded: list[Guarded], *, replace: bool = False) -> None:
    check_output_path(target, what="The rejects file", guarded=guarded, replace=replace, replace_hint="add --force")


def refusal(target: Path, guarded: list[Guarded], *, replace: bool = False) -> str:
    with pytest.raises(OutputRefused) as caught:
        check(target, guarded, replace=replace)
    return caught.value.user_message


def hello(file: TextIO) -> None:
    file.write("hello\n")


@pytest.mark.parametrize("suffix, named", [("", "is the database CallDesk uses"), ("-wal", "the database's wal file"),
                                           ("-shm", "the database's shm file"), ("-journal", "the database's journal")])
def test_the_database_and_its_side_files_are_refused_even_with_replace(database: Path, suffix: str, named: str) -> None:
    guarded = database_files(database, ("-wal", "-shm", "-journal"))
    target = database.with_name(database.name + suffix)
    message = refusal(target, guarded, replace=True)
    assert message.startswith(f"The rejects file {target} ") and named in message and "give a new file name" in message


def test_the_same_file_by_another_name_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "debtors.csv"
    source.write_text("x\n")
    guarded = [Guarded(source, "the CSV file being imported")]
    (tmp_path / "hard.csv").hardlink_to(source)
    (tmp_path / "soft.csv").symlink_to(source)
    (tmp_path / "sub").mkdir()
    assert "(another name for the same file)" in refusal(tmp_path / "hard.csv", guarded, replace=True)
    assert "is the CSV file being imported" in refusal(tmp_path / "soft.csv", guarded, replace=True)
    assert "is the CSV file being imported" in refusal(tmp_path / "sub" / ".." / "debtors.csv", guarded, replace=True)


def test_anything_inside_callDesks_folders_and_its_config_file_is_refused(tmp_path: Path) -> None:
    from app.config import Settings
    paths = default_paths(tmp_path / "data")
    settings = Settings(paths=paths, config_file=tmp_path / "calldesk.toml", database_url="", language="en",
                        rule_pack="cn", agent_login="a", agent_name="A", sip_accounts=(), demo_mode=True,
                        demo_debtors=0, recording_policy="always")
    guarded = app_owned(settings)
    paths.recordings_dir.mkdir(parents=True)
    assert "is inside" in refusal(paths.recordings_dir / "2026" / "x.csv", guarded)
    assert "CallDesk's data folder" in refusal(paths.data_dir / "out.csv", guarded)
    assert "CallDesk's config file" in refusal(tmp_path / "calldesk.toml", guarded)
    assert "CallDesk's config folder" in refusal(paths.config_dir / "window.ini", guarded)
    check(tmp_path / "elsewhere.csv", guarded)  # next to the data folder is fine


def test_an_existing_file_needs_replace_and_is_never_a_folder_link_device_or_database(tmp_path: Path,
                                                                                     database: Path) -> None:
    existing = tmp_path / "old.csv"
    existing.write_text("old\n")
    message = refusal(existing, [])
    assert "already exists" in message and "add --force to replace it" in message
    check(existing, [], replace=True)
    assert "not a regular file" in refusal(tmp_path, [], replace=True)
    (tmp_path / "link.csv").symlink_to(existing)
    assert "not a regular file" in refusal(tmp_path / "link.csv", [], replace=True)
    assert "not a regular file" in refusal(Path("/dev/null"), [], replace=True)
    assert "is a database" in refusal(database, [], replace=True)  # any SQLite file, not only the one in use


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    assert "does not exist" in refusal(tmp_path / "nowhere" / "r.csv", [])


def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "rejects.csv"
    write_new_file(target, hello, encoding="utf-8", replace=False)
    assert target.read_text() == "hello\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rejects.csv"]


def test_a_failed_write_leaves_no_file_behind(tmp_path: Path) -> None:
    def broken(file: TextIO) -> None:
        file.write("half a row")
        raise ValueError("disk gone")

    with pytest.raises(ValueError):
        write_new_file(tmp_path / "rejects.csv", broken, encoding="utf-8", replace=False)
    assert list(tmp_path.iterdir()) == []


def test_a_file_made_meanwhile_is_not_replaced_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "rejects.csv"

    def someone_else_writes_it(file: TextIO) -> None:
        target.write_text("theirs\n")
        hello(file)

    with pytest.raises(FileExistsError):
        write_new_file(target, someone_else_writes_it, encoding="utf-8", replace=False)
    assert target.read_text() == "theirs\n" and [p.name for p in tmp_path.iterdir()] == ["rejects.csv"]
    write_new_file(target, hello, encoding="utf-8", replace=True)
    assert target.read_text() == "hello\n" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_replacing_an_owned_file_keeps_its_mode_and_follows_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "calldesk.toml"
    link.symlink_to(real)
    replace_file(link, hello, encoding="utf-8")
    assert link.is_symlink() and real.read_text() == "hello\n" and stat.S_IMODE(real.stat().st_mode) == 0o640
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        replace_file(fifo, hello, encoding="utf-8")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calldesk.toml", "fifo.toml", "real.toml"]
