"""Recorded WAV files as files: is the header complete, how long, what hash, and repairing one a crash cut off.

pjmedia's WAV writer puts 0 in the RIFF and data sizes when it opens the file and fills them in only when the
recorder is destroyed. A process killed mid-call leaves a file with all its audio but sizes of 0, which players
read as 0 s. ``repair_wav_header`` sets both sizes from the file's length. No pjsua2 here: crash recovery runs
before (and without) the phone.
"""

import hashlib
import logging
import os
import struct
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

HASH_CHUNK = 1 << 20
WAV_HEADER_BYTES = 44  # pjmedia's PCM writer: RIFF + fmt (16) + data chunk headers
_CHUNK_HEADER = 8
_MAX_CHUNKS = 32  # a recorder writes 2 (fmt, data); more means the file is not a recording


class WavRepairError(Exception):
    """The file is not a WAV this can repair (not RIFF/WAVE, no fmt or data chunk); the message says which."""


@dataclass(frozen=True)
class WavRepair:
    path: Path
    changed: bool  # False: the header was already right
    data_bytes: int
    duration_ms: int


def wav_header_complete(path: Path) -> bool:
    """True once the writer has filled in the sizes: the RIFF size matches the file (it is 0 while recording)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(WAV_HEADER_BYTES)
    except OSError:
        return False
    if len(header) < WAV_HEADER_BYTES or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return False
    return struct.unpack_from("<I", header, 4)[0] == size - 8


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            while chunk := file.read(HASH_CHUNK):
                digest.update(chunk)
    except OSError as error:
        log.error("cannot read recording %s: %s", path, error)
        return None
    return digest.hexdigest()


def wav_duration_ms(path: Path) -> int | None:
    try:
        with wave.open(str(path), "rb") as wav:
            return round(wav.getnframes() * 1000 / wav.getframerate())
    except (OSError, EOFError, wave.Error) as error:
        log.error("recording %s has no readable WAV header: %s", path, error)
        return None


def repair_wav_header(path: Path) -> WavRepair:
    """Set the RIFF and data sizes from the file's length (whole frames only), patched in place and fsynced.

    Only the two 4-byte size fields change, both inside the first disk sector, and the patch is idempotent: a crash
    during it leaves the old or the new header, and the next recovery repairs it again. The audio is never moved.
    Raises WavRepairError (not a repairable WAV) or OSError.
    """
    with path.open("r+b") as file:
        size = os.fstat(file.fileno()).st_size
        if size < WAV_HEADER_BYTES:  # pjmedia writes the header with the first buffer of audio (4 KB)
            raise WavRepairError(f"{path} holds no audio ({size} bytes): the call was cut off before any was written")
        riff = file.read(12)
        if len(riff) < 12 or riff[:4] != b"RIFF" or riff[8:12] != b"WAVE":
            raise WavRepairError(f"{path} is not a WAV file (no RIFF/WAVE header)")
        block_align, sample_rate, data_at = _find_format_and_data(file, path, size)
        data_bytes = (size - data_at) // block_align * block_align
        riff_size = data_at + data_bytes - 8
        old_riff, old_data = struct.unpack("<I", riff[4:8])[0], _read_u32(file, data_at - 4)
        changed = (old_riff, old_data) != (riff_size, data_bytes)
        if changed:
            file.seek(4)
            file.write(struct.pack("<I", riff_size))
            file.seek(data_at - 4)
            file.write(struct.pack("<I", data_bytes))
            file.flush()
            os.fsync(file.fileno())
            log.warning("recording %s: WAV sizes repaired (RIFF %d -> %d, data %d -> %d)", path, old_riff, riff_size,
                        old_data, data_bytes)
    duration_ms = round(data_bytes // block_align * 1000 / sample_rate)
    return WavRepair(path, changed, data_bytes, duration_ms)


def _find_format_and_data(file: BinaryIO, path: Path, size: int) -> tuple[int, int, int]:
    """(block align, sample rate, offset of the data) from the chunks after the RIFF header."""
    offset, block_align, sample_rate = 12, 0, 0
    for _ in range(_MAX_CHUNKS):
        file.seek(offset)
        header = file.read(_CHUNK_HEADER)
        if len(header) < _CHUNK_HEADER:
            break
        chunk_id, chunk_size = header[:4], struct.unpack("<I", header[4:])[0]
        if chunk_id == b"fmt ":
            fmt = file.read(16)
            if len(fmt) < 16:
                break
            _format, _channels, sample_rate, _byte_rate, block_align = struct.unpack("<HHIIH", fmt[:14])
        elif chunk_id == b"data":
            if block_align <= 0 or sample_rate <= 0:
                raise WavRepairError(f"{path} has its data before a usable fmt chunk")
            return block_align, sample_rate, offset + _CHUNK_HEADER
        offset += _CHUNK_HEADER + chunk_size + (chunk_size & 1)
        if offset >= size:
            break
    raise WavRepairError(f"{path} has no fmt and data chunks: it is not a recording CallDesk can repair")


def _read_u32(file: BinaryIO, at: int) -> int:
    file.seek(at)
    raw = file.read(4)
    return int(struct.unpack("<I", raw)[0]) if len(raw) == 4 else -1
