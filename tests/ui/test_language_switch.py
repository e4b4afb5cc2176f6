"""The language switches at runtime: a new window under the new translators, same debtor, old one detached;
during a call the switch waits for the outcome."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.language import LanguageSwitcher, install_translators
from app.telephony.events import CallStateChanged
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.window_host import WindowHost
from tests.ui.fakes import FakeCallLog, FakeDirectory, FakeFollowUps, sample_record
from tests.ui.guided_script import guided_library


@pytest.fixture
def host(qtbot, qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN", follow_ups=FakeFollowUps(call_log))
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    switcher = LanguageSwitcher(qapp, "zh_CN", tmp_path / "qm", install_translators(qapp, "zh_CN", tmp_path / "qm"))
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def make_window(language: str) -> MainWindow:
        window = MainWindow(directory=directory, session=session, language=language, window_state=state)
        qtbot.addWidget(window)
        return window

    host = WindowHost(make_window, session, switcher)
    host.window.load()
    host.window.show()
    yield host, phone, session
    switcher.switch("en")  # leave the application's translators as the other tests expect them
    for translator in switcher._translators:
        qapp.removeTranslator(translator)


def test_switching_to_english_rebuilds_the_window_with_the_same_debtor(host, qtbot) -> None:
    host, _phone, _session = host
    old = host.window
    old.show_debtor(2)
    assert old.softphone.hangup_button.text() == "挂机"
    host.show("registration", MainWindow.show_registration, "registered", "registered")
    with qtbot.waitSignal(host.window_replaced):
        host.request_language("en")
    new = host.window
    assert new is not old and new.isVisible() and not old.isVisible()
    assert new.softphone.hangup_button.text() == "Hang up"
    assert new.record_view.record is not None and new.record_view.record.debtor_id == 2
    assert new.registration_label is not None and new.registration_label.text() == "SIP: registered"
    assert QCoreApplication.translate("SoftphonePanel", "Hang up") == "Hang up"


def test_during_a_call_the_switch_waits_for_the_outcome(host, qtbot) -> None:
    host, phone, session = host
    window = host.window
    window.show_debtor(1)
    window.softphone.call_button.click()
    (key,) = phone.calls
    phone.remote_answers(key)
    phone.pump()
    host.request_language("en")
    assert host.window is window  # not mid-call
    phone.remote_hangs_up(key)
    phone.pump()
    assert session.awaiting_outcome
    with qtbot.waitSignal(host.window_replaced):
        session.record_outcome("no_answer")
    assert host.window is not window
    assert host.window.softphone.hangup_button.text() == "Hang up"
