"""The CSV file as decoded lines: a regular file within a size cap, in the encoding its byte-order mark names.

- Only a regular file is read: a folder, a device (/dev/zero), a FIFO or a socket is refused before it is
  opened (os.stat), and again after (the opened file is checked too, opened without blocking on a FIFO).
- At most ``MAX_FILE_BYTES``: checked from the size before reading, and bounded while reading (a file that grows,
  or one whose size the system does not know).
- A byte-order mark decides the encoding: UTF-8, UTF-16 LE or BE. When it contradicts ``--encoding`` the BOM
  wins and a note says so: a BOM is written by the program that saved the file, so it is near-certain, and
  following it imports the file right the first time instead of storing mojibake or asking for a second run.
- A line that does not decode is named with its line, its byte offset and the encoding to try.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BufferedReader
from pathlib import Path

from app.safe_echo import cut, escape_control_characters

ENCODINGS = ("utf-8", "gb18030")
MAX_FILE_BYTES = 100 * 1024 * 1024
_READ_CHUNK = 1 << 16
_BOMS = (  # longest first: a UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16_NEWLINES = {"utf-16-le": b"\n\x00", "utf-16-be": b"\x00\n"}
_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "utf-16-le": "UTF-16 (little-endian)",
          "utf-16-be": "UTF-16 (big-endian)"}


class CsvFileError(Exception):
    """The file as a whole cannot be imported (unreadable, undecodable, missing columns); nothing was imported."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass
class CsvSource:
    """What was read: the encoding used, and notes for the user (e.g. the BOM overruled --encoding)."""

    path: Path
    requested: str
    encoding: str = ""
    notes: list[str] = field(default_factory=list)


@contextmanager
def decoded_lines(source: CsvSource) -> Iterator[Iterator[str]]:
    """The file's lines as text (line ends kept), for csv.reader; sets ``source.encoding`` and its notes."""
    if source.requested not in ENCODINGS:
        raise CsvFileError(f"Unknown encoding '{cut(source.requested)}'; use one of: {', '.join(ENCODINGS)}.")
    file = _open_regular_file(source.path)
    with file:
        start = file.peek(4)[:4]
        bom, encoding = next(((bom, name) for bom, name in _BOMS if start.startswith(bom)), (b"", source.requested))
        if encoding == "utf-32":
            raise CsvFileError(f"{_shown(source.path)} is UTF-32 (its byte-order mark says so), which CallDesk does not "
                               "read. Save it as UTF-8 (\"CSV UTF-8\" in Excel) and import it again.")
        if bom and encoding != source.requested:
            source.notes.append(f"Note: {_shown(source.path)} starts with a {_NAMES[encoding]} byte-order mark, so it "
                                f"was read as {_NAMES[encoding]}, not {_NAMES[source.requested]}.")
        source.encoding = encoding
        bounded = _Bounded(file, source.path)
        bounded.read(len(bom))
        yield _decode(_raw_lines(bounded, encoding), encoding, len(bom), source)


def _open_regular_file(path: Path) -> BufferedReader:
    shown = _shown(path)
    try:
        _refuse_special(os.stat(path), shown)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise CsvFileError(f"{shown}: cannot be read ({error.strerror or error}).") from None
    try:
        _refuse_special(os.fstat(descriptor), shown)  # replaced by something else since the check above
    except CsvFileError:
        os.close(descriptor)
        raise
    file = os.fdopen(descriptor, "rb")
    assert isinstance(file, BufferedReader)
    return file


def _refuse_special(status: os.stat_result, shown: str) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise CsvFileError(f"{shown} is a folder. Give the path of a CSV file.")
    if not stat.S_ISREG(status.st_mode):
        raise CsvFileError(f"{shown} is a device, FIFO or socket, not a file. Give the path of a CSV file.")
    if status.st_size > MAX_FILE_BYTES:
        raise CsvFileError(f"{shown} is too large to import ({status.st_size:,} bytes; at most {MAX_FILE_BYTES:,}). "
                           "Split it into smaller files and import them one after the other.")


class _Bounded:
    """Reads from ``file`` and refuses to go past MAX_FILE_BYTES."""

    def __init__(self, file: BufferedReader, path: Path) -> None:
        self._file, self._path, self._total = file, path, 0

    def read(self, size: int) -> bytes:
        return self._count(self._file.read(size))

    def readline(self) -> bytes:
        return self._count(self._file.readline(MAX_FILE_BYTES - self._total + 1))

    def _count(self, data: bytes) -> bytes:
        self._total += len(data)
        if self._total > MAX_FILE_BYTES:
            raise CsvFileError(f"{_shown(self._path)} is too large to import (more than {MAX_FILE_BYTES:,} bytes). "
                               "Split it into smaller files and import them one after the other.")
        return data


def _raw_lines(file: _Bounded, encoding: str) -> Iterator[bytes]:
    """The undecoded lines, each with its line end. UTF-8 and GB18030 never use the byte 0x0a inside a character."""
    if encoding in _UTF16_NEWLINES:
        yield from _utf16_lines(file, _UTF16_NEWLINES[encoding])
        return
    while line := file.readline():
        yield line


def _utf16_lines(file: _Bounded, newline: bytes) -> Iterator[bytes]:
    """UTF-16 lines: a line ends with the two-byte unit of LF, at an even offset."""
    pending = bytearray()
    while chunk := file.read(_READ_CHUNK):
        search = max(len(pending) - 1, 0)  # where the new bytes start (a unit may straddle the chunks)
        pending += chunk
        start = 0
        while (end := pending.find(newline, search)) >= 0:
            if (end - start) % 2:  # the second byte of one unit and the first of the next
                search = end + 1
                continue
            yield bytes(pending[start:end + 2])
            start = search = end + 2
        del pending[:start]
    if pending:
        yield bytes(pending)


def _decode(raw_lines: Iterator[bytes], encoding: str, offset: int, source: CsvSource) -> Iterator[str]:
    for number, raw in enumerate(raw_lines, start=1):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as error:
            raise CsvFileError(
                f"{_shown(source.path)}: line {number} is not valid {_NAMES[encoding]} (byte offset "
                f"{offset + error.start}, byte 0x{raw[error.start]:02x}). {_encoding_hint(encoding, source)} "
                "Nothing was imported."
            ) from None
        offset += len(raw)


def _encoding_hint(encoding: str, source: CsvSource) -> str:
    if source.notes:  # the BOM chose the encoding, and the file does not keep to it
        return "The file is damaged or was joined from files in different encodings: save it again as UTF-8."
    if encoding == "utf-8":
        return "If it was saved by Excel on Chinese Windows, try --encoding gb18030."
    return "If it was saved as UTF-8 (\"CSV UTF-8\" in Excel), try --encoding utf-8."


def _shown(path: Path) -> str:
    return escape_control_characters(cut(str(path), 200))
