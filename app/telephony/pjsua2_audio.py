"""The agent's sound at the phone's start: the null device clocks the bridge, the headset carries the sound.

The pjsua2-python wheel has no sound device, so pjsua2 always runs on its null device (whose clock drives the
conference bridge) and the app's own headset bridge (pjsua2_headset: AudioMediaPort ⇄ rings ⇄ PortAudio) reaches
the sound card. A machine without one (CI, a server, a broken driver) still places calls: the headset's ports stay
wired and silent, and the AudioDeviceStatus says why.

The clock rests while nothing is connected: pjsua closes its null device MediaConfig.sndAutoCloseTime (1 s) after
the bridge's last connection goes, and opens it again on the next ``startTransmit`` (a call, a tone, a player, a
recorder), so an idle phone's media clock thread does not run 50 times a second. pjsua only starts that countdown
after a disconnect, so ``start_headset`` gives it one (``_let_the_clock_rest``); anything left connected between
calls (a tone generator after its tone) keeps the clock, and so the headset's streams, running.
"""

import logging
import sys

import pjsua2 as pj

from app.telephony import pjsua2_sound
from app.telephony.events import AudioDeviceStatus
from app.telephony.pjsua2_headset import NULL_DEVICE_NAME, DeviceChoice, Headset

log = logging.getLogger(__name__)

# How long a thread running Python may keep the GIL while another waits (the interpreter's default is 5 ms). The
# media clock and PortAudio's callbacks are Python (they move bytes between the rings and pjsua2/PortAudio) and
# wait for the GIL whenever the GUI thread runs Python: at 5 ms, three of them waiting in turn behind a busy GUI
# thread got it up to 15 ms late, more than the rings' margin. A shorter slice costs the busy thread a few more
# handovers, only while the audio threads are waiting.
AUDIO_SWITCH_INTERVAL_S = 0.001


def start_headset(endpoint: pj.Endpoint, headset: Headset, force_null: bool,
                  choice: DeviceChoice | None = None) -> AudioDeviceStatus:
    """After libStart: the null device for the bridge clock, the headset's ports, then its devices opened."""
    sys.setswitchinterval(AUDIO_SWITCH_INTERVAL_S)
    endpoint.audDevManager().setNullDev()
    headset.create_ports()
    pjsua2_sound.install(headset)
    _let_the_clock_rest(headset)
    if force_null:
        return headset.open(DeviceChoice(NULL_DEVICE_NAME, NULL_DEVICE_NAME, ""))
    return headset.open(choice or DeviceChoice())


def _let_the_clock_rest(headset: Headset) -> None:
    """Start pjsua's idle countdown for the null device: it runs after every disconnect, even one of ports that
    were not connected (pjsua_conf_disconnect checks the idle state whatever the bridge answered)."""
    port = headset.port
    if port is None:
        return
    try:
        port.stopTransmit(port)
    except pj.Error as error:  # "not connected": expected, the countdown has started all the same
        log.debug("idle countdown for the bridge's clock: %s", error.reason)


def use_null_device(endpoint: pj.Endpoint, description: str) -> AudioDeviceStatus:
    """The null device alone (the simulated debtor and test peers have no headset)."""
    endpoint.audDevManager().setNullDev()
    log.info("%s", description)
    return AudioDeviceStatus(null_device=True, description=description)


def stop_headset(endpoint: pj.Endpoint, headset: Headset) -> None:
    """Before libDestroy, after every call, tone and player is gone. The null device goes first: its clock thread
    calls the headset's ports 50 times a second, and one call landing while a port is being destroyed found the
    Python object half torn down (an AttributeError at shutdown, at times a crash)."""
    try:
        endpoint.audDevManager().setNoDev()
    except pj.Error as error:
        log.warning("the bridge's clock could not be stopped before its ports go: %s", error.reason)
    pjsua2_sound.install(None)
    headset.release()


def connect_to_sound_device(endpoint: pj.Endpoint, call_audio: pj.AudioMedia) -> None:
    """Both directions between a call's audio and the headset. Raises pj.Error."""
    call_audio.startTransmit(pjsua2_sound.speaker(endpoint))
    pjsua2_sound.microphone(endpoint).startTransmit(call_audio)
