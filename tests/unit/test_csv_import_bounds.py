"""CSV import against hostile or careless input: control characters, byte-order marks, oversized fields, huge
headers, devices and FIFOs, size caps, formula cells in the rejects and their file mode."""

import codecs
import csv
import os
import stat
import time
from pathlib import Path

import pytest

from app.db import csv_source
from app.db.csv_import import MAX_FIELD_CHARS, CsvFileError, check_file, import_file, write_rejects
from app.db.csv_rows import ALL_COLUMNS
from app.db.debtor_repository import DebtorRepository
from tests.db.helpers import GOOD_ROWS, row_with, session_factory, write_csv
from tests.unit.test_csv_import import engine  # noqa: F401 (a fixture, used by name)


def problems_of(path: Path) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.reason) for p in check_file(path).problems]


@pytest.mark.parametrize("char, code", [("\x00", "U+0000 (NUL)"), ("\x1b", "U+001B (ESC)"), ("\x07", "U+0007 (BEL)"),
                                        ("\x7f", "U+007F (DEL)"), ("\x85", "U+0085"), ("\x9b", "U+009B"),
                                        ("\u202e", "U+202E (RIGHT-TO-LEFT OVERRIDE)"), ("\u2066", "U+2066"),
                                        ("\u2069", "U+2069"), ("\u202a", "U+202A"), ("\t", "U+0009 (tab)"),
                                        ("\n", "U+000A (line feed)")])
def test_a_control_character_in_a_text_field_rejects_the_row(tmp_path: Path, char: str, code: str) -> None:
    rows = [GOOD_ROWS[3], row_with(0, full_name=f"张{char}伟"), row_with(2, product=f"Card{char}Gold")]
    problems = problems_of(write_csv(tmp_path / "c.csv", rows))
    product_line = 4 + char.count("\n")  # a quoted line break makes the row before it two lines long
    assert [(line, column) for line, column, _ in problems] == [(3, "full_name"), (product_line, "product")]
    assert code in problems[0][2] and "at character 2" in problems[0][2]


def test_every_column_is_checked_and_named_once(tmp_path: Path) -> None:
    row = {column: f"{value}\x1b" for column, value in GOOD_ROWS[0].items()}
    problems = problems_of(write_csv(tmp_path / "all.csv", [row]))
    assert [column for _, column, _ in problems] == list(ALL_COLUMNS)  # nothing else said about those values
    assert all("U+001B (ESC)" in reason for _, _, reason in problems)


def test_an_address_keeps_its_line_breaks_but_nothing_else(engine, tmp_path: Path) -> None:
    rows = [row_with(0, address="北京市\r\n朝阳区\n建设路1号"), row_with(2, address="Room 1202\x1b[2J"),
            row_with(3, full_name="  欧阳娜娜\t", address="\tShanghai\r")]
    report = import_file(engine, write_csv(tmp_path / "a.csv", rows), skip_bad=True)
    assert [(p.line, p.column) for p in report.problems] == [(5, "address")]  # the first row spans lines 2-4
    assert "U+001B (ESC) at character 10" in report.problems[0].reason
    directory = DebtorRepository(session_factory(engine))
    assert directory.record(directory.search("张伟")[0].debtor_id).address == "北京市\n朝阳区\n建设路1号"
    assert directory.search("欧阳")[0].full_name == "欧阳娜娜"  # tabs and spaces around a value are trimmed


def test_a_utf8_bom_wins_over_gb18030_with_a_note(engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", GOOD_ROWS, encoding="utf-8-sig")
    report = import_file(engine, path, "gb18030")
    assert report.imported and report.encoding == "utf-8"
    assert report.notes == [f"Note: {path} starts with a UTF-8 byte-order mark, so it was read as UTF-8, not GB18030."]
    names = {d.full_name for d in DebtorRepository(session_factory(engine)).list_debtors()}
    assert names == {"张伟", "Emily Clark", "欧阳娜娜"}  # not 寮犱紵


@pytest.mark.parametrize("chunk", [1 << 16, 7, 2])  # small odd chunks split the two-byte line ends
@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_files_are_read_by_their_bom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bom: bytes, codec: str,
                                           chunk: int) -> None:
    monkeypatch.setattr(csv_source, "_READ_CHUNK", chunk)
    # U+0A0A U+4E00 is 0a 0a 00 4e in UTF-16 LE: "0a 00" at an odd offset is not a line end
    text = write_csv(tmp_path / "u8.csv", [*GOOD_ROWS, row_with(0, account_number="ACC-0001", address="两\n\u0a0a\u4e00行")]) \
        .read_text(encoding="utf-8")
    path = tmp_path / "u16.csv"
    path.write_bytes(bom + text.encode(codec))
    report = check_file(path)
    assert report.encoding == codec and report.problems == [] and len(report.good) == 5
    assert report.good[-1].address == "两\n\u0a0a\u4e00行" and report.good[0].full_name == "张伟"


