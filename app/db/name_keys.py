"""Search keys for names: 张伟 -> "zhangwei", John Smith -> "johnsmith", so agents can type pinyin or Latin letters."""

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=65536)
def name_search_key(full_name: str) -> str:
    """Toneless pinyin for Chinese characters, lower-case letters and digits for the rest, no spaces."""
    syllables = lazy_pinyin(full_name, style=Style.NORMAL, errors="default", v_to_u=False)
    return "".join(ch for ch in "".join(syllables).lower() if ch.isascii() and ch.isalnum())


def search_key_for_query(text: str) -> str:
    """The same normalisation for what the agent typed ("Zhang Wei" -> "zhangwei")."""
    return name_search_key(text.strip())
