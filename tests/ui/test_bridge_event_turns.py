"""The window's bridge hands out one telephony event per event-loop turn, in order; shutting down hands out the
rest at once (so a call ended by quitting is still logged)."""

from PySide6.QtCore import QCoreApplication

from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone


def _bridge(seen: list[str]) -> tuple[FakePhone, TelephonyBridge]:
    phone = FakePhone()
    bridge = TelephonyBridge(phone, one_event_per_turn=True)
    bridge.audio_device_status.connect(lambda _event: seen.append("audio"))
    bridge.call_state_changed.connect(lambda event: seen.append(event.state.value))
    bridge.start()
    return phone, bridge


def test_events_from_one_pump_arrive_one_per_turn_in_order(qtbot) -> None:
    seen: list[str] = []
    phone, bridge = _bridge(seen)
    key = phone.make_call("sip:debtor@127.0.0.1:5999")
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    assert seen == []  # nothing yet: each event waits for its own turn
    QCoreApplication.processEvents()
    assert seen == ["audio"]
    qtbot.waitUntil(lambda: seen[-1:] == ["confirmed"])
    assert seen == ["audio", "calling", "early", "confirmed"]
    bridge.shutdown()


def test_shutdown_hands_out_what_is_left(qtbot) -> None:
    seen: list[str] = []
    phone, bridge = _bridge(seen)
    key = phone.make_call("sip:debtor@127.0.0.1:5999")
    phone.remote_answers(key)
    phone.remote_hangs_up(key)
    phone.pump()
    bridge.shutdown()
    assert seen == ["audio", "calling", "confirmed", "disconnected"]
