"""The echo canceller starts afresh once streams that opened again run steadily (no sound card: streams open in
name only, their callbacks' times set by the test). Streams just opened over the ALSA pulse plugin run a moment,
pause, then catch up; a canceller that learned the echo's delay before or during that kept missing it."""

from typing import Any

import pytest

from app.telephony import pjsua2_headset
from app.telephony.pjsua2_headset import STEADY_AFTER_OPEN_SECONDS, STEADY_FOR_SECONDS, DeviceChoice, Headset


class Processor:
    def process(self, near: Any, far: Any) -> Any:
        return near


@pytest.fixture
def headset(monkeypatch: pytest.MonkeyPatch) -> Headset:
    monkeypatch.setattr(pjsua2_headset, "webrtc_processor", Processor)
    phone_headset = Headset(lambda status: None)
    phone_headset.choice = DeviceChoice("Built-in Microphone", "Built-in Speakers", "")
    phone_headset.set_echo_cancellation("on")
    for stream in (phone_headset._streams.microphone, phone_headset._streams.speaker):
        stream._stream = object()  # open in name only
    return phone_headset


def opened_at(headset: Headset, moment: float) -> None:
    """What a successful (re)open leaves (``_open_streams``), the canceller having cleaned a block meanwhile."""
    streams = headset._streams
    streams.opened_at, streams.steady_since, streams.canceller_settled = moment, None, False
    assert headset.echo_canceller is not None
    headset.echo_canceller.blocks = 1


def called_back(headset: Headset, moment: float) -> None:
    headset._streams.microphone.last_callback = headset._streams.speaker.last_callback = moment


def test_a_fresh_canceller_once_the_reopened_streams_ran_steadily_and_only_once(headset: Headset) -> None:
    first = headset.echo_canceller
    opened_at(headset, 100.0)
    called_back(headset, 100.05)
    headset._settle_echo_canceller(100.1)  # running, but just opened
    headset._settle_echo_canceller(100.9)  # the pause after the open: no callback since 100.05
    assert headset.echo_canceller is first
    steady_from = 101.5  # caught up
    moment = steady_from
    while moment < steady_from + STEADY_FOR_SECONDS - 0.05:
        called_back(headset, moment)
        headset._settle_echo_canceller(moment)
        moment += 0.02
    assert headset.echo_canceller is first, "steady for less than STEADY_FOR_SECONDS"
    called_back(headset, steady_from + STEADY_FOR_SECONDS)
    headset._settle_echo_canceller(steady_from + STEADY_FOR_SECONDS)
    second = headset.echo_canceller
    assert second is not None and second is not first
    assert headset._streams.speaker.on_output == second.reference and headset._streams.microphone.filter == second.process
    called_back(headset, 110.0)
    headset._settle_echo_canceller(110.0)
    assert headset.echo_canceller is second, "one fresh start per open"
    assert STEADY_AFTER_OPEN_SECONDS + STEADY_FOR_SECONDS <= 2.0, "the canceller is settled early in a call"


def test_a_canceller_that_has_cleaned_nothing_yet_is_kept(headset: Headset) -> None:
    first = headset.echo_canceller
    opened_at(headset, 0.0)
    assert first is not None
    first.blocks = 0
    called_back(headset, 5.0)
    headset._settle_echo_canceller(5.0)
    called_back(headset, 5.6)
    headset._settle_echo_canceller(5.6)
    assert headset.echo_canceller is first and headset._streams.canceller_settled


def test_no_canceller_no_change(headset: Headset) -> None:
    headset.set_echo_cancellation("off")
    headset._streams.opened_at, headset._streams.canceller_settled = 0.0, False
    called_back(headset, 5.0)
    headset._settle_echo_canceller(5.0)
    called_back(headset, 5.6)
    headset._settle_echo_canceller(5.6)
    assert headset.echo_canceller is None
