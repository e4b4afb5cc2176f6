"""STYLE.md's dependency direction, checked two ways: import-linter's contracts and a plain AST scan."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (also inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def files_importing(folder: Path, *prefixes: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        hits = sorted(name for name in imported_modules(path) if name.split(".")[0] in prefixes or name.startswith(prefixes))
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    return found


def test_import_linter_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_pjsua2_adapter_files_import_pjsua2() -> None:
    offenders = {
        path: names
        for path, names in files_importing(APP, "pjsua2").items()
        if not (path.startswith("app/telephony/pjsua2") and path.endswith(".py"))
    }
    assert offenders == {}


@pytest.mark.parametrize("forbidden", ["sqlalchemy", "keyring", "pjsua2", "alembic"])
def test_widgets_import_no_storage_secrets_or_sip(forbidden: str) -> None:
    assert files_importing(APP / "ui", forbidden) == {}


def test_services_use_qtcore_only() -> None:
    offenders = {
        path: [name for name in names if name not in ("PySide6", "PySide6.QtCore") and not name.startswith("PySide6.QtCore.")]
        for path, names in files_importing(APP / "services", "PySide6").items()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_domain_imports_only_the_standard_library() -> None:
    third_party = {
        path: [name for name in names if name.split(".")[0] not in sys.stdlib_module_names and not name.startswith("app.domain")]
        for path, names in {
            str(path.relative_to(ROOT)): sorted(imported_modules(path)) for path in sorted((APP / "domain").rglob("*.py"))
        }.items()
    }
    assert {path: names for path, names in third_party.items() if names} == {}


def test_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = tmp_path / "lazy.py"
    module.write_text("def f():\n    from pjsua2 import Endpoint\n    import keyring.errors\n", encoding="utf-8")
    assert imported_modules(module) >= {"pjsua2", "pjsua2.Endpoint", "keyring.errors"}
