"""The next recommended step for a debtor: the escalation ladder by bucket, held by open case flags.

The ladder is data, in the ``[next_actions]`` tables of the rule pack (``app/domain/rule_packs/<pack>.toml``)::

    [next_actions.ladder]            # one action per bucket: sms, call, letter, visit, legal or none
    source = "..."
    M0 = "sms"
    ...
    [next_actions.after_broken_promise]
    value = "letter"                 # a broken promise moves an earlier step up to this one
    source = "..."
    [next_actions.when_flagged]      # one action per case flag kind, usually hold
    source = "..."
    dispute = "hold"
    ...

This module decides only; it never sends an SMS or a letter.
"""

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.domain.buckets import BUCKETS, bucket_for_days_past_due
from app.domain.debtors import DebtorRecord
from app.domain.follow_ups import CaseFlagView, hold_rank
from app.domain.outcomes import CaseFlag
from app.domain.plan_rules import RULE_PACKS_DIR


class Action(StrEnum):
    SMS = "sms"
    CALL = "call"
    LETTER = "letter"
    VISIT = "visit"
    LEGAL = "legal"
    HOLD = "hold"  # an open case flag stops collection until a review clears it
    NONE = "none"  # nothing to collect


_PACK_NAME = re.compile(r"[a-z][a-z0-9_]*")


LADDER_ORDER: tuple[Action, ...] = (Action.SMS, Action.CALL, Action.LETTER, Action.VISIT, Action.LEGAL)


class Reason(StrEnum):
    LADDER = "ladder"  # the bucket's step
    BROKEN_PROMISE = "broken_promise"  # the latest promise was broken: moved up the ladder
    FLAG = "flag"  # an open case flag decides
    NOTHING_OWED = "nothing_owed"


@dataclass(frozen=True)
class NextActionRules:
    pack: str
    ladder: Mapping[str, Action]
    after_broken_promise: Action | None
    when_flagged: Mapping[CaseFlag, Action]
    sources: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        missing = [b for b in BUCKETS if b not in self.ladder]
        if missing:
            raise ValueError(f"next actions {self.pack!r}: ladder has no step for bucket {missing[0]}")
        unflagged = [f.value for f in CaseFlag if f not in self.when_flagged]
        if unflagged:
            raise ValueError(f"next actions {self.pack!r}: when_flagged has no action for {unflagged[0]}")
        object.__setattr__(self, "ladder", MappingProxyType(dict(self.ladder)))
        object.__setattr__(self, "when_flagged", MappingProxyType(dict(self.when_flagged)))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))


@dataclass(frozen=True)
class NextAction:
    action: Action
    reason: Reason
    bucket: str | None = None  # the bucket the ladder was read at
    flag: CaseFlagView | None = None  # the flag that decided, for Reason.FLAG
    source: str = ""  # the rule behind it, from the rule pack


def next_action(rules: NextActionRules, bucket: str | None, flags: Iterable[CaseFlagView] = (),
                broken_promise: bool = False) -> NextAction:
    """The step for a debtor in ``bucket`` (None: nothing owed) with these holding ``flags`` open."""
    holding = sorted(flags, key=lambda f: (hold_rank(f.kind), f.raised_at, f.flag_id))
    if holding:
        flag = holding[0]
        return NextAction(rules.when_flagged[flag.kind], Reason.FLAG, bucket, flag, rules.sources.get("when_flagged", ""))
    if bucket is None:
        return NextAction(Action.NONE, Reason.NOTHING_OWED)
    step = rules.ladder[bucket]
    escalated = rules.after_broken_promise
    if broken_promise and escalated is not None and _rank(escalated) > _rank(step):
        return NextAction(escalated, Reason.BROKEN_PROMISE, bucket, None, rules.sources.get("after_broken_promise", ""))
    return NextAction(step, Reason.LADDER, bucket, None, rules.sources.get("ladder", ""))


