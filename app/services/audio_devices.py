"""What the settings dialog needs from the phone to list and choose sound devices.

The pjsua2 phone and the fake phone both satisfy it; the dialog never sees the rest of the phone.
"""

from typing import Protocol, runtime_checkable

from app.telephony.events import AudioDeviceStatus, SoundDevice

__all__ = ["AudioDeviceStatus", "AudioDevices", "SoundDevice", "capture_names", "playback_names"]


@runtime_checkable
class AudioDevices(Protocol):
    def sound_devices(self) -> tuple[SoundDevice, ...]:
        """Capture and playback devices by name, the null device last."""

    def select_sound_devices(self, capture: str, playback: str) -> AudioDeviceStatus:
        """Use these devices at once; an unknown or broken one falls back to the null device."""


def capture_names(devices: tuple[SoundDevice, ...]) -> list[str]:
    return [device.name for device in devices if device.capture]


def playback_names(devices: tuple[SoundDevice, ...]) -> list[str]:
    return [device.name for device in devices if device.playback]
