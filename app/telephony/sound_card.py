"""The sound card through PortAudio (``sounddevice``): one input and one output stream per device role.

The pjsua2-python wheel has no sound device, so CallDesk's audio reaches the headset here: the microphone stream
writes into a ring that pjsua2's bridge reads, and the speaker stream plays what pjsua2's bridge wrote into
another. Separate input and output streams: a duplex stream fails on Debian's PortAudio 19.6 over the pulse ALSA
plugin. The callbacks run on PortAudio's thread and only move bytes.

Devices are kept by name. On Linux, PortAudio reaches PulseAudio/PipeWire through one ALSA device ("pulse"), so
the sound server's own sinks and sources are listed too ("PulseAudio: <name>"): such a stream is opened through
that device and then moved to its sink or source on the server (``pactl move-sink-input``).
``sounddevice`` is imported on first use: it loads the PortAudio library, which may be missing.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from app.telephony.audio_ring import AudioRing
from app.telephony.events import SoundDevice

log = logging.getLogger(__name__)

PULSE_PREFIX = "PulseAudio: "
SYSTEM_DEFAULT = "System default"
_PULSE_DEVICE = "pulse"
# A stream whose callback has not run for this long is taken as gone (a sound server stopped, a headset pulled).
# Longer than the pause of up to ~1.8 s after a stream starts over the ALSA pulse plugin (it fills the server's
# buffer first), which is not a fault.
STALL_SECONDS = 3.0
# How long the pump waits for a stream to close before it leaves the closing to its thread.
CLOSE_WAIT_SECONDS = 0.2


# Streams of this process open (started, not yet closed) and stuck closing: rescan_if_missing waits for neither.
_OPEN_STREAMS: set[int] = set()
_STUCK_STREAMS: set[int] = set()


class SoundCardError(Exception):
    """A device that cannot be opened; the message says which and why."""


class SoundDeviceMissing(SoundCardError):
    """No device of that name is connected now."""


@dataclass(frozen=True)
class _Target:
    portaudio_device: int | str | None  # None: PortAudio's default
    pulse_name: str | None  # a PulseAudio sink/source to route to through the pulse device


def portaudio() -> Any:
    """The sounddevice module, or SoundCardError naming the missing library."""
    try:
        import sounddevice  # imported here: it loads libportaudio when imported
    except OSError as error:
        raise SoundCardError(f"PortAudio is not installed ({error}); on Debian: apt-get install libportaudio2") from None
    return sounddevice


def list_devices() -> tuple[SoundDevice, ...]:
    """The system default, PortAudio's devices, and on Linux the sound server's sinks and sources."""
    sd = portaudio()
    devices = [SoundDevice(SYSTEM_DEFAULT, capture=True, playback=True)]
    names = set()
    for info in sd.query_devices():
        name = str(info["name"])
        if name in names or name == "default":
            continue
        names.add(name)
        devices.append(SoundDevice(name, capture=info["max_input_channels"] > 0,
                                   playback=info["max_output_channels"] > 0))
    if _PULSE_DEVICE in names:
        devices.extend(_pulse_devices())
    return tuple(devices)


def _pulse_devices() -> list[SoundDevice]:
    """Sinks (speakers) and sources (microphones) of the PulseAudio/PipeWire server, monitors left out."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return []
    found: list[SoundDevice] = []
    for kind in ("sinks", "sources"):
        try:
            done = subprocess.run([pactl, "-f", "json", "list", "short", kind], capture_output=True, text=True,
                                  timeout=3, check=True)
            entries = json.loads(done.stdout or "[]")
        except (OSError, subprocess.SubprocessError, json.JSONDecodeError) as error:
            log.info("cannot list the sound server's %s: %s", kind, error)
            continue
        for entry in entries:
            name = str(entry.get("name", ""))
            if name and not name.endswith(".monitor"):
                found.append(SoundDevice(PULSE_PREFIX + name, capture=kind == "sources", playback=kind == "sinks"))
    return found


