"""A filing's one document model built from a form's text: in one language, or paired in two
(the court's and the child's), with each language's digits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from guardian_desk.domain import filing as model
from guardian_desk.domain.codes import language_name
from guardian_desk.errors import Problem
from guardian_desk.services.filings.catalogue import Catalogue, Form, FormError
from guardian_desk.services.filings.data import lookup, missing_data
from guardian_desk.services.filings.sandbox import Inputs, plain, render_text

PAIRED = (model.Title, model.Heading, model.Paragraph, model.ListBlock)


def build_bilingual(
    catalogue: Catalogue,
    form: Form,
    court: Mapping[str, Any],
    child: Mapping[str, Any],
    court_language: str,
    child_language: str,
    arrangement: str | None = None,
    *,
    digits: bool | None = None,
) -> model.Filing:
    """A filing in the court's language and the child's: side by side, paragraph by
    paragraph ("columns"), or the court's text then the child's ("sequential"). ``court`` and
    ``child`` are the case's data in each language. Signature, service and exhibit blocks
    appear once, in the court's language.

    Raises:
        FormError: as :func:`build_filing`, or the two texts do not line up.
    """
    first = build_filing(catalogue, form, court, court_language)
    second = build_filing(catalogue, form, child, child_language, digits=digits)
    arrangement = arrangement or form.arrangement
    if arrangement == "columns":
        if [type(b) for b in first.blocks] != [type(b) for b in second.blocks]:
            raise FormError(
                f"{form.title}: the {language_name(child_language)} text does not line up with "
                f"the {language_name(court_language)} one paragraph by paragraph "
                "(guardian-desk forms check says where); make it one after the other instead."
            )
        blocks: list[model.Block] = []
        for left, right in zip(first.blocks, second.blocks, strict=True):
            if isinstance(left, PAIRED) and isinstance(right, PAIRED):
                blocks.append(model.Pair(left, right, court_language, child_language))
            else:
                blocks.append(left)
    else:
        body = [b for b in second.blocks if isinstance(b, PAIRED)]
        blocks = [*first.blocks, model.PageBreak(), *body]
    return dataclasses.replace(
        first,
        blocks=tuple(blocks),
        second_language=child_language,
        marks=tuple(dict.fromkeys([*first.marks, *second.marks])),
        title=f"{first.title} / {second.title}",
    )


def check_language(form: Form, language: str) -> None:
    """Raises FormError when the form has no text in ``language``."""
    if language not in form.languages:
        raise FormError(
            f"{form.title} is not written in {language_name(language)} yet "
            f"(it is in: {', '.join(language_name(x) for x in form.languages)})."
        )


# The digits some right-to-left languages write; used where the forum wants them.
NATIVE_DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",  # Arabic-Indic
    "prs": "۰۱۲۳۴۵۶۷۸۹",  # Extended Arabic-Indic (Persian)
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
}


def native_digits(text: str, language: str) -> str:
    """Western digits written as the language writes them, in words without Latin letters
    (a docket number such as "A822260870" or a name keeps its own)."""
    digits = NATIVE_DIGITS.get(language)
    if not digits:
        return text
    table = str.maketrans("0123456789", digits)
    return " ".join(
        word if any("a" <= c.lower() <= "z" for c in word) else word.translate(table)
        for word in text.split(" ")
    )


def _with_digits(block: model.Block, language: str) -> model.Block:
    def d(text: str) -> str:
        return native_digits(text, language)

    if isinstance(block, model.Title | model.Heading):
        return dataclasses.replace(block, text=d(block.text))
    if isinstance(block, model.Paragraph):
        return dataclasses.replace(block, text=d(block.text))
    if isinstance(block, model.ListBlock):
        return dataclasses.replace(block, items=tuple(d(i) for i in block.items))
    if isinstance(block, model.Signature):
        return model.Signature(tuple(d(x) for x in block.lines), d(block.place_and_date))
    return block


def build_filing(
    catalogue: Catalogue,
    form: Form,
    data: Mapping[str, Any],
    language: str = "en",
    *,
    digits: bool | None = None,
) -> model.Filing:
    """The filing: caption, blocks, footer, in one document model for both renderers.

    Raises:
        FormError: data missing (listed in plain words), a language the form is not written
            in, or a mistake in a template (file and line).
    """
    check_language(form, language)
    data = dict(data)
    data["inputs"] = plain(
        Inputs(
            {i.name: i.default for i in form.inputs}
            | {k: v for k, v in dict(data.get("inputs", {})).items() if v}
        )
    )
    missing = missing_data(catalogue, form, data)
    if missing:
        raise FormError(
            f"{form.title} cannot be made yet: the case lacks some data.",
            [Problem("", words) for words in missing],
        )
    words = catalogue.printed_words(language)
    name = form.template_name(language)
    markup = render_text(catalogue, name, data)
    blocks = model.parse(markup, name)
    style = catalogue.caption_in(
        catalogue.caption_for(
            lookup(data, "proceeding.jurisdiction"), lookup(data, "proceeding.kind_code")
        ),
        language,
    )
    caption = None
    if form.caption:

        def line(text: str) -> str:
            return render_text(catalogue, "captions.toml", data, source=text).strip()

        caption = model.Caption(
            layout=style.layout,
            court=tuple(t for t in (line(c) for c in style.court) if t),
            matter=tuple(t for t in (line(m) for m in style.matter) if t),
            docket_label=style.docket_label,
            docket=str(lookup(data, "proceeding.docket") or ""),
        )
    footer = render_text(catalogue, "captions.toml", data, source=style.footer).strip()
    if digits if digits is not None else style.native_digits:
        blocks = [_with_digits(b, language) for b in blocks]
    title = next((b.text for b in blocks if isinstance(b, model.Title)), form.title)
    return model.Filing(
        form_id=form.id,
        form_version=form.version,
        language=language,
        title=title,
        caption=caption,
        blocks=tuple(blocks),
        footer=footer,
        line_numbers=style.line_numbers,
        page_size=style.page_size,
        author=str(lookup(data, "lawyer.name") or ""),
        subject=f"{form.title} — {lookup(data, 'case.reference') or ''}",
        marks=tuple(dict.fromkeys([words["unreviewed"], model.WORDS["unreviewed"]]))
        if form.unreviewed(language)
        else (),
        words=words,
    )
