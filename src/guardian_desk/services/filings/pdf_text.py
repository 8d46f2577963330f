"""Text in any of the team's scripts, drawn by reportlab: a font per script, Arabic letters
joined by HarfBuzz, right-to-left paragraphs in the right order, and a character no shipped
font has reported instead of printed as an empty box.

Latin, Greek and Cyrillic are set in Noto Serif, Arabic script (Arabic, Dari, Pashto) in Noto
Naskh Arabic, Ethiopic (Tigrinya, Amharic) in Noto Sans Ethiopic; all ship in
``resources/fonts`` with their licence. A paragraph holding right-to-left text is laid out
here (:class:`BidiParagraph`): words are measured shaped, lines are filled in reading order,
then each line is put in visual order by the Unicode bidirectional rules at word level
(right-to-left runs reversed, numbers and Latin names kept left to right) and each
right-to-left run is shaped by HarfBuzz, which joins the letters and mirrors brackets.
Other paragraphs go to reportlab's own Paragraph with a font tag per script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.platypus import Flowable, Paragraph

from guardian_desk.domain.text import RTL_LANGUAGES
from guardian_desk.errors import ValidationError
from guardian_desk.resources import resource_path

SERIF = "NotoSerif"
ARABIC = "NotoNaskhArabic"
ETHIOPIC = "NotoSansEthiopic"
FONT_FILES = {
    SERIF: "NotoSerif-Regular.ttf",
    f"{SERIF}-Bold": "NotoSerif-Bold.ttf",
    f"{SERIF}-Italic": "NotoSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "NotoSerif-BoldItalic.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    f"{ARABIC}-Bold": "NotoNaskhArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    f"{ETHIOPIC}-Bold": "NotoSansEthiopic-Bold.ttf",
}
# Characters that take no room and need no glyph (joiners, marks of direction).
INVISIBLE = {"\u200c", "\u200d", "\u2060", "\u200e", "\u200f", "\ufeff"}


# Glyphs HarfBuzz chose that the font maps to no character (the parts of lam-alef, say) get
# private codes from reportlab; what each stands for, so that the PDF's text can be copied and
# searched in the words written.
_PRIVATE_TEXT: dict[int, str] = {}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with private codes mapped to the letters they draw and
    Arabic presentation forms to the plain letters (a reader then finds the words typed)."""

    def text(code: int) -> str:
        if code in _PRIVATE_TEXT:
            return _PRIVATE_TEXT[code]
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            return unicodedata.normalize("NFKC", chr(code))
        return chr(code)

    entries = [
        f"<{i:02X}> <{text(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def shape(text: str, font: str, size: float) -> Any:
    """Arabic-script text shaped by HarfBuzz (letters joined, in visual order)."""
    shaped = shapeStr(text, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        starts = sorted({d.cluster for d in data})
        for char, d in zip(str(shaped), data, strict=False):
            if 0xE000 <= ord(char) <= 0xF8FF and ord(char) not in _PRIVATE_TEXT:
                after = next((c for c in starts if c > d.cluster), len(text))
                _PRIVATE_TEXT[ord(char)] = text[d.cluster : after]
    return shaped


@cache
def register_fonts() -> str:
    """Register the shipped fonts once; the name of the main (serif) family."""
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        SERIF,
        normal=SERIF,
        bold=f"{SERIF}-Bold",
        italic=f"{SERIF}-Italic",
        boldItalic=f"{SERIF}-BoldItalic",
    )
    for family in (ARABIC, ETHIOPIC):
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=f"{family}-Bold", italic=family, boldItalic=f"{family}-Bold"
        )
    return SERIF


def is_rtl_language(language: str) -> bool:
    return language.split("-")[0] in RTL_LANGUAGES


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_ethiopic(char: str) -> bool:
    code = ord(char)
    return 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F


def family_for(char: str) -> str:
    if _is_arabic(char):
        return ARABIC
    if _is_ethiopic(char):
        return ETHIOPIC
    return SERIF


