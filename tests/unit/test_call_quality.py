"""The E-model (app.domain.call_quality): known points, and properties that must hold for any input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.call_quality import (
    CODEC_IMPAIRMENTS,
    R_DEFAULT,
    UNKNOWN_CODEC,
    QualityReading,
    codec_impairment,
    delay_impairment,
    effective_equipment_impairment,
    estimate_mos,
    mos_from_r,
    r_factor,
    summarize,
)

CODECS = [*CODEC_IMPAIRMENTS, "AMR-WB/16000", "speex/16000", "PCMU/8000", "opus/48000/2"]
delays = st.floats(min_value=0, max_value=2000, allow_nan=False)
losses = st.floats(min_value=0, max_value=100, allow_nan=False)
rs = st.floats(min_value=-50, max_value=150, allow_nan=False)


def test_g711_with_no_loss_and_lan_delay_is_toll_quality() -> None:
    assert r_factor("PCMU", 20, 0) == pytest.approx(R_DEFAULT - 0.48)
    assert estimate_mos("PCMU/8000", rtt_ms=1, jitter_buffer_ms=20, loss_percent=0) == pytest.approx(4.39, abs=0.01)


def test_known_points_of_the_model() -> None:
    assert mos_from_r(93.2) == pytest.approx(4.41, abs=0.01)
    assert mos_from_r(50) == pytest.approx(2.58, abs=0.01)
    assert delay_impairment(177.3) == pytest.approx(4.2552)
    assert delay_impairment(300) == pytest.approx(0.024 * 300 + 0.11 * (300 - 177.3))
    # G.711 with PLC (Bpl 25.1) at 2 % random loss: Ie_eff = 95 * 2 / 27.1
    assert effective_equipment_impairment("PCMA", 2) == pytest.approx(95 * 2 / 27.1)
    # G.729A: Ie 11, Bpl 19 (ITU-T G.113 App. I)
    assert effective_equipment_impairment("G729", 0) == 11


def test_codec_names_are_matched_like_sdp_gives_them() -> None:
    assert codec_impairment("pcmu/8000") is CODEC_IMPAIRMENTS["PCMU"]
    assert codec_impairment("opus/48000/2") is CODEC_IMPAIRMENTS["opus"]
    assert codec_impairment("no-such-codec") is UNKNOWN_CODEC
    for impairment in CODEC_IMPAIRMENTS.values():
        assert impairment.source and 0 <= impairment.ie < 95 and impairment.bpl > 0


@given(rs)
def test_mos_stays_between_1_and_4_5(r: float) -> None:
    assert 1.0 <= mos_from_r(r) <= 4.5


@given(rs, rs)
def test_mos_never_falls_when_r_rises(r1: float, r2: float) -> None:
    low, high = sorted((r1, r2))
    assert mos_from_r(low) <= mos_from_r(high) + 1e-9


@given(st.sampled_from(CODECS), delays, losses, losses)
def test_more_loss_never_sounds_better(codec: str, delay: float, loss1: float, loss2: float) -> None:
    low, high = sorted((loss1, loss2))
    assert r_factor(codec, delay, high) <= r_factor(codec, delay, low) + 1e-9


@given(st.sampled_from(CODECS), delays, delays, losses)
def test_more_delay_never_sounds_better(codec: str, delay1: float, delay2: float, loss: float) -> None:
    low, high = sorted((delay1, delay2))
    assert r_factor(codec, high, loss) <= r_factor(codec, low, loss) + 1e-9


@given(st.sampled_from(CODECS), losses)
def test_effective_impairment_lies_between_the_codec_and_total_loss(codec: str, loss: float) -> None:
    ie = codec_impairment(codec).ie
    assert ie - 1e-9 <= effective_equipment_impairment(codec, loss) <= 95 + 1e-9


@given(st.sampled_from(CODECS), st.one_of(st.none(), delays), delays, losses)
def test_estimate_is_a_rounded_mos_in_range(codec: str, rtt: float | None, jitter_buffer: float, loss: float) -> None:
    mos = estimate_mos(codec, rtt, jitter_buffer, loss)
    assert 1.0 <= mos <= 4.5 and round(mos, 2) == mos


def test_out_of_range_inputs_are_clamped_not_raised() -> None:
    assert effective_equipment_impairment("PCMU", -5) == 0
    assert effective_equipment_impairment("PCMU", 250) == effective_equipment_impairment("PCMU", 100)
    assert delay_impairment(-10) == 0


def test_summary_of_readings() -> None:
    readings = [
        QualityReading("PCMU/8000", None, 0.5, 0.0, 4.39),
        QualityReading("PCMU/8000", 0.2, 3.0, 5.0, 3.9),
        QualityReading("PCMU/8000", 0.3, 1.0, 1.0, 4.2),
    ]
    assert summarize(readings) == {
        "samples": 3, "codec": "PCMU/8000", "mos_min": 3.9, "mos_avg": 4.16, "loss_percent_max": 5.0,
        "jitter_ms_max": 3.0, "rtt_ms_max": 0.3,
    }
    assert summarize([]) == {"samples": 0}
    assert summarize(readings[:1])["rtt_ms_max"] is None
