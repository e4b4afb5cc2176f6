"""The simulated debtor line: a separate process with its own pjsua2 endpoint that answers every call.

It rings (180) for ``answer_delay_ms``, answers (200), plays a looping greeting prompt to the caller, and ends the
call when the caller hangs up (or after ``hangup_after_s``). It always uses the null sound device.

Its stdout is a line protocol for the parent (SimulatedDebtorLine, tests): first ``READY sip:debtor@HOST:PORT``
once it listens, then one line per call event, e.g. ``INCOMING call=1 from=<sip:agent@127.0.0.1:5070>``,
``CONFIRMED call=1``, ``DISCONNECTED call=1 by=remote code=200 reason=Normal call clearing``.
Logs go to stderr. SIGTERM/SIGINT end it cleanly with exit code 0.
"""

import logging
import os
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import pjsua2 as pj

from app.domain.masking import mask_digits_in_text
from app.telephony.events import CallState, CallStateChanged, MediaStateChanged
from app.telephony.pjsua2_account import Pjsua2Account, local_account_config
from app.telephony.pjsua2_audio import use_null_device
from app.telephony.pjsua2_call import Pjsua2Call
from app.telephony.pjsua2_endpoint import create_endpoint, create_udp_transport, destroy_endpoint

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
USER = "debtor"
POLL_MS = 20
SHUTDOWN_WAIT_S = 2.0
DEFAULT_PROMPT = Path(__file__).resolve().parents[2] / "resources" / "prompts" / "sim_debtor_greeting.wav"


@dataclass
class _Line:
    """One call the simulated debtor is on, and what it still has to do."""

    call: Pjsua2Call
    answer_at: float | None
    hangup_at: float | None = None
    player: pj.AudioMediaPlayer | None = None
    hung_up_here: bool = False
    over: bool = False


