"""Composition root: parse arguments, read settings, set up logging, then run a command or the window.

`calldesk` with no command opens the window; `calldesk COMMAND --help` describes each command.
Errors meant for the user (any exception with a ``user_message``) print one line and exit 1;
-v adds the traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from app import __version__, system_check
from app.config import CONFIG_FILE_NAME, LANGUAGES, Paths, Settings, load_settings, redact_url
from app.logging_setup import LOG_FILE_NAME, LogFileUnavailable, add_file_log, configure_logging
from app.private_files import PRIVATE_UMASK, files_named, report, tighten
from app.qt_import_scan import skip_feature_source_scan
from app.safe_echo import escape_control_characters


@dataclasses.dataclass(frozen=True)
class Command:
    """A command as `calldesk --help` lists it; its module (register(subparsers) -> None, setting func=run with
    run(args, settings) -> int) is imported only when the command is named, so opening the window loads none."""

    name: str
    module: str
    help: str  # the same words as the module's add_parser(help=...); a test keeps them equal


COMMANDS = (
    Command("account", "app.cli.account", "SIP account passwords (kept in the OS keyring)"),
    Command("seed", "app.cli.seed", "fill the database with demo debtors"),
    Command("import-debtors", "app.cli.import_debtors", "import debtors and accounts from a CSV file"),
    Command("db", "app.cli.db", "database schema: upgrade to the newest version, show the current one"),
    Command("sim-debtor", "app.cli.sim_debtor", "run a simulated debtor line that answers SIP calls on 127.0.0.1"),
    Command("scripts", "app.cli.scripts", "check call script files, or show one as an agent would see it"),
)
COMMAND_MODULES = tuple(command.module for command in COMMANDS)

EXIT_USER_ERROR = 1
EXIT_INTERRUPTED = 130

log = logging.getLogger("app")


def main(argv: Sequence[str] | None = None) -> int:
    # First of all: every file this process creates (the database and SQLite's -wal/-shm/-journal, logs,
    # recordings, window.ini, exports) holds or may hold personal data, so it starts owner-only.
    os.umask(PRIVATE_UMASK)
    args = parse_arguments(argv)
    configure_logging(verbose=args.verbose)
    try:
        settings = load_settings(config_file=args.config, database_url=args.db, data_dir=args.data_dir)
        if args.lang:
            settings = dataclasses.replace(settings, language=args.lang)
        settings.paths.create()
        log_file_name = getattr(args, "log_file_name", LOG_FILE_NAME)
        start_file_log(settings.paths, verbose=args.verbose, file_name=log_file_name)
        log.info("CallDesk %s, database %s, data in %s", __version__, redact_url(settings.database_url), settings.paths.data_dir)
        tighten_personal_files(settings.paths, log_file_name, settings.window_state_file)
        command = getattr(args, "func", None)
        return command(args, settings) if command else run_gui(settings)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:
        message = getattr(error, "user_message", None)
        if not isinstance(message, str):
            raise
        if args.verbose:
            traceback.print_exc()
        print(f"calldesk: error: {escape_control_characters(message)}", file=sys.stderr)
        return EXIT_USER_ERROR


def tighten_personal_files(paths: Paths, log_file_name: str, window_state_file: Path) -> None:
    """Folders and files an earlier version or a looser umask left readable by others, made owner-only, in one
    log line; the database's files are tightened when it is opened (app.db.engine)."""
    owned = [paths.data_dir, paths.log_dir, paths.recordings_dir, *files_named(paths.log_dir, log_file_name),
             window_state_file, paths.config_dir / CONFIG_FILE_NAME]
    report(tighten(owned), "folders and files")


def start_file_log(paths: Paths, *, verbose: bool, file_name: str) -> None:
    """Log to a file; when it cannot be written, go on with warnings and errors on stderr only.

    An agent mid-shift needs the phone more than the diagnostic log (the call log is in the database), so a
    read-only log is one warning line, not a refusal to start.
    """
    try:
        add_file_log(paths.log_dir, verbose=verbose, file_name=file_name)
    except LogFileUnavailable as error:
        log.warning("%s Going on without a log file: warnings and errors are shown here only.", error.user_message)


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """Find the command with placeholders for all of them, then parse again with that one command's own parser."""
    known, _ = build_parser().parse_known_args(argv)
    return build_parser(getattr(known, "command", None)).parse_args(argv)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command listed; only ``command`` (if any) gets its real arguments and --help."""
    parser = argparse.ArgumentParser(
        prog="calldesk",
        description="CallDesk: softphone, debtor record and guided script for collection agents. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"calldesk {__version__}")
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file (default: calldesk.toml in the config folder)")
    parser.add_argument("--db", metavar="URL", help="database URL; overrides CALLDESK_DB and the config file")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="folder for the database, logs and recordings")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window for this run")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging and tracebacks on errors")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for entry in COMMANDS:
        if entry.name == command:
            importlib.import_module(entry.module).register(subparsers)
        else:  # takes any arguments: the second pass parses them with the real parser
            subparsers.add_parser(entry.name, help=entry.help, add_help=False).set_defaults(command=entry.name)
    return parser


def run_gui(settings: Settings) -> int:
    """Open the main window with the real adapters (app.desktop builds them)."""
    if not system_check.ready_for_gui(fonts=False):  # the Chinese font is looked for after the first paint
        return system_check.EXIT_SYSTEM_PROBLEM
    skip_feature_source_scan()  # before the window's ~500 modules load after PySide6
    from app.desktop_shell import run_desktop  # Qt loads only for the window, not for CLI commands

    return run_desktop(settings, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
