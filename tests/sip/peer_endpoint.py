"""A second pjsua2 phone in a process of its own, driven over stdin/stdout: the far end in the call-feature tests.

``python -m tests.sip.peer_endpoint [--user peer] [--auto-answer-ms N] [--no-telephone-event]``

It is written against pjsua2 directly (not the app's adapter), so the tests do not check the app against itself.
It always uses the null sound device; what it "hears" can be recorded to a WAV and what it "says" played from one.

stdin, one command a line; commands act on the newest call that is not over, or on ``call=N`` given last:
  call URI · answer [CODE] · reject CODE · hangup · hold · unhold · dtmf DIGITS [info] · transfer URI
  attended N (REFER with Replaces: transfer this call to the party of call N) · record PATH · stoprecord
  play WAV · stopplay · quit
Each command ends with ``OK <command>`` or ``ERROR <command>: <reason>``.

stdout, one event a line (``call=N`` numbers the peer's calls from 1):
  READY sip:USER@127.0.0.1:PORT
  INCOMING call=N from=URI name=DISPLAY NAME
  STATE <calling|incoming|early|connecting|confirmed|disconnected> call=N code=C reason=TEXT
  MEDIA dir=<sendrecv|sendonly|recvonly|inactive> status=<active|local_hold|remote_hold|none> call=N
      (dir is the far end's SDP direction as negotiated: ``sendonly`` while the far end holds)
  RX msg=<METHOD|CODE/METHOD> session_expires=<value|-> sdp_dir=<direction|-> call=N   (each SIP message received)
  DTMF <digit> method=<rfc2833|info> call=N
  TRANSFER_REQUEST to=URI call=N new=M · TRANSFER_STATUS code=C final=<0|1> call=N
  REPLACED call=N new=M · RECORDED path=PATH · STOPPED
SIGTERM/SIGINT, ``quit`` or the end of stdin: hang up, release every pjsua2 object, exit 0.
"""

import argparse
import logging
import queue
import re
import signal
import sys
import threading
import time
from pathlib import Path

import pjsua2 as pj

from app.telephony.pjsua2_account import local_account_config
from app.telephony.pjsua2_audio import use_null_device
from app.telephony.pjsua2_endpoint import create_endpoint, create_udp_transport, destroy_endpoint
from app.telephony.pjsua2_logging import never_raise
from tests.sip.peer_sip_text import describe_sip_message, without_telephone_event

log = logging.getLogger("peer")

