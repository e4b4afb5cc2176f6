"""PySide6's source scan of later imports is skipped (app.qt_import_scan): no library's source is read into memory,
and no CallDesk module selects a ``__feature__`` that the skipped scan would have had to find."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_calldesk_module_selects_a_pyside_feature() -> None:
    users = [str(path.relative_to(ROOT)) for folder in ("app", "bench", "tests") for path in (ROOT / folder).rglob("*.py")
             if "from __feature__" in path.read_text(encoding="utf-8") and path != Path(__file__)]
    assert users == []


def test_a_library_imported_after_pyside6_leaves_no_source_in_memory() -> None:
    code = (
        "import linecache, sys\n"
        "from app.qt_import_scan import skip_feature_source_scan\n"
        "assert skip_feature_source_scan()\n"
        "import json.decoder, csv\n"  # libraries imported after PySide6
        "import app.domain.money\n"  # and one of CallDesk's own
        "print(sorted(name for name in linecache.cache if name.endswith(('decoder.py', 'csv.py', 'money.py'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
