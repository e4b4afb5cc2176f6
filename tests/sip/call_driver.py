"""The app's phone in a process of its own, for exit-code tests: ``python -m tests.sip.call_driver MODE TARGET``.

Modes:
  hangup     call TARGET, wait for CONFIRMED, hang up, wait for DISCONNECTED, shut down
  mid-call   call TARGET, wait for CONFIRMED, then shut down without hanging up first (closing the app mid-call)
Prints one line per call state (e.g. ``STATE confirmed``); exits 0 on success, 3 if a state never came.
"""

import sys
import time
from collections.abc import Callable

from app.telephony.events import CallState, CallStateChanged, TelephonyEvent
from app.telephony.pjsua2_adapter import Pjsua2Phone

TIMEOUT_S = 15.0


def main(mode: str, target: str, user: str = "agent", display_name: str = "Driver") -> int:
    states: list[CallState] = []

    def on_event(event: TelephonyEvent) -> None:
        if isinstance(event, CallStateChanged):
            states.append(event.state)
            print(f"STATE {event.state.value} {event.sip_code}", flush=True)

    phone = Pjsua2Phone(user=user, display_name=display_name, force_null_audio=True)
    phone.add_listener(on_event)
    phone.start()
    call_key = phone.make_call(target)
    if not _pump_until(phone, lambda: CallState.CONFIRMED in states or CallState.DISCONNECTED in states):
        return 3
    if mode == "hangup":
        phone.hangup(call_key)
        if not _pump_until(phone, lambda: CallState.DISCONNECTED in states):
            return 3
    elif mode == "wait-remote-hangup":
        if not _pump_until(phone, lambda: CallState.DISCONNECTED in states):
            return 3
    phone.shutdown()
    print("SHUTDOWN", flush=True)
    return 0 if CallState.CONFIRMED in states else 3


def _pump_until(phone: Pjsua2Phone, condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        phone.pump()
        time.sleep(0.005)
    return True


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
