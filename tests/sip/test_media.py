"""Media over 127.0.0.1: recordings of the simulated debtor's prompt, pause/resume, quality samples, tones, and
quitting with everything live. Recordings go to pytest's tmp_path, never into the repository.

Pause behaviour (chosen and documented in app/telephony/pjsua2_recording.py): a paused recorder gets no audio, so
the file is SHORTER by the paused time; nothing of what was said meanwhile is written.
"""

import array
import hashlib
import itertools
import math
import os
import re
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Call
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import (
    AudioDeviceStatus,
    CallQualitySample,
    CallQualitySummary,
    CallState,
    CallStateChanged,
    IncomingCall,
    RecordingState,
    RecordingStateChanged,
    TelephonyError,
)
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingSettings
from app.telephony.sim_line import SimulatedDebtorLine
from tests.db.helpers import migrated_sqlite
from tests.script_answers import right_party_answer
from tests.sip.conftest import EventLog, pump_until

pytestmark = pytest.mark.sip

ROOT = Path(__file__).resolve().parents[2]
SPEECH_RMS = 300  # the prompt is normalised to -3 dBFS: its speech is around 2000-3500; silence is 0
DURATION_TOLERANCE_S = 0.5


def wav_rms(path: Path, start_s: float = 0.0, end_s: float | None = None) -> float:
    """RMS of 16-bit mono samples between two times, with the standard library only."""
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        rate = wav.getframerate()
        wav.setpos(int(start_s * rate))
        count = wav.getnframes() - int(start_s * rate) if end_s is None else int((end_s - start_s) * rate)
        samples = array.array("h", wav.readframes(count))
    if sys.byteorder == "big":
        samples.byteswap()
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


class Clock:
    """Monotonic times at which the phone delivered its events."""

    def __init__(self) -> None:
        self.times: list[tuple[float, object]] = []

    def __call__(self, event: object) -> None:
        self.times.append((time.monotonic(), event))

    def when(self, predicate: Callable[[object], bool]) -> float:
        return next(t for t, e in self.times if predicate(e))


@pytest.fixture
def recordings(tmp_path: Path) -> Path:
    return tmp_path / "recordings"


def _phone(event_log: EventLog, clock: Clock | None, settings: RecordingSettings | None) -> Pjsua2Phone:
    phone = Pjsua2Phone(user="agent", display_name="Test Agent", recording=settings)
    phone.add_listener(event_log)
    if clock is not None:
        phone.add_listener(clock)
    phone.start()
    return phone


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def recording_phone(event_log: EventLog, clock: Clock, recordings: Path) -> Iterator[Pjsua2Phone]:
    phone = _phone(event_log, clock, RecordingSettings.from_config("always", recordings))
    yield phone
    phone.shutdown()


def _state(call_key: str, state: CallState) -> Callable[[object], bool]:
    return lambda e: isinstance(e, CallStateChanged) and e.call_key == call_key and e.state is state


def _recording(call_key: str, state: RecordingState) -> Callable[[object], bool]:
    return lambda e: isinstance(e, RecordingStateChanged) and e.call_key == call_key and e.state is state


def _wait(phone: Pjsua2Phone, seconds: float) -> None:
    """Keep the call going (pumping, as the app's timer does) for a while."""
    deadline = time.monotonic() + seconds
    pump_until(phone, lambda: time.monotonic() >= deadline, seconds + 5)


def _stopped(event_log: EventLog, call_key: str) -> RecordingStateChanged:
    [stopped] = [e for e in event_log.of_type(RecordingStateChanged)
                 if e.call_key == call_key and e.state is RecordingState.STOPPED]
    return stopped


def test_a_call_is_recorded_from_answer_to_hang_up(
    recording_phone: Pjsua2Phone, event_log: EventLog, clock: Clock, sim_line: SimulatedDebtorLine, recordings: Path,
) -> None:
    call_key = recording_phone.make_call(sim_line.uri)
    pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
    _wait(recording_phone, 4.0)
    recording_phone.hangup(call_key)
    pump_until(recording_phone, lambda: any(_recording(call_key, RecordingState.STOPPED)(e) for e in event_log.events))

    stopped = _stopped(event_log, call_key)
    path = Path(stopped.path)
    assert re.fullmatch(rf"{re.escape(str(recordings))}/\d{{4}}/\d{{2}}/{call_key}\.wav", str(path))
    assert stopped.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    confirmed_s = clock.when(_state(call_key, CallState.DISCONNECTED)) - clock.when(_state(call_key, CallState.CONFIRMED))
    assert stopped.duration_ms is not None
    assert abs(stopped.duration_ms / 1000 - confirmed_s) <= DURATION_TOLERANCE_S, (stopped.duration_ms, confirmed_s)
    assert abs(wav_seconds(path) - stopped.duration_ms / 1000) < 0.01
    assert wav_rms(path) > SPEECH_RMS, "the debtor's prompt must be in the recording"
    assert path.stat().st_mode & 0o077 == 0, "recordings hold personal data: owner-only"
    states = [e.state for e in event_log.of_type(RecordingStateChanged) if e.call_key == call_key]
    assert states == [RecordingState.RECORDING, RecordingState.STOPPED]