def test_utf32_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "u32.csv"
    path.write_bytes(codecs.BOM_UTF32_LE + "account_number\n".encode("utf-32-le"))
    with pytest.raises(CsvFileError, match="is UTF-32 .* Save it as UTF-8"):
        check_file(path)


def test_a_gb18030_decode_error_says_to_try_utf8(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ascii.csv", GOOD_ROWS[2:3])
    path.write_bytes(path.read_bytes() + b"\x81\n")
    with pytest.raises(CsvFileError, match=r"line 3 is not valid GB18030 \(byte offset \d+, byte 0x81\)\. .*"
                                           r"try --encoding utf-8"):
        check_file(path, "gb18030")


def test_a_field_over_the_csv_limit_rejects_its_row_only(engine, tmp_path: Path) -> None:
    huge = "x" * (csv.field_size_limit() + 10)
    rows = [GOOD_ROWS[0], row_with(2, address=huge), GOOD_ROWS[3]]
    limit_before = csv.field_size_limit()
    report = import_file(engine, write_csv(tmp_path / "big.csv", rows), skip_bad=True)
    assert report.imported and len(report.good) == 2
    assert [(p.line, p.column) for p in report.problems] == [(3, "address")]
    assert f"is {len(huge):,} characters long; a field holds at most {MAX_FIELD_CHARS:,}" in report.problems[0].reason
    assert csv.field_size_limit() == limit_before


def test_40000_columns_are_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join([*ALL_COLUMNS, *(f"c{n}" for n in range(40_000))]) + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(CsvFileError, match="the header has 40,017 columns; CallDesk reads at most 200"):
        check_file(path)
    assert time.perf_counter() - started < 2  # 15-25 s before (a quadratic duplicate check)


def test_repeated_columns_are_found_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "dupes.csv"
    path.write_text(",".join([*ALL_COLUMNS, *(f"c{n % 80}" for n in range(180))]) + "\n", encoding="utf-8")
    with pytest.raises(CsvFileError, match=r"columns c0, c1, c10, c11, .*, c17 and 70 more appear twice"):
        check_file(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_a_fifo_and_a_folder_are_refused_without_reading(tmp_path: Path) -> None:
    with pytest.raises(CsvFileError, match="/dev/zero is a device, FIFO or socket, not a file"):
        check_file(Path("/dev/zero"))
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)  # opening it to read would block until a writer comes
    with pytest.raises(CsvFileError, match="pipe.csv is a device, FIFO or socket"):
        check_file(fifo)
    with pytest.raises(CsvFileError, match="is a folder"):
        check_file(tmp_path)


def test_the_file_size_is_capped_before_and_while_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    size = path.stat().st_size
    monkeypatch.setattr(csv_source, "MAX_FILE_BYTES", 100)
    with pytest.raises(CsvFileError, match=rf"is too large to import \({size:,} bytes; at most 100\)\. Split it"):
        check_file(path)
    # A file whose size says nothing (/proc) or that grows while read: the read itself stops at the cap.
    monkeypatch.setattr(csv_source, "_refuse_special", lambda status, shown: None)
    with pytest.raises(CsvFileError, match=r"is too large to import \(more than 100 bytes\)"):
        check_file(path)


def test_the_rejects_file_is_new_owner_only_and_formula_safe(engine, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0], row_with(1, full_name='=HYPERLINK("http://evil","x")', product="+cmd|' /C calc'!A0",
                                   principal="-2+3", phone="@SUM(1)")]
    source = write_csv(tmp_path / "mixed.csv", rows)
    report = import_file(engine, source, skip_bad=True)
    rejects = tmp_path / "rejects.csv"
    umask = os.umask(0o022)
    try:
        write_rejects(report, rejects)
    finally:
        os.umask(umask)
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600
    with rejects.open(encoding="utf-8-sig", newline="") as file:
        written = list(csv.DictReader(file))[0]
    assert (written["full_name"], written["product"], written["principal"], written["phone"]) == (
        "'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1)")
    again = check_file(rejects)
    assert again.fields[2][:len(ALL_COLUMNS)] == [rows[1][column] for column in ALL_COLUMNS]
    with pytest.raises(FileExistsError):
        write_rejects(report, rejects)
    assert write_rejects(report, rejects, replace=True) == 1


def test_a_days_past_due_in_superscript_digits_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    problems = problems_of(write_csv(tmp_path / "sup.csv", [row_with(0, days_past_due="²")]))
    assert [(line, column) for line, column, _ in problems] == [(2, "days_past_due")]
