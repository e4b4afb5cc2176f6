"""The Settings dialog, driven through its methods and signals: an in-memory keyring, a fake phone for sound devices."""

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.services.audio_devices import AudioDevices, AudioDeviceStatus, HeadsetTestState, SoundDevice
from app.services.credentials import CredentialStore
from app.services.language import TRANSLATIONS_DIR, LanguageSwitcher
from app.services.settings_store import SettingsStore
from app.ui.settings_dialog import SettingsDialog
from app.ui.settings_sip_editor import SipAccountEditor
from tests.memory_keyring import MemoryKeyring

ENGLISH = {"LANG": "en_US.UTF-8"}
USER_FILE = """\
# my settings
[general]
language = "en"

[[sip_accounts]]
name = "office"  # main line
user = "1001"
registrar = "sip:pbx.example.com"
"""


class FakeAudio:
    def __init__(self) -> None:
        self.selected: list[tuple[str, str]] = []
        self.ringers: list[str] = []  # the ringer of each select
        self.devices = [SoundDevice("USB Headset", capture=True, playback=True), SoundDevice("Built-in Mic", True, False),
                        SoundDevice("Speakers", capture=False, playback=True)]
        self.tests: list[tuple[str, ...]] = []
        self.test_state = HeadsetTestState()
        self.echo_modes: list[str] = []

    def set_echo_cancellation(self, mode: str) -> None:
        self.echo_modes.append(mode)

    def sound_devices(self) -> tuple[SoundDevice, ...]:
        return (*self.devices, SoundDevice("No sound device (null)", capture=True, playback=True, null=True))

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        self.selected.append((capture, playback))
        self.ringers.append(ringer)
        return AudioDeviceStatus(null_device=capture == "No sound device (null)", description=f"{capture}/{playback}")

    def microphone_level(self) -> float | None:
        return -20.0

    def test_microphone(self, microphone: str, speaker: str) -> HeadsetTestState:
        self.tests.append(("microphone", microphone, speaker))
        self.test_state = HeadsetTestState("microphone", "recording")
        return self.test_state

    def test_speaker(self, speaker: str) -> HeadsetTestState:
        self.tests.append(("speaker", speaker))
        self.test_state = HeadsetTestState("speaker", "playing")
        return self.test_state

    def headset_test_state(self) -> HeadsetTestState:
        return self.test_state


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(backend=MemoryKeyring())


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "calldesk.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    return path


@pytest.fixture
def audio() -> FakeAudio:
    return FakeAudio()


@pytest.fixture
def dialog(qtbot: QtBot, config_file: Path, credentials: CredentialStore, audio: FakeAudio) -> SettingsDialog:
    credentials.set_sip_password("office", "office-secret")
    store = SettingsStore(config_file, credentials, environ=ENGLISH)
    widget = SettingsDialog(store, audio, database_url_in_use="postgresql+psycopg://desk:pw@db/calldesk",
                            audio_choice=("USB Headset", "USB Headset"))
    qtbot.addWidget(widget)
    return widget


def fill_account(editor: SipAccountEditor, name: str, user: str, registrar: str = "", password: str = "") -> None:
    editor.name_edit.setText(name)
    editor.user_edit.setText(user)
    editor.registrar_edit.setText(registrar)
    editor.password_edit.setText(password)


def test_pages_show_the_file_and_the_account_model_is_sound(dialog: SettingsDialog, qtmodeltester) -> None:
    qtmodeltester.check(dialog.sip_page.model)
    assert dialog.language_page.language() == "en"
    assert dialog.language_page.language_combo.itemText(0) == "中文"
    assert [a.name for a in dialog.sip_page.accounts()] == ["office"]
    assert dialog.sip_page.model.index(0, 3).data() == "stored"
    assert "office-secret" not in "".join(str(dialog.sip_page.model.index(0, c).data()) for c in range(4))
    assert "pw" not in dialog.database_page.in_use_label.text() and "***" in dialog.database_page.in_use_label.text()
    assert dialog.recording_page.policy() == "always"


