"""`calldesk import-debtors FILE [--dry-run] [--encoding utf-8|gb18030] [--skip-bad REJECTS.csv]`.

Exit codes: 0 imported (or, with --dry-run, every row valid); 1 database unavailable; 2 bad rows or a bad
file, nothing imported. The columns are documented in app/db/csv_import.py and the README.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.db.csv_import import ENCODINGS, CsvFileError, ImportReport, check_file, import_file, write_rejects
from app.db.engine import display_url
from app.db.migrate import migrated_database

EXIT_BAD_INPUT = 2
_ENCODING_ALIASES = {"utf8": "utf-8", "utf-8-sig": "utf-8", "gbk": "gb18030", "gb2312": "gb18030"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import-debtors", help="import debtors and accounts from a CSV file",
        description="Import debtors and their accounts from a CSV file with a header row. Every row is checked "
        "first (resident ID checksum, phone number, amounts, dates); by default one bad row means nothing is "
        "imported. Re-importing a file updates accounts by account_number and creates no duplicates.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV file")
    parser.add_argument("--dry-run", action="store_true", help="check the file and report; write nothing")
    parser.add_argument("--encoding", type=_encoding, default="utf-8", metavar="{utf-8,gb18030}",
                        help="the file's encoding (default utf-8, with or without BOM)")
    parser.add_argument("--skip-bad", type=Path, metavar="REJECTS.csv",
                        help="import the good rows and write the bad ones, with an error column, to this file")
    parser.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Any) -> int:
    progress = _progress if args.progress or sys.stderr.isatty() else None
    try:
        if args.dry_run:
            report = check_file(args.file, args.encoding, progress)
            _print_problems(report)
            print(f"Dry run: checked {report.rows:,} rows in {args.file}: {len(report.good):,} good, "
                  f"{len(report.bad_lines):,} bad. Nothing was written.")
            return EXIT_BAD_INPUT if report.problems else 0
        if args.skip_bad is not None:
            _check_writable(args.skip_bad)
        with migrated_database(settings.database_url) as engine:  # DatabaseUnavailable: app.__main__ prints it, exit 1
            report = import_file(engine, args.file, args.encoding, skip_bad=args.skip_bad is not None,
                                 progress=progress)
            where = display_url(engine.url)
    except CsvFileError as error:
        print(f"calldesk: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _print_problems(report)
    print(f"Checked {report.rows:,} rows in {args.file}: {len(report.good):,} good, {len(report.bad_lines):,} bad.")
    if not report.imported:
        print("Nothing was imported. Fix the rows above, or use --skip-bad REJECTS.csv to import the good rows.",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    counts = report.counts
    print(f"Imported into {where}: debtors {counts.debtors_created:,} new, {counts.debtors_updated:,} updated; "
          f"accounts {counts.accounts_created:,} new, {counts.accounts_updated:,} updated; "
          f"phones {counts.phones_added:,} added.")
    if args.skip_bad is not None:
        try:
            written = write_rejects(report, args.skip_bad, args.encoding)
        except OSError as error:
            print(f"calldesk: error: the rejects file {args.skip_bad} cannot be written ({error.strerror or error}).",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"Wrote {written:,} rejected rows with their reasons to {args.skip_bad}.")
    if report.ignored_columns:
        print(f"Ignored unknown columns: {', '.join(report.ignored_columns)}.")
    return 0


def _check_writable(path: Path) -> None:
    """Fail before importing, not after, when the rejects file cannot be written."""
    try:
        with path.open("a"):
            pass
    except OSError as error:
        raise CsvFileError(f"the rejects file {path} cannot be written ({error.strerror or error}).") from None


def _print_problems(report: ImportReport) -> None:
    for problem in report.problems:
        print(problem, file=sys.stderr)


def _progress(stage: str, rows: int) -> None:
    print(f"  {stage} {rows:,} rows", file=sys.stderr, flush=True)


def _encoding(text: str) -> str:
    name = _ENCODING_ALIASES.get(text.lower(), text.lower())
    if name not in ENCODINGS:
        raise argparse.ArgumentTypeError(f"'{text}' is not one of: {', '.join(ENCODINGS)}")
    return name
