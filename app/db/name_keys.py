"""Search keys for names, so agents can type pinyin or Latin letters: 张伟 -> "zhangwei" in full, "zw" as
initials; John Smith -> "johnsmith", "js". Computed when a debtor is written, never per query."""

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def _syllables(full_name: str) -> tuple[str, ...]:
    """Toneless pinyin per Chinese character; other runs of text as they are, lower-case."""
    from pypinyin import Style, lazy_pinyin  # ~50 MB of dictionaries: loaded on the first name, not at start

    return tuple(s.lower() for s in lazy_pinyin(full_name, style=Style.NORMAL, errors="default", v_to_u=False))


def name_search_key(full_name: str) -> str:
    """Toneless pinyin for Chinese characters, lower-case letters and digits for the rest, no spaces."""
    return "".join(ch for ch in "".join(_syllables(full_name)) if ch.isascii() and ch.isalnum())


def name_initials(full_name: str) -> str:
    """The first letter of each syllable or word: 张伟 -> "zw", 欧阳娜娜 -> "oynn", John Smith -> "js"."""
    return "".join(word[0] for syllable in _syllables(full_name) for word in _WORD.findall(syllable))


def search_key_for_query(text: str) -> str:
    """The same normalisation for what the agent typed ("Zhang Wei" -> "zhangwei", "ZW" -> "zw")."""
    return name_search_key(text.strip())
