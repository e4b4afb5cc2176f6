"""The UI language at start-up. The logic lives in app.services.language (it has no widgets, and the
runtime switcher there needs it); this module keeps the names the composition root and tests import."""

from app.services.language import (
    SUPPORTED_LANGUAGES,
    TRANSLATIONS_DIR,
    LanguageSwitcher,
    compiled_translation,
    install_translators,
)

__all__ = ["SUPPORTED_LANGUAGES", "TRANSLATIONS_DIR", "LanguageSwitcher", "compiled_translation", "install_translators"]
