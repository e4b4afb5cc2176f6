"""Run the real window on an X server, take screenshots of idle, in-call, outcome and an incoming call (a second
pjsua2 phone calls in from a debtor's number), report missing glyphs.

Run as ``python -m tests.ui.screenshot_driver --lang zh_CN --out DIR --data-dir DIR`` with DISPLAY set.
Prints one JSON line with the files written and the characters that would render as boxes.
"""

import argparse
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.config import load_settings
from app.desktop import Desktop, build_desktop
from app.phone_numbers import national_digits
from tests.sip.peer import PeerPhone
from tests.ui.glyphs import missing_glyphs


def _wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def _settle(app: QApplication, seconds: float = 0.4) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def start_demo_desktop() -> tuple[argparse.Namespace, QApplication, Desktop]:
    """The drivers' common start: ``--lang``, ``--out``, ``--data-dir`` read, the real desktop built on demo data."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    settings = dataclasses.replace(load_settings(data_dir=args.data_dir), language=args.lang, agent_name="王芳",
                                   demo_mode=True, demo_debtors=40)
    settings.paths.create()
    app = QApplication([sys.argv[0]])
    return args, app, build_desktop(settings, app)


def main() -> int:
    args, app, desktop = start_demo_desktop()
    window = desktop.window
    shots: dict[str, str] = {}
    missing: dict[str, list[tuple[str, str]]] = {}

    def snap(name: str, widget: QWidget) -> None:
        _settle(app)
        path = args.out / f"{name}_{args.lang}.png"
        widget.grab().save(str(path))
        shots[name] = str(path)
        missing[name] = missing_glyphs(widget)

    try:
        window.show()
        window.load()
        window.debtor_list.select_row(0)
        snap("idle", window)
        window.softphone.call_button.click()
        _wait(app, window.script_pane.next_button.isEnabled)
        window.script_pane.choose_number(1)  # who answered: the debtor
        window.script_pane.next_button.click()
        snap("in_call", window)
        window.softphone.hangup_button.click()
        _wait(app, lambda: window.outcome_dialog is not None)
        dialog = window.outcome_dialog
        dialog.choose("rpc_ptp")
        snap("outcome", dialog)
        dialog.choose("rpc_refusal")  # the promise shown above needs an amount and date; this needs nothing
        dialog.accept()
        _wait(app, lambda: not desktop.session.awaiting_outcome)
        caller = window.record_view.record
        assert caller is not None
        with PeerPhone(user=national_digits(caller.phones[0].number)) as peer:
            peer.command(f"call {desktop.bridge.port.local_uri()}")
            _wait(app, lambda: desktop.session.in_call and window.incoming_banner.isVisible())
            snap("incoming", window)
            window.incoming_banner.reject_button.click()
            peer.wait_for(r"^STATE disconnected call=1 ", 10)
    finally:
        desktop.close()
    print(json.dumps({"shots": shots, "missing": missing}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
