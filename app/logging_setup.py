"""Logging: a rotating file in the log folder and warnings on stderr, with personal data masked.

Every handler carries PersonalDataFilter, so phone, national ID and card numbers are masked in
each record's message, arguments, traceback and stack before any handler writes it; and then
ControlCharacterFilter, so text from outside (SIP display names and headers in pjsip's lines, imported
names) cannot put terminal escapes, NUL, bidi overrides or a forged second line into the log.
The log folder is 0700 and its files 0600 (app.private_files).
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from app.domain.masking import mask_digits_in_text
from app.private_files import OWNER_ONLY_FILE, make_private_dir
from app.safe_echo import escape_control_characters

LOG_FILE_NAME = "calldesk.log"
MAX_LOG_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 5

_FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_STDERR_FORMAT = "calldesk: %(levelname)s: %(message)s"
_STDERR_HANDLER = "calldesk-stderr"
_FILE_HANDLER = "calldesk-file"


class LogFileUnavailable(Exception):
    """The log file cannot be opened; ``user_message`` says which and what to do."""

    @property
    def user_message(self) -> str:
        return str(self)


class _RewritingFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack with ``_message``/``_trace``; never drops a record."""

    def _message(self, text: str) -> str:
        raise NotImplementedError

    def _trace(self, text: str) -> str:
        raise NotImplementedError

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # bad %-arguments: keep the record, rewritten, rather than raise here
            message = f"{record.msg} {record.args!r}"
        record.msg = self._message(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._trace(record.exc_text)
        if record.stack_info:
            record.stack_info = self._trace(record.stack_info)
        return True


class PersonalDataFilter(_RewritingFilter):
    """Masks runs of digits that look like phones, IDs or card numbers; never drops a record."""

    def _message(self, text: str) -> str:
        return mask_digits_in_text(text)

    def _trace(self, text: str) -> str:
        return mask_digits_in_text(text)


class ControlCharacterFilter(_RewritingFilter):
    """Escapes control and bidi characters (``\\x1b``, ``\\u202e``) in every record; never drops one.

    A message is one line: a line feed in it came from outside and is written ``\\n``, so no one can forge
    a log line. A traceback or stack keeps its line feeds (it is ours and must stay readable); any other
    control character in it, e.g. from an exception's message, is escaped.
    """

    def _message(self, text: str) -> str:
        return escape_control_characters(text)

    def _trace(self, text: str) -> str:
        return escape_control_characters(text, keep_newlines=True)


class _OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file it opens (the first and every one after a rotation) is made 0600, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):  # no logging from inside the handler; main reports what it tightens
            os.chmod(self.baseFilename, OWNER_ONLY_FILE)
        return stream


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
    rotating one file would garble it. A new folder is made 0700 and each file it opens 0600 (main tightens
    older ones). Raises LogFileUnavailable when the file cannot be opened.
    """
    path = log_dir / file_name
    try:
        make_private_dir(log_dir)
        handler = _OwnerOnlyRotatingFileHandler(path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as error:
        raise LogFileUnavailable(
            f"The log file {path} cannot be written ({error.strerror or error}). Fix the permissions of the file "
            "and its folder, or choose another place with --data-dir."
        ) from None
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
    handler.addFilter(ControlCharacterFilter())  # after masking, which must see the text as it came
    root.addHandler(handler)
