"""`calldesk import-debtors FILE [--dry-run] [--encoding utf-8|gb18030] [--skip-bad REJECTS.csv [--force]]`.

Exit codes: 0 imported (or, with --dry-run, every row valid); 1 database unavailable; 2 bad rows or a bad
file, nothing imported. The columns are documented in app/db/csv_import.py and the README. The rejects file is
checked before anything is imported (app.output_paths: never the database, the input or CallDesk's own files;
a new file unless --force) and written atomically, owner-only, with spreadsheet-safe cells.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.db.csv_import import ENCODINGS, CsvFileError, ImportReport, check_file, column_list, import_file, write_rejects
from app.db.engine import SQLITE_SIDE_FILES, DatabaseUnavailable, display_url, parse_database_url, sqlite_file
from app.db.migrate import migrated_database
from app.output_paths import Guarded, OutputRefused, app_owned, check_output_path, database_files
from app.safe_echo import escape_control_characters

EXIT_BAD_INPUT = 2
_ENCODING_ALIASES = {"utf8": "utf-8", "utf-8-sig": "utf-8", "gbk": "gb18030", "gb2312": "gb18030"}
_REJECTS = "The rejects file"


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
                        help="the file's encoding (default utf-8); a byte-order mark in the file decides")
    parser.add_argument("--skip-bad", type=Path, metavar="REJECTS.csv",
                        help="import the good rows and write the bad ones, with an error column, to this new file")
    parser.add_argument("--force", action="store_true",
                        help="let --skip-bad replace an existing file (never a database, FILE or CallDesk's own files)")
    parser.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Any) -> int:
    progress = _progress if args.progress or sys.stderr.isatty() else None
    try:
        if args.skip_bad is not None:  # before anything is read or imported
            check_output_path(args.skip_bad, what=_REJECTS, guarded=_guarded(args.file, settings), replace=args.force,
                              replace_hint="add --force")
        if args.dry_run:
            report = check_file(args.file, args.encoding, progress)
            _print_problems(report)
            print(f"Dry run: checked {report.rows:,} rows in {_shown(args.file)}: {len(report.good):,} good, "
                  f"{len(report.bad_lines):,} bad. Nothing was written.")
            return EXIT_BAD_INPUT if report.problems else 0
        with migrated_database(settings.database_url) as engine:  # DatabaseUnavailable: app.__main__ prints it, exit 1
            report = import_file(engine, args.file, args.encoding, skip_bad=args.skip_bad is not None,
                                 progress=progress)
            where = display_url(engine.url)
    except (CsvFileError, OutputRefused) as error:
        print(f"calldesk: error: {escape_control_characters(error.user_message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _print_problems(report)
    print(f"Checked {report.rows:,} rows in {_shown(args.file)}: {len(report.good):,} good, "
          f"{len(report.bad_lines):,} bad.")
    if not report.imported:
        print("Nothing was imported. Fix the rows above, or use --skip-bad REJECTS.csv to import the good rows.",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    counts = report.counts
    print(f"Imported into {where}: debtors {counts.debtors_created:,} new, {counts.debtors_updated:,} updated; "
          f"accounts {counts.accounts_created:,} new, {counts.accounts_updated:,} updated; "
          f"phones {counts.phones_added:,} added.")
    if report.ignored_columns:
        print(f"Ignored unknown columns: {column_list(report.ignored_columns)}.")
    return _write_rejects(report, args) if args.skip_bad is not None else 0


def _write_rejects(report: ImportReport, args: argparse.Namespace) -> int:
    shown = _shown(args.skip_bad)
    try:
        written = write_rejects(report, args.skip_bad, replace=args.force)
    except FileExistsError:
        print(f"calldesk: error: {_REJECTS} {shown} was created by something else during the import; it was left "
              "alone and the rejects were not written. The good rows were imported; run the import again with "
              "--skip-bad NEW.csv to get the rejects (re-importing creates no duplicates).", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"calldesk: error: {_REJECTS} {shown} cannot be written ({error.strerror or error}). The good rows "
              "were imported; run the import again with --skip-bad NEW.csv to get the rejects (re-importing creates "
              "no duplicates).", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Wrote {written:,} rejected rows with their reasons to {shown}.")
    return 0


def _guarded(csv_file: Path, settings: Any) -> list[Guarded]:
    """What the rejects file must never be: the input, the database in use, CallDesk's own files."""
    guarded = [Guarded(csv_file, "the CSV file being imported"), *app_owned(settings)]
    try:
        parsed = parse_database_url(settings.database_url)
    except DatabaseUnavailable:  # reported when the database is opened
        return guarded
    database = sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    return guarded if database is None else [*database_files(database, SQLITE_SIDE_FILES), *guarded]


def _print_problems(report: ImportReport) -> None:
    for note in report.notes:
        print(escape_control_characters(note), file=sys.stderr)
    for problem in report.problems:
        print(escape_control_characters(str(problem)), file=sys.stderr)


def _shown(path: Path) -> str:
    return escape_control_characters(str(path))


def _progress(stage: str, rows: int) -> None:
    print(f"  {stage} {rows:,} rows", file=sys.stderr, flush=True)


def _encoding(text: str) -> str:
    name = _ENCODING_ALIASES.get(text.lower(), text.lower())
    if name not in ENCODINGS:
        raise argparse.ArgumentTypeError(f"'{text}' is not one of: {', '.join(ENCODINGS)}")
    return name
