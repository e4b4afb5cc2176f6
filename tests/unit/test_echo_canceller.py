"""The echo canceller's framing: frames of any size in, whole 10 ms blocks to WebRTC and out, each paired with the
reference played in the same order; the choice of "auto" by device name; the real WebRTC cancels an echo."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from app.telephony.echo_canceller import BLOCK_BYTES, BLOCK_SAMPLES, MAX_REFERENCE_BLOCKS, EchoCanceller, wanted, webrtc_processor

FRAME_SAMPLES = 2 * BLOCK_SAMPLES


class _Recorder:
    """Keeps each (near, far) block and returns near + 1, so the output shows which block came back where."""

    def __init__(self) -> None:
        self.blocks: list[tuple[list[int], list[int]]] = []

    def process(self, near: Any, far: Any) -> Any:
        assert near.dtype == np.int16 and far.dtype == np.int16 and len(near) == len(far) == BLOCK_SAMPLES
        self.blocks.append((near.tolist(), far.tolist()))
        return (near + 1).astype(np.int16)


def _frame(first: int) -> bytes:
    return np.arange(first, first + FRAME_SAMPLES, dtype=np.int16).tobytes()


def test_a_20_ms_frame_goes_to_webrtc_as_two_10_ms_blocks_with_the_reference_in_step() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    canceller.reference(_frame(1000))  # the speaker stream ran one frame ahead of the microphone stream
    for tick in range(1, 4):
        out = canceller.process(_frame(100 * tick))
        assert len(out) == FRAME_SAMPLES * 2
        assert np.frombuffer(out, dtype=np.int16).tolist() == list(range(100 * tick + 1, 100 * tick + 1 + FRAME_SAMPLES))
        canceller.reference(_frame(1000 * (tick + 1)))
    assert len(recorder.blocks) == 6
    for index, (near, far) in enumerate(recorder.blocks):
        tick, half = divmod(index, 2)
        assert near[0] == 100 * (tick + 1) + half * BLOCK_SAMPLES
        assert far[0] == 1000 * (tick + 1) + half * BLOCK_SAMPLES  # the frame played one tick before
    assert canceller.blocks == 6 and canceller.missing_reference_blocks == 0
    assert canceller.cost_per_block_ms() > 0


def test_5_ms_blocks_from_the_sound_card_wait_for_a_whole_10_ms_block_and_keep_their_order() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    canceller.reference(_frame(1000))
    half_block = BLOCK_BYTES // 2
    microphone = np.arange(0, 4 * BLOCK_SAMPLES, dtype=np.int16).tobytes()
    outs = [canceller.process(microphone[start:start + half_block])
            for start in range(0, len(microphone), half_block)]
    assert [len(out) for out in outs] == [0, BLOCK_BYTES] * 4
    cleaned = np.frombuffer(b"".join(outs), dtype=np.int16).tolist()
    assert cleaned == list(range(1, 4 * BLOCK_SAMPLES + 1))  # every sample, once, in order
    assert [near[0] for near, _far in recorder.blocks] == [0, BLOCK_SAMPLES, 2 * BLOCK_SAMPLES, 3 * BLOCK_SAMPLES]


def test_no_reference_yet_means_silence_as_the_far_end() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    canceller.process(_frame(0))
    assert all(far == [0] * BLOCK_SAMPLES for _, far in recorder.blocks)
    assert canceller.missing_reference_blocks == 2


def test_a_reference_backlog_before_the_first_microphone_block_is_dropped_to_the_newest_blocks() -> None:
    """The speaker ran before the microphone: pairing the microphone with the oldest reference would put each echo
    before its reference (nothing a canceller can take out)."""
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    for tick in range(3):
        canceller.reference(_frame(1000 * tick))
    canceller.process(_frame(0))
    assert [far[0] for _, far in recorder.blocks] == [2000, 2000 + BLOCK_SAMPLES]
    assert canceller.missing_reference_blocks == 0


def test_a_reference_piling_up_while_the_microphone_stopped_starts_in_step_again() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    canceller.reference(_frame(0))
    canceller.process(_frame(0))  # in step
    played = [_frame(1000 * tick) for tick in range(1, 1 + MAX_REFERENCE_BLOCKS)]  # the microphone stopped
    for frame in played:
        canceller.reference(frame)
    canceller.process(_frame(0))
    newest_blocks = np.frombuffer(b"".join(played), dtype=np.int16)[-MAX_REFERENCE_BLOCKS * BLOCK_SAMPLES:]
    assert recorder.blocks[2][1][0] in newest_blocks.tolist()[::BLOCK_SAMPLES]  # at most that far behind
    assert recorder.blocks[3][1][0] == recorder.blocks[2][1][0] + BLOCK_SAMPLES


def test_a_reference_frame_of_odd_length_keeps_the_samples_in_order() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    samples = np.arange(0, 4 * BLOCK_SAMPLES, dtype=np.int16).tobytes()
    canceller.reference(samples[:BLOCK_BYTES + 6])
    canceller.reference(samples[BLOCK_BYTES + 6:2 * BLOCK_BYTES])
    canceller.process(_frame(0))
    canceller.reference(samples[2 * BLOCK_BYTES:3 * BLOCK_BYTES - 6])
    canceller.reference(samples[3 * BLOCK_BYTES - 6:])
    canceller.process(_frame(0))
    assert [far[0] for _, far in recorder.blocks] == [0, BLOCK_SAMPLES, 2 * BLOCK_SAMPLES, 3 * BLOCK_SAMPLES]


@pytest.mark.parametrize(("mode", "microphone", "speaker", "expected"), [
    ("on", "PulseAudio: agent_mic", "PulseAudio: agent_speaker", True),
    ("off", "Built-in Microphone", "Built-in Output", False),
    ("auto", "Built-in Microphone", "Built-in Output", True),  # macOS
    ("auto", "Microphone Array (Realtek(R) Audio)", "Speakers (Realtek(R) Audio)", True),  # Windows laptop
    ("auto", "PulseAudio: alsa_input.pci-0000_00_1f.3.analog-stereo",
     "PulseAudio: alsa_output.pci-0000_00_1f.3.analog-stereo", True),  # Linux laptop
    ("auto", "Jabra EVOLVE 20 MS: USB Audio (hw:1,0)", "Jabra EVOLVE 20 MS: USB Audio (hw:1,0)", False),
    ("auto", "Headset Microphone (Plantronics)", "Speakers (Realtek(R) Audio)", False),  # a headset mic wins
    ("auto", "PulseAudio: bluez_input.00_1B_66", "PulseAudio: bluez_output.00_1B_66.1", False),
    ("auto", "System default", "System default", False),  # unknown: off, as for a headset
])
def test_auto_is_on_only_for_built_in_devices(mode: str, microphone: str, speaker: str, expected: bool) -> None:
    assert wanted(mode, microphone, speaker) is expected


def test_webrtc_cancels_a_delayed_echo_of_noise_bursts_by_more_than_15_db() -> None:
    rng = np.random.default_rng(12)
    seconds, delay_frames = 6, 6  # 120 ms from the speaker back into the microphone
    bursts = rng.normal(0, 4000, 16_000 * seconds) * ((np.arange(16_000 * seconds) // 3200) % 3 != 2)
    far = np.clip(bursts, -32000, 32000).astype(np.int16)
    near = np.concatenate([np.zeros(delay_frames * FRAME_SAMPLES), far[:-delay_frames * FRAME_SAMPLES] * 0.5])
    near = near.astype(np.int16)
    canceller = EchoCanceller(webrtc_processor())
    out = bytearray()
    for start in range(0, len(far), FRAME_SAMPLES):
        out += canceller.process(near[start:start + FRAME_SAMPLES].tobytes())
        canceller.reference(far[start:start + FRAME_SAMPLES].tobytes())
    settled = slice(16_000 * 3, None)
    cleaned = np.frombuffer(bytes(out), dtype=np.int16)[settled].astype(float)
    echo = near[settled].astype(float)
    reduction_db = 10 * np.log10(np.mean(echo ** 2) / max(np.mean(cleaned ** 2), 1e-9))
    assert reduction_db > 15
    assert canceller.cost_per_block_ms() < 1.0


def test_the_reference_waits_for_a_frame_before_it_is_used_and_again_after_it_ran_dry() -> None:
    recorder = _Recorder()
    canceller = EchoCanceller(recorder)
    canceller.reference(_frame(1000)[:BLOCK_BYTES])  # half a frame: not yet
    canceller.process(_frame(0))
    canceller.reference(_frame(1000)[BLOCK_BYTES:])  # now a frame's worth waits
    canceller.process(_frame(0))
    canceller.process(_frame(0))  # ran dry: silence until a frame's worth is there again
    assert [far[0] for _, far in recorder.blocks] == [0, 0, 1000, 1000 + BLOCK_SAMPLES, 0, 0]
    assert canceller.missing_reference_blocks == 4
