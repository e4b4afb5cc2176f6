"""The registration state reaches the status bar: fake phone -> bridge signal -> MainWindow.show_registration."""

from app.telephony.events import RegistrationStateChanged
from tests.ui.registration_window import window_hearing_registrations


def test_registration_state_and_plain_reason_in_the_status_bar(qtbot) -> None:
    window, phone, bridge = window_hearing_registrations(qtbot)
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
