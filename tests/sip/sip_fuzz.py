"""Malformed SIP for robustness tests: a bounded, seeded generator of broken datagrams and hand-made INVITEs.

Everything is sent with a plain UDP socket to a loopback address only (``send_to_loopback`` refuses any other
address). ``malformed_datagrams`` yields the same sequence for the same seed: valid INVITE/REGISTER/OPTIONS/BYE
messages cut short, with bytes flipped, NULs and non-UTF-8 bytes put in, garbage start lines, huge headers, bad
Content-Length values, missing or repeated headers, and plain noise.
"""

import ipaddress
import random
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 20_240_404
MAX_DATAGRAM = 65_507  # the most a UDP/IPv4 datagram can carry
DEFAULT_BATCH = 25
BATCH_BYTES = 96_000  # well under the default 208 KiB socket receive buffer


# -- valid messages to start from ---------------------------------------------------------------------------------


def sdp_offer(host: str, rtp_port: int, session_id: int = 1) -> bytes:
    """A plain audio offer (PCMU/PCMA and RFC 2833 events), sendrecv."""
    return (
        "v=0\r\n"
        f"o=fuzz {session_id} {session_id} IN IP4 {host}\r\n"
        "s=-\r\n"
        f"c=IN IP4 {host}\r\n"
        "t=0 0\r\n"
        f"m=audio {rtp_port} RTP/AVP 0 8 101\r\n"
        "a=rtpmap:0 PCMU/8000\r\n"
        "a=rtpmap:8 PCMA/8000\r\n"
        "a=rtpmap:101 telephone-event/8000\r\n"
        "a=fmtp:101 0-16\r\n"
        "a=sendrecv\r\n"
    ).encode()


def sip_request(
    method: str,
    target: str,
    source: tuple[str, int],
    from_header: bytes | None = None,
    body: bytes = b"",
    call_id: str | None = None,
    cseq: int = 1,
    extra_headers: tuple[bytes, ...] = (),
    ids: random.Random | None = None,
) -> bytes:
    """A well-formed request from ``source`` (host, port) to ``target`` (a ``sip:user@host:port`` URI).

    Branch, Call-ID and tag are drawn from ``ids`` (a fresh unseeded generator when None)."""
    ids = ids or random.Random()
    host, port = source
    branch = f"z9hG4bK{ids.getrandbits(64):016x}"
    call_id = call_id or f"{ids.getrandbits(128):032x}"
    from_value = from_header or f"<sip:fuzz@{host}:{port}>;tag={ids.getrandbits(32):08x}".encode()
    headers = [
        f"{method} {target} SIP/2.0".encode(),
        f"Via: SIP/2.0/UDP {host}:{port};rport;branch={branch}".encode(),
        b"Max-Forwards: 70",
        b"From: " + from_value,
        f"To: <{target}>".encode(),
        f"Call-ID: {call_id}".encode(),
        f"CSeq: {cseq} {method}".encode(),
        f"Contact: <sip:fuzz@{host}:{port}>".encode(),
        b"User-Agent: calldesk-sip-fuzz",
        *extra_headers,
    ]
    if body:
        headers.append(b"Content-Type: application/sdp")
    headers.append(f"Content-Length: {len(body)}".encode())
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


def invite(
    target: str, source: tuple[str, int], rtp_port: int, from_header: bytes | None = None,
    ids: random.Random | None = None,
) -> bytes:
    """An INVITE with a valid SDP offer; ``from_header`` replaces the whole From value (display name, URI, tag)."""
    headers = (b"Allow: INVITE, ACK, CANCEL, BYE, OPTIONS", b"Supported: replaces")
    body = sdp_offer(source[0], rtp_port)
    return sip_request("INVITE", target, source, from_header, body, extra_headers=headers, ids=ids)


def seed_messages(target: str, source: tuple[str, int], ids: random.Random) -> list[bytes]:
    registrar = f"sip:{target.rsplit('@', 1)[-1]}"
    return [
        invite(target, source, rtp_port=source[1] + 2, ids=ids),
        sip_request("REGISTER", registrar, source, extra_headers=(b"Expires: 3600",), ids=ids),
        sip_request("OPTIONS", target, source, extra_headers=(b"Accept: application/sdp",), ids=ids),
        sip_request("BYE", target, source, cseq=2, ids=ids),
        sip_request("CANCEL", target, source, ids=ids),
        sip_request("ACK", target, source, ids=ids),
    ]


