"""How the record view names case flags, next steps and the states of promises and plans, per language."""

from PySide6.QtCore import QCoreApplication

from app.domain.next_action import Action


def flag_label(kind: str) -> str:
    labels = {
        "dispute": QCoreApplication.translate("RecordWords", "Dispute"),
        "hardship": QCoreApplication.translate("RecordWords", "Hardship or vulnerability"),
        "cease_contact": QCoreApplication.translate("RecordWords", "Cease contact"),
        "deceased": QCoreApplication.translate("RecordWords", "Deceased"),
        "legal": QCoreApplication.translate("RecordWords", "Bankruptcy or legal"),
    }
    return labels.get(kind, kind)


def action_label(action: Action) -> str:
    labels = {
        Action.SMS: QCoreApplication.translate("RecordWords", "Send an SMS reminder"),
        Action.CALL: QCoreApplication.translate("RecordWords", "Call the debtor"),
        Action.LETTER: QCoreApplication.translate("RecordWords", "Send a formal letter"),
        Action.VISIT: QCoreApplication.translate("RecordWords", "Authorised field visit"),
        Action.LEGAL: QCoreApplication.translate("RecordWords", "Refer to the legal team"),
        Action.HOLD: QCoreApplication.translate("RecordWords", "Hold collection"),
        Action.NONE: QCoreApplication.translate("RecordWords", "No action needed"),
    }
    return labels[action]


def promise_status_label(status: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("RecordWords", "Pending"),
        "kept": QCoreApplication.translate("RecordWords", "Kept"),
        "broken": QCoreApplication.translate("RecordWords", "Broken"),
    }
    return labels.get(status, status)


def plan_status_label(status: str) -> str:
    labels = {
        "proposed": QCoreApplication.translate("RecordWords", "Proposed"),
        "active": QCoreApplication.translate("RecordWords", "Active"),
        "completed": QCoreApplication.translate("RecordWords", "Completed"),
        "broken": QCoreApplication.translate("RecordWords", "Broken"),
        "cancelled": QCoreApplication.translate("RecordWords", "Cancelled"),
    }
    return labels.get(status, status)


def last4(account_number: str) -> str:
    return "****" + account_number[-4:]


def language_label(language: str) -> str:
    """The debtor's language in the agent's language: "Chinese" in the English window, "中文" in the Chinese one."""
    if language.startswith("zh"):
        return QCoreApplication.translate("RecordWords", "Chinese")
    if language.startswith("en"):
        return QCoreApplication.translate("RecordWords", "English")
    return language or "–"
