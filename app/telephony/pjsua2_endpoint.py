"""Creating and destroying the one pjsua2 Endpoint of a process, shared by the phone and the simulated debtor.

pjsua2 facts this relies on (checked on pjsua2-python 2.15.1):
- one Endpoint per process; a new one can be created after ``libDestroy`` once the old Python object is gone;
- with ``threadCnt=0`` pjsua2 starts no worker thread, and SIP callbacks run inside ``libHandleEvents`` on the
  thread that calls it (the phone's SIP thread, pjsua2_sip_thread; the simulated debtor's one loop);
  ``mainThreadOnly`` is off, or pjsua2 would queue every callback for the thread that called ``libCreate``;
- ``libHandleEvents`` releases the GIL while it waits, and so does every other wrapped call;
- ``libDestroy()`` busy-waits 1 s for unregistrations unless given PJSUA_DESTROY_NO_RX_MSG;
- Calls, Accounts and players must be released before ``libDestroy``, or their destructors run against a destroyed
  library and the process aborts at exit (SIGABRT, exit code 134, from a pjsua assertion).
"""

import gc
import logging

import pjsua2 as pj

from app.telephony import pjsua2_sip_thread
from app.telephony.pjsua2_logging import log_config, silence_startup_banner

log = logging.getLogger(__name__)


def create_endpoint(log_level: int, ua_name: str) -> pj.Endpoint:
    """libCreate + libInit (no worker threads, logs into Python logging). Raises RuntimeError."""
    silence_startup_banner(log_level)
    pjsua2_sip_thread.stop_all()  # a phone never shut down (a failed start, a test) must not poll on
    try:
        endpoint = pj.Endpoint()
        endpoint.libCreate()
    except pj.Error as error:
        raise RuntimeError(
            f"The SIP stack could not start ({error.reason}). Only one phone can run in a process."
        ) from None
    config = pj.EpConfig()
    config.uaConfig.threadCnt = 0
    config.uaConfig.mainThreadOnly = False
    config.uaConfig.userAgent = ua_name
    # RTP on SIP's ioqueue, polled by the same thread: pjmedia's own worker polls every 10 ms (100 idle wake-ups
    # a second, bench/idle_cpu.py); media frames stay in C, so a packet costs the SIP thread no Python.
    config.medConfig.threadCnt = 0
    config.medConfig.hasIoqueue = False
    log_config(config.logConfig, log_level)
    try:
        endpoint.libInit(config)
    except pj.Error as error:
        endpoint.libDestroy()
        raise RuntimeError(f"The SIP stack could not start ({error.reason}).") from None
    return endpoint


def create_udp_transport(endpoint: pj.Endpoint, host: str, port: int) -> tuple[int, int]:
    """A UDP SIP transport on host:port (0 = any free port). Returns (transport id, bound port)."""
    config = pj.TransportConfig()
    config.port = port
    config.boundAddress = host
    try:
        transport_id = endpoint.transportCreate(pj.PJSIP_TRANSPORT_UDP, config)
    except pj.Error as error:
        raise RuntimeError(
            f"Cannot listen for SIP on {host}:{port} ({error.reason}). Another program may be using this port: "
            "choose another SIP port in the settings, or 0 for any free port."
        ) from None
    bound_port = int(endpoint.transportGetInfo(transport_id).localName.rsplit(":", 1)[1])
    return transport_id, bound_port


def destroy_endpoint(endpoint: pj.Endpoint, wait_for_network: bool = False) -> None:
    """Let pjsip finish pending work, then libDestroy. The caller has released every Call/Account/player.

    Callers have already pumped until their calls ended, so by default libDestroy does not wait for more
    messages; pass ``wait_for_network=True`` while an un-REGISTER may still be in flight.
    """
    gc.collect()
    for _ in range(5):
        endpoint.libHandleEvents(10)
    try:
        endpoint.libDestroy(0 if wait_for_network else pj.PJSUA_DESTROY_NO_RX_MSG)
    except pj.Error as error:
        log.warning("libDestroy: %s", error.reason)