def test_a_pause_leaves_the_paused_time_out_of_the_file(
    recording_phone: Pjsua2Phone, event_log: EventLog, clock: Clock, sim_line: SimulatedDebtorLine,
) -> None:
    call_key = recording_phone.make_call(sim_line.uri)
    pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
    _wait(recording_phone, 2.0)
    recording_phone.pause_recording(call_key)
    recording_phone.pause_recording(call_key)  # twice: no second event
    _wait(recording_phone, 2.5)  # "the card number is read out"
    recording_phone.resume_recording(call_key)
    _wait(recording_phone, 2.0)
    recording_phone.hangup(call_key)
    pump_until(recording_phone, lambda: any(_recording(call_key, RecordingState.STOPPED)(e) for e in event_log.events))

    states = [e.state for e in event_log.of_type(RecordingStateChanged) if e.call_key == call_key]
    assert states == [RecordingState.RECORDING, RecordingState.PAUSED, RecordingState.RECORDING, RecordingState.STOPPED]
    stopped = _stopped(event_log, call_key)
    paused_at = clock.when(_recording(call_key, RecordingState.PAUSED))
    resumed_at = next(t for t, e in clock.times if t > paused_at and _recording(call_key, RecordingState.RECORDING)(e))
    confirmed_s = clock.when(_state(call_key, CallState.DISCONNECTED)) - clock.when(_state(call_key, CallState.CONFIRMED))
    expected_s = confirmed_s - (resumed_at - paused_at)
    assert stopped.duration_ms is not None
    assert abs(stopped.duration_ms / 1000 - expected_s) <= DURATION_TOLERANCE_S, (stopped.duration_ms, expected_s)
    path = Path(stopped.path)
    assert wav_rms(path, 0, 1.9) > SPEECH_RMS and wav_rms(path, 2.1) > SPEECH_RMS  # audio on both sides of the cut


def test_on_demand_recording_starts_when_asked(
    event_log: EventLog, clock: Clock, sim_line: SimulatedDebtorLine, recordings: Path,
) -> None:
    phone = _phone(event_log, clock, RecordingSettings.from_config("on_demand", recordings))
    try:
        call_key = phone.make_call(sim_line.uri)
        pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
        _wait(phone, 1.0)
        assert not event_log.of_type(RecordingStateChanged), "on demand: nothing recorded until asked"
        phone.start_recording(call_key)
        pump_until(phone, lambda: bool(event_log.of_type(RecordingStateChanged)))
        _wait(phone, 2.0)
        phone.hangup(call_key)
        pump_until(phone, lambda: any(_recording(call_key, RecordingState.STOPPED)(e) for e in event_log.events))
    finally:
        phone.shutdown()
    stopped = _stopped(event_log, call_key)
    recorded_s = clock.when(_state(call_key, CallState.DISCONNECTED)) - clock.when(
        _recording(call_key, RecordingState.RECORDING))
    assert stopped.duration_ms is not None and abs(stopped.duration_ms / 1000 - recorded_s) <= DURATION_TOLERANCE_S
    assert wav_rms(Path(stopped.path)) > SPEECH_RMS


def test_on_demand_recording_asked_while_ringing_starts_at_the_answer(
    event_log: EventLog, recordings: Path,
) -> None:
    phone = _phone(event_log, None, RecordingSettings.from_config("on_demand", recordings))
    try:
        with SimulatedDebtorLine(answer_delay_ms=1000) as line:
            call_key = phone.make_call(line.uri)
            pump_until(phone, event_log.reached(call_key, CallState.EARLY))
            phone.start_recording(call_key)
            pump_until(phone, lambda: bool(event_log.of_type(RecordingStateChanged)))
            assert CallState.CONFIRMED in event_log.states(call_key)
            phone.hangup(call_key)
            pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
        assert line.stop() == 0
    finally:
        phone.shutdown()
    assert _stopped(event_log, call_key).duration_ms is not None


