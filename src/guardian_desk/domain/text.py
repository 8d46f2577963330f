"""Text rules: what a name may contain, and how text is folded for search.

Names arrive in any script. They are stored in NFC; zero-width non-joiners stay (Persian
spelling needs them); other control characters are refused, and so is a name with nothing
visible in it.

Search folds what keyboards make differ for the same name. In Latin script: case and
accents. In Arabic script, the Arabic, Persian/Dari, Pashto and Urdu keyboards each type
their own letter for the same one in a name (``قادري`` on an Arabic keyboard is ``قادری``
on a Persian one and ``قادرے`` may be read in Urdu), and writers differ on hamza, teh
marbuta and the long vowels; see :data:`ARABIC_SCRIPT_FOLDS`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

# Bidi embedding/override/isolate controls: meaningful in a paragraph, dangerous in a name
# or a file name because they reorder what the reader sees.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ALLOWED_FORMAT = frozenset("\u200c\u200d\u200e\u200f")  # ZWNJ, ZWJ, LRM, RLM
_WORD = re.compile(r"[^\W_]+")
# Languages written from right to left (BCP 47 primary tags).
RTL_LANGUAGES = frozenset({"ar", "prs", "fa", "ps", "ur", "he", "ckb"})
ZWNJ = "\u200c"
# Letters with no ink: Hangul fillers, the braille blank, the combining grapheme joiner,
# Khmer inherent vowels, the Mongolian vowel separator. A name of them only is empty.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5\u180e")

# Arabic-script letters folded for search, after NFKD has already split off the hamza of
# أ إ آ ؤ ئ ۀ ۂ ۓ (the marks are then dropped) and turned presentation forms into letters.
# Each group is one letter as the keyboards of Arabic, Persian/Dari, Pashto and Urdu type
# it, or as writers of a name differ. Recall matters more than precision: a clerk looks
# through a few extra matches, but a missed earlier record of the child can do harm.
ARABIC_SCRIPT_FOLDS: dict[str, str] = {
    # yeh: Arabic ي, Persian/Urdu ی (also for final alef maksura), alef maksura ى
    # (Egyptian final yeh), Pashto ې ۍ, Urdu yeh barree ے, Kurdish ێ, rarer dotted forms.
    "\u064a": "\u064a\u06cc\u0649\u06d0\u06cd\u06d2\u06ce\u063d\u063e\u063f\u0620\u06d1",
    # kaf: Arabic ك, Persian/Urdu/Pashto keheh ک, Sindhi swash kaf ڪ, dotted forms.
    "\u0643": "\u0643\u06a9\u06aa\u06ac\u06ae",
    # gaf: Persian/Urdu گ, Pashto ګ (kaf with ring), gaf with ring, with three dots.
    "\u06af": "\u06af\u06ab\u06b0\u06b4",
    # heh: Arabic ه, Urdu heh goal ہ and do-chashmi ھ (Urdu keyboards type both where
    # others type ه), ae ە (what ۀ decomposes to); teh marbuta ة and its Urdu form ۃ: a
    # name ends in ة in Arabic and in ه in Persian, Dari and Urdu (فاطمة, فاطمه, فاطمہ).
    "\u0647": "\u0647\u06c1\u06be\u06d5\u0629\u06c3",
    # alef: wasla, wavy hamza above and below (madda and hamza come off by NFKD).
    "\u0627": "\u0627\u0671\u0672\u0673",
    # waw with a ring, two dots or a dot above (hamza comes off by NFKD).
    "\u0648": "\u0648\u06c4\u06ca\u06cf",
    # Retroflex letters: Urdu and Pashto write the same sounds with different letters
    # (ٹ/ټ, ڈ/ډ, ڑ/ړ, ں/ڼ); Arabic and Persian keyboards have none and type the plain one.
    "\u062a": "\u062a\u0679\u067c",
    "\u062f": "\u062f\u0688\u0689",
    "\u0631": "\u0631\u0691\u0693",
    "\u0646": "\u0646\u06ba\u06bc",
    # Pashto letters a Dari/Persian keyboard writes with its own (پښتو is written پشتو).
    "\u0634": "\u0634\u069a",
    "\u0698": "\u0698\u0696",
    "\u0632": "\u0632\u0681",
}
# Removed for search: tatweel (a stretch of the line, not a letter), hamza on its own and
# high hamza (written or left out at will: علاء / علا), small waw and small yeh (marks).
_ARABIC_SCRIPT_DROPPED = "\u0640\u0621\u0674\u06e5\u06e6"
_FOLD_TABLE = str.maketrans(
    {
        **{variant: base for base, group in ARABIC_SCRIPT_FOLDS.items() for variant in group},
        **dict.fromkeys(_ARABIC_SCRIPT_DROPPED),
    }
)


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
        elif category == "Cc" or category in ("Cs", "Co"):
            found.append(f"control character U+{ord(char):04X}")
        elif category == "Cf" and char not in _ALLOWED_FORMAT:
            name = unicodedata.name(char, "").lower()
            found.append(f"invisible character U+{ord(char):04X}" + (f" ({name})" if name else ""))
    return sorted(found)


def has_visible_characters(value: str) -> bool:
    """True when ``value`` holds at least one letter, digit, punctuation mark or symbol that
    shows: a name of only spaces, joiners or other invisible characters is no name."""
    return any(unicodedata.category(char)[0] in "LNPS" and char not in _INVISIBLE for char in value)


def fold(value: str) -> str:
    """Text folded for matching: no accents or vowel marks, no joiners, case-folded, the
    Arabic-script letter variants of :data:`ARABIC_SCRIPT_FOLDS` as one, digits of every
    script as ASCII digits.

    ``Aḥmad`` and ``Ahmad`` fold alike, as do ``أحمَد`` and ``احمد``, ``قادري`` and ``قادری``,
    ``فاطمة`` and ``فاطمہ``, ``۱۲۳`` and ``123``. A zero-width non-joiner is dropped: ``رحمت‌الله``
    folds as ``رحمتالله`` (see :func:`search_body` for the parts).
    """
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", value):
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf"):
            continue
        kept.append(str(unicodedata.decimal(char)) if category == "Nd" else char)
    folded = "".join(kept).translate(_FOLD_TABLE)
    return unicodedata.normalize("NFC", folded).casefold()


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
    """The folded text that the search index holds for one case.

    A name written with a zero-width non-joiner (``رحمت‌الله``) is indexed both joined, as
    typed without it, and in its parts, as typed with a space: each spelling finds it.
    """
    words: list[str] = []
    for part in parts:
        if not part:
            continue
        words += _WORD.findall(fold(part))
        if ZWNJ in part:
            words += _WORD.findall(fold(part.replace(ZWNJ, " ")))
    return " ".join(words)


def is_right_to_left(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


# The first word of a letter's Unicode name, for the scripts names are written in here, and
# the ISO 15924 code of each.
_SCRIPT_WORDS = {
    "LATIN": "Latn",
    "ARABIC": "Arab",
    "CYRILLIC": "Cyrl",
    "ETHIOPIC": "Ethi",
    "GREEK": "Grek",
    "HEBREW": "Hebr",
    "ARMENIAN": "Armn",
    "GEORGIAN": "Geor",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "GURMUKHI": "Guru",
    "TAMIL": "Taml",
    "THAI": "Thai",
    "MYANMAR": "Mymr",
    "KHMER": "Khmr",
    "TIBETAN": "Tibt",
    "SINHALA": "Sinh",
    "HANGUL": "Hang",
    "CJK": "Hani",
    "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan",
    "SYRIAC": "Syrc",
    "THAANA": "Thaa",
    "NKO": "Nkoo",
    "TIFINAGH": "Tfng",
}


def script_of(text: str | None) -> str | None:
    """The ISO 15924 script most of the letters of ``text`` are written in (``Arab`` for
    ``قادری``, ``Ethi`` for ``ሰላም``), or None when it has no letters or a script not known here."""
    counts: dict[str, int] = {}
    for char in text or "":
        if not char.isalpha():
            continue
        word = unicodedata.name(char, "").split(" ", 1)[0]
        code = _SCRIPT_WORDS.get(word)
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


def spreadsheet_safe(value: object) -> str:
    """A cell of tab-separated or CSV output that a spreadsheet will not run as a formula (OWASP).

    Tabs and line breaks inside a value become spaces, so a cell stays a cell; a text that
    starts with ``= + - @`` (or did start with a tab or carriage return) gets a leading ``'``.
    """
    if isinstance(value, int | float | Decimal):
        return str(value)  # a number stays a number
    text = str(value)
    dangerous = text[:1] in ("=", "+", "-", "@", "\t", "\r")
    text = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return "'" + text if dangerous else text
