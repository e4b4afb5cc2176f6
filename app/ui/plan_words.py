"""How kinds of repayment plan are named on screen (the plan calculator and the outcome dialog)."""

from PySide6.QtCore import QCoreApplication


def plan_kind_label(kind: str) -> str:
    labels = {
        "instalment": QCoreApplication.translate("PlanWords", "Instalments"),
        "deferral": QCoreApplication.translate("PlanWords", "Deferral"),
        "settlement": QCoreApplication.translate("PlanWords", "Settlement (reduction)"),
        "minimum_payment": QCoreApplication.translate("PlanWords", "Minimum payment"),
    }
    return labels.get(kind, kind)
