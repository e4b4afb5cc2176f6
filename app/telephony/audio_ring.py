"""A byte ring between two audio clocks: pjsua2's conference bridge on one side, the sound card on the other.

Each side calls from its own real-time thread (pjsip's media clock, PortAudio's callback), so both calls are
short and never wait for anything but a brief lock. The reader gets exactly what it asks for, always:
- **priming**: after start and after an underrun the reader gets silence until ``prefill`` frames are in, so one
  late frame does not become a run of crackles;
- **overrun**: a writer that runs ahead past ``capacity`` drops the oldest audio (latency stays bounded);
- **trim**: a fill that stays more than ``trim_above`` frames over the target (a burst after a stall) loses one
  frame at a time, a silent one when there is one within a few reads; below that, down to a frame over the
  prefill, only silent frames go (a pause in speech): otherwise the fill stayed just under ``trim_above``, up to
  60 ms late, for the minute the drift correction takes to walk that back;
- **drift**: two clocks a few hundred ppm apart fill or drain the ring slowly. The reader measures the fill as a
  continuous quantity (the bytes in the ring plus the time since the last write, in bytes), so
  the measure moves smoothly with the phase between the two clocks instead of jumping a frame when they slip;
  while its average is more than a few samples off the target (prefill and half a frame), each read drops or
  repeats one sample, so the margin before each read stays put however the two clocks slide.

Samples are signed 16-bit little-endian mono; all sizes are in bytes of whole samples.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass

SAMPLE_BYTES = 2
# How fast the average fill follows the fill: per read, so about 2 s at 50 reads a second.
_AVERAGE_WEIGHT = 0.01
# Drift is corrected while the average fill is more than this many samples (4 ms) off the target: a sound card
# whose callbacks come in pairs or late by a few ms moves the measure that much without any drift.
_DRIFT_DEAD_BAND_SAMPLES = 64
# At most one correction every this many reads: 12.5 samples a second at 50 reads a second, 780 ppm, more than
# the drift of any two real clocks, and too seldom to be heard.
_DRIFT_EVERY_READS = 4
# Drift is left alone for this many reads after priming (one second): the first measures are the noisiest.
_SETTLE_READS = 50
# A reader that has not read for this long is away: the bridge does not read a port that no call listens to (the
# microphone between calls), and a sound card pauses when its server restarts. While it is away the writer's audio
# just ages out (no overrun counted); when it is back it gets the newest prefill, not a backlog of stale audio
# (a call used to start with the 320 ms the microphone said before it, trimmed away over the first seconds).
_READER_AWAY_SECONDS = 0.1
# A frame whose loudest sample is under this (about -50 dBFS) counts as silent for trimming.
_SILENCE_PEAK = 100
# A high fill is trimmed in silence if silence comes within this many reads; after that, trimmed anyway.
_TRIM_PATIENCE_READS = 25


@dataclass(frozen=True)
class RingCounts:
    """What happened in one direction over a call: each is a count of events, not of samples."""

    underruns: int = 0  # the reader found the ring short and got silence while it refilled
    overruns: int = 0  # the writer ran past capacity while the reader was reading: the oldest audio went
    trimmed_frames: int = 0  # frames dropped to bring a high fill back to the target
    samples_dropped: int = 0  # drift correction: the sound card's clock is slower than the writer's
    samples_repeated: int = 0  # drift correction: the sound card's clock is faster
    reader_pauses: int = 0  # the reader came back after a pause (e.g. the sound card stalled) and skipped the backlog

    def describe(self) -> str:
        return (f"underruns {self.underruns}, overruns {self.overruns}, trimmed {self.trimmed_frames} frame(s), "
                f"drift {self.samples_dropped} sample(s) dropped / {self.samples_repeated} repeated, "
                f"reader pauses {self.reader_pauses}")

    def since(self, earlier: RingCounts) -> RingCounts:
        """What happened between ``earlier`` and these counts (one call's share of the ring's life)."""
        return RingCounts(self.underruns - earlier.underruns, self.overruns - earlier.overruns,
                          self.trimmed_frames - earlier.trimmed_frames,
                          self.samples_dropped - earlier.samples_dropped,
                          self.samples_repeated - earlier.samples_repeated,
                          self.reader_pauses - earlier.reader_pauses)

    def summary(self) -> dict[str, int]:
        """JSON-ready, for the call's quality summary."""
        return {"underruns": self.underruns, "overruns": self.overruns, "trimmed": self.trimmed_frames,
                "drift_corrections": self.samples_dropped + self.samples_repeated, "reader_pauses": self.reader_pauses}


