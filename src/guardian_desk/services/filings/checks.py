"""Checks of the forms folder: every form in every required language, with the same
structure as its English text.
"""

from __future__ import annotations

import re

from guardian_desk.domain import filing as model
from guardian_desk.domain.enums import (
    AuthenticationKind,
    DobCertainty,
    DocumentType,
    GuardianPower,
    GuardianType,
    PlacementKind,
    ProceedingKind,
    Relationship,
    TranslationKind,
)
from guardian_desk.services.filings.catalogue import REQUIRED_LANGUAGES, SOURCE_LANGUAGE, Catalogue

# --- the filing -------------------------------------------------------------------------------


# The case data's code words each language's data.<lang>.toml must give.
VOCABULARY = (
    *(kind.value for kind in DocumentType),
    *(kind.value for kind in AuthenticationKind),
    *(kind.value for kind in TranslationKind),
    "number",
    "scan",
    "translation",
)

# The code words filings print by kind of record ("dob.estimated"): named in English in
# data.en.toml, the default of every language (the other languages' forms translate them).
NAMED = (
    *(f"dob.{kind.value}" for kind in DobCertainty),
    *(f"guardian_type.{kind.value}" for kind in GuardianType),
    *(f"power.{kind.value}" for kind in GuardianPower),
    *(f"proceeding.{kind.value}" for kind in ProceedingKind),
    *(f"relationship.{kind.value}" for kind in Relationship),
    *(f"placement.{kind.value}" for kind in PlacementKind),
)

_TAG = re.compile(r"{%-?\s*(\w+)")
_BLOCK = re.compile(r"^\s*@(\w+)")


def structure(source: str) -> list[str]:
    """The shape of a form's text: its blocks and the logic around them, in order ("@para",
    "if", "endif", "include signature"...). A translation has the same shape as the English,
    so that its paragraphs line up with the English ones; conditions inside a sentence (for
    grammar), imports and word tables may differ."""
    shape = []
    for line in source.splitlines():
        block = _BLOCK.match(line)
        if block:
            shape.append("@" + block.group(1))
            continue
        if not line.strip().startswith("{%"):
            continue
        for match in _TAG.finditer(line):
            word = match.group(1)
            if word == "include":
                target = re.search(r"[\"']([^\"']+)[\"']", line[match.end() :])
                name = target.group(1).split("/")[-1].split(".")[0] if target else ""
                shape.append(f"include {name}")
            elif word in ("if", "elif", "else", "endif", "for", "endfor"):
                shape.append(word)
    return shape


def check(catalogue: Catalogue, languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[str]:
    """Every translation missing, stale (the English changed since) or out of step with the
    English text, every shared piece and printed word missing, in plain words; empty when
    every form is complete in every language."""
    found: list[str] = []
    shared = catalogue.folder / "_shared"
    for piece in sorted(shared.glob(f"*.{SOURCE_LANGUAGE}.j2")):
        stem = piece.name.split(".")[0]
        for language in languages:
            if not (shared / f"{stem}.{language}.j2").is_file():
                found.append(f"_shared/{stem}.{language}.j2: missing")
    named = set(VOCABULARY) | set(NAMED)
    missing = sorted(named - set(catalogue.vocabulary.get(SOURCE_LANGUAGE, {})))
    if missing:
        found.append(f"_shared/data.{SOURCE_LANGUAGE}.toml: missing {', '.join(missing)}")
    for language in languages[1:]:
        missing = sorted(set(model.WORDS) - set(catalogue.printed.get(language, {})))
        if missing:
            found.append(f"_shared/words.{language}.toml: missing {', '.join(missing)}")
        missing = sorted(set(VOCABULARY) - set(catalogue.vocabulary.get(language, {})))
        if missing:
            found.append(f"_shared/data.{language}.toml: missing {', '.join(missing)}")
        texts = catalogue.caption_texts.get(language, {})
        for style in catalogue.captions:
            if "matter" not in texts.get(style.id, {}):
                found.append(f"_shared/captions.{language}.toml: [{style.id}] matter missing")
    for form in sorted(catalogue.forms.values(), key=lambda f: f.id):
        english = (form.folder / f"body.{SOURCE_LANGUAGE}.j2").read_text(encoding="utf-8")
        shape = structure(english)
        digest = form.source_digest()
        for language in languages[1:]:
            where = f"{form.id}/body.{language}.j2"
            path = form.folder / f"body.{language}.j2"
            if not path.is_file():
                found.append(f"{where}: missing")
                continue
            review = form.reviews.get(language)
            if review is None:
                found.append(f"{form.id}/body.{language}.review.toml: missing")
            elif review.source != digest:
                found.append(f"{where}: stale (the English text changed since it was translated)")
            theirs = structure(path.read_text(encoding="utf-8"))
            if theirs != shape:
                at = next(
                    (i for i, (a, b) in enumerate(zip(shape, theirs, strict=False)) if a != b),
                    min(len(shape), len(theirs)),
                )
                expected = shape[at] if at < len(shape) else "(nothing more)"
                got = theirs[at] if at < len(theirs) else "(nothing more)"
                found.append(
                    f"{where}: out of step with the English at its part {at + 1}: "
                    f"the English has {expected}, this text has {got}"
                )
    return found
