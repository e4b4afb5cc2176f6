"""A recording a crash cut off: real PCM after a header whose sizes are still 0 is repaired from the file's size."""

import hashlib
import math
import struct
import wave
from pathlib import Path

import pytest

from app.telephony.wav_files import WavRepairError, repair_wav_header, wav_duration_ms, wav_header_complete

RATE = 16000


def truncated_wav(path: Path, seconds: float, extra_bytes: bytes = b"") -> bytes:
    """A 16-bit mono WAV as pjmedia leaves it when killed: the audio is there, the RIFF and data sizes are 0."""
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / RATE)))
                      for n in range(int(RATE * seconds)))
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    raw = bytearray(path.read_bytes())
    raw[4:8] = b"\0\0\0\0"
    raw[40:44] = b"\0\0\0\0"
    path.write_bytes(bytes(raw) + extra_bytes)
    return frames


def test_a_killed_recording_gets_its_sizes_from_the_file_and_plays_its_whole_length(tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    frames = truncated_wav(path, 2.5)
    assert wav_duration_ms(path) in (None, 0)  # what players saw: 0 s, or no WAV at all
    assert not wav_header_complete(path)

    repair = repair_wav_header(path)

    assert repair.changed and repair.duration_ms == 2500 and repair.data_bytes == len(frames)
    assert wav_header_complete(path) and wav_duration_ms(path) == 2500
    with wave.open(str(path), "rb") as fixed:
        assert fixed.readframes(fixed.getnframes()) == frames  # the audio itself is untouched
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    again = repair_wav_header(path)  # a second recovery (e.g. after a crash during the first) changes nothing
    assert not again.changed and hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_a_half_written_last_sample_is_left_out_of_the_data_size(tmp_path: Path) -> None:
    path = tmp_path / "odd.wav"
    frames = truncated_wav(path, 1.0, extra_bytes=b"\x01")
    repair = repair_wav_header(path)
    assert repair.data_bytes == len(frames) and repair.duration_ms == 1000
    with wave.open(str(path), "rb") as fixed:
        assert fixed.getnframes() == RATE


def test_a_file_that_is_not_a_wav_is_refused_with_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_bytes(b"not a recording at all, just text" * 4)
    with pytest.raises(WavRepairError, match="not a WAV"):
        repair_wav_header(path)
    assert path.read_bytes().startswith(b"not a recording")


def test_an_empty_file_says_no_audio_was_written(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(WavRepairError, match="no audio"):
        repair_wav_header(path)
