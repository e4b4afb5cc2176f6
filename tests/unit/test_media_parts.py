"""Media parts without a network: recording settings and timeline, tone choice, device choice by name, quality
sampling from stand-in statistics, WAV checks, the call log's recording columns, the fake phone's recordings."""

import hashlib
import struct
import wave
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pjsua2 as pj
import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.engine import session_factory
from app.db.models import Call
from app.services.call_media_log import CallMediaLog
from app.telephony.events import CallQualitySample, CallQualitySummary, CallState, RecordingState, RecordingStateChanged
from app.telephony.fake_phone import FakePhone
from app.telephony.pjsua2_quality import QualityMonitor
from app.telephony.pjsua2_recording import file_sha256, wav_duration_ms, wav_header_complete
from app.telephony.pjsua2_tones import RingingCalls, Tone
from app.telephony.recording_policy import RecordingPolicy, RecordingSettings, RecordingTimeline
from tests.db.helpers import migrated_sqlite

# -- recording settings and timeline ---------------------------------------------------------------------------


def test_recording_path_is_year_month_and_call_key(tmp_path: Path) -> None:
    settings = RecordingSettings.from_config(" Always ", tmp_path)
    when = datetime(2026, 3, 9, 23, 30, tzinfo=timezone.utc)
    assert settings.policy is RecordingPolicy.ALWAYS
    assert settings.path_for("ab12cd", when) == tmp_path / "2026" / "03" / "ab12cd.wav"


@pytest.mark.parametrize("call_key", ["", "../x", "a/b", "a b"])
def test_a_call_key_cannot_escape_the_recordings_folder(tmp_path: Path, call_key: str) -> None:
    with pytest.raises(ValueError, match="call key"):
        RecordingSettings.from_config("on_demand", tmp_path).path_for(call_key)


def test_an_unknown_policy_says_what_to_write(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r'Unknown recording policy "sometimes".*"always" or "on_demand"'):
        RecordingSettings.from_config("sometimes", tmp_path)


def test_the_timeline_counts_recorded_time_only() -> None:
    now = [100.0]
    timeline = RecordingTimeline(lambda: now[0])
    assert timeline.offset_ms() is None
    timeline.recording()
    now[0] += 2.0
    timeline.paused()
    now[0] += 5.0  # paused: not in the file
    assert timeline.offset_ms() == 2000
    timeline.recording()
    now[0] += 0.5
    assert timeline.offset_ms() == 2500


# -- which tone plays ------------------------------------------------------------------------------------------


def test_ringback_only_while_our_call_rings_without_early_media() -> None:
    calls = RingingCalls()
    calls.state("out", CallState.CALLING)
    assert calls.wanted_tone() is None
    calls.state("out", CallState.EARLY)
    assert calls.wanted_tone() is Tone.RINGBACK
    calls.state("out", CallState.CONFIRMED)
    assert calls.wanted_tone() is None

    calls.state("early-media", CallState.EARLY)
    calls.media("early-media", audio_active=True)  # 183 with SDP: the far end plays its own ringback
    calls.state("out", CallState.DISCONNECTED)
    assert calls.wanted_tone() is None


def test_ringtone_for_an_incoming_call_and_a_beep_while_talking() -> None:
    calls = RingingCalls()
    calls.incoming("in")
    calls.state("in", CallState.EARLY)
    assert calls.wanted_tone() is Tone.RINGTONE
    calls.state("talking", CallState.CONFIRMED)
    assert calls.wanted_tone() is Tone.CALL_WAITING
    calls.state("in", CallState.DISCONNECTED)  # rejected or cancelled
    assert calls.wanted_tone() is None


# -- sound devices by name -------------------------------------------------------------------------------------


class _Info:
    def __init__(self, name: str, inputs: int, outputs: int) -> None:
        self.name, self.inputCount, self.outputCount = name, inputs, outputs


# -- quality samples from stand-in statistics ------------------------------------------------------------------


class _Stat:
    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


