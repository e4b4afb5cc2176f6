"""CSV import: validation with exact line/column/reason, encodings, re-import, rejects, dry run."""

import codecs
import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models
from app.db.csv_import import CsvFileError, check_file, import_file, write_rejects
from app.db.csv_rows import ALL_COLUMNS, REQUIRED_COLUMNS
from app.db.debtor_repository import DebtorRepository
from app.db.engine import session_factory
from tests.db.helpers import GOOD_ROWS, content_hash, migrated_sqlite, row_with, write_csv


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    yield engine
    engine.dispose()


def count(engine, model) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model))


def names_found(directory: DebtorRepository, query: str) -> list[str]:
    return [d.full_name for d in directory.search(query)]


def test_a_good_file_is_imported(engine, tmp_path: Path) -> None:
    report = import_file(engine, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    assert report.imported and report.problems == [] and report.rows == 4
    c = report.counts
    assert (c.debtors_created, c.accounts_created, c.phones_added) == (3, 4, 4)
    directory = DebtorRepository(session_factory(engine))
    zhang = directory.record(directory.search("张伟")[0].debtor_id)
    assert [a.account_number for a in zhang.accounts] == ["6225880000000011", "6225880000000029"]
    assert zhang.accounts[0].total_due == Decimal("10200.50") and zhang.accounts[0].bucket == "M2"
    assert {p.number for p in zhang.phones} == {"+8613812345678", "+861062345678"}
    emily = directory.record(directory.search("emily")[0].debtor_id)
    assert (emily.language, emily.accounts[0].currency, emily.phones[0].phone_type) == ("en", "CNY", "mobile")
    assert directory.search("ouyang")[0].full_name == "欧阳娜娜"
    assert directory.search("oynn")[0].full_name == "欧阳娜娜"  # initials, written with the debtor
    assert names_found(directory, "0025") == ["欧阳娜娜"]  # last four of the national ID
    assert names_found(directory, "ec") == ["Emily Clark"]


@pytest.mark.parametrize("changes, column, reason", [
    ({"national_id": "110105194912310021"}, "national_id", "checksum does not match (last character should be X)"),
    ({"national_id": "11010519491331002X"}, "national_id", "birth date 19491331 is not a real date"),
    ({"phone": "12345"}, "phone", "is not a valid number"),
    ({"phone": "call me"}, "phone", "is not a phone number"),
    ({"principal": "12,000.00"}, "principal", "has a comma"),
    ({"principal": "1e3"}, "principal", "is not a plain amount"),
    ({"principal": "abc"}, "principal", "is not an amount"),
    ({"principal": "NaN"}, "principal", "'NaN' is not an amount"),
    ({"interest": "-5"}, "interest", "'-5' is negative"),
    ({"fees": "1.005"}, "fees", "has more than 2 decimal places"),
    ({"total_due": "10000.00"}, "total_due", "10000.00 is not principal + interest + fees = 10200.50"),
    ({"minimum_due": "99999"}, "minimum_due", "is more than total_due"),
    ({"due_date": "2026/10/01"}, "due_date", "is not a date in the form YYYY-MM-DD"),
    ({"due_date": "2026-02-30"}, "due_date", "'2026-02-30' is not a real date"),
    ({"days_past_due": "-3"}, "days_past_due", "is not a whole number of days"),
    ({"phone_type": "fax"}, "phone_type", "'fax' is not one of: mobile, home, work"),
    ({"language": "fr"}, "language", "'fr' is not zh_CN or en"),
    ({"full_name": ""}, "full_name", "is empty"),
])
def test_each_bad_row_is_reported_with_its_line_column_and_reason(
        engine, tmp_path: Path, changes: dict[str, str], column: str, reason: str) -> None:
    rows = [GOOD_ROWS[3], row_with(0, **changes), GOOD_ROWS[2]]
    report = import_file(engine, write_csv(tmp_path / "bad.csv", rows))
    assert not report.imported
    assert [(p.line, p.column) for p in report.problems] == [(3, column)]
    assert reason in report.problems[0].reason
    assert str(report.problems[0]).startswith(f"line 3, {column}: ")
    assert count(engine, models.Debtor) == 0  # one bad row: nothing imported


def test_every_problem_of_every_row_is_reported(engine, tmp_path: Path) -> None:
    rows = [row_with(0, phone="1", principal="x"), GOOD_ROWS[2], row_with(3, due_date="soon")]
    report = check_file(write_csv(tmp_path / "bad.csv", rows))
    assert [(p.line, p.column) for p in report.problems] == [(2, "phone"), (2, "principal"), (4, "due_date")]
    assert report.bad_lines == [2, 4] and len(report.good) == 1


def test_rows_spanning_lines_are_reported_at_their_first_line(tmp_path: Path) -> None:
    rows = [row_with(3, address="第一行\n第二行"), row_with(2, phone="000")]
    report = check_file(write_csv(tmp_path / "multi.csv", rows))
    assert [(p.line, p.column) for p in report.problems] == [(4, "phone")]


def test_a_missing_column_stops_the_import(engine, tmp_path: Path) -> None:
    columns = [c for c in ALL_COLUMNS if c != "phone"]
    with pytest.raises(CsvFileError, match="line 1: missing column phone"):
        import_file(engine, write_csv(tmp_path / "no-phone.csv", GOOD_ROWS, columns))


def test_optional_columns_may_be_left_out(engine, tmp_path: Path) -> None:
    report = import_file(engine, write_csv(tmp_path / "short.csv", [GOOD_ROWS[1]], REQUIRED_COLUMNS))
    assert report.imported and report.problems == []


def test_a_row_with_the_wrong_number_of_fields(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ragged.csv", GOOD_ROWS[:1])
    path.write_text(path.read_text(encoding="utf-8") + "6225880000000099,only two\n", encoding="utf-8")
    report = check_file(path)
    assert [(p.line, p.column, p.reason) for p in report.problems] == [(3, "", "has 2 fields, the header has 17")]


def test_duplicates_inside_the_file_are_reported(tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], row_with(0), row_with(1, full_name="张三")]
    report = check_file(write_csv(tmp_path / "dupes.csv", rows))
    assert [(p.line, p.column) for p in report.problems] == [(3, "account_number"), (4, "full_name")]
    assert "already on line 2" in report.problems[0].reason


def test_gb18030_files_with_chinese_names(engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "excel.csv", GOOD_ROWS, encoding="gb18030")
    with pytest.raises(CsvFileError) as caught:
        check_file(path)  # read as UTF-8 by default
    assert "line 2 is not valid UTF-8 (byte offset" in str(caught.value) and "--encoding gb18030" in str(caught.value)
    report = import_file(engine, path, "gb18030")
    assert report.imported
    assert {d.full_name for d in DebtorRepository(session_factory(engine)).list_debtors()} == {
        "张伟", "Emily Clark", "欧阳娜娜"}


def test_the_decode_error_names_the_line_and_byte_offset(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "broken.csv", GOOD_ROWS[:2])
    data = path.read_bytes()
    second_row = data.index(b"\n", data.index(b"\n") + 1) + 1
    path.write_bytes(data[:second_row + 5] + b"\xff" + data[second_row + 5:])
    with pytest.raises(CsvFileError, match=rf"line 3 is not valid UTF-8 \(byte offset {second_row + 5}, byte 0xff\)"):
        check_file(path)


def test_utf8_with_a_byte_order_mark(engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", GOOD_ROWS, encoding="utf-8-sig")
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    report = import_file(engine, path)
    assert report.imported and report.problems == []


def test_reimporting_creates_no_duplicates_and_updates_amounts(engine, tmp_path: Path) -> None:
    import_file(engine, write_csv(tmp_path / "v1.csv", GOOD_ROWS))
    before = content_hash(engine)
    again = import_file(engine, write_csv(tmp_path / "v1-again.csv", GOOD_ROWS))
    assert again.imported and (again.counts.accounts_created, again.counts.accounts_updated) == (0, 4)
    assert (again.counts.debtors_created, again.counts.phones_added) == (0, 0)
    assert content_hash(engine) == before
    changed = row_with(0, interest="250.50", total_due="10300.50", days_past_due="95", phone="13900009999")
    import_file(engine, write_csv(tmp_path / "v2.csv", [changed]))
    assert (count(engine, models.Debtor), count(engine, models.Account)) == (3, 4)
    directory = DebtorRepository(session_factory(engine))
    zhang = directory.record(directory.search("张伟")[0].debtor_id)
    assert (zhang.accounts[0].total_due, zhang.accounts[0].bucket) == (Decimal("10300.50"), "M4")
    assert "+8613900009999" in {p.number for p in zhang.phones}


def test_an_account_belonging_to_someone_else_is_refused(engine, tmp_path: Path) -> None:
    import_file(engine, write_csv(tmp_path / "v1.csv", GOOD_ROWS))
    before = content_hash(engine)
    stolen = row_with(3, account_number=GOOD_ROWS[0]["account_number"])
    report = import_file(engine, write_csv(tmp_path / "v2.csv", [GOOD_ROWS[2], stolen]))
    assert not report.imported
    assert [(p.line, p.column) for p in report.problems] == [(3, "account_number")]
    assert "belongs to another debtor" in report.problems[0].reason and "110***********002X" in report.problems[0].reason
    assert content_hash(engine) == before


def test_skip_bad_imports_the_good_rows_and_writes_the_rejects(engine, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], row_with(1, phone="12"), GOOD_ROWS[2], row_with(3, principal="-1", due_date="x")]
    report = import_file(engine, write_csv(tmp_path / "mixed.csv", rows), skip_bad=True)
    assert report.imported and count(engine, models.Account) == 2
    rejects = tmp_path / "rejects.csv"
    assert write_rejects(report, rejects) == 2
    with rejects.open(encoding="utf-8-sig", newline="") as file:
        written = list(csv.DictReader(file))
    assert [r["account_number"] for r in written] == [GOOD_ROWS[1]["account_number"], GOOD_ROWS[3]["account_number"]]
    assert written[0]["phone"] == "12" and written[0]["error"].startswith("phone: ")
    assert written[1]["error"].startswith("principal: '-1' is negative; due_date: ")
    assert list(written[0]) == [*ALL_COLUMNS, "error"]


def test_checking_a_file_writes_nothing(engine, tmp_path: Path) -> None:
    before = content_hash(engine)
    report = check_file(write_csv(tmp_path / "good.csv", GOOD_ROWS))
    assert len(report.good) == 4 and report.problems == []
    assert content_hash(engine) == before


def test_an_empty_file_and_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(CsvFileError, match="empty"):
        check_file(tmp_path / "empty.csv")
    with pytest.raises(CsvFileError, match="cannot be read"):
        check_file(tmp_path / "missing.csv")


def test_a_large_file_is_imported_in_reasonable_time(engine, tmp_path: Path) -> None:
    from app.domain.national_id import resident_id_check_char
    rows = []
    for n in range(20_000):
        first17 = f"11010519{70 + n % 30:02d}0101{n % 1000:03d}"
        rows.append(row_with(0, account_number=f"ACC-{n:08d}", national_id=first17 + resident_id_check_char(first17),
                             full_name=f"张{n % 1000}", phone=f"1381234{n % 10000:04d}"))
    seen: list[int] = []
    report = import_file(engine, write_csv(tmp_path / "big.csv", rows), progress=lambda stage, n: seen.append(n))
    assert report.imported and count(engine, models.Account) == 20_000
    assert count(engine, models.Debtor) == 3000  # one person per national ID
    assert 10_000 in seen
