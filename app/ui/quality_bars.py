"""Call quality as four signal bars, painted from the call's estimated MOS; the measured figures on hover.

The thresholds are the E-model's user-satisfaction bands (ITU-T G.107 Annex B, R = 80/70/60/50 as MOS):
4 bars "satisfied" (MOS >= 4.03), 3 "some users dissatisfied" (>= 3.60), 2 "many dissatisfied" (>= 3.10),
1 "nearly all dissatisfied" (>= 2.58), 0 below: an agent can tell a fine line from one to call back on.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_BARS = 4
BAR_THRESHOLDS = (2.58, 3.10, 3.60, 4.03)  # the lowest MOS for 1, 2, 3 and 4 bars
_COLOURS = {0: "#b3261e", 1: "#b3261e", 2: "#c77700", 3: "#1b7f3b", 4: "#1b7f3b"}
_EMPTY = "#c4c7c5"


def bars_for_mos(mos: float) -> int:
    """0-4 bars for a MOS between 1 and 4.5."""
    return sum(1 for threshold in BAR_THRESHOLDS if mos >= threshold)


class QualityBars(QWidget):
    """Empty (grey) outside a call; ``show_quality`` after each sample, ``clear`` when the call ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: int | None = None  # None: nothing measured
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Call quality"))
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(26, 18)

    def show_quality(self, mos: float, codec: str, rtt_ms: float | None, jitter_ms: float, loss_percent: float) -> None:
        self.bars = bars_for_mos(mos)
        words = {
            4: self.tr("good"), 3: self.tr("fair"), 2: self.tr("poor"), 1: self.tr("bad"), 0: self.tr("bad"),
        }[self.bars]
        rtt = self.tr("not measured yet") if rtt_ms is None else self.tr("%1 ms").replace("%1", f"{rtt_ms:.0f}")
        lines = [
            self.tr("Call quality: %1 (MOS %2 of 4.5)").replace("%1", words).replace("%2", f"{mos:.2f}"),
            self.tr("Codec: %1").replace("%1", codec.split("/", 1)[0]),
            self.tr("Round trip: %1").replace("%1", rtt),
            self.tr("Jitter: %1 ms").replace("%1", f"{jitter_ms:.0f}"),
            self.tr("Packet loss: %1 %").replace("%1", f"{loss_percent:.1f}"),
        ]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription(lines[0])
        self.update()

    def clear(self) -> None:
        self.bars = None
        self.setToolTip(self.tr("Call quality: shown during a call"))
        self.setAccessibleDescription(self.tr("No call"))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        gap = 2.0
        width = (self.width() - gap * (MAX_BARS - 1)) / MAX_BARS
        lit = QColor(_COLOURS[self.bars or 0])
        for i in range(MAX_BARS):
            height = self.height() * (i + 1) / MAX_BARS
            painter.setBrush(lit if self.bars is not None and i < self.bars else QColor(_EMPTY))
            painter.drawRoundedRect(QRectF(i * (width + gap), self.height() - height, width, height), 1.0, 1.0)
        painter.end()
