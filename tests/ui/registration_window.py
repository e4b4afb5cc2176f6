"""The main window wired to a fake phone's registration events through the real bridge, as the desktop wires it."""

from pytestqt.qtbot import QtBot

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def window_hearing_registrations(qtbot: QtBot) -> tuple[MainWindow, FakePhone, TelephonyBridge]:
    directory = FakeDirectory([sample_record(1)])
    phone = FakePhone()
    session = CallSession(phone=phone, call_log=FakeCallLog(directory), router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "Agent"), language="en")
    window = MainWindow(directory=directory, session=session, language="en")
    qtbot.addWidget(window)
    bridge = TelephonyBridge(phone)
    bridge.registration_state_changed.connect(lambda event: window.show_registration(event.state, event.plain_reason))
    return window, phone, bridge
