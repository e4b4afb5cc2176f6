"""The variables a script may use, built from a debtor record: the only data templates can see."""

from typing import Any

from app.domain.debtors import AccountView, DebtorRecord


def focus_account(record: DebtorRecord) -> AccountView | None:
    """The account the call is about: the most overdue one."""
    return max(record.accounts, key=lambda a: (a.days_past_due, a.total_due), default=None)


def script_context(record: DebtorRecord, agent_name: str) -> dict[str, Any]:
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
    return {
        "agent": {"name": agent_name},
        "debtor": {"name": record.full_name, "language": record.language},
        "account": account_vars,
    }
