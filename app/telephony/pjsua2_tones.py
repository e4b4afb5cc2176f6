"""Ringback (our outgoing call rings at the far end) and ringtone (a call is coming in), from pjsua2 tone generators.

Which tone plays is decided from every call's state (``wanted_tone``, plain logic):
- ringtone while an incoming call waits to be answered; a short call-waiting beep instead when the agent is
  already talking, so the debtor's voice is not drowned;
- ringback while an outgoing call got 180 Ringing without early media (with early media, 183, the far end sends
  its own ringback and we stay quiet), also during another call (a consultation before a transfer): the tone
  goes to the agent's speaker only, never into a call;
- nothing otherwise: answer, hang-up, reject and cancel all stop the tone.
The generator feeds the playback device (the null device on a machine without a sound card, where it is silent
but harmless). ``TonePlayer`` owns its ToneGenerators; ``release()`` runs before ``libDestroy``.
"""

import logging
from dataclasses import dataclass
from enum import StrEnum

import pjsua2 as pj

from app.telephony import pjsua2_sound
from app.telephony.events import CallState

log = logging.getLogger(__name__)

CLOCK_RATE = 16000


class Tone(StrEnum):
    RINGBACK = "ringback"
    RINGTONE = "ringtone"
    CALL_WAITING = "call_waiting"


@dataclass(frozen=True)
class ToneStep:
    freq1: int
    freq2: int
    on_ms: int
    off_ms: int


# As Chinese exchanges play them: 450 Hz; ringback 1 s on / 4 s off, call waiting 0.4 s on / 4 s off.
TONE_CADENCES: dict[Tone, tuple[ToneStep, ...]] = {
    Tone.RINGBACK: (ToneStep(450, 0, 1000, 4000),),
    Tone.CALL_WAITING: (ToneStep(450, 0, 400, 4000),),
    Tone.RINGTONE: (ToneStep(440, 480, 400, 200), ToneStep(440, 480, 400, 2000)),  # a desk phone's double ring
}


@dataclass
class _CallTone:
    incoming: bool
    state: CallState
    early_media: bool = False


class RingingCalls:
    """Every call's ringing-relevant state, and the tone that follows from it."""

    def __init__(self) -> None:
        self._calls: dict[str, _CallTone] = {}

    def incoming(self, call_key: str) -> None:
        self._calls[call_key] = _CallTone(incoming=True, state=CallState.INCOMING)

    def state(self, call_key: str, state: CallState) -> None:
        if state is CallState.DISCONNECTED:
            self._calls.pop(call_key, None)
            return
        entry = self._calls.setdefault(call_key, _CallTone(incoming=False, state=state))
        entry.state = state

    def media(self, call_key: str, audio_active: bool) -> None:
        entry = self._calls.get(call_key)
        if entry is not None and audio_active and entry.state in (CallState.CALLING, CallState.EARLY):
            entry.early_media = True

    def wanted_tone(self) -> Tone | None:
        talking = any(e.state in (CallState.CONNECTING, CallState.CONFIRMED) for e in self._calls.values())
        if any(e.incoming and e.state in (CallState.INCOMING, CallState.EARLY) for e in self._calls.values()):
            return Tone.CALL_WAITING if talking else Tone.RINGTONE
        ringing_out = any(not e.incoming and e.state is CallState.EARLY and not e.early_media
                          for e in self._calls.values())
        return Tone.RINGBACK if ringing_out else None


class TonePlayer:
    """One ToneGenerator, connected to the playback device, playing at most one tone at a time."""

    def __init__(self) -> None:
        self._generator: pj.ToneGenerator | None = None
        self._playing: Tone | None = None
        self._target: pj.AudioMedia | None = None  # where the generator transmits

    @property
    def playing(self) -> Tone | None:
        return self._playing

    def play(self, endpoint: pj.Endpoint, tone: Tone | None) -> None:
        """Switch to ``tone`` (None: silence). A failure is logged, never raised: a missing tone breaks nothing."""
        if tone is self._playing:
            return
        try:
            generator = self._generator_for(endpoint)
            generator.stop()
            self._route(endpoint, generator, tone)
            if tone is not None:
                generator.play(_tone_vector(TONE_CADENCES[tone]), True)
        except pj.Error as error:
            log.warning("cannot play the %s tone: %s", tone or "silence", error.reason)
            return
        self._playing = tone

    def release(self) -> None:
        """Before libDestroy: stop and destroy the generator."""
        generator, self._generator, self._playing, self._target = self._generator, None, None, None
        if generator is not None:
            try:
                generator.stop()
            except pj.Error as error:
                log.info("stopping the tone generator: %s", error.reason)
        del generator

    def _generator_for(self, endpoint: pj.Endpoint) -> pj.ToneGenerator:
        if self._generator is None:
            generator = pj.ToneGenerator()
            generator.createToneGenerator(CLOCK_RATE, 1)
            self._generator = generator
        return self._generator

    def _route(self, endpoint: pj.Endpoint, generator: pj.ToneGenerator, tone: Tone | None) -> None:
        """The ringtone on the ringer device (the PC speaker while the headset lies on the desk), the rest in
        the headset. Silence takes it off the bridge, whose clock (and the headset's streams) may then rest."""
        if tone is None:
            if self._target is not None:
                generator.stopTransmit(self._target)
                self._target = None
            return
        target = pjsua2_sound.ringer(endpoint) if tone is Tone.RINGTONE else pjsua2_sound.speaker(endpoint)
        if self._target is not None and self._target is not target:
            try:
                generator.stopTransmit(self._target)
            except pj.Error as error:
                log.info("moving the tone generator: %s", error.reason)
        if self._target is not target:
            generator.startTransmit(target)
            self._target = target


def _tone_vector(steps: tuple[ToneStep, ...]) -> "pj.ToneDescVector":
    vector = pj.ToneDescVector()
    for step in steps:
        desc = pj.ToneDesc()
        desc.freq1, desc.freq2, desc.on_msec, desc.off_msec = step.freq1, step.freq2, step.on_ms, step.off_ms
        vector.append(desc)
    return vector
