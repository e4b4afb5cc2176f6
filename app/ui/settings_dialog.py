"""Settings (issue 5): language, SIP accounts, audio devices, database URL and recording policy.

Saving goes through the SettingsStore given in ``__init__`` (calldesk.toml keeps the user's comments; passwords
go to the keyring). Language and sound devices apply at once: the dialog emits ``language_chosen`` and, after the
phone switched devices, ``audio_devices_chosen``; the devices are saved too ([audio]), for the next start.
The rest applies at the next start, and the dialog says so.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.config import ConfigError
from app.services.audio_devices import AudioDevices
from app.services.settings_values import EditableSettings, SaveResult, SettingsSaveError, SettingsStorage
from app.ui.settings_audio_page import AudioDevicesPage
from app.ui.settings_pages import DatabasePage, LanguagePage, RecordingPage
from app.ui.settings_sip_page import SipAccountsPage

ERROR_STYLE = "color: #8c1d18; background: #fdecea; padding: 6px; border-radius: 4px;"


class SettingsDialog(QDialog):
    language_chosen = Signal(str)  # "zh_CN" | "en", after it was saved; connect to LanguageSwitcher.switch
    audio_devices_chosen = Signal(str, str)  # capture, playback: already in use (the dialog asked the phone)
    saved = Signal(object)  # SaveResult

    def __init__(self, store: SettingsStorage, audio: AudioDevices, *, database_url_in_use: str = "",
                 audio_choice: tuple[str, str] | None = None, in_call: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        """``in_call``: whether a call holds the headset now (the headset test waits for the call to end)."""
        super().__init__(parent)
        self._store = store
        self._loaded: EditableSettings | None = None
        self._audio_given = audio_choice is not None
        self._audio_shown: tuple[str, str] = ("", "")  # the devices the audio page showed after loading or saving
        self.tabs = QTabWidget(self)  # created first: the tab bar comes first in the keyboard order, then the page
        self.language_page = LanguagePage(self.tabs)
        self.sip_page = SipAccountsPage(store.password_stored, self.tabs)
        self.audio_page = AudioDevicesPage(audio, audio_choice, self.tabs, in_call=in_call)
        self.database_page = DatabasePage(database_url_in_use, self.tabs)
        self.recording_page = RecordingPage(self.tabs)
        for page in (self.language_page, self.sip_page, self.audio_page, self.database_page, self.recording_page):
            self.tabs.addTab(page, "")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.database_page.changed.connect(self._update_buttons)
        self._retranslate()
        self._load()
        self.resize(640, 480)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        titles = (self.tr("&Language"), self.tr("&SIP accounts"), self.tr("A&udio devices"), self.tr("&Database"),
                  self.tr("&Recording"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.ok_button.setAccessibleName(self.tr("Save and close"))
        self.apply_button.setAccessibleName(self.tr("Save and keep the dialog open"))
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _load(self) -> None:
        try:
            loaded = self._store.load()
        except ConfigError as error:
            self._show_error(self.tr("The settings file cannot be read, so nothing can be saved here. "
                                     "Correct it in a text editor: %1").replace("%1", error.user_message))
            self.tabs.setEnabled(False)
            self._update_buttons()
            return
        self._loaded = loaded
        self.language_page.set_language(loaded.language)
        self.sip_page.set_accounts(loaded.sip_accounts)
        self.database_page.set_url(loaded.database_url)
        self.recording_page.set_policy(loaded.recording_policy)
        if not self._audio_given and any(loaded.audio_devices):
            self.audio_page.show_in_use(*loaded.audio_devices)  # the phone chose the saved devices at start
        self.audio_page.show_ringer_in_use(loaded.audio_ringer)
        self.audio_page.show_echo_mode(loaded.audio_echo_cancellation)
        self._audio_shown = self.audio_page.choice()
        self._update_buttons()

    def edited(self) -> EditableSettings | None:
        """The settings as the pages show them (None when the file could not be read)."""
        if self._loaded is None:
            return None
        return EditableSettings(
            language=self.language_page.language(),
            recording_policy=self.recording_page.policy(),
            database_url=self.database_page.url(),
            sip_accounts=self.sip_page.accounts(),
            audio_devices=self._audio_devices(self._loaded),
            audio_ringer=self.audio_page.ringer(),
            audio_echo_cancellation=self.audio_page.echo_mode(),
        )

    def _audio_devices(self, loaded: EditableSettings) -> tuple[str, str]:
        """The devices to save: the file's, unless the agent chose others here. The page shows the first device for
        a saved one that is not plugged in; saving something else must not replace the saved name with it."""
        choice = self.audio_page.choice()
        return loaded.audio_devices if choice == self._audio_shown else choice

    def apply(self) -> bool:
        """Save what changed; on success apply the language and sound devices at once. False when nothing was
        saved (the message says why)."""
        edited = self.edited()
        if edited is None or self.database_page.problem() is not None:
            return False
        try:
            result = self._store.save(edited, self.sip_page.passwords(), self.sip_page.renamed())
        except SettingsSaveError as error:
            self._show_error(self.tr("Nothing was saved. %1").replace("%1", error.user_message))
            return False
        self._loaded = edited
        self._audio_shown = self.audio_page.choice()
        self.sip_page.set_accounts(edited.sip_accounts)
        self._show_result(result)
        self.saved.emit(result)
        if self.audio_page.apply() is not None:
            self.audio_devices_chosen.emit(*self.audio_page.choice())
        if result.language_changed:
            self.language_chosen.emit(edited.language)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def _show_result(self, result: SaveResult) -> None:
        self.message_label.setStyleSheet("")
        if result.restart_needed:
            what = {"sip_accounts": self.tr("SIP accounts"), "database_url": self.tr("database"),
                    "recording_policy": self.tr("recording policy")}
            names = ", ".join(what[name] for name in result.restart_needed)
            self.message_label.setText(self.tr("Saved. Restart CallDesk to use the new settings for: %1.").replace("%1", names))
        else:
            self.message_label.setText(self.tr("Saved."))
        self.message_label.show()

    def _show_error(self, text: str) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self.message_label.show()

    def _update_buttons(self) -> None:
        usable = self._loaded is not None and self.database_page.problem() is None
        self.ok_button.setEnabled(usable)
        self.apply_button.setEnabled(usable)
