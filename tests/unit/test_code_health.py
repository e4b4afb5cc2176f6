"""The house habits, checked with the suite: ruff and mypy pass (settings in pyproject.toml), and every
`noqa` / `type: ignore` says why it is there."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHECKED = ("app", "tests", "bench")
# A suppression names its codes and then gives a reason, e.g. BLE001 followed by "- the driver may raise anything".
_SUPPRESSION = re.compile(r"#\s*(noqa|type:\s*ignore)\b(?P<rest>.*)$")
_CODES = re.compile(r"^(:\s*[A-Z]+[0-9]+(\s*,\s*[A-Z]+[0-9]+)*|\[[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*\])")


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is not installed in the venv: run ./calldesk.sh setup (it is in the dev extras)")
    return str(path)


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "--no-cache", *CHECKED], cwd=ROOT, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_mypy_finds_nothing() -> None:
    result = subprocess.run([_tool("mypy"), "--no-incremental"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def _suppressions_without_reason() -> list[str]:
    found = []
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                match = _SUPPRESSION.search(line)
                if not match:
                    continue
                rest = match.group("rest")
                codes = _CODES.match(rest.strip())
                reason = rest.strip()[codes.end():] if codes else ""
                if not codes or len(reason.strip(" -—:#()")) < 3:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_every_noqa_and_type_ignore_names_its_codes_and_says_why() -> None:
    assert _suppressions_without_reason() == []