HOST = "127.0.0.1"
POLL_MS = 10
SHUTDOWN_WAIT_S = 2.0
WAV_CLOSE_WAIT_S = 2.0
_STATE_NAMES = {
    pj.PJSIP_INV_STATE_CALLING: "calling", pj.PJSIP_INV_STATE_INCOMING: "incoming", pj.PJSIP_INV_STATE_EARLY: "early",
    pj.PJSIP_INV_STATE_CONNECTING: "connecting", pj.PJSIP_INV_STATE_CONFIRMED: "confirmed",
    pj.PJSIP_INV_STATE_DISCONNECTED: "disconnected",
}
_MEDIA_STATUS = {
    pj.PJSUA_CALL_MEDIA_ACTIVE: "active", pj.PJSUA_CALL_MEDIA_LOCAL_HOLD: "local_hold",
    pj.PJSUA_CALL_MEDIA_REMOTE_HOLD: "remote_hold",
}
# The far end's SDP direction is the mirror of the direction negotiated here (we only receive: it only sends).
_REMOTE_DIRECTION = {
    pj.PJMEDIA_DIR_ENCODING_DECODING: "sendrecv", pj.PJMEDIA_DIR_DECODING: "sendonly",
    pj.PJMEDIA_DIR_ENCODING: "recvonly", pj.PJMEDIA_DIR_NONE: "inactive",
}
class PeerCall(pj.Call):
    def __init__(self, peer: "Peer", number: int, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        assert peer.account is not None
        super().__init__(peer.account, call_id)
        self.peer = peer
        self.number = number
        self.over = False

    @never_raise
    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        info = self.getInfo()
        state = _STATE_NAMES.get(info.state)
        if state is None:
            return
        self.over = info.state == pj.PJSIP_INV_STATE_DISCONNECTED
        self.peer.say(f"STATE {state} call={self.number} code={info.lastStatusCode} reason={info.lastReason}")

    @never_raise
    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        info = self.getInfo()  # keep the CallInfo alive while its media list is read
        audio = [m for m in info.media if m.type == pj.PJMEDIA_TYPE_AUDIO]
        status = _MEDIA_STATUS.get(audio[0].status, "none") if audio else "none"
        remote_dir = _REMOTE_DIRECTION.get(audio[0].dir, "inactive") if audio else "inactive"
        if status in ("active", "remote_hold"):
            self.peer.connect_media(self)
        self.peer.say(f"MEDIA dir={remote_dir} status={status} call={self.number}")

    @never_raise
    def onCallTsxState(self, prm: "pj.OnCallTsxStateParam") -> None:
        event = prm.e
        if event.type == pj.PJSIP_EVENT_TSX_STATE and event.body.tsxState.type == pj.PJSIP_EVENT_RX_MSG:
            self.peer.received(self, event.body.tsxState.src.rdata.wholeMsg)

    @never_raise
    def onCallSdpCreated(self, prm: "pj.OnCallSdpCreatedParam") -> None:
        if self.peer.no_telephone_event:
            prm.sdp.wholeSdp = without_telephone_event(prm.sdp.wholeSdp)

    @never_raise
    def onDtmfDigit(self, prm: "pj.OnDtmfDigitParam") -> None:
        method = "info" if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO else "rfc2833"
        self.peer.say(f"DTMF {prm.digit} method={method} call={self.number}")

    @never_raise
    def onCallTransferRequest(self, prm: "pj.OnCallTransferRequestParam") -> None:
        new_call = self.peer.new_call()
        prm.newCall = new_call
        self.peer.say(f"TRANSFER_REQUEST to={prm.dstUri} call={self.number} new={new_call.number}")

    @never_raise
    def onCallTransferStatus(self, prm: "pj.OnCallTransferStatusParam") -> None:
        self.peer.say(f"TRANSFER_STATUS code={prm.statusCode} final={int(prm.finalNotify)} call={self.number}")

    @never_raise
    def onCallReplaceRequest(self, prm: "pj.OnCallReplaceRequestParam") -> None:
        prm.newCall = self.peer.new_call()

    @never_raise
    def onCallReplaced(self, prm: "pj.OnCallReplacedParam") -> None:
        new_call = self.peer.call_by_pj_id(prm.newCallId)
        if new_call is None:
            new_call = self.peer.new_call(prm.newCallId)
            prm.newCall = new_call
        self.peer.say(f"REPLACED call={self.number} new={new_call.number}")


class PeerAccount(pj.Account):
    def __init__(self, peer: "Peer") -> None:
        super().__init__()
        self.peer = peer

    @never_raise
    def onIncomingCall(self, prm: "pj.OnIncomingCallParam") -> None:
        self.peer.incoming(prm.callId, prm.rdata.wholeMsg)


class Peer:
    def __init__(self, user: str, port: int, auto_answer_ms: int | None, no_telephone_event: bool) -> None:
        self.user = user
        self.port = port
        self.auto_answer_s = None if auto_answer_ms is None else auto_answer_ms / 1000
        self.no_telephone_event = no_telephone_event
        self.account: PeerAccount | None = None
        self.calls: dict[int, PeerCall] = {}
        self.answer_at: dict[int, float] = {}
        self.recorder: pj.AudioMediaRecorder | None = None
        self.recording_path = ""
        self.player: pj.AudioMediaPlayer | None = None
        self.commands: queue.Queue[str | None] = queue.Queue()
        self.stop_requested = False
        self.endpoint: pj.Endpoint | None = None

    def request_stop(self, *_: object) -> None:
        self.stop_requested = True

    def run(self) -> int:
        self.endpoint = endpoint = create_endpoint(log_level=2, ua_name="CallDesk test peer")
        try:
            transport_id, port = create_udp_transport(endpoint, HOST, self.port)
            endpoint.libStart()
            use_null_device(endpoint, "test peer: null audio device")
            self.account = PeerAccount(self)
            self.account.create(local_account_config(self.user, f"Peer {self.user}", HOST, port, transport_id))
            self.say(f"READY sip:{self.user}@{HOST}:{port}")
            threading.Thread(target=self._read_commands, name="peer-stdin", daemon=True).start()
            while not self.stop_requested:
                endpoint.libHandleEvents(POLL_MS)
                self._do_due_work()
            self._hang_up_all(endpoint)
        finally:
            self._release(endpoint)
        self.say("STOPPED")
        return 0

    # -- called by the pjsua2 objects ------------------------------------------------------------------------

    def say(self, text: str) -> None:
        print(text, flush=True)

    def new_call(self, call_id: int = pj.PJSUA_INVALID_ID) -> PeerCall:
        number = max(self.calls, default=0) + 1
        call = PeerCall(self, number, call_id)
        self.calls[number] = call
        return call

    def call_by_pj_id(self, call_id: int) -> PeerCall | None:
        return next((c for c in self.calls.values() if not c.over and c.getId() == call_id), None)

    def incoming(self, call_id: int, whole_msg: str) -> None:
        call = self.new_call(call_id)
        self.received(call, whole_msg)
        info = call.getInfo()
        name = re.match(r'^\s*"([^"]*)"', info.remoteUri)
        self.say(f"INCOMING call={call.number} from={info.remoteUri} name={name.group(1) if name else ''}")
        self._answer(call, 180)
        if self.auto_answer_s is not None:
            self.answer_at[call.number] = time.monotonic() + self.auto_answer_s

    def received(self, call: PeerCall, whole_msg: str) -> None:
        label, expires, sdp_dir = describe_sip_message(whole_msg)
        self.say(f"RX msg={label} session_expires={expires} sdp_dir={sdp_dir} call={call.number}")

    def connect_media(self, call: PeerCall) -> None:
        audio = call.getAudioMedia(-1)
        if self.recorder is not None:
            audio.startTransmit(self.recorder)
        if self.player is not None:
            self.player.startTransmit(audio)

    # -- commands --------------------------------------------------------------------------------------------

    def _read_commands(self) -> None:
        for line in sys.stdin:
            self.commands.put(line.strip())
        self.commands.put(None)  # end of stdin: the parent is gone

    def _do_due_work(self) -> None:
        now = time.monotonic()
        for number, at in list(self.answer_at.items()):
            if now >= at:
                del self.answer_at[number]
                self._answer(self.calls[number], 200)
        for number in [n for n, c in self.calls.items() if c.over]:
            self.answer_at.pop(number, None)
        while not self.commands.empty():
            command = self.commands.get_nowait()
            if command is None:
                self.stop_requested = True
            elif command:
                self._run_command(command)

    def _run_command(self, command: str) -> None:
        words = command.split()
        target = None
        if len(words) > 1 and words[-1].startswith("call="):
            target = self.calls.get(int(words.pop()[5:]))
        name, args = words[0], words[1:]
        try:
            handler = getattr(self, f"_cmd_{name}", None)
            if handler is None:
                raise ValueError("unknown command")
            handler(target or self._current(), *args)
        except (pj.Error, ValueError, TypeError, LookupError) as error:
            self.say(f"ERROR {command}: {getattr(error, 'reason', error)}")
        else:
            self.say(f"OK {command}")

    def _current(self) -> PeerCall | None:
        live = [c for c in self.calls.values() if not c.over]
        return live[-1] if live else None

    @staticmethod
    def _need(call: PeerCall | None) -> PeerCall:
        if call is None:
            raise LookupError("no call")
        return call

    def _cmd_call(self, _: PeerCall | None, uri: str) -> None:
        param = pj.CallOpParam(True)
        param.opt.audioCount, param.opt.videoCount = 1, 0
        self.new_call().makeCall(uri, param)

    def _cmd_answer(self, call: PeerCall | None, code: str = "200") -> None:
        self.answer_at.pop(self._need(call).number, None)
        self._answer(self._need(call), int(code), raise_error=True)

    def _cmd_reject(self, call: PeerCall | None, code: str) -> None:
        self._cmd_hangup(call, code)

    def _cmd_hangup(self, call: PeerCall | None, code: str = "0") -> None:
        param = pj.CallOpParam()
        param.statusCode = int(code)
        self._need(call).hangup(param)

    def _cmd_hold(self, call: PeerCall | None) -> None:
        self._need(call).setHold(pj.CallOpParam(True))

    def _cmd_unhold(self, call: PeerCall | None) -> None:
        param = pj.CallOpParam(True)
        param.opt.flag = pj.PJSUA_CALL_UNHOLD
        self._need(call).reinvite(param)

    def _cmd_dtmf(self, call: PeerCall | None, digits: str, method: str = "rfc2833") -> None:
        param = pj.CallSendDtmfParam()
        param.digits = digits
        param.method = pj.PJSUA_DTMF_METHOD_SIP_INFO if method == "info" else pj.PJSUA_DTMF_METHOD_RFC2833
        self._need(call).sendDtmf(param)

    def _cmd_transfer(self, call: PeerCall | None, uri: str) -> None:
        self._need(call).xfer(uri, pj.CallOpParam(True))

    def _cmd_attended(self, call: PeerCall | None, other: str) -> None:
        self._need(call).xferReplaces(self.calls[int(other)], pj.CallOpParam(True))

    def _cmd_record(self, _: PeerCall | None, path: str) -> None:
        self._cmd_stoprecord(None)
        self.recorder = pj.AudioMediaRecorder()
        self.recorder.createRecorder(path)
        self.recording_path = path
        for call in self.calls.values():
            if not call.over and call.hasMedia():
                call.getAudioMedia(-1).startTransmit(self.recorder)

    def _cmd_stoprecord(self, _: PeerCall | None) -> None:
        if self.recorder is not None:
            self.recorder = None  # the WAV header is written when the bridge has removed the recorder's port
            if not self._wait_for_closed_wav(Path(self.recording_path)):
                raise ValueError(f"the recording {self.recording_path} was not closed within {WAV_CLOSE_WAIT_S} s")
            self.say(f"RECORDED path={self.recording_path}")

    def _cmd_play(self, _: PeerCall | None, path: str) -> None:
        self._cmd_stopplay(None)
        self.player = pj.AudioMediaPlayer()
        self.player.createPlayer(path, 0)
        for call in self.calls.values():
            if not call.over and call.hasMedia():
                self.player.startTransmit(call.getAudioMedia(-1))

    def _cmd_stopplay(self, _: PeerCall | None) -> None:
        self.player = None

    def _cmd_quit(self, _: PeerCall | None) -> None:
        self.stop_requested = True

    # -- internals -------------------------------------------------------------------------------------------

    def _wait_for_closed_wav(self, path: Path) -> bool:
        """pjmedia 2.14+ removes conference ports asynchronously: wait until the RIFF size matches the file."""
        deadline = time.monotonic() + WAV_CLOSE_WAIT_S
        while time.monotonic() < deadline:
            try:
                with path.open("rb") as wav:
                    head = wav.read(12)
                size = path.stat().st_size
            except OSError:
                head, size = b"", 0
            if len(head) == 12 and head[8:] == b"WAVE" and int.from_bytes(head[4:8], "little") == size - 8:
                return True
            if self.endpoint is not None:
                self.endpoint.libHandleEvents(POLL_MS)
        return False

    def _answer(self, call: PeerCall, code: int, raise_error: bool = False) -> None:
        param = pj.CallOpParam()
        param.statusCode = code
        try:
            call.answer(param)
        except pj.Error as error:
            if raise_error:
                raise
            log.info("answer %d failed: %s", code, error.reason)

    def _hang_up_all(self, endpoint: pj.Endpoint) -> None:
        for call in self.calls.values():
            if not call.over:
                try:
                    call.hangup(pj.CallOpParam())
                except pj.Error as error:
                    log.info("hangup failed: %s", error.reason)
        deadline = time.monotonic() + SHUTDOWN_WAIT_S
        while any(not c.over for c in self.calls.values()) and time.monotonic() < deadline:
            endpoint.libHandleEvents(POLL_MS)

    def _release(self, endpoint: pj.Endpoint) -> None:
        """Recorder and player first (they are connected to the calls), then the calls, the account, the library."""
        try:
            self._cmd_stoprecord(None)
        except ValueError as error:
            log.warning("%s", error)
        self.player = None
        self.calls.clear()
        if self.account is not None:
            self.account.shutdown()
            self.account = None
        self.endpoint = None
        destroy_endpoint(endpoint)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--user", default="peer")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auto-answer-ms", type=int, default=None)
    parser.add_argument("--no-telephone-event", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="peer %(levelname)s %(name)s: %(message)s")
    peer = Peer(args.user, args.port, args.auto_answer_ms, args.no_telephone_event)
    signal.signal(signal.SIGTERM, peer.request_stop)
    signal.signal(signal.SIGINT, peer.request_stop)
    return peer.run()


if __name__ == "__main__":
    sys.exit(main())
