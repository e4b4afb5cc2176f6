"""The variables a script may use, built from a debtor record: the only data templates and conditions can see.

Two levels: what may be said to whoever answers (the agent, the centre, the name asked for, the answers so far)
and, only in ``disclosure`` nodes after the right party is verified, the debt itself.
"""

from dataclasses import dataclass, field
from typing import Any

from app.domain.debtors import AccountView, DebtorRecord, PromiseView
from app.scripts.shapes import ITEMS, KnownShape  # not template_safety: no jinja2 before a script runs

_PLAN_KEYS = ("kind", "total", "fee_total", "discount", "monthly_amount", "months", "first_due", "last_due",
              "currency", "needs_supervisor_approval", "over_affordability")

PLAN_SHAPE: KnownShape = {**{key: None for key in _PLAN_KEYS},
                          "instalments": {ITEMS: {"sequence": None, "due_on": None, "amount": None}}}
BEFORE_VERIFICATION: dict[str, KnownShape] = {
    "agent": {"name": None},
    "centre": {"name": None, "callback_number": None},
    "debtor": {"name": None, "language": None},
    "answers": None,
    "verified": None,
}
AFTER_VERIFICATION: dict[str, KnownShape] = {
    **BEFORE_VERIFICATION,
    "account": {key: None for key in ("number_last4", "product", "total_due", "minimum_due", "currency", "due_date",
                                      "days_past_due", "bucket")},
    "plan": PLAN_SHAPE,
    "affordability": {"max_monthly_payment": None, "monthly_income": None, "essential_expenses": None},
    "promise": {"amount": None, "due_on": None, "status": None},
}


@dataclass(frozen=True)
class Centre:
    name: str
    callback_number: str


DEFAULT_CENTRES = {  # until [centre] is set in calldesk.toml
    "en": Centre("the Card Services Centre", "400-820-8888"),
    "zh_CN": Centre("信用卡中心", "400-820-8888"),
}


@dataclass(frozen=True)
class CallFacts:
    """What the script knows about this call before it starts; answers and the plan are added during the call."""

    spoken: dict[str, Any]  # BEFORE_VERIFICATION names (without answers/verified)
    debt: dict[str, Any] = field(default_factory=dict)  # account, promise: only after verification


def focus_account(record: DebtorRecord) -> AccountView | None:
    """The account the call is about: the most overdue one."""
    return max(record.accounts, key=lambda a: (a.days_past_due, a.total_due), default=None)


def latest_promise(record: DebtorRecord, account: AccountView | None) -> PromiseView | None:
    if account is None:
        return None
    promises = [p for p in record.promises if p.account_number == account.account_number]
    return max(promises, key=lambda p: (p.promised_on, p.due_on), default=None)


def call_facts(record: DebtorRecord, agent_name: str, centre: Centre) -> CallFacts:
    account = focus_account(record)
    account_vars: dict[str, Any] = {}
    if account is not None:
        account_vars = {
            "number_last4": account.account_number[-4:],
            "product": account.product,
            "total_due": account.total_due,
            "minimum_due": account.minimum_due,
            "currency": account.currency,
            "due_date": account.due_date,
            "days_past_due": account.days_past_due,
            "bucket": account.bucket,
        }
    promise = latest_promise(record, account)
    promise_vars = {} if promise is None else {"amount": promise.amount, "due_on": promise.due_on,
                                               "status": promise.status}
    return CallFacts(
        spoken={
            "agent": {"name": agent_name},
            "centre": {"name": centre.name, "callback_number": centre.callback_number},
            "debtor": {"name": record.full_name, "language": record.language},
        },
        debt={"account": account_vars, "promise": promise_vars},
    )
