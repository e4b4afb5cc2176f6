"""PortAudio lists devices once: a headset plugged back in is found only after a rescan, and a rescan may only
happen while none of our streams is open (PortAudio must be idle to start over)."""

from __future__ import annotations

from typing import Any

import pytest

from app.telephony import sound_card


class _FakePortAudio:
    """sounddevice's device list as PortAudio read it at its last start, and what is plugged in now."""

    def __init__(self, listed: list[str], plugged: list[str]) -> None:
        self.listed, self.plugged, self.restarts = listed, plugged, 0

    def query_devices(self) -> list[dict[str, Any]]:
        return [{"name": name, "max_input_channels": 1, "max_output_channels": 2} for name in self.listed]

    def _terminate(self) -> None:
        self.listed = []

    def _initialize(self) -> None:
        self.listed = list(self.plugged)
        self.restarts += 1


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> _FakePortAudio:
    portaudio = _FakePortAudio(listed=["Built-in Speakers"], plugged=["Built-in Speakers", "Jabra Evolve2 65"])
    monkeypatch.setattr(sound_card, "portaudio", lambda: portaudio)
    monkeypatch.setattr(sound_card, "_OPEN_STREAMS", set())
    monkeypatch.setattr(sound_card, "_STUCK_STREAMS", set())
    return portaudio


def test_a_headset_plugged_in_after_start_is_found_after_a_rescan(fake: _FakePortAudio) -> None:
    with pytest.raises(sound_card.SoundDeviceMissing, match="Jabra Evolve2 65"):
        sound_card._target("Jabra Evolve2 65", want_input=True)
    assert sound_card.rescan_if_missing([("Jabra Evolve2 65", False), ("Jabra Evolve2 65", True)])
    assert sound_card._target("Jabra Evolve2 65", want_input=True).portaudio_device == 1
    assert fake.restarts == 1


def test_no_rescan_when_every_device_is_listed(fake: _FakePortAudio) -> None:
    assert not sound_card.rescan_if_missing([("Built-in Speakers", False), ("", True)])
    assert fake.restarts == 0


def test_no_rescan_while_a_stream_is_open_or_stuck_closing(fake: _FakePortAudio) -> None:
    sound_card._OPEN_STREAMS.add(1)
    assert not sound_card.rescan_if_missing([("Jabra Evolve2 65", False)])
    sound_card._OPEN_STREAMS.clear()
    sound_card._STUCK_STREAMS.add(2)
    assert not sound_card.rescan_if_missing([("Jabra Evolve2 65", False)])
    assert fake.restarts == 0
