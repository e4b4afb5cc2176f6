"""Words an agent reads in the window, per language: SIP reasons, dial-target errors, the debtor's language, key
names; and a language switch keeps the record tab the agent was reading."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.services.language import install_translators
from app.telephony.dial_target import normalize_dial_target
from app.telephony.port import InvalidDialTarget
from app.ui.dial_problem_words import dial_problem_text
from app.ui.record_words import language_label
from app.ui.shortcuts import window_shortcuts
from app.ui.sip_reason_words import sip_code_of, sip_reason_text
from tests.ui.test_language_switch import host  # noqa: F401 (a pytest fixture, used by name)

BAD_TARGETS = [
    "", "   ", "1" * 300, "138\u200b12345678", "debtor@127.0.0.1", "abc", "12345", "13812345678 ext. 12",
    "tel:+8613812345678", "sip:de btor@127.0.0.1", "sip:debtor@127.0.0.1?x=y", "sip:127.0.0.1", "sip:@127.0.0.1",
    "sip:" + "u" * 70 + "@127.0.0.1", "sip:a<b@127.0.0.1", "sip:a@[::1", "sip:a@[fe80::1%eth0]", "sip:a@[zz::]",
    "sip:a@[::1]x", "sip:a@::1", "sip:a@", "sip:a@" + "h" * 254, "sip:a@999.1.1.1", "sip:a@bad_host",
    "sip:a@127.0.0.1:99999", "sip:a@127.0.0.1" + ";p" * 11, "sip:a@127.0.0.1;=x",
]


@pytest.fixture
def chinese(qapp: QApplication, tmp_path) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN", tmp_path)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _english_problem(text: str, **settings: str) -> str:
    with pytest.raises(InvalidDialTarget) as error:
        normalize_dial_target(text, **settings)
    return str(error.value)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("text", BAD_TARGETS)
def test_every_dial_target_error_is_translated(chinese: None, text: str) -> None:
    english = _english_problem(text)
    shown = dial_problem_text(english)
    assert shown != english and _has_chinese(shown), english


def test_dial_settings_errors_are_translated_with_their_details(chinese: None) -> None:
    shown = dial_problem_text(_english_problem("13812345678", dial_prefix="9x"))
    assert "9x" in shown and _has_chinese(shown)
    shown = dial_problem_text(_english_problem("13812345678", default_domain="bad_host"))
    assert "bad_host" in shown and "设置" in shown


def test_a_typed_placeholder_is_not_replaced_twice(chinese: None) -> None:
    shown = dial_problem_text(_english_problem("sip:a%2@127.0.0.1"))
    assert "a%2" in shown


def test_dial_errors_read_the_same_in_english() -> None:
    for text in BAD_TARGETS:
        english = _english_problem(text)
        shown = dial_problem_text(english)
        assert not _has_chinese(shown)
        assert shown.split(" ")[0] == english.split(" ")[0]


def test_an_unknown_message_is_shown_as_it_came(chinese: None) -> None:
    assert dial_problem_text("The demo line did not start.") == "The demo line did not start."


@pytest.mark.parametrize(("reason", "code"), [
    ("Normal call clearing", 200), ("OK", 200), ("Busy Here", 486), ("486 Busy Here", 486), ("Decline", 603),
    ("Request Terminated", 487), ("Temporarily Unavailable", 480), ("Not Acceptable Here", 488),
    ("Request Timeout", 408), ("Forbidden", 403), ("Not Found", 404), ("Server Internal Error", 500),
    ("Service Unavailable", 503), ("Session Progress", 183), ("Ringing", 180),
])
def test_common_sip_reasons_are_translated(chinese: None, reason: str, code: int) -> None:
    assert sip_code_of(reason) == code
    assert _has_chinese(sip_reason_text(reason))


def test_sip_reasons_in_english_are_plain_words() -> None:
    assert sip_reason_text("Normal call clearing") == "hung up normally"
    assert sip_reason_text("Busy Here") == "busy"
    assert sip_reason_text("My PBX says no") == "My PBX says no"


def test_the_debtors_language_is_named_in_the_agents_language(chinese: None) -> None:
    assert language_label("zh_CN") == "中文"
    assert language_label("en") == "英文"


def test_the_debtors_language_in_english() -> None:
    assert language_label("zh_CN") == "Chinese"
    assert language_label("en") == "English"


def test_no_key_is_listed_twice(chinese: None) -> None:
    for shortcut in window_shortcuts():
        texts = shortcut.key_text.split(" / ")
        assert len(texts) == len(set(texts)), shortcut.key_text
    (next_step,) = [s for s in window_shortcuts() if s.id == "next_step"]
    assert next_step.key_text.count("Ctrl+") == 1


def test_chinese_call_state_shows_translated_reason(chinese: None, qtbot) -> None:
    from app.ui.softphone_panel import SoftphonePanel

    panel = SoftphonePanel(lambda _text: None)
    qtbot.addWidget(panel)
    panel.show_call_state("disconnected", "Normal call clearing")
    assert "Normal" not in panel.state_label.text() and _has_chinese(panel.state_label.text())
    assert panel.state_label.toolTip() == "Normal call clearing"


def test_the_record_tab_survives_a_language_switch(host, qtbot) -> None:
    host, _phone, _session = host
    host.window.show_debtor(2)
    host.window.record_view.tabs.setCurrentIndex(3)
    with qtbot.waitSignal(host.window_replaced):
        host.request_language("en")
    assert host.window.record_view.tabs.currentIndex() == 3
    assert QCoreApplication.translate("RecordWords", "Chinese") == "Chinese"


def test_short_moments_fit_a_narrow_column() -> None:
    from datetime import datetime

    from app.ui.display import short_moment

    now = datetime(2026, 12, 7, 20, 0)
    assert short_moment(datetime(2026, 12, 7, 9, 5), "en", now) == "09:05"
    assert short_moment(datetime(2026, 11, 10, 2, 43), "en", now) == "10 Nov 02:43"
    assert short_moment(datetime(2026, 11, 10, 2, 43), "zh_CN", now) == "11月10日 02:43"
    assert short_moment(datetime(2025, 11, 10, 2, 43), "zh_CN", now) == "2025年11月10日"


def test_a_long_coaching_hint_shows_three_lines_and_keeps_the_rest_in_its_tooltip(qtbot) -> None:
    from app.ui.clamped_label import ClampedLabel

    label = ClampedLabel(3)
    qtbot.addWidget(label)
    label.resize(300, 200)
    text = "Ask, then stop talking. " * 20
    label.setText(text)
    label.show()
    qtbot.waitExposed(label)
    assert label.toolTip() == text and label.full_text() == text
    assert label.text().endswith("…") and len(label.text()) < len(text)
    assert label.sizeHint().height() <= label.fontMetrics().lineSpacing() * 3 + 10
    label.setText("Short.")
    assert label.text() == "Short."


def test_a_dial_error_in_the_chinese_window_reads_in_chinese(host) -> None:
    host, _phone, _session = host
    host.window.show_problem(_english_problem("debtor@127.0.0.1"))
    shown = host.window.problem_banner.text()
    assert _has_chinese(shown) and "sip:debtor@127.0.0.1" in shown
