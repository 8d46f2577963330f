"""Filing templates (``forms/``): the catalogue of forms and their captions, read and checked.

A form is a folder: ``form.toml`` (id, title, version, the proceedings and jurisdictions it
serves, the languages it is written in, the case data it requires and the sections of a case
it reads, what the clerk types at filing time) and a body per language, ``body.<lang>.j2``,
whose text is rendered by a sandboxed Jinja2 (:mod:`.sandbox`) into the block markup of
:mod:`guardian_desk.domain.filing`. Captions are data too (``forms/captions.toml``), chosen by
the proceeding's jurisdiction; ``forms/data.toml`` says in plain words what each piece of case
data is, so that what is missing is listed as a clerk reads it ("child's date of last
arrival"), never as a template error.
"""

from __future__ import annotations

import dataclasses
import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from guardian_desk.domain import filing as model
from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.domain.roles import SECTIONS
from guardian_desk.errors import Problem, ValidationError
from guardian_desk.resources import forms_path


class FormError(ValidationError):
    """A form that cannot be rendered: a mistake in a template, or data it lacks."""


# --- the catalogue ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FormInput:
    """Something typed when the filing is made, not kept in the case (who was served...)."""

    name: str
    label: str
    required: bool = True
    default: str = ""
    # "yes_no": a box to tick, typed as "yes" or "no"; "date": a day, typed YYYY-MM-DD
    kind: str = "text"


INPUT_KINDS = ("text", "yes_no", "date")
SOURCE_LANGUAGE = "en"  # forms are written in English first; the others translate it
# Every form must be available in these languages (`guardian-desk forms check`).
REQUIRED_LANGUAGES = ("en", "es", "fr", "ar", "prs", "ps", "uk", "ti")


@dataclass(frozen=True)
class Review:
    """Where a translation of a form stands: a draft, or reviewed by a qualified person; and
    the English text it follows (its SHA-256), to tell when it has gone stale."""

    status: str  # "draft" or "reviewed"
    source: str
    translated_by: str = ""
    reviewed_by: str = ""
    qualification: str = ""
    reviewed_on: str = ""

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed" and bool(self.reviewed_by)


@dataclass(frozen=True)
class Form:
    id: str
    title: str
    version: str
    description: str
    folder: Path
    languages: tuple[str, ...]
    proceeding_kinds: tuple[str, ...] = ()  # empty: any
    jurisdictions: tuple[str, ...] = ()  # prefixes ("US", "US-CA"); empty: any
    requires: tuple[str, ...] = ()  # data paths ("child.date_of_birth")
    # Sections of a case the form is made from (domain/roles.py): a role that may not read
    # one of them may not make it.
    reads: tuple[str, ...] = ()
    inputs: tuple[FormInput, ...] = ()
    needs_hearing: bool = False
    caption: bool = True
    arrangement: str = "sequential"  # two languages: "sequential" or "columns" (translations)
    reviews: dict[str, Review] = field(default_factory=dict)  # by language (not English)

    def source_digest(self) -> str:
        """The SHA-256 of the English text, which each translation records it follows."""
        return hashlib.sha256((self.folder / f"body.{SOURCE_LANGUAGE}.j2").read_bytes()).hexdigest()

    def unreviewed(self, language: str) -> bool:
        """A translation nobody qualified has reviewed, or one the English has changed since."""
        if language == SOURCE_LANGUAGE:
            return False
        review = self.reviews.get(language)
        return review is None or not review.reviewed or review.source != self.source_digest()

    def serves(self, kind: str | None, jurisdiction: str | None) -> bool:
        """Whether the form is meant for this proceeding (kind and jurisdiction)."""
        kind_ok = not self.proceeding_kinds or kind in self.proceeding_kinds
        place_ok = not self.jurisdictions or any(
            (jurisdiction or "") == j or (jurisdiction or "").startswith(j + "-")
            for j in self.jurisdictions
        )
        return kind_ok and place_ok

    def template_name(self, language: str) -> str:
        return f"{self.folder.name}/body.{language}.j2"


@dataclass(frozen=True)
class CaptionStyle:
    """How one kind of forum heads its filings; all text is template text."""

    id: str
    jurisdictions: tuple[str, ...]
    layout: str  # "box" or "centered"
    court: tuple[str, ...]
    matter: tuple[str, ...]
    docket_label: str
    footer: str
    page_size: str = "a4"  # or "letter"
    line_numbers: bool = False  # pleading paper
    proceeding_kinds: tuple[str, ...] = ()  # empty: any
    native_digits: bool = False  # the forum wants Arabic-Indic digits in Arabic text

    def matches(self, jurisdiction: str, kind: str) -> tuple[int, int]:
        """How closely the style fits (0: not at all): a style for the proceeding's kind
        first, then the longest jurisdiction ("US-CA" before "US")."""
        if self.proceeding_kinds and kind not in self.proceeding_kinds:
            return (0, 0)
        best = 0
        for prefix in self.jurisdictions:
            if jurisdiction == prefix or jurisdiction.startswith(prefix + "-"):
                best = max(best, len(prefix))
        return (1 if best and self.proceeding_kinds else 0, best)


