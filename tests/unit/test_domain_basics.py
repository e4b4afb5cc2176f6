"""Plain domain rules: masking of personal data, buckets, resident-ID checks, money display, outcome codes."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.buckets import bucket_for_days_past_due
from app.domain.masking import mask_digits_in_text, mask_national_id, mask_phone
from app.domain.money import format_day, format_money
from app.domain.national_id import resident_id_check_char, resident_id_problem
from app.domain.outcomes import OutcomeCode, outcome_for, selectable_outcomes


@pytest.mark.parametrize(("text", "masked"), [
    ("call 13812345678 ok", "call 138****5678 ok"),
    ("138-1234-5678", "138-****-5678"),
    ("card 6222 0212 3456 7890.", "card 622* **** **** 7890."),
    ("id 11010519491231002X", "id 110***********002X"),
    ("sip:13812345678@127.0.0.1:5070", "sip:138****5678@127.0.0.1:5070"),
    ("on 2026-11-23 at 10:15, port 5060", "on 2026-11-23 at 10:15, port 5060"),
])
def test_personal_numbers_in_text_are_masked(text: str, masked: str) -> None:
    assert mask_digits_in_text(text) == masked


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True), st.text(alphabet="abc :", max_size=5))
def test_no_mobile_number_survives_masking(mobile: str, around: str) -> None:
    assert mobile not in mask_digits_in_text(f"{around}{mobile}{around}")


def test_field_masks() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_national_id("11010519491231002X") == "110***********002X"


@pytest.mark.parametrize(("dpd", "bucket"), [(-3, "M0"), (0, "M0"), (1, "M1"), (30, "M1"), (31, "M2"), (90, "M3"),
                                             (150, "M5"), (151, "M6"), (180, "M6"), (181, "M6+"), (2000, "M6+")])
def test_buckets_follow_days_past_due(dpd: int, bucket: str) -> None:
    assert bucket_for_days_past_due(dpd) == bucket


def test_resident_id_checksum() -> None:
    assert resident_id_check_char("11010519491231002") == "X"
    assert resident_id_problem("11010519491231002X") is None
    assert "checksum" in (resident_id_problem("110105194912310021") or "")
    assert "birth date" in (resident_id_problem("110105194902300021") or "")
    assert "18 characters" in (resident_id_problem("1234") or "")


def test_money_and_dates_per_language() -> None:
    assert format_money(Decimal("12345.6"), "CNY", "zh_CN") == "¥12,345.60"
    assert format_money(Decimal("5"), "JPY", "en") == "5.00 JPY"
    assert format_day(date(2026, 11, 5), "zh_CN") == "2026年11月5日"
    assert format_day(date(2026, 11, 5), "en") == "5 Nov 2026"


def test_outcomes_are_bilingual_and_interrupted_is_not_pickable() -> None:
    assert outcome_for("rpc_ptp").label("zh_CN") == "本人：承诺还款"
    assert OutcomeCode.INTERRUPTED not in {o.code for o in selectable_outcomes()}
    assert all(o.label_en and o.label_zh for o in selectable_outcomes())
