"""The phone panel's meter while the sound rests between calls: a word, not a dead-looking bar, and no 10 Hz polling."""

from pytestqt.qtbot import QtBot

from app.ui.microphone_meter import NO_MICROPHONE_READ_INTERVAL_MS, READ_INTERVAL_MS, RESTING_DBFS, MicrophoneMeter


def test_a_resting_microphone_says_resting_looks_once_a_second_and_comes_back_live(qtbot: QtBot) -> None:
    level: list[float | None] = [RESTING_DBFS]
    meter = MicrophoneMeter(level=lambda: level[0])
    qtbot.addWidget(meter)
    meter.show()
    qtbot.waitExposed(meter)
    meter.read_level()
    assert meter.state == "resting" and meter.word.text() == "Resting" and meter.bar.value() == 0
    assert meter.word.toolTip().startswith("The sound rests between calls")
    assert meter._timer.interval() == NO_MICROPHONE_READ_INTERVAL_MS  # an idle app is not woken 10 times a second
    level[0] = -20.0  # a call woke the sound
    meter.read_level()
    assert meter.state == "sound" and meter.word.text() == "" and meter.bar.value() == 40
    assert meter._timer.interval() == READ_INTERVAL_MS and meter.word.toolTip() == ""
    level[0] = None
    meter.read_level()
    assert meter.state == "none" and meter.word.text() == "No microphone"

