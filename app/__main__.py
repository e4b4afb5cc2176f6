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
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from app import __version__, system_check
from app.config import LANGUAGES, Settings, load_settings, redact_url
from app.logging_setup import LOG_FILE_NAME, add_file_log, configure_logging

# Each module has register(subparsers) -> None, setting func=run with run(args, settings) -> int.
COMMAND_MODULES = (
    "app.cli.account",
    "app.cli.seed",
    "app.cli.import_debtors",
    "app.cli.db",
    "app.cli.sim_debtor",
    "app.cli.scripts",
)

EXIT_USER_ERROR = 1
EXIT_INTERRUPTED = 130

log = logging.getLogger("app")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(verbose=args.verbose)
    try:
        settings = load_settings(config_file=args.config, database_url=args.db, data_dir=args.data_dir)
        if args.lang:
            settings = dataclasses.replace(settings, language=args.lang)
        settings.paths.create()
        add_file_log(settings.paths.log_dir, verbose=args.verbose,
                     file_name=getattr(args, "log_file_name", LOG_FILE_NAME))
        log.info("CallDesk %s, database %s, data in %s", __version__, redact_url(settings.database_url), settings.paths.data_dir)
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
        print(f"calldesk: error: {message}", file=sys.stderr)
        return EXIT_USER_ERROR


def build_parser() -> argparse.ArgumentParser:
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
    for module_name in COMMAND_MODULES:
        module = _import_command(module_name)
        if module is not None:
            module.register(subparsers)
    return parser


def run_gui(settings: Settings) -> int:
    """Open the main window with the real adapters (app.desktop builds them)."""
    if not system_check.ready_for_gui():
        return system_check.EXIT_SYSTEM_PROBLEM
    from app.desktop import run_desktop  # Qt and pjsua2 load only for the window, not for CLI commands

    return run_desktop(settings, sys.argv[:1])


def _import_command(module_name: str) -> ModuleType | None:
    """The command module, or None while it is not written yet (an error inside it still raises)."""
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name == module_name:
            return None
        raise


if __name__ == "__main__":
    sys.exit(main())
