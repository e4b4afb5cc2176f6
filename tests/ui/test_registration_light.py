"""The light while the registrar is silent and when it comes back: the events the keep-alive sends, through the
bridge, to the phone panel's light (amber with "registrar unreachable", then green), and a red light only for
what someone has to fix."""

from app.telephony.events import RegistrationStateChanged
from app.telephony.registration_reasons import UNREACHABLE
from app.ui.registration_light import COLOURS, RegistrationLight
from tests.ui.registration_window import window_hearing_registrations

AMBER, GREEN, RED = COLOURS["registering"], COLOURS["registered"], COLOURS["failed"]


def test_registrar_silent_then_back_amber_then_green(qtbot) -> None:
    window, phone, bridge = window_hearing_registrations(qtbot)
    light = window.softphone.registration_light
    seen = []
    for event in (
        RegistrationStateChanged("office", "registered", 200, "OK", "registered"),
        RegistrationStateChanged("office", "failed", 0, "no answer to OPTIONS", UNREACHABLE, 10.0),
        RegistrationStateChanged("office", "registering", 0, "", "registering"),
        RegistrationStateChanged("office", "registered", 200, "OK", "registered"),
    ):
        phone.registrar_reports(event)
        with qtbot.waitSignal(bridge.registration_state_changed, timeout=1000):
            phone.pump()
        seen.append((light.colour, light.toolTip()))
    assert seen == [
        (GREEN, "SIP: registered"),
        (AMBER, "SIP: not registered — registrar unreachable"),
        (AMBER, "SIP: registering…"),
        (GREEN, "SIP: registered"),
    ]
    assert light.accessibleDescription() == light.toolTip()
    bridge.shutdown()


def test_red_only_for_what_someone_has_to_fix(qtbot) -> None:
    light = RegistrationLight()
    qtbot.addWidget(light)
    light.show_registration("failed", "wrong user or password")
    assert light.colour == RED
    light.show_registration("failed", "unknown user")
    assert light.colour == RED
    light.show_registration("failed", UNREACHABLE)
    assert light.colour == AMBER
