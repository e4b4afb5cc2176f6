"""The sound server killed mid-call and started again, in a process of its own.

``python -m tests.audio.sound_server_loss_driver FOLDER``: starts a private PulseAudio, the app's phone on it and a
pjsua2 debtor, makes a call, kills the sound server, starts it again, and prints one ``RESULT {json}`` line. It
runs apart from the test process because PortAudio 19.6's ALSA thread for a stream whose server died can spin on
errors until the process ends; ended with the process, it costs the rest of the suite nothing.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app.telephony.events import AudioDeviceStatus, CallState
from tests.audio.sound_calls import connected_call, pump_for, start_agent, wait_for_sound, write_wav
from tests.pulse_server import level_dbfs, private_pulse_server, strongest_frequency, tone
from tests.sip.conftest import EventLog, pump_until
from tests.sip.peer import PeerPhone


def main(folder: Path) -> dict[str, object]:
    result: dict[str, object] = {}
    events = EventLog()
    with private_pulse_server() as pulse, PeerPhone(user="debtor", auto_answer_ms=50) as debtor:
        os.environ.update(pulse.env)
        os.environ.pop("CALLDESK_NULL_AUDIO", None)
        agent = start_agent(events)
        try:
            call_key = connected_call(agent, debtor, events)
            debtor.command(f"play {write_wav(folder / 'khz.wav', tone(1000, 30, amplitude=8000))}")
            pulse.stop()
            pump_until(agent, lambda: any(s.null_device and s.reason == "lost"
                                          for s in events.of_type(AudioDeviceStatus)), timeout_s=10)
            result["lost_reported"] = True
            result["silent_after_loss"] = agent.using_null_audio
            result["call_after_loss"] = str(events.last_state(call_key).state)  # type: ignore[union-attr]  # answered above
            pulse.start()
            reported = len(events.of_type(AudioDeviceStatus))
            pump_until(agent, lambda: any(not s.null_device for s in events.of_type(AudioDeviceStatus)[reported:]),
                       timeout_s=15)
            result["back_reported"] = True
            result["silent_when_back"] = agent.using_null_audio
            wait_for_sound(agent)
            pump_for(agent, 2.0)  # the rings settle after the burst the bridge wrote while the streams were away
            with pulse.listen("agent_speaker") as heard:
                pump_for(agent, 1.5)
            result["heard_dbfs"] = level_dbfs(heard[0])
            result["heard_hz"] = strongest_frequency(heard[0])
            result["rings"] = {role: counts.describe() for role, counts in agent._media.headset.counts().items()}
            result["call_at_end"] = str(events.last_state(call_key).state)  # type: ignore[union-attr]  # answered above
            result["confirmed"] = str(CallState.CONFIRMED)
        finally:
            agent.shutdown()
    return result


if __name__ == "__main__":
    outcome = main(Path(sys.argv[1]))
    print("RESULT " + json.dumps(outcome), flush=True)
    os._exit(0)  # a spinning PortAudio thread must not hold the exit
