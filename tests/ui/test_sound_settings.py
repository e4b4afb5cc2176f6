"""What the agent gets for sound in the window, on the fake phone: the ringer in Settings (saved, applied), the
device lists refreshed, the headset test, the microphone meter and the devices in use in the phone panel."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.scripts.loader import load_library
from app.services.call_controls import CallControls
from app.services.call_session import AgentIdentity, CallSession
from app.services.credentials import CredentialStore
from app.services.dial_router import DialRouter
from app.services.settings_store import SettingsStore
from app.services.sound_device_choice import apply_sound_devices
from app.telephony.events import HeadsetTestState, SoundDevice
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.memory_keyring import MemoryKeyring
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record

ENGLISH = {"LANG": "en_US.UTF-8"}
HEADSET = "Fake headset"
PC_SPEAKER = "PC speaker"


@pytest.fixture
def phone() -> FakePhone:
    phone = FakePhone()
    phone.devices.append(SoundDevice(PC_SPEAKER, capture=False, playback=True))
    phone.start()
    return phone


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "calldesk.toml"
    path.write_text(f'[general]\nlanguage = "en"\n\n[audio]\ncapture = "{HEADSET}"\nplayback = "{HEADSET}"\n',
                    encoding="utf-8")
    return path


@pytest.fixture
def open_dialog(qtbot: QtBot, phone: FakePhone, config_file: Path) -> Callable[..., SettingsDialog]:
    def open_it(in_call: Callable[[], bool] | None = None) -> SettingsDialog:
        store = SettingsStore(config_file, CredentialStore(backend=MemoryKeyring()), environ=ENGLISH)
        dialog = SettingsDialog(store, phone, audio_choice=(HEADSET, HEADSET), in_call=in_call)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.audio_page)
        dialog.show()
        return dialog
    return open_it


def test_the_ringer_is_saved_applied_at_once_and_chosen_again_at_start(
        open_dialog: Callable[..., SettingsDialog], phone: FakePhone, config_file: Path) -> None:
    dialog = open_dialog()
    page = dialog.audio_page
    combo = page.ringer_combo
    assert combo.currentText() == "Same as the speaker" and page.ringer() == ""
    assert [combo.itemText(i) for i in range(combo.count())] == ["Same as the speaker", HEADSET, PC_SPEAKER]
    page.choose(HEADSET, HEADSET, PC_SPEAKER)
    assert dialog.apply()
    assert phone.selected_devices[-1] == (HEADSET, HEADSET, PC_SPEAKER)
    assert f'ringer = "{PC_SPEAKER}"' in config_file.read_text(encoding="utf-8")

    settings = load_settings(config_file=config_file, environ=ENGLISH)
    assert settings.audio_ringer == PC_SPEAKER
    status = apply_sound_devices(phone, settings, environ={})
    assert status is not None and status.ringer == PC_SPEAKER
    assert phone.selected_devices[-1] == (HEADSET, HEADSET, PC_SPEAKER)


def test_a_saved_ringer_that_is_unplugged_stays_chosen_and_saved(
        open_dialog: Callable[..., SettingsDialog], phone: FakePhone, config_file: Path) -> None:
    config_file.write_text(config_file.read_text(encoding="utf-8") + 'ringer = "Desk speaker"\n', encoding="utf-8")
    dialog = open_dialog()
    assert dialog.audio_page.ringer_combo.currentText() == "Desk speaker (not connected)"
    assert not dialog.audio_page.is_changed()
    assert dialog.apply() and phone.selected_devices == []  # nothing changed: the phone is left alone
    assert 'ringer = "Desk speaker"' in config_file.read_text(encoding="utf-8")


def test_refresh_lists_a_plugged_in_headset_and_keeps_an_unplugged_choice(
        qtbot: QtBot, open_dialog: Callable[..., SettingsDialog], phone: FakePhone) -> None:
    dialog = open_dialog()
    page = dialog.audio_page
    phone.devices.append(SoundDevice("USB Headset", capture=True, playback=True))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.capture_combo.findText("USB Headset") >= 0 and page.ringer_combo.findText("USB Headset") >= 0
    del phone.devices[0]  # the headset in use is pulled out
    with qtbot.assertNotEmitted(page.changed):
        page.refresh()
    assert page.choice() == (HEADSET, HEADSET) and not page.is_changed()
    assert page.capture_combo.currentText() == f"{HEADSET} (not connected)"


def test_the_headset_test_buttons_ask_the_phone_and_say_how_it_went(
        qtbot: QtBot, open_dialog: Callable[..., SettingsDialog], phone: FakePhone) -> None:
    dialog = open_dialog()
    box = dialog.audio_page.test_box
    assert box.microphone_button.isEnabled() and box.microphone_button.accessibleName() == "Test microphone"
    qtbot.mouseClick(box.microphone_button, Qt.MouseButton.LeftButton)
    assert phone.headset_tests == [("microphone", HEADSET, HEADSET)]
    assert box.result_label.text().startswith("Speak now")
    assert not box.microphone_button.isEnabled() and not box.speaker_button.isEnabled()
    phone.finish_headset_test()
    qtbot.waitUntil(lambda: box.microphone_button.isEnabled())
    assert box.result_label.text().startswith("Done. Did you hear yourself?")

    box.speaker_button.setFocus()
    qtbot.keyClick(box.speaker_button, Qt.Key.Key_Space)
    assert phone.headset_tests[-1] == ("speaker", "", HEADSET) and box.result_label.text() == "Playing a tone…"
    phone.finish_headset_test("stopped")
    qtbot.waitUntil(lambda: "stopped during the test" in box.result_label.text())


def test_the_headset_test_is_off_during_a_call(
        qtbot: QtBot, open_dialog: Callable[..., SettingsDialog], phone: FakePhone) -> None:
    calling = [True]
    dialog = open_dialog(in_call=lambda: calling[0])
    box = dialog.audio_page.test_box
    assert not box.microphone_button.isEnabled() and not box.speaker_button.isEnabled()
    assert box.result_label.text() == "A call is using the headset: test it when the call is over."
    box.test_microphone()
    assert phone.headset_tests == []
    calling[0] = False
    qtbot.waitUntil(lambda: box.microphone_button.isEnabled())
    phone.remote_calls_in("+8613800000001")  # the phone itself refuses too
    assert phone.test_speaker(HEADSET) == HeadsetTestState("speaker", "failed", "in_call")


def test_the_settings_page_is_reached_by_keyboard_in_order(open_dialog: Callable[..., SettingsDialog]) -> None:
    dialog = open_dialog()
    page = dialog.audio_page
    order = [page.capture_combo, page.playback_combo, page.ringer_combo, page.echo_combo, page.refresh_button,
             page.test_box.microphone_button, page.test_box.speaker_button]
    for first, second in zip(order, order[1:], strict=False):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second
    assert all(widget.accessibleName() for widget in order)


def _next_focusable(widget: QWidget) -> QWidget | None:
    found = widget.nextInFocusChain()
    while found is not None and not found.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found = found.nextInFocusChain()
    return found


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, phone: FakePhone) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    router = DialRouter()
    session = CallSession(phone=phone, call_log=call_log, router=router, scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en")
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log)
    window = MainWindow(directory=directory, session=session, language="en", controls=controls)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_meter_shows_the_level_the_phone_reports_and_says_silent_muted_or_none(
        qtbot: QtBot, window: MainWindow, phone: FakePhone) -> None:
    meter = window.softphone.microphone_meter
    assert meter.accessibleName() == "Microphone level" and meter.bar.accessibleName() == "Microphone level"
    phone.microphone_dbfs = -20.0
    qtbot.waitUntil(lambda: meter.bar.value() == 40)
    assert meter.state == "sound" and meter.word.text() == ""
    phone.microphone_dbfs = -90.0
    qtbot.waitUntil(lambda: meter.state == "silent")
    assert meter.bar.value() == 0 and meter.word.text() == "Silent"
    phone.microphone_dbfs = -20.0
    window.softphone.show_muted(True)
    qtbot.wait(150)
    assert meter.state == "muted" and meter.bar.value() == 0 and meter.word.text() == "Muted"
    window.softphone.show_muted(False)
    phone.microphone_dbfs = None
    qtbot.waitUntil(lambda: meter.word.text() == "No microphone")


def test_the_panel_says_which_devices_are_in_use_and_when_the_sound_is_lost_and_back(window: MainWindow) -> None:
    label = window.softphone.audio_label
    window.show_audio_status(False, "Microphone: Mic; speaker: Ear", "in_use", ("Mic", "Ear", "Desk"))
    assert label.isVisible() and label.text() == "Microphone: Mic · Speaker: Ear · Ringer: Desk"
    window.show_audio_status(True, "The sound device stopped", "lost")
    assert label.text().startswith("Sound lost") and label.toolTip() == "The sound device stopped"
    assert window.statusBar().currentMessage() == label.text()
    window.show_audio_status(False, "back", "back", ("Mic", "Ear", "Ear"))
    assert label.text() == "Sound is back. Microphone: Mic · Speaker: Ear"
    assert window.statusBar().currentMessage() == label.text()
