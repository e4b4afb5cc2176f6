"""``calldesk sim-debtor``: a simulated debtor line on 127.0.0.1 that answers every call and plays a prompt.

pjsua2 is imported only when the command runs, so other commands start fast.
"""

import argparse
from pathlib import Path
from typing import Any

DEFAULT_ANSWER_DELAY_MS = 600


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sim-debtor",
        help="run a simulated debtor line that answers SIP calls on 127.0.0.1",
        description="A separate SIP phone on 127.0.0.1 that rings, answers every call and plays a short "
        "greeting. Prints 'READY sip:debtor@127.0.0.1:PORT' once it listens; stops cleanly on Ctrl+C or SIGTERM.",
    )
    parser.add_argument("--port", type=_port, default=0, help="UDP port to listen on (default 0: any free port)")
    parser.add_argument(
        "--answer-delay-ms", type=_non_negative_int, default=DEFAULT_ANSWER_DELAY_MS, metavar="MS",
        help=f"how long it rings before answering (default {DEFAULT_ANSWER_DELAY_MS})",
    )
    parser.add_argument("--prompt", type=_prompt_wav, metavar="WAV",
                        help="16-bit mono WAV to play in a loop (default: built-in greeting)")
    parser.add_argument("--hangup-after-s", type=_positive_float, metavar="S",
                        help="hang up this long after answering (default: never)")
    parser.add_argument("--exit-with-parent", action="store_true", help="stop when the process that started it ends")
    parser.set_defaults(func=run, log_file_name="sim-debtor.log")


def run(args: argparse.Namespace, settings: object) -> int:
    from app.telephony import pjsua2_sim_debtor

    prompt = args.prompt if args.prompt is not None else pjsua2_sim_debtor.DEFAULT_PROMPT
    return pjsua2_sim_debtor.run(args.port, args.answer_delay_ms, prompt, args.hangup_after_s, args.exit_with_parent)


MAX_PROMPT_BYTES = 20_000_000  # ten minutes of 16 kHz mono is 19 MB


def _prompt_wav(text: str) -> Path:
    """A regular, readable 16-bit mono WAV file within the size cap, checked before pjsua2 opens it (a FIFO or a
    device would block or fill memory there)."""
    import stat
    import wave

    path = Path(text)
    try:
        mode = path.stat()
    except OSError as error:
        raise argparse.ArgumentTypeError(f"{text}: {error.strerror}") from None
    if not stat.S_ISREG(mode.st_mode):
        raise argparse.ArgumentTypeError(f"{text} is not a regular file; give a .wav file")
    if mode.st_size > MAX_PROMPT_BYTES:
        raise argparse.ArgumentTypeError(f"{text} is {mode.st_size:,} bytes; a prompt may be at most "
                                         f"{MAX_PROMPT_BYTES:,} bytes")
    try:
        with wave.open(str(path), "rb") as wav:
            shape = (wav.getnchannels(), wav.getsampwidth())
    except (OSError, EOFError, wave.Error) as error:
        raise argparse.ArgumentTypeError(f"{text} is not a WAV file that can be read ({error})") from None
    if shape != (1, 2):
        raise argparse.ArgumentTypeError(f"{text} has {shape[0]} channel(s) of {shape[1] * 8} bits; "
                                         "the prompt must be 16-bit mono")
    return path


def _port(text: str) -> int:
    value = _non_negative_int(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0-65535)")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} must not be negative")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text} must be greater than 0")
    return value
