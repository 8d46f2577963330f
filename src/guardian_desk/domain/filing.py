"""One document model for every filing, whatever it is rendered to (PDF or DOCX).

A form's template produces a short markup (see ``docs/forms-authoring.md``); :func:`parse`
turns it into a :class:`Filing`: the caption, then blocks — a title, headings, numbered
paragraphs, plain paragraphs, lists, tables, a signature block, a certificate of service, an
exhibit list, page breaks. Both renderers read only this model, so a filing says the same in
both formats.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from guardian_desk.errors import Problem, ValidationError

# What a renderer prints of its own, in English; each language has its own in
# forms/_shared/words.<lang>.toml.
WORDS = {
    "page": "Page {page} of {pages}",
    "certificate_of_service": "CERTIFICATE OF SERVICE",
    "exhibit": "Exhibit",
    "description": "Description",
    "pages": "Pages",
    "unreviewed": "UNREVIEWED TRANSLATION",
    "contents": "Contents",
    "hearing_packet": "Hearing packet",
}


@dataclass(frozen=True)
class Caption:
    """The head of a filing: the court, the matter, the parties and the docket number."""

    layout: str  # "box": parties left, docket right (US); "centered": court, then matter
    court: tuple[str, ...]  # the court's lines, top to bottom
    matter: tuple[str, ...]  # "In the Matter of the Guardianship of", the child, "a minor"
    docket_label: str  # "Case No."
    docket: str


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    number: int | None = None  # numbered paragraphs count through the filing


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Signature:
    lines: tuple[str, ...]  # name first, then role, bar number, organisation, address
    place_and_date: str = ""


@dataclass(frozen=True)
class Service:
    """A certificate of service: who was served, how and when, and who certifies it."""

    text: str
    served: tuple[str, ...]
    signer: tuple[str, ...]


@dataclass(frozen=True)
class ExhibitEntry:
    label: str  # "A"
    description: str
    pages: str = ""  # "3" or, in a packet, "12-14"


@dataclass(frozen=True)
class ExhibitList:
    entries: tuple[ExhibitEntry, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Pair:
    """The same block in two languages, side by side: the court's on the left."""

    left: Title | Heading | Paragraph | ListBlock
    right: Title | Heading | Paragraph | ListBlock
    left_language: str
    right_language: str


Block = (
    Title
    | Heading
    | Paragraph
    | ListBlock
    | Table
    | Signature
    | Service
    | ExhibitList
    | PageBreak
    | Pair
)


@dataclass(frozen=True)
class Filing:
    form_id: str
    form_version: str
    language: str
    title: str
    caption: Caption | None
    blocks: tuple[Block, ...]
    footer: str = ""  # printed at the foot of every page beside "Page X of Y"
    line_numbers: bool = False  # pleading paper: lines numbered in the left margin
    page_size: str = "a4"  # or "letter"
    second_language: str | None = None  # a bilingual filing: the child's language
    author: str = ""
    subject: str = ""
    marks: tuple[str, ...] = field(default=())  # e.g. "UNREVIEWED TRANSLATION"
    checkpoint: str = ""  # the audit log's signed head, in the file's keywords
    # The words the renderers print themselves, in the filing's language.
    words: Mapping[str, str] = field(default_factory=lambda: dict(WORDS))

    def text(self) -> str:
        """Every word of the filing in reading order (for tests and search)."""
        parts: list[str] = []
        if self.caption:
            parts += [*self.caption.court, *self.caption.matter]
            parts.append(f"{self.caption.docket_label} {self.caption.docket}")
        for block in self.blocks:
            parts += block_text(block)
        return "\n".join(parts)


def block_text(block: Block) -> list[str]:
    if isinstance(block, Title | Heading):
        return [block.text]
    if isinstance(block, Paragraph):
        return [f"{block.number}. {block.text}" if block.number else block.text]
    if isinstance(block, ListBlock):
        return list(block.items)
    if isinstance(block, Table):
        return [" | ".join(row) for row in (block.header, *block.rows)]
    if isinstance(block, Signature):
        return [*block.lines, block.place_and_date]
    if isinstance(block, Service):
        return [block.text, *block.served, *block.signer]
    if isinstance(block, ExhibitList):
        return [f"{e.label} {e.description} {e.pages}".strip() for e in block.entries]
    if isinstance(block, Pair):
        return [*block_text(block.left), *block_text(block.right)]
    return []


# --- the markup a template produces -----------------------------------------------------------

