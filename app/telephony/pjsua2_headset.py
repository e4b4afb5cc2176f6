"""The agent's sound: the headset (speaker + microphone) and the ringer, as the phone's conference bridge sees them.

``Headset`` owns the two bridge ports, their rings and the PortAudio streams. The phone connects calls, tones and
players to ``headset.port`` (both ways) and the ringtone to ``headset.ringer_port``. A device that is missing or
fails leaves its port in place (the bridge wiring never changes) and reports why; ``check`` (from the phone's
pump) notices a stream that stopped (a sound server killed, a headset pulled) and opens it again when it can.
Order matters for pjmedia: ports are created after libStart and destroyed before libDestroy (``release``).

Resting streams: running streams wake the process ~1,700 times a second (bench/idle_cpu.py), so they close once
nothing has used the ports (``SoundPort.last_frame``), the headset test or ``wake`` for SLEEP_AFTER_SECONDS, and
open again in ``wake`` when a call starts or a call, tone or player is about to be connected (pjsua2_sound asks for
the ports through it): the streams open on a thread of their own in a few ms and are heard at once (the
ringtone ~90 ms after ringing, as with streams that never rested; tests/audio/test_sound_rest.py). A sleeping
device is not watched; a device gone while asleep is found, and reported lost, when it is next opened, then retried
as after a loss. Reopened streams get a
fresh echo canceller once they run steadily (the echo path's delay through new streams is not the old one), and
the microphone level says RESTING_DBFS meanwhile (the phone panel's meter says "resting", not "no microphone").
Not for a sound server's device ("PulseAudio: <name>"): such a stream opens on the default sink and is moved, and
one moved again after a rest was heard late (the ringtone 3.1 s after ringing instead of ~0.1 s, PortAudio 19.6's
ALSA pulse plugin); stopping the streams instead of closing them is no way round (``start`` after
``stop``/``abort`` failed once stopped ~30 s). Those stay open, as before: the system default and the sound
card's own devices rest.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.telephony.audio_ring import AudioRing, RingCounts
from app.telephony.echo_canceller import EchoCanceller, wanted, webrtc_processor
from app.telephony.events import AudioDeviceStatus, HeadsetTestState, SoundDevice
from app.telephony.headset_check import HeadsetTest, MicrophoneMeter
from app.telephony.pjsua2_sound_port import BYTES_PER_SECOND, CLOCK_RATE, FRAME_BYTES, FRAME_SAMPLES, SoundPort
from app.telephony.sound_card import (
    PULSE_PREFIX,
    SYSTEM_DEFAULT,
    SoundCardError,
    SoundCardStream,
    SoundDeviceMissing,
    list_devices,
    rescan_if_missing,
)

log = logging.getLogger(__name__)

NULL_DEVICE_NAME = "No sound device (null)"
# The sound card's side moves 5 ms at a time: PortAudio's buffer over the ALSA pulse plugin is two blocks, so the
# card's share of the round trip is about five blocks (50 ms with 10 ms blocks, 25 ms with 5 ms; bench/audio.py).
# The rings hold a margin beyond the 20 ms the bridge moves at once: 15 ms on the speaker side, whose reads come in
# bursts when the sound server wakes the stream, 10 ms on the microphone side. With 30 ms each way the round trip
# was ~156 ms; with 10 ms on the speaker side the speaker ring ran dry a few times a minute (heard as clicks).
DEVICE_BLOCK_SAMPLES = FRAME_SAMPLES // 4
SPEAKER_PREFILL_FRAMES = 1.75
MICROPHONE_PREFILL_FRAMES = 1.5
RETRY_SECONDS = 2.0
# Quiet this long (no frame through the ports, no test, no wake), the streams close; None: never (see above).
# Long enough that the gap between two calls of a busy queue (the outcome form, the next number) keeps them open;
# pjsua stops the bridge's clock after 1 s without connections (MediaConfig.sndAutoCloseTime), after which the
# ports see no frames.
# Open, the streams wake the process ~1,700 times a second; resting, the app wakes ~8 times a second
# (bench/idle_cpu.py --audio sound).
SLEEP_AFTER_SECONDS: float | None = 10.0
# Streams (re)opened are steady once every one has been called back at each check for STEADY_FOR_SECONDS, from
# STEADY_AFTER_OPEN_SECONDS after the open (the echo canceller then starts afresh, see _settle_echo_canceller).
STEADY_AFTER_OPEN_SECONDS = 1.0
STEADY_FOR_SECONDS = 0.5
# What ``microphone_level`` says while the streams rest: a level no microphone gives (the meter says "resting").
RESTING_DBFS = float("-inf")
# The device list read (Settings' sound page shown or refreshed): the streams stay awake this long, so the page's
# microphone meter shows the microphone and its test starts at once.
DEVICE_LIST_AWAKE_SECONDS = 60.0


@dataclass
class DeviceChoice:
    """What the agent picked, by name ("" = the system default)."""

    microphone: str = ""
    speaker: str = ""
    ringer: str = ""

    def null(self) -> bool:
        return NULL_DEVICE_NAME in (self.microphone, self.speaker)


@dataclass
class _Streams:
    microphone: SoundCardStream
    speaker: SoundCardStream
    ringer: SoundCardStream
    lost_since: float | None = None
    next_retry: float = 0.0
    asleep: bool = False  # closed because nothing needed them (not lost): ``wake`` opens them
    waking: bool = False  # ``wake`` is opening them on its thread
    needed_at: float = 0.0  # time.monotonic() of the last open or wake (later: a wake asked for a while)
    opened_at: float = 0.0  # time.monotonic() of the last successful open
    steady_since: float | None = None  # every stream called back at each check since then
    canceller_settled: bool = True  # the echo canceller started afresh on these streams once they ran steadily
    problems: list[str] = field(default_factory=list)


class Headset:
    def __init__(self, emit: Callable[[AudioDeviceStatus], None]) -> None:
        self._emit = emit
        self.speaker_ring = AudioRing(FRAME_BYTES, BYTES_PER_SECOND, prefill_frames=SPEAKER_PREFILL_FRAMES)
        self.microphone_ring = AudioRing(FRAME_BYTES, BYTES_PER_SECOND,
                                         prefill_frames=MICROPHONE_PREFILL_FRAMES)
        self.ringer_ring = AudioRing(FRAME_BYTES, BYTES_PER_SECOND)
        self.port: SoundPort | None = None
        self.ringer_port: SoundPort | None = None
        block = DEVICE_BLOCK_SAMPLES
        self._streams = _Streams(SoundCardStream(self.microphone_ring, CLOCK_RATE, block, input_stream=True),
                                 SoundCardStream(self.speaker_ring, CLOCK_RATE, block, input_stream=False),
                                 SoundCardStream(self.ringer_ring, CLOCK_RATE, FRAME_SAMPLES, input_stream=False))
        self.choice = DeviceChoice()
        self.status = AudioDeviceStatus(null_device=True, description="The sound device is not opened yet.")
        self.meter = MicrophoneMeter()
        self._streams.microphone.on_input = [*self._streams.microphone.on_input, self.meter]
        self.test = HeadsetTest(self._streams.microphone, self._streams.speaker, CLOCK_RATE)
        self.echo_cancellation = "off"  # [audio] echo_cancellation: "auto" | "on" | "off" (echo_canceller.wanted)
        self.echo_canceller: EchoCanceller | None = None  # running in the port's hooks, when wanted
        self._lock = threading.RLock()  # wake (from whichever thread connects audio) against check and open

    @property
    def microphone_stream(self) -> SoundCardStream:
        return self._streams.microphone

    def create_ports(self) -> None:
        """After libStart: the bridge ports (they exist with or without a sound card)."""
        self.port = SoundPort(self.speaker_ring, self.microphone_ring)
        self.port.create("headset")
        self.ringer_port = SoundPort(self.ringer_ring)
        self.ringer_port.create("ringer")

    def devices(self) -> tuple[SoundDevice, ...]:
        self.wake(DEVICE_LIST_AWAKE_SECONDS)
        try:
            found = list_devices()
        except SoundCardError as error:
            log.info("no sound devices: %s", error)
            found = ()
        return (*found, SoundDevice(NULL_DEVICE_NAME, capture=True, playback=True, null=True))

    def open(self, choice: DeviceChoice) -> AudioDeviceStatus:
        """Open the chosen devices now (streams before the bridge sends them anything); report what happened."""
        with self._lock:
            self.choice = choice
            self._streams.lost_since = None
            self._streams.asleep = self._streams.waking = False
            self._streams.needed_at = time.monotonic()
            self._fit_echo_canceller()
            if choice.null():
                for stream in (self._streams.microphone, self._streams.speaker, self._streams.ringer):
                    stream.stop()
                return self._report(True, "Null audio device (chosen in the settings): calls are silent.",
                                    "null_chosen")
            status = self._open_streams(choice, quiet=False)
            assert status is not None
            return status

    @property
    def asleep(self) -> bool:
        """The streams are closed because nothing needed them (``wake`` opens them)."""
        return self._streams.asleep

    def wake(self, for_seconds: float = 0.0, wait: bool = False) -> None:
        """Something is about to use the sound (a call, a tone, a player, the headset test): sleeping streams
        open now and stay open ``for_seconds`` at least, or until SLEEP_AFTER_SECONDS without use. They open on a
        thread of their own (6-15 ms for the three here, which the GUI thread would otherwise wait for as the
        agent dials) unless ``wait``. A device that is gone is reported lost and retried as after a loss."""
        streams = self._streams
        streams.needed_at = max(streams.needed_at,
                                time.monotonic() + max(0.0, for_seconds - (SLEEP_AFTER_SECONDS or 0.0)))
        if not streams.asleep and not (wait and streams.waking):
            return  # open, or opening: no lock (a thread opening the streams holds it)
        with self._lock:
            if streams.asleep:
                streams.asleep, streams.waking = False, True
                if not wait:
                    threading.Thread(target=self._open_after_rest, name="calldesk-sound-wake", daemon=True).start()
                    return
            if streams.waking:
                self._open_after_rest()

    def _open_after_rest(self) -> None:
        with self._lock:
            streams = self._streams
            if not streams.waking:  # opened by a waiting wake, by ``open`` or released meanwhile
                return
            streams.waking = False
            if self._open_streams(self.choice, quiet=True, report_open=False) is not None:
                log.info("sound card streams awake")
                return
            now = time.monotonic()
            streams.lost_since, streams.next_retry = now, now + RETRY_SECONDS
            self._report(True, "The sound device could not be opened again (the headset was unplugged or the "
                               "sound server stopped): calls go on without sound until it is back.", "lost")

    def _sleep_if_idle(self, now: float) -> None:
        streams = self._streams
        ports = [port.last_frame for port in (self.port, self.ringer_port) if port is not None]
        routed = any(name.startswith(PULSE_PREFIX) for name in (self.choice.microphone, self.choice.speaker,
                                                                  self.choice.ringer))
        if SLEEP_AFTER_SECONDS is None or routed or self.test.running or (
                now - max(streams.needed_at, *ports) < SLEEP_AFTER_SECONDS):
            return
        for stream in (streams.microphone, streams.speaker, streams.ringer):
            stream.stop()
        streams.asleep = True
        log.info("sound card streams asleep (nothing used the sound for %.0f s)", SLEEP_AFTER_SECONDS)

    def _open_streams(self, choice: DeviceChoice, quiet: bool, reason: str = "in_use",
                      report_open: bool = True) -> AudioDeviceStatus | None:
        """The streams (re)opened; a failure is reported unless ``quiet`` (a retry), which returns None instead.
        ``reason`` is the report's when they open ("back" after a loss); ``report_open`` False: streams that
        open are not reported again (woken from sleep: the devices in use are the ones already shown)."""
        streams = self._streams
        for stream in (streams.microphone, streams.speaker, streams.ringer):
            stream.stop()
        rescan_if_missing([(choice.speaker, False), (choice.microphone, True), (choice.ringer or choice.speaker, False)])
        missing, failed = [], []
        for stream, name, role in ((streams.speaker, choice.speaker, "speaker"),
                                   (streams.microphone, choice.microphone, "microphone"),
                                   (streams.ringer, choice.ringer or choice.speaker, "ringer")):
            try:
                stream.start(name)
            except SoundDeviceMissing:
                missing.append(f"{role} '{name}'")
            except SoundCardError as error:
                failed.append(f"{role}: {error}")
        if streams.speaker.open and streams.microphone.open:
            streams.lost_since = None
            streams.opened_at, streams.steady_since, streams.canceller_settled = time.monotonic(), None, False
            text = f"Microphone: {streams.microphone.device_name}; speaker: {streams.speaker.device_name}"
            if streams.ringer.open:
                text += f"; ringer: {streams.ringer.device_name}"
            problems = [f"{item} not found" for item in missing] + failed
            text += f" ({'; '.join(problems)})" if problems else ""
            if not report_open and text == self.status.description and not self.status.null_device:
                return self.status
            return self._report(False, text, reason)
        for stream in (streams.microphone, streams.speaker, streams.ringer):
            stream.stop()
        if quiet:
            return None
        if missing:
            available = ", ".join(d.name for d in self.devices() if not d.null) or "none"
            return self._report(True, f"Sound device not found: {' and '.join(missing)} (available: {available}). "
                                      "Calls are silent: pick a device in the settings.", "not_found")
        return self._report(True, f"The sound device could not be opened ({'; '.join(failed)}): calls are "
                                  "silent. Check the headset is plugged in, or pick another device in the settings.",
                            "failed")

    def check(self, now: float | None = None) -> None:
        """From the phone's pump: a stream that stopped is reported once, then opened again every few seconds
        (also a device that could not be opened at all: a headset plugged in later is found). Skipped while a
        wake opens the streams on its thread: the pump does not wait for it."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            self._check(time.monotonic() if now is None else now)
        finally:
            self._lock.release()

    def _check(self, moment: float) -> None:
        streams = self._streams
        self.test.advance(moment)
        if self.choice.null() or streams.asleep or streams.waking:
            return
        if streams.lost_since is None:
            stalled = [s for s in (streams.speaker, streams.microphone) if s.stalled(moment)]
            if not stalled and streams.speaker.open and streams.microphone.open:
                self._settle_echo_canceller(moment)
                self._sleep_if_idle(moment)
                return
            streams.lost_since, streams.next_retry = moment, moment + RETRY_SECONDS
            if stalled:
                for stream in (streams.microphone, streams.speaker, streams.ringer):
                    stream.stop()
                self.test.cancel("stopped")
                self._report(True, "The sound device stopped (the headset was unplugged or the sound server "
                                   "stopped): the call goes on without sound until it is back.", "lost")
            return
        if moment < streams.next_retry:
            return
        lost_since = streams.lost_since
        status = self._open_streams(self.choice, quiet=True, reason="back")
        if status is None:
            streams.next_retry = moment + RETRY_SECONDS
            return
        log.info("the sound device is back after %.1f s", moment - lost_since)

    def running(self, now: float | None = None, within: float = 0.1) -> bool:
        """Every open stream has been called back lately (a stream just opened may first pause ~2 s)."""
        moment = time.monotonic() if now is None else now
        streams = [s for s in (self._streams.microphone, self._streams.speaker, self._streams.ringer) if s.open]
        return bool(streams) and all(moment - s.last_callback < within for s in streams)

    def microphone_level(self) -> float | None:
        """The microphone's loudest recent sample (160 ms), in dBFS; RESTING_DBFS while the streams rest (the
        microphone is there and opens for the next call); None when no microphone is running."""
        if self._streams.asleep or self._streams.waking:
            return RESTING_DBFS
        return self.meter.read() if self._streams.microphone.open else None

    def start_test(self, kind: str, microphone: str, speaker: str, in_call: bool) -> HeadsetTestState:
        """The headset test on the devices in use (``microphone``/``speaker``: the names the agent chose; they
        must be the open ones). Refused during a call: the call owns the headset."""
        streams = self._streams
        if not in_call and not self.choice.null():
            self.wake(wait=True)
        if in_call:
            self.test.refuse(kind, "in_call")
        elif self.choice.null() or not (streams.microphone.open and streams.speaker.open):
            self.test.refuse(kind, "no_device")
        elif (kind == "microphone" and (microphone or SYSTEM_DEFAULT) != streams.microphone.device_name) or (
                (speaker or SYSTEM_DEFAULT) != streams.speaker.device_name):
            self.test.refuse(kind, "not_in_use")
        else:
            self.test.start(kind, time.monotonic())
        return self.test.state

    def counts(self) -> dict[str, RingCounts]:
        return {"speaker": self.speaker_ring.counts(), "microphone": self.microphone_ring.counts()}

    def set_echo_cancellation(self, mode: str) -> None:
        """"auto", "on" or "off", now (also mid-call); "auto" follows the devices chosen."""
        self.echo_cancellation = mode
        self._fit_echo_canceller()

    def _fit_echo_canceller(self) -> None:
        """The canceller in the sound card streams' hooks (see echo_canceller for why there) when the mode and
        devices want it, else none. Streams that open again (after a rest or a loss) get a fresh one once they
        run steadily (``_settle_echo_canceller``)."""
        speaker, microphone = self._streams.speaker, self._streams.microphone
        on = not self.choice.null() and wanted(self.echo_cancellation, self.choice.microphone, self.choice.speaker)
        if on == (self.echo_canceller is not None):
            return
        if not on:
            microphone.filter = None
            speaker.on_output = None
            self.echo_canceller = None
            log.info("echo cancellation off")
            return
        if self._new_echo_canceller():
            log.info("echo cancellation and noise suppression on")

    def _settle_echo_canceller(self, moment: float) -> None:
        """A new canceller once streams that (re)opened run steadily: the echo path's delay through new streams is
        not the old one, and streams just opened over the ALSA pulse plugin run a moment, pause up to ~2 s, then
        catch up in a burst, during which the delay is neither. A canceller that learned either took out 5 dB
        instead of 15+ for the whole next call (tests/audio/test_echo_and_stalls.py, 2 runs in 3 without a new
        one); a fresh one on the steady streams finds the delay within a few seconds."""
        streams = self._streams
        if streams.canceller_settled:
            return
        if not self.running(moment):
            streams.steady_since = None
            return
        if streams.steady_since is None:
            streams.steady_since = moment
        if moment - streams.opened_at < STEADY_AFTER_OPEN_SECONDS or moment - streams.steady_since < STEADY_FOR_SECONDS:
            return
        streams.canceller_settled = True
        if self.echo_canceller is not None and self.echo_canceller.blocks:
            self._new_echo_canceller()
            log.info("echo canceller started afresh on the reopened streams")

    def _new_echo_canceller(self) -> bool:
        """A new canceller in the streams' hooks (set whole, the speaker's tap first so the microphone's filter
        finds a reference); False, and none, when WebRTC cannot be loaded."""
        speaker, microphone = self._streams.speaker, self._streams.microphone
        try:
            canceller = EchoCanceller(webrtc_processor())
        except (ImportError, OSError, RuntimeError) as error:
            log.warning("echo cancellation is not available: %s", error)
            microphone.filter = speaker.on_output = self.echo_canceller = None
            return False
        speaker.on_output = canceller.reference
        microphone.filter = canceller.process
        self.echo_canceller = canceller
        return True

    def release(self) -> None:
        """Before libDestroy: streams closed, then the bridge ports dropped (the phone stopped every transmit)."""
        self.test.cancel("stopped")
        with self._lock:  # after a wake's thread, which then finds nothing to open
            for stream in (self._streams.microphone, self._streams.speaker, self._streams.ringer):
                stream.stop()
            self._streams.asleep = self._streams.waking = False
        self.echo_canceller = None
        self.port = None
        self.ringer_port = None

    def _report(self, null_device: bool, description: str, reason: str) -> AudioDeviceStatus:
        streams = self._streams
        names = ("", "", "") if null_device else (
            streams.microphone.device_name, streams.speaker.device_name,
            streams.ringer.device_name if streams.ringer.open else "")
        self.status = AudioDeviceStatus(null_device, description, reason, *names)
        log.info("sound: %s", description)
        self._emit(self.status)
        return self.status


def default_choice() -> DeviceChoice:
    return DeviceChoice(SYSTEM_DEFAULT, SYSTEM_DEFAULT, "")