def test_language_is_saved_and_chosen_at_once_without_restart(qtbot: QtBot, dialog: SettingsDialog,
                                                                  config_file: Path) -> None:
    dialog.language_page.set_language("zh_CN")
    with qtbot.waitSignal(dialog.language_chosen) as chosen:
        assert dialog.apply()
    assert chosen.args == ["zh_CN"]
    assert load_settings(config_file=config_file, environ=ENGLISH).language == "zh_CN"
    assert "# my settings" in config_file.read_text(encoding="utf-8")
    assert dialog.message_label.text() == "Saved."


def test_adding_an_account_checks_fields_and_puts_the_password_in_the_keyring_only(
        qtbot: QtBot, dialog: SettingsDialog, config_file: Path, credentials: CredentialStore) -> None:
    editor = dialog.sip_page.add_account()
    fill_account(editor, "office", "2001", "pbx.example.com", "n3w-Secret")
    assert editor.problems() == {"name", "registrar"}
    assert not editor.ok_button.isEnabled()
    assert editor._errors["registrar"].isVisibleTo(editor)
    assert "sip:pbx.example.com" in editor.registrar_edit.accessibleDescription()
    editor.accept()
    assert len(dialog.sip_page.accounts()) == 1  # refused: the editor stays open

    fill_account(editor, "backup", "2001", "sip:pbx.example.com", "n3w-Secret")
    assert editor.problems() == frozenset() and editor.ok_button.isEnabled()
    editor.accept()
    assert [a.name for a in dialog.sip_page.accounts()] == ["office", "backup"]
    assert dialog.sip_page.model.index(1, 3).data() == "new, saved with the settings"

    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert saved.args[0].restart_needed == ("sip_accounts",)
    assert "Restart CallDesk" in dialog.message_label.text() and "SIP accounts" in dialog.message_label.text()
    assert credentials.sip_password("backup") == "n3w-Secret"
    text = config_file.read_text(encoding="utf-8")
    assert "n3w-Secret" not in text and 'name = "backup"' in text and "# main line" in text
    assert dialog.sip_page.model.index(1, 3).data() == "stored"


def test_renaming_keeps_the_password_and_removing_drops_it(
        dialog: SettingsDialog, config_file: Path, credentials: CredentialStore) -> None:
    editor = dialog.sip_page.edit_account(0)
    assert editor is not None
    assert editor.password_edit.text() == "" and "stored" in editor.password_state.text()
    editor.name_edit.setText("head-office")
    editor.accept()
    assert dialog.apply()
    assert credentials.sip_password("head-office") == "office-secret"
    assert credentials.sip_password("office") is None

    dialog.sip_page.remove_account(0)
    assert dialog.apply()
    assert credentials.sip_password("head-office") is None
    assert load_settings(config_file=config_file, environ=ENGLISH).sip_accounts == ()


def test_a_database_url_with_a_password_is_refused_at_the_field(dialog: SettingsDialog, config_file: Path) -> None:
    dialog.database_page.url_edit.setText("postgresql+psycopg://calldesk:hunter2@db/calldesk")
    assert dialog.database_page.error_label.isVisibleTo(dialog.database_page)
    assert "pgpass" in dialog.database_page.error_label.text()
    assert not dialog.ok_button.isEnabled() and not dialog.apply_button.isEnabled()
    assert not dialog.apply()
    assert config_file.read_text(encoding="utf-8") == USER_FILE

    dialog.database_page.url_edit.setText("postgresql+psycopg://calldesk@db/calldesk")
    assert dialog.ok_button.isEnabled()
    assert dialog.apply()
    assert "database" in dialog.message_label.text()
    saved_url = load_settings(config_file=config_file, environ=ENGLISH).database_url
    assert saved_url == "postgresql+psycopg://calldesk@db/calldesk"


