"""What the settings dialog needs from the phone to list and choose sound devices and to test the headset.

The pjsua2 phone and the fake phone both satisfy it; the dialog never sees the rest of the phone.
"""

from typing import Protocol, runtime_checkable

from app.telephony.events import AudioDeviceStatus, HeadsetTestState, SoundDevice

__all__ = ["AudioDeviceStatus", "AudioDevices", "HeadsetTestState", "SoundDevice", "capture_names",
           "playback_names"]


@runtime_checkable
class AudioDevices(Protocol):
    def sound_devices(self) -> tuple[SoundDevice, ...]:
        """Capture and playback devices by name, the null device last (read again at each call: hot-plug)."""

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        """Use these devices at once (``ringer`` "" = the speaker); an unknown or broken one falls back to the null
        device."""

    def set_echo_cancellation(self, mode: str) -> None:
        """"auto" (on for built-in speaker and microphone, off for headsets), "on" or "off"; at once, also mid-call."""

    def microphone_level(self) -> float | None:
        """dBFS of the microphone's loudest recent sample; -inf while the sound rests; None without a microphone."""

    def test_microphone(self, microphone: str, speaker: str) -> HeadsetTestState:
        """Record ~3 s, hear it back after a second (not during a call, only on the devices in use)."""

    def test_speaker(self, speaker: str) -> HeadsetTestState:
        """A short tone on the speaker."""

    def headset_test_state(self) -> HeadsetTestState: ...


def capture_names(devices: tuple[SoundDevice, ...]) -> list[str]:
    return [device.name for device in devices if device.capture]


def playback_names(devices: tuple[SoundDevice, ...]) -> list[str]:
    return [device.name for device in devices if device.playback]
