"""The ring between pjsua2's clock and the sound card's: priming, underruns, overruns, trimming, clock drift.

CI's virtual sound devices run on one clock, so drift is tested here with a fake clock: the two sides are
stepped by simulated time at rates a few hundred ppm apart.
"""

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.telephony.audio_ring import AudioRing, RingCounts

FRAME = 640  # 20 ms at 16 kHz, 16-bit mono
RATE = 16_000
BYTES_PER_SECOND = RATE * 2


def ring(capacity_frames: int = 16, prefill_frames: int = 2, trim_above_frames: int = 3) -> AudioRing:
    return AudioRing(FRAME, BYTES_PER_SECOND, capacity_frames, prefill_frames, trim_above_frames)


def tone_frame(value: int = 1000, size: int = FRAME) -> bytes:
    return array("h", [value] * (size // 2)).tobytes()


def counting_frames(count: int, start: int = 0, size: int = FRAME) -> list[bytes]:
    """Frames whose samples count up, so what comes out shows what was dropped or repeated."""
    samples = size // 2
    return [array("h", [((start + i) * samples + j) % 30000 + 200 for j in range(samples)]).tobytes()
            for i in range(count)]


def test_reader_gets_silence_until_the_prefill_is_in() -> None:
    audio = ring(prefill_frames=2)
    frames = counting_frames(2)
    audio.write(frames[0])
    assert audio.read(FRAME) == bytes(FRAME)
    audio.write(frames[1])
    assert [audio.read(FRAME), audio.read(FRAME)] == frames
    assert audio.counts() == RingCounts(), "silence before the first prefill is no underrun"


def test_audio_comes_out_in_order_once_primed() -> None:
    audio = ring(prefill_frames=2)
    frames = counting_frames(5)
    for frame in frames[:2]:
        audio.write(frame)
    out = []
    for frame in frames[2:]:
        out.append(audio.read(FRAME))
        audio.write(frame)
    assert out == frames[:3]
    assert audio.counts() == RingCounts()


def test_an_underrun_plays_silence_and_primes_again() -> None:
    audio = ring(prefill_frames=2)
    audio.write(tone_frame())
    audio.write(tone_frame())
    assert audio.read(FRAME) == tone_frame()
    assert audio.read(FRAME) == tone_frame()
    assert audio.read(FRAME) == bytes(FRAME)  # empty: one underrun
    audio.write(tone_frame())
    assert audio.read(FRAME) == bytes(FRAME)  # priming again: one frame is not enough
    audio.write(tone_frame())
    assert audio.read(FRAME) == tone_frame()
    assert audio.counts().underruns == 1


def test_a_writer_past_capacity_drops_the_oldest_audio() -> None:
    audio = ring(capacity_frames=4, prefill_frames=2)
    frames = counting_frames(6)
    for frame in frames:
        audio.write(frame)
    assert audio.fill_bytes() == 4 * FRAME
    assert audio.counts().overruns == 2
    assert audio.read(FRAME) == frames[2]


def test_a_write_larger_than_the_ring_keeps_its_newest_part() -> None:
    audio = ring(capacity_frames=4, prefill_frames=2)
    audio.write(b"".join(counting_frames(10)))
    assert audio.fill_bytes() == 4 * FRAME
    assert audio.read(FRAME) == counting_frames(1, start=6)[0]


def test_a_burst_after_a_stall_is_trimmed_in_silence_first() -> None:
    audio = ring(capacity_frames=16, prefill_frames=2, trim_above_frames=3)
    burst = [tone_frame()] * 4 + [bytes(FRAME)] + [tone_frame()] * 5
    for frame in burst:
        audio.write(frame)
    heard = [audio.read(FRAME) for _ in range(8)]
    assert audio.counts().trimmed_frames >= 1
    assert bytes(FRAME) not in heard[:5], "the silent frame is the one trimmed"


def test_a_high_fill_without_silence_is_trimmed_anyway() -> None:
    audio = ring(capacity_frames=16, prefill_frames=2, trim_above_frames=3)
    for _ in range(10):
        audio.write(tone_frame())
    for _ in range(40):  # the writer keeps pace, the fill stays high
        audio.read(FRAME)
        audio.write(tone_frame())
    assert audio.counts().trimmed_frames >= 1
    assert audio.fill_bytes() < 10 * FRAME


def _run_two_clocks(writer_hz: float, reader_hz: float, seconds: float,
                    reader_phase: float = 0.01) -> tuple[AudioRing, list[int]]:
    """Step simulated time: the writer delivers a frame every 1/writer_hz s, the reader takes one every 1/reader_hz
    (the ring's clock is the reader's view of that simulated time)."""
    now = [0.0]
    audio = AudioRing(FRAME, BYTES_PER_SECOND, capacity_frames=16, prefill_frames=2, clock=lambda: now[0])
    next_write, next_read, fills = 0.0, reader_phase, []
    while min(next_write, next_read) < seconds:
        if next_write <= next_read:
            now[0] = next_write
            audio.write(tone_frame())
            next_write += 1 / writer_hz
        else:
            now[0] = next_read
            audio.read(FRAME)
            fills.append(audio.fill_bytes())
            next_read += 1 / reader_hz
    return audio, fills


@pytest.mark.parametrize("phase", [0.001, 0.01, 0.019])
@pytest.mark.parametrize("ppm", [-500, -100, 100, 500])
def test_clock_drift_is_absorbed_one_sample_at_a_time(ppm: int, phase: float) -> None:
    """Ten simulated minutes with the sound card's clock off by ``ppm``, whatever the phase between the clocks: no
    underrun or overrun after the start, the fill stays near the target, and the corrections add up to the drift."""
    audio, fills = _run_two_clocks(writer_hz=50.0, reader_hz=50.0 * (1 + ppm / 1e6), seconds=600, reader_phase=phase)
    counts = audio.counts()
    assert (counts.underruns, counts.overruns, counts.trimmed_frames) == (0, 0, 0)
    assert FRAME // 4 <= min(fills[500:]) and max(fills[500:]) <= 2 * FRAME
    drift_samples = ppm / 1e6 * RATE * 600  # > 0: the reader is faster and needs samples repeated
    settling = FRAME // 4 + 128  # at most half a frame to the target, plus the dead band either way
    assert counts.samples_repeated - counts.samples_dropped == pytest.approx(drift_samples, abs=settling)


@pytest.mark.parametrize("phase", [0.001, 0.01, 0.019])
def test_equal_clocks_need_no_correction_once_the_phase_is_set(phase: float) -> None:
    audio, fills = _run_two_clocks(writer_hz=50.0, reader_hz=50.0, seconds=120, reader_phase=phase)
    counts = audio.counts()
    assert counts.samples_dropped + counts.samples_repeated <= FRAME // 4 + 64
    assert (counts.underruns, counts.overruns) == (0, 0)
    assert len(set(fills[500:])) == 1, "settled: the same fill at every read"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["w", "r"]), st.integers(min_value=1, max_value=3 * FRAME // 2)),
                max_size=200))
