"""A form's template is text a lawyer edits: it cannot reach Python's insides, cannot loop or
grow without bound, and every mistake is reported with the form, the file and the line."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from guardian_desk.domain import filing as model
from guardian_desk.errors import ValidationError
from guardian_desk.services import filings
from guardian_desk.services.filings import sandbox

DATA = {"child": {"full_name": "Amani Yusuf"}, "inputs": sandbox.Inputs()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped forms folder, to put hostile templates in."""
    copy = tmp_path / "forms"
    shutil.copytree(filings.shipped_forms().folder, copy)
    (copy / "hostile").mkdir()
    return copy


def _render(folder: Path, body: str) -> str:
    (folder / "hostile" / "body.en.j2").write_text(body, encoding="utf-8")
    catalogue = filings.read_catalogue(folder)
    return sandbox.render_text(catalogue, "hostile/body.en.j2", DATA)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # Python's insides: the classic escapes from a template.
        ("@text {{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
        ("@text {{ cycler.__init__.__globals__.os }}", "unsafe"),
        ("@text {{ child.__class__ }}", "unsafe"),
        ("@text {{ child.clear() }}", "unsafe"),
        # Without bound: a huge range, loops within loops, text multiplied into memory.
        ("{% for i in range(10**9) %}x{% endfor %}", "at most 1000"),
        (
            "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
            "loops too long",
        ),
        ("@text {{ 'x' * 10**8 }}", "characters built in the template"),
        ("{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}", "calls itself"),
    ],
)
def test_a_hostile_template_is_stopped_with_its_place(folder: Path, body: str, words: str) -> None:
    started = time.monotonic()
    with pytest.raises(filings.FormError) as caught:
        _render(folder, "@title T\n" + body + "\n")
    assert words in str(caught.value)
    assert "hostile/body.en.j2" in str(caught.value)
    assert time.monotonic() - started < 10


def test_mistakes_name_the_file_and_the_line(folder: Path) -> None:
    with pytest.raises(filings.FormError, match=r"hostile/body\.en\.j2, line 3: .*fulname"):
        _render(folder, "@title T\n\n@para {{ child.fulname }}\n")
    with pytest.raises(
        filings.FormError,
        match=r"hostile/body\.en\.j2, line 3: Unexpected end of template.*'endif'",
    ):
        _render(folder, "@title T\n{% if child %}\n@para open\n")
    with pytest.raises(filings.FormError, match=r"_shared/missing\.en\.j2.*does not exist"):
        _render(folder, '{% include "_shared/missing.en.j2" %}\n')


def test_the_markup_is_checked_and_numbered() -> None:
    blocks = model.parse(
        "@title PETITION\n@para First\ncontinues here.\n\n@text Plain.\n@para Second\n"
        "@table A | B\n@row 1 | 2\n@row 3\n@item one\n@item two\n@signature\n@line Jo\n",
        "f/body.en.j2",
    )
    assert blocks[0] == model.Title("PETITION")
    assert blocks[1] == model.Paragraph("First continues here.", 1)
    assert blocks[2] == model.Paragraph("Plain.")
    assert blocks[3] == model.Paragraph("Second", 2)
    assert blocks[4] == model.Table(("A", "B"), (("1", "2"), ("3", "")))
    assert blocks[5] == model.ListBlock(("one", "two"))
    assert blocks[6] == model.Signature(("Jo",))
    with pytest.raises(ValidationError) as caught:
        model.parse("@title T\n@paragraph x\n", "f/body.en.j2")
    assert "f/body.en.j2, rendered line 2: unknown block @paragraph" in str(caught.value)
    with pytest.raises(ValidationError, match="text outside any block"):
        model.parse("@title T\n\nstray words\n", "f/body.en.j2")


def test_a_broken_form_folder_is_refused_naming_each_mistake(folder: Path) -> None:
    (folder / "hostile" / "form.toml").write_text(
        'id = "other"\ntitle = "Hostile"\nlanguages = ["en", "ar"]\n', encoding="utf-8"
    )
    (folder / "hostile" / "body.en.j2").write_text("@title T\n", encoding="utf-8")
    with pytest.raises(filings.FormError) as caught:
        filings.read_catalogue(folder)
    text = str(caught.value)
    assert "hostile/form.toml: version: is required" in text
    assert "hostile/form.toml: id: 'other' should be the folder's name" in text
    assert "hostile/form.toml: languages: ar: body.ar.j2 is missing" in text


def test_typed_text_cannot_make_blocks_of_its_own(folder: Path) -> None:
    typed = sandbox.Inputs(
        {"facts": "She arrived alone.\n\n@title HACKED\n@para injected", "x": "@b"}
    )
    (folder / "hostile" / "body.en.j2").write_text(
        "@title T\n@para {{ inputs.facts }}\n{{ inputs.x }}\n", encoding="utf-8"
    )
    catalogue = filings.read_catalogue(folder)
    data = {**DATA, "inputs": sandbox.plain(typed)}
    markup = sandbox.render_text(catalogue, "hostile/body.en.j2", data)
    blocks = model.parse(markup, "hostile/body.en.j2")
    assert [type(b) for b in blocks] == [model.Title, model.Paragraph]  # no "HACKED" title
    words = blocks[1].text.replace("\u2060", "")
    assert words == "She arrived alone. @title HACKED @para injected @b"
