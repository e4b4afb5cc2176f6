"""The recording player dialog and the RecordingPlayback service, on the fake phone (the test moves its clock).

The real pjsua2 playback is covered in tests/sip/test_recording_playback.py."""

import array
import wave
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.db.call_log_repository import CallLogRepository
from app.db.engine import session_factory
from app.domain.call_log import CallEventKind
from app.domain.debtors import ContactHistoryEntry
from app.services.recording_playback import RecordingPlayback
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from app.ui.recording_player_dialog import RecordingPlayerDialog
from tests.db.helpers import migrated_sqlite
from tests.ui.fakes import FakeCallLog


@dataclass
class Player:
    phone: FakePhone
    bridge: TelephonyBridge
    call_log: FakeCallLog
    playback: RecordingPlayback
    dialog: RecordingPlayerDialog
    entry: ContactHistoryEntry
    problems: list[str]


def _wav(path: Path, seconds: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(array.array("h", [0] * 8000 * seconds).tobytes())
    return path


def _build(qtbot, tmp_path: Path, role: str = "qa", full_numbers: bool = False) -> Player:
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    call_log = FakeCallLog()
    call_id = call_log.start_call(call_uuid="c1", direction="outbound", number="+8613812345678", agent_login="lina",
                                  debtor_id=1, script_id=None, script_version=None)
    wav = _wav(tmp_path / "recordings" / "2026" / "11" / "c1.wav", 10)
    entry = ContactHistoryEntry(call_id, datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc), "outbound",
                                "+8613812345678", "李娜", 10, "promise_to_pay", None, str(wav))
    playback = RecordingPlayback(phone=phone, call_log=call_log, agent_login="qa.wang", role=role)
    bridge.playback_state_changed.connect(playback.on_playback_state)
    problems: list[str] = []
    playback.problem.connect(problems.append)
    dialog = RecordingPlayerDialog(playback, entry, "en", full_numbers=full_numbers)
    qtbot.addWidget(dialog)
    bridge.start()
    return Player(phone, bridge, call_log, playback, dialog, entry, problems)


@pytest.fixture
def player(qtbot, tmp_path: Path) -> Iterator[Player]:
    built = _build(qtbot, tmp_path)
    built.dialog.show()
    qtbot.waitExposed(built.dialog)
    yield built
    built.bridge.shutdown()


def _start(player: Player, qtbot) -> None:
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.dialog.start()
    assert changed.args == ["playing"]


def test_opening_plays_the_call_and_logs_who_played_it(player: Player, qtbot) -> None:
    dialog = player.dialog
    assert not dialog.isModal()
    assert dialog.number_label.text() != "13812345678" and "5678" in dialog.number_label.text()
    assert "13812345678" not in dialog.number_label.text().replace(" ", "")
    assert dialog.agent_label.text() == "李娜" and dialog.total_label.text() == "00:10"
    _start(player, qtbot)
    assert player.phone.playback_path == player.entry.recording_path
    assert player.call_log.events[player.entry.call_id] == [
        (CallEventKind.RECORDING_PLAYED.value, {"by": "qa.wang", "role": "qa"}),
    ]
    assert dialog.play_button.text() == "Pause" and dialog.state_label.text() == "Playing"
    for widget in (dialog.play_button, dialog.slider, dialog.elapsed_label, dialog.total_label, dialog.state_label):
        assert widget.accessibleName()


def test_the_position_follows_the_phone_every_200_ms(player: Player, qtbot) -> None:
    _start(player, qtbot)
    player.phone.playback_advances(4200)
    with qtbot.waitSignal(player.playback.position_changed, timeout=1000) as moved:
        pass
    assert moved.args == [4200, 10000]
    assert player.dialog.slider.maximum() == 10000 and player.dialog.slider.value() == 4200
    assert player.dialog.elapsed_label.text() == "00:04"
    assert player.phone.playback_ms == 4200, "showing the position is not a seek"


def test_space_pauses_and_resumes(player: Player, qtbot) -> None:
    _start(player, qtbot)
    player.dialog.slider.setFocus()
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        qtbot.keyClick(player.dialog.slider, Qt.Key.Key_Space)
    assert changed.args == ["paused"] and player.dialog.play_button.text() == "Play"
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.dialog.play_button.click()
    assert changed.args == ["playing"]
    assert len(player.call_log.events[player.entry.call_id]) == 1, "a resume is the same playback"


