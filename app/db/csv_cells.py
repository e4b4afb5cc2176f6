"""Cells as CallDesk writes them to a CSV file, safe to open in Excel or LibreOffice, and as it reads them back.

A spreadsheet runs a cell starting with ``= + - @`` (or a tab or CR before one) as a formula: ``=HYPERLINK(…)``,
``+cmd|' /C calc'!A0``. Following OWASP's CSV-injection rule, every cell the app writes that starts with one of
those (also after leading spaces, and their full-width forms ＝＋－＠) gets a single quote in front, which a
spreadsheet shows as text. A cell that itself starts with a quote gets one more, so the mark is unambiguous: on
the way back in, the importer removes exactly the one quote the writer added, and every value comes back as it
was. A legitimate "-2" amount or "+86 138…" phone is written ``'-2`` / ``'+86 138…`` and read again as ``-2`` /
``+86 138…``; a value typed in a spreadsheet keeps its form, since Excel does not save its own text quote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

_FORMULA_START = frozenset("=+-@\t\r＝＋－＠")
_QUOTE = "'"


def spreadsheet_safe(value: str) -> str:
    """``value`` as it is written to a CSV cell: formula starts (and a leading quote) behind a single quote."""
    return _QUOTE + value if _needs_quote(value) else value


def as_written(cell: str) -> str:
    """The value a cell written by ``spreadsheet_safe`` stands for: its added quote removed (exact inverse)."""
    if cell.startswith(_QUOTE) and _needs_quote(cell[1:]):
        return cell[1:]
    return cell


def write_safe_rows(file: TextIO, rows: Iterable[Iterable[str]]) -> None:
    """Write ``rows`` to the text file ``file`` as CSV, every cell made spreadsheet-safe."""
    writer = csv.writer(file)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])


def _needs_quote(value: str) -> bool:
    return value[:1] in _FORMULA_START or value.startswith(_QUOTE) or value.lstrip()[:1] in _FORMULA_START