def _face(name: str) -> Any:
    register_fonts()
    return pdfmetrics.getFont(name).face


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` that no shipped font can draw."""
    missing = []
    for char in dict.fromkeys(text):
        if char in INVISIBLE or unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            continue
        if ord(char) not in _face(family_for(char)).charToGlyph:
            missing.append(char)
    return missing


def check_coverage(texts: list[str]) -> None:
    """Refuse text that would print as empty boxes, naming each character.

    Raises:
        ValidationError: listing the characters and their code points.
    """
    missing = list(dict.fromkeys(c for text in texts for c in uncovered(text)))
    if missing:
        shown = ", ".join(f"“{c}” (U+{ord(c):04X} {unicodedata.name(c, '?')})" for c in missing)
        raise ValidationError(
            f"The PDF cannot show {len(missing)} character(s) with the fonts shipped: {shown}. "
            "Correct the text, or make the filing as DOCX."
        )


def _bold(family: str, bold: bool) -> str:
    return f"{family}-Bold" if bold else family


MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _runs(text: str) -> list[tuple[str, str]]:
    """(text, family) runs of one script each; spaces and punctuation are set in the Latin
    font (Arabic and Ethiopic fonts may lack them) and stand apart from Arabic letters (they
    are drawn, and mirrored, on their own)."""
    runs: list[tuple[str, str]] = []
    for char in text:
        if char in INVISIBLE and char not in ("\u200c", "\u200d"):
            continue
        family = family_for(char)
        neutral = not char.isalnum() and family == SERIF
        if neutral:
            family = SERIF
        if runs and runs[-1][1] == family:
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, family))
    return runs


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def markup(text: str, bold: bool = False) -> str:
    """reportlab paragraph markup for a left-to-right text: a font tag per script run."""
    parts = []
    for run, family in _runs(text):
        if family == SERIF:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{_bold(family, bold)}">{escape(run)}</font>')
    return "".join(parts)


# --- right-to-left paragraphs -----------------------------------------------------------------


def _direction(word: str) -> str | None:
    """'R', 'L' or None (neutral) for a word, by its first strong character."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L" or kind == "EN" or kind == "AN":
            return "L" if kind != "AN" else "R"
    return None


def visual_order(words: list[str], base: str) -> list[tuple[str, str]]:
    """A line's words in the order they are seen, with the direction each is drawn in.

    Neutral words take the direction of their neighbours when both agree, else the
    paragraph's; then, on a right-to-left line, the runs go right to left and the words of a
    right-to-left run too, while a left-to-right run (a Latin name, a number) keeps its order.
    """
    kinds = [_direction(w) for w in words]
    for i, kind in enumerate(kinds):
        if kind is None:
            before = next((k for k in reversed(kinds[:i]) if k), base)
            after = next((k for k in kinds[i + 1 :] if k), base)
            kinds[i] = before if before == after else base
    runs: list[tuple[str, list[str]]] = []
    for word, kind in zip(words, kinds, strict=True):
        assert kind is not None
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(word)
        else:
            runs.append((kind, [word]))
    ordered = list(reversed(runs)) if base == "R" else runs
    seen: list[tuple[str, str]] = []
    for kind, run in ordered:
        run_words = list(reversed(run)) if kind == "R" else run
        seen += [(w, kind) for w in run_words]
    return seen


@dataclass
class _Word:
    text: str
    width: float


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left text (Arabic, Dari, Pashto), with its numbering."""

    def __init__(self, text: str, style: ParagraphStyle, base: str = "R", bold: bool = False):
        super().__init__()
        self.text = " ".join(text.split())
        self.style = style
        self.base = base
        self.bold = bold
        self.lines: list[list[_Word]] = []
        self.width = self.height = 0.0

    def _pieces(self, word: str, rtl: bool = False) -> list[tuple[Any, str]]:
        """A word as drawable pieces, left to right: (shaped or plain text, font name). A
        right-to-left word's pieces go right to left, its brackets mirrored."""
        pieces: list[tuple[Any, str]] = []
        runs = _runs(word)
        if rtl:
            runs = [
                (r[::-1].translate(MIRRORED), f)
                if f == SERIF and not any(c.isalnum() for c in r)
                else (r, f)
                for r, f in reversed(runs)
            ]
        for run, family in runs:
            font = _bold(family, self.bold)
            if family == ARABIC:
                pieces.append((shape(run, font, self.style.fontSize), font))
            else:
                pieces.append((run, font))
        return pieces

    def _width(self, word: str) -> float:
        size = self.style.fontSize
        return sum(pdfmetrics.stringWidth(text, font, size) for text, font in self._pieces(word))

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        register_fonts()
        space = pdfmetrics.stringWidth(" ", SERIF, self.style.fontSize)
        self.space = space
        self.lines = [[]]
        used = self.style.firstLineIndent
        for raw in self.text.split(" "):
            word = _Word(raw, self._width(raw))
            room = available_width - self.style.leftIndent - self.style.rightIndent
            if self.lines[-1] and used + space + word.width > room:
                self.lines.append([])
                used = 0.0
            used += (space if self.lines[-1] else 0) + word.width
            self.lines[-1].append(word)
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def _items(self, words: list[tuple[str, str]]) -> list[list[tuple[Any, str]]]:
        """A line's drawable items in visual order: neighbouring Arabic words with nothing
        but letters are shaped together, in reading order (so that a reader of the PDF, or a
        search in it, gets the words in the order they were written); any other word alone."""
        items: list[list[tuple[Any, str]]] = []
        group: list[str] = []  # pure Arabic words, in visual order

        def flush() -> None:
            if group:
                text = " ".join(reversed(group))
                font = _bold(ARABIC, self.bold)
                items.append([(shape(text, font, self.style.fontSize), font)])
                group.clear()

        for word, kind in words:
            if kind == "R" and word and all(_is_arabic(c) or c in "\u200c\u200d" for c in word):
                group.append(word)
                continue
            flush()
            items.append(self._pieces(word, kind == "R"))
        flush()
        return items

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        for index, line in enumerate(self.lines):
            y = self.height - (index + 1) * self.style.leading + (self.style.leading - size) * 0.6
            indent = self.style.firstLineIndent if index == 0 else 0.0
            items = self._items(visual_order([w.text for w in line], self.base))
            widths = [sum(pdfmetrics.stringWidth(t, f, size) for t, f in item) for item in items]
            total = sum(widths) + self.space * (len(items) - 1)
            if self.style.alignment == TA_CENTER:
                x = (self.width - total) / 2
            elif self.base == "R" or self.style.alignment == TA_RIGHT:
                x = self.width - self.style.rightIndent - indent - total
            else:
                x = self.style.leftIndent + indent
            with actual_text(canvas, [w.text for w in line], self.base):
                for item, width in zip(items, widths, strict=True):
                    start = x
                    for text, font in item:
                        canvas.setFont(font, size)
                        canvas.drawString(start, y, text)
                        start += pdfmetrics.stringWidth(text, font, size)
                    x += width + self.space

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int(available_height // self.style.leading)
        if fits <= 0 or fits >= len(self.lines):
            return [] if fits <= 0 else [self]
        head = BidiParagraph("", self.style, self.base, self.bold)
        tail = BidiParagraph("", self.style, self.base, self.bold)
        head.text = " ".join(w.text for line in self.lines[:fits] for w in line)
        rest = ParagraphStyle("rest", parent=self.style, firstLineIndent=0)
        tail.style = rest
        tail.text = " ".join(w.text for line in self.lines[fits:] for w in line)
        return [head, tail]


def seen_text(words: list[str], base: str) -> str:
    """A line's characters in the order they are seen, left to right: the words in visual
    order, a right-to-left word's letters from its last to its first.

    This is what a PDF reader's text extraction expects to find on a line (poppler, and the
    copy of a viewer built on it, puts right-to-left runs back in reading order itself), so
    that it gives back the words as they were written.
    """
    seen = " ".join(w[::-1] if kind == "R" else w for w, kind in visual_order(words, base))
    # A right-to-left line opens (as seen) with a right-to-left mark: a vowel mark that ends
    # the line's last word (جلسةً) is then read with its letter, not taken for the start of
    # a left-to-right run. The mark takes no room and says the line reads from the right.
    return "\u200f" + seen if base == "R" else seen


@contextmanager
def actual_text(canvas: Any, words: list[str], base: str) -> Iterator[None]:
    """What is drawn inside the block is one line whose text is ``words``: a marked-content
    span (``/Span <</ActualText ...>> BDC ... EMC``) that a reader extracts, or copies, instead
    of the glyphs. HarfBuzz's glyphs for right-to-left text do not map one to one onto
    characters (joined forms, lam-alef, marks placed over their letter) and are drawn in
    visual order; without the span an extracted line comes out reversed, words broken at
    their vowel marks. No words: nothing is added."""
    if not words:
        yield
        return
    text = seen_text(words, base)
    code = canvas._code  # reportlab has no call for marked content; the operators go in as is
    code.append(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
    try:
        yield
    finally:
        code.append("EMC")


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "left",
) -> float:
    """One line of any script on a canvas (a footer, a mark), anchored at x by its left or
    right end or its centre; its width."""
    register_fonts()
    base = "R" if _direction(text.strip()) == "R" else "L"
    style = ParagraphStyle("line", fontName=SERIF, fontSize=size, leading=size * 1.2)
    line = BidiParagraph(text, style, base, bold)
    # Left to right: the whole line a word (a reader extracts it as one line of text).
    words = line.text.split(" ") if has_rtl(text) else [line.text]
    seen = visual_order(words, base) if has_rtl(text) else [(line.text, "L")]
    space = pdfmetrics.stringWidth(" ", SERIF, size)
    pieces = [line._pieces(w, kind == "R") for w, kind in seen]
    width = sum(pdfmetrics.stringWidth(t, f, size) for p in pieces for t, f in p)
    width += space * max(len(seen) - 1, 0)
    start = {"left": x, "right": x - width, "centre": x - width / 2}[anchor]
    with actual_text(canvas, words if has_rtl(text) else [], base):
        for word_pieces in pieces:
            for piece, font in word_pieces:
                canvas.setFont(font, size)
                canvas.drawString(start, y, piece)
                start += pdfmetrics.stringWidth(piece, font, size)
            start += space
    return width


def paragraph(
    text: str, style: ParagraphStyle, *, rtl: bool = False, bold: bool = False
) -> Flowable:
    """The right flowable for a text: laid out here when it holds right-to-left letters (or
    belongs to a right-to-left language), else reportlab's Paragraph with a font per script."""
    if rtl or has_rtl(text):
        base = "R" if rtl else ("R" if _direction(text.strip()) == "R" else "L")
        return BidiParagraph(text, style, base, bold)
    return Paragraph(markup(text, bold), style)
