"""Missing system libraries, display and fonts become one line naming the Debian package."""

import io
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from app import system_check
from app.system_check import (
    SystemProblem,
    check_cjk_font,
    check_display,
    check_platform_plugin,
    check_qt_import,
    libraries_not_found,
    merge_library_problems,
    missing_libraries_problem,
    missing_library,
)

LDD_XCB_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd6b9f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0e0ce3e000)
\tlibxcb-cursor.so.0 => not found
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f0e0cd79000)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-frobnicate.so.7 => not found
"""


class FakeRunner:
    def __init__(self, outputs: dict[str, str]) -> None:
        self.outputs = outputs
        self.commands: list[list[str]] = []

    def __call__(self, command: Sequence[str]) -> str:
        self.commands.append(list(command))
        for key, output in self.outputs.items():
            if key in " ".join(command):
                return output
        return ""


def failing_importer(message: str):
    def importer(name: str) -> object:
        raise ImportError(message)

    return importer


def fake_qt_dir(tmp_path: Path) -> Path:
    qt_dir = tmp_path / "PySide6"
    (qt_dir / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (qt_dir / "Qt" / "plugins" / "platforms" / "libqxcb.so").touch()
    (qt_dir / "QtGui.abi3.so").touch()
    (qt_dir / "QtWidgets.abi3.so").touch()
    return qt_dir


def test_missing_library_is_read_from_the_import_error() -> None:
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert missing_library(error) == "libEGL.so.1"
    assert missing_library(ImportError("No module named 'PySide6'")) is None


def test_one_missing_library_gives_the_apt_get_line() -> None:
    problem = missing_libraries_problem(["libEGL.so.1"])
    assert problem.message == (
        "CallDesk cannot start: missing system library libEGL.so.1. Install it with: sudo apt-get install libegl1"
    )
    assert problem.packages == ("libegl1",) and problem.fatal


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libGL.so.1", "libgl1"),
        ("libxkbcommon.so.0", "libxkbcommon0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_sonames_map_to_debian_packages(soname: str, package: str) -> None:
    assert system_check.package_for(soname) == package


def test_several_libraries_share_one_line_and_unknown_ones_get_a_hint() -> None:
    problem = missing_libraries_problem(["libglib-2.0.so.0", "libgthread-2.0.so.0", "libfoo.so.3"])
    assert "missing system libraries libglib-2.0.so.0, libgthread-2.0.so.0, libfoo.so.3" in problem.message
    assert "sudo apt-get install libglib2.0-0." in problem.message
    assert "apt-file search libfoo.so.3" in problem.message
    assert problem.packages == ("libglib2.0-0",)


def test_ldd_not_found_lines_are_collected_once() -> None:
    assert libraries_not_found(LDD_XCB_MISSING) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-frobnicate.so.7"]


def test_failed_qt_import_asks_ldd_for_all_missing_libraries(tmp_path: Path) -> None:
    run = FakeRunner({"QtGui": "\tlibEGL.so.1 => not found\n\tlibfontconfig.so.1 => not found\n"})
    importer = failing_importer("libEGL.so.1: cannot open shared object file: No such file or directory")
    [problem] = check_qt_import(importer, run, fake_qt_dir(tmp_path))
    assert problem.libraries == ("libEGL.so.1", "libfontconfig.so.1")
    assert problem.message.endswith("sudo apt-get install libegl1 libfontconfig1")


def test_qt_import_error_without_a_library_is_reported_as_is() -> None:
    [problem] = check_qt_import(failing_importer("No module named 'PySide6.QtGui'"), FakeRunner({}), None)
    assert "PySide6" in problem.message and problem.fatal


def test_working_qt_import_is_no_problem() -> None:
    assert check_qt_import(lambda name: object(), FakeRunner({}), None) == []


@pytest.mark.parametrize(
    ("environ", "checked"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({}, False),
    ],
)
def test_xcb_plugin_is_checked_only_when_qt_will_use_it(tmp_path: Path, environ: dict[str, str], checked: bool) -> None:
    run = FakeRunner({"libqxcb.so": LDD_XCB_MISSING})
    problems = check_platform_plugin(environ, fake_qt_dir(tmp_path), run)
    assert bool(problems) is checked
    if checked:
        assert problems[0].packages == ("libxcb-cursor0", "libxkbcommon-x11-0")
        assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in problems[0].message


def test_problems_about_the_same_library_are_merged() -> None:
    merged = merge_library_problems(
        [
            missing_libraries_problem(["libEGL.so.1"]),
            SystemProblem("CallDesk cannot start: no display"),
            missing_libraries_problem(["libxcb-cursor.so.0", "libEGL.so.1"]),
        ]
    )
    assert [problem.libraries for problem in merged] == [(), ("libEGL.so.1", "libxcb-cursor.so.0")]
    assert merged[1].message.endswith("Install them with: sudo apt-get install libegl1 libxcb-cursor0")


def test_no_display_is_fatal_on_linux_only() -> None:
    [problem] = check_display({}, platform="linux")
    assert "no display" in problem.message and "CALLDESK_HEADLESS=1" in problem.message
    assert check_display({"DISPLAY": ":1"}, platform="linux") == []
    assert check_display({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") == []
    assert check_display({}, platform="win32") == []


def test_missing_chinese_font_is_a_warning_naming_the_package() -> None:
    [problem] = check_cjk_font(FakeRunner({"fc-list": ""}), platform="linux")
    assert not problem.fatal
    assert problem.packages == ("fonts-wqy-microhei",)
    assert "sudo apt-get install fonts-wqy-microhei" in problem.message
    assert check_cjk_font(FakeRunner({"fc-list": "WenQuanYi Micro Hei\n"}), platform="linux") == []


def test_the_window_leaves_the_font_check_until_after_its_first_paint() -> None:
    runner = FakeRunner({"fc-list": ""})
    system_check.check_system({"QT_QPA_PLATFORM": "offscreen"}, runner, fonts=False)  # what `calldesk` runs before the window
    assert not any(command[0] == "fc-list" for command in runner.commands)


def test_missing_fc_list_means_no_font_verdict() -> None:
    def no_fc_list(command: Sequence[str]) -> str:
        raise FileNotFoundError(command[0])

    assert check_cjk_font(no_fc_list, platform="linux") == []


def test_ready_for_gui_prints_problems_and_fails_only_on_fatal_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    warning = SystemProblem("No Chinese font", ("fonts-wqy-microhei",), fatal=False)
    monkeypatch.setattr(system_check, "check_system", lambda environ, **_: [warning])
    out = io.StringIO()
    assert system_check.ready_for_gui(out) is True
    assert out.getvalue() == "Warning: No Chinese font\n"

    fatal = missing_libraries_problem(["libEGL.so.1"])
    monkeypatch.setattr(system_check, "check_system", lambda environ, **_: [fatal, warning])
    out = io.StringIO()
    assert system_check.ready_for_gui(out) is False
    assert out.getvalue().splitlines()[0] == fatal.message


def test_this_machine_has_every_library_the_xcb_plugin_needs() -> None:
    """calldesk.sh installs the packages; a real ldd of the real plugin must find every library."""
    qt_dir = system_check.pyside6_dir()
    assert qt_dir is not None
    assert check_platform_plugin({"QT_QPA_PLATFORM": "xcb"}, qt_dir) == []


def test_this_machine_passes_the_whole_check() -> None:
    """In a subprocess, so this Qt-free test process never loads Qt."""
    code = (
        "from app.system_check import check_system; "
        "print([p.message for p in check_system({'QT_QPA_PLATFORM': 'offscreen'})])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
