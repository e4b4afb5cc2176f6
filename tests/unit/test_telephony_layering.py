"""STYLE.md: only app/telephony/pjsua2*.py import pjsua2; nothing in app/telephony imports Qt."""

import ast
from pathlib import Path

import pytest

TELEPHONY = Path(__file__).resolve().parents[2] / "app" / "telephony"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted(TELEPHONY.glob("*.py")), ids=lambda p: p.name)
def test_telephony_imports(path: Path) -> None:
    imported = _imported_modules(path)
    assert "PySide6" not in imported and "shiboken6" not in imported
    if not path.name.startswith("pjsua2"):
        assert "pjsua2" not in imported, f"{path.name} must not import pjsua2; put that code in a pjsua2_*.py module"
