"""The UI language: compile resources/translations/*.ts to .qm on demand (never committed), load them, and
switch them while the window is open. Installing or removing a QTranslator makes Qt send every widget a
LanguageChange event; ``language_changed`` tells the window to rebuild what it formats itself."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED_LANGUAGES = ("zh_CN", "en")


def _lrelease() -> Path:
    return Path(PySide6.__file__).parent / "lrelease"


def compiled_translation(language: str, cache_dir: Path, source_dir: Path = TRANSLATIONS_DIR) -> Path | None:
    """The .qm for the language, rebuilt when the .ts is newer; None when there is no source or lrelease failed."""
    source = source_dir / f"calldesk_{language}.ts"
    if not source.exists():
        return None
    target = cache_dir / f"calldesk_{language}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(target)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not target.exists():
        log.warning("could not compile %s: %s", source, result.stderr.strip())
        return None
    return target


def install_translators(app: QCoreApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Load Qt's own strings (dialog buttons) and CallDesk's; returns the translators to keep alive."""
    QLocale.setDefault(QLocale(language))
    translators: list[QTranslator] = []
    qt_strings = QTranslator(app)
    if qt_strings.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_strings)
    compiled = compiled_translation(language, cache_dir)
    own = QTranslator(app)
    if compiled is not None and own.load(str(compiled)):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    return translators


class LanguageSwitcher(QObject):
    """Owns the installed translators; ``switch`` replaces them at runtime, no restart.

    Give it the translators installed at start-up so it can remove them when the agent picks another language.
    """

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, language: str, cache_dir: Path,
                 installed: list[QTranslator] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._cache_dir = cache_dir
        self._language = language
        self._translators: list[QTranslator] = list(installed or [])

    @property
    def language(self) -> str:
        return self._language

    def switch(self, language: str) -> None:
        """Install ``language`` ("zh_CN" | "en") and emit language_changed; nothing happens for the current one."""
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; use one of {', '.join(SUPPORTED_LANGUAGES)}")
        if language == self._language:
            return
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = install_translators(self._app, language, self._cache_dir)
        self._language = language
        log.info("language switched to %s", language)
        self.language_changed.emit(language)
