"""Sound device choice with a stand-in device manager: a sound card is used when it opens, else the null device.

(The Linux pjsua2-python wheel has no audio backend, so the 'card opens' path cannot be run for real here.)
"""

import pjsua2 as pj
import pytest

from app.telephony.pjsua2_audio import choose_sound_device


class _Info:
    def __init__(self, name: str) -> None:
        self.name = name


class _Manager:
    def __init__(self, devices: int, open_error: str | None = None) -> None:
        self.devices = devices
        self.open_error = open_error
        self.null = False
        self.mode: int | None = None

    def getDevCount(self) -> int:
        return self.devices

    def setCaptureDev(self, dev: int) -> None: ...

    def setPlaybackDev(self, dev: int) -> None: ...

    def setSndDevMode(self, mode: int) -> None:
        self.mode = mode
        if self.open_error:
            error = pj.Error()
            error.reason = self.open_error
            raise error

    def setNullDev(self) -> None:
        self.null = True

    def getCaptureDev(self) -> int:
        return 0

    def getPlaybackDev(self) -> int:
        return 1

    def getDevInfo(self, dev: int) -> _Info:
        return _Info(["USB headset mic", "USB headset"][dev])


class _Endpoint:
    def __init__(self, manager: _Manager) -> None:
        self.manager = manager

    def audDevManager(self) -> _Manager:
        return self.manager


def test_a_working_sound_card_is_used_and_named() -> None:
    manager = _Manager(devices=2)
    status = choose_sound_device(_Endpoint(manager), force_null=False)  # type: ignore[arg-type]
    assert not status.null_device and not manager.null
    assert manager.mode == 0  # opened at start, so a broken card shows now, not mid-call
    assert "USB headset" in status.description


def test_a_card_that_fails_to_open_falls_back_to_the_null_device() -> None:
    manager = _Manager(devices=2, open_error="Unable to open sound device")
    status = choose_sound_device(_Endpoint(manager), force_null=False)  # type: ignore[arg-type]
    assert status.null_device and manager.null
    assert "Unable to open sound device" in status.description


@pytest.mark.parametrize(("devices", "force"), [(0, False), (2, True)])
def test_no_card_or_forced_gives_the_null_device(devices: int, force: bool) -> None:
    manager = _Manager(devices=devices)
    status = choose_sound_device(_Endpoint(manager), force_null=force)  # type: ignore[arg-type]
    assert status.null_device and manager.null and manager.mode is None
