"""An idle phone lets its sound rest, and wakes it the moment a call needs it (a private PulseAudio, real streams).

Resting: pjsua's null-device clock (its "clock" thread) stops while nothing is connected to the bridge, and the
headset's PortAudio streams close (pjsua2_headset.SLEEP_AFTER_SECONDS, shortened here), except on a sound server's
devices ("PulseAudio: <name>", reopened streams heard ~2 s late). Waking: the ringtone is heard within ~100 ms of
ringing, and the first words of a call after a rest reach both sides. The sound server's sinks are kept busy by
the test's own recorder (``listen``) or player (``say``) while it measures, as a real sound card is: a null sink
left idle answers a new stream only after up to two seconds, which no real device does.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.telephony import pjsua2_headset
from app.telephony.events import AudioDeviceStatus, CallState, IncomingCall
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sound_card import STALL_SECONDS
from tests.audio.sound_calls import pump_for, read_wav, start_agent, write_wav
from tests.pulse_server import PulseServer, level_dbfs, strongest_frequency, tone
from tests.sip.conftest import EventLog, pump_until
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.sound]

HEARD_DBFS = -30.0
PART_S = 0.01
RING_DELAY_S = 0.15  # the ~100 ms an agent does not notice, and the recorder's own 20 ms latency
REST_AFTER_S = 1.0
ANSWER_AFTER_MS = 1000


DEFAULT_DEVICES = ("System default", "System default", "")  # the private server's defaults: its speaker, mic


@pytest.fixture
def agent(pulse: PulseServer, event_log: EventLog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pjsua2Phone]:
    phone = start_agent(event_log, DEFAULT_DEVICES)
    monkeypatch.setattr(pjsua2_headset, "SLEEP_AFTER_SECONDS", REST_AFTER_S)  # after the streams ran steadily
    yield phone
    phone.shutdown()


def thread_names() -> list[str]:
    names = []
    for task in Path("/proc/self/task").iterdir():
        try:
            names.append((task / "comm").read_text().strip())
        except OSError:
            continue
    return names


def resting(phone: Pjsua2Phone) -> bool:
    return phone._media.headset.asleep and "clock" not in thread_names()  # the test's look at the bridge's state


def onset_s(samples: bytes, floor_dbfs: float = HEARD_DBFS, frequency: float | None = None) -> float | None:
    """Seconds into ``samples`` (16 kHz) of the first 10 ms part louder than ``floor_dbfs`` (and, with
    ``frequency``, whose 20 ms from there are mostly that tone: the ringback before a greeting is not it)."""
    part = int(16_000 * PART_S) * 2
    for start in range(0, len(samples) - part + 1, part):
        if level_dbfs(samples[start:start + part]) <= floor_dbfs:
            continue
        if frequency is None or strongest_frequency(samples[start:start + 2 * part]) == pytest.approx(frequency,
                                                                                                   abs=60):
            return start / 2 / 16_000
    return None


def say_live(pulse: PulseServer, samples: bytes, folder: Path) -> subprocess.Popen[bytes]:
    """``pulse.say`` with a 20 ms latency: a null sink fed by a player at pacat's default (2 s) latency renders in
    2 s blocks, so a microphone stream opened on its monitor waits up to 2 s for its first audio, which no real
    microphone does."""
    raw = folder / "said.raw"
    raw.write_bytes(samples)
    return subprocess.Popen(["pacat", "-d", "mic_feed", "--format=s16le", "--rate=16000", "--channels=1",
                             "--latency-msec=20", str(raw)], env={**os.environ, **pulse.env})


def test_an_idle_phone_stops_the_bridge_clock_and_playback_starts_it(
        pulse: PulseServer, event_log: EventLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    phone = start_agent(event_log)  # the sound server's devices: the clock rests, the streams stay open
    monkeypatch.setattr(pjsua2_headset, "SLEEP_AFTER_SECONDS", REST_AFTER_S)
    try:
        pump_until(phone, lambda: "clock" not in thread_names(), timeout_s=10)
        pump_for(phone, 2 * REST_AFTER_S)
        # open and called back (within the stall limit: a null sink nobody records may hold a stream's callbacks
        # a moment, which failed a 0.1 s look 2 runs in 8 on a loaded machine), not resting
        assert phone._media.headset.running(within=STALL_SECONDS) and not phone._media.headset.asleep
        with pulse.listen("agent_speaker") as heard:
            phone.play_recording(str(write_wav(tmp_path / "note.wav", tone(700, 3, amplitude=8000))))
            pump_until(phone, lambda: "clock" in thread_names(), timeout_s=2)
            pump_for(phone, 1.0)
        assert strongest_frequency(heard[0]) == pytest.approx(700, abs=15)
        phone.stop_playback()
        pump_until(phone, lambda: "clock" not in thread_names(), timeout_s=10)
    finally:
        phone.shutdown()


def test_an_idle_phone_rests_its_streams_and_the_bridge_clock(agent: Pjsua2Phone) -> None:
    pump_until(agent, lambda: resting(agent), timeout_s=10)
    assert not agent._media.headset.running()
    assert not agent.using_null_audio, "resting is not a lost device: the panel keeps showing the devices in use"
    assert agent.microphone_level() == pjsua2_headset.RESTING_DBFS, "the meter says resting, not no microphone"


def test_the_sound_settings_wake_the_microphone_for_their_meter(agent: Pjsua2Phone) -> None:
    pump_until(agent, lambda: resting(agent), timeout_s=10)
    agent.sound_devices()  # what Settings' sound page reads when it is shown
    not_live = (None, pjsua2_headset.RESTING_DBFS)
    pump_until(agent, lambda: agent.microphone_level() not in not_live, timeout_s=5)
    pump_for(agent, 2 * REST_AFTER_S)
    assert not agent._media.headset.asleep and agent.microphone_level() not in not_live


def test_an_incoming_call_rings_at_once_after_a_rest(
        agent: Pjsua2Phone, pulse: PulseServer, event_log: EventLog) -> None:
    pump_until(agent, lambda: resting(agent), timeout_s=10)
    with PeerPhone(user="caller") as caller, pulse.listen("agent_speaker") as ringer:  # no ringer chosen: the speaker
        listening_since = time.monotonic()
        caller.command(f"call {agent.local_uri()}")
        pump_until(agent, lambda: agent.playing_tone == "ringtone")
        ringing_since = time.monotonic()
        pump_for(agent, 1.0)
        caller.command("hangup")
        pump_until(agent, lambda: agent.playing_tone is None)
    assert event_log.of_type(IncomingCall)
    heard = onset_s(ringer[0])
    assert heard is not None, "the ringtone was not heard on the ringer"
    delay = listening_since + heard - ringing_since
    print(f"ringtone heard {1000 * delay:.0f} ms after it started")
    assert delay < RING_DELAY_S
    assert strongest_frequency(ringer[0]) in (pytest.approx(440, abs=15), pytest.approx(480, abs=15))


@pytest.fixture
def debtor_after_a_ring() -> Iterator[PeerPhone]:
    with PeerPhone(user="debtor", auto_answer_ms=ANSWER_AFTER_MS) as peer:
        yield peer


def test_the_first_words_of_a_call_after_a_rest_reach_both_sides(
        agent: Pjsua2Phone, debtor_after_a_ring: PeerPhone, pulse: PulseServer, event_log: EventLog,
        tmp_path: Path) -> None:
    """Dialling wakes the sound (the call's CALLING state); the debtor answers after a short ring. Answered within
    ~50 ms of the dial instead, the agent's first second was missing in about one run in seven here: the virtual
    microphone (a null sink's monitor) may hold a new capture stream up to 2 s, as it does at the first start."""
    debtor = debtor_after_a_ring
    pump_until(agent, lambda: resting(agent), timeout_s=10)
    greeting = write_wav(tmp_path / "greeting.wav", tone(1000, 3, amplitude=8000))
    speaking = say_live(pulse, tone(440, 10, amplitude=8000), tmp_path)  # the agent speaks from before the call
    try:
        with pulse.listen("agent_speaker") as ear:
            call_key = agent.make_call(debtor.uri)
            pump_until(agent, event_log.reached(call_key, CallState.CONFIRMED))
            debtor.wait_for(r"^MEDIA .*status=active")
            debtor.command(f"record {tmp_path / 'first_words.wav'}")
            debtor.command(f"play {greeting}")
            playing_since = time.monotonic()
            pump_for(agent, 1.0)
            debtor.command("stoprecord")
        listening_time = time.monotonic()
    finally:
        speaking.kill()
    agent.hangup(call_key)
    pump_until(agent, event_log.reached(call_key, CallState.DISCONNECTED))
    said = read_wav(tmp_path / "first_words.wav")
    spoke = onset_s(said)
    print(f"the agent's words reached the debtor's recording {1000 * (spoke or -1):.0f} ms into it")
    assert spoke is not None and spoke < 0.25, "the agent's first words reached the debtor"
    start = int(spoke * 16_000) * 2
    assert strongest_frequency(said[start:start + 16_000]) == pytest.approx(440, abs=15)
    heard = onset_s(ear[0], frequency=1000)
    assert heard is not None, "the debtor's greeting was not heard"
    started = listening_time - len(ear[0]) / 2 / 16_000  # when the recording's first sample was heard
    delay = started + heard - playing_since
    print(f"the debtor's greeting heard {1000 * delay:.0f} ms after it was played")
    assert delay < 0.3


def test_a_sound_server_gone_while_resting_is_reported_lost_when_the_sound_wakes_and_back_after(
        agent: Pjsua2Phone, pulse: PulseServer, event_log: EventLog) -> None:
    """A resting device is not watched: the loss shows when something needs the sound (here the headset test),
    then the phone retries as after any loss and says when it is back."""
    pump_until(agent, lambda: resting(agent), timeout_s=10)
    pulse.stop()
    state = agent.test_speaker("System default")
    assert (state.phase, state.problem) == ("failed", "no_device")
    pump_until(agent, lambda: any(s.reason == "lost" for s in event_log.of_type(AudioDeviceStatus)), timeout_s=5)
    assert agent.using_null_audio
    pulse.start()
    pump_until(agent, lambda: event_log.of_type(AudioDeviceStatus)[-1].reason == "back", timeout_s=15)
    assert not agent.using_null_audio and agent._media.headset.running(within=3.0)
