"""The real app (``app.__main__.main``: its settings, logging, signal handling and composition root), brought into
one state for the test to send it SIGTERM or SIGINT there.

``python -m tests.e2e.signal_driver CONFIG DATA_DIR SCENARIO``

The only changes to the app are wrappers around ``build_shell`` (the "startup" scenario) and ``complete_desktop``
that, once the window has painted and the database is open (the phone is started then), announce the phone's SIP
URI and do what an agent would for the scenario:
  idle · ringing (nothing: a caller rings) · in_call_box (answers the caller, then closes the window: the
  "Call in progress" question) · transfer (answers the caller, then opens the transfer dialog) ·
  outcome (nothing: a caller rings and cancels, the outcome dialog opens) ·
  settings (File → Settings) · offer (nothing: the start-up offers an interrupted call) ·
  startup (SIGTERM to itself once the window is built, before the event loop runs)

Stdout, one line each, flushed: ``SIP <uri>``; ``RINGING``; ``MODAL <class> <title>`` for each dialog that opens;
``LOOP`` once the main event loop runs.
"""

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

import app.desktop as desktop_module
import app.desktop_shell as shell_module
from app.__main__ import main
from app.config import Settings
from app.desktop import Desktop
from app.desktop_shell import Shell

POLL_MS = 50
_build_shell = shell_module.build_shell
_complete_desktop = desktop_module.complete_desktop
_keep: list[object] = []


def say(line: str) -> None:
    print(line, flush=True)


def _announce_dialogs() -> None:
    seen: set[int] = set()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in seen:
                seen.add(id(widget))
                say(f"MODAL {type(widget).__name__} {widget.windowTitle()}")
            elif isinstance(widget, QDialog) and not widget.isVisible():
                seen.discard(id(widget))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(POLL_MS)
    _keep.append(timer)


def _answer_then(desk: Desktop, action: Callable[[], object]) -> None:
    desk.session.incoming_call.connect(lambda *_: QTimer.singleShot(0, desk.session.answer_incoming))

    def on_state(state: str, _reason: str) -> None:
        if state == "confirmed":
            QTimer.singleShot(200, action)

    desk.session.call_state_changed.connect(on_state)


SCENARIOS = {
    "idle": lambda desk: None,
    "ringing": lambda desk: None,
    "outcome": lambda desk: None,
    "offer": lambda desk: None,
    "in_call_box": lambda desk: _answer_then(desk, desk.window.close),  # mid-call: "Call in progress?"
    "transfer": lambda desk: _answer_then(desk, desk.window.softphone.transfer_button.click),
    "settings": lambda desk: QTimer.singleShot(300, desk.window.settings_requested.emit),
    "startup": lambda desk: os.kill(os.getpid(), signal.SIGTERM),
}


def run(config: str, data_dir: str, scenario: str) -> int:
    def drive(desk: Desktop) -> None:
        say(f"SIP {desk.bridge.port.local_uri()}")
        desk.session.incoming_call.connect(lambda *_: say("RINGING"))
        SCENARIOS[scenario](desk)
        _announce_dialogs()
        QTimer.singleShot(0, lambda: say("LOOP"))

    def drive_once_started(desk: Desktop) -> None:
        """The phone starts once its modules have loaded on their thread, after the database is open."""
        if desk.started_bridge is None:
            QTimer.singleShot(10, lambda: drive_once_started(desk))
        else:
            drive(desk)

    def build_shell(settings: Settings, app: QApplication) -> Shell:
        shell = _build_shell(settings, app)
        if scenario == "startup":
            os.kill(os.getpid(), signal.SIGTERM)
        return shell

    def complete_and_drive(shell: Shell) -> Desktop:
        desk = _complete_desktop(shell)
        if desk.opener.opened_database is not None:
            QTimer.singleShot(0, lambda: drive_once_started(desk))
        else:  # after the app's own handler of the open database (its turn comes first)
            desk.opener.opened.connect(lambda _opened: QTimer.singleShot(0, lambda: drive_once_started(desk)))
        return desk

    shell_module.build_shell = build_shell
    desktop_module.complete_desktop = complete_and_drive
    return main(["--config", config, "--data-dir", data_dir, "--lang", "en"])


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:4]))