# -- mutations ----------------------------------------------------------------------------------------------------


def _truncate(rng: random.Random, message: bytes) -> bytes:
    return message[: rng.randrange(0, max(len(message), 1))]


def _flip_bytes(rng: random.Random, message: bytes) -> bytes:
    if not message:
        return message
    data = bytearray(message)
    for _ in range(rng.randint(1, 12)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def _garbage_start_line(rng: random.Random, message: bytes) -> bytes:
    starts = [
        b"", b"INVITE", b"INVITE sip: SIP/2.0", b"INVITE  SIP/2.0", b"SIP/2.0", b"SIP/2.0 99999 Huh",
        b"SIP/2.0 200", b"GET / HTTP/1.1", b"INVITE sip:x@127.0.0.1 SIP/9.9", b"\x00\x00\x00\x00",
        b"OPTIONS sip:%00@[::1 SIP/2.0", b"X" * rng.randint(1, 3000), bytes(rng.randrange(256) for _ in range(40)),
    ]
    return rng.choice(starts) + message[message.find(b"\r\n"):]


def _huge_header(rng: random.Random, message: bytes) -> bytes:
    size = rng.choice([1_000, 4_000, 8_192, 20_000, 60_000])
    name = rng.choice([b"Subject", b"X-Junk", b"Via", b"To", b"From", b"Contact", b"Call-ID", b"Route"])
    value = rng.choice([b"A", b"<sip:", b"%", b",", b";x=", b"\xe5\x82\xac"]) * (size // 3)
    line = name + b": " + value[:size]
    head, sep, body = message.partition(b"\r\n\r\n")
    return (head + b"\r\n" + line + sep + body)[:MAX_DATAGRAM]


def _bad_content_length(rng: random.Random, message: bytes) -> bytes:
    value = rng.choice([b"-1", b"99999999999999999999", b"abc", b"", b"0", b"65536", b"1e3", b" 12 12", b"0x10", b"5"])
    head, sep, body = message.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"content-length")]
    lines.append(b"Content-Length: " + value)
    return b"\r\n".join(lines) + sep + body


