"""Helpers of the real-sound tests: pumping the phone, waiting for its streams, WAV files, a connected call."""

from __future__ import annotations

import time
import wave
from pathlib import Path

from app.telephony.events import CallState
from app.telephony.pjsua2_adapter import Pjsua2Phone
from tests.sip.conftest import EventLog, pump_until
from tests.sip.peer import PeerPhone

HEADSET = ("PulseAudio: agent_mic", "PulseAudio: agent_speaker", "PulseAudio: ringer")
STEADY_AFTER_OPEN_S = 1.0
STEADY_FOR_S = 0.5


def pump_for(phone: Pjsua2Phone, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.005)


def wait_for_sound(phone: Pjsua2Phone) -> None:
    """Streams just opened over the ALSA pulse plugin run a moment, pause ~2 s, then run steadily: wait for the
    steady part (all streams called back at every look for half a second, a second or more after opening), or a
    test's first second of sound lands in the pause."""
    headset = phone._media.headset  # the tests' look at the bridge's own streams
    opened = time.monotonic()
    steady_since: list[float | None] = [None]

    def steady() -> bool:
        now = time.monotonic()
        if not headset.running(now):
            steady_since[0] = None
            return False
        if steady_since[0] is None:
            steady_since[0] = now
        return now - opened >= STEADY_AFTER_OPEN_S and now - steady_since[0] >= STEADY_FOR_S

    pump_until(phone, steady, timeout_s=10)


def write_wav(path: Path, samples: bytes) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16_000)
        wav.writeframes(samples)
    return path


def read_wav(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())


def start_agent(event_log: EventLog, devices: tuple[str, str, str] = HEADSET) -> Pjsua2Phone:
    """The app's phone started on the private sound server's devices, its streams running."""
    phone = Pjsua2Phone(user="agent", display_name="Test Agent", log_level=1)
    phone.add_listener(event_log)
    phone.start()
    status = phone.select_sound_devices(*devices)
    assert not status.null_device, status.description
    wait_for_sound(phone)
    return phone


def connected_call(agent: Pjsua2Phone, debtor: PeerPhone, event_log: EventLog) -> str:
    call_key = agent.make_call(debtor.uri)
    pump_until(agent, event_log.reached(call_key, CallState.CONFIRMED))
    debtor.wait_for(r"^MEDIA .*status=active")
    pump_for(agent, 0.3)
    return call_key
