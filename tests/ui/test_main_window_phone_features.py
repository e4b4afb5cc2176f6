"""The window's phone panel drives the call features end to end on the fake phone: keypad, transfer, waiting
calls and the recent-calls list, each reaching the services and coming back on screen."""

import array
import wave
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.call_views import RecentCallView
from app.domain.debtors import ContactHistoryEntry
from app.scripts.loader import load_library
from app.services.call_controls import CallControls
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.recent_calls import RecentCalls
from app.services.recording_playback import RecordingPlayback
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


class _RecentSource:
    def __init__(self) -> None:
        self.calls: list[RecentCallView] = []

    def recent_calls(self, agent_login: str, limit: int = 20) -> list[RecentCallView]:
        return list(self.calls)


@pytest.fixture
def desk(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    router = DialRouter()
    session = CallSession(phone=phone, call_log=call_log, router=router, scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en",
                          identify_caller=lambda n: directory.records[2] if n.endswith("2222") else None)
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log)
    for signal, slot in ((bridge.call_state_changed, session.on_call_state), (bridge.dtmf_sent, session.on_dtmf),
                         (bridge.incoming_call, session.on_incoming_call),
                         (bridge.media_state_changed, session.on_media_state),
                         (bridge.call_state_changed, controls.on_call_state),
                         (bridge.transfer_status, controls.on_transfer_status)):
        signal.connect(slot)
    source = _RecentSource()
    recent = RecentCalls(source, "agent")
    window = MainWindow(directory=directory, session=session, language="en", controls=controls,
                        recent_calls=recent)
    qtbot.addWidget(window)
    window.load()
    window.show()
    bridge.start()
    yield window, phone, call_log, session, recent, source
    bridge.shutdown()


def _in_call(qtbot, window: MainWindow, phone: FakePhone, session: CallSession) -> str:
    window.show_debtor(1)
    window.softphone.call_button.click()
    (key,) = phone.calls
    phone.remote_answers(key)
    qtbot.waitUntil(lambda: window.softphone.hold_button.isEnabled())
    return key


def test_keypad_digits_reach_the_call_and_only_their_count_is_logged(qtbot, desk) -> None:
    window, phone, call_log, session, *_ = desk
    _in_call(qtbot, window, phone, session)
    window.softphone.dtmf_requested.emit("5")
    qtbot.waitUntil(lambda: any(kind == "dtmf" for kind, _ in call_log.events[1]))
    assert [p for k, p in call_log.events[1] if k == "dtmf"] == [{"direction": "sent", "keys": 1, "method": "rfc2833"}]


def test_a_blind_transfer_from_the_dialog_ends_the_call_and_asks_the_outcome(qtbot, desk) -> None:
    window, phone, call_log, session, *_ = desk
    _in_call(qtbot, window, phone, session)
    window.softphone.blind_transfer_requested.emit("sip:team@127.0.0.1:5080")
    qtbot.waitUntil(lambda: session.awaiting_outcome)
    assert ("transfer_requested", {"mode": "blind", "target": "sip:team@127.0.0.1:5080"}) in call_log.events[1]


def test_a_second_caller_waits_in_the_list_and_can_be_rejected(qtbot, desk) -> None:
    window, phone, call_log, session, *_ = desk
    _in_call(qtbot, window, phone, session)
    waiting_key = phone.remote_calls_in("+8613911112222")
    qtbot.waitUntil(lambda: window.softphone.waiting_list.model.rowCount() == 1)
    window.softphone.waiting_call_reject_requested.emit(waiting_key)
    qtbot.waitUntil(lambda: window.softphone.waiting_list.model.rowCount() == 0)
    assert call_log.calls[2]["outcome"] == "busy"


def test_recent_calls_show_and_open_the_debtor(qtbot, desk) -> None:
    window, _phone, _log, _session, recent, source = desk
    source.calls = [RecentCallView(7, datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc), "outbound",
                                   "+8613911112222", 2, "Emily Carter", 95, "rpc_ptp")]
    recent.refresh()
    assert window.softphone.recent_list.model.rowCount() == 1
    window.softphone.recent_call_chosen.emit(2)
    assert window.record_view.record is not None and window.record_view.record.debtor_id == 2


def test_the_play_button_opens_one_player_at_a_time_for_a_role_that_may_play(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    wav_path = tmp_path / "c1.wav"
    with wave.open(str(wav_path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(array.array("h", [0] * 8000).tobytes())
    history = tuple(ContactHistoryEntry(call_id, datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc), "outbound",
                                        "+8613812345678", "李娜", 1, "rpc_refusal", None, str(wav_path))
                    for call_id in (1, 2))
    directory = FakeDirectory([replace(sample_record(1), contact_history=history)])
    call_log = FakeCallLog(directory)
    for _ in history:
        call_log.start_call(call_uuid="c", direction="outbound", number="+8613812345678", agent_login="lina",
                            debtor_id=1, script_id=None, script_version=None)
    phone = FakePhone()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("qa", "质检"), language="en")
    playback = RecordingPlayback(phone=phone, call_log=call_log, agent_login="qa", role="qa")
    window = MainWindow(directory=directory, session=session, language="en", role="qa", playback=playback)
    qtbot.addWidget(window)
    window.show_debtor(1)
    window.record_view.play_recording_requested.emit(1)
    first = window.players.dialog
    assert first is not None and first.isVisible()
    window.record_view.play_recording_requested.emit(2)
    assert window.players.dialog is not first and not first.isVisible()
    assert [kind for kind, _ in call_log.events[1]] + [kind for kind, _ in call_log.events[2]] == [
        "recording_played", "recording_played"]
