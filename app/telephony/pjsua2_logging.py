"""pjsua2 logging into Python ``logging`` (phone numbers masked), and a guard for every pjsua2 callback.

Two pjsua2 facts shape this module:
- pjlib prints a banner to stdout inside ``libCreate()``, before any log config applies; ``silence_startup_banner``
  lowers pjlib's log level first so the app's stdout stays clean.
- A Python exception escaping a SWIG director method (``onCallState``, ``write``...) is printed raw to stderr by
  SWIG and the pjsip callback carries on half-done; ``never_raise`` logs it (masked, with traceback) instead.
"""

import ctypes
import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import pjsua2 as pj

from app.domain.masking import mask_digits_in_text

log = logging.getLogger("calldesk.pjsip")

_F = TypeVar("_F", bound=Callable[..., Any])


def never_raise(method: _F) -> _F:
    """Decorate pjsua2 callbacks: an exception is logged, never handed back to C++."""

    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except Exception:  # nothing may escape into pjsip (logged with its traceback)
            log.exception("error in pjsua2 callback %s", method.__qualname__)
            return None

    return guarded  # type: ignore[return-value]  # functools.wraps keeps the signature the stubs cannot see


def python_level(pj_level: int) -> int:
    if pj_level <= 1:
        return logging.ERROR
    if pj_level == 2:
        return logging.WARNING
    if pj_level == 3:
        return logging.INFO
    return logging.DEBUG


class PythonLogWriter(pj.LogWriter):
    """Routes pjsua2 log lines to the ``calldesk.pjsip`` logger with digits masked.

    Called on whichever thread logs (the SIP thread, the media clock thread, the GUI thread); Python logging is
    thread-safe.
    """

    @never_raise
    def write(self, entry: "pj.LogEntry") -> None:
        level = python_level(entry.level)
        if log.isEnabledFor(level):
            log.log(level, "%s", mask_digits_in_text(entry.msg.rstrip()))


def silence_startup_banner(level: int) -> None:
    """Set pjlib's log level before ``libCreate`` (its banner otherwise goes to stdout). Best effort."""
    try:
        from pjsua2 import _pjsua2  # the extension module that has pjlib linked in

        ctypes.CDLL(_pjsua2.__file__).pj_log_set_level(ctypes.c_int(min(level, 2)))
    except (ImportError, OSError, AttributeError):
        log.debug("could not lower pjlib's start-up log level")


def log_config(config: "pj.LogConfig", level: int) -> None:
    """Fill ``config`` so lines up to ``level`` go to Python logging and nothing is printed to stdout."""
    writer = PythonLogWriter()
    writer.__disown__()  # the Endpoint deletes its writer in libDestroy(); Python must not delete it again
    config.writer = writer
    config.level = level
    config.consoleLevel = level
    config.msgLogging = level >= 4
