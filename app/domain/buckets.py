"""Delinquency buckets (账龄) from days past due: M0 current-but-due, M1 = 1-30 DPD ... M6 = 151-180, M6+ over 180."""

BUCKETS: tuple[str, ...] = ("M0", "M1", "M2", "M3", "M4", "M5", "M6", "M6+")


def bucket_for_days_past_due(days_past_due: int) -> str:
    """Return the bucket label for a number of days past due (negative counts as current)."""
    if days_past_due <= 0:
        return "M0"
    if days_past_due > 180:
        return "M6+"
    return BUCKETS[(days_past_due - 1) // 30 + 1]
