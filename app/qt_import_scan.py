"""PySide6 without its source scan of every later import.

Once PySide6 is imported, its import hook (``shibokensupport.feature.feature_imported``) reads the source of each
module imported after it, through ``inspect.getsource`` and so ``linecache``, to find the ones that mention
"PySide6" (they could select a ``__feature__`` such as snake_case). For the ~450 modules the window loads after Qt
(SQLAlchemy, Alembic, numpy, jinja2, phonenumbers) that cost ~0.2 ms a module and left ~20 MB of source text in
memory that the process never gives back (clearing linecache frees it into Python's arenas, not to the system).

CallDesk selects no ``__feature__`` (tests/unit/test_qt_import_scan.py checks), so the answer is known from the
name: CallDesk's own modules use PySide6, the libraries it imports after Qt do not.
"""

import sys
from types import ModuleType

OWN_PACKAGES = ("app", "bench", "tests")


def skip_feature_source_scan() -> bool:
    """Answer PySide6's "does this module use PySide6?" from the module's name. Imports PySide6.QtCore (which
    installs the hook). False, changing nothing, when this PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook this replaces the check of

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside_by_name  # type: ignore[attr-defined]  # the hook's own module global
    return True


def uses_pyside_by_name(module: ModuleType) -> bool:
    """CallDesk's own modules are taken to use PySide6 (as the scan finds for most), every library not."""
    return getattr(module, "__name__", "").split(".")[0] in OWN_PACKAGES
