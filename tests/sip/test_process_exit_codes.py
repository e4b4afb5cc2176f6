"""Both processes exit 0: the app side (in a driver process) and the simulated debtor, also when closed mid-call."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.telephony.events import CallState, IncomingCall
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from tests.sip.conftest import EventLog, pump_until

pytestmark = pytest.mark.sip

ROOT = Path(__file__).resolve().parents[2]


def _driver(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sip.call_driver", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_call_hang_up_and_both_processes_exit_0(sim_line: SimulatedDebtorLine) -> None:
    driver = _driver("hangup", sim_line.uri)
    out, err = driver.communicate(timeout=60)
    assert driver.returncode == 0, err
    assert "STATE confirmed 200" in out and "STATE disconnected" in out
    assert out.rstrip().endswith("SHUTDOWN")
    assert all(line.startswith(("STATE ", "SHUTDOWN")) for line in out.splitlines()), "pjsip must not print to stdout"
    sim_line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)
    assert sim_line.stop() == 0


def test_closing_the_app_mid_call_exits_0_and_the_debtor_gets_a_bye(sim_line: SimulatedDebtorLine) -> None:
    driver = _driver("mid-call", sim_line.uri)
    out, err = driver.communicate(timeout=60)
    assert driver.returncode == 0, err
    assert "STATE confirmed 200" in out
    sim_line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)
    assert sim_line.stop() == 0


def test_stopping_the_debtor_mid_call_exits_0_and_ends_the_call(sim_line: SimulatedDebtorLine) -> None:
    driver = _driver("wait-remote-hangup", sim_line.uri)
    sim_line.wait_for_line(r"^CONFIRMED call=1$", 15)
    assert sim_line.stop() == 0
    out, err = driver.communicate(timeout=60)
    assert driver.returncode == 0, err
    assert "STATE disconnected" in out
    assert any(line.startswith("DISCONNECTED call=1 by=local") for line in sim_line.lines())


def test_incoming_call_carries_sanitised_caller_id_and_can_be_answered(phone: Pjsua2Phone, event_log: EventLog) -> None:
    driver = _driver("wait-remote-hangup", phone.local_uri(), "13812345678", "张伟 Zhang Wei")
    try:
        pump_until(phone, lambda: bool(event_log.of_type(IncomingCall)))
        [incoming] = event_log.of_type(IncomingCall)
        assert incoming.caller_number == "13812345678"
        assert incoming.display_name == "张伟 Zhang Wei"
        pump_until(phone, event_log.reached(incoming.call_key, CallState.EARLY))  # we sent 180 Ringing
        phone.answer(incoming.call_key)
        pump_until(phone, event_log.reached(incoming.call_key, CallState.CONFIRMED))
        phone.hangup(incoming.call_key)
        pump_until(phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    finally:
        out, err = driver.communicate(timeout=60)
    assert driver.returncode == 0, err
    assert event_log.states(incoming.call_key)[0] is CallState.INCOMING
