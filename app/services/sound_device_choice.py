"""The sound devices saved in calldesk.toml ([audio] capture/playback/ringer), chosen again when the phone starts.

A saved device that is gone (a headset unplugged since) must not stop the start: the phone falls back to the null
device and queues an AudioDeviceStatus that says so, which the window shows; the agent picks another in Settings.
"""

import logging
import os
from collections.abc import Mapping

from app.config import Settings
from app.services.audio_devices import AudioDevices, AudioDeviceStatus, SoundDevice

log = logging.getLogger(__name__)

NULL_AUDIO_ENV = "CALLDESK_NULL_AUDIO"  # the pjsua2 phone's own switch (app.telephony.pjsua2_adapter)


def saved_sound_devices(settings: Settings) -> tuple[str, str] | None:
    """(capture, playback) from the [audio] table, or None when neither is set (the system default)."""
    if not settings.audio_capture and not settings.audio_playback:
        return None
    return settings.audio_capture, settings.audio_playback


def apply_sound_devices(phone: AudioDevices, settings: Settings,
                        environ: Mapping[str, str] = os.environ) -> AudioDeviceStatus | None:
    """Ask the started phone for the saved devices; None when there is nothing to choose.

    A side left empty gets the phone's first device of that kind, which is the one pjsua2 opens by default.
    CALLDESK_NULL_AUDIO=1 (CI, a headless box) keeps the null device the phone started with.
    """
    saved = saved_sound_devices(settings)
    ringer = settings.audio_ringer
    if saved is None and not ringer:
        return None
    if environ.get(NULL_AUDIO_ENV, "") not in ("", "0"):
        log.info("saved sound devices not used: %s is set", NULL_AUDIO_ENV)
        return None
    capture, playback = saved or ("", "")
    if not capture or not playback:
        devices = phone.sound_devices()
        capture = capture or _first(devices, capture=True)
        playback = playback or _first(devices, capture=False)
    status = phone.select_sound_devices(capture, playback, ringer)
    if status.null_device:
        log.warning("saved sound devices not usable (microphone %r, speaker %r): %s", capture, playback,
                    status.description)
    return status


def _first(devices: tuple[SoundDevice, ...], *, capture: bool) -> str:
    """The first real device that can capture (or play); the null device when there is none."""
    kind = [device for device in devices if (device.capture if capture else device.playback)]
    real = [device for device in kind if not device.null]
    return (real or kind)[0].name if kind else ""
