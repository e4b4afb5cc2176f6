"""A registrar turns demo mode off, so a real PBX starts with an empty database: the window says what to run."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.first_start import no_debtors_notice
from app.ui.translations import install_translators


def test_nothing_is_said_when_there_are_debtors_or_demo_data_comes() -> None:
    assert no_debtors_notice(demo_mode=False, has_debtors=True) is None
    assert no_debtors_notice(demo_mode=True, has_debtors=False) is None


def test_an_empty_database_without_demo_mode_names_the_commands() -> None:
    notice = no_debtors_notice(demo_mode=False, has_debtors=False)
    assert notice is not None
    assert "calldesk seed --debtors 200" in notice and "calldesk import-debtors FILE.csv" in notice
    assert "[demo] enabled = true" in notice


def test_the_notice_is_translated(qapp: QCoreApplication, tmp_path: Path) -> None:
    translators = install_translators(qapp, "zh_CN", tmp_path)
    try:
        notice = no_debtors_notice(demo_mode=False, has_debtors=False)
        assert notice is not None and "数据库里还没有债务人" in notice and "calldesk seed --debtors 200" in notice
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
