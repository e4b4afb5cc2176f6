"""Why a call ended, in the agent's language: the common SIP status codes and reason phrases as plain words.

pjsip reports the far end's reason phrase in English ("Busy Here", "Normal call clearing"); the window shows
translated words instead and keeps the raw phrase for the tooltip and the log. A phrase not in the table (a PBX's
own wording) is shown as it came.
"""

import re

from PySide6.QtCore import QCoreApplication

# RFC 3261 reason phrases (and pjsip's own) -> status code, lower case.
_PHRASE_CODES = {
    "normal call clearing": 200, "ok": 200, "ringing": 180, "session progress": 183, "trying": 100,
    "bad request": 400, "unauthorized": 401, "forbidden": 403, "not found": 404, "proxy authentication required": 407,
    "request timeout": 408, "request time-out": 408, "gone": 410, "temporarily unavailable": 480,
    "temporarily not available": 480, "call/transaction does not exist": 481,
    "call leg/transaction does not exist": 481, "loop detected": 482, "too many hops": 483,
    "address incomplete": 484, "busy here": 486, "request terminated": 487, "not acceptable here": 488,
    "server internal error": 500, "internal server error": 500, "bad gateway": 502, "service unavailable": 503,
    "server time-out": 504, "server timeout": 504, "busy everywhere": 600, "decline": 603, "declined": 603,
    "does not exist anywhere": 604, "not acceptable": 606,
}
_LEADING_CODE = re.compile(r"^\s*(\d{3})\b")


def _words() -> dict[int, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SipReasonWords", text)

    return {
        100: tr("trying"),
        180: tr("ringing"),
        183: tr("call in progress"),
        200: tr("hung up normally"),
        400: tr("the PBX rejected the request"),
        401: tr("the PBX login failed"),
        407: tr("the PBX login failed"),
        403: tr("the PBX refused the call"),
        404: tr("number not found"),
        408: tr("no answer from the network"),
        410: tr("number no longer in use"),
        480: tr("unavailable, try again later"),
        481: tr("the call no longer exists"),
        482: tr("routing error at the PBX"),
        483: tr("routing error at the PBX"),
        484: tr("number incomplete"),
        486: tr("busy"),
        487: tr("call cancelled"),
        488: tr("no common audio format"),
        606: tr("no common audio format"),
        500: tr("PBX error"),
        502: tr("the PBX could not reach the other network"),
        503: tr("PBX unavailable"),
        504: tr("the other network did not answer"),
        600: tr("busy"),
        603: tr("call declined"),
        604: tr("number does not exist"),
    }


def sip_code_of(reason: str) -> int | None:
    """The status code a reason stands for: "486 Busy Here" and "Busy Here" both give 486; None if unknown."""
    match = _LEADING_CODE.match(reason)
    if match:
        return int(match.group(1))
    return _PHRASE_CODES.get(reason.strip().rstrip(".").lower())


def sip_reason_text(reason: str, code: int | None = None) -> str:
    """The reason in the current UI language ("Busy Here" -> "对方忙" in Chinese); unknown phrases unchanged."""
    known = _words()
    for candidate in (code, sip_code_of(reason)):
        if candidate is not None and candidate in known:
            return known[candidate]
    return reason.strip()