@dataclass(frozen=True)
class Catalogue:
    folder: Path
    forms: dict[str, Form]
    captions: tuple[CaptionStyle, ...]
    words: dict[str, str] = field(default_factory=dict)  # data path: what a clerk calls it
    # By language: what the renderers print themselves, and the captions' texts by style.
    printed: dict[str, dict[str, str]] = field(default_factory=dict)
    caption_texts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # By language: the case data's code words (document types...) as a filing writes them.
    vocabulary: dict[str, dict[str, str]] = field(default_factory=dict)

    def printed_words(self, language: str) -> dict[str, str]:
        """The words a renderer prints (Page X of Y...) in ``language``; English where a
        language lacks one."""
        return {**model.WORDS, **self.printed.get(language, {})}

    def caption_in(self, style: CaptionStyle, language: str) -> CaptionStyle:
        """A caption style with its texts in ``language`` where they are translated."""
        texts = self.caption_texts.get(language, {}).get(style.id, {})
        return dataclasses.replace(
            style,
            court=tuple(texts.get("court", style.court)),
            matter=tuple(texts.get("matter", style.matter)),
            docket_label=str(texts.get("docket_label", style.docket_label)),
            footer=str(texts.get("footer", style.footer)),
        )

    def form(self, form_id: str) -> Form:
        try:
            return self.forms[form_id]
        except KeyError:
            known = ", ".join(sorted(self.forms))
            raise FormError(f"There is no form {form_id!r}. The forms are: {known}.") from None

    def caption_for(self, jurisdiction: str | None, kind: str | None = None) -> CaptionStyle:
        """The caption style for a proceeding's jurisdiction and kind."""
        default = next(s for s in self.captions if not s.jurisdictions)
        scored = [(s.matches(jurisdiction or "", kind or ""), s) for s in self.captions]
        score, style = max(scored, key=lambda pair: pair[0])
        return style if score[1] else default

    def words_for(self, path: str) -> str:
        return self.words.get(path) or path.replace(".", "'s ").replace("_", " ")