class AudioRing:
    """One direction of audio. ``write`` from the producing clock, ``read`` from the consuming one."""

    def __init__(self, frame_bytes: int, bytes_per_second: int, capacity_frames: int = 16, prefill_frames: float = 2,
                 trim_above_frames: int = 3, clock: Callable[[], float] = time.monotonic) -> None:
        if frame_bytes <= 0 or frame_bytes % SAMPLE_BYTES:
            raise ValueError(f"a frame is a whole number of 16-bit samples, not {frame_bytes} bytes")
        if not 0 < prefill_frames < capacity_frames:
            raise ValueError("prefill must be at least one frame and less than the capacity")
        self.frame_bytes = frame_bytes
        self._bytes_per_second = bytes_per_second
        self._frame_seconds = frame_bytes / bytes_per_second
        self._clock = clock
        self._last_write_at = clock()
        self._last_read_at = self._last_write_at  # a reader that has not come within _READER_AWAY_SECONDS is away
        self._has_read = False
        self._capacity = capacity_frames * frame_bytes
        self._prefill = int(prefill_frames * frame_bytes) // SAMPLE_BYTES * SAMPLE_BYTES
        # Held at prefill + half a frame: the reader then finds at least prefill - half a frame before every
        # read, whatever the phase between the clocks, and a read up to half a frame late still finds a frame.
        self._target = float(self._prefill + frame_bytes // 2)
        self._trim_above = self._prefill + trim_above_frames * frame_bytes
        self._trim_silence_above = self._prefill + frame_bytes
        self._buffer = bytearray(self._capacity)
        self._start = 0  # where the oldest byte is
        self._fill = 0
        self._primed = False
        self._average_fill = self._target
        self._high_reads = 0
        self._reads_since_priming = 0
        self._lock = threading.Lock()
        self._underruns = self._overruns = self._trimmed = self._dropped = self._repeated = self._pauses = 0

    # --- the producing side -----------------------------------------------------------------------------------

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Append audio; past capacity the oldest audio is dropped (an overrun)."""
        size = len(data) - len(data) % SAMPLE_BYTES
        if size <= 0:
            return
        with self._lock:
            if size >= self._capacity:
                data, size = bytes(data[size - self._capacity:size]), self._capacity
                self._start, self._fill = 0, 0
                if not self._reader_away():
                    self._overruns += 1
            elif self._fill + size > self._capacity:
                self._discard(self._fill + size - self._capacity)
                if not self._reader_away():
                    self._overruns += 1
            end = (self._start + self._fill) % self._capacity
            first = min(size, self._capacity - end)
            self._buffer[end:end + first] = data[:first]
            if first < size:
                self._buffer[:size - first] = data[first:size]
            self._fill += size
            self._last_write_at = self._clock()

    # --- the consuming side -----------------------------------------------------------------------------------

    def read(self, size: int) -> bytes:
        """Exactly ``size`` bytes: audio, or silence while (re)priming."""
        with self._lock:
            if self._reader_away():
                self._skip_backlog()
            self._last_read_at = self._clock()
            self._has_read = True
            if not self._primed:
                if self._fill < max(self._prefill, size):
                    return bytes(size)
                self._primed = True
                self._average_fill = self._continuous_fill()
                self._reads_since_priming = 0
            elif self._fill < size:
                self._underruns += 1
                self._primed = False
                return bytes(size)
            self._average_fill += (self._continuous_fill() - self._average_fill) * _AVERAGE_WEIGHT
            self._reads_since_priming += 1
            self._trim_if_high(size)
            return self._take_with_drift(size)

    def counts(self) -> RingCounts:
        with self._lock:
            return RingCounts(self._underruns, self._overruns, self._trimmed, self._dropped, self._repeated,
                              self._pauses)

    def fill_bytes(self) -> int:
        with self._lock:
            return self._fill

    def clear(self) -> None:
        """Forget the audio in the ring (a new call, hold): the reader primes again; counts are kept."""
        with self._lock:
            self._start = self._fill = 0
            self._primed = False
            self._high_reads = 0

    # --- inside the lock --------------------------------------------------------------------------------------

    def _reader_away(self) -> bool:
        return self._clock() - self._last_read_at > _READER_AWAY_SECONDS

    def _skip_backlog(self) -> None:
        """The reader starts or comes back: it primes again from the newest audio, as much as the target fill."""
        if self._has_read:
            self._pauses += 1
        keep = int(self._target) // SAMPLE_BYTES * SAMPLE_BYTES  # the margin a running ring holds, not just the prefill
        if self._fill > keep:
            self._discard(self._fill - keep)
        self._primed = False

    def _continuous_fill(self) -> float:
        """The fill plus the time since the last write, in bytes by the reader's clock (at most two frames).

        Read just after a write, the ring holds the frame being read plus the margin; read just before the next
        write, one frame less is there and the next arrives a moment later. Adding the time since the write makes
        the two the same number, so the measure slides with the phase between the clocks instead of jumping a
        frame when one clock overtakes the other."""
        since_write = min(max(self._clock() - self._last_write_at, 0.0), 2 * self._frame_seconds)
        return self._fill + since_write * self._bytes_per_second

    def _trim_if_high(self, size: int) -> None:
        left = self._fill - size  # what stays in the ring after this read
        if left < self._trim_above:
            self._high_reads = 0
            if left >= self._trim_silence_above and _is_silent(self._peek(self.frame_bytes)):
                self._trim_one_frame()
            return
        self._high_reads += 1
        if self._high_reads >= _TRIM_PATIENCE_READS or _is_silent(self._peek(self.frame_bytes)):
            self._trim_one_frame()

    def _trim_one_frame(self) -> None:
        self._discard(self.frame_bytes)
        self._trimmed += 1
        self._high_reads = 0
        self._average_fill -= self.frame_bytes

    def _take_with_drift(self, size: int) -> bytes:
        if self._reads_since_priming < _SETTLE_READS or self._reads_since_priming % _DRIFT_EVERY_READS:
            return self._take(size)
        off_target = self._average_fill - self._target
        dead_band = _DRIFT_DEAD_BAND_SAMPLES * SAMPLE_BYTES
        if off_target > dead_band and self._fill >= size + SAMPLE_BYTES:
            data = self._take(size + SAMPLE_BYTES)
            self._dropped += 1
            self._average_fill -= SAMPLE_BYTES
            return _without_one_sample(data)
        if off_target < -dead_band and size > SAMPLE_BYTES:
            data = self._take(size - SAMPLE_BYTES)
            self._repeated += 1
            self._average_fill += SAMPLE_BYTES
            return _with_one_sample_repeated(data)
        return self._take(size)

    def _peek(self, size: int) -> bytes:
        size = min(size, self._fill)
        first = min(size, self._capacity - self._start)
        return bytes(self._buffer[self._start:self._start + first]) + bytes(self._buffer[:size - first])

    def _take(self, size: int) -> bytes:
        data = self._peek(size)
        self._discard(size)
        return data

    def _discard(self, size: int) -> None:
        size = min(size, self._fill)
        self._start = (self._start + size) % self._capacity
        self._fill -= size


def _is_silent(frame: bytes) -> bool:
    samples = array("h", frame)
    return not samples or max(max(samples), -min(samples)) < _SILENCE_PEAK


def _without_one_sample(data: bytes) -> bytes:
    """Drop the frame's middle sample: one sample in 320 is not heard; at an edge it would be a step."""
    middle = (len(data) // SAMPLE_BYTES // 2) * SAMPLE_BYTES
    return data[:middle] + data[middle + SAMPLE_BYTES:]


def _with_one_sample_repeated(data: bytes) -> bytes:
    middle = (len(data) // SAMPLE_BYTES // 2) * SAMPLE_BYTES
    return data[:middle + SAMPLE_BYTES] + data[middle:]
