"""The app's phone against an independent SIP phone: Debian's baresip on 127.0.0.1 (tests/sip/baresip_phone.py).

Both directions: the app calls baresip (which auto-answers), and baresip calls the app (which answers). baresip plays
the simulated debtor's greeting into every call; the app records each call (policy "always") and the recording
must carry that audio: its RMS is well above silence.
"""

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.telephony.events import CallState, IncomingCall, RecordingState, RecordingStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingPolicy, RecordingSettings
from tests.sip.baresip_phone import BaresipPhone, wav_rms, wav_seconds
from tests.sip.conftest import EventLog, pump_until

pytestmark = pytest.mark.sip

PROMPT = Path(__file__).resolve().parents[2] / "resources" / "prompts" / "sim_debtor_greeting.wav"
TALK_S = 2.0
SILENCE_RMS = 100.0  # of 32767: about -50 dBFS; the greeting is near 3000 and a silent call records 0


@pytest.fixture
def baresip(tmp_path: Path) -> Iterator[BaresipPhone]:
    workdir = tmp_path / "baresip"
    workdir.mkdir()
    peer = BaresipPhone(workdir, PROMPT)
    peer.start()
    yield peer
    code = peer.stop()
    assert code == 0, f"baresip exited with {code}: {peer.log_tail()}"


@pytest.fixture
def recording_phone(tmp_path: Path, event_log: EventLog) -> Iterator[Pjsua2Phone]:
    phone = Pjsua2Phone(user="agent", display_name="Test Agent",
                        recording=RecordingSettings(RecordingPolicy.ALWAYS, tmp_path / "recordings"))
    phone.add_listener(event_log)
    phone.start()
    yield phone
    phone.shutdown()


def _pump_for(phone: Pjsua2Phone, seconds: float) -> None:
    """Keep the call going (pumped, as the app's QTimer would) for ``seconds`` of audio."""
    end = time.monotonic() + seconds
    pump_until(phone, lambda: time.monotonic() >= end, timeout_s=seconds + 5)


def _closed_recording(phone: Pjsua2Phone, event_log: EventLog, call_key: str) -> RecordingStateChanged:
    def stopped() -> list[RecordingStateChanged]:
        return [e for e in event_log.of_type(RecordingStateChanged)
                if e.call_key == call_key and e.state is RecordingState.STOPPED]

    pump_until(phone, lambda: bool(stopped()), timeout_s=10)
    return stopped()[0]


def _assert_greeting_recorded(recording: RecordingStateChanged) -> None:
    path = Path(recording.path)
    assert path.is_file()
    assert recording.duration_ms is not None and recording.duration_ms >= (TALK_S - 0.5) * 1000
    assert abs(wav_seconds(path) * 1000 - recording.duration_ms) < 50
    rms = wav_rms(path)
    assert rms > SILENCE_RMS, f"the recording of the call with baresip is silent (RMS {rms:.0f})"


def test_the_app_calls_baresip_which_answers_and_its_audio_is_recorded(
    recording_phone: Pjsua2Phone, event_log: EventLog, baresip: BaresipPhone
) -> None:
    call_key = recording_phone.make_call(baresip.uri)
    pump_until(recording_phone, event_log.reached(call_key, CallState.CONFIRMED))
    pump_until(recording_phone, lambda: baresip.find_event("CALL_ESTABLISHED") is not None, timeout_s=5)
    assert baresip.find_event("CALL_ESTABLISHED")["direction"] == "incoming"
    _pump_for(recording_phone, TALK_S)

    recording_phone.hangup(call_key)
    pump_until(recording_phone, event_log.reached(call_key, CallState.DISCONNECTED))
    pump_until(recording_phone, lambda: baresip.find_event("CALL_CLOSED") is not None, timeout_s=5)
    states = event_log.states(call_key)
    assert states[0] is CallState.CALLING and CallState.CONFIRMED in states and states[-1] is CallState.DISCONNECTED
    _assert_greeting_recorded(_closed_recording(recording_phone, event_log, call_key))
    [sent] = baresip.dumps("enc")  # baresip's own dump of what it sent: the greeting, not silence
    assert wav_rms(sent) > SILENCE_RMS


def test_baresip_calls_the_app_which_answers_and_records_the_audio(
    recording_phone: Pjsua2Phone, event_log: EventLog, baresip: BaresipPhone
) -> None:
    baresip.dial(recording_phone.local_uri())
    pump_until(recording_phone, lambda: bool(event_log.of_type(IncomingCall)), timeout_s=10)
    [incoming] = event_log.of_type(IncomingCall)
    assert incoming.caller_number == "peer"
    pump_until(recording_phone, lambda: baresip.find_event("CALL_RINGING") is not None, timeout_s=5)

    recording_phone.answer(incoming.call_key)
    pump_until(recording_phone, event_log.reached(incoming.call_key, CallState.CONFIRMED))
    pump_until(recording_phone, lambda: baresip.find_event("CALL_ESTABLISHED") is not None, timeout_s=5)
    assert baresip.find_event("CALL_ESTABLISHED")["direction"] == "outgoing"
    _pump_for(recording_phone, TALK_S)

    baresip.hangup()  # this time the far end hangs up: BYE from baresip
    pump_until(recording_phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    assert recording_phone.active_call_keys == ()
    _assert_greeting_recorded(_closed_recording(recording_phone, event_log, incoming.call_key))
