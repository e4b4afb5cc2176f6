"""What an agent is told at start when there is nobody to call: demo data is added only in demo mode, which turns
off once a SIP account has a registrar (app.config), so a real PBX starts with an empty database."""

from PySide6.QtCore import QCoreApplication


def no_debtors_notice(demo_mode: bool, has_debtors: bool) -> str | None:
    """The message for the window, or None when there are debtors (or demo data is on its way)."""
    if has_debtors or demo_mode:
        return None
    return QCoreApplication.translate(
        "FirstStart",
        "There are no debtors in the database yet. Demo debtors are added only in demo mode, which is off because "
        "a SIP account has a registrar. Import your debtors with `calldesk import-debtors FILE.csv`, or add demo "
        "debtors with `calldesk seed --debtors 200` (or set [demo] enabled = true), then start CallDesk again.",
    )
