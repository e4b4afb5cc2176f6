"""`calldesk seed`, `import-debtors` and `db` run as a user would: `python -m app ...` in a subprocess."""

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from app.db.migrate import head_revision
from tests.db.helpers import GOOD_ROWS, row_with, write_csv

REPO = Path(__file__).resolve().parents[2]


def calldesk(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "data" / "calldesk.db"
    return f"sqlite:///{path}", path


def rows_in(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_seed_then_refuse_to_seed_again(db, tmp_path: Path) -> None:
    url, path = db
    first = calldesk("--db", url, "seed", "--debtors", "50", data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Added 50 demo debtors (seed 42)" in first.stdout
    assert rows_in(path, "debtors") == 50
    again = calldesk("--db", url, "seed", "--debtors", "50", data_dir=tmp_path)
    assert again.returncode == 2
    assert "already has 50 debtors" in again.stderr and "--append" in again.stderr
    more = calldesk("--db", url, "seed", "--debtors", "10", "--seed", "5", "--append", data_dir=tmp_path)
    assert more.returncode == 0 and rows_in(path, "debtors") == 60


def test_seed_rejects_a_negative_count(db, tmp_path: Path) -> None:
    result = calldesk("--db", db[0], "seed", "--debtors", "-4", data_dir=tmp_path)
    assert result.returncode == 2 and "cannot be negative" in result.stderr


def test_db_upgrade_and_current(db, tmp_path: Path) -> None:
    url, _ = db
    upgraded = calldesk("--db", url, "db", "upgrade", data_dir=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    head = head_revision()
    assert f"schema {head} (upgraded from empty)" in upgraded.stdout
    current = calldesk("--db", url, "db", "current", data_dir=tmp_path)
    assert current.returncode == 0 and f"schema {head}, newest {head}" in current.stdout


def test_import_a_good_file(db, tmp_path: Path) -> None:
    url, path = db
    good = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    result = calldesk("--db", url, "import-debtors", str(good), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 good, 0 bad" in result.stdout and "debtors 3 new" in result.stdout
    assert rows_in(path, "accounts") == 4
    again = calldesk("--db", url, "import-debtors", str(good), data_dir=tmp_path)
    assert again.returncode == 0 and "accounts 0 new, 4 updated" in again.stdout
    assert rows_in(path, "accounts") == 4


def test_import_a_bad_file_imports_nothing_and_names_each_problem(db, tmp_path: Path) -> None:
    url, path = db
    bad = write_csv(tmp_path / "bad.csv", [GOOD_ROWS[0], row_with(1, national_id="110105194912310021"),
                                           row_with(2, phone="555")])
    result = calldesk("--db", url, "import-debtors", str(bad), data_dir=tmp_path)
    assert result.returncode == 2
    assert "line 3, national_id: is not a valid resident ID: checksum does not match" in result.stderr
    assert "line 4, phone: " in result.stderr
    assert "Nothing was imported" in result.stderr and "Traceback" not in result.stderr
    assert rows_in(path, "accounts") == 0


def test_import_with_skip_bad_writes_the_rejects(db, tmp_path: Path) -> None:
    url, path = db
    mixed = write_csv(tmp_path / "mixed.csv", [GOOD_ROWS[0], row_with(1, principal="lots")], encoding="gb18030")
    rejects = tmp_path / "rejects.csv"
    result = calldesk("--db", url, "import-debtors", str(mixed), "--encoding", "gb18030", "--skip-bad", str(rejects),
                      data_dir=tmp_path / "calldesk")  # never inside CallDesk's data folder
    assert result.returncode == 0, result.stderr
    assert rows_in(path, "accounts") == 1
    with rejects.open(encoding="gb18030", newline="") as file:
        rejected = list(csv.DictReader(file))
    assert [(r["full_name"], r["principal"]) for r in rejected] == [("张伟", "lots")]
    assert rejected[0]["error"].startswith("principal: 'lots' is not an amount")


def test_dry_run_writes_nothing(db, tmp_path: Path) -> None:
    url, path = db
    good = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    result = calldesk("--db", url, "import-debtors", str(good), "--dry-run", data_dir=tmp_path)
    assert result.returncode == 0 and "Nothing was written" in result.stdout
    assert not path.exists()
    bad = write_csv(tmp_path / "bad.csv", [row_with(0, due_date="tomorrow")])
    assert calldesk("--db", url, "import-debtors", str(bad), "--dry-run", data_dir=tmp_path).returncode == 2


def test_an_undecodable_file_says_where(db, tmp_path: Path) -> None:
    gbk = write_csv(tmp_path / "gbk.csv", GOOD_ROWS, encoding="gb18030")
    result = calldesk("--db", db[0], "import-debtors", str(gbk), data_dir=tmp_path)
    assert result.returncode == 2
    assert "line 2 is not valid UTF-8 (byte offset" in result.stderr and "--encoding gb18030" in result.stderr


def test_an_unusable_database_is_one_line_and_exit_code_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = calldesk("--db", f"sqlite:///{blocker / 'calldesk.db'}", "seed", "--debtors", "5", data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("calldesk: error: The folder") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("chattr") is None or os.geteuid() != 0, reason="needs root and chattr")
def test_an_unwritable_folder_even_for_root(tmp_path: Path) -> None:
    folder = tmp_path / "immutable"
    folder.mkdir()
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        result = calldesk("--db", f"sqlite:///{folder / 'calldesk.db'}", "db", "upgrade", data_dir=tmp_path)
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert result.returncode == 1
    assert "calldesk: error:" in result.stderr and "Traceback" not in result.stderr
    assert "--db" in result.stderr


def one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("calldesk: error: "), result.stderr
    return lines[0]


def test_someone_elses_database_is_refused_until_adopted(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")
        connection.execute("INSERT INTO invoices VALUES (1, 100)")
        connection.commit()
    url = f"sqlite:///{path}"
    for command in (["seed", "--debtors", "5"], ["db", "upgrade"]):
        line = one_clear_line(calldesk("--db", url, *command, data_dir=tmp_path / "data"))
        assert "not empty and has no CallDesk schema: it holds 'invoices'" in line and "--adopt" in line
    with closing(sqlite3.connect(path)) as connection:
        assert [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["invoices"]

    adopted = calldesk("--db", url, "db", "upgrade", "--adopt", data_dir=tmp_path / "data")
    assert adopted.returncode == 0, adopted.stderr
    assert calldesk("--db", url, "seed", "--debtors", "5", data_dir=tmp_path / "data").returncode == 0
    assert rows_in(path, "invoices") == 1 and rows_in(path, "debtors") == 5


def test_a_database_from_a_newer_calldesk_is_one_line(db, tmp_path: Path) -> None:
    url, path = db
    assert calldesk("--db", url, "db", "upgrade", data_dir=tmp_path).returncode == 0
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
        connection.commit()
    line = one_clear_line(calldesk("--db", url, "seed", "--debtors", "1", data_dir=tmp_path))
    assert "made by a newer CallDesk (revision 0099" in line and "Upgrade CallDesk" in line


@pytest.mark.parametrize(("url", "expected"), [
    ("sqlite:////dev/null", "/dev/null is a device, FIFO or socket"),
    ("postgresql://u@[::1", "postgresql://… (19 characters) is not a database URL that can be read"),
])
def test_unusable_database_urls_are_one_line(tmp_path: Path, url: str, expected: str) -> None:
    assert expected in one_clear_line(calldesk("--db", url, "db", "upgrade", data_dir=tmp_path))


@pytest.mark.parametrize("how", ["--db", "CALLDESK_DB"])
def test_a_password_in_the_url_is_refused_on_the_command_line_and_in_the_environment(tmp_path: Path, how: str) -> None:
    url = "postgresql://desk@db/calldesk?sslpassword=hunter2"
    args = ["--db", url] if how == "--db" else []
    env = {**os.environ, "CALLDESK_DB": url} if how == "CALLDESK_DB" else None
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), *args, "db", "current"],
                            cwd=REPO, capture_output=True, text=True, timeout=120, env=env)
    line = one_clear_line(result)
    assert how in line and "~/.pgpass" in line and "hunter2" not in line
