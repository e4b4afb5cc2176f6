"""How big a script may be, and reading its file within that bound.

A script is written by a trainer for agents to read aloud: the caps are far above any real script (the shipped
ones have under 40 nodes, texts under 2,000 characters, files under 40 kB) and keep every check fast and small
whatever file it is given. A device, a FIFO or a folder is refused before it is opened.
"""

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 1_000_000
MAX_NODES = 500
MAX_TEXT = 4_000  # characters in any one text: say, hint, prompt, title, label, message, condition
MAX_ID = 64  # characters in an id, a variable name or an outcome code
MAX_PHASES = 30
MAX_JUMPS = 30
MAX_MESSAGES = 20
MAX_CHOICES = 20  # per question
MAX_TRANSITIONS = 20  # per node
MAX_SHOWN = 60  # characters of a wrong value echoed back in a message


class ScriptFileUnreadable(ValueError):
    """The file cannot be a script: not a regular file, too big, or not readable; the message says which."""


def read_script_text(path: Path) -> str:
    """The file's text, refused without reading it when it is not a regular file or is over MAX_FILE_BYTES."""
    try:
        found = os.stat(path)  # before opening: opening a FIFO waits for a writer, /dev/zero never ends
    except OSError as error:
        raise ScriptFileUnreadable(f"cannot read the file ({error.strerror or error})") from None
    if not stat.S_ISREG(found.st_mode):
        kind = "a folder" if stat.S_ISDIR(found.st_mode) else "a device, FIFO or socket"
        raise ScriptFileUnreadable(f"is {kind}, not a script file; a script is a .toml file")
    if found.st_size > MAX_FILE_BYTES:
        raise ScriptFileUnreadable(_too_big(found.st_size))
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # it may have grown since the stat
    except OSError as error:
        raise ScriptFileUnreadable(f"cannot read the file ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ScriptFileUnreadable(_too_big(len(data)))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScriptFileUnreadable(f"cannot read the file ({error.reason} at byte {error.start}); "
                                   "save it as UTF-8") from None


def _too_big(size: int) -> str:
    return f"is {size:,} bytes; a script file may be at most {MAX_FILE_BYTES:,} bytes"


def shown(value: object) -> str:
    """A wrong value as the message repeats it: its repr, cut to MAX_SHOWN characters."""
    try:
        text = repr(value)
    except RecursionError:  # a list nested deeper than repr goes
        return "a deeply nested value"
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + f"… ({len(text):,} characters)"
