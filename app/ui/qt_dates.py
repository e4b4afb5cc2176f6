"""Python dates ⇄ Qt dates, typed (PySide6 converts them at run time, but its stubs admit neither direction)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    """A naive local ``moment`` as Qt's local date-time (milliseconds dropped)."""
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def from_qdatetime(moment: QDateTime) -> datetime:
    """Qt's local date-time as a naive local datetime."""
    day, time_of_day = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time_of_day.hour(), time_of_day.minute(), time_of_day.second())
