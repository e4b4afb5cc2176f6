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

Encodings: UTF-8 with or without BOM (default), or GB18030 (Excel on Chinese Windows). One row per account;
several rows with the same national_id are one debtor with several accounts and phones.
"""

import codecs
import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app.db.csv_rows import ALL_COLUMNS, REQUIRED_COLUMNS, DebtorRow, RowProblem, parse_row
from app.db.csv_writer import ImportCounts, write_rows
from app.db.engine import describe_database_error

ENCODINGS = ("utf-8", "gb18030")
Progress = Callable[[str, int], None]


class CsvFileError(Exception):
    """The file as a whole cannot be imported (unreadable, undecodable, missing columns); nothing was imported."""


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

    @property
    def bad_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems})


def check_file(path: Path, encoding: str = "utf-8", progress: Progress | None = None) -> ImportReport:
    """Read and validate every row; touches no database. Raises CsvFileError for file-level problems."""
    report = ImportReport()
    seen_accounts: dict[str, int] = {}
    seen_people: dict[str, tuple[int, str]] = {}
    reader = csv.reader(_decoded_lines(path, encoding))
    header = _header(reader, report)
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise CsvFileError(f"{path}: line {line}: the CSV structure is broken ({error})") from None
        if not any(f.strip() for f in fields):
            continue
        report.rows += 1
        report.fields[line] = fields
        if progress is not None and report.rows % 10_000 == 0:
            progress("checked", report.rows)
        if len(fields) != len(header):
            report.problems.append(RowProblem(line, "", f"has {len(fields)} fields, the header has {len(header)}"))
            continue
        row, problems = parse_row(line, dict(zip(header, fields, strict=True)))
        if row is not None:
            problems = _duplicates(row, seen_accounts, seen_people)
        if problems:
            report.problems.extend(problems)
        else:
            assert row is not None
            report.good.append(row)
    return report


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


def write_rejects(report: ImportReport, path: Path, encoding: str = "utf-8") -> int:
    """Write the rejected rows (original fields plus an ``error`` column) and return how many."""
    reasons: dict[int, list[str]] = {}
    for problem in report.problems:
        reasons.setdefault(problem.line, []).append(f"{problem.column}: {problem.reason}" if problem.column
                                                    else problem.reason)
    with path.open("w", encoding="utf-8-sig" if encoding == "utf-8" else encoding, newline="") as file:
        writer = csv.writer(file)
        writer.writerow([*report.header, "error"])
        for line in sorted(reasons):
            writer.writerow([*report.fields.get(line, []), "; ".join(reasons[line])])
    return len(reasons)


def _decoded_lines(path: Path, encoding: str) -> Iterator[str]:
    """Lines decoded one by one, so a bad byte is reported with its line and byte offset."""
    if encoding not in ENCODINGS:
        raise CsvFileError(f"Unknown encoding '{encoding}'; use one of: {', '.join(ENCODINGS)}.")
    try:
        file = path.open("rb")
    except OSError as error:
        raise CsvFileError(f"{path}: cannot be read ({error.strerror or error}).") from None
    with file:
        offset = 0
        for number, raw in enumerate(file, start=1):
            data = raw[len(codecs.BOM_UTF8):] if number == 1 and raw.startswith(codecs.BOM_UTF8) else raw
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                where = offset + (len(raw) - len(data)) + error.start
                hint = " If it was saved by Excel on Chinese Windows, use --encoding gb18030." if encoding == "utf-8" \
                    else " Check the file's encoding."
                raise CsvFileError(
                    f"{path}: line {number} is not valid {encoding.upper()} (byte offset {where}, "
                    f"byte 0x{raw[error.start + len(raw) - len(data)]:02x}).{hint} Nothing was imported."
                ) from None
            offset += len(raw)
            yield text.lstrip("\ufeff") if number == 1 else text


def _header(reader: Iterator[list[str]], report: ImportReport) -> list[str]:
    try:
        report.header = next(reader)
    except StopIteration:
        raise CsvFileError("The file is empty: it needs a header row naming the columns.") from None
    except csv.Error as error:
        raise CsvFileError(f"line 1: the header row is not valid CSV ({error}).") from None
    header = [h.strip().lower() for h in report.header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CsvFileError(
            f"line 1: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}. "
            f"The header must name at least: {', '.join(REQUIRED_COLUMNS)}."
        )
    repeated = sorted({h for h in header if header.count(h) > 1 and h})
    if repeated:
        raise CsvFileError(f"line 1: column{'s' if len(repeated) > 1 else ''} {', '.join(repeated)} appear twice.")
    report.ignored_columns = [h for h in header if h not in ALL_COLUMNS]
    return header


def _duplicates(row: DebtorRow, accounts: dict[str, int], people: dict[str, tuple[int, str]]) -> list[RowProblem]:
    first = accounts.setdefault(row.account_number, row.line)
    if first != row.line:
        return [RowProblem(row.line, "account_number", f"{row.account_number} is already on line {first}")]
    line, name = people.setdefault(row.national_id, (row.line, row.full_name))
    if name != row.full_name:
        return [RowProblem(row.line, "full_name",
                           f"the same national_id is on line {line} with the name {name}; one person has one name")]
    return []
