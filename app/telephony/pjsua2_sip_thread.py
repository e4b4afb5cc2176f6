"""The SIP thread: the one thread that waits for SIP and RTP-control traffic in ``libHandleEvents``.

pjsua2 runs with no worker threads of its own (``threadCnt=0``) and without ``mainThreadOnly``, so its callbacks
run on whichever thread polls it: this one. ``libHandleEvents`` releases the GIL while it blocks, so the GUI thread
runs freely, and a SIP message is handled the moment it arrives instead of at a timer's next tick.

The thread only polls. The callbacks it runs hand their work to the phone's inbox (pjsua2_adapter), which wakes the
GUI thread; nothing here touches CallDesk's own state.

Stopping: a blocked poll returns when a datagram reaches one of pjsip's sockets, so ``stop()`` sends the SIP
keep-alive pjsip ignores (a CRLF pair, RFC 5626 3.5.1) to the phone's own UDP transport; the poll timeout bounds
the wait if that datagram cannot be sent.
"""

import atexit
import logging
import socket
import threading
import time
import weakref

import pjsua2 as pj

log = logging.getLogger(__name__)

THREAD_NAME = "calldesk-sip"
# The longest a poll blocks when pjsip has no timer due sooner. A timer that the GUI thread schedules while the
# thread is blocked (an INVITE's first retransmission after dialling) is seen only when the poll returns, so
# ``nudge()`` after such a call; this bound is the fallback, and the idle wake-ups it costs (5 a second).
POLL_MS = 200
STOP_WAIT_S = 2.0
KEEP_ALIVE = b"\r\n\r\n"
_ERROR_PAUSE_S = 0.05  # after a failed poll, so a broken stack logs a few lines a second, not a busy loop

# Threads still polling when the interpreter exits (a phone never shut down: a test, a crash path). Python ends a
# daemon thread the moment it next wants the GIL, which is inside a pjsua2 callback with pjsip's locks held; the
# exit's garbage collection then blocks forever on those locks (a port's destructor). Stopped first, at exit.
_RUNNING: "weakref.WeakSet[SipThread]" = weakref.WeakSet()


class SipThread:
    """Polls ``endpoint`` on a thread of its own until ``stop()``; ``wake_address`` is the UDP transport's."""

    def __init__(self, endpoint: pj.Endpoint, wake_address: tuple[str, int], poll_ms: int | None = None) -> None:
        self._endpoint = endpoint
        self._wake_address = (_reachable(wake_address[0]), wake_address[1])
        self._poll_ms = POLL_MS if poll_ms is None else poll_ms
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._ident: int | None = None
        self._socket: socket.socket | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def on_this_thread(self) -> bool:
        return self._ident is not None and threading.get_ident() == self._ident

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        started = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(started,), name=THREAD_NAME, daemon=True)
        self._thread.start()
        _RUNNING.add(self)
        started.wait(STOP_WAIT_S)

    def nudge(self) -> None:
        """Make a blocked poll return now (it then blocks again with timers the GUI thread just scheduled)."""
        if not self.running:
            return
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self._socket.sendto(KEEP_ALIVE, self._wake_address)
        except OSError as error:  # the poll timeout still bounds the wait
            log.debug("SIP thread wake-up not sent: %s", error)

    def stop(self) -> bool:
        """Stop polling and wait for the thread; False if it did not end within STOP_WAIT_S (logged)."""
        thread = self._thread
        if thread is None:
            return True
        self._stopping.set()
        self.nudge()
        thread.join(STOP_WAIT_S)
        _RUNNING.discard(self)
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if thread.is_alive():
            log.error("the SIP thread did not stop within %.0f s", STOP_WAIT_S)
            return False
        self._thread = None
        self._ident = None
        return True

    def _run(self, started: threading.Event) -> None:
        self._ident = threading.get_ident()
        try:
            self._endpoint.libRegisterThread(THREAD_NAME)
        except pj.Error as error:
            log.error("the SIP thread could not register with pjlib: %s", error.reason)
            started.set()
            return
        started.set()
        while not self._stopping.is_set():
            try:
                self._endpoint.libHandleEvents(self._poll_ms)
            except Exception:  # a failed poll must not end SIP for the rest of the shift (logged with traceback)
                log.exception("SIP event polling failed")
                time.sleep(_ERROR_PAUSE_S)


def _reachable(host: str) -> str:
    """A transport bound to every interface is reached on loopback."""
    return "127.0.0.1" if host in ("", "0.0.0.0") else host


@atexit.register
def stop_all() -> None:
    """Stop every SIP thread still polling: at exit, and before a new Endpoint is created (a phone never shut down
    must not poll while pjlib is created again: pjlib aborts the process)."""
    for sip_thread in list(_RUNNING):
        sip_thread.stop()
