"""TelephonyBridge on a real Qt event loop: the phone's SIP thread wakes the bridge, events come out as signals."""

import pytest
from pytestqt.qtbot import QtBot

from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import AudioDeviceStatus, CallState, CallStateChanged, MediaStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine

TIMEOUT_MS = 15_000


def _state_is(call_key: list[str], state: CallState):
    return lambda event: isinstance(event, CallStateChanged) and event.call_key in call_key and event.state is state


@pytest.mark.sip
def test_bridge_signals_a_real_call_from_confirmed_to_disconnected(qtbot: QtBot, sim_line: SimulatedDebtorLine) -> None:
    bridge = TelephonyBridge(Pjsua2Phone())
    media: list[MediaStateChanged] = []
    bridge.media_state_changed.connect(media.append)
    try:
        with qtbot.waitSignal(bridge.audio_device_status, timeout=TIMEOUT_MS) as status:
            bridge.start()
        assert isinstance(status.args[0], AudioDeviceStatus) and status.args[0].null_device

        key: list[str] = []
        with qtbot.waitSignal(bridge.call_state_changed, timeout=TIMEOUT_MS, check_params_cb=_state_is(key, CallState.CONFIRMED)):
            key.append(bridge.port.make_call(sim_line.uri))
        qtbot.waitUntil(lambda: any(m.audio_active for m in media), timeout=TIMEOUT_MS)

        with qtbot.waitSignal(bridge.call_state_changed, timeout=TIMEOUT_MS,
                              check_params_cb=_state_is(key, CallState.DISCONNECTED)):
            bridge.port.hangup(key[0])
    finally:
        bridge.shutdown()
        bridge.shutdown()
    sim_line.wait_for_line(r"^DISCONNECTED call=1 by=remote", 5)


@pytest.mark.sip
def test_bridge_shutdown_mid_call_hangs_up(qtbot: QtBot, sim_line: SimulatedDebtorLine) -> None:
    bridge = TelephonyBridge(Pjsua2Phone())
    bridge.start()
    key: list[str] = []
    try:
        with qtbot.waitSignal(bridge.call_state_changed, timeout=TIMEOUT_MS, check_params_cb=_state_is(key, CallState.CONFIRMED)):
            key.append(bridge.port.make_call(sim_line.uri))
        ended: list[CallStateChanged] = []
        bridge.call_state_changed.connect(ended.append)
    finally:
        bridge.shutdown()
    assert [e.state for e in ended] == [CallState.DISCONNECTED]  # delivered during shutdown
    sim_line.wait_for_line(r"^DISCONNECTED call=1 by=remote", 5)


class _ExplodingPort:
    """A port whose pump fails: the bridge must report it as an error signal, not raise into Qt."""

    def __init__(self) -> None:
        self.listeners: list = []
        self.shut_down = 0

    def start(self) -> None: ...

    def shutdown(self) -> None:
        self.shut_down += 1

    def pump(self) -> None:
        raise OSError("socket gone")

    def add_listener(self, listener) -> None:
        self.listeners.append(listener)

    def set_wakeup(self, wake) -> None: ...

    busy = False


def test_pump_failure_becomes_an_error_signal(qtbot: QtBot) -> None:
    port = _ExplodingPort()
    bridge = TelephonyBridge(port)  # type: ignore[arg-type]  # a test double in place of the real object
    with qtbot.waitSignal(bridge.error, timeout=TIMEOUT_MS) as blocker:
        bridge.start()
    assert "socket gone" in blocker.args[0].message
    bridge.shutdown()
    bridge.shutdown()
    assert port.shut_down == 1
