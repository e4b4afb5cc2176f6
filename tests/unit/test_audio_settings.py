"""The [audio] sound devices: read by app.config, saved by the settings store, chosen again at start."""

from dataclasses import replace
from pathlib import Path

import pytest

from app.config import ConfigError, Settings, load_settings
from app.services.credentials import CredentialStore
from app.services.settings_store import SettingsStore
from app.services.sound_device_choice import apply_sound_devices, saved_sound_devices
from app.telephony.events import AudioDeviceStatus, SoundDevice
from app.telephony.fake_phone import FakePhone
from tests.memory_keyring import MemoryKeyring

ENGLISH = {"LANG": "en_US.UTF-8"}
WITHOUT_AUDIO = """\
# My CallDesk settings -- keep this comment
[general]
language = "en"  # English for now

[[sip_accounts]]
name = "office"   # the main line
user = "1001"
"""
WITH_AUDIO = """\
[general]
language = "en"

# my headset, not the laptop's speakers
[audio]
capture = "USB Headset"  # the boom mic
playback = "USB Headset"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "calldesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def store_for(path: Path) -> SettingsStore:
    return SettingsStore(path, CredentialStore(backend=MemoryKeyring()), environ=ENGLISH)


def test_config_reads_the_audio_table_and_absent_means_the_system_default(tmp_path: Path) -> None:
    settings = load_settings(config_file=write(tmp_path, WITH_AUDIO), environ=ENGLISH)
    assert (settings.audio_capture, settings.audio_playback) == ("USB Headset", "USB Headset")
    assert saved_sound_devices(settings) == ("USB Headset", "USB Headset")
    default = load_settings(config_file=write(tmp_path, WITHOUT_AUDIO), environ=ENGLISH)
    assert (default.audio_capture, default.audio_playback) == ("", "")
    assert saved_sound_devices(default) is None


def test_config_refuses_a_device_name_that_is_not_text(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"audio\.capture must be text in quotes"):
        load_settings(config_file=write(tmp_path, "[audio]\ncapture = 3\n"), environ=ENGLISH)


def test_saving_devices_creates_the_audio_table_and_keeps_every_comment(tmp_path: Path) -> None:
    path = write(tmp_path, WITHOUT_AUDIO)
    store = store_for(path)
    loaded = store.load()
    assert loaded.audio_devices == ("", "")

    store.save(replace(loaded, audio_devices=("Built-in Mic", "Speakers")))

    text = path.read_text(encoding="utf-8")
    assert text.startswith(WITHOUT_AUDIO)  # nothing above was touched, comments included
    assert '[audio]\ncapture = "Built-in Mic"\nplayback = "Speakers"\n' in text
    settings = load_settings(config_file=path, environ=ENGLISH)
    assert (settings.audio_capture, settings.audio_playback) == ("Built-in Mic", "Speakers")
    assert store_for(path).load().audio_devices == ("Built-in Mic", "Speakers")


def test_changing_one_device_touches_only_its_key_and_unchanged_devices_write_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, WITH_AUDIO)
    store = store_for(path)
    loaded = store.load()
    store.save(loaded)
    assert path.read_text(encoding="utf-8") == WITH_AUDIO  # byte for byte

    result = store.save(replace(loaded, audio_devices=("Built-in Mic", "USB Headset")))

    assert path.read_text(encoding="utf-8") == WITH_AUDIO.replace('"USB Headset"  # the boom mic',
                                                                  '"Built-in Mic"  # the boom mic')
    assert result.restart_needed == ()  # devices apply at once


def test_an_empty_device_removes_its_key_so_the_system_default_is_used(tmp_path: Path) -> None:
    path = write(tmp_path, WITH_AUDIO)
    store = store_for(path)
    store.save(replace(store.load(), audio_devices=("", "USB Headset")))
    text = path.read_text(encoding="utf-8")
    assert "capture" not in text and 'playback = "USB Headset"' in text
    assert "# my headset, not the laptop's speakers" in text


def settings_with(capture: str, playback: str, tmp_path: Path) -> Settings:
    base = load_settings(config_file=write(tmp_path, "[general]\nlanguage = \"en\"\n"), environ=ENGLISH)
    return replace(base, audio_capture=capture, audio_playback=playback)


def test_the_saved_devices_are_chosen_on_the_started_phone(tmp_path: Path) -> None:
    phone, events = FakePhone(), list[object]()
    phone.add_listener(events.append)
    phone.start()
    status = apply_sound_devices(phone, settings_with("Fake headset", "Fake headset", tmp_path), environ={})
    assert status == AudioDeviceStatus(False, "Microphone: Fake headset; speaker: Fake headset", "in_use",
                                       "Fake headset", "Fake headset", "Fake headset")
    phone.pump()
    assert events[-1] == status  # after the start's own status: the window's audio status shows the saved devices


def test_a_device_that_is_gone_falls_back_to_the_null_device_without_an_error(tmp_path: Path) -> None:
    phone = FakePhone()
    phone.start()
    status = apply_sound_devices(phone, settings_with("Unplugged headset", "Fake headset", tmp_path), environ={})
    assert status is not None and status.null_device


def test_nothing_saved_or_null_audio_forced_leaves_the_phone_alone(tmp_path: Path) -> None:
    class Untouchable(FakePhone):
        def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
            raise AssertionError("the phone was asked to change devices")

    phone = Untouchable()
    assert apply_sound_devices(phone, settings_with("", "", tmp_path), environ={}) is None
    saved = settings_with("Fake headset", "Fake headset", tmp_path)
    assert apply_sound_devices(phone, saved, environ={"CALLDESK_NULL_AUDIO": "1"}) is None


def test_an_empty_side_gets_the_phones_first_real_device_of_that_kind(tmp_path: Path) -> None:
    class Chooser(FakePhone):
        def sound_devices(self) -> tuple[SoundDevice, ...]:
            return (SoundDevice("Speakers", capture=False, playback=True), SoundDevice("Mic", True, False),
                    SoundDevice("No sound device (null)", capture=True, playback=True, null=True))

        def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
            self.chosen = (capture, playback)
            return AudioDeviceStatus(False, "ok")

    phone = Chooser()
    apply_sound_devices(phone, settings_with("", "Speakers", tmp_path), environ={})
    assert phone.chosen == ("Mic", "Speakers")
    apply_sound_devices(phone, settings_with("Mic", "", tmp_path), environ={})
    assert phone.chosen == ("Mic", "Speakers")
