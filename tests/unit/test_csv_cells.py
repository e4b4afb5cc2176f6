"""No CSV the app writes starts a cell with a formula character, and a re-import reads every value unchanged."""

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db.csv_cells import as_written, spreadsheet_safe
from app.db.csv_import import ImportReport, check_file, write_rejects
from app.db.csv_rows import ALL_COLUMNS, RowProblem

FORMULA_START = tuple("=+-@\t\r＝＋－＠")
# Any text a CSV file can carry, with values made to start like formulas and quotes more often than at random.
cell_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
tricky_text = st.one_of(cell_text, st.builds(lambda start, rest: start + rest,
                                              st.sampled_from([*FORMULA_START, "'", "''", " =", "\n-", " '"]), cell_text))


def starts_like_a_formula(cell: str) -> bool:
    return cell.startswith(FORMULA_START) or cell.lstrip().startswith(FORMULA_START)


@given(tricky_text)
def test_a_written_cell_never_starts_like_a_formula(value: str) -> None:
    assert not starts_like_a_formula(spreadsheet_safe(value))


@given(tricky_text)
def test_reading_a_written_cell_gives_the_value_back(value: str) -> None:
    assert as_written(spreadsheet_safe(value)) == value


def test_the_issue_s_cells_and_legitimate_values() -> None:
    for value in ('=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1", "\r=1", " =1"):
        assert spreadsheet_safe(value) == "'" + value
    assert (spreadsheet_safe("-2"), spreadsheet_safe("+86 138 1234 5678")) == ("'-2", "'+86 138 1234 5678")
    assert (as_written("'-2"), as_written("'+86 138 1234 5678")) == ("-2", "+86 138 1234 5678")
    assert spreadsheet_safe("'quoted") == "''quoted" and as_written("''quoted") == "'quoted"
    assert as_written("'plain") == "'plain"  # a quote the writer did not add is data
    assert spreadsheet_safe("张伟") == "张伟" and spreadsheet_safe("1-2") == "1-2"


rows = st.lists(st.lists(tricky_text, min_size=len(ALL_COLUMNS), max_size=len(ALL_COLUMNS)), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows, header_extra=tricky_text, reason=tricky_text)
def test_the_rejects_file_is_safe_and_reads_back_as_it_was(tmp_path: Path, rows: list[list[str]], header_extra: str,
                                                           reason: str) -> None:
    """The app's one CSV writer, end to end: every cell of the file is safe in a spreadsheet, and importing the
    file again reads the same fields (the rejects are meant to be fixed and imported again)."""
    rows = [["ACC-1", *row[1:]] for row in rows]  # never a blank row (the importer skips those)
    header = [*ALL_COLUMNS, f"x{header_extra}"]
    report = ImportReport(header=header, fields={}, problems=[])
    for index, row in enumerate(rows):
        report.fields[index + 2] = [*row, header_extra]
        report.problems.append(RowProblem(index + 2, "", reason))
    path = tmp_path / "rejects.csv"
    path.unlink(missing_ok=True)
    write_rejects(report, path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        cells = [cell for line in csv.reader(file) for cell in line]
    assert not any(starts_like_a_formula(cell) for cell in cells)
    again = check_file(path)
    assert again.header == [*header, "error"]
    assert [fields[:-1] for fields in again.fields.values()] == [report.fields[line] for line in sorted(report.fields)]
    assert {fields[-1] for fields in again.fields.values()} == {reason}
