"""Before the window opens: find missing system libraries, display and fonts, and name the Debian package.

Qt loads libraries such as libEGL.so.1 when PySide6.QtGui is imported, and the xcb platform plugin
loads a dozen libxcb-* libraries only when the QApplication starts (aborting the process if one is
missing). Both are checked here first so a missing package becomes one line, not a core dump.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

EXIT_SYSTEM_PROBLEM = 3
CJK_FONT_PACKAGE = "fonts-wqy-microhei"

# Shared library (soname) -> Debian 12 package that ships it, for what PySide6's Qt needs.
SONAME_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libasound.so.2": "libasound2",
    "libpulse.so.0": "libpulse0",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}

_CANNOT_OPEN = re.compile(r"([^\s:/]+\.so(?:\.[0-9]+)*): cannot open shared object file")
_LDD_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

Runner = Callable[[Sequence[str]], str]
Importer = Callable[[str], object]


@dataclass(frozen=True)
class SystemProblem:
    """Something on this machine that stops CallDesk (fatal) or degrades it; message says what to do."""

    message: str
    packages: tuple[str, ...] = ()
    fatal: bool = True
    libraries: tuple[str, ...] = ()


def package_for(soname: str) -> str | None:
    return SONAME_PACKAGES.get(soname)


def missing_library(error: ImportError) -> str | None:
    """'libEGL.so.1' from "libEGL.so.1: cannot open shared object file: No such file or directory"."""
    match = _CANNOT_OPEN.search(str(error))
    return match.group(1) if match else None


def libraries_not_found(ldd_output: str) -> list[str]:
    """Sonames on ldd's '=> not found' lines, in order, without repeats."""
    return list(dict.fromkeys(_LDD_NOT_FOUND.findall(ldd_output)))


def missing_libraries_problem(sonames: Sequence[str]) -> SystemProblem:
    """One message for all missing libraries, with one apt-get line for their packages."""
    known = [package_for(soname) for soname in sonames]
    packages = tuple(dict.fromkeys(package for package in known if package))
    unknown = [soname for soname, package in zip(sonames, known, strict=True) if package is None]
    plural = len(sonames) > 1
    message = f"CallDesk cannot start: missing system librar{'ies' if plural else 'y'} {', '.join(sonames)}."
    if packages:
        them = "them" if len(packages) > 1 or plural else "it"
        message += f" Install {them} with: sudo apt-get install {' '.join(packages)}"
    if unknown:
        message += (
            f"{'.' if packages else ''} Install the Debian package that provides {', '.join(unknown)} "
            f"(find it with: apt-file search {unknown[0]})"
        )
    return SystemProblem(message, packages, libraries=tuple(sonames))


def merge_library_problems(problems: Sequence[SystemProblem]) -> list[SystemProblem]:
    """Several checks may find the same missing library: report all of them in one message."""
    sonames = list(dict.fromkeys(soname for problem in problems for soname in problem.libraries))
    others = [problem for problem in problems if not problem.libraries]
    return others + ([missing_libraries_problem(sonames)] if sonames else [])


def check_display(environ: Mapping[str, str], platform: str = sys.platform) -> list[SystemProblem]:
    if not platform.startswith("linux") or any(environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return []
    return [
        SystemProblem(
            "CallDesk cannot start: no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it in a "
            "desktop session, or on a virtual screen with: CALLDESK_HEADLESS=1 ./calldesk.sh run"
        )
    ]


def check_qt_import(
    importer: Importer = importlib.import_module, run: Runner | None = None, qt_dir: Path | None = None
) -> list[SystemProblem]:
    """Import QtGui and QtWidgets; on a missing library, ask ldd for all the others missing too."""
    try:
        importer("PySide6.QtGui")
        importer("PySide6.QtWidgets")
    except ImportError as error:
        soname = missing_library(error)
        if soname is None:
            return [SystemProblem(f"CallDesk cannot start: Qt (PySide6) does not load: {error}")]
        sonames = [soname]
        if qt_dir is not None:
            for module in sorted(qt_dir.glob("QtGui*.so")) + sorted(qt_dir.glob("QtWidgets*.so")):
                sonames += _ldd_not_found(module, run or _run)
        return [missing_libraries_problem(list(dict.fromkeys(sonames)))]
    return []


def check_platform_plugin(environ: Mapping[str, str], qt_dir: Path | None, run: Runner | None = None) -> list[SystemProblem]:
    """ldd the xcb plugin when Qt will use it: libraries it lacks make QApplication abort."""
    if qt_dir is None or not _uses_xcb(environ):
        return []
    plugin = qt_dir / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return []
    sonames = _ldd_not_found(plugin, run or _run)
    return [missing_libraries_problem(sonames)] if sonames else []


def check_cjk_font(run: Runner | None = None, platform: str = sys.platform) -> list[SystemProblem]:
    """A Chinese font must be installed, or zh_CN text and Chinese names show as empty boxes."""
    if not platform.startswith("linux"):
        return []
    try:
        families = (run or _run)(["fc-list", ":lang=zh", "family"])
    except (OSError, subprocess.SubprocessError):
        return []  # no fc-list: cannot tell, do not guess
    if families.strip():
        return []
    return [
        SystemProblem(
            "No Chinese font is installed, so Chinese text will show as boxes. "
            f"Install one with: sudo apt-get install {CJK_FONT_PACKAGE}",
            (CJK_FONT_PACKAGE,),
            fatal=False,
        )
    ]


def check_system(environ: Mapping[str, str] = os.environ, run: Runner | None = None, *,
                 fonts: bool = True) -> list[SystemProblem]:
    """Everything the window needs from the machine; call before creating the QApplication. ``fonts=False``
    leaves out the Chinese font (a warning, never fatal: the window checks it after its first paint)."""
    qt_dir = pyside6_dir()
    problems = check_display(environ)
    problems += check_qt_import(run=run, qt_dir=qt_dir)
    problems += check_platform_plugin(environ, qt_dir, run)
    return merge_library_problems(problems) + (check_cjk_font(run) if fonts else [])


def ready_for_gui(stream: TextIO | None = None, environ: Mapping[str, str] = os.environ, *,
                  fonts: bool = True) -> bool:
    """Print every problem found; False when one of them stops the window from opening."""
    problems = check_system(environ, fonts=fonts)
    out = stream or sys.stderr
    for problem in problems:
        print(problem.message if problem.fatal else f"Warning: {problem.message}", file=out)
    return not any(problem.fatal for problem in problems)


def pyside6_dir() -> Path | None:
    """The PySide6 package folder, found without importing any Qt library."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        return re.split(r"[;:]", requested, maxsplit=1)[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def _ldd_not_found(library: Path, run: Runner) -> list[str]:
    try:
        return libraries_not_found(run(["ldd", str(library)]))
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd (not glibc Linux): the import error alone must do


def _run(command: Sequence[str]) -> str:
    completed = subprocess.run(list(command), capture_output=True, text=True, timeout=30, check=False)
    return completed.stdout