KEYWORDS = (
    "title",
    "heading",
    "para",
    "text",
    "item",
    "number",
    "table",
    "row",
    "signature",
    "line",
    "place",
    "service",
    "served",
    "signer",
    "exhibit",
    "pagebreak",
)


def parse(markup: str, where: str) -> list[Block]:
    """The blocks of a filing from its markup: a line ``@keyword text`` starts a block, the
    lines after it (up to a blank line or the next ``@``) continue it; ``@para`` paragraphs are
    numbered in order.

    Raises:
        ValidationError: an unknown keyword or a line outside any block, naming ``where`` and
            the line of the rendered text.
    """
    parsed: list[tuple[str, str, int]] = []  # (keyword, text, line)
    for number, raw in enumerate(markup.splitlines(), 1):
        line = raw.strip()
        if not line:
            if parsed and parsed[-1][0] != "":
                parsed.append(("", "", number))  # a blank line ends the block
            continue
        if line.startswith("@"):
            keyword, _, text = line[1:].partition(" ")
            if keyword not in KEYWORDS:
                raise _mistake(
                    f"{where}, rendered line {number}",
                    f"unknown block @{keyword}; the blocks are "
                    + ", ".join("@" + k for k in KEYWORDS),
                )
            parsed.append((keyword, text.strip(), number))
        elif parsed and parsed[-1][0] not in ("", "pagebreak"):
            keyword, text, start = parsed[-1]
            parsed[-1] = (keyword, f"{text} {line}".strip(), start)
        else:
            raise _mistake(
                f"{where}, rendered line {number}",
                f"text outside any block: {line[:60]!r} (start it with @para or @text)",
            )
    return _blocks([(k, t, n) for k, t, n in parsed if k], where)


def _blocks(parsed: list[tuple[str, str, int]], where: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph = 0
    index = 0
    while index < len(parsed):
        keyword, text, number = parsed[index]
        index += 1
        if keyword == "title":
            blocks.append(Title(text))
        elif keyword == "heading":
            blocks.append(Heading(text))
        elif keyword == "para":
            paragraph += 1
            blocks.append(Paragraph(text, paragraph))
        elif keyword == "text":
            blocks.append(Paragraph(text))
        elif keyword in ("item", "number"):
            items = [text]
            while index < len(parsed) and parsed[index][0] == keyword:
                items.append(parsed[index][1])
                index += 1
            blocks.append(ListBlock(tuple(items), numbered=keyword == "number"))
        elif keyword == "table":
            header = _cells(text)
            rows = []
            while index < len(parsed) and parsed[index][0] == "row":
                rows.append(_cells(parsed[index][1], len(header)))
                index += 1
            blocks.append(Table(header, tuple(rows)))
        elif keyword in ("signature", "service"):
            lines: list[str] = []
            served: list[str] = []
            signer: list[str] = []
            place = ""
            while index < len(parsed) and parsed[index][0] in ("line", "served", "signer", "place"):
                kind, value = parsed[index][0], parsed[index][1]
                {"line": lines, "served": served, "signer": signer}.get(kind, []).append(value)
                if kind == "place":
                    place = value
                index += 1
            if keyword == "signature":
                blocks.append(Signature(tuple(lines), place))
            else:
                blocks.append(Service(text, tuple(served), tuple(signer or lines)))
        elif keyword == "exhibit":
            entries = [_exhibit(text)]
            while index < len(parsed) and parsed[index][0] == "exhibit":
                entries.append(_exhibit(parsed[index][1]))
                index += 1
            blocks.append(ExhibitList(tuple(entries)))
        elif keyword == "pagebreak":
            blocks.append(PageBreak())
        else:  # @row, @line, @served, @signer, @place on their own
            raise _mistake(
                f"{where}, rendered line {number}",
                f"@{keyword} belongs under "
                + ("@table" if keyword == "row" else "@signature or @service"),
            )
    return blocks


def _mistake(where: str, message: str) -> ValidationError:
    return ValidationError("The form's text has a mistake.", [Problem(where, message)])


def _cells(text: str, width: int | None = None) -> tuple[str, ...]:
    cells = tuple(cell.strip() for cell in text.split("|"))
    if width is not None and len(cells) < width:
        cells += ("",) * (width - len(cells))
    return cells


def _exhibit(text: str) -> ExhibitEntry:
    cells = _cells(text)
    label, description, pages = (*cells, "", "")[:3]
    return ExhibitEntry(label, description, pages)
