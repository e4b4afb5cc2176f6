"""Playing an earlier call's recording to the headset with the real pjsua2 phone (null device: the bridge's clock
still runs, so the position advances in real time). WAVs are generated in tmp_path with the standard library."""

import array
import os
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

from app.telephony.events import CallState, PlaybackState, PlaybackStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.port import PlaybackRefused
from app.telephony.sim_line import SimulatedDebtorLine
from tests.sip.conftest import EventLog, pump_until

pytestmark = pytest.mark.sip

ROOT = Path(__file__).resolve().parents[2]
RATE = 8000
TOLERANCE_MS = 150  # the bridge moves in 10-20 ms frames; the pump loop adds a few ms


def make_wav(path: Path, seconds: float, rate: int = RATE, channels: int = 1, width: int = 2) -> Path:
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(array.array("h", [800, -800] * (frames * channels // 2)).tobytes()[: frames * channels * width])
    os.chmod(path, 0o600)  # as the phone writes its recordings
    return path


def states(event_log: EventLog) -> list[PlaybackState]:
    return [event.state for event in event_log.of_type(PlaybackStateChanged)]


def pump_for(phone: Pjsua2Phone, seconds: float) -> None:
    """Pump (as the app's timer does) for a fixed time, for assertions about what did NOT move."""
    until = time.monotonic() + seconds
    pump_until(phone, lambda: time.monotonic() >= until, seconds + 5)


def position(phone: Pjsua2Phone) -> int:
    current = phone.playback_position()
    assert current is not None
    return current[0]


def test_play_advances_pause_holds_and_seek_moves(phone: Pjsua2Phone, event_log: EventLog, tmp_path: Path) -> None:
    wav = make_wav(tmp_path / "call.wav", 3.0)
    assert phone.playback_position() is None
    phone.play_recording(str(wav))
    pump_until(phone, lambda: PlaybackState.PLAYING in states(event_log))
    assert event_log.of_type(PlaybackStateChanged)[0] == PlaybackStateChanged(PlaybackState.PLAYING, str(wav))
    assert phone.playback_position() is not None and phone.playback_position()[1] == 3000
    started = time.monotonic()
    pump_until(phone, lambda: position(phone) >= 300, 5)
    elapsed_ms = (time.monotonic() - started) * 1000
    assert position(phone) <= elapsed_ms + TOLERANCE_MS, "the position follows the bridge's real-time clock"

    phone.pause_playback()
    pump_until(phone, lambda: states(event_log)[-1] is PlaybackState.PAUSED)
    held = position(phone)
    pump_for(phone, 0.3)
    assert position(phone) == held, "a paused player is not read by the bridge"

    phone.seek_playback(2000)
    assert abs(position(phone) - 2000) <= 1
    phone.resume_playback()
    pump_until(phone, lambda: position(phone) >= 2200, 5)
    assert states(event_log)[-1] is PlaybackState.PLAYING

    phone.seek_playback(-50)
    assert position(phone) < TOLERANCE_MS, "a seek before the start is clamped to it"
    phone.stop_playback()
    pump_until(phone, lambda: states(event_log)[-1] is PlaybackState.STOPPED)
    assert phone.playback_position() is None
    phone.stop_playback()  # a no-op now
    phone.pump()
    assert states(event_log).count(PlaybackState.STOPPED) == 1


def test_the_end_of_the_file_is_reported_and_play_again_starts_over(
    phone: Pjsua2Phone, event_log: EventLog, tmp_path: Path
) -> None:
    wav = make_wav(tmp_path / "short.wav", 0.5)
    phone.play_recording(str(wav))
    seen: list[int] = []
    pump_until(phone, lambda: seen.append(position(phone)) or PlaybackState.FINISHED in states(event_log), 5)
    assert seen == sorted(seen), "the position never jumps back (pjmedia rewinds a frame before onEof2)"
    assert states(event_log) == [PlaybackState.PLAYING, PlaybackState.FINISHED]
    assert phone.playback_position() == (500, 500)
    pump_for(phone, 0.1)
    assert phone.playback_position() == (500, 500), "a finished recording stays at its end"

    phone.resume_playback()  # "Play again"
    pump_until(phone, lambda: states(event_log)[-1] is PlaybackState.PLAYING)
    pump_until(phone, lambda: states(event_log)[-1] is PlaybackState.FINISHED, 5)

    phone.seek_playback(250)  # a finished recording sought: paused there, ready to go on
    phone.pump()
    assert states(event_log)[-1] is PlaybackState.PAUSED and abs(position(phone) - 250) <= 1


def test_a_second_recording_replaces_the_first(phone: Pjsua2Phone, event_log: EventLog, tmp_path: Path) -> None:
    first, second = make_wav(tmp_path / "a.wav", 2.0), make_wav(tmp_path / "b.wav", 1.0, rate=16000)
    phone.play_recording(str(first))
    phone.play_recording(str(second))
    phone.pump()
    assert [(e.state, e.path) for e in event_log.of_type(PlaybackStateChanged)] == [
        (PlaybackState.PLAYING, str(first)), (PlaybackState.STOPPED, str(first)), (PlaybackState.PLAYING, str(second)),
    ]
    assert phone.playback_position() is not None and phone.playback_position()[1] == 1000


@pytest.mark.parametrize(("content", "reason", "words"), [
    (None, "missing", "missing"),
    (b"this is not audio", "not_wav", "damaged or not a WAV"),
    ("stereo", "not_wav", "16-bit mono"),
    ("empty", "empty", "no audio"),
])
def test_unplayable_files_are_refused_with_a_plain_reason(
    phone: Pjsua2Phone, event_log: EventLog, tmp_path: Path, content: bytes | str | None, reason: str, words: str
) -> None:
    path = tmp_path / "2026" / "11" / "call.wav"
    path.parent.mkdir(parents=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "stereo":
        make_wav(path, 0.5, channels=2)
    elif content == "empty":
        make_wav(path, 0.0)
    with pytest.raises(PlaybackRefused) as refused:
        phone.play_recording(str(path))
    assert refused.value.reason == reason
    assert words in str(refused.value) and str(path) in str(refused.value)
    phone.pump()
    assert not event_log.of_type(PlaybackStateChanged) and phone.playback_position() is None


def test_refused_during_a_call_and_a_call_pauses_the_playback(
    phone: Pjsua2Phone, event_log: EventLog, tmp_path: Path, sim_line: SimulatedDebtorLine
) -> None:
    wav = make_wav(tmp_path / "call.wav", 5.0)
    phone.play_recording(str(wav))
    pump_until(phone, lambda: position(phone) >= 100, 5)

    call_key = phone.make_call(sim_line.uri)
    pump_until(phone, lambda: PlaybackState.PAUSED in states(event_log))  # the agent must hear the debtor
    with pytest.raises(PlaybackRefused) as refused:
        phone.resume_playback()
    assert refused.value.reason == "in_call" and "during a call" in str(refused.value)
    with pytest.raises(PlaybackRefused):
        phone.play_recording(str(wav))
    pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
    assert states(event_log) == [PlaybackState.PLAYING, PlaybackState.PAUSED]

    phone.hangup(call_key)
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
    phone.resume_playback()  # after the call: allowed again
    phone.pump()
    assert states(event_log)[-1] is PlaybackState.PLAYING


CHILD = """
import array, sys, wave
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.events import PlaybackStateChanged
path = sys.argv[1]
with wave.open(path, "wb") as wav:
    wav.setnchannels(1); wav.setsampwidth(2); wav.setframerate(8000)
    wav.writeframes(array.array("h", [500] * 80000).tobytes())
phone = Pjsua2Phone(force_null_audio=True, log_level=1)
seen = []
phone.add_listener(lambda event: seen.append(event.state) if isinstance(event, PlaybackStateChanged) else None)
phone.start()
phone.play_recording(path)
while (phone.playback_position() or (0, 0))[0] < 200:
    phone.pump()
phone.shutdown()
print("STATES", " ".join(seen))
"""


def test_shutdown_while_playing_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CALLDESK_NULL_AUDIO": "1"}
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "long.wav")], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr[-2000:]
    assert "STATES playing stopped" in child.stdout, "the player is released (and reported) before libDestroy"