def test_the_slider_seeks(player: Player, qtbot) -> None:
    _start(player, qtbot)
    with qtbot.waitSignal(player.dialog.seek_requested) as sought:
        qtbot.keyClick(player.dialog.slider, Qt.Key.Key_PageUp)
    assert sought.args == [5000] and player.phone.playback_ms == 5000
    player.dialog.slider.setSliderDown(True)  # a drag: the phone's position does not move the handle meanwhile
    player.dialog.slider.setValue(8000)
    assert player.phone.playback_ms == 5000
    player.dialog.show_position(5200, 10000)
    assert player.dialog.slider.value() == 8000
    player.dialog.slider.setSliderDown(False)  # the release seeks
    assert player.phone.playback_ms == 8000


def test_the_end_offers_play_again(player: Player, qtbot) -> None:
    _start(player, qtbot)
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.phone.playback_advances(20_000)
    assert changed.args == ["finished"]
    assert player.dialog.play_button.text() == "Play again" and player.dialog.slider.value() == 10000
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.dialog.play_button.click()
    assert changed.args == ["playing"] and player.phone.playback_ms == 0


def test_closing_stops_the_playback(player: Player, qtbot) -> None:
    _start(player, qtbot)
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.dialog.close_button.click()
    assert changed.args == ["stopped"] and player.phone.playback is None and not player.dialog.isVisible()


def test_a_missing_file_is_explained_and_not_logged(player: Player, qtbot) -> None:
    missing = replace(player.entry, recording_path=str(Path(player.entry.recording_path or "").with_name("gone.wav")))
    assert not player.playback.play(missing)
    assert player.problems == [f"This recording file is missing: {missing.recording_path}. Ask a supervisor; "
                               "the call log still has every step."]
    assert player.call_log.events[player.entry.call_id] == [] and player.phone.playback is None


def test_the_dialog_shows_problems(player: Player, qtbot) -> None:
    player.phone.remote_calls_in("13900000000")
    player.dialog.start()
    assert player.dialog.problem_label.isVisible()
    assert "during a call" in player.dialog.problem_label.text()
    assert player.phone.playback is None and player.call_log.events[player.entry.call_id] == []


def test_a_call_pauses_and_resume_is_refused_until_it_ends(player: Player, qtbot) -> None:
    _start(player, qtbot)
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        call_key = player.phone.remote_calls_in("13900000000")
    assert changed.args == ["paused"]
    player.dialog.play_button.click()
    assert player.problems and "during a call" in player.problems[-1]
    player.phone.remote_hangs_up(call_key)
    with qtbot.waitSignal(player.playback.state_changed) as changed:
        player.dialog.play_button.click()
    assert changed.args == ["playing"]


def test_no_playback_unless_it_is_logged(player: Player, qtbot) -> None:
    player.call_log.fail_writes = True
    assert not player.playback.play(player.entry)
    assert player.phone.playback is None
    assert player.problems and "call log cannot be written" in player.problems[-1]


def test_a_role_that_may_not_play_is_refused(qtbot, tmp_path: Path) -> None:
    built = _build(qtbot, tmp_path, role="agent")
    try:
        assert not built.playback.play(built.entry)
        assert built.phone.playback is None and built.call_log.events[built.entry.call_id] == []
        assert built.problems == ["Your role may not play call recordings. Ask a supervisor or QA."]
    finally:
        built.bridge.shutdown()


def test_a_supervisor_sees_the_full_number(qtbot, tmp_path: Path) -> None:
    built = _build(qtbot, tmp_path, role="supervisor", full_numbers=True)
    try:
        assert built.dialog.number_label.text() == "138 1234 5678"
    finally:
        built.bridge.shutdown()


def test_the_audit_event_lands_in_the_real_call_log_of_an_ended_call(qtbot, tmp_path: Path) -> None:
    repository = CallLogRepository(session_factory(migrated_sqlite(tmp_path)))
    call_id = repository.start_call(call_uuid="c9", direction="outbound", number="+8613812345678",
                                    agent_login="lina", debtor_id=None, script_id=None, script_version=None)
    repository.mark_ended(call_id, datetime.now(timezone.utc), "normal")
    phone = FakePhone()
    wav = _wav(tmp_path / "c9.wav", 1)
    entry = ContactHistoryEntry(call_id, datetime.now(timezone.utc), "outbound", "+8613812345678", "李娜", 1, None,
                                None, str(wav))
    playback = RecordingPlayback(phone=phone, call_log=repository, agent_login="sup.zhao", role="supervisor")
    assert playback.play(entry)
    [event] = [e for e in repository.events(call_id) if e.kind == "recording_played"]
    assert event.payload == {"by": "sup.zhao", "role": "supervisor"}
