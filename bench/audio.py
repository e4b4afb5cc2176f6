"""Benchmark: the round trip of the debtor's voice through the agent's sound, against pjsua2's own floor.

    .venv/bin/python bench/audio.py [--seconds 60] [--floor-seconds 20]

A private PulseAudio (tests/pulse_server.py: null sinks for the speaker and the ringer) with the speaker's monitor
remapped into a microphone (``echo_path``): whatever the agent hears, the agent says. The app's phone
(``Pjsua2Phone``, the headset on those devices, echo cancellation off) answers a pjsua2 peer in a child process
that sends a click every 0.5 s from an AudioMediaPort and notes when each comes back: the round trip through the
app (peer → RTP → the app's jitter buffer and bridge → speaker ring → PortAudio → sound server → PortAudio →
microphone ring → bridge → RTP → peer). The floor is the same peer calling a bare pjsua2 endpoint (another child)
that connects the call's audio to itself at the conference bridge: the same SIP, RTP, codecs and jitter buffers,
no sound card. Also printed: the rings' underruns/overruns over the call (from its quality summary) and the CPU
the app's process spends per second of call, idle (streams running, no call) and in the call.
The last line is always ``audio_round_trip_ms: X (floor F, underruns U)``. Goal: X ≤ 150 with U = 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pjsua2 as pj  # noqa: E402 - after the repository is put on sys.path above

from app.telephony.pjsua2_account import local_account_config  # noqa: E402 - after the repository is put on sys.path above
from app.telephony.pjsua2_audio import use_null_device  # noqa: E402 - after the repository is put on sys.path above
from app.telephony.pjsua2_endpoint import create_endpoint, create_udp_transport, destroy_endpoint  # noqa: E402 - after the repository is put on sys.path above

HOST = "127.0.0.1"
RATE = 16_000
FRAME_SAMPLES = 320
CLICK_EVERY_FRAMES = 25  # 0.5 s
CLICK_SAMPLES = 80  # 5 ms of 1 kHz
CLICK_AMPLITUDE = 16_000
HEARD_ABOVE = 3_000  # a click is back when a sample passes this (about -20 dBFS)
DEVICES = ("PulseAudio: echo_path", "PulseAudio: agent_speaker", "PulseAudio: ringer")
SETTLE_S = 4.0  # a stream over the ALSA pulse plugin pauses ~2 s after it opens, then catches up
IDLE_S = 3.0


def _click_frame() -> bytes:
    import math
    from array import array

    samples = [int(CLICK_AMPLITUDE * math.sin(2 * math.pi * 1000 * i / RATE)) for i in range(CLICK_SAMPLES)]
    return array("h", samples + [0] * (FRAME_SAMPLES - CLICK_SAMPLES)).tobytes()


# -- the peer (a child process): clicks out, clicks back --------------------------------------------------------


class ClickPort(pj.AudioMediaPort):
    """Sends a click every CLICK_EVERY_FRAMES frames; notes the time each one comes back (onset within the frame)."""

    def __init__(self) -> None:
        super().__init__()
        self._click = pj.ByteVector(_click_frame())
        self._silence = pj.ByteVector(bytes(FRAME_SAMPLES * 2))
        self._frames = 0
        self.sent: list[float] = []
        self.heard: list[float] = []

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        click = self._frames % CLICK_EVERY_FRAMES == 0
        frame.buf = self._click if click else self._silence
        frame.size = FRAME_SAMPLES * 2
        if click:
            self.sent.append(time.monotonic())
        self._frames += 1

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        now = time.monotonic()
        if frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO or frame.size == 0:
            return
        if self.heard and now - self.heard[-1] < 0.25:
            return
        from app.telephony.pjsua2_byte_vector import byte_vector_to_bytes

        samples = memoryview(byte_vector_to_bytes(frame.buf)).cast("h")
        for index, value in enumerate(samples):
            if abs(value) > HEARD_ABOVE:
                self.heard.append(now + index / RATE)
                return


def round_trips(sent: list[float], heard: list[float]) -> list[float]:
    """Each click heard against the last one sent before it (within 0.45 s), in ms."""
    trips = []
    for moment in heard:
        before = [s for s in sent if s <= moment]
        if before and moment - before[-1] < 0.45:
            trips.append((moment - before[-1]) * 1000)
    return trips


class _Call(pj.Call):
    def __init__(self, account: pj.Account, echo: bool, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(account, call_id)
        self.echo = echo
        self.port: ClickPort | None = None
        self.confirmed = False
        self.over = False

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        state = self.getInfo().state
        self.confirmed = self.confirmed or state == pj.PJSIP_INV_STATE_CONFIRMED
        self.over = state == pj.PJSIP_INV_STATE_DISCONNECTED

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        try:
            audio = self.getAudioMedia(-1)
        except pj.Error:
            return
        if self.echo:
            audio.startTransmit(audio)  # the floor: the bridge sends the call's audio straight back
        elif self.port is not None:
            self.port.startTransmit(audio)
            audio.startTransmit(self.port)


class _Account(pj.Account):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[_Call] = []

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        call = _Call(self, echo=True, call_id=prm.callId)
        self.calls.append(call)
        answer = pj.CallOpParam()
        answer.statusCode = 200
        call.answer(answer)


def run_child(role: str, target: str, seconds: float) -> int:
    """``echo``: answer and echo at the bridge until stdin closes; ``clicker``: call ``target``, click, report."""
    endpoint = create_endpoint(log_level=1, ua_name=f"CallDesk bench {role}")
    account = _Account()
    calls: list[_Call] = []
    port: ClickPort | None = None
    try:
        transport_id, sip_port = create_udp_transport(endpoint, HOST, 0)
        endpoint.libStart()
        use_null_device(endpoint, "bench: null audio device")
        account.create(local_account_config(role, role, HOST, sip_port, transport_id))
        if role == "echo":
            print(f"READY sip:{role}@{HOST}:{sip_port}", flush=True)
            closed = threading.Event()

            def wait_for_stdin_to_close() -> None:
                sys.stdin.read()
                closed.set()

            threading.Thread(target=wait_for_stdin_to_close, daemon=True).start()
            while not closed.is_set():
                endpoint.libHandleEvents(10)
            calls = account.calls
        else:
            port = ClickPort()
            media_format = pj.MediaFormatAudio()
            media_format.init(pj.PJMEDIA_FORMAT_PCM, RATE, 1, 20_000, 16)
            port.createPort("clicks", media_format)
            call = _Call(account, echo=False)
            call.port = port
            calls = [call]
            call.makeCall(target, pj.CallOpParam(True))
            deadline = time.monotonic() + 10
            while not call.confirmed and time.monotonic() < deadline:
                endpoint.libHandleEvents(10)
            end = time.monotonic() + seconds
            while time.monotonic() < end and not call.over:
                endpoint.libHandleEvents(10)
            trips = round_trips(list(port.sent), list(port.heard))
            print("DONE " + json.dumps({"trips": trips, "sent": len(port.sent)}), flush=True)
        for call in calls:
            if not call.over:
                call.hangup(pj.CallOpParam())
        deadline = time.monotonic() + 3
        while any(not c.over for c in calls) and time.monotonic() < deadline:
            endpoint.libHandleEvents(10)
    finally:
        calls.clear()
        account.calls.clear()
        port = None
        account.shutdown()
        destroy_endpoint(endpoint)
    return 0


def _child(role: str, target: str = "", seconds: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, __file__, "--role", role, "--target", target, "--seconds", str(seconds)],
                            cwd=ROOT, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)


def _line(child: subprocess.Popen[str], prefix: str, timeout_s: float) -> str:
    assert child.stdout is not None
    found: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(prefix):
                found.append(line[len(prefix):].strip())
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout_s)
    if not found:
        raise RuntimeError(f"the bench's {prefix.strip()} line did not come (exit code {child.poll()})")
    return found[0]


# -- the two runs --------------------------------------------------------------------------------------------------


def floor_run(seconds: float) -> list[float]:
    echo = _child("echo")
    try:
        uri = _line(echo, "READY ", 10)
        clicker = _child("clicker", uri, seconds)
        result = json.loads(_line(clicker, "DONE ", seconds + 20))
        clicker.wait(10)
    finally:
        assert echo.stdin is not None
        echo.stdin.close()
        echo.wait(10)
    trips: list[float] = result["trips"]
    return trips


def app_run(seconds: float) -> dict[str, Any]:
    from app.telephony.events import CallQualitySummary, IncomingCall
    from app.telephony.pjsua2_adapter import Pjsua2Phone
    from tests.pulse_server import private_pulse_server

    with private_pulse_server() as pulse:
        os.environ.update(pulse.env)
        os.environ.pop("CALLDESK_NULL_AUDIO", None)
        pulse.pactl("load-module", "module-remap-source", "source_name=echo_path", "master=agent_speaker.monitor")
        events: list[object] = []
        phone = Pjsua2Phone(user="agent", display_name="Bench Agent", log_level=1)
        phone.add_listener(events.append)
        phone.start()
        try:
            status = phone.select_sound_devices(*DEVICES)
            if status.null_device:
                raise RuntimeError(status.description)
            _pump(phone, SETTLE_S)
            cpu, wall = time.process_time(), time.monotonic()
            _pump(phone, IDLE_S)
            idle_cpu = (time.process_time() - cpu) / (time.monotonic() - wall)
            clicker = _child("clicker", phone.local_uri(), seconds)
            result: dict[str, Any] = {}
            threading.Thread(target=lambda: result.update(json.loads(_line(clicker, "DONE ", seconds + 30))),
                             daemon=True).start()
            answered = False
            headset = phone._media.headset  # the bench's look at the bridge: where the latency sits
            fills: list[tuple[int, int]] = []
            while not result and clicker.poll() is None:
                phone.pump()
                fills.append((headset.speaker_ring.fill_bytes(), headset.microphone_ring.fill_bytes()))
                if not answered and (incoming := [e for e in events if isinstance(e, IncomingCall)]):
                    phone.answer(incoming[0].call_key)
                    answered = True
                    cpu, wall = time.process_time(), time.monotonic()
                time.sleep(0.005)
            call_cpu = (time.process_time() - cpu) / (time.monotonic() - wall)
            deadline = time.monotonic() + 10
            while not any(isinstance(e, CallQualitySummary) for e in events) and time.monotonic() < deadline:
                phone.pump()
                time.sleep(0.005)
            clicker.wait(10)
            summaries = [e for e in events if isinstance(e, CallQualitySummary)]
            sound = summaries[0].summary.get("sound", {}) if summaries else {}
            streams = headset._streams
            latency = {role: getattr(stream._stream, "latency", 0.0) * 1000
                       for role, stream in (("speaker", streams.speaker), ("microphone", streams.microphone))}
            ring_ms = {role: statistics.fmean(f[i] for f in fills) / (RATE * 2) * 1000 if fills else 0.0
                       for i, role in enumerate(("speaker", "microphone"))}
            return {**result, "sound": sound, "idle_cpu": idle_cpu, "call_cpu": call_cpu, "portaudio_ms": latency,
                    "ring_ms": ring_ms}
        finally:
            phone.shutdown()


def _pump(phone: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.005)


def _describe(trips: list[float]) -> str:
    if not trips:
        return "no click came back"
    ordered = sorted(trips)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (f"median {statistics.median(trips):.0f} ms, min {ordered[0]:.0f}, p95 {p95:.0f}, max {ordered[-1]:.0f} "
            f"({len(trips)} clicks)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--floor-seconds", type=float, default=20.0)
    parser.add_argument("--role", choices=("echo", "clicker"), help=argparse.SUPPRESS)
    parser.add_argument("--target", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.role:
        return run_child(args.role, args.target, args.seconds)

    floor = floor_run(args.floor_seconds)
    print(f"floor (bare pjsua2 endpoint echoing at its bridge, {args.floor_seconds:.0f} s): {_describe(floor)}")
    app = app_run(args.seconds)
    trips = app.get("trips", [])
    print(f"through the app ({args.seconds:.0f} s, speaker monitor looped into the microphone): {_describe(trips)}")
    sound = app["sound"]
    for role in ("speaker", "microphone"):
        counts = sound.get(role, {})
        print(f"  {role} ring: " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    print("where it sits: rings (average fill) " + ", ".join(f"{k} {v:.0f} ms" for k, v in app["ring_ms"].items())
          + "; PortAudio's own latency " + ", ".join(f"{k} {v:.0f} ms" for k, v in app["portaudio_ms"].items())
          + "; the rest is the sound server and the bridge ports")
    print(f"CPU of the app's process: {app['idle_cpu'] * 1000:.0f} ms/s idle with the streams running, "
          f"{app['call_cpu'] * 1000:.0f} ms/s in the call (the bridge, RTP, rings and pump: "
          f"{(app['call_cpu'] - app['idle_cpu']) * 1000:.0f} ms/s more)")
    underruns = sum(int(sound.get(role, {}).get("underruns", 0)) for role in ("speaker", "microphone"))
    x = statistics.median(trips) if trips else float("nan")
    f = statistics.median(floor) if floor else float("nan")
    print(f"audio_round_trip_ms: {x:.0f} (floor {f:.0f}, underruns {underruns})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