def test_recording_problems_are_reported_and_the_call_goes_on(
    event_log: EventLog, sim_line: SimulatedDebtorLine, tmp_path: Path,
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recordings folder should be")
    phone = _phone(event_log, None, RecordingSettings.from_config("always", blocked))
    try:
        call_key = phone.make_call(sim_line.uri)
        pump_until(phone, lambda: bool(event_log.of_type(TelephonyError)))
        [error] = event_log.of_type(TelephonyError)
        assert error.call_key == call_key and "cannot be recorded" in error.message and "writable" in error.message
        phone.hangup(call_key)
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
    finally:
        phone.shutdown()
    assert CallState.CONFIRMED in event_log.states(call_key)
    assert not event_log.of_type(RecordingStateChanged)

    unset = _phone(event_log, None, None)  # no recording settings at all
    try:
        call_key = unset.make_call(sim_line.uri)
        pump_until(unset, event_log.reached(call_key, CallState.CONFIRMED))
        unset.start_recording(call_key)
        pump_until(unset, lambda: any(e.call_key == call_key for e in event_log.of_type(TelephonyError)))
        assert "Recording is not set up" in event_log.of_type(TelephonyError)[-1].message
    finally:
        unset.shutdown()


def test_quality_samples_every_2_s_and_a_summary_at_the_end(
    recording_phone: Pjsua2Phone, event_log: EventLog, clock: Clock, sim_line: SimulatedDebtorLine,
) -> None:
    call_key = recording_phone.make_call(sim_line.uri)
    pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
    pump_until(recording_phone, lambda: len(event_log.of_type(CallQualitySample)) >= 3, 10)
    recording_phone.hangup(call_key)
    pump_until(recording_phone, lambda: bool(event_log.of_type(CallQualitySummary)))

    samples = [(t, e) for t, e in clock.times if isinstance(e, CallQualitySample)]
    assert all(e.call_key == call_key and e.codec and 1.0 <= e.mos <= 4.5 for _, e in samples)
    assert all(e.loss_percent == 0 and e.jitter_ms >= 0 for _, e in samples)  # loopback
    confirmed_at = clock.when(_state(call_key, CallState.CONFIRMED))
    times = [confirmed_at] + [t for t, _ in samples]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(abs(gap - 2.0) < 0.3 for gap in gaps), gaps
    [summary] = event_log.of_type(CallQualitySummary)
    assert summary.call_key == call_key and summary.summary["samples"] == len(samples)
    assert summary.summary["mos_min"] == min(e.mos for _, e in samples)
    assert summary.summary["codec"] == samples[-1][1].codec


def test_ringback_while_the_debtor_rings_and_silence_after(
    recording_phone: Pjsua2Phone, event_log: EventLog,
) -> None:
    with SimulatedDebtorLine(answer_delay_ms=1500) as line:
        call_key = recording_phone.make_call(line.uri)
        pump_until(recording_phone, lambda: recording_phone.playing_tone == "ringback")
        assert event_log.states(call_key)[-1] is CallState.EARLY
        pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
        assert recording_phone.playing_tone is None
        recording_phone.hangup(call_key)
        pump_until(recording_phone, event_log.reached(call_key, CallState.DISCONNECTED))
    assert line.stop() == 0

    with SimulatedDebtorLine(answer_delay_ms=30_000) as line:  # cancelled while ringing
        call_key = recording_phone.make_call(line.uri)
        pump_until(recording_phone, lambda: recording_phone.playing_tone == "ringback")
        recording_phone.hangup(call_key)
        pump_until(recording_phone, event_log.reached(call_key, CallState.DISCONNECTED))
        assert recording_phone.playing_tone is None
    assert line.stop() == 0


def _driver(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def test_ringtone_for_an_incoming_call_until_it_is_answered(recording_phone: Pjsua2Phone, event_log: EventLog) -> None:
    driver = _driver("tests.sip.call_driver", "wait-remote-hangup", recording_phone.local_uri(), "13812345678", "Caller")
    try:
        pump_until(recording_phone, lambda: bool(event_log.of_type(IncomingCall)))
        [incoming] = event_log.of_type(IncomingCall)
        pump_until(recording_phone, lambda: recording_phone.playing_tone == "ringtone")
        recording_phone.answer(incoming.call_key)
        pump_until(recording_phone, event_log.reached(incoming.call_key, CallState.CONFIRMED))
        assert recording_phone.playing_tone is None
        recording_phone.hangup(incoming.call_key)
        pump_until(recording_phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    finally:
        out, err = driver.communicate(timeout=60)
    assert driver.returncode == 0, err


def test_quitting_with_a_live_call_recorder_and_tone_exits_0(tmp_path: Path) -> None:
    with SimulatedDebtorLine(answer_delay_ms=200) as answering, SimulatedDebtorLine(answer_delay_ms=30_000) as ringing:
        driver = _driver("tests.sip.media_driver", str(tmp_path), answering.uri, ringing.uri)
        out, err = driver.communicate(timeout=60)
        assert driver.returncode == 0, err
        answering.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)
        ringing.wait_for_line(r"^DISCONNECTED call=1 by=remote code=487", 5)
    assert answering.stop() == 0 and ringing.stop() == 0
    lines = out.splitlines()
    assert lines[-1] == "SHUTDOWN" and "TONE ringback" in lines
    [recording] = [line.split(" ", 1)[1] for line in lines if line.startswith("RECORDING ")]
    [stopped] = [line.split() for line in lines if line.startswith("STOPPED ")]
    path = Path(recording)
    assert path.is_relative_to(tmp_path) and stopped[1] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert int(stopped[2]) >= 1000 and wav_rms(path) > SPEECH_RMS


def test_sound_devices_on_a_machine_without_a_sound_card(
    recording_phone: Pjsua2Phone, event_log: EventLog, sim_line: SimulatedDebtorLine,
) -> None:
    devices = recording_phone.sound_devices()
    assert devices[-1].null and devices[-1].capture and devices[-1].playback
    call_key = recording_phone.make_call(sim_line.uri)
    pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
    status = recording_phone.select_sound_devices("Jabra EVOLVE 20 MS", "Jabra EVOLVE 20 MS")  # mid-call
    assert status.null_device and "Jabra EVOLVE 20 MS" in status.description
    assert recording_phone.select_sound_devices(devices[-1].name, devices[-1].name).null_device
    recording_phone.pump()
    assert event_log.of_type(AudioDeviceStatus)[-2:] == [status, recording_phone.audio_status]
    _wait(recording_phone, 1.0)
    recording_phone.hangup(call_key)
    pump_until(recording_phone, lambda: any(_recording(call_key, RecordingState.STOPPED)(e) for e in event_log.events))
    assert wav_rms(Path(_stopped(event_log, call_key).path)) > SPEECH_RMS  # the call and its recording went on


def test_the_call_log_keeps_the_recording_its_pauses_and_the_quality_summary(qtbot, tmp_path: Path) -> None:
    """Phone -> bridge -> call session -> database, as the app wires them."""
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 3, seed=7)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    phone = Pjsua2Phone(force_null_audio=True,
                        recording=RecordingSettings.from_config("always", tmp_path / "recordings"))
    bridge = TelephonyBridge(phone)
    line = SimulatedDebtorLine(answer_delay_ms=200)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(demo_line=line), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en")
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.recording_state_changed.connect(session.on_recording_state)
    bridge.call_quality_summary.connect(session.on_quality_summary)
    samples: list[CallQualitySample] = []
    bridge.call_quality_sample.connect(samples.append)
    bridge.start()
    try:
        record = DebtorRepository(sessions).record(1)
        assert session.dial(record, record.phones[0].number)
        qtbot.waitUntil(lambda: session.recording_state == "recording", timeout=15000)
        qtbot.wait(2500)  # one quality sample
        session.next_stage(right_party_answer(session.current_stage.question))
        session.pause_recording()
        qtbot.waitUntil(lambda: session.recording_state == "paused", timeout=5000)
        session.next_stage(right_party_answer(session.current_stage.question))  # logged where the recording resumes
        session.resume_recording()
        qtbot.waitUntil(lambda: session.recording_state == "recording", timeout=5000)
        with qtbot.waitSignal(session.recording_changed, timeout=10000,
                              check_params_cb=lambda state: state == "stopped"):
            session.hang_up()
        qtbot.waitUntil(lambda: not session.in_call, timeout=5000)
    finally:
        bridge.shutdown()
        assert line.stop() == 0
    with sessions() as db:
        call = db.scalars(select(Call).order_by(Call.id.desc())).first()
        assert call is not None
        path = Path(call.recording_path or "")
        assert path.is_relative_to(tmp_path / "recordings") and path.is_file()
        assert call.recording_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert call.recording_duration_ms is not None and abs(call.recording_duration_ms / 1000 - wav_seconds(path)) < 0.01
        assert call.quality_summary is not None and call.quality_summary["samples"] >= 1
        assert 1.0 <= call.quality_summary["mos_min"] <= 4.5
        call_id = call.id
    events = call_log.events(call_id)
    assert [e.payload["state"] for e in events if e.kind == "recording"] == ["recording", "paused", "recording", "stopped"]
    steps = [e.payload for e in events if e.kind == "script_step_entered"]
    offsets = [step["recording_offset_ms"] for step in steps if "recording_offset_ms" in step]
    assert len(offsets) == 2 and 2000 <= offsets[0] <= offsets[1] <= offsets[0] + 300  # the pause is not counted
    assert [e.kind for e in events].count("quality_summary") == 1
    assert samples and all(isinstance(sample, CallQualitySample) for sample in samples)
    engine.dispose()
