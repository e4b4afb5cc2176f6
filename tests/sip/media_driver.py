"""The app's phone quitting with media still live, in a process of its own (exit-code test):
``python -m tests.sip.media_driver RECORDINGS_DIR ANSWERING_TARGET RINGING_TARGET``

Calls ANSWERING_TARGET (recorded from the answer: policy "always"), then RINGING_TARGET (which keeps ringing, so
the ringback tone generator is playing), then calls ``shutdown()`` with both calls, the recorder and the tone
live. Prints ``RECORDING path``, ``TONE ringback``, ``STOPPED sha256 duration_ms`` and ``SHUTDOWN``; exits 0 on
success, 3 if a step never happened.
"""

import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.telephony.events import CallState, CallStateChanged, RecordingState, RecordingStateChanged, TelephonyEvent
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingSettings

TIMEOUT_S = 15.0


def main(recordings_dir: str, answering: str, ringing: str) -> int:
    events: list[TelephonyEvent] = []

    def on_event(event: TelephonyEvent) -> None:
        events.append(event)
        if isinstance(event, RecordingStateChanged):
            if event.state is RecordingState.STOPPED:
                print(f"STOPPED {event.sha256} {event.duration_ms}", flush=True)
            else:
                print(f"{event.state.name} {event.path}", flush=True)

    def reached(call_key: str, state: CallState) -> Callable[[], bool]:
        return lambda: any(isinstance(e, CallStateChanged) and e.call_key == call_key and e.state is state
                           for e in events)

    settings = RecordingSettings.from_config("always", Path(recordings_dir))
    phone = Pjsua2Phone(user="agent", display_name="Media driver", force_null_audio=True, recording=settings)
    phone.add_listener(on_event)
    phone.start()
    answered = phone.make_call(answering)
    if not _pump_until(phone, lambda: any(isinstance(e, RecordingStateChanged) for e in events)):
        return 3
    phone.make_call(ringing)
    if not _pump_until(phone, lambda: phone.playing_tone == "ringback"):
        return 3
    print("TONE ringback", flush=True)
    talk_until = time.monotonic() + 1.5  # some of the debtor's prompt in the recording
    _pump_until(phone, lambda: time.monotonic() > talk_until)
    if not reached(answered, CallState.CONFIRMED)() or phone.playing_tone != "ringback":
        return 3
    phone.shutdown()
    print("SHUTDOWN", flush=True)
    return 0


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
