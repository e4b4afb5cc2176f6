"""Reading and rewriting SIP and SDP text for the test peer (tests/sip/peer_endpoint.py): plain string work."""

import re

_DIRECTION = re.compile(r"^a=(sendrecv|sendonly|recvonly|inactive)\s*$", re.MULTILINE)
_SESSION_EXPIRES = re.compile(r"^(?:Session-Expires|x)\s*:\s*(\S.*?)\s*$", re.MULTILINE | re.IGNORECASE)
_CSEQ = re.compile(r"^CSeq\s*:\s*\d+\s+(\S+)", re.MULTILINE | re.IGNORECASE)
_TELEPHONE_EVENT_PT = re.compile(r"^a=rtpmap:(\d+) telephone-event/", re.MULTILINE)


def describe_sip_message(whole_msg: str) -> tuple[str, str, str]:
    """(``INVITE`` or ``200/INVITE``, the Session-Expires value or ``-``, the audio SDP direction or ``-``)."""
    head, _, body = whole_msg.replace("\r\n", "\n").partition("\n\n")
    first = head.split("\n", 1)[0].split()
    cseq = _CSEQ.search(head)
    method = cseq.group(1) if cseq else "?"
    label = f"{first[1]}/{method}" if first and first[0].startswith("SIP/") and len(first) > 1 else (first[0] if first else "?")
    expires = _SESSION_EXPIRES.search(head)
    sdp_dir = sdp_direction(body) if "m=audio" in body else "-"
    return label, expires.group(1).replace(" ", "") if expires else "-", sdp_dir


def sdp_direction(sdp: str) -> str:
    """The direction attribute of the audio stream (media level wins over session level); sendrecv by default."""
    session, _, media = sdp.partition("m=audio")
    for part in (media.split("\nm=", 1)[0], session):
        found = _DIRECTION.search(part)
        if found:
            return found.group(1)
    return "sendrecv"


def without_telephone_event(sdp: str) -> str:
    """The SDP with telephone-event (RFC 2833) removed, so the far end must fall back to SIP INFO."""
    for payload_type in _TELEPHONE_EVENT_PT.findall(sdp):
        sdp = re.sub(rf"^a=(?:rtpmap|fmtp):{payload_type} .*\r?\n", "", sdp, flags=re.MULTILINE)
        sdp = re.sub(rf"^(m=audio .*?) {payload_type}(?=\s)", r"\1", sdp, flags=re.MULTILINE)
    return sdp
