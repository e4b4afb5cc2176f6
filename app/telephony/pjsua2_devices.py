"""Sound devices by name: list what pjsua2 sees (plus the null device) and switch to the agent's choice.

Names, not numbers, are what the settings keep: device numbers change when a headset is plugged in. A name that is
not there any more, or a device that fails to open, falls back to the null device with an AudioDeviceStatus that
says so (the call still connects; the agent is told why it is silent). The default choice at start-up stays in
pjsua2_audio (``choose_sound_device``).
"""

import logging

import pjsua2 as pj

from app.telephony.events import AudioDeviceStatus, SoundDevice
from app.telephony.pjsua2_audio import use_null_device

log = logging.getLogger(__name__)

NULL_DEVICE_NAME = "No sound device (null)"


def list_sound_devices(endpoint: pj.Endpoint) -> tuple[SoundDevice, ...]:
    """Every device with its capture/playback ability, the null device last (always there)."""
    devices = [SoundDevice(name, capture, playback) for _, name, capture, playback in _enumerate(endpoint)]
    return (*devices, SoundDevice(NULL_DEVICE_NAME, capture=True, playback=True, null=True))


def select_sound_devices(endpoint: pj.Endpoint, capture: str, playback: str) -> AudioDeviceStatus:
    """Open the named devices now; unknown or failing ones give the null device and a status saying why."""
    capture, playback = capture.strip(), playback.strip()
    if NULL_DEVICE_NAME in (capture, playback):  # pjsua2 has no half-null mode: both sides go silent
        return use_null_device(endpoint, "Null audio device (chosen in the settings): calls are silent.")
    devices = _enumerate(endpoint)
    capture_id = _find(devices, capture, want_capture=True)
    playback_id = _find(devices, playback, want_capture=False)
    if capture_id is None or playback_id is None:
        missing = [f"{kind} '{name}'" for kind, name, found in (("microphone", capture, capture_id),
                                                               ("speaker", playback, playback_id)) if found is None]
        available = ", ".join(name for _, name, _, _ in devices) or "none"
        return use_null_device(endpoint, f"Sound device not found: {' and '.join(missing)} (available: {available}). "
                                         "Calls are silent: pick a device in the settings.")
    manager = endpoint.audDevManager()
    try:
        manager.setCaptureDev(capture_id)
        manager.setPlaybackDev(playback_id)
    except pj.Error as error:
        return use_null_device(endpoint, f"The sound device could not be opened ({error.reason}): calls are silent. "
                                         "Check the headset is plugged in, or pick another device.")
    log.info("sound devices: microphone %s, speaker %s", capture, playback)
    return AudioDeviceStatus(null_device=False, description=f"Microphone: {capture}; speaker: {playback}")


def _enumerate(endpoint: pj.Endpoint) -> list[tuple[int, str, bool, bool]]:
    """(device id, name, can capture, can play) for every device pjsua2 reports."""
    try:
        infos = endpoint.audDevManager().enumDev2()
    except pj.Error as error:
        log.warning("cannot list sound devices: %s", error.reason)
        return []
    return [(index, info.name, info.inputCount > 0, info.outputCount > 0) for index, info in enumerate(infos)]


def _find(devices: list[tuple[int, str, bool, bool]], name: str, want_capture: bool) -> int | None:
    """Exact name first, then ignoring case; the device must be able to capture (or play)."""
    usable = [(dev_id, dev_name) for dev_id, dev_name, can_capture, can_play in devices
              if (can_capture if want_capture else can_play)]
    for matches in (lambda n: n == name, lambda n: n.casefold() == name.casefold()):
        for dev_id, dev_name in usable:
            if matches(dev_name):
                return dev_id
    return None
