"""The top of the record: who the debtor is, what is owed, open case flags as chips, and the next step.

A screen pop shows a record while the phone rings, so ``show_record`` only changes texts: the chip labels are kept
for the next record (a chip's stylesheet is set when its kind changes, not per record), the next step's red for a
hold is a palette colour, not a stylesheet parsed again on each record, and the facts and the next step become
selectable text when the pointer is over them (app.ui.hover_selectable_label).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.debtors import DebtorRecord
from app.domain.follow_ups import CaseFlagView
from app.domain.next_action import Action, NextAction, Reason
from app.ui import display
from app.ui.hover_selectable_label import HoverSelectableLabel
from app.ui.record_words import action_label, flag_label, language_label, last4

FACTS_PER_ROW = 2  # the middle column is about 500 px wide: two facts a row, three rows

CHIP_COLOURS = {  # background, text: readable on both light and dark themes
    "dispute": ("#fff4ce", "#6b4e00"),
    "hardship": ("#efe3fb", "#4b2a7a"),
    "cease_contact": ("#fdecea", "#8c1d18"),
    "deceased": ("#e8e8e8", "#303030"),
    "legal": ("#e1ecfb", "#15407a"),
}
HELD_COLOUR = "#8c1d18"  # the next step's text when collection is held


def chip_style(kind: str) -> str:
    background, foreground = CHIP_COLOURS.get(kind, ("#e8e8e8", "#303030"))
    return f"background: {background}; color: {foreground}; border-radius: 8px; padding: 1px 8px; font-weight: 600;"


class DebtorRecordHeader(QWidget):
    def __init__(self, language: str, full_numbers: bool = False, parent: QWidget | None = None) -> None:
        """``full_numbers``: the role may see the ID number unmasked (app.domain.roles)."""
        super().__init__(parent)
        self._language = language
        self._full_numbers = full_numbers
        self.name_label = QLabel(self)
        self.name_label.setObjectName("debtorName")
        self.name_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(8)
        for i, (key, title) in enumerate(self._fact_titles()):
            label = HoverSelectableLabel(self)
            self.facts[key] = label
            title_label = QLabel(title, self)
            title_label.setBuddy(label)
            facts.addWidget(title_label, i // FACTS_PER_ROW, (i % FACTS_PER_ROW) * 2)
            facts.addWidget(label, i // FACTS_PER_ROW, (i % FACTS_PER_ROW) * 2 + 1)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        self.chips: list[QLabel] = []  # the chips on show, one per open flag
        self._chip_pool: list[QLabel] = []  # every chip made so far; those past the open flags hidden
        self._chips_layout = QHBoxLayout()
        self._chips_layout.setSpacing(4)
        self._chips_layout.addStretch(1)
        self.next_action_label = HoverSelectableLabel(self)
        self.next_action_label.setObjectName("nextAction")
        self.next_action_label.setWordWrap(True)
        bold = QFont(self.next_action_label.font())
        bold.setWeight(QFont.Weight.DemiBold)  # 600
        self.next_action_label.setFont(bold)
        self._plain_palette = QPalette()  # nothing of its own: the window's colours
        self._held_palette = QPalette()
        self._held_palette.setColor(QPalette.ColorRole.WindowText, QColor(HELD_COLOUR))  # only this role its own
        self._held: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addLayout(facts)
        layout.addLayout(self._chips_layout)
        layout.addWidget(self.next_action_label)

    def _fact_titles(self) -> list[tuple[str, str]]:
        return [
            ("national_id", self.tr("ID number:")), ("language", self.tr("Language:")),
            ("bucket", self.tr("Bucket:")), ("dpd", self.tr("Days past due:")),
            ("total", self.tr("Total due:")), ("minimum", self.tr("Minimum due:")),
        ]

    def show_record(self, record: DebtorRecord, next_step: NextAction) -> None:
        self.name_label.setText(record.full_name)
        currency = record.accounts[0].currency if record.accounts else "CNY"
        worst = max(record.accounts, key=lambda a: a.days_past_due, default=None)
        values = {
            "national_id": record.national_id if self._full_numbers else display.masked_id(record.national_id),
            "language": language_label(record.language),
            "bucket": worst.bucket if worst is not None else "–",
            "dpd": str(record.days_past_due),
            "total": display.money(record.total_due, currency, self._language),
            "minimum": display.money(record.minimum_due, currency, self._language),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self._show_flags(record.open_flags)
        self._show_next_action(next_step)

    def _show_flags(self, flags: tuple[CaseFlagView, ...]) -> None:
        self.chips = []
        for index, flag in enumerate(flags):
            text = flag_label(flag.kind)
            if flag.account_number:
                text = self.tr("%1 (%2)").replace("%1", text).replace("%2", last4(flag.account_number))
            chip = self._chip(index, flag.kind)
            chip.setText(text)
            chip.setAccessibleName(self.tr("Case flag: %1").replace("%1", text))
            chip.setToolTip(self._flag_tooltip(flag))
            chip.show()
            self.chips.append(chip)
        for chip in self._chip_pool[len(flags):]:
            chip.hide()

    def _chip(self, index: int, kind: str) -> QLabel:
        """The ``index``-th chip, made on first need, in the colours of ``kind``."""
        if index == len(self._chip_pool):
            chip = QLabel(self)
            self._chips_layout.insertWidget(index, chip)
            self._chip_pool.append(chip)
        chip = self._chip_pool[index]
        if chip.property("kind") != kind:
            chip.setProperty("kind", kind)
            chip.setStyleSheet(chip_style(kind))
        return chip

    def _flag_tooltip(self, flag: CaseFlagView) -> str:
        tip = self.tr("Raised %1 by %2").replace("%1", display.moment(flag.raised_at, self._language))
        tip = tip.replace("%2", flag.raised_by)
        return f"{tip}\n{flag.note}" if flag.note else tip

    def _show_next_action(self, step: NextAction) -> None:
        why = {
            Reason.LADDER: self.tr("bucket %1").replace("%1", step.bucket or "–"),
            Reason.BROKEN_PROMISE: self.tr("the latest promise was broken (bucket %1)").replace("%1", step.bucket or "–"),
            Reason.NOTHING_OWED: self.tr("nothing is owed"),
            Reason.FLAG: self._flag_reason(step),
        }[step.reason]
        text = self.tr("Next step: %1 · %2").replace("%1", action_label(step.action)).replace("%2", why)
        self.next_action_label.setText(text)
        self.next_action_label.setToolTip(step.source)
        held = step.action is Action.HOLD
        if held != self._held:
            self._held = held
            self.next_action_label.setPalette(self._held_palette if held else self._plain_palette)

    def _flag_reason(self, step: NextAction) -> str:
        if step.flag is None:
            return ""
        if step.flag.account_number:
            text = self.tr("case flag “%1” is open on %2: held until a review clears it")
            return text.replace("%1", flag_label(step.flag.kind)).replace("%2", last4(step.flag.account_number))
        text = self.tr("case flag “%1” is open: collection is held until a review clears it")
        return text.replace("%1", flag_label(step.flag.kind))
