"""The phone's SIP thread: pjsua2's callbacks run on it, their work and every listener on the pumping thread, a
SIP event wakes the GUI at once (no timer), and shutting down stops the thread before the library goes."""

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services.telephony_bridge import TelephonyBridge
from app.telephony import pjsua2_sip_thread
from app.telephony.events import CallState, CallStateChanged, TelephonyEvent
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.pjsua2_sip_thread import THREAD_NAME
from app.telephony.sim_line import SimulatedDebtorLine

TIMEOUT_MS = 15_000


def _sip_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD_NAME]


@pytest.mark.sip
def test_callbacks_run_on_the_sip_thread_and_listeners_on_the_pumping_thread(
    qtbot: QtBot, sim_line: SimulatedDebtorLine, monkeypatch: pytest.MonkeyPatch
) -> None:
    callback_threads: set[str] = set()
    original = Pjsua2Phone.on_call_state

    def on_call_state(phone: Pjsua2Phone, call: Any, event: CallStateChanged) -> None:
        callback_threads.add(threading.current_thread().name)
        original(phone, call, event)

    monkeypatch.setattr(Pjsua2Phone, "on_call_state", on_call_state)
    phone = Pjsua2Phone()
    bridge = TelephonyBridge(phone)
    listener_threads: set[int] = set()
    states: list[CallState] = []

    def listen(event: TelephonyEvent) -> None:
        listener_threads.add(threading.get_ident())
        if isinstance(event, CallStateChanged):
            states.append(event.state)

    phone.add_listener(listen)
    bridge.start()
    try:
        assert len(_sip_threads()) == 1
        key = phone.make_call(sim_line.uri)
        qtbot.waitUntil(lambda: CallState.CONFIRMED in states, timeout=TIMEOUT_MS)
        phone.hangup(key)
        qtbot.waitUntil(lambda: CallState.DISCONNECTED in states, timeout=TIMEOUT_MS)
    finally:
        bridge.shutdown()
    assert THREAD_NAME in callback_threads  # the far end's answers came in on the SIP thread
    assert listener_threads == {threading.get_ident()}  # and reached the services on this (the GUI) thread only
    assert states.index(CallState.CONFIRMED) < states.index(CallState.DISCONNECTED)
    assert _sip_threads() == []  # stopped by the shutdown


@pytest.mark.sip
def test_an_incoming_call_wakes_the_gui_with_no_timer_running(qtbot: QtBot, sim_line: SimulatedDebtorLine) -> None:
    """The bridge's timer is stopped: the INVITE's events arrive through the SIP thread's wake-up alone."""
    phone = Pjsua2Phone()
    bridge = TelephonyBridge(phone)
    bridge.start()
    bridge._timer.stop()  # the timed pump taken away: only the wake-up can deliver now
    try:
        states: list[CallState] = []
        bridge.call_state_changed.connect(lambda event: states.append(event.state))
        phone.make_call(sim_line.uri)
        qtbot.waitUntil(lambda: CallState.CONFIRMED in states, timeout=TIMEOUT_MS)
        assert not bridge._timer.isActive()
    finally:
        bridge.shutdown()


@pytest.mark.sip
def test_shutdown_wakes_the_blocked_poll_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a 30 s poll, only the keep-alive datagram to its own transport can end the thread's wait in time."""
    monkeypatch.setattr(pjsua2_sip_thread, "POLL_MS", 30_000)
    phone = Pjsua2Phone()
    phone.start()
    time.sleep(0.1)  # blocked in the poll by now
    started = time.monotonic()
    phone.shutdown()
    assert time.monotonic() - started < 1.5  # STOP_WAIT_S is 2: a missed wake-up would wait (and log) 2 s
    assert _sip_threads() == []
