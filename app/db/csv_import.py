"""Import debtors and their accounts from a CSV file (`calldesk import-debtors`).

Columns (header row required, names case-insensitive, any order; columns not listed are ignored):

    account_number  required  4-32 letters/digits/dashes; the key: re-importing updates the account
    full_name       required  as it should be shown (张伟, John Smith)
    national_id     required  18-character resident ID with a valid check character; the debtor's key
    phone           required  CN national (13812345678, 010-12345678) or international (+86..., 0086...)
    product         required  e.g. 信用卡 金卡, Platinum Card
    principal       required  amount: digits with up to 2 decimals, not negative (no thousands separators)
    total_due       required  must equal principal + interest + fees
    minimum_due     required  at most total_due
    due_date        required  YYYY-MM-DD
    days_past_due   required  whole days, 0-36500; the bucket (M0-M6+) is derived from it
    interest, fees  optional  amounts, default 0
    phone_type      optional  mobile | home | work (default: from the number)
    phone_owner     optional  self | spouse | parent | relative | employer | friend | other (default self)
    address         optional
    currency        optional  3 letters, default CNY
    language        optional  zh_CN | en (default zh_CN)

Encodings: UTF-8 with or without BOM (default), or GB18030 (Excel on Chinese Windows); a byte-order mark
(UTF-8, UTF-16) decides (app/db/csv_source.py). One row per account; several rows with the same national_id are
one debtor with several accounts and phones.

Bounds, each with its own message: the file size (csv_source), at most ``MAX_COLUMNS`` columns (checked in time
linear in the header), at most ``MAX_FIELD_CHARS`` characters a field (a longer field rejects its row, and the
others are still read). Cells the app wrote spreadsheet-safe (a quote before ``= + - @``) are read back as they
were (app/db/csv_cells.py); text fields are checked for control characters (app/db/csv_text.py).
"""

import csv
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app.db.csv_cells import as_written, write_safe_rows
from app.db.csv_rows import ALL_COLUMNS, REQUIRED_COLUMNS, DebtorRow, RowProblem, parse_row
from app.db.csv_source import ENCODINGS, MAX_FILE_BYTES, CsvFileError, CsvSource, decoded_lines
from app.db.csv_writer import ImportCounts, write_rows
from app.db.engine import describe_database_error
from app.output_paths import write_new_file
from app.safe_echo import cut, escape_control_characters

if TYPE_CHECKING:
    import _csv

__all__ = ["ENCODINGS", "MAX_COLUMNS", "MAX_FIELD_CHARS", "CsvFileError", "ImportReport", "check_file", "column_list",
           "import_file", "write_rejects"]

MAX_COLUMNS = 200
MAX_FIELD_CHARS = 10_000  # the longest field CallDesk stores is an address of 500 characters
COLUMNS_SHOWN = 10
Progress = Callable[[str, int], None]
_REJECTS_ENCODING = {"gb18030": "gb18030"}  # else UTF-8 with a BOM, which Excel opens right (also for UTF-16 input)


@dataclass
class ImportReport:
    rows: int = 0
    good: list[DebtorRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    fields: dict[int, list[str]] = field(default_factory=dict)  # line -> the row's original fields
    header: list[str] = field(default_factory=list)  # as written in the file
    ignored_columns: list[str] = field(default_factory=list)
    counts: ImportCounts = field(default_factory=ImportCounts)
    imported: bool = False
    encoding: str = ""  # as read: the byte-order mark may have overruled the one asked for
    notes: list[str] = field(default_factory=list)  # for the user, e.g. that the BOM decided the encoding

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems})


def check_file(path: Path, encoding: str = "utf-8", progress: Progress | None = None) -> ImportReport:
    """Read and validate every row; touches no database. Raises CsvFileError for file-level problems."""
    report = ImportReport()
    source = CsvSource(path, encoding)
    with decoded_lines(source) as lines, _csv_field_limit(MAX_FILE_BYTES):
        report.encoding, report.notes = source.encoding, source.notes
        _check_rows(csv.reader(lines), report, progress)
    return report


def _check_rows(reader: "_csv.Reader", report: ImportReport, progress: Progress | None) -> None:
    seen_accounts: dict[str, int] = {}
    seen_people: dict[str, tuple[int, str]] = {}
    header = _header(reader, report)
    while True:
        line = reader.line_num + 1
        try:
            fields = [as_written(f) for f in next(reader)]
        except StopIteration:
            break
        except csv.Error as error:
            raise CsvFileError(f"line {line}: the CSV structure is broken ({error}).") from None
        if not any(f.strip() for f in fields):
            continue
        report.rows += 1
        report.fields[line] = fields
        if progress is not None and report.rows % 10_000 == 0:
            progress("checked", report.rows)
        problem = _row_shape_problem(line, fields, header)
        if problem is not None:
            report.problems.append(problem)
            continue
        row, problems = parse_row(line, dict(zip(header, fields, strict=True)))
        if row is not None:
            problems = _duplicates(row, seen_accounts, seen_people)
        if problems:
            report.problems.extend(problems)
        else:
            assert row is not None
            report.good.append(row)


