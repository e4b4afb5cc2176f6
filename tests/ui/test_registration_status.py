"""The registration state reaches the status bar: fake phone -> bridge signal -> MainWindow.show_registration."""

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import RegistrationStateChanged
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def test_registration_state_and_plain_reason_in_the_status_bar(qtbot) -> None:
    directory = FakeDirectory([sample_record(1)])
    phone = FakePhone()
    session = CallSession(phone=phone, call_log=FakeCallLog(directory), router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en")
    window = MainWindow(directory=directory, session=session, language="en")
    qtbot.addWidget(window)
    bridge = TelephonyBridge(phone)
    bridge.registration_state_changed.connect(lambda event: window.show_registration(event.state, event.plain_reason))
    assert window.registration_label is None  # no account, no label

    phone.registrar_reports(RegistrationStateChanged("office", "failed", 401, "Unauthorized", "wrong user or password"))
    with qtbot.waitSignal(bridge.registration_state_changed, timeout=1000):
        phone.pump()
    assert window.registration_label is not None
    assert window.registration_label.text() == "SIP: not registered"
    assert window.registration_label.toolTip() == "wrong user or password"
    assert phone.registration_state("office").sip_code == 401

    phone.registrar_reports(RegistrationStateChanged("office", "registered", 200, "OK", "registered"))
    phone.pump()
    assert window.registration_label.text() == "SIP: registered"
    assert window.registration_label.toolTip() == "registered"
    bridge.shutdown()
