"""Call quality as a listener would rate it: the ITU-T G.107 E-model, simplified for VoIP, and its MOS.

    R = 93.2 - Id(d) - Ie_eff(codec, loss) + A,    A = 0 (a fixed desk phone: no advantage factor)

- 93.2 is R0 - Is with every G.107 default (no noise, no echo, standard loudness): the best a narrowband call gets.
- Id(d), the delay impairment, uses the usual VoIP simplification of G.107's Idd/Idte terms (Cole & Rosenbluth,
  "Voice over IP performance monitoring", 2001):  Id = 0.024 d + 0.11 (d - 177.3) H(d - 177.3),
  with d the one-way mouth-to-ear delay in ms and H the step function.
- Ie_eff = Ie + (95 - Ie) * Ppl / (Ppl / BurstR + Bpl): the codec's impairment Ie grows with the packet loss
  Ppl (%); Bpl is the codec's robustness to loss (its packet loss concealment). BurstR = 1 (random loss): RTCP
  reports give a loss count, not the burst pattern.
- MOS = 1 + 0.035 R + R (R - 60) (100 - R) 7e-6 for 0 < R < 100 (G.107 Annex B), kept within [1, 4.5].

Codec constants: G.711 comes from ITU-T G.113 Appendix I. The others are narrowband-scale approximations (the
wideband E-model, G.107.1, rates on a 0-129 scale that this app does not use): a wideband codec is treated as at
least as good as G.711, which is what agents hear. They are good enough to tell a fine call from a bad one, not
to certify a network.
"""

from dataclasses import dataclass
from statistics import fmean

R_DEFAULT = 93.2  # R0 - Is with G.107 default values
ADVANTAGE = 0.0  # A: no advantage factor for a wired desk phone
DELAY_KNEE_MS = 177.3
MOS_MIN = 1.0
MOS_MAX = 4.5
BURST_RATIO = 1.0


@dataclass(frozen=True)
class CodecImpairment:
    ie: float  # equipment impairment with no loss
    bpl: float  # packet-loss robustness
    frame_ms: float  # packetisation + look-ahead delay the codec adds
    source: str


_G711 = CodecImpairment(ie=0.0, bpl=25.1, frame_ms=20.0, source="ITU-T G.113 App. I, G.711 with PLC")
CODEC_IMPAIRMENTS: dict[str, CodecImpairment] = {
    "PCMU": _G711,
    "PCMA": _G711,
    "G722": CodecImpairment(0.0, 25.1, 20.0, "approximation: 64 kbit/s wideband with PLC, rated like G.711"),
    "opus": CodecImpairment(0.0, 20.0, 26.5, "approximation: Opus >= 16 kbit/s with in-band PLC; 6.5 ms look-ahead"),
    "speex": CodecImpairment(5.0, 17.0, 25.0, "approximation: Speex quality 8, similar to G.729 robustness"),
    "G729": CodecImpairment(11.0, 19.0, 25.0, "ITU-T G.113 App. I, G.729A with VAD"),
    "iLBC": CodecImpairment(11.0, 32.0, 30.0, "approximation: iLBC 13.3/15.2 kbit/s, loss-robust by design"),
    "GSM": CodecImpairment(20.0, 10.0, 20.0, "approximation: GSM full rate (ITU-T G.113 Ie = 20)"),
    "L16": CodecImpairment(0.0, 4.3, 20.0, "linear PCM, rated like G.711 without PLC"),
}
UNKNOWN_CODEC = CodecImpairment(10.0, 10.0, 25.0, "cautious default for a codec not in the table")


def codec_impairment(codec: str) -> CodecImpairment:
    """Constants for a codec name as SDP or pjsua gives it ("PCMU", "speex/16000", "opus/48000/2"), any case."""
    name = codec.split("/", 1)[0].strip().lower()
    for known, impairment in CODEC_IMPAIRMENTS.items():
        if known.lower() == name:
            return impairment
    return UNKNOWN_CODEC


def delay_impairment(one_way_delay_ms: float) -> float:
    d = max(one_way_delay_ms, 0.0)
    return 0.024 * d + (0.11 * (d - DELAY_KNEE_MS) if d > DELAY_KNEE_MS else 0.0)


def effective_equipment_impairment(codec: str, loss_percent: float) -> float:
    impairment = codec_impairment(codec)
    loss = min(max(loss_percent, 0.0), 100.0)
    return impairment.ie + (95.0 - impairment.ie) * loss / (loss / BURST_RATIO + impairment.bpl)


def r_factor(codec: str, one_way_delay_ms: float, loss_percent: float) -> float:
    return R_DEFAULT - delay_impairment(one_way_delay_ms) - effective_equipment_impairment(codec, loss_percent) + ADVANTAGE


def mos_from_r(r: float) -> float:
    """G.107 Annex B, within [1, 4.5] (the cubic dips just under 1 for R < 6.5)."""
    if r <= 0:
        return MOS_MIN
    if r >= 100:
        return MOS_MAX
    mos = 1.0 + 0.035 * r + r * (r - 60.0) * (100.0 - r) * 7e-6
    return min(max(mos, MOS_MIN), MOS_MAX)


def one_way_delay_ms(codec: str, rtt_ms: float | None, jitter_buffer_ms: float) -> float:
    """Mouth-to-ear estimate: half the RTCP round trip + jitter buffer + the codec's own framing delay."""
    return (rtt_ms or 0.0) / 2 + max(jitter_buffer_ms, 0.0) + codec_impairment(codec).frame_ms


def estimate_mos(codec: str, rtt_ms: float | None, jitter_buffer_ms: float, loss_percent: float) -> float:
    delay = one_way_delay_ms(codec, rtt_ms, jitter_buffer_ms)
    return round(mos_from_r(r_factor(codec, delay, loss_percent)), 2)


@dataclass(frozen=True)
class QualityReading:
    """One periodic measurement of a call, as stored in a summary."""

    codec: str
    rtt_ms: float | None
    jitter_ms: float
    loss_percent: float
    mos: float


def summarize(readings: list[QualityReading]) -> dict[str, object]:
    """The end-of-call summary kept with the call: JSON-ready, ``{"samples": 0}`` when nothing was measured."""
    if not readings:
        return {"samples": 0}
    mos = [reading.mos for reading in readings]
    rtts = [reading.rtt_ms for reading in readings if reading.rtt_ms is not None]
    return {
        "samples": len(readings),
        "codec": readings[-1].codec,
        "mos_min": min(mos),
        "mos_avg": round(fmean(mos), 2),
        "loss_percent_max": round(max(reading.loss_percent for reading in readings), 2),
        "jitter_ms_max": round(max(reading.jitter_ms for reading in readings), 2),
        "rtt_ms_max": round(max(rtts), 2) if rtts else None,
    }
