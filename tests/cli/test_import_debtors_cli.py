"""`calldesk import-debtors --skip-bad REJECTS`: the rejects file is never the database, the input or CallDesk's
own, is new unless --force, and is not left behind when the import fails; hostile files get one clear line."""

import csv
import hashlib
import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_cli_database_commands import calldesk, rows_in
from tests.db.helpers import GOOD_ROWS, row_with, write_csv

MIXED = [GOOD_ROWS[0], row_with(1, principal="lots"), GOOD_ROWS[2]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The user's folder: input and rejects files live here, outside CallDesk's data folder."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, Path]:
    """A database with debtors in it (what a rejects file written over it would destroy)."""
    path = tmp_path / "data" / "calldesk.db"
    url = f"sqlite:///{path}"
    seeded = calldesk("--db", url, "seed", "--debtors", "5", data_dir=tmp_path / "data")
    assert seeded.returncode == 0, seeded.stderr
    return url, path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_debtors(db: tuple[str, Path], tmp_path: Path, *args: str):
    return calldesk("--db", db[0], "import-debtors", *args, data_dir=tmp_path / "data")


def one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("calldesk: error: ")]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("suffix", ["", "-wal", "-journal"])
def test_the_rejects_file_is_never_the_database(db, tmp_path: Path, home: Path, suffix: str) -> None:
    url, path = db
    before = digest(path)
    mixed = write_csv(home / "mixed.csv", MIXED)
    target = path.with_name(path.name + suffix)
    result = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(target), "--force")
    assert result.returncode == 2
    assert f"The rejects file {target} is the database" in one_error_line(result.stderr)
    assert digest(path) == before and rows_in(path, "accounts") > 0
    assert suffix == "" or not target.exists()


def test_the_rejects_file_is_never_the_input_by_any_name(db, tmp_path: Path, home: Path) -> None:
    mixed = write_csv(home / "mixed.csv", MIXED)
    before = digest(mixed)
    (home / "hard.csv").hardlink_to(mixed)
    (home / "soft.csv").symlink_to(mixed)
    for name in ("mixed.csv", "hard.csv", "soft.csv"):
        result = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(home / name), "--force")
        assert result.returncode == 2
        assert "is the CSV file being imported" in one_error_line(result.stderr)
    assert digest(mixed) == before


def test_the_rejects_file_is_never_inside_calldesks_folders(db, tmp_path: Path, home: Path) -> None:
    mixed = write_csv(home / "mixed.csv", MIXED)
    result = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(tmp_path / "data" / "rejects.csv"))
    assert result.returncode == 2 and "CallDesk's data folder" in one_error_line(result.stderr)
    assert not (tmp_path / "data" / "rejects.csv").exists()


def test_an_existing_rejects_file_needs_force(db, tmp_path: Path, home: Path) -> None:
    url, path = db
    accounts = rows_in(path, "accounts")
    mixed = write_csv(home / "mixed.csv", MIXED)
    rejects = home / "rejects.csv"
    rejects.write_text("keep me\n")
    refused = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(rejects))
    assert refused.returncode == 2
    assert "already exists. Give a new file name, or add --force to replace it" in one_error_line(refused.stderr)
    assert rejects.read_text() == "keep me\n" and rows_in(path, "accounts") == accounts  # nothing imported
    forced = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(rejects), "--force")
    assert forced.returncode == 0, forced.stderr
    with rejects.open(encoding="utf-8-sig", newline="") as file:
        assert [row["principal"] for row in csv.DictReader(file)] == ["lots"]
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600


def test_no_empty_rejects_file_is_left_when_the_import_fails(db, tmp_path: Path, home: Path) -> None:
    missing_column = write_csv(home / "no-phone.csv", MIXED, [c for c in GOOD_ROWS[0] if c != "phone"])
    rejects = home / "rejects.csv"
    result = import_debtors(db, tmp_path, str(missing_column), "--skip-bad", str(rejects))
    assert result.returncode == 2 and "missing column phone" in result.stderr
    (home / "not-a-folder.csv").touch()  # the database cannot be made under it
    unusable = calldesk("--db", f"sqlite:///{home / 'not-a-folder.csv' / 'x.db'}", "import-debtors",
                        str(write_csv(home / "mixed.csv", MIXED)), "--skip-bad", str(rejects), data_dir=tmp_path / "data")
    assert unusable.returncode == 1
    assert sorted(p.name for p in home.iterdir()) == ["mixed.csv", "no-phone.csv", "not-a-folder.csv"]


def test_the_rejects_file_is_owner_only_under_umask_022(db, tmp_path: Path, home: Path) -> None:
    rejects = home / "rejects.csv"
    mixed = write_csv(home / "mixed.csv", MIXED)
    umask = os.umask(0o022)  # the subprocess inherits it
    try:
        result = import_debtors(db, tmp_path, str(mixed), "--skip-bad", str(rejects))
    finally:
        os.umask(umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600


def test_a_bom_overruling_the_encoding_is_said(db, tmp_path: Path, home: Path) -> None:
    bom = write_csv(home / "bom.csv", GOOD_ROWS, encoding="utf-8-sig")
    result = import_debtors(db, tmp_path, str(bom), "--encoding", "gb18030")
    assert result.returncode == 0, result.stderr
    assert "starts with a UTF-8 byte-order mark, so it was read as UTF-8, not GB18030" in result.stderr


def test_dev_zero_and_a_fifo_are_one_line(db, tmp_path: Path, home: Path) -> None:
    fifo = home / "pipe.csv"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        result = import_debtors(db, tmp_path, source)
        assert result.returncode == 2
        assert "is a device, FIFO or socket, not a file" in one_error_line(result.stderr)


def test_control_characters_are_shown_escaped(db, tmp_path: Path, home: Path) -> None:
    bad = write_csv(home / "bad.csv", [row_with(0, full_name="张\x1b]0;owned\x07伟")])
    result = import_debtors(db, tmp_path, str(bad))
    assert result.returncode == 2
    assert "line 2, full_name: has the control character U+001B (ESC) at character 2" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
