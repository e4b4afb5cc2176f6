"""A private PulseAudio server for sound tests: no sound card, virtual devices, a socket in a temp folder.

Sinks: ``agent_speaker`` (the headset's ear), ``ringer`` (the PC speaker), ``mic_feed`` (what the test says into
the microphone); source ``agent_mic`` remaps ``mic_feed``'s monitor, so audio played into ``mic_feed`` is what
the agent's microphone picks up. ``listen``/``say`` record from and play into them with parec/pacat.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

RATE = 16_000
START_TIMEOUT_S = 10.0
SINKS = ("agent_speaker", "ringer", "mic_feed")


class PulseServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "pulse.sock"
        self.env = {"XDG_RUNTIME_DIR": str(folder), "PULSE_SERVER": f"unix:{self.socket}"}
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        modules = [f"module-native-protocol-unix auth-anonymous=1 socket={self.socket}"]
        modules += [f"module-null-sink sink_name={sink} rate=48000 channels=1" for sink in SINKS]
        modules.append("module-remap-source source_name=agent_mic master=mic_feed.monitor")
        command = ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
                   "--use-pid-file=no", "--log-target=stderr"]
        for module in modules:
            command += ["-L", module]
        self._log = open(self.folder / "pulse.log", "ab")  # noqa: SIM115 - open for the server's lifetime
        self._process = subprocess.Popen(command, env={**os.environ, **self.env}, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + START_TIMEOUT_S
        while self.pactl("info", check=False).returncode != 0:
            if time.monotonic() > deadline or not self.running:
                self.stop()
                raise RuntimeError("the private PulseAudio server did not start")
            time.sleep(0.1)
        self.pactl("set-default-sink", "agent_speaker")
        self.pactl("set-default-source", "agent_mic")

    def stop(self) -> None:
        """SIGKILL: as abrupt as a crashed sound server (the tests of a lost device want exactly that)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=5)
        if self.socket.exists():
            self.socket.unlink()

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["pactl", *args], env={**os.environ, **self.env}, capture_output=True, text=True,
                              timeout=10, check=check)

    @contextmanager
    def listen(self, sink: str) -> Iterator[list[bytes]]:
        """Record what ``sink`` plays (its monitor) while the block runs; the list gets the raw 16 kHz samples.
        The block starts once parec delivers audio (it takes a moment to connect)."""
        chunks: list[bytes] = []
        process = subprocess.Popen(["parec", "-d", f"{sink}.monitor", "--format=s16le", f"--rate={RATE}",
                                    "--channels=1", "--latency-msec=20"], env={**os.environ, **self.env},
                                   stdout=subprocess.PIPE)
        assert process.stdout is not None
        stdout = process.stdout
        reader = threading.Thread(target=lambda: chunks.extend(iter(lambda: stdout.read1(640), b"")), daemon=True)
        reader.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not chunks and time.monotonic() < deadline:
            time.sleep(0.01)
        started = len(chunks)
        captured: list[bytes] = []
        try:
            yield captured
        finally:
            ended = len(chunks)
            process.terminate()
            process.wait(timeout=5)
            reader.join(timeout=5)
            captured.append(b"".join(chunks[started:ended]))

    def say(self, samples: bytes) -> subprocess.Popen[bytes]:
        """Play raw 16 kHz samples into the agent's microphone (through ``mic_feed``); returns the pacat process."""
        raw = self.folder / f"say-{time.monotonic_ns()}.raw"
        raw.write_bytes(samples)
        return subprocess.Popen(["pacat", "-d", "mic_feed", "--format=s16le", f"--rate={RATE}", "--channels=1",
                                 str(raw)], env={**os.environ, **self.env})


@contextmanager
def private_pulse_server() -> Iterator[PulseServer]:
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        raise RuntimeError("pulseaudio and pulseaudio-utils are needed: ./calldesk.sh test installs them")
    folder = Path(tempfile.mkdtemp(prefix="calldesk-pulse-"))
    folder.chmod(0o700)
    server = PulseServer(folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def tone(frequency: float, seconds: float, amplitude: int = 8000) -> bytes:
    count = int(RATE * seconds)
    return array.array("h", (int(amplitude * math.sin(2 * math.pi * frequency * i / RATE))
                             for i in range(count))).tobytes()


def level_dbfs(samples: bytes) -> float:
    values = array.array("h", samples[: len(samples) - len(samples) % 2])
    if not values:
        return -120.0
    rms = math.sqrt(sum(v * v for v in values) / len(values))
    return 20 * math.log10(rms / 32768) if rms > 0 else -120.0


def strongest_frequency(samples: bytes) -> float:
    """The frequency with the most energy (numpy's FFT; numpy comes with the echo canceller)."""
    import numpy as np

    values = np.frombuffer(samples[: len(samples) - len(samples) % 2], dtype=np.int16).astype(float)
    if len(values) < 256:
        return 0.0
    spectrum = np.abs(np.fft.rfft(values * np.hanning(len(values))))
    return float(np.fft.rfftfreq(len(values), 1 / RATE)[int(spectrum.argmax())])
