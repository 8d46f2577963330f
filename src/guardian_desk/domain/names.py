"""Names compared across transliterations and scripts: the blocking keys a folded name gives
(prefixes of its words, spelled the ways transliterations differ), the sound a Latin name
makes once those differences are taken out, and how alike two folded names are (rapidfuzz).

Used wherever people are looked for by name among many records: duplicate candidates for an
incoming child (``services/transfer/matching.py``) and family tracing matches
(``services/protection/tracing.py``). Folding itself is :func:`guardian_desk.domain.text.fold`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from guardian_desk.domain.text import search_terms

# A name is compared as a name, not as a page: at most this many groups of keys per name.
MAX_KEY_GROUPS = 16

# Words of a name that say whose child or which family, not who: they would match most
# cases and are left out of the keys (they stay in the names that are compared).
PARTICLES = frozenset(
    {
        *("al", "el", "bin", "ben", "ibn", "bint", "abu", "abou", "ould"),
        *("de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der"),
        *("بن", "ابن", "بنت", "ابو", "ال"),
    }
)

# Latin transliterations of one name differ in their vowels (Mohammad, Muhammad, Mohamed),
# in doubled or long vowels (Cabdullaahi, Yousef), and in a few consonants. A key is the
# first consonants of a word with each of these spellings of the vowel between them.
_VOWEL_SPELLINGS = (
    *("a", "e", "i", "o", "u"),
    *("aa", "ee", "ii", "oo", "uu", "ou", "ai", "ei", "ay", "ey", "ia", "ie"),
)
_INITIAL_VOWELS = ("a", "e", "i", "o", "u")  # Omar/Umar, Ibrahim/Ebrahim, Osman/Usman
_CONSONANT_SPELLINGS = {
    "k": ("k", "q", "c"),
    "q": ("q", "k"),
    "c": ("c", "k"),
    "y": ("y", "j"),
    "j": ("j", "y", "dj"),
    "dj": ("dj", "j"),
    "f": ("f", "ph"),
    "ph": ("ph", "f"),
    "sh": ("sh", "ch"),
    "ch": ("ch", "sh"),
}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_VOWELS = frozenset("aeiou")
_NATIVE_PREFIX = 3  # letters of a word in another script that make its key

# How transliterations of one name are made alike before they are compared (after folding):
# Arabic, Persian and Pashto write three vowels that Latin spells five ways or doubled.
_SOUND_RULES = (
    ("ph", "f"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ey", "ai"),
    ("ei", "ai"),
    ("ay", "ai"),
    ("o", "u"),
    ("e", "a"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aiu])h\b")  # Fatimah, Hibah, Aminah


def folded_name(value: str | None) -> str:
    """``value`` folded for matching, its words joined by single spaces."""
    return " ".join(token for word in search_terms(value or "") for token in word)


def _spellings(consonants: str) -> tuple[str, ...]:
    return _CONSONANT_SPELLINGS.get(consonants, (consonants,))


def _latin_keys(word: str) -> set[str]:
    """Prefixes of the spellings of a folded Latin word (letters a-z only).

    A word that begins with consonants gives them with each spelling of the vowel that
    follows and the next consonant: ``mohammed`` gives ``moh``, ``muh``, ``mah``, ``mouh``...,
    so Mohammad, Muhammad and Mohamed share keys. A word that begins with a vowel gives each
    first vowel with its consonants: ``ahmed`` gives ``ahm``, ``ehm``..., ``omar`` gives
    ``oma``, ``uma``, ``ome``....
    """

    def vowel(at: int) -> bool:  # after the first letter, y is a vowel (Zaynab, Ayesha)
        return word[at] in _VOWELS or (at > 0 and word[at] == "y")

    lead = 0
    while lead < len(word) and vowel(lead):
        lead += 1
    end = lead
    while end < len(word) and not vowel(end):
        end += 1
    consonants = word[lead:end]
    after = end
    while after < len(word) and vowel(after):
        after += 1
    vowel_run = word[end:after]
    if not consonants:  # only vowels: the word as it is
        return {word[:3]}
    if lead == 0:
        if not vowel_run:
            return {word[:3]}
        if after == len(word):  # Noa, Mia: the word's start with each consonant spelling
            return {c + vowel_run for c in _spellings(consonants)}
        following = word[after]
        return {c + v + following for c in _spellings(consonants) for v in _VOWEL_SPELLINGS}
    if len(consonants) >= 2:  # Ahmed, Abdul, Ismail, Ibrahim, Aisha (sh)
        spelled = _spellings(consonants[:2]) if consonants[:2] in _CONSONANT_SPELLINGS else ()
        starts = set(spelled) | {consonants[:2]}
        return {v + c for v in _INITIAL_VOWELS for c in starts}
    if not vowel_run:  # Ab, Id: the word as it is, with each first vowel
        return {v + c for v in _INITIAL_VOWELS for c in _spellings(consonants)}
    return {v + c + w for v in _INITIAL_VOWELS for c in _spellings(consonants) for w in "aeiou"}


def word_keys(word: str) -> set[str]:
    """The blocking keys of one folded word; none for a particle or a single letter."""
    if len(word) < 2 or word in PARTICLES or word.isdigit():
        return set()
    if set(word) <= _ASCII_LETTERS:
        keys = _latin_keys(word)
        # Alhassan, Elsayed: also the name after the article (Al-Hassan was two words).
        if word[:2] in ("al", "el") and len(word) > 4 and word[2] not in _VOWELS:
            keys |= _latin_keys(word[2:])
        return keys
    keys = {word[:_NATIVE_PREFIX]}
    if word.startswith("ال") and len(word) > 4:  # الحسن and حسن
        keys.add(word[2 : 2 + _NATIVE_PREFIX])
    return keys


def name_keys(folded: str) -> list[set[str]]:
    """The keys of each word of a folded name (see :func:`word_keys`), words without any
    left out."""
    return [keys for keys in (word_keys(w) for w in folded.split()) if keys]


def key_groups(names: Iterable[str], *, most: int = MAX_KEY_GROUPS) -> list[frozenset[str]]:
    """The keys of all the folded ``names`` of one person, grouped so that one group stands
    for one name however it is spelled: words whose keys overlap (Mohammed and its alias
    Muhammad) are one group. At most ``most`` groups, the first names' before the later."""
    groups: list[set[str]] = []
    for name in names:
        for keys in name_keys(name):
            overlapping = [g for g in groups if g & keys]
            if not overlapping and len(groups) == most:
                continue
            merged = set(keys).union(*overlapping)
            groups = [g for g in groups if not g & keys]
            groups.append(merged)
    return sorted((frozenset(g) for g in groups), key=sorted)


