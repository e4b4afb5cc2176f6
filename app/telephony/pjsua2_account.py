"""The pjsua2 Account subclass and the config of a local account with no registrar."""

from collections.abc import Callable

import pjsua2 as pj

from app.telephony.caller_id import sanitize_caller_text
from app.telephony.pjsua2_logging import never_raise


class Pjsua2Account(pj.Account):
    """Hands the pjsua call id and the raw text of each incoming INVITE to ``on_incoming`` (which must create the
    Call now); the INVITE text is where the caller's full From header is (see caller_id)."""

    def __init__(self, on_incoming: Callable[[int, str], None]):
        super().__init__()
        self._on_incoming = on_incoming

    @never_raise
    def onIncomingCall(self, prm: "pj.OnIncomingCallParam") -> None:
        self._on_incoming(prm.callId, prm.rdata.wholeMsg)


def local_account_config(
    user: str, display_name: str, host: str, port: int, transport_id: int
) -> "pj.AccountConfig":
    """``"Display" <sip:user@host:port>`` on one transport, no registration, RTP bound to ``host`` too."""
    config = pj.AccountConfig()
    safe_name = sanitize_caller_text(display_name.replace("\\", "").replace('"', ""))
    config.idUri = f'"{safe_name}" <sip:{user}@{host}:{port}>' if safe_name else f"sip:{user}@{host}:{port}"
    config.regConfig.registrarUri = ""
    config.regConfig.registerOnAdd = False
    config.sipConfig.transportId = transport_id
    config.mediaConfig.transportConfig.boundAddress = host
    config.mediaConfig.transportConfig.publicAddress = host
    config.mediaConfig.transportConfig.port = 0
    return config
