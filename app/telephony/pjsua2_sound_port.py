"""The conference-bridge end of the sound card: an ``AudioMediaPort`` that pjsua2 clocks 50 times a second.

``onFrameReceived`` gets what the bridge mixed for the agent (the debtor, tones, playback) and puts it in the
speaker ring; ``onFrameRequested`` takes the agent's microphone from the other ring. Both run on pjsip's media
clock thread and only move bytes. Calls, tones and players connect to this port instead of pjsua2's (absent)
sound device; it exists even without a sound card, so the bridge is wired the same way in every case.
The bridge calls a port only while something is connected to it, so ``last_frame`` says when the port was last in
use: the headset lets its sound card streams sleep when neither port has been for a while (pjsua2_headset).
"""

from __future__ import annotations

import time

import pjsua2 as pj

from app.telephony.audio_ring import AudioRing
from app.telephony.pjsua2_byte_vector import byte_vector_to_bytes

CLOCK_RATE = 16_000  # the bridge's own rate in this wheel's default MediaConfig
FRAME_MS = 20
FRAME_SAMPLES = CLOCK_RATE * FRAME_MS // 1000
FRAME_BYTES = FRAME_SAMPLES * 2
BYTES_PER_SECOND = CLOCK_RATE * 2


class SoundPort(pj.AudioMediaPort):
    """Bridge ⇄ rings. ``speaker`` may be None (a port that only plays, like the ringer has no microphone)."""

    def __init__(self, speaker: AudioRing, microphone: AudioRing | None = None) -> None:
        super().__init__()
        self._speaker = speaker
        self._microphone = microphone
        self._silence = pj.ByteVector(bytes(FRAME_BYTES))
        self.last_frame = 0.0  # time.monotonic() of the bridge's last call (one float written per frame)

    def create(self, name: str) -> None:
        media_format = pj.MediaFormatAudio()
        media_format.type = pj.PJMEDIA_TYPE_AUDIO
        media_format.clockRate = CLOCK_RATE
        media_format.channelCount = 1
        media_format.bitsPerSample = 16
        media_format.frameTimeUsec = FRAME_MS * 1000
        self.createPort(name, media_format)

    # --- the media clock thread --------------------------------------------------------------------------------

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        self.last_frame = time.monotonic()
        if frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO or frame.size == 0:
            data = bytes(FRAME_BYTES)
        else:
            data = byte_vector_to_bytes(frame.buf)
        self._speaker.write(data)

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        self.last_frame = time.monotonic()
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        if self._microphone is None:
            frame.buf = self._silence
        else:
            frame.buf = pj.ByteVector(self._microphone.read(FRAME_BYTES))
        frame.size = FRAME_BYTES
