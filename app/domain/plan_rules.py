"""Repayment-plan bounds as data: one rule pack per jurisdiction, each value with the rule it comes from.

A pack lives in ``app/domain/rule_packs/<pack>.toml``. This module reads only its ``[plans]`` table;
other tables (``[calling]`` …) belong to other readers. Each field is a sub-table with a ``value`` and a
``source`` naming the law, guideline or bank policy behind it, so a reviewer can check every number::

    [plans.instalment_months_max]
    value = 60
    source = "《商业银行信用卡业务监督管理办法》(2011) Art. 70: ..."

Numbers with a decimal point are read as Decimal, never float.
"""

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

RULE_PACKS_DIR = Path(__file__).parent / "rule_packs"
_PACK_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class PlanRules:
    """Bounds for the repayment plans an agent may offer. Rates are fractions (0.006 = 0.6 %)."""

    pack: str
    instalment_months_min: int
    instalment_months_max: int
    monthly_fee_rate: Decimal  # per month, on the original balance
    deferral_days_max: int
    settlement_discount_max: Decimal  # largest share of the balance that may be waived
    settlement_approval_threshold: Decimal  # a discount above this needs a supervisor
    minimum_payment_rate: Decimal  # share of the balance that is the minimum payment
    promise_grace_days: int  # days after the promised date a payment still keeps the promise
    first_payment_days_max: int  # how far ahead of today the first (or only) payment may fall
    sources: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name, problem in _problems(self):
            raise ValueError(f"plan rules {self.pack!r}: {name} {problem}")
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    def source(self, name: str) -> str:
        """The rule behind a field, e.g. ``source("instalment_months_max")``; empty when not given."""
        return self.sources.get(name, "")


_INT_FIELDS = ("instalment_months_min", "instalment_months_max", "deferral_days_max",
               "promise_grace_days", "first_payment_days_max")
_RATE_FIELDS = ("monthly_fee_rate", "settlement_discount_max", "settlement_approval_threshold",
                "minimum_payment_rate")
RULE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PlanRules) if f.name not in ("pack", "sources"))


def _problems(rules: PlanRules) -> Iterator[tuple[str, str]]:
    """(field, what is wrong) for values of the wrong type, out of range, or that make no sense together."""
    wrong_type = list(_type_problems(rules))
    if wrong_type:
        yield from wrong_type
        return
    if rules.instalment_months_min < 1:
        yield "instalment_months_min", f"must be at least 1, got {rules.instalment_months_min}"
    if rules.instalment_months_max < rules.instalment_months_min:
        yield "instalment_months_max", (f"({rules.instalment_months_max}) must not be below "
                                        f"instalment_months_min ({rules.instalment_months_min})")
    if rules.settlement_discount_max >= 1:
        yield "settlement_discount_max", "must be below 1: a settlement always collects something"
    if rules.minimum_payment_rate <= 0:
        yield "minimum_payment_rate", "must be above 0"


def _type_problems(rules: PlanRules) -> Iterator[tuple[str, str]]:
    for name in _INT_FIELDS:
        value = getattr(rules, name)
        if isinstance(value, bool) or not isinstance(value, int):
            yield name, f"must be a whole number, got {value!r}"
        elif value < 0:
            yield name, f"must not be negative, got {value}"
    for name in _RATE_FIELDS:
        value = getattr(rules, name)
        if not isinstance(value, Decimal) or not value.is_finite():
            yield name, f"must be a Decimal fraction, got {value!r}"
        elif not 0 <= value <= 1:
            yield name, f"must be a fraction between 0 and 1, got {value}"


def load_plan_rules(pack: str, directory: Path = RULE_PACKS_DIR) -> PlanRules:
    """Read the ``[plans]`` table of ``<directory>/<pack>.toml``.

    Raises ValueError naming the file and the field for a missing pack, a missing or bad value or source,
    or an unknown key (a misspelt field would otherwise silently fall back to nothing).
    """
    if not _PACK_NAME.fullmatch(pack):
        raise ValueError(f"rule pack name {pack!r} must be lower-case letters, digits and '_' (e.g. 'cn', 'us')")
    path = directory / f"{pack}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such rule pack {pack!r}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read rule pack: {error}") from error
    plans = data.get("plans")
    if not isinstance(plans, dict):
        raise ValueError(f"{path}: missing [plans] table")
    unknown = sorted(set(plans) - set(RULE_FIELDS))
    if unknown:
        raise ValueError(f"{path}: unknown field plans.{unknown[0]} (known: {', '.join(RULE_FIELDS)})")
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for name in RULE_FIELDS:
        values[name], sources[name] = _read_field(path, plans, name)
    try:
        return PlanRules(pack=pack, sources=sources, **values)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _read_field(path: Path, plans: Mapping[str, Any], name: str) -> tuple[int | Decimal, str]:
    where = f"{path}: plans.{name}"
    entry = plans.get(name)
    if not isinstance(entry, dict):
        raise ValueError(f"{where} is missing (expected a [plans.{name}] table with value and source)")
    value, source = entry.get("value"), entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise ValueError(f"{where}.source is missing: every rule value must say where it comes from")
    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where}.value must be a whole number, got {value!r}")
        return value, source.strip()
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise ValueError(f"{where}.value must be a number such as 0.006, got {value!r}")
    return Decimal(value), source.strip()