def _strings(reader: DataFileReader, where: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        reader.problem(where, "should be a list of texts")
        return ()
    return tuple(value)


def _read_form(folder: Path) -> tuple[Form | None, list[Problem]]:
    reader = DataFileReader(f"{folder.name}/form.toml")
    try:
        data = tomllib.loads((folder / "form.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        reader.problem("", f"cannot be read: {exc}")
        return None, reader.problems
    for key in ("id", "title", "version"):
        if not isinstance(data.get(key), str) or not data[key]:
            reader.problem(key, "is required (text)")
    if data.get("id") and data["id"] != folder.name:
        reader.problem("id", f"{data['id']!r} should be the folder's name, {folder.name!r}")
    # The languages it is written in: those named, then every body.<lang>.j2 in the folder.
    named = _strings(reader, "languages", data.get("languages"))
    found = sorted(p.name.split(".")[1] for p in folder.glob("body.*.j2"))
    languages = tuple(dict.fromkeys([*named, *found]))
    if not languages:
        reader.problem("languages", "write the form's text in a body.<lang>.j2, body.en.j2 first")
    for language in named:
        if not (folder / f"body.{language}.j2").is_file():
            reader.problem("languages", f"{language}: body.{language}.j2 is missing")
    inputs = []
    for index, item in enumerate(data.get("inputs", [])):
        if not isinstance(item, dict) or not item.get("name") or not item.get("label"):
            reader.problem(f"inputs[{index}]", "needs a name and a label")
            continue
        inputs.append(
            FormInput(
                str(item["name"]),
                str(item["label"]),
                bool(item.get("required", True)),
                str(item.get("default", "")),
                str(item["kind"]) if item.get("kind") in INPUT_KINDS else "text",
            )
        )
    reviews: dict[str, Review] = {}
    for language in languages:
        path = folder / f"body.{language}.review.toml"
        if language == SOURCE_LANGUAGE or not path.is_file():
            continue
        try:
            review = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            reader.problem(f"body.{language}.review.toml", f"cannot be read: {exc}")
            continue
        if review.get("status") not in ("draft", "reviewed"):
            reader.problem(f"body.{language}.review.toml: status", "is 'draft' or 'reviewed'")
        reviews[language] = Review(
            str(review.get("status", "draft")),
            str(review.get("source", "")),
            str(review.get("translated_by", "")),
            str(review.get("reviewed_by", "")),
            str(review.get("qualification", "")),
            str(review.get("reviewed_on", "")),
        )
    reads = _strings(reader, "reads", data.get("reads"))
    for section in reads:
        if section not in SECTIONS:
            known = ", ".join(SECTIONS)
            reader.problem("reads", f"no section {section!r} (the sections are {known})")
    arrangement = data.get("arrangement", "sequential")
    if arrangement not in ("sequential", "columns"):
        reader.problem("arrangement", "is 'sequential' or 'columns'")
    if reader.problems:
        return None, reader.problems
    return (
        Form(
            id=data["id"],
            title=data["title"],
            version=data["version"],
            description=str(data.get("description", "")),
            folder=folder,
            languages=languages,
            proceeding_kinds=_strings(reader, "proceeding_kinds", data.get("proceeding_kinds")),
            jurisdictions=_strings(reader, "jurisdictions", data.get("jurisdictions")),
            requires=_strings(reader, "requires", data.get("requires")),
            reads=reads,
            inputs=tuple(inputs),
            needs_hearing=bool(data.get("needs_hearing", False)),
            caption=bool(data.get("caption", True)),
            arrangement=arrangement,
            reviews=reviews,
        ),
        reader.problems,
    )


def _read_captions(path: Path) -> tuple[tuple[CaptionStyle, ...], list[Problem]]:
    reader = DataFileReader(path.name)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        reader.problem("", f"cannot be read: {exc}")
        return (), reader.problems
    styles = []
    for index, item in enumerate(data.get("styles", [])):
        where = f"styles[{index}]"
        if item.get("layout") not in ("box", "centered"):
            reader.problem(f"{where}.layout", "is 'box' or 'centered'")
        if item.get("page_size", "a4") not in ("a4", "letter"):
            reader.problem(f"{where}.page_size", "is 'a4' or 'letter'")
        styles.append(
            CaptionStyle(
                id=str(item.get("id", where)),
                jurisdictions=_strings(reader, f"{where}.jurisdictions", item.get("jurisdictions")),
                layout=str(item.get("layout")),
                court=_strings(reader, f"{where}.court", item.get("court")),
                matter=_strings(reader, f"{where}.matter", item.get("matter")),
                docket_label=str(item.get("docket_label", "No.")),
                footer=str(item.get("footer", "")),
                page_size=str(item.get("page_size", "a4")),
                line_numbers=bool(item.get("line_numbers", False)),
                proceeding_kinds=_strings(
                    reader, f"{where}.proceeding_kinds", item.get("proceeding_kinds")
                ),
                native_digits=bool(item.get("native_digits", False)),
            )
        )
    if not any(not s.jurisdictions for s in styles):
        reader.problem("styles", "one style without jurisdictions is needed: the default")
    return tuple(styles), reader.problems


def read_catalogue(folder: Path | None = None) -> Catalogue:
    """Every form of a forms folder (the shipped one by default), checked.

    Raises:
        FormError: each mistake in any file, named by file and field.
    """
    folder = folder or forms_path()
    problems: list[Problem] = []
    forms: dict[str, Form] = {}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("_")):
        if not (sub / "form.toml").is_file():
            continue
        form, found = _read_form(sub)
        problems += found
        if form is not None:
            forms[form.id] = form
    captions, found = _read_captions(folder / "captions.toml")
    problems += found
    words: dict[str, str] = {}
    try:
        words_data = tomllib.loads((folder / "data.toml").read_text(encoding="utf-8"))
        words = {str(k): str(v) for k, v in words_data.get("words", {}).items()}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(Problem("data.toml", f"cannot be read: {exc}"))
    printed: dict[str, dict[str, str]] = {}
    caption_texts: dict[str, dict[str, dict[str, Any]]] = {}
    vocabulary: dict[str, dict[str, str]] = {}
    for path in sorted((folder / "_shared").glob("*.toml")):
        kind, _, language = path.stem.partition(".")
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(Problem(f"_shared/{path.name}", f"cannot be read: {exc}"))
            continue
        if kind == "words":
            printed[language] = {str(k): str(v) for k, v in table.items()}
            if "{page}" not in printed[language].get("page", "{page}"):
                problems.append(Problem(f"_shared/{path.name}: page", "must keep {page}"))
        elif kind == "captions":
            caption_texts[language] = {str(k): dict(v) for k, v in table.items()}
        elif kind == "data":
            vocabulary[language] = {str(k): str(v) for k, v in table.items()}
    if problems:
        raise FormError("The forms folder has mistakes.", problems)
    return Catalogue(folder, forms, captions, words, printed, caption_texts, vocabulary)


@cache
def shipped() -> Catalogue:
    """The forms shipped with the program."""
    return read_catalogue()
