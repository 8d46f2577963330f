"""Text rules: what a name may contain, and how text is folded for search.

Names arrive in any script. They are stored in NFC; zero-width non-joiners stay (Persian
spelling needs them); other control characters are refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Bidi embedding/override/isolate controls: meaningful in a paragraph, dangerous in a name
# or a file name because they reorder what the reader sees.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ALLOWED_FORMAT = frozenset("\u200c\u200d\u200e\u200f")  # ZWNJ, ZWJ, LRM, RLM
_WORD = re.compile(r"[^\W_]+")
# Languages written from right to left (BCP 47 primary tags).
RTL_LANGUAGES = frozenset({"ar", "prs", "fa", "ps", "ur", "he", "ckb"})


def clean_text(value: str) -> str:
    """NFC form of ``value``; line breaks and tabs kept."""
    return unicodedata.normalize("NFC", value)


def forbidden_characters(value: str, *, multiline: bool = False) -> list[str]:
    """Descriptions of characters that must not be stored in ``value``.

    NUL and other control characters are refused; so are bidi overrides. Zero-width joiners
    and non-joiners, and the left-to-right and right-to-left marks, are allowed.
    """
    found: list[str] = []
    for char in set(value):
        category = unicodedata.category(char)
        if multiline and char in "\n\r\t":
            continue
        if char in BIDI_CONTROLS:
            found.append(f"bidi control U+{ord(char):04X}")
        elif category == "Cc" or (category in ("Cf", "Cs", "Co") and char not in _ALLOWED_FORMAT):
            found.append(f"control character U+{ord(char):04X}")
    return sorted(found)


def fold(value: str) -> str:
    """Text folded for matching: no accents or vowel marks, no joiners, case-folded.

    ``Aḥmad`` and ``Ahmad`` fold alike, as do ``أحمَد`` and ``أحمد``.
    """
    decomposed = unicodedata.normalize("NFKD", value)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me", "Cf"))
    return unicodedata.normalize("NFC", kept).casefold()


def search_terms(value: str) -> list[list[str]]:
    """The user's words, each split into folded tokens.

    ``A-123 Aḥmad`` gives ``[["a", "123"], ["ahmad"]]``: a hyphenated number stays one word
    whose parts must follow each other.
    """
    words = []
    for word in value.split():
        tokens = _WORD.findall(fold(word))
        if tokens:
            words.append(tokens)
    return words


def search_body(parts: Iterable[str | None]) -> str:
    """The folded text that the search index holds for one case."""
    return " ".join(" ".join(_WORD.findall(fold(p))) for p in parts if p)


def is_right_to_left(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
