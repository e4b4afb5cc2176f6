"""Logging: a rotating file in the log folder and warnings on stderr, with personal data masked.

Every handler carries PersonalDataFilter, so phone, national ID and card numbers are masked in
each record's message, arguments, traceback and stack before any handler writes it.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from app.domain.masking import mask_digits_in_text

LOG_FILE_NAME = "calldesk.log"
MAX_LOG_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 5

_FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_STDERR_FORMAT = "calldesk: %(levelname)s: %(message)s"
_STDERR_HANDLER = "calldesk-stderr"
_FILE_HANDLER = "calldesk-file"


class PersonalDataFilter(logging.Filter):
    """Masks runs of digits that look like phones, IDs or card numbers; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad %-arguments: keep the record, masked, rather than raise here
            message = f"{record.msg} {record.args!r}"
        record.msg = mask_digits_in_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_digits_in_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_digits_in_text(record.stack_info)
        return True


def configure_logging(*, verbose: bool = False) -> None:
    """Send warnings (everything with verbose) to stderr; call once at start, before reading config."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    handler.setFormatter(logging.Formatter(_STDERR_FORMAT))
    _install(root, handler, _STDERR_HANDLER)


def add_file_log(log_dir: Path, *, verbose: bool = False, file_name: str = LOG_FILE_NAME) -> Path:
    """Also write INFO and above (DEBUG with verbose) to a rotating file in log_dir; returns its path.

    Each process writes its own file (the simulated debtor line has ``sim-debtor.log``): two processes
    rotating one file would garble it.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / file_name
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    _install(logging.getLogger(), handler, _FILE_HANDLER)
    return path


def _install(root: logging.Logger, handler: logging.Handler, name: str) -> None:
    """Replace an earlier handler of the same name, so calling setup twice does not log twice."""
    for old in [h for h in root.handlers if h.get_name() == name]:
        root.removeHandler(old)
        old.close()
    handler.set_name(name)
    handler.addFilter(PersonalDataFilter())
    root.addHandler(handler)
