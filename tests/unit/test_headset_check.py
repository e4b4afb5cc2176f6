"""The headset's own checks without a sound card: the meter's numbers and the headset test's phases, on streams
that are open in name only (the test plays PortAudio's thread by calling the hooks)."""

from array import array

import pytest

from app.telephony.audio_ring import AudioRing
from app.telephony.headset_check import (
    METER_STALE_SECONDS,
    PAUSE_SECONDS,
    RECORD_SECONDS,
    SILENCE_DBFS,
    HeadsetTest,
    MicrophoneMeter,
    check_tone,
    frame_peak,
)
from app.telephony.sound_card import SoundCardStream

RATE = 16_000
FRAME = 640  # 20 ms


class OpenStream(SoundCardStream):
    """A stream that says it is open; nothing is opened."""

    def __init__(self, input_stream: bool) -> None:
        super().__init__(AudioRing(FRAME, RATE * 2), RATE, FRAME // 2, input_stream)
        self.is_open = True

    @property
    def open(self) -> bool:
        return self.is_open


def frame_of(value: int) -> bytes:
    return array("h", [value, -value] * (FRAME // 4)).tobytes()


def say(stream: SoundCardStream, frame: bytes, count: int = 1) -> None:
    for _ in range(count):
        for reader in stream.on_input:
            reader(frame)


def test_the_meter_reads_the_loudest_recent_sample_in_dbfs_and_none_without_frames() -> None:
    now = [100.0]
    meter = MicrophoneMeter(clock=lambda: now[0])
    assert meter.read() is None  # no microphone has sent anything
    meter(frame_of(0))
    assert meter.read() == SILENCE_DBFS
    meter(frame_of(16384))
    assert meter.read() == pytest.approx(-6.02, abs=0.01)
    assert meter.read() == pytest.approx(-6.02, abs=0.01)  # reading resets nothing: two meters may read it
    meter(array("h", [-32768] * (FRAME // 2)).tobytes())
    assert meter.read() == pytest.approx(0.0)
    for _ in range(MicrophoneMeter.FRAMES):
        meter(frame_of(0))
    assert meter.read() == SILENCE_DBFS  # the loud frames are over
    now[0] += METER_STALE_SECONDS + 0.01
    assert meter.read() is None  # the stream stopped sending


def test_the_microphone_test_records_then_plays_it_back_after_a_pause_then_is_done() -> None:
    microphone, speaker = OpenStream(True), OpenStream(False)
    test = HeadsetTest(microphone, speaker, RATE)
    test.start("microphone", now=0.0)
    assert test.state.phase == "recording" and len(microphone.on_input) == 1
    frames = int(RECORD_SECONDS * RATE * 2) // FRAME
    say(microphone, frame_of(5000), frames - 1)
    test.advance(2.9)
    assert test.state.phase == "recording"
    say(microphone, frame_of(5000))
    test.advance(3.0)
    assert test.state.phase == "waiting" and microphone.on_input == []
    player = speaker.playing_instead
    assert player is not None
    assert frame_peak(player.read(int(PAUSE_SECONDS * RATE * 2))) == 0  # a second of silence first
    test.advance(3.0 + PAUSE_SECONDS)
    assert test.state.phase == "playing"
    assert frame_peak(player.read(frames * FRAME)) == 5000  # what was said
    test.advance(8.0)
    assert test.state.phase == "done" and speaker.playing_instead is None


def test_the_speaker_test_plays_a_tone_and_a_lost_device_fails_a_test() -> None:
    microphone, speaker = OpenStream(True), OpenStream(False)
    test = HeadsetTest(microphone, speaker, RATE)
    test.start("speaker", now=0.0)
    assert test.state.phase == "playing" and speaker.playing_instead is not None
    assert frame_peak(speaker.playing_instead.read(RATE)) > 7000
    speaker.is_open = False
    test.advance(0.5)
    assert (test.state.phase, test.state.problem) == ("failed", "stopped") and speaker.playing_instead is None

    speaker.is_open = True
    test.start("microphone", now=10.0)
    test.advance(10.0 + RECORD_SECONDS + 3.1)  # the microphone never sent a frame
    assert (test.state.phase, test.state.problem) == ("failed", "stopped") and microphone.on_input == []


def test_a_call_cancels_a_running_test_and_a_finished_one_stays_as_it_was() -> None:
    microphone, speaker = OpenStream(True), OpenStream(False)
    test = HeadsetTest(microphone, speaker, RATE)
    test.start("microphone", now=0.0)
    test.cancel("in_call")
    assert (test.state.phase, test.state.problem) == ("failed", "in_call") and microphone.on_input == []
    test.refuse("speaker", "no_device")
    test.cancel("in_call")
    assert (test.state.phase, test.state.problem) == ("failed", "no_device")


def test_the_tone_fades_in_and_out() -> None:
    samples = array("h", check_tone(RATE))
    assert len(samples) == RATE and samples[0] == 0 and abs(samples[-1]) < 200
