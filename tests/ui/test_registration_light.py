"""The light while the registrar is silent and when it comes back: the events the keep-alive sends, through the
bridge, to the phone panel's light (amber with "registrar unreachable", then green), and a red light only for
what someone has to fix."""

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import RegistrationStateChanged
from app.telephony.fake_phone import FakePhone
from app.telephony.registration_reasons import UNREACHABLE
from app.ui.main_window import MainWindow
from app.ui.registration_light import COLOURS, RegistrationLight
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record

AMBER, GREEN, RED = COLOURS["registering"], COLOURS["registered"], COLOURS["failed"]


def test_registrar_silent_then_back_amber_then_green(qtbot) -> None:
    directory = FakeDirectory([sample_record(1)])
    phone = FakePhone()
    session = CallSession(phone=phone, call_log=FakeCallLog(directory), router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en")
    window = MainWindow(directory=directory, session=session, language="en")
    qtbot.addWidget(window)
    bridge = TelephonyBridge(phone)
    bridge.registration_state_changed.connect(lambda event: window.show_registration(event.state, event.plain_reason))
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
