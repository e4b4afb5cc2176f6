"""Rule packs: the shipped cn/us plan bounds load with a source for every value; bad files fail by file and field."""

import json
import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain.plan_rules import RULE_FIELDS, RULE_PACKS_DIR, PlanRules, load_plan_rules


def _shipped_plans(pack: str = "cn") -> dict[str, dict[str, Any]]:
    text = (RULE_PACKS_DIR / f"{pack}.toml").read_text(encoding="utf-8")
    plans: dict[str, dict[str, Any]] = tomllib.loads(text, parse_float=Decimal)["plans"]
    return plans


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _write_pack(directory: Path, plans: dict[str, dict[str, Any]], extra: str = "", name: str = "test") -> Path:
    lines = [extra]
    for field_name, entry in plans.items():
        lines.append(f"[plans.{field_name}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in entry.items())
    path = directory / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("pack", ["cn", "us"])
def test_shipped_packs_load_with_a_source_for_every_value(pack: str) -> None:
    rules = load_plan_rules(pack)
    assert rules.pack == pack
    for name in RULE_FIELDS:
        assert len(rules.source(name)) > 20, name
    for name in ("monthly_fee_rate", "settlement_discount_max", "settlement_approval_threshold", "minimum_payment_rate"):
        assert type(getattr(rules, name)) is Decimal, name
    assert rules.instalment_months_min <= rules.instalment_months_max
    assert rules.settlement_approval_threshold <= rules.settlement_discount_max < 1


def test_cn_pack_caps_personalised_instalments_at_five_years() -> None:
    rules = load_plan_rules("cn")
    assert rules.instalment_months_max == 60
    assert "Art. 70" in rules.source("instalment_months_max")
    assert "商业银行信用卡业务监督管理办法" in rules.source("instalment_months_max")
    assert rules.monthly_fee_rate == Decimal("0.006")


def test_us_pack_says_which_values_are_bank_policy_not_law() -> None:
    rules = load_plan_rules("us")
    assert rules.monthly_fee_rate == 0
    assert "60 months" in rules.source("instalment_months_max")
    for name in RULE_FIELDS:
        source = rules.source(name)
        assert source.startswith("Bank policy (not law)") or "not statute" in source, name


def test_sources_do_not_make_rules_unequal() -> None:
    rules = load_plan_rules("cn")
    assert replace(rules, sources={}) == rules
    hash(rules)


def test_other_tables_in_the_same_file_are_left_to_their_readers(tmp_path: Path) -> None:
    _write_pack(tmp_path, _shipped_plans(), extra='[calling]\nquiet_hours = "22:00-08:00"\n')
    assert load_plan_rules("test", tmp_path).instalment_months_max == 60


@pytest.mark.parametrize(("change", "expected"), [
    (lambda plans: plans.pop("deferral_days_max"), "plans.deferral_days_max is missing"),
    (lambda plans: plans["deferral_days_max"].pop("source"), "plans.deferral_days_max.source is missing"),
    (lambda plans: plans["deferral_days_max"].update(source="  "), "plans.deferral_days_max.source is missing"),
    (lambda plans: plans["deferral_days_max"].update(value="30"), "plans.deferral_days_max.value must be a whole"),
    (lambda plans: plans["deferral_days_max"].update(value=Decimal("30.5")), "plans.deferral_days_max.value must be"),
    (lambda plans: plans["deferral_days_max"].update(value=True), "plans.deferral_days_max.value must be"),
    (lambda plans: plans["deferral_days_max"].update(value=-1), "deferral_days_max must not be negative"),
    (lambda plans: plans["monthly_fee_rate"].update(value="0.006"), "plans.monthly_fee_rate.value must be a number"),
    (lambda plans: plans["monthly_fee_rate"].update(value=Decimal("1.5")), "monthly_fee_rate must be a fraction"),
    (lambda plans: plans["instalment_months_min"].update(value=0), "instalment_months_min must be at least 1"),
    (lambda plans: plans["instalment_months_max"].update(value=2), "instalment_months_max (2) must not be below"),
    (lambda plans: plans["settlement_discount_max"].update(value=1), "settlement_discount_max must be below 1"),
    (lambda plans: plans["minimum_payment_rate"].update(value=0), "minimum_payment_rate must be above 0"),
    (lambda plans: plans.update(instalment_month_max={"value": 60, "source": "typo"}),
     "unknown field plans.instalment_month_max"),
])
def test_bad_values_name_the_file_and_the_field(tmp_path: Path, change: Any, expected: str) -> None:
    plans = _shipped_plans()
    change(plans)
    path = _write_pack(tmp_path, plans)
    with pytest.raises(ValueError, match="test.toml") as raised:
        load_plan_rules("test", tmp_path)
    assert expected in str(raised.value)
    assert str(path) in str(raised.value)


def test_missing_pack_table_or_file_and_broken_toml_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"no such rule pack 'xx'"):
        load_plan_rules("xx", tmp_path)
    (tmp_path / "empty.toml").write_text('[calling]\nx = 1\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"empty.toml: missing \[plans\] table"):
        load_plan_rules("empty", tmp_path)
    (tmp_path / "broken.toml").write_text('[plans\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.toml: cannot read rule pack"):
        load_plan_rules("broken", tmp_path)


@pytest.mark.parametrize("name", ["../cn", "CN", "", "cn.toml", "c n"])
def test_pack_names_cannot_leave_the_rule_pack_folder(name: str) -> None:
    with pytest.raises(ValueError, match="rule pack name"):
        load_plan_rules(name)


def test_rules_built_in_code_are_checked_too() -> None:
    rules = load_plan_rules("cn")
    with pytest.raises(ValueError, match="monthly_fee_rate must be a Decimal"):
        replace(rules, monthly_fee_rate=0.006)  # type: ignore[arg-type]  # float is refused on purpose
    with pytest.raises(ValueError, match="promise_grace_days must be a whole number"):
        replace(rules, promise_grace_days=Decimal(3))  # type: ignore[arg-type]  # the wrong type on purpose: the rules refuse it
    assert isinstance(replace(rules, settlement_approval_threshold=Decimal("0.5")), PlanRules)
