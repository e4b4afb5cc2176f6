"""Resting streams open on a thread of their own when a call wakes them: the GUI thread that dials does not wait
for PortAudio (6-15 ms for the three streams here), the pump's check does not take streams still opening for lost
ones, and the headset test, which needs the streams open, waits for them (no sound card: the open is faked)."""

import threading
import time
from collections.abc import Iterator

import pytest

from app.telephony.events import AudioDeviceStatus
from app.telephony.pjsua2_headset import RESTING_DBFS, DeviceChoice, Headset


class SlowOpen:
    """``Headset._open_streams`` that waits until the test lets it finish, and says on which thread it ran."""

    def __init__(self, headset: Headset) -> None:
        self.headset = headset
        self.release = threading.Event()
        self.threads: list[str] = []

    def __call__(self, choice: DeviceChoice, quiet: bool, reason: str = "in_use",
                 report_open: bool = True) -> AudioDeviceStatus | None:
        self.threads.append(threading.current_thread().name)
        assert self.release.wait(5)
        return self.headset.status


def join_wake_thread() -> None:
    for thread in threading.enumerate():
        if thread.name == "calldesk-sound-wake":
            thread.join(5)


@pytest.fixture
def resting() -> Iterator[tuple[Headset, SlowOpen, list[AudioDeviceStatus]]]:
    reported: list[AudioDeviceStatus] = []
    headset = Headset(reported.append)
    headset.choice = DeviceChoice("System default", "System default", "")
    headset._streams.asleep = True  # closed after a quiet spell
    slow = SlowOpen(headset)
    headset._open_streams = slow  # type: ignore[method-assign]  # the test's stand-in for PortAudio
    yield headset, slow, reported
    slow.release.set()


def test_a_wake_returns_at_once_and_the_streams_open_on_their_thread(
        resting: tuple[Headset, SlowOpen, list[AudioDeviceStatus]]) -> None:
    headset, slow, reported = resting
    started = time.perf_counter()
    headset.wake()
    assert time.perf_counter() - started < 0.05
    assert not headset.asleep and headset.microphone_level() == RESTING_DBFS  # the meter does not flash "none"
    headset.wake()  # a second caller (the microphone after the speaker) does not wait either
    checked = time.perf_counter()
    headset.check()  # the pump meanwhile: nothing reported lost, no wait
    assert time.perf_counter() - checked < 0.05 and reported == []
    slow.release.set()
    join_wake_thread()
    assert slow.threads == ["calldesk-sound-wake"] and not headset._streams.waking


def test_the_headset_test_waits_for_the_streams_it_needs(
        resting: tuple[Headset, SlowOpen, list[AudioDeviceStatus]]) -> None:
    headset, slow, _reported = resting
    slow.release.set()
    headset.wake(wait=True)
    assert slow.threads == [threading.current_thread().name] and not headset._streams.waking


def test_released_while_waking_opens_nothing(resting: tuple[Headset, SlowOpen, list[AudioDeviceStatus]]) -> None:
    headset, slow, _reported = resting
    with headset._lock:  # the wake's thread waits for the lock while the phone shuts down
        headset.wake()
        headset._streams.waking = False  # what release() leaves
    slow.release.set()
    join_wake_thread()  # it found nothing to open
    assert slow.threads == []