def test_a_failed_save_shows_the_message_and_keeps_the_dialog_open(
        dialog: SettingsDialog, config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(source: str, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    dialog.show()
    dialog.recording_page.set_policy("on_demand")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Nothing was saved.") and "No space" in dialog.message_label.text()
    assert config_file.read_text(encoding="utf-8") == USER_FILE


def test_recording_policy_needs_a_restart(dialog: SettingsDialog, config_file: Path) -> None:
    dialog.recording_page.set_policy("on_demand")
    assert dialog.apply()
    assert "recording policy" in dialog.message_label.text()
    assert load_settings(config_file=config_file, environ=ENGLISH).recording_policy == "on_demand"


def test_sound_devices_apply_at_once_through_the_phone(qtbot: QtBot, dialog: SettingsDialog, audio: FakeAudio) -> None:
    assert isinstance(audio, AudioDevices)
    page = dialog.audio_page
    assert page.choice() == ("USB Headset", "USB Headset")
    assert page.capture_combo.count() == 3 and page.playback_combo.count() == 3
    assert dialog.apply() and audio.selected == []  # nothing changed: the phone is left alone

    page.choose("Built-in Mic", "Speakers")
    with qtbot.waitSignal(dialog.audio_devices_chosen) as chosen:
        assert dialog.apply()
    assert chosen.args == ["Built-in Mic", "Speakers"] and audio.selected == [("Built-in Mic", "Speakers")]

    page.choose("No sound device (null)", "Speakers")
    assert page.capture_combo.currentText() == "No sound device (silent)"
    dialog.apply()
    assert "could not be opened" in page.status_label.text()


def test_chosen_sound_devices_are_saved_for_the_next_start(dialog: SettingsDialog, config_file: Path) -> None:
    assert dialog.apply()
    assert config_file.read_text(encoding="utf-8") == USER_FILE  # the devices shown were not chosen: nothing saved

    dialog.audio_page.choose("Built-in Mic", "Speakers")
    assert dialog.apply()

    settings = load_settings(config_file=config_file, environ=ENGLISH)
    assert (settings.audio_capture, settings.audio_playback) == ("Built-in Mic", "Speakers")
    assert "# my settings" in config_file.read_text(encoding="utf-8")
    assert dialog.message_label.text() == "Saved."  # no restart needed


def test_the_saved_devices_are_preselected_without_asking_the_phone_again(
        qtbot: QtBot, config_file: Path, credentials: CredentialStore, audio: FakeAudio) -> None:
    config_file.write_text(USER_FILE + '\n[audio]\ncapture = "Built-in Mic"\nplayback = "Speakers"\n', encoding="utf-8")
    for given in (None, ("Built-in Mic", "Speakers")):  # from the file, or as build_desktop passes them
        widget = SettingsDialog(SettingsStore(config_file, credentials, environ=ENGLISH), audio, audio_choice=given)
        qtbot.addWidget(widget)
        assert widget.audio_page.choice() == ("Built-in Mic", "Speakers")
        assert widget.audio_page.capture_combo.currentText() == "Built-in Mic"
        with qtbot.assertNotEmitted(widget.audio_devices_chosen):
            assert widget.apply()
        assert audio.selected == []


def test_a_saved_device_that_is_unplugged_stays_saved(
        qtbot: QtBot, config_file: Path, credentials: CredentialStore, audio: FakeAudio) -> None:
    config_file.write_text(USER_FILE + '\n[audio]\ncapture = "Gone Headset"\nplayback = "Gone Headset"\n',
                           encoding="utf-8")
    widget = SettingsDialog(SettingsStore(config_file, credentials, environ=ENGLISH), audio,
                            audio_choice=("Gone Headset", "Gone Headset"))
    qtbot.addWidget(widget)
    assert widget.audio_page.choice() == ("USB Headset", "USB Headset")  # the phone's first: what it can offer
    widget.recording_page.set_policy("on_demand")
    assert widget.apply()
    settings = load_settings(config_file=config_file, environ=ENGLISH)
    assert (settings.audio_capture, settings.audio_playback) == ("Gone Headset", "Gone Headset")
    assert settings.recording_policy == "on_demand"


def test_an_unreadable_file_disables_saving(qtbot: QtBot, tmp_path: Path, credentials: CredentialStore) -> None:
    broken = tmp_path / "calldesk.toml"
    broken.write_text("[general\n", encoding="utf-8")
    widget = SettingsDialog(SettingsStore(broken, credentials, environ=ENGLISH), FakeAudio())
    qtbot.addWidget(widget)
    assert not widget.ok_button.isEnabled() and not widget.apply()
    assert "not valid TOML" in widget.message_label.text()


def _tab_chain(start: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(start):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _spoken_name(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, or a button's own text."""
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.accessibleName() or text.replace("&", "")


def _inner(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox)) or isinstance(widget, QTabBar)


def test_keyboard_order_and_accessible_names(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.show()
    chain = _tab_chain(dialog)
    order = [dialog.language_page.language_combo, dialog.ok_button]
    assert [w for w in chain if w in order] == order
    assert [w for w in chain if not _inner(w) and not _spoken_name(w)] == []

    editor = dialog.sip_page.add_account()
    fields = [editor.name_edit, editor.user_edit, editor.display_name_edit, editor.registrar_edit,
              editor.auth_user_edit, editor.realm_edit, editor.transport_combo, editor.local_port_spin,
              editor.outbound_proxy_edit, editor.dial_prefix_edit, editor.codec_order_edit, editor.password_edit]
    editor_chain = _tab_chain(editor)
    assert [w for w in editor_chain if w in fields] == fields
    assert [w for w in editor_chain if not _inner(w) and not _spoken_name(w)] == []
    editor.reject()


def _a_shipped_translation() -> tuple[str, str, str]:
    """(context, source, Chinese) of the first finished plain message in the shipped zh_CN .ts."""
    for context in ET.parse(TRANSLATIONS_DIR / "calldesk_zh_CN.ts").iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text \
                    and message.get("numerus") != "yes":
                return context.findtext("name") or "", message.findtext("source") or "", translation.text
    raise AssertionError("no finished translation in calldesk_zh_CN.ts")


class _MarkingTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»" if context == "SettingsDialog" else ""

    def isEmpty(self) -> bool:
        return False


def test_the_dialog_retranslates_itself_when_the_language_changes(qtbot: QtBot, dialog: SettingsDialog) -> None:
    app = QApplication.instance()
    assert app is not None
    marking = _MarkingTranslator()
    app.installTranslator(marking)
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "«Settings»")
        assert dialog.tabs.tabText(1) == "«&SIP accounts»"
    finally:
        app.removeTranslator(marking)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")


def test_language_switcher_installs_translators_at_runtime(
        qtbot: QtBot, qapp: QCoreApplication, tmp_path: Path) -> None:
    context, source, chinese = _a_shipped_translation()
    switcher = LanguageSwitcher(qapp, "en", tmp_path)
    with qtbot.waitSignal(switcher.language_changed) as changed:
        switcher.switch("zh_CN")
    try:
        assert changed.args == ["zh_CN"] and switcher.language == "zh_CN"
        assert QCoreApplication.translate(context, source) == chinese
        assert QLocale().name() == "zh_CN"
        with qtbot.assertNotEmitted(switcher.language_changed):
            switcher.switch("zh_CN")
    finally:
        switcher.switch("en")
    assert QCoreApplication.translate(context, source) == source
    with pytest.raises(ValueError):
        switcher.switch("fr")


def test_echo_cancellation_is_saved_and_applied_at_once(dialog: SettingsDialog, audio: FakeAudio,
                                                       config_file: Path) -> None:
    page = dialog.audio_page
    assert page.echo_mode() == "auto" and page.echo_combo.count() == 3
    page.echo_combo.setCurrentIndex(page.echo_combo.findData("on"))
    assert page.is_changed()
    assert dialog.apply()
    assert audio.echo_modes == ["on"] and audio.selected == []  # the devices were not touched
    assert load_settings(config_file=config_file, environ=ENGLISH).audio_echo_cancellation == "on"
    page.echo_combo.setCurrentIndex(page.echo_combo.findData("auto"))
    assert dialog.apply()
    assert audio.echo_modes == ["on", "auto"]
    assert "echo_cancellation" not in config_file.read_text(encoding="utf-8")  # the default is no key
