"""The sound devices saved in calldesk.toml ([audio]) are chosen when the real desktop starts (build_desktop with
the pjsua2 phone): a headset that is gone does not stop the start, the window says calls are silent, and the
Settings dialog opened from the window shows the saved choice."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.desktop import Desktop, build_desktop
from app.ui.settings_dialog import SettingsDialog

pytestmark = [pytest.mark.sip, pytest.mark.slow]
NULL_DEVICE = "No sound device (null)"  # the pjsua2 phone lists it last, always


def start_desktop(qtbot: QtBot, tmp_path: Path, audio_table: str) -> Desktop:
    config = tmp_path / "calldesk.toml"
    config.write_text(f'[general]\nlanguage = "en"\n\n[demo]\nenabled = false\n\n{audio_table}', encoding="utf-8")
    settings = load_settings(config_file=config, database_url=f"sqlite:///{tmp_path / 'calldesk.db'}",
                             data_dir=tmp_path, environ={"LANG": "en_US.UTF-8"})
    desk = build_desktop(settings, QApplication.instance())
    qtbot.addWidget(desk.window)
    desk.window.show()
    return desk


@pytest.fixture
def desktops(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Desktop]]:
    monkeypatch.delenv("CALLDESK_NULL_AUDIO", raising=False)  # it would keep the null device, saved or not
    started: list[Desktop] = []
    yield started
    for desk in started:
        desk.close()


def test_a_saved_headset_that_is_gone_gives_silent_calls_and_a_message_not_a_failed_start(
        qtbot: QtBot, tmp_path: Path, desktops: list[Desktop]) -> None:
    desk = start_desktop(qtbot, tmp_path, '[audio]\ncapture = "Gone Headset"\nplayback = "Gone Headset"\n')
    desktops.append(desk)
    label = desk.window.softphone.audio_label
    qtbot.waitUntil(lambda: "Gone Headset" in label.toolTip())
    assert label.isVisible() and "Sound device not found" in label.toolTip()
    assert desk.bridge.port.audio_status is not None and desk.bridge.port.audio_status.null_device


def test_the_saved_devices_are_chosen_at_start_and_preselected_in_settings(
        qtbot: QtBot, tmp_path: Path, desktops: list[Desktop]) -> None:
    desk = start_desktop(qtbot, tmp_path, f'[audio]\ncapture = "{NULL_DEVICE}"\nplayback = "{NULL_DEVICE}"\n')
    desktops.append(desk)
    qtbot.waitUntil(lambda: "chosen in the settings" in desk.window.softphone.audio_label.toolTip())

    desk.window.settings_requested.emit()
    dialog = desk.window.findChild(SettingsDialog)
    assert dialog is not None
    assert dialog.audio_page.choice() == (NULL_DEVICE, NULL_DEVICE)
    assert dialog.audio_page.capture_combo.currentText() == "No sound device (silent)"
    assert not dialog.audio_page.is_changed()
    dialog.reject()


def test_switching_language_in_settings_rebuilds_the_real_window_without_restart(
        qtbot: QtBot, tmp_path: Path, desktops: list[Desktop]) -> None:
    """The whole path an agent takes: File → Settings → 中文 → OK; the window comes back in Chinese, same process."""
    desk = start_desktop(qtbot, tmp_path, "")
    desktops.append(desk)
    english = desk.window
    assert english.softphone.hangup_button.text() == "Hang up"
    english.settings_requested.emit()
    dialog = english.findChild(SettingsDialog)
    assert dialog is not None
    dialog.language_page.set_language("zh_CN")
    with qtbot.waitSignal(desk.host.window_replaced, timeout=10_000):
        assert dialog.apply()
    chinese = desk.window
    qtbot.addWidget(chinese)
    assert chinese is not english and chinese.isVisible()
    assert chinese.softphone.hangup_button.text() == "挂机"
    assert 'language = "zh_CN"' in (tmp_path / "calldesk.toml").read_text(encoding="utf-8")
    desk.host.request_language("en")  # leave the application's translators as the other tests expect them