def test_any_sequence_of_reads_and_writes_returns_exactly_what_was_asked(steps: list[tuple[str, int]]) -> None:
    audio = ring(capacity_frames=6, prefill_frames=2)
    for kind, half_samples in steps:
        size = half_samples * 2
        if kind == "w":
            audio.write(bytes([1]) * size)
        else:
            assert len(audio.read(size)) == size
        assert 0 <= audio.fill_bytes() <= 6 * FRAME


def test_clear_primes_again_and_keeps_the_counts() -> None:
    audio = ring(capacity_frames=4, prefill_frames=2)
    for _ in range(6):
        audio.write(tone_frame())
    audio.clear()
    assert audio.fill_bytes() == 0
    assert audio.read(FRAME) == bytes(FRAME)
    assert audio.counts().overruns == 2


def test_frames_must_be_whole_samples() -> None:
    with pytest.raises(ValueError):
        AudioRing(641, BYTES_PER_SECOND)


def test_counts_since_the_start_of_a_call_in_the_summary_form() -> None:
    start = RingCounts(underruns=1, overruns=2, trimmed_frames=3, samples_dropped=4, samples_repeated=5)
    end = RingCounts(underruns=3, overruns=2, trimmed_frames=4, samples_dropped=10, samples_repeated=6, reader_pauses=1)
    assert end.since(start).summary() == {"underruns": 2, "overruns": 0, "trimmed": 1, "drift_corrections": 7,
                                          "reader_pauses": 1}


def test_a_reader_that_comes_late_gets_the_newest_audio_not_a_backlog() -> None:
    """The bridge reads the microphone's port only while a call listens: between calls the sound card fills the
    ring to capacity, and the call must start with what the agent says now, not 320 ms ago."""
    now = [0.0]
    audio = AudioRing(FRAME, BYTES_PER_SECOND, capacity_frames=16, prefill_frames=2, clock=lambda: now[0])
    frames = counting_frames(40)
    for frame in frames:  # 800 ms of microphone with nobody reading
        now[0] += 0.02
        audio.write(frame)
    assert audio.counts().overruns == 0, "audio ageing out while nobody listens is no overrun"
    newest = b"".join(frames)[-(2 * FRAME + FRAME // 2):]  # the prefill and half a frame: a running ring's margin
    assert audio.read(FRAME) + audio.read(FRAME) == newest[:2 * FRAME]
    assert audio.counts() == RingCounts(), "the first reader is no pause"


def test_a_reader_back_after_a_stall_skips_the_backlog_and_counts_a_pause() -> None:
    now = [0.0]
    audio = AudioRing(FRAME, BYTES_PER_SECOND, capacity_frames=16, prefill_frames=2, clock=lambda: now[0])
    frames = counting_frames(30)
    for frame in frames[:3]:
        audio.write(frame)
    assert audio.read(FRAME) == frames[0]
    for frame in frames[3:]:  # the sound card stalls for half a second while the bridge goes on
        now[0] += 0.02
        audio.write(frame)
    assert audio.read(FRAME) == b"".join(frames)[-(2 * FRAME + FRAME // 2):][:FRAME]
    counts = audio.counts()
    assert counts.reader_pauses == 1 and counts.overruns == 0 and counts.underruns == 0


def test_a_pause_in_speech_brings_a_high_fill_back_to_a_frame_over_the_prefill() -> None:
    def run(frame: bytes) -> AudioRing:
        audio = ring(capacity_frames=16, prefill_frames=2, trim_above_frames=3)
        for _ in range(6):  # a stall's worth at once, under the trim threshold
            audio.write(frame)
        for _ in range(12):  # then both sides keep pace
            audio.read(FRAME)
            audio.write(frame)
        return audio

    assert run(bytes(FRAME)).fill_bytes() <= 3 * FRAME, "silence goes until a frame over the prefill is left"
    speech = run(tone_frame())
    assert speech.fill_bytes() == 6 * FRAME and speech.counts().trimmed_frames == 0, "nothing heard is dropped"
