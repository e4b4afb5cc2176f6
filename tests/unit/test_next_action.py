"""The next recommended step: the rule pack's ladder by bucket, escalation after a broken promise, held by flags."""

from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.buckets import BUCKETS
from app.domain.debtors import AccountView, DebtorRecord, PromiseView
from app.domain.follow_ups import CaseFlagView
from app.domain.next_action import Action, Reason, load_next_actions, next_action, next_action_for_record
from app.domain.outcomes import CaseFlag
from app.domain.plan_rules import RULE_PACKS_DIR

RAISED = datetime(2026, 11, 1, tzinfo=timezone.utc)


def _account(number: str, days_past_due: int, bucket: str, total: str = "1000") -> AccountView:
    return AccountView(number, "信用卡", Decimal(total), Decimal(0), Decimal(0), Decimal(total), Decimal("100"),
                       date(2026, 10, 1), days_past_due, bucket, "CNY")


def _record(*accounts: AccountView, flags: tuple[CaseFlagView, ...] = (),
            promises: tuple[PromiseView, ...] = ()) -> DebtorRecord:
    return DebtorRecord(1, "张伟", "11010519491231002X", "zh_CN", "Asia/Shanghai", "", (), accounts,
                        promises=promises, open_flags=flags)


def _flag(kind: CaseFlag, account: str | None = None, flag_id: int = 1) -> CaseFlagView:
    return CaseFlagView(flag_id, 1, kind, account, RAISED, "li.na", None, "")


@pytest.mark.parametrize("pack", ["cn", "us"])
def test_every_pack_has_a_step_for_every_bucket_and_flag_with_sources(pack: str) -> None:
    rules = load_next_actions(pack)
    assert set(rules.ladder) == set(BUCKETS)
    assert set(rules.when_flagged) == set(CaseFlag)
    assert all(rules.sources[name] for name in ("ladder", "when_flagged", "after_broken_promise"))


@pytest.mark.parametrize("bucket, action", [
    ("M0", Action.SMS), ("M1", Action.CALL), ("M2", Action.CALL), ("M3", Action.LETTER), ("M4", Action.VISIT),
    ("M6+", Action.LEGAL),
])
def test_cn_ladder_escalates_sms_call_letter_visit_legal(bucket: str, action: Action) -> None:
    step = next_action(load_next_actions("cn"), bucket)
    assert (step.action, step.reason, step.bucket) == (action, Reason.LADDER, bucket)
    assert "COLLECTIONS" in step.source


def test_us_pack_never_recommends_a_field_visit() -> None:
    assert Action.VISIT not in load_next_actions("us").ladder.values()


def test_a_broken_promise_moves_an_early_step_up_but_never_down() -> None:
    rules = load_next_actions("cn")
    assert next_action(rules, "M2", broken_promise=True).action is Action.LETTER
    assert next_action(rules, "M2", broken_promise=True).reason is Reason.BROKEN_PROMISE
    assert next_action(rules, "M6+", broken_promise=True).action is Action.LEGAL


def test_the_most_serious_open_flag_holds_collection() -> None:
    rules = load_next_actions("cn")
    step = next_action(rules, "M3", [_flag(CaseFlag.DISPUTE, flag_id=1), _flag(CaseFlag.CEASE_CONTACT, flag_id=2)])
    assert (step.action, step.reason) == (Action.HOLD, Reason.FLAG)
    assert step.flag is not None and step.flag.kind is CaseFlag.CEASE_CONTACT


def test_record_a_dispute_on_one_card_leaves_the_other_collectable() -> None:
    rules = load_next_actions("cn")
    record = _record(_account("A0001", 95, "M4"), _account("B0002", 20, "M1"), flags=(_flag(CaseFlag.DISPUTE, "A0001"),))
    step = next_action_for_record(rules, record)
    assert (step.action, step.bucket) == (Action.CALL, "M1")
    only_disputed = _record(_account("A0001", 95, "M4"), flags=(_flag(CaseFlag.DISPUTE, "A0001"),))
    held = next_action_for_record(rules, only_disputed)
    assert (held.action, held.reason) == (Action.HOLD, Reason.FLAG)


def test_record_debtor_wide_flag_holds_and_nothing_owed_needs_nothing() -> None:
    rules = load_next_actions("cn")
    record = _record(_account("A0001", 40, "M2"), flags=(_flag(CaseFlag.HARDSHIP),))
    assert next_action_for_record(rules, record).action is Action.HOLD
    paid_up = _record(_account("A0001", 0, "M0", total="0"))
    assert next_action_for_record(rules, paid_up).reason is Reason.NOTHING_OWED
    assert next_action_for_record(rules, _record()).action is Action.NONE


def test_record_latest_promise_broken_escalates() -> None:
    rules = load_next_actions("cn")
    kept_then_broken = (PromiseView("A0001", date(2026, 10, 1), date(2026, 10, 5), Decimal(100), "kept"),
                        PromiseView("A0001", date(2026, 11, 1), date(2026, 11, 5), Decimal(100), "broken"))
    record = _record(_account("A0001", 40, "M2"), promises=kept_then_broken)
    assert next_action_for_record(rules, record).action is Action.LETTER
    record = replace(record, promises=tuple(reversed(kept_then_broken))[1:] + (
        PromiseView("A0001", date(2026, 11, 10), date(2026, 11, 20), Decimal(100), "pending"),))
    assert next_action_for_record(rules, record).action is Action.CALL


def test_a_stored_bucket_unknown_to_the_ladder_falls_back_to_days_past_due() -> None:
    step = next_action_for_record(load_next_actions("cn"), _record(_account("A0001", 75, "X9")))
    assert (step.bucket, step.action) == ("M3", Action.LETTER)


def _pack(tmp_path: Path, text: str) -> Path:
    (tmp_path / "test.toml").write_text(text, encoding="utf-8")
    return tmp_path


GOOD = (RULE_PACKS_DIR / "cn.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("change, message", [
    (('M4 = "visit"', 'M4 = "shout"'), "next_actions.ladder.M4"),
    (('M4 = "visit"', 'M4 = "hold"'), "next_actions.ladder.M4"),
    (('M4 = "visit"\n', ""), "bucket M4"),
    (('deceased = "hold"\n', ""), "deceased"),
    (('[next_actions.when_flagged]\nsource = "', '[next_actions.when_flagged]\nsauce = "'), "source is missing"),
    (('[next_actions.after_broken_promise]', '[next_actions.after_broken_promises]'), "unknown table"),
])
def test_a_wrong_pack_names_the_file_and_the_key(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert change[0] in GOOD
    directory = _pack(tmp_path, GOOD.replace(*change))
    with pytest.raises(ValueError, match=message) as error:
        load_next_actions("test", directory)
    assert "test.toml" in str(error.value)


def test_a_pack_without_next_actions_or_a_bad_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"missing \[next_actions\]"):
        load_next_actions("test", _pack(tmp_path, "[plans]\n"))
    with pytest.raises(ValueError, match="rule pack name"):
        load_next_actions("../cn")
