"""Fixtures of the real-sound tests: a private PulseAudio, the event log, and a pjsua2 debtor that answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pulse_server import PulseServer, private_pulse_server
from tests.sip.conftest import EventLog
from tests.sip.peer import PeerPhone


@pytest.fixture
def event_log() -> EventLog:
    return EventLog()


@pytest.fixture
def pulse(monkeypatch: pytest.MonkeyPatch) -> Iterator[PulseServer]:
    """The private sound server, and this process pointed at it with real devices allowed."""
    with private_pulse_server() as server:
        for name, value in server.env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("CALLDESK_NULL_AUDIO", raising=False)
        yield server


@pytest.fixture
def debtor() -> Iterator[PeerPhone]:
    with PeerPhone(user="debtor", auto_answer_ms=50) as peer:
        yield peer
