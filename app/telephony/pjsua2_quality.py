"""Call quality every 2 s for each connected call, from pjsua2's RTP/RTCP statistics, and a summary at the end.

No thread and no timer of its own: the phone's ``pump()`` asks ``due(now)`` which calls need a sample and hands
their Call to ``sample()``. Figures (what the agent hears, i.e. the receive side):
- codec: ``getStreamInfo(i).codecName``/``codecClockRate``;
- RTT: the last RTCP round trip (``rtcp.rttUsec.last``); None until a first RTCP report came back (pjmedia sends
  one about every 5 s);
- jitter: RFC 3550 inter-arrival jitter of received RTP (``rtcp.rxStat.jitterUsec.last``);
- loss %: packets lost out of packets expected since the previous sample (``rxStat.loss`` / ``rxStat.pkt``);
- MOS: E-model estimate (app.domain.call_quality) with the jitter buffer's average delay in the delay budget.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pjsua2 as pj

from app.domain.call_quality import QualityReading, estimate_mos, summarize
from app.telephony.events import CallQualitySample, CallQualitySummary, TelephonyEvent

log = logging.getLogger(__name__)

SAMPLE_INTERVAL_S = 2.0


@dataclass
class _Watched:
    audio_index: int
    next_at: float
    received: int = 0  # rxStat.pkt at the previous sample
    lost: int = 0  # rxStat.loss at the previous sample
    readings: list[QualityReading] = field(default_factory=list)


class QualityMonitor:
    def __init__(self, emit: Callable[[TelephonyEvent], None], interval_s: float = SAMPLE_INTERVAL_S) -> None:
        self._emit = emit
        self._interval_s = interval_s
        self._calls: dict[str, _Watched] = {}

    def call_connected(self, call_key: str, audio_index: int, now: float | None = None) -> None:
        """Start sampling (first sample one interval from now); a new audio index after a re-INVITE is kept."""
        watched = self._calls.get(call_key)
        if watched is None:
            start = time.monotonic() if now is None else now
            self._calls[call_key] = _Watched(audio_index, start + self._interval_s)
        else:
            watched.audio_index = audio_index

    def due(self, now: float) -> list[str]:
        return [key for key, watched in self._calls.items() if now >= watched.next_at]

    def sample(self, call_key: str, call: pj.Call, now: float) -> None:
        watched = self._calls.get(call_key)
        if watched is None:
            return
        watched.next_at = max(watched.next_at + self._interval_s, now + self._interval_s / 2)
        try:
            reading = self._read(watched, call)
        except pj.Error as error:  # no stream right now (held, being re-negotiated): skip this one
            log.debug("no quality sample for call %s: %s", call_key, error.reason)
            return
        watched.readings.append(reading)
        self._emit(CallQualitySample(call_key, reading.codec, reading.rtt_ms, reading.jitter_ms,
                                     reading.loss_percent, reading.mos))

    def call_ended(self, call_key: str, sound: dict[str, object] | None = None) -> None:
        """Report the summary of a call that was sampled (none for a call that never connected); ``sound`` is the
        headset's ring counts over the call, kept under "sound" ({"speaker": {"underruns": …}, "microphone": …})."""
        watched = self._calls.pop(call_key, None)
        if watched is not None:
            summary = summarize(watched.readings)
            if sound is not None:
                summary["sound"] = sound
            self._emit(CallQualitySummary(call_key, summary))

    def forget_all(self) -> None:
        for call_key in list(self._calls):
            self.call_ended(call_key)

    def _read(self, watched: _Watched, call: pj.Call) -> QualityReading:
        info = call.getStreamInfo(watched.audio_index)
        stat = call.getStreamStat(watched.audio_index)
        codec = f"{info.codecName}/{info.codecClockRate}"
        rtcp, received = stat.rtcp, stat.rtcp.rxStat
        rtt_ms = rtcp.rttUsec.last / 1000 if rtcp.rttUsec.n > 0 else None
        jitter_ms = received.jitterUsec.last / 1000 if received.jitterUsec.n > 0 else 0.0
        got, lost = int(received.pkt) - watched.received, int(received.loss) - watched.lost
        watched.received, watched.lost = int(received.pkt), int(received.loss)
        expected = got + lost
        loss_percent = round(100.0 * lost / expected, 2) if expected > 0 and lost > 0 else 0.0
        mos = estimate_mos(codec, rtt_ms, float(stat.jbuf.avgDelayMsec), loss_percent)
        return QualityReading(codec, None if rtt_ms is None else round(rtt_ms, 3), round(jitter_ms, 3), loss_percent, mos)
