"""Every string the window shows is in both .ts files, translated, and compiles to a .qm that loads."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication

from app.ui.translations import TRANSLATIONS_DIR, compiled_translation, install_translators

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(str(p) for p in [*ROOT.glob("app/ui/*.py"), *ROOT.glob("app/services/*.py")])


def _messages(ts_file: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m for m in ET.parse(ts_file).iter("message")
            if m.find("translation") is None or m.find("translation").get("type") != "vanished"}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_files_hold_every_source_string_translated(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), "-silent", *SOURCES, "-ts", str(fresh)], check=True)
    wanted = set(_messages(fresh))
    shipped = _messages(TRANSLATIONS_DIR / f"calldesk_{language}.ts")
    assert wanted - set(shipped) == set(), "run pyside6-lupdate and translate the new strings"
    unfinished = [s for s, m in shipped.items() if s in wanted and m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_chinese_translation_loads_and_translates(qapp: QCoreApplication, tmp_path: Path) -> None:
    assert compiled_translation("zh_CN", tmp_path) is not None
    translators = install_translators(qapp, "zh_CN", tmp_path)
    try:
        assert QCoreApplication.translate("SoftphonePanel", "Hang up") == "挂机"
        assert QCoreApplication.translate("SoftphonePanel", "In call") == "通话中"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