def _stream_stat(pkt: int, loss: int, rtt_us: int | None, jitter_us: int) -> _Stat:
    rtt = _Stat(n=0 if rtt_us is None else 3, last=rtt_us or 0)
    rx = _Stat(pkt=pkt, loss=loss, jitterUsec=_Stat(n=5, last=jitter_us))
    return _Stat(rtcp=_Stat(rttUsec=rtt, rxStat=rx), jbuf=_Stat(avgDelayMsec=40))


class _Call:
    def __init__(self) -> None:
        self.stats: list[_Stat] = []

    def getStreamInfo(self, index: int) -> _Stat:
        return _Stat(codecName="PCMU", codecClockRate=8000)

    def getStreamStat(self, index: int) -> _Stat:
        return self.stats.pop(0)


def test_quality_every_interval_with_the_loss_of_that_interval_and_a_summary() -> None:
    events: list[object] = []
    monitor = QualityMonitor(events.append, interval_s=2.0)
    monitor.call_connected("k", 0, now=0.0)
    call = _Call()
    call.stats = [_stream_stat(100, 0, None, 500), _stream_stat(180, 20, 80_000, 4000)]
    assert monitor.due(1.9) == []
    for now in (2.0, 4.0):
        assert monitor.due(now) == ["k"]
        monitor.sample("k", call, now)  # a test double in place of the real pj.Call (pjsua2 is untyped)
    first, second = events
    assert isinstance(first, CallQualitySample) and isinstance(second, CallQualitySample)
    assert (first.codec, first.rtt_ms, first.jitter_ms, first.loss_percent) == ("PCMU/8000", None, 0.5, 0.0)
    assert (second.rtt_ms, second.jitter_ms, second.loss_percent) == (80.0, 4.0, 20.0)  # 20 of 100 expected
    assert 1 <= second.mos < first.mos <= 4.5
    monitor.call_ended("k")
    summary = events[-1]
    assert isinstance(summary, CallQualitySummary)
    assert summary.summary["samples"] == 2 and summary.summary["loss_percent_max"] == 20.0
    assert summary.summary["mos_min"] == second.mos
    assert "sound" not in summary.summary


def test_the_summary_keeps_the_headsets_ring_counts_of_the_call() -> None:
    events: list[object] = []
    monitor = QualityMonitor(events.append, interval_s=2.0)
    monitor.call_connected("k", 0, now=0.0)
    sound: dict[str, object] = {"speaker": {"underruns": 1, "overruns": 0, "trimmed": 2, "drift_corrections": 0}}
    monitor.call_ended("k", sound)
    [summary] = events
    assert isinstance(summary, CallQualitySummary)
    assert summary.summary == {"samples": 0, "sound": sound}


def test_a_missing_stream_skips_the_sample() -> None:
    class _NoStream(_Call):
        def getStreamInfo(self, index: int) -> _Stat:
            raise pj.Error()

    events: list[object] = []
    monitor = QualityMonitor(events.append)
    monitor.call_connected("k", 0, now=0.0)
    monitor.sample("k", _NoStream(), 2.0)  # a test double in place of the real pj.Call (pjsua2 is untyped)
    assert events == [] and monitor.due(3.0) == [] and monitor.due(4.0) == ["k"]


# -- the WAV checks the recorder relies on ----------------------------------------------------------------------


def test_wav_header_completeness_duration_and_hash(tmp_path: Path) -> None:
    path = tmp_path / "call.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(b"\x01\x00" * 24000)
    assert wav_header_complete(path) and wav_duration_ms(path) == 1500
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    data = bytearray(path.read_bytes())
    data[4:8] = struct.pack("<I", 0)  # what pjmedia's writer leaves until the recorder is destroyed
    path.write_bytes(bytes(data))
    assert not wav_header_complete(path)
    assert not wav_header_complete(tmp_path / "missing.wav") and wav_duration_ms(tmp_path / "missing.wav") is None


# -- the call log: recording and quality stored with the call --------------------------------------------------