def _row_shape_problem(line: int, fields: list[str], header: list[str]) -> RowProblem | None:
    """A field too long to be data, or the wrong number of fields: the row is rejected whole."""
    for index, text in enumerate(fields):
        if len(text) > MAX_FIELD_CHARS:
            column = header[index] if index < len(header) else f"field {index + 1}"
            return RowProblem(line, column, f"is {len(text):,} characters long; a field holds at most "
                                            f"{MAX_FIELD_CHARS:,}")
    if len(fields) != len(header):
        return RowProblem(line, "", f"has {len(fields)} fields, the header has {len(header)}")
    return None


@contextmanager
def _csv_field_limit(limit: int) -> Iterator[None]:
    """Let the csv module read fields up to ``limit`` so that an oversized field rejects its row (checked
    above) instead of aborting the file. The limit is process-wide; it is put back afterwards."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def import_file(engine: Engine, path: Path, encoding: str = "utf-8", *, skip_bad: bool = False,
                progress: Progress | None = None) -> ImportReport:
    """Validate the file, then import it in one transaction.

    Without ``skip_bad``, any bad row means nothing is imported (``report.imported`` is False). With it, the
    good rows are imported and the bad ones are listed in ``report.problems`` (see ``write_rejects``).
    """
    report = check_file(path, encoding, progress)
    if report.problems and not skip_bad:
        return report
    try:
        with engine.begin() as connection:
            conflicts = write_rows(connection, report.good, report.counts, progress)
            if conflicts:
                report.problems.extend(conflicts)
                refused = {p.line for p in conflicts}
                report.good = [r for r in report.good if r.line not in refused]
                if not skip_bad:
                    raise _UndoImport
        report.imported = True
    except _UndoImport:
        pass
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None
    return report


class _UndoImport(Exception):
    """Raised inside the transaction to roll the whole import back."""


def write_rejects(report: ImportReport, path: Path, *, replace: bool = False) -> int:
    """Write the rejected rows (original fields plus an ``error`` column), every cell spreadsheet-safe, to a new
    file (``replace``: or over an existing one), atomically and owner-only; return how many rows. Raises
    FileExistsError or OSError, leaving no file behind. The path is checked by the caller (app.output_paths)."""
    reasons: dict[int, list[str]] = {}
    for problem in report.problems:
        reasons.setdefault(problem.line, []).append(f"{problem.column}: {problem.reason}" if problem.column
                                                    else problem.reason)
    rows = ([*report.fields.get(line, []), "; ".join(reasons[line])] for line in sorted(reasons))
    write_new_file(path, lambda file: write_safe_rows(file, [[*report.header, "error"], *rows]),
                   encoding=_REJECTS_ENCODING.get(report.encoding, "utf-8-sig"), replace=replace)
    return len(reasons)


def _header(reader: Iterator[list[str]], report: ImportReport) -> list[str]:
    try:
        report.header = [as_written(name) for name in next(reader)]
    except StopIteration:
        raise CsvFileError("The file is empty: it needs a header row naming the columns.") from None
    except csv.Error as error:
        raise CsvFileError(f"line 1: the header row is not valid CSV ({error}).") from None
    if len(report.header) > MAX_COLUMNS:
        raise CsvFileError(f"line 1: the header has {len(report.header):,} columns; CallDesk reads at most "
                           f"{MAX_COLUMNS}. Check that the file is comma-separated, or remove the columns not needed.")
    header = [h.strip().lstrip("\ufeff").lower() for h in report.header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CsvFileError(
            f"line 1: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}. "
            f"The header must name at least: {', '.join(REQUIRED_COLUMNS)}."
        )
    repeated = sorted(name for name, times in Counter(header).items() if times > 1 and name)
    if repeated:
        raise CsvFileError(f"line 1: column{'s' if len(repeated) > 1 else ''} {column_list(repeated)} appear twice.")
    report.ignored_columns = [h for h in header if h not in ALL_COLUMNS]
    return header


def column_list(columns: list[str]) -> str:
    """Column names as a message shows them: a few, each cut, control characters escaped."""
    shown = ", ".join(escape_control_characters(cut(name, 40)) for name in columns[:COLUMNS_SHOWN])
    return shown + (f" and {len(columns) - COLUMNS_SHOWN:,} more" if len(columns) > COLUMNS_SHOWN else "")


def _duplicates(row: DebtorRow, accounts: dict[str, int], people: dict[str, tuple[int, str]]) -> list[RowProblem]:
    first = accounts.setdefault(row.account_number, row.line)
    if first != row.line:
        return [RowProblem(row.line, "account_number", f"{row.account_number} is already on line {first}")]
    line, name = people.setdefault(row.national_id, (row.line, row.full_name))
    if name != row.full_name:
        return [RowProblem(row.line, "full_name",
                           f"the same national_id is on line {line} with the name {name}; one person has one name")]
    return []