def sounds(folded: str) -> str:
    """A folded Latin name with the differences of transliteration taken out: doubled letters
    as one, o as u and e as a, ou and oo as u, ee as i, ay, ey and ei as ai, q as k, ph as f,
    a final h after a vowel dropped. ``mohammed`` and ``muhamad`` both give ``muhamad``."""
    value = folded
    for spelled, said in _SOUND_RULES:
        value = value.replace(spelled, said)
    return _FINAL_H.sub("", _DOUBLED.sub(r"\1", value))


def name_similarity(first: str, second: str, *, latin: bool) -> float:
    """How alike two folded names of one script are, 0-100.

    The best of: the words compared in any order (``token_sort_ratio``); the letters with
    the spaces taken out (Abdulrahman, Abdul Rahman); and, for names of two words or more on
    both sides, one name's words all in the other (``token_set_ratio``, counted at 90 %: a
    middle name left out). Latin names are compared as written and as they sound
    (:func:`sounds`).
    """
    pairs = [(first, second)]
    if latin:
        pairs.append((sounds(first), sounds(second)))
    best = 0.0
    for a, b in pairs:
        best = max(
            best,
            fuzz.token_sort_ratio(a, b),
            fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")),
        )
        if min(a.count(" "), b.count(" ")) >= 1:
            best = max(best, 0.9 * fuzz.token_set_ratio(a, b))
    return best