@pytest.fixture
def call_log(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    yield CallLogRepository(session_factory(engine)), engine
    engine.dispose()


def test_recording_and_quality_summary_are_stored_once(call_log) -> None:
    log, engine = call_log
    call_id = log.start_call(call_uuid="c" * 32, direction="outbound", number="+8613812345678", agent_login="li.na",
                             debtor_id=None, script_id=None, script_version=None)
    log.set_recording(call_id, "/rec/2026/11/k.wav", "a" * 64, 61_500)
    log.set_recording(call_id, "/elsewhere.wav", "b" * 64, 1)  # set once: ignored
    log.set_quality_summary(call_id, {"samples": 3, "mos_min": 4.1})
    log.set_quality_summary(call_id, {"samples": 0})
    with engine.connect() as connection:
        row = connection.execute(select(Call.recording_path, Call.recording_sha256, Call.recording_duration_ms,
                                        Call.quality_summary).where(Call.id == call_id)).one()
    assert tuple(row) == ("/rec/2026/11/k.wav", "a" * 64, 61_500, {"samples": 3, "mos_min": 4.1})
    with pytest.raises(ValueError, match="64 lowercase hex"):
        log.set_recording(call_id, "/x.wav", "not-a-hash", 1)


class _Log:
    def __init__(self) -> None:
        self.recordings: list[tuple[Any, ...]] = []
        self.summaries: list[tuple[int, dict[str, Any]]] = []

    def set_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None) -> None:
        self.recordings.append((call_id, path, sha256, duration_ms))

    def set_quality_summary(self, call_id: int, summary: dict[str, Any]) -> None:
        self.summaries.append((call_id, summary))


def test_the_media_log_writes_events_with_offsets_and_stores_the_file_after_the_call_ended() -> None:
    log, events, problems = _Log(), list[tuple[int, str, dict[str, object]]](), list[str]()
    media = CallMediaLog(log, lambda call_id, kind, payload: events.append((call_id, kind, payload)),  # type: ignore[arg-type]  # a test double in place of the real object
                         problems.append)
    media.call_started("k", 7)
    assert media.offset("k") == {} and media.state("k") is None
    media.on_recording_state(RecordingStateChanged("k", RecordingState.RECORDING, "/r/k.wav"))
    assert media.state("k") is RecordingState.RECORDING and "recording_offset_ms" in media.offset("k")
    media.on_recording_state(RecordingStateChanged("k", RecordingState.PAUSED, "/r/k.wav"))
    assert media.on_recording_state(RecordingStateChanged("k", RecordingState.STOPPED, "/r/k.wav", "f" * 64, 900))
    assert not media.on_recording_state(RecordingStateChanged("other", RecordingState.RECORDING, "/r/o.wav"))
    media.on_quality_summary(CallQualitySummary("k", {"samples": 1, "mos_min": 4.2}))
    assert [(kind, payload["state"]) for _, kind, payload in events[:3]] == [
        ("recording", "recording"), ("recording", "paused"), ("recording", "stopped")]
    assert events[2][2]["sha256"] == "f" * 64 and events[2][2]["duration_ms"] == 900
    assert events[3] == (7, "quality_summary", {"samples": 1, "mos_min": 4.2})
    assert log.recordings == [(7, "/r/k.wav", "f" * 64, 900)] and log.summaries == [(7, {"samples": 1, "mos_min": 4.2})]
    assert problems == [] and media.state("k") is None


def test_the_fake_phone_reports_recording_states_like_the_real_one() -> None:
    phone, seen = FakePhone(), list[object]()
    phone.add_listener(seen.append)
    key = phone.make_call("13812345678")
    phone.remote_answers(key)
    phone.start_recording(key)
    phone.pause_recording(key)
    phone.resume_recording(key)
    phone.hangup(key)
    phone.pump()
    states = [e.state for e in seen if isinstance(e, RecordingStateChanged)]
    assert states == [RecordingState.RECORDING, RecordingState.PAUSED, RecordingState.RECORDING, RecordingState.STOPPED]
    assert phone.sound_devices()[-1].null
    assert phone.select_sound_devices("Fake headset", "Fake headset").null_device is False


def test_ringback_also_plays_for_a_second_call_made_while_talking() -> None:
    calls = RingingCalls()
    calls.state("first", CallState.CONFIRMED)
    calls.state("consult", CallState.EARLY)
    assert calls.wanted_tone() is Tone.RINGBACK