class SimulatedDebtor:
    def __init__(
        self,
        port: int = 0,
        answer_delay_ms: int = 600,
        prompt: Path | None = DEFAULT_PROMPT,
        hangup_after_s: float | None = None,
        exit_with_parent: bool = False,
        out: TextIO = sys.stdout,
    ) -> None:
        self._port = port
        self._answer_delay_s = max(answer_delay_ms, 0) / 1000
        self._prompt = prompt if prompt is not None and prompt.is_file() else None
        if prompt is not None and self._prompt is None:
            log.warning("prompt %s not found: the simulated debtor stays silent", prompt)
        self._hangup_after_s = hangup_after_s
        self._parent_pid = os.getppid() if exit_with_parent else None
        self._out = out
        self._lines: dict[str, _Line] = {}
        self._next_call_number = 1
        self._stop_requested = False
        self._account: Pjsua2Account | None = None

    def request_stop(self, *_: object) -> None:
        self._stop_requested = True

    def run(self) -> int:
        """Listen until asked to stop; returns the process exit code."""
        try:
            endpoint = create_endpoint(log_level=2, ua_name="CallDesk simulated debtor")
        except RuntimeError as error:
            log.error("%s", error)
            return 1
        try:
            transport_id, port = create_udp_transport(endpoint, HOST, self._port)
            endpoint.libStart()
            use_null_device(endpoint, "simulated debtor: null audio device")
            self._account = Pjsua2Account(self._on_incoming_call)
            self._account.create(local_account_config(USER, "Simulated debtor", HOST, port, transport_id))
        except (RuntimeError, pj.Error) as error:
            log.error("%s", getattr(error, "reason", error))
            self._release(endpoint)
            return 1
        self._say(f"READY sip:{USER}@{HOST}:{port}")
        while not self._stop_requested:
            endpoint.libHandleEvents(POLL_MS)
            self._do_due_work(time.monotonic())
            if self._parent_pid is not None and os.getppid() != self._parent_pid:
                self._stop_requested = True
        self._hang_up_all(endpoint)
        self._release(endpoint)
        self._say("STOPPED")
        return 0

    # -- CallOwner -------------------------------------------------------------------------------------------

    def on_call_state(self, call: Pjsua2Call, event: CallStateChanged) -> None:
        line = self._lines.get(call.call_key)
        if line is None:
            return
        if event.state is CallState.CONFIRMED and self._hangup_after_s is not None:
            line.hangup_at = time.monotonic() + self._hangup_after_s
        if event.state is CallState.DISCONNECTED:
            line.over = True
            side = "local" if line.hung_up_here else "remote"
            self._say(f"DISCONNECTED call={call.call_key} by={side} code={event.sip_code} reason={event.reason}")
        else:
            self._say(f"{event.state.name} call={call.call_key}")

    def on_call_media(self, call: Pjsua2Call, event: MediaStateChanged, active_audio: list[int]) -> None:
        line = self._lines.get(call.call_key)
        if line is None or not active_audio or self._prompt is None:
            return
        if line.player is None:
            line.player = pj.AudioMediaPlayer()
            line.player.createPlayer(str(self._prompt), 0)  # 0: loop until stopped
        line.player.startTransmit(call.getAudioMedia(active_audio[0]))
        self._say(f"PLAYING call={call.call_key}")

    # -- internals -------------------------------------------------------------------------------------------

    def _on_incoming_call(self, call_id: int, _invite: str) -> None:
        assert self._account is not None
        call_key = str(self._next_call_number)
        self._next_call_number += 1
        call = Pjsua2Call(self._account, call_key, self, call_id)
        self._lines[call_key] = _Line(call, answer_at=time.monotonic() + self._answer_delay_s)
        self._say(f"INVITE call={call_key} from={call.getInfo().remoteUri}")
        self._answer(call, 180)

    def _do_due_work(self, now: float) -> None:
        for call_key, line in list(self._lines.items()):
            if line.over:
                self._forget(call_key)
                continue
            if line.answer_at is not None and now >= line.answer_at:
                line.answer_at = None
                self._answer(line.call, 200)
            if line.hangup_at is not None and now >= line.hangup_at:
                line.hangup_at = None
                self._hang_up(line)

    def _answer(self, call: Pjsua2Call, code: int) -> None:
        param = pj.CallOpParam()
        param.statusCode = code
        try:
            call.answer(param)
        except pj.Error as error:
            log.info("answer %d failed: %s", code, error.reason)

    def _hang_up(self, line: _Line) -> None:
        line.hung_up_here = True
        try:
            line.call.hangup(pj.CallOpParam())
        except pj.Error as error:
            log.info("hangup failed: %s", error.reason)

    def _hang_up_all(self, endpoint: pj.Endpoint) -> None:
        for line in self._lines.values():
            if not line.over:
                self._hang_up(line)
        deadline = time.monotonic() + SHUTDOWN_WAIT_S
        while any(not line.over for line in self._lines.values()) and time.monotonic() < deadline:
            endpoint.libHandleEvents(POLL_MS)

    def _forget(self, call_key: str) -> None:
        """Players first (they feed the call's port), then the call; never inside a pjsua2 callback."""
        line = self._lines.pop(call_key)
        line.player = None
        del line

    def _release(self, endpoint: pj.Endpoint) -> None:
        for call_key in list(self._lines):
            self._forget(call_key)
        if self._account is not None:
            self._account.shutdown()
            self._account = None
        destroy_endpoint(endpoint)

    def _say(self, text: str) -> None:
        print(mask_digits_in_text(text), file=self._out, flush=True)


def run(port: int, answer_delay_ms: int, prompt: Path | None, hangup_after_s: float | None, exit_with_parent: bool) -> int:
    """Entry point for ``calldesk sim-debtor``: installs SIGTERM/SIGINT handlers and runs until stopped."""
    debtor = SimulatedDebtor(port, answer_delay_ms, prompt, hangup_after_s, exit_with_parent)
    signal.signal(signal.SIGTERM, debtor.request_stop)
    signal.signal(signal.SIGINT, debtor.request_stop)
    return debtor.run()
