"""Why a typed number or SIP address cannot be dialled, in the agent's language.

app/telephony/dial_target.py (and app/phone_numbers.py under it) explain a bad target in English, which is what the
log keeps. The window shows the same explanation translated: each English message is recognised by its pattern and
its details (what was typed, a limit) are put into the translated text. A message not recognised is shown as it is.
"""

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

DialProblem = Callable[[str], str | None]
_PLACEHOLDER = re.compile(r"%(\d)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialProblemWords", text)


def _fill(template: str, *values: str) -> str:
    """Put values into %1, %2... in one pass, so a typed '%2' is never replaced in turn."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0),
                            template)


def _where(text: str) -> str:
    places = {
        "the SIP address": _tr("the SIP address"),
        "the default SIP domain in the settings": _tr("the default SIP domain in the settings"),
    }
    return places.get(text, text)


def _patterns() -> list[tuple[str, str, tuple[int, ...]]]:
    """(English pattern, translated template, which groups are a "where") in the order they are tried."""
    return [
        (r"Nothing to dial\. Type .*",
         _tr("Nothing to dial. Type a number such as 13812345678 or 010-12345678, or a SIP address such as "
             "sip:debtor@127.0.0.1:5070."), ()),
        (r"What you typed is too long \((\d+) characters, at most (\d+)\)\.",
         _tr("What you typed is too long (%1 characters, at most %2)."), ()),
        (r"What you typed contains an invisible or control character \((U\+[0-9A-F]+)\)\. Retype it by hand\.",
         _tr("What you typed contains an invisible or control character (%1). Retype it by hand."), ()),
        (r"'(.*)' looks like a SIP address without 'sip:'\. Type it as (sip:.*)",
         _tr("'%1' looks like a SIP address without 'sip:'. Type it as %2"), ()),
        (r"The dial prefix in the settings \('(.*)'\) may only hold up to 8 digits, \* or #\. Fix the setting\.",
         _tr("The dial prefix in the settings ('%1') may only hold up to 8 digits, * or #. Fix the setting."), ()),
        (r"The phone number is empty\..*",
         _tr("The phone number is empty. Type a number such as 13812345678, or a SIP address such as "
             "sip:debtor@127.0.0.1:5070."), ()),
        (r"The phone number is too long \((\d+) characters\)\..*",
         _tr("The phone number is too long (%1 characters). Check what you typed, or type a SIP address such as "
             "sip:debtor@127.0.0.1:5070."), ()),
        (r"'(.*)' is not a phone number \(.*\)\..*",
         _tr("'%1' is not a phone number. Type digits such as 13812345678 or 010-12345678, or a SIP address such as "
             "sip:debtor@127.0.0.1:5070."), ()),
        (r"'(.*)' is not a valid number for (\w+): check the digits.*",
         _tr("'%1' is not a valid number for %2: check the digits (a CN mobile has 11 digits starting with 1; a "
             "landline needs its area code). Or type a SIP address such as sip:debtor@127.0.0.1:5070."), ()),
        (r"'(.*)' has an extension \((.*)\), which cannot be dialled yet\..*",
         _tr("'%1' has an extension (%2), which cannot be dialled yet. Dial the main number and ask for the "
             "extension."), ()),
        (r"'(.*):' addresses cannot be dialled here\..*",
         _tr("'%1:' addresses cannot be dialled here. Type a SIP address such as sip:debtor@127.0.0.1:5070."), ()),
        (r"A SIP address cannot contain spaces\..*",
         _tr("A SIP address cannot contain spaces. Remove them, e.g. sip:debtor@127.0.0.1:5070."), ()),
        (r"SIP addresses with '\?headers' are not allowed\..*",
         _tr("SIP addresses with '?headers' are not allowed. Remove everything from '?' on."), ()),
        (r"'(.*)' has no user part\..*",
         _tr("'%1' has no user part. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1:5070."), ()),
        (r"The SIP address has nothing before '@'\..*",
         _tr("The SIP address has nothing before '@'. Type it as sip:USER@HOST, e.g. sip:debtor@127.0.0.1."), ()),
        (r"The user part of the SIP address is too long \(at most (\d+) characters\)\.",
         _tr("The user part of the SIP address is too long (at most %1 characters)."), ()),
        (r"The user part '(.*)' may only hold letters.*",
         _tr("The user part '%1' may only hold letters, digits and - _ . ! ~ * ' ( ) & = + $ , / or %XX escapes."), ()),
        (r"The IPv6 address in (.+) is missing its closing '\]'\.",
         _tr("The IPv6 address in %1 is missing its closing ']'."), (1,)),
        (r"IPv6 zone ids \('%\.\.\.'\) are not allowed in (.+)\.",
         _tr("IPv6 zone ids ('%...') are not allowed in %1."), (1,)),
        (r"'(.*)' in (.+) is not a valid IPv6 address\.",
         _tr("'%1' in %2 is not a valid IPv6 address."), (2,)),
        (r"Only ':PORT' may follow the IPv6 address in (.+)\.",
         _tr("Only ':PORT' may follow the IPv6 address in %1."), (1,)),
        (r"An IPv6 address in (.+) must be written in brackets, e\.g\. \[::1\]:5070\.",
         _tr("An IPv6 address in %1 must be written in brackets, e.g. [::1]:5070."), (1,)),
        (r"The host in (.+) is empty\..*",
         _tr("The host in %1 is empty. Type a host such as 127.0.0.1 or pbx.example.com."), (1,)),
        (r"The host in (.+) is too long\.",
         _tr("The host in %1 is too long."), (1,)),
        (r"'(.*)' in (.+) is not a valid IPv4 address.*",
         _tr("'%1' in %2 is not a valid IPv4 address (four numbers 0-255)."), (2,)),
        (r"'(.*)' in (.+) is not a valid host name\..*",
         _tr("'%1' in %2 is not a valid host name. Use letters, digits, '-' and '.', e.g. pbx.example.com."), (2,)),
        (r"The port '(.*)' in (.+) must be a number from 1 to 65535\.",
         _tr("The port '%1' in %2 must be a number from 1 to 65535."), (2,)),
        (r"The SIP address has too many ';' parameters \(at most (\d+)\)\.",
         _tr("The SIP address has too many ';' parameters (at most %1)."), ()),
        (r"The parameter ';(.*)' is not valid\..*",
         _tr("The parameter ';%1' is not valid. Parameters look like ;transport=udp (no spaces, no empty names)."), ()),
    ]


def dial_problem_text(message: str) -> str:
    """The English explanation from dial_target/phone_numbers in the current UI language; others unchanged."""
    for pattern, template, where_groups in _patterns():
        match = re.fullmatch(pattern, message, flags=re.DOTALL)
        if match is None:
            continue
        values = [_where(v) if i in where_groups else v for i, v in enumerate(match.groups(), start=1)]
        return _fill(template, *values)
    return message


def translated_dial_problem(dial_problem: DialProblem) -> DialProblem:
    """Wrap a ``dial_problem`` check (CallSession.dial_problem) so the number field explains in the UI language."""
    def check(text: str) -> str | None:
        problem = dial_problem(text)
        return None if problem is None else dial_problem_text(problem)
    return check
