"""Echo cancellation and noise suppression of the agent's microphone (WebRTC AEC3 + NS through ``pywebrtc-audio``).

A laptop's own speaker is heard by its own microphone: without cancellation the debtor hears themselves back
a fraction of a second late. A headset has next to no such echo, so the setting is off for headsets and on for
built-in speakers ("auto" decides by the device names, see ``wanted``).

``EchoCanceller`` sits at the sound card, on the far side of the rings: ``reference`` sees each block as the
speaker stream hands it to PortAudio (the far end, what may come back as echo), ``process`` gets each block as the
microphone stream receives it and returns it cleaned, before it goes into the ring. WebRTC works in 10 ms blocks
and the sound card moves 5 ms at a time, so the microphone's audio waits for a whole block (5 ms more latency, only
with cancellation on), each paired with the next 10 ms of the reference in the order it was played.

Why there and not at the bridge port: between the bridge and the sound card the rings drop or repeat single samples
(drift correction, which also settles the fill for the first seconds after a device opens, ~0.8 ms per second) and
trim whole frames after a stall. Each of those moves the echo against the reference; WebRTC's filter, which is
sample-exact, lost its grip (measured: 4 dB instead of 25+). Between the two PortAudio streams of one device the
delay stays put.

The two calls come from PortAudio's output and input threads: the reference waits in a small byte FIFO under a
lock held only to copy 320 bytes. The WebRTC work (~0.1 ms per 10 ms block on this machine type) runs in the input
callback with the GIL released; nothing here waits for the GUI.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Protocol

from app.telephony.audio_ring import SAMPLE_BYTES

ECHO_CANCELLATION_MODES = ("auto", "on", "off")
SAMPLE_RATE = 16_000
BLOCK_SAMPLES = SAMPLE_RATE // 100  # WebRTC's 10 ms
BLOCK_BYTES = BLOCK_SAMPLES * SAMPLE_BYTES
# The reference waiting for the microphone: this many blocks when it starts being used (after the start or after it
# ran dry), so the two streams' 5 ms callbacks may come a little early or late against each other without the
# pairing slipping, and no more: the reference must stay ahead of its echo, which comes back ~25 ms after the
# speaker stream hands it over (bench/audio.py). Past MAX_REFERENCE_BLOCKS (the microphone stopped while the
# speaker went on) it starts again from the newest PRIME_BLOCKS.
PRIME_BLOCKS = 2
MAX_REFERENCE_BLOCKS = PRIME_BLOCKS + 4

# Names that say "the sound stays in the agent's ears": no echo path worth cancelling.
_HEADSET_WORDS = ("headset", "headphone", "earphone", "earbud", "airpods", "jabra", "plantronics", "poly ",
                  "sennheiser", "epos", "bluez", "bluetooth", "usb")
# Names that say "a speaker in the same case as the microphone" (a laptop, an all-in-one).
_BUILT_IN_WORDS = ("built-in", "builtin", "internal", "laptop", "macbook", "microphone array", "speakers",
                   "pci-", "hda intel", "realtek")


class BlockProcessor(Protocol):
    """One 10 ms block of the microphone (near) with the 10 ms of the speaker (far) played at the same moment."""

    def process(self, near: Any, far: Any) -> Any: ...


def wanted(mode: str, microphone: str, speaker: str) -> bool:
    """Whether cancellation runs for these devices: "on"/"off" as said; "auto" only when the names say built-in
    speaker and microphone and nothing says headset (the system default and unknown names stay off)."""
    if mode == "on":
        return True
    if mode != "auto":
        return False
    names = f"{microphone} | {speaker}".casefold()
    if any(word in names for word in _HEADSET_WORDS):
        return False
    return any(word in names for word in _BUILT_IN_WORDS)


def webrtc_processor(delay_hint_ms: int = 0) -> BlockProcessor:
    """WebRTC's echo canceller with noise suppression and its high-pass filter (no automatic gain: the agent's
    microphone level is the agent's, and the level meter shows it)."""
    from pywebrtc_audio import AudioProcessor  # imported here: it loads the WebRTC library

    processor: BlockProcessor = AudioProcessor(SAMPLE_RATE, 1, echo_cancellation=True, noise_suppression=True,
                                               high_pass_filter=True, stream_delay_ms=delay_hint_ms)
    return processor


class EchoCanceller:
    """Microphone frames of any size in, 10 ms blocks to WebRTC, cleaned whole blocks out; counts its own cost."""

    def __init__(self, processor: BlockProcessor) -> None:
        self._processor = processor
        self._reference = bytearray()
        self._reference_lock = threading.Lock()
        self._near = bytearray()  # microphone audio waiting for a whole block (the sound card moves 5 ms at a time)
        self._primed = False
        import numpy  # here, not with the phone's modules: ~15 MB and ~100 ms that a phone without it never pays

        self._np: Any = numpy
        self._silence = self._np.zeros(BLOCK_SAMPLES, dtype=self._np.int16)
        self.blocks = 0  # 10 ms blocks cleaned
        self.busy_seconds = 0.0  # time spent in ``process``, for the cost per frame
        self.missing_reference_blocks = 0  # blocks processed against silence: the speaker side fell behind

    # --- PortAudio's threads -------------------------------------------------------------------------------------

    def reference(self, frame: bytes) -> None:
        """The speaker stream's tap (its thread): a block the agent is about to hear."""
        with self._reference_lock:
            reference = self._reference
            reference += frame
            if len(reference) > MAX_REFERENCE_BLOCKS * BLOCK_BYTES:  # the microphone stopped: start in step again
                del reference[:len(reference) - PRIME_BLOCKS * BLOCK_BYTES]

    def process(self, frame: bytes) -> bytes:
        """The microphone stream's filter (its thread): the whole 10 ms blocks now complete, without the echo of the
        reference; the rest waits for the next frame (empty bytes when no block is complete yet)."""
        started = time.perf_counter()
        near = self._near
        near += frame
        whole = len(near) - len(near) % BLOCK_BYTES
        out = bytearray(whole)
        for start in range(0, whole, BLOCK_BYTES):
            block = self._np.frombuffer(bytes(near[start:start + BLOCK_BYTES]), dtype=self._np.int16)
            out[start:start + BLOCK_BYTES] = self._processor.process(block, self._next_reference_block()).tobytes()
        del near[:whole]
        self.blocks += whole // BLOCK_BYTES
        self.busy_seconds += time.perf_counter() - started
        return bytes(out)

    def cost_per_block_ms(self) -> float:
        """WebRTC's time per 10 ms of microphone audio."""
        return 1000 * self.busy_seconds / self.blocks if self.blocks else 0.0

    def _next_reference_block(self) -> Any:
        with self._reference_lock:
            reference = self._reference
            if not self._primed and len(reference) >= PRIME_BLOCKS * BLOCK_BYTES:
                # Start from the newest: a backlog (the speaker ran before the microphone's first block) would pair
                # each microphone block with a reference older than its echo, which no canceller can take out.
                del reference[:len(reference) - PRIME_BLOCKS * BLOCK_BYTES]
                self._primed = True
            if not self._primed or len(reference) < BLOCK_BYTES:
                self._primed = False
                self.missing_reference_blocks += 1
                return self._silence
            block = bytes(reference[:BLOCK_BYTES])
            del reference[:BLOCK_BYTES]
        return self._np.frombuffer(block, dtype=self._np.int16)
