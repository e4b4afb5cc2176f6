"""Line numbers for the tables and keys of a TOML file, so script errors can name the line (tomllib gives none)."""

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")

Path = tuple[str | int, ...]


def toml_lines(text: str) -> dict[Path, int]:
    """Map each table and key to its 1-based line: ("nodes", 2) is the third [[nodes]], ("nodes", 2, "say") its key."""
    lines: dict[Path, int] = {}
    array_counts: dict[Path, int] = {}
    current: Path = ()
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(line)
        if header:
            current = _resolve(header.group(2).split("."), header.group(1) == "[[", array_counts)
            lines.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault(current + (key.group(1),), number)
        for quote in ('"""', "'''"):
            if line.count(quote) % 2 == 1:
                in_multiline = quote
                break
    return lines


def _resolve(parts: list[str], is_array: bool, array_counts: dict[Path, int]) -> Path:
    path: Path = ()
    for position, part in enumerate(parts):
        path = path + (part,)
        if position == len(parts) - 1 and is_array:
            array_counts[path] = array_counts.get(path, -1) + 1
            path = path + (array_counts[path],)
        elif path in array_counts:
            path = path + (array_counts[path],)
    return path


def nearest_line(lines: dict[Path, int], path: Path) -> int | None:
    """The line of ``path``, or of its closest parent that has one."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None