def _target(name: str, want_input: bool) -> _Target:
    """Where a device name leads; SoundCardError when there is no such device now."""
    if not name or name == SYSTEM_DEFAULT:
        return _Target(None, None)
    if name.startswith(PULSE_PREFIX):
        return _Target(_PULSE_DEVICE, name[len(PULSE_PREFIX):])
    sd = portaudio()
    for index, info in enumerate(sd.query_devices()):
        channels = info["max_input_channels"] if want_input else info["max_output_channels"]
        if channels > 0 and str(info["name"]).casefold() == name.casefold():
            return _Target(index, None)
    kind = "microphone" if want_input else "speaker"
    raise SoundDeviceMissing(f"the {kind} '{name}' is not connected")


def rescan_if_missing(wanted: list[tuple[str, bool]]) -> bool:
    """Have PortAudio list the devices again when one of ``wanted`` (name, is_input) is not among those it listed
    at start: PortAudio reads the device list once, so a headset unplugged and plugged back in (on Windows and
    macOS a new device index) is only found after this. Only while no stream is open or stuck closing (PortAudio
    must be idle to start over); returns whether it rescanned."""
    missing = False
    for name, want_input in wanted:
        try:
            _target(name, want_input)
        except SoundDeviceMissing:
            missing = True
        except SoundCardError:
            return False
    if not missing or _OPEN_STREAMS or _STUCK_STREAMS:
        return False
    sd = portaudio()
    sd._terminate()  # sounddevice's own advice for re-reading the device list (its private pair, kept for years)
    sd._initialize()
    log.info("PortAudio listed the sound devices again (a chosen device was missing)")
    return True


def _pulse_stream_ids(input_stream: bool) -> set[str]:
    """This process's streams on the sound server (sink inputs or source outputs), by index."""
    pactl = shutil.which("pactl")
    if pactl is None:
        return set()
    kind = "source-outputs" if input_stream else "sink-inputs"
    try:
        done = subprocess.run([pactl, "-f", "json", "list", kind], capture_output=True, text=True, timeout=3,
                              check=True)
        entries = json.loads(done.stdout or "[]")
    except (OSError, subprocess.SubprocessError, json.JSONDecodeError):
        return set()
    pid = str(os.getpid())
    return {str(e.get("index")) for e in entries
            if str(e.get("properties", {}).get("application.process.id", "")) == pid}


def _move_to(pulse_name: str, input_stream: bool, before: set[str]) -> None:
    """Move the stream this process just opened to the named sink or source (``pactl move-…``). The stream is
    routed after it opens, not with PULSE_SINK: changing the environment while PortAudio's and libpulse's
    threads read it is not safe."""
    new = _pulse_stream_ids(input_stream) - before
    if len(new) != 1:
        raise SoundCardError(f"its stream was not found on the sound server to route it to '{pulse_name}'")
    command = "move-source-output" if input_stream else "move-sink-input"
    try:
        subprocess.run(["pactl", command, new.pop(), pulse_name], capture_output=True, text=True, timeout=3,
                       check=True)
    except (OSError, subprocess.SubprocessError) as error:
        raise SoundCardError(f"it could not be routed to '{pulse_name}' ({error})") from None


