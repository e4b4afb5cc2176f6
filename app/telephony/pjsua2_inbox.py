"""The phone's inbox: what pjsua2's callbacks hand over, run on the thread that pumps the phone.

Callbacks run on the SIP thread (pjsua2_sip_thread). They post their work here and queue events; the first of
them since the last ``pump()`` calls the wake-up the app gave (a signal with a queued connection), and the pumping
thread then runs the work in arrival order and hands the events to the listeners. Only this object is shared
between the threads: ``deque.append``/``popleft`` are atomic, and a race on the wake-up flag costs one wake-up more.

A callback that pjsua2 makes on the pumping thread itself (synchronously inside a call such as a hang-up, or any
callback during shutdown, when that thread polls) runs its work at once, unless work is waiting ahead of it.
"""

import logging
import threading
from collections import deque
from collections.abc import Callable

import pjsua2 as pj

from app.telephony.events import TelephonyEvent

log = logging.getLogger(__name__)

Work = Callable[[], None]


class CallbackInbox:
    def __init__(self) -> None:
        self.events: deque[TelephonyEvent] = deque()  # for the listeners, in order
        self._work: deque[Work] = deque()
        self._pump_thread = threading.get_ident()
        self._wake: Callable[[], None] = lambda: None
        self._wake_pending = False

    def pumped_from_here(self) -> None:
        """The calling thread pumps the phone from now on (the one that starts it)."""
        self._pump_thread = threading.get_ident()

    def set_wakeup(self, wake: Callable[[], None]) -> None:
        self._wake = wake

    def post(self, work: Work) -> None:
        """From a pjsua2 callback: run ``work`` on the pumping thread, after what was posted before it."""
        if threading.get_ident() == self._pump_thread and not self._work:
            _run(work)  # called back synchronously (or during shutdown): nothing to hand over
            return
        self._work.append(work)
        self._request_wake()

    def emit(self, event: TelephonyEvent) -> None:
        """Queue ``event`` for the listeners (from any thread); the next ``pump()`` delivers it."""
        self.events.append(event)
        self._request_wake()

    def run_posted(self) -> None:
        """On the pumping thread: the posted work, oldest first (work posted meanwhile included)."""
        self._wake_pending = False  # before the work is read: work posted from now on wakes the pump again
        while True:
            try:
                work = self._work.popleft()
            except IndexError:
                return
            _run(work)

    def drop_posted(self) -> None:
        """Before the library goes: work for objects about to be released."""
        self._work.clear()

    def _request_wake(self) -> None:
        if self._wake_pending:
            return
        self._wake_pending = True
        try:
            self._wake()
        except Exception:  # e.g. the window is gone while the SIP thread stops: the next pump still comes
            log.exception("waking the GUI thread for the phone's events failed")


def _run(work: Work) -> None:
    try:
        work()
    except pj.Error as error:  # the call ended in the meantime, and so on: as a callback, never raise
        log.warning("SIP event handling: %s", error.reason)
    except Exception:  # one broken handler must not stop the phone (logged with its traceback)
        log.exception("SIP event handling failed")