def _insert_nuls(rng: random.Random, message: bytes) -> bytes:
    data = bytearray(message)
    for _ in range(rng.randint(1, 6)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def _non_utf8(rng: random.Random, message: bytes) -> bytes:
    junk = rng.choice([b"\xff\xfe", b"\xc0\x80", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80" * 7, b"\xe5\x82"])
    data = bytearray(message)
    position = rng.randrange(len(data) + 1)
    data[position:position] = junk
    return bytes(data)


def _drop_header(rng: random.Random, message: bytes) -> bytes:
    head, sep, body = message.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    if len(lines) > 1:
        del lines[rng.randrange(1, len(lines))]
    return b"\r\n".join(lines) + sep + body


def _repeat_headers(rng: random.Random, message: bytes) -> bytes:
    head, sep, body = message.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    extra = [rng.choice(lines) for _ in range(rng.randint(2, 200))]
    return (b"\r\n".join(lines + extra) + sep + body)[:MAX_DATAGRAM]


def _bad_line_endings(rng: random.Random, message: bytes) -> bytes:
    return message.replace(b"\r\n", rng.choice([b"\n", b"\r", b"\r\r\n", b"\r\n ", b"\n\r"]))


def _noise(rng: random.Random, message: bytes) -> bytes:
    return rng.choice([b"", b"\r\n", b"\r\n\r\n", bytes(rng.randrange(256) for _ in range(rng.randint(1, 1500)))])


MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    _truncate, _truncate, _flip_bytes, _flip_bytes, _garbage_start_line, _huge_header, _bad_content_length,
    _insert_nuls, _non_utf8, _drop_header, _repeat_headers, _bad_line_endings, _noise,
)


def malformed_datagrams(count: int, target: str, source: tuple[str, int], seed: int = SEED) -> Iterator[bytes]:
    """``count`` broken datagrams, each one to three mutations of a valid request; the same seed, target and
    source give the same bytes (branches, Call-IDs and tags come from the seeded generator too)."""
    rng = random.Random(seed)
    for _ in range(count):
        message = rng.choice(seed_messages(target, source, rng))
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            message = rng.choice(MUTATIONS)(rng, message)
        yield message[:MAX_DATAGRAM]


# -- sending ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FloodReport:
    sent: int
    bytes_sent: int
    send_errors: int
    probes_answered: int  # one valid OPTIONS after each batch, answered by the app
    kernel_drops: int | None  # datagrams the app's socket dropped for want of buffer space (Linux), else None
    seconds: float


class AppStoppedAnswering(AssertionError):
    """The app did not answer a valid OPTIONS within the probe timeout during the flood."""


def require_loopback(host: str) -> None:
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"refusing to send test SIP traffic to {host}: loopback addresses only")


def flood(
    host: str,
    port: int,
    target: str,
    pump: Callable[[], None],
    count: int = 10_000,
    seed: int = SEED,
    batch: int = DEFAULT_BATCH,
    batch_bytes: int = BATCH_BYTES,
    probe_timeout_s: float = 5.0,
    time_limit_s: float = 180.0,
) -> FloodReport:
    """Send ``count`` malformed datagrams to host:port (loopback only) in batches of at most ``batch`` datagrams
    and ``batch_bytes`` bytes (so the app's socket buffer does not overflow). After each batch a valid OPTIONS goes
    out and ``pump`` (the phone's QTimer slot) is called until the app answers it, which proves the app read the
    whole batch and still works. Raises AppStoppedAnswering, or TimeoutError past ``time_limit_s``."""
    require_loopback(host)
    started = time.monotonic()
    drops_before = udp_drops(port)
    sent = bytes_sent = errors = probes = 0
    pending = pending_bytes = 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.bind((host, 0))
        source = sender.getsockname()
        sender.setblocking(False)
        for datagram in malformed_datagrams(count, target, source, seed):
            if pending and (pending >= batch or pending_bytes + len(datagram) > batch_bytes):
                probes += _probe(sender, (host, port), target, pump, probe_timeout_s, sent)
                pending = pending_bytes = 0
                if time.monotonic() - started > time_limit_s:
                    raise TimeoutError(f"flood stopped after {sent} datagrams: over {time_limit_s} s")
            try:
                bytes_sent += sender.sendto(datagram, (host, port))
            except OSError:  # e.g. ECONNREFUSED after an ICMP error: counted, not fatal
                errors += 1
            sent += 1
            pending += 1
            pending_bytes += len(datagram)
        probes += _probe(sender, (host, port), target, pump, probe_timeout_s, sent)
    drops_after = udp_drops(port)
    drops = None if drops_before is None or drops_after is None else drops_after - drops_before
    return FloodReport(sent, bytes_sent, errors, probes, drops, time.monotonic() - started)


def _probe(
    sender: socket.socket, app: tuple[str, int], target: str, pump: Callable[[], None], timeout_s: float, sent: int
) -> int:
    """Send a valid OPTIONS and pump until a reply with its Call-ID comes back; returns 1."""
    call_id = f"probe-{sent}-{random.getrandbits(48):012x}"
    sender.sendto(sip_request("OPTIONS", target, sender.getsockname(), call_id=call_id), app)
    needle = call_id.encode()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        pump()
        while True:
            try:
                reply = sender.recv(MAX_DATAGRAM)
            except (BlockingIOError, OSError):
                break
            if needle in reply:
                return 1
        time.sleep(0.001)
    raise AppStoppedAnswering(f"the app did not answer a valid OPTIONS within {timeout_s} s after {sent} datagrams")


def udp_drops(port: int) -> int | None:
    """Datagrams dropped by the IPv4 UDP socket(s) bound to ``port`` (Linux /proc/net/udp), or None."""
    try:
        rows = Path("/proc/net/udp").read_text(encoding="ascii").splitlines()[1:]
    except OSError:
        return None
    suffix = f":{port:04X}"
    return sum(int(row.split()[-1]) for row in rows if row.split()[1].endswith(suffix))


def send_to_loopback(host: str, port: int, datagram: bytes, source: socket.socket | None = None) -> None:
    require_loopback(host)
    if source is not None:
        source.sendto(datagram, (host, port))
        return
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(datagram, (host, port))
