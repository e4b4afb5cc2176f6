"""Real window on Xvfb, in Chinese and English: screenshots written to test-output/, no character drawn as a box."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output" / "screenshots"
DOCS = ROOT / "docs" / "screenshots"

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed: run the README's test command, which installs the xvfb package")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _run_driver(display: str, language: str, data_dir: Path, extra_env: dict[str, str] | None = None) -> dict:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "CALLDESK_NULL_AUDIO": "1", **(extra_env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshot_driver", "--lang", language, "--out", str(OUTPUT),
         "--data-dir", str(data_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_window_renders_every_character(x_display: str, tmp_path: Path, language: str) -> None:
    report = _run_driver(x_display, language, tmp_path / "data")
    assert report["missing"] == {"idle": [], "in_call": [], "outcome": [], "incoming": []}
    for path in report["shots"].values():
        assert Path(path).stat().st_size > 10_000
    if os.environ.get("CALLDESK_UPDATE_SCREENSHOTS") == "1":
        for path in report["shots"].values():
            _save_small(Path(path), DOCS / Path(path).name)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_answer_and_branch_is_in_view_at_1366x768(x_display: str, tmp_path: Path, language: str) -> None:
    """The listen step (nine reasons) and an objection step, with every branch: nothing clipped, no scrolling;
    the work queue's headers and dates whole, every record tab in view (tests/ui/layout_driver.py)."""
    env = {"CALLDESK_NULL_AUDIO": "1"}
    OUTPUT.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.layout_driver", "--lang", language, "--out", str(OUTPUT),
         "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env={**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", **env},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["stages"] == {"listen": "listen", "objections": "refusal_probe"}
    assert report["hidden"] == {"listen": [], "objections": []}
    assert report["queue_clipped"] == []
    assert report["record_tabs_fit"] is True
    for path in report["shots"].values():
        assert Path(path).stat().st_size > 10_000


def _save_small(shot: Path, target: Path) -> None:
    """The docs keep a 256-colour copy: a quarter of the size, text as sharp (a UI has few colours)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    assert QImage(str(shot)).convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(target))


def test_the_box_detector_sees_missing_chinese_fonts(tmp_path: Path) -> None:
    """Control: with only a Latin font available, the check must report the Chinese characters."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.exists():
        pytest.skip("DejaVu Sans is not installed")
    shutil.copy(latin, fonts)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    code = ("from PySide6.QtWidgets import QApplication, QLabel\n"
            "from tests.ui.glyphs import missing_glyphs\n"
            "app = QApplication([]); label = QLabel('挂机 OK'); label.show(); app.processEvents()\n"
            "print(''.join(c for c, _ in missing_glyphs(label)))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(conf)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert sorted(result.stdout.strip()) == sorted("挂机")