def next_action_for_record(rules: NextActionRules, record: DebtorRecord) -> NextAction:
    """Debtor-wide flags hold everything; a flag on one account (a dispute) holds that account only, so the
    ladder is read at the worst bucket among the accounts still collectable."""
    debtor_wide = [f for f in record.open_flags if f.account_number is None]
    if debtor_wide:
        return next_action(rules, None, debtor_wide)
    flagged_accounts = {f.account_number for f in record.open_flags}
    owing = [a for a in record.accounts if a.total_due > 0]
    collectable = [a for a in owing if a.account_number not in flagged_accounts]
    if not collectable:
        holding = [f for f in record.open_flags if any(a.account_number == f.account_number for a in owing)]
        return next_action(rules, None, holding)
    worst = max(collectable, key=lambda a: a.days_past_due)
    bucket = worst.bucket if worst.bucket in rules.ladder else bucket_for_days_past_due(worst.days_past_due)
    numbers = {a.account_number for a in collectable}
    promises = sorted((p for p in record.promises if p.account_number in numbers),
                      key=lambda p: (p.promised_on, p.due_on))
    broken = bool(promises) and promises[-1].status == "broken"
    return next_action(rules, bucket, (), broken)


def _rank(action: Action) -> int:
    return LADDER_ORDER.index(action) if action in LADDER_ORDER else -1


def load_next_actions(pack: str, directory: Path = RULE_PACKS_DIR) -> NextActionRules:
    """Read ``[next_actions]`` of ``<directory>/<pack>.toml``; ValueError naming the file and the key when wrong."""
    if not _PACK_NAME.fullmatch(pack):
        raise ValueError(f"rule pack name {pack!r} must be lower-case letters, digits and '_' (e.g. 'cn', 'us')")
    path = directory / f"{pack}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path}: no such rule pack {pack!r}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path}: cannot read rule pack: {error}") from error
    table = data.get("next_actions")
    if not isinstance(table, dict):
        raise ValueError(f"{path}: missing [next_actions] table")
    sources: dict[str, str] = {}
    ladder = _actions(path, table, "ladder", set(BUCKETS), set(LADDER_ORDER) | {Action.NONE}, sources)
    flagged = _actions(path, table, "when_flagged", {f.value for f in CaseFlag}, set(Action), sources)
    escalation = table.get("after_broken_promise")
    after_broken: Action | None = None
    if escalation is not None:
        after_broken = _one_action(path, escalation, sources)
    unknown = sorted(set(table) - {"ladder", "when_flagged", "after_broken_promise"})
    if unknown:
        raise ValueError(f"{path}: unknown table next_actions.{unknown[0]}")
    try:
        return NextActionRules(pack, ladder, after_broken, {CaseFlag(k): v for k, v in flagged.items()}, sources)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


def _actions(path: Path, table: Mapping[str, Any], name: str, keys: set[str], allowed: set[Action],
             sources: dict[str, str]) -> dict[str, Action]:
    where = f"{path}: next_actions.{name}"
    entries = table.get(name)
    if not isinstance(entries, dict):
        raise ValueError(f"{where} is missing")
    sources[name] = _source(where, entries)
    actions: dict[str, Action] = {}
    for key, value in entries.items():
        if key == "source":
            continue
        if key not in keys:
            raise ValueError(f"{where}.{key} is not one of {', '.join(sorted(keys))}")
        if value not in {a.value for a in allowed}:
            raise ValueError(f"{where}.{key} = {value!r}: use one of {', '.join(sorted(allowed))}")
        actions[key] = Action(value)
    return actions


def _one_action(path: Path, entry: Any, sources: dict[str, str]) -> Action:
    where = f"{path}: next_actions.after_broken_promise"
    if not isinstance(entry, dict) or entry.get("value") not in {a.value for a in LADDER_ORDER}:
        raise ValueError(f"{where} needs value = one of {', '.join(LADDER_ORDER)}, and a source")
    sources["after_broken_promise"] = _source(where, entry)
    return Action(entry["value"])


def _source(where: str, entry: Mapping[str, Any]) -> str:
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise ValueError(f"{where}.source is missing: every rule must say where it comes from")
    return source.strip()