class SoundCardStream:
    """One PortAudio stream (a microphone into a ring, or a ring out to a speaker) and when it last ran."""

    def __init__(self, ring: AudioRing, sample_rate: int, frame_samples: int, input_stream: bool) -> None:
        self._ring = ring
        self._rate = sample_rate
        self._frame_samples = frame_samples
        self._input = input_stream
        self._stream: Any = None
        self.device_name = ""
        self.last_callback = 0.0  # time.monotonic() of the last callback (written on PortAudio's thread)
        self._generation = 0  # which stream's callbacks may move audio: a closing one must not
        self.on_input: list[Any] = []  # extra readers of the microphone frames (level meter), called in the callback
        # Echo cancellation (echo_canceller): the microphone's frames cleaned before the ring, and each frame the
        # speaker plays as the reference. Set whole; read once per callback.
        self.filter: Callable[[bytes], bytes] | None = None
        self.on_output: Callable[[bytes], None] | None = None
        self.playing_instead: Any = None  # a clip (``read(size) -> bytes``) the speaker plays instead (headset test)

    @property
    def open(self) -> bool:
        return self._stream is not None

    def start(self, device_name: str) -> None:
        """Open and start the stream on the named device. Raises SoundCardError."""
        self.stop()
        target = _target(device_name, self._input)
        sd = portaudio()
        kind = sd.RawInputStream if self._input else sd.RawOutputStream
        self._generation += 1
        callback = partial(self._on_input if self._input else self._on_output, self._generation)
        before = _pulse_stream_ids(self._input) if target.pulse_name else set()
        try:
            stream = kind(samplerate=self._rate, blocksize=self._frame_samples, device=target.portaudio_device,
                          channels=1, dtype="int16", latency="low", callback=callback)
            stream.start()
        except Exception as error:  # noqa: BLE001 - PortAudio raises PortAudioError, ValueError or OSError here
            raise SoundCardError(f"'{device_name or SYSTEM_DEFAULT}' could not be opened ({error})") from None
        if target.pulse_name:
            try:
                _move_to(target.pulse_name, self._input, before)
            except SoundCardError as error:
                _close_stream(stream, "new")
                raise SoundCardError(f"'{device_name}' could not be opened: {error}") from None
        self._stream = stream
        _OPEN_STREAMS.add(id(self))
        self.device_name = device_name or SYSTEM_DEFAULT
        self.last_callback = time.monotonic()

    def stop(self) -> None:
        """Stop and close the stream on a thread of its own: PortAudio 19.6's ALSA backend can hang in abort when
        the sound server died under it, and the phone's pump must never wait for that."""
        stream, self._stream = self._stream, None
        self._generation += 1  # the old stream's callbacks, if it goes on a while, no longer touch the ring
        _OPEN_STREAMS.discard(id(self))
        if stream is None:
            return
        role = "microphone" if self._input else "speaker"
        closer = threading.Thread(target=_close_stream, args=(stream, role), name=f"calldesk-close-{role}", daemon=True)
        closer.start()
        closer.join(CLOSE_WAIT_SECONDS)
        if closer.is_alive():
            _STUCK_STREAMS.add(id(closer))
            _note_stuck_stream(role)

    def stalled(self, now: float) -> bool:
        """Open, but its callback has not run for STALL_SECONDS (the device or the sound server went away)."""
        stream = self._stream
        if stream is None:
            return False
        return now - self.last_callback > STALL_SECONDS or not stream.active

    # --- PortAudio's thread -----------------------------------------------------------------------------------

    def _on_input(self, generation: int, indata: Any, frames: int, _time: Any, _status: Any) -> None:
        if generation != self._generation:
            return
        self.last_callback = time.monotonic()
        data = bytes(indata)
        filter_ = self.filter
        if filter_ is not None:
            data = filter_(data)
            if not data:  # the filter waits for a whole block of its own
                return
        self._ring.write(data)
        for reader in self.on_input:
            reader(data)

    def _on_output(self, generation: int, outdata: Any, frames: int, _time: Any, _status: Any) -> None:
        if generation != self._generation:
            outdata[:] = bytes(len(outdata))
            return
        self.last_callback = time.monotonic()
        data = self._ring.read(len(outdata))  # read also while a clip plays: the ring stays in its steady state
        instead = self.playing_instead
        outdata[:] = data if instead is None else instead.read(len(outdata))
        tap = self.on_output
        if tap is not None:
            tap(bytes(outdata))


def _close_stream(stream: Any, role: str) -> None:
    try:
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)
    except Exception as error:  # noqa: BLE001 - a stream whose server died may fail any way on close
        log.info("closing the %s stream: %s", role, error)


def _note_stuck_stream(role: str) -> None:
    """A stream that does not close (its sound server died) would also hang PortAudio's own exit handler, so that
    handler is dropped: the process exits without Pa_Terminate, which the operating system cleans up after."""
    log.warning("the %s stream did not close (the sound server went away under it); left to its thread", role)
    sd = sys.modules.get("sounddevice")
    handler = getattr(sd, "_exit_handler", None)
    if handler is not None:
        atexit.unregister(handler)
