"""PySide's lazily made parts, made while the agent is idle instead of in the middle of a call.

PySide 6 creates a Qt class's Python type (and its enums, as Python ``enum`` classes) the first time the class is
met, and a module's table of call signatures the first time a call into that module is given arguments it does not
take. And the first time it wraps an object of a class it has no type for (Qt's internal ones, e.g. a line edit's
text control), it makes every lazily made type of the loaded modules (~45 ms, ~6 MB), to look for the nearest one.
Met first during a call, each stalled the window: QStyle's types when the script's answer takes the focus at connect
(~30 ms), all types when the script's key filter first saw an event of an internal object (~25-45 ms), QtWidgets'
signature table (~20-60 ms: a TypeError PySide raises and handles itself while it matches a slot), the text-layout
types when the coaching hint is first clamped (bench/gui_stall.py). The memory is the first call's anyway.
"""

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit


def make_lazy_qt_types() -> None:
    """Create now what the first call would (~100-150 ms once, on the GUI thread); nothing without an application."""
    if not isinstance(QApplication.instance(), QApplication):
        return
    from PySide6.QtGui import QTextLayout, QTextLine  # noqa: F401 - importing the names creates the types
    from PySide6.QtWidgets import QStyle, QStyleOption  # noqa: F401 - importing the names creates the types

    QLineEdit().children()  # its text control: a class PySide has no type for
    try:
        QLabel().setMinimumWidth("warm-up")  # type: ignore[arg-type]  # the wrong argument, on purpose: the table
    except TypeError:
        pass
