"""The agent's own sound checks with real sound (a private PulseAudio): the microphone meter, the headset test of
Settings, and a ringer chosen in Settings ringing on its own device after the start. No debtor call is needed
except the caller that makes the phone ring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.services.credentials import CredentialStore
from app.services.settings_store import SettingsStore
from app.services.sound_device_choice import apply_sound_devices
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.ui.microphone_meter import MicrophoneMeter
from app.ui.settings_dialog import SettingsDialog
from tests.audio.sound_calls import pump_for, wait_for_sound
from tests.memory_keyring import MemoryKeyring
from tests.pulse_server import PulseServer, level_dbfs, strongest_frequency, tone
from tests.sip.conftest import pump_until
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.sound]

MICROPHONE, SPEAKER, RINGER = "PulseAudio: agent_mic", "PulseAudio: agent_speaker", "PulseAudio: ringer"
HEARD_DBFS = -30.0
SILENT_DBFS = -60.0
ENGLISH = {"LANG": "en_US.UTF-8"}


@pytest.fixture
def agent(pulse: PulseServer) -> Iterator[Pjsua2Phone]:
    phone = Pjsua2Phone(user="agent", display_name="Test Agent", log_level=1)
    phone.start()
    status = phone.select_sound_devices(MICROPHONE, SPEAKER)
    assert not status.null_device, status.description
    assert (status.reason, status.microphone, status.speaker) == ("in_use", MICROPHONE, SPEAKER)
    wait_for_sound(phone)
    yield phone
    phone.shutdown()


def test_the_meter_shows_the_microphone_speaking_and_silence_as_silence(
        qtbot: QtBot, agent: Pjsua2Phone, pulse: PulseServer) -> None:
    meter = MicrophoneMeter(level=agent.microphone_level)
    qtbot.addWidget(meter)
    pump_until(agent, lambda: agent.microphone_level() is not None, timeout_s=5)  # past the stream's first pause
    meter.read_level()
    assert meter.state == "silent" and meter.dbfs is not None and meter.dbfs < SILENT_DBFS

    speaking = pulse.say(tone(440, 3, amplitude=8000))  # about -12 dBFS
    try:
        pump_until(agent, lambda: (agent.microphone_level() or SILENT_DBFS - 1) > HEARD_DBFS, timeout_s=5)
        meter.read_level()
        assert meter.state == "sound" and meter.bar.value() > 30
    finally:
        speaking.kill()
    pump_until(agent, lambda: (agent.microphone_level() or 0.0) < SILENT_DBFS, timeout_s=5)
    meter.read_level()
    assert meter.state == "silent" and meter.bar.value() == 0


def test_the_headset_test_plays_back_what_the_microphone_heard_on_the_speaker(
        agent: Pjsua2Phone, pulse: PulseServer) -> None:
    assert agent.test_microphone(MICROPHONE, SPEAKER).phase == "recording"
    speaking = pulse.say(tone(523, 3.5, amplitude=8000))
    try:
        pump_until(agent, lambda: agent.headset_test_state().phase == "waiting", timeout_s=8)
    finally:
        speaking.kill()
    pump_until(agent, lambda: agent.headset_test_state().phase == "playing", timeout_s=3)
    with pulse.listen("agent_speaker") as heard:
        pump_for(agent, 1.5)
    assert strongest_frequency(heard[0]) == pytest.approx(523, abs=15)
    assert level_dbfs(heard[0]) > HEARD_DBFS
    pump_until(agent, lambda: agent.headset_test_state().phase == "done", timeout_s=5)

    assert agent.test_speaker(SPEAKER).phase == "playing"
    with pulse.listen("agent_speaker") as tone_heard:
        pump_for(agent, 0.6)
    assert strongest_frequency(tone_heard[0]) == pytest.approx(660, abs=15)
    pump_until(agent, lambda: agent.headset_test_state().phase == "done", timeout_s=5)
    assert agent.test_speaker("PulseAudio: ringer").problem == "not_in_use"  # only the devices in use are tested


def test_a_ringer_chosen_in_settings_rings_on_its_own_device_from_the_next_start(
        qtbot: QtBot, agent: Pjsua2Phone, pulse: PulseServer, tmp_path: Path) -> None:
    config = tmp_path / "calldesk.toml"
    config.write_text(f'[general]\nlanguage = "en"\n\n[audio]\ncapture = "{MICROPHONE}"\nplayback = "{SPEAKER}"\n',
                      encoding="utf-8")
    dialog = SettingsDialog(SettingsStore(config, CredentialStore(backend=MemoryKeyring()), environ=ENGLISH), agent)
    qtbot.addWidget(dialog)
    dialog.audio_page.choose(MICROPHONE, SPEAKER, RINGER)
    assert dialog.apply()
    assert f'ringer = "{RINGER}"' in config.read_text(encoding="utf-8")

    agent.select_sound_devices(MICROPHONE, SPEAKER)  # as after a restart, before the saved devices are chosen
    status = apply_sound_devices(agent, load_settings(config_file=config, environ=ENGLISH), environ={})
    assert status is not None and status.ringer == RINGER, status
    wait_for_sound(agent)
    with PeerPhone(user="caller") as caller:
        caller.command(f"call {agent.local_uri()}")
        pump_until(agent, lambda: agent.playing_tone == "ringtone")
        with pulse.listen("ringer") as ringer, pulse.listen("agent_speaker") as ear:
            pump_for(agent, 1.2)
        assert level_dbfs(ringer[0]) > HEARD_DBFS
        assert level_dbfs(ear[0]) < SILENT_DBFS
        assert agent.test_speaker(SPEAKER).problem == "in_call"  # a call owns the headset
        caller.command("hangup")
        pump_until(agent, lambda: agent.playing_tone is None)
