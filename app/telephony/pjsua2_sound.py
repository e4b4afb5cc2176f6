"""Where the phone's audio goes: the headset's bridge ports, one set per process (pjsua2 has one Endpoint).

Calls, tones, players and the microphone link ask here for the agent's speaker and microphone instead of pjsua2's
sound device (the wheel has none; the null device only clocks the bridge). Before the phone has installed its
headset, and in processes without one (the simulated debtor), the null device's ports are the answer.
Asking is the sign that audio is about to flow: the headset's streams, asleep while nothing needs them, wake here.
"""

from __future__ import annotations

import pjsua2 as pj

from app.telephony.pjsua2_headset import Headset

_installed: Headset | None = None


def install(headset: Headset | None) -> None:
    """The phone's headset from start to shutdown (None when it is released)."""
    global _installed
    _installed = headset


def speaker(endpoint: pj.Endpoint) -> pj.AudioMedia:
    """What the agent hears: the headset's port, else the null device's playback port."""
    headset = _installed
    if headset is not None and headset.port is not None:
        headset.wake()
        return headset.port
    return endpoint.audDevManager().getPlaybackDevMedia()


def microphone(endpoint: pj.Endpoint) -> pj.AudioMedia:
    """What the agent says: the headset's port, else the null device's capture port."""
    headset = _installed
    if headset is not None and headset.port is not None:
        headset.wake()
        return headset.port
    return endpoint.audDevManager().getCaptureDevMedia()


def ringer(endpoint: pj.Endpoint) -> pj.AudioMedia:
    """Where the phone rings: the ringer device's port, else the speaker."""
    headset = _installed
    if headset is not None and headset.ringer_port is not None:
        headset.wake()
        return headset.ringer_port
    return speaker(endpoint)
