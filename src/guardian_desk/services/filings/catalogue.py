"""Filing templates (``forms/``): what each form needs, and its text rendered from a case.

A form is a folder: ``form.toml`` (id, title, version, the proceedings and jurisdictions it
serves, the languages it is written in, the case data it requires, what the clerk types at
filing time) and a body per language, ``body.<lang>.j2``, whose text is rendered by a
sandboxed Jinja2 into the block markup of :mod:`guardian_desk.domain.filing`. Captions are
data too (``forms/captions.toml``), chosen by the proceeding's jurisdiction; ``forms/data.toml``
says in plain words what each piece of case data is, so that what is missing is listed as a
clerk reads it ("child's date of last arrival"), never as a template error.

The sandbox: templates reach only the data given to them (no Python attributes, no imports),
``range`` is capped, every loop over it counts against a budget, long strings cannot be
multiplied into memory, and rendering stops after ``TIME_LIMIT_S`` seconds or
``MAX_OUTPUT`` characters. An error names the form, the file and the line.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import operator
import re
import time
import tomllib
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    nodes,
    pass_eval_context,
)
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

from guardian_desk.domain import filing as model
from guardian_desk.domain.codes import country_name, jurisdiction_name, language_name
from guardian_desk.domain.datafile import DataFileReader
from guardian_desk.domain.dates import DateOfBirth
from guardian_desk.domain.enums import (
    AuthenticationKind,
    DobCertainty,
    DocumentType,
    TranslationKind,
)
from guardian_desk.domain.text import RTL_LANGUAGES
from guardian_desk.errors import Problem, ValidationError
from guardian_desk.resources import forms_path

TIME_LIMIT_S = 5.0
MAX_OUTPUT = 2_000_000  # characters: some 600 pages of text
MAX_RANGE = 1_000
LOOP_BUDGET = 100_000  # turns of every loop, and calls, in one rendering
MAX_STRING = 200_000  # a text built in a template (by *, +, ~, %, format, replace, join...)
MAX_INT_BITS = 4_096  # a number computed in a template (some 1 200 digits)


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


# --- the sandbox ------------------------------------------------------------------------------


@dataclass
class _Budget:
    deadline: float
    loops: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("form_budget", default=None)


def _spend(count: int = 1) -> None:
    """One more turn of a loop, or call: stop a rendering past the budget or the time limit."""
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.loops += count
    if budget.loops > LOOP_BUDGET:
        raise TemplateError("the template loops too long (a loop without a sensible bound)")
    if time.monotonic() > budget.deadline:
        raise TemplateError(
            f"rendering took more than {TIME_LIMIT_S:.0f} s (a loop without a sensible bound?)"
        )


def _grown(size: int) -> None:
    if size > MAX_STRING:
        raise TemplateError(f"a text of {size} characters built in the template")


def _sized(value: Any) -> Any:
    """A value a call or filter gave back, refused when larger than a filing can hold."""
    if isinstance(value, str | list | tuple | dict | set) and len(value) > MAX_OUTPUT:
        raise TemplateError(f"a text of {len(value)} characters built in the template")
    return value


class _Turns:
    """What a ``{% for %}`` loop goes through: every turn is counted (and timed)."""

    __slots__ = ("_items",)

    def __init__(self, items: Any) -> None:
        self._items = items

    def __len__(self) -> int:  # loop.length, loop.revindex
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        for item in self._items:
            _spend()
            yield item


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateError(f"range() of {len(numbers)} numbers; at most {MAX_RANGE}")
    return numbers  # its turns are counted by the loop that goes through it


# Widths and precisions in "%" formats (a "*" takes them from the arguments).
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")


def _percent_size(text: str, values: Any) -> int:
    """At most how long ``text % values`` is."""
    widths = _PERCENT_SPEC.findall(text)
    if any("*" in (width, precision) for width, precision in widths):
        raise TemplateError("a width taken from the arguments (%*) is not allowed in a form")
    items = values if isinstance(values, tuple) else (values,)
    longest = max((_text_size(v) for v in items), default=0)
    padding = sum(int(w or 0) + int(p or 0) for w, p in widths)
    return len(text) + padding + longest * len(widths)


def _text_size(value: Any) -> int:
    """How long ``str(value)`` is, without making it when it may be huge."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        return MAX_STRING + 1
    if isinstance(value, list | tuple | dict | set) and len(value) > MAX_RANGE:
        return MAX_STRING + 1
    return len(str(value))


def _format_size(text: str, args: Any, kwargs: Mapping[str, Any]) -> int:
    """At most how long ``text.format(*args, **kwargs)`` is."""
    import string

    values = [*args, *kwargs.values()]
    longest = max((_text_size(v) for v in values), default=0)
    size = 0
    for literal, field_name, spec, _conversion in string.Formatter().parse(text):
        size += len(literal)
        if field_name is None:
            continue
        spec = spec or ""
        if "{" in spec:
            raise TemplateError("a width taken from the arguments is not allowed in a form")
        size += longest + sum(int(n) for n in re.findall(r"\d+", spec))
    return size


def _joined_size(separator: str, items: list[Any]) -> int:
    return sum(_text_size(i) for i in items) + len(separator) * max(0, len(items) - 1)


def _replaced_size(text: str, old: Any, new: Any, count: Any = -1) -> int:
    if not isinstance(old, str) or not isinstance(new, str):
        return len(text)
    found = text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * max(0, len(new) - len(old))


def _int_bits(op: str, left: Any, right: Any) -> int:
    """About how many bits an integer result has (0: not integers)."""
    if not isinstance(left, int) or not isinstance(right, int):
        return 0
    if op == "*":
        return left.bit_length() + right.bit_length()
    if op == "**":
        return left.bit_length() * max(right, 0)
    return max(left.bit_length(), right.bit_length()) + 1


class _Bounded(NodeTransformer):
    """Rewrites a parsed template so that every loop turn is counted and every ``~`` is
    measured before its text is made: ``{% for x in items %}`` goes through
    ``environment.form_turns(items)``, ``a ~ b`` becomes ``environment.form_join((a, b))``."""

    def __init__(self, environment: FormEnvironment) -> None:
        self.environment = environment

    def _call(self, method: str, argument: nodes.Expr, lineno: int) -> nodes.Call:
        call = nodes.Call(
            nodes.EnvironmentAttribute(method, lineno=lineno), [argument], [], None, None
        )
        call.set_lineno(lineno)
        call.set_environment(self.environment)
        return call

    def visit_For(self, node: nodes.For) -> nodes.For:
        self.generic_visit(node)
        node.iter = self._call("form_turns", node.iter, node.lineno)  # type: ignore[arg-type]
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Call:
        self.generic_visit(node)
        parts = nodes.Tuple(node.nodes, "load", lineno=node.lineno)
        return self._call("form_join", parts, node.lineno)


class FormEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox every template runs in (see the module's description).

    Every loop turn and every call counts against ``LOOP_BUDGET`` and checks the time limit;
    what grows a text (``*``, ``+``, ``~``, ``%``, ``format``, ``replace``, ``join``,
    ``center``...) is measured before the text is made; whatever a call or a filter gives
    back, and every text a macro or a block builds, is held to ``MAX_OUTPUT``.
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        bounded = _Bounded(self).visit(tree)
        assert isinstance(bounded, nodes.Template)
        return bounded

    @staticmethod
    def concat(parts: Iterable[str]) -> str:
        """The text of a macro, a ``{% set %}`` or ``{% filter %}`` block: measured first."""
        parts = list(parts)
        size = sum(map(len, parts))
        if size > MAX_OUTPUT:
            raise TemplateError(f"the text grew beyond {MAX_OUTPUT} characters")
        return "".join(parts)

    def form_turns(self, items: Any) -> _Turns:
        return _Turns(items)

    def form_join(self, parts: tuple[Any, ...]) -> str:
        texts = [str(p) for p in parts] if all(_text_size(p) <= MAX_STRING for p in parts) else []
        _grown(sum(map(len, texts)) if texts else MAX_STRING + 1)
        return "".join(texts)

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        _spend()
        if op == "**" and isinstance(right, int) and right > 64:
            raise TemplateError("a power too large for a filing")
        if _int_bits(op, left, right) > MAX_INT_BITS:
            raise TemplateError("a number too large for a filing")
        if op == "*" and isinstance(left, str | list) and isinstance(right, int):
            size = len(left) * right
        elif op == "*" and isinstance(right, str | list) and isinstance(left, int):
            size = len(right) * left
        elif op == "+" and isinstance(left, str | list) and isinstance(right, str | list):
            size = len(left) + len(right)
        elif op == "%" and isinstance(left, str):
            size = _percent_size(left, right)
        else:
            size = 0
        _grown(size)
        operation = {"*": operator.mul, "**": operator.pow, "+": operator.add, "%": operator.mod}
        return _sized(operation[op](left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _spend()
        if isinstance(__obj, LoopContext) and args:  # loop(children) in a recursive loop
            args = (_Turns(args[0]), *args[1:])
        owner, name = getattr(__obj, "__self__", None), getattr(__obj, "__name__", "")
        if isinstance(owner, str):
            if name == "join" and args:
                args = (list(args[0]), *args[1:])
                _grown(_joined_size(owner, args[0]))
            elif name == "replace" and len(args) >= 2:
                _grown(_replaced_size(owner, *args[:3]))
            elif name in ("center", "ljust", "rjust", "zfill") and args:
                _grown(args[0] if isinstance(args[0], int) else 0)
            elif name == "expandtabs":
                tab = args[0] if args else kwargs.get("tabsize", 8)
                _grown(len(owner) + owner.count("\t") * tab if isinstance(tab, int) else 0)
        return _sized(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``"...".format(...)`` and ``format_map``: measured before the text is made."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        text, is_map = value.__self__, value.__name__ == "format_map"

        def measured(*args: Any, **kwargs: Any) -> str:
            if is_map:
                mapping = args[0] if args and isinstance(args[0], Mapping) else {}
                _grown(_format_size(text, (), mapping))
            else:
                _grown(_format_size(text, args, kwargs))
            return str(_sized(wrapped(*args, **kwargs)))

        return measured


def _measured_filters(env: FormEnvironment) -> None:
    """The filters that grow a text, measured before they make it; every filter's result
    held to MAX_OUTPUT."""
    filters = env.filters
    join, replace, center = filters["join"], filters["replace"], filters["center"]
    indent, form_format = filters["indent"], filters["format"]

    @pass_eval_context
    def join_measured(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
        items = list(value)
        if attribute is None:
            _grown(_joined_size(str(d), items))
        return str(_sized(join(eval_ctx, items, d, attribute)))

    @pass_eval_context
    def replace_measured(
        eval_ctx: Any, s: str, old: str, new: str, count: int | None = None
    ) -> str:
        _grown(_replaced_size(str(s), old, new, -1 if count is None else count))
        return str(replace(eval_ctx, s, old, new, count))

    def center_measured(value: str, width: int = 80) -> str:
        _grown(width if isinstance(width, int) else 0)
        return str(center(value, width))

    def indent_measured(
        s: str, width: int | str = 4, first: bool = False, blank: bool = False
    ) -> str:
        lines = str(s).count("\n") + 1
        size = width if isinstance(width, int) else len(str(width))
        _grown(len(str(s)) + lines * size)
        return str(indent(s, width, first, blank))

    def format_measured(value: str, *args: Any, **kwargs: Any) -> str:
        _grown(_percent_size(str(value), kwargs or args))
        return str(form_format(value, *args, **kwargs))

    measured = {
        "join": join_measured,
        "replace": replace_measured,
        "center": center_measured,
        "indent": indent_measured,
        "format": format_measured,
    }
    for name, function in list(filters.items()):
        chosen = measured.get(name, function)
        filters[name] = _held(chosen)


def _held(function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose result is held to MAX_OUTPUT; it passes on what Jinja gives it."""

    @functools.wraps(function)
    def held(*args: Any, **kwargs: Any) -> Any:
        _spend()
        return _sized(function(*args, **kwargs))

    return held


def _nothing_for_none(value: Any) -> Any:
    return "" if value is None else value


def plain(value: Any) -> Any:
    """Case data and typed text made safe to print in a form's text: a line of it can never
    start a block ("@title ...", hidden behind an invisible word joiner) and it holds no blank
    line that would end one; lists and mappings are cleaned throughout."""
    if isinstance(value, str):
        value = re.sub(r"\n\s*\n", "\n", value.strip())
        return re.sub(r"(^|\n)(\s*)@", "\\1\\2\u2060@", value)
    if isinstance(value, Inputs):
        return Inputs({k: plain(v) for k, v in value.items()})
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _environment(folder: Path) -> FormEnvironment:
    env = FormEnvironment(
        loader=FileSystemLoader(str(folder)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_nothing_for_none,
    )
    env.globals["range"] = _bounded_range
    del env.globals["lipsum"]  # a text of any length, for nothing a filing needs
    env.filters["join_and"] = _join_and
    _measured_filters(env)
    return env


@cache
def _environment_for(folder: Path) -> FormEnvironment:
    return _environment(folder)


def _join_and(values: Any, word: str = "and") -> str:
    items = [str(v) for v in values if v]
    if len(items) < 3:
        return f" {word} ".join(items)
    return ", ".join(items[:-1]) + f", {word} " + items[-1]


def _where(exc: BaseException, template_name: str) -> str:
    """``form/body.en.j2, line 12``: the deepest template line an error passed through."""
    if isinstance(exc, TemplateSyntaxError) and exc.lineno:
        return f"{exc.name or template_name}, line {exc.lineno}"
    place = template_name
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            path = Path(frame.filename)
            place = f"{path.parent.name}/{path.name}, line {frame.lineno}"
        elif frame.filename == "<template>":
            place = f"{template_name}, line {frame.lineno}"
    return place


def render_text(
    catalogue: Catalogue, template_name: str, data: Mapping[str, Any], *, source: str | None = None
) -> str:
    """A template's text rendered in the sandbox, with the time, loop and size limits.

    Raises:
        FormError: naming the file and line, and what went wrong there.
    """
    env = _environment_for(catalogue.folder)
    budget = _Budget(time.monotonic() + TIME_LIMIT_S)
    token = _BUDGET.set(budget)
    try:
        template = (
            env.from_string(source) if source is not None else env.get_template(template_name)
        )
        parts: list[str] = []
        size = 0
        for chunk in template.generate(**data):
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_OUTPUT:
                raise TemplateError(f"the text grew beyond {MAX_OUTPUT} characters")
            if time.monotonic() > budget.deadline:
                raise TemplateError(f"rendering took more than {TIME_LIMIT_S:.0f} s")
        return "".join(parts)
    except TemplateNotFound as exc:
        raise FormError(f"{template_name}: the template {exc.name} does not exist.") from None
    except RecursionError:
        raise FormError(
            f"{template_name}: a macro calls itself without end; the template must stop it."
        ) from None
    except (TemplateError, TypeError, ValueError, ArithmeticError, LookupError) as exc:
        where = _where(exc, template_name)
        message = getattr(exc, "message", None) or str(exc)
        raise FormError(f"{where}: {message}") from None
    finally:
        _BUDGET.reset(token)


# --- the data a form is filled from --------------------------------------------------------------


def format_day(day: date | str | None, language: str) -> str | None:
    """A date as a court writes it in ``language`` ("14 March 2025", "March 14, 2025")."""
    from babel.dates import format_date

    if day is None:
        return None
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return str(format_date(day, format="long", locale=_babel(language)))


def _time_words(moment: datetime, language: str) -> str:
    """ "10:00 AM Pacific Standard Time": the hour as the forum's clock shows it."""
    from babel.dates import format_time, get_timezone_name

    locale = _babel(language)
    hour = format_time(moment, format="short", locale=locale)
    return f"{hour} {get_timezone_name(moment, width='long', locale=locale)}"


def _babel(language: str) -> str:
    return {"prs": "fa_AF", "ti": "ti_ER"}.get(language, language.replace("-", "_"))


def _dob_words(child: Mapping[str, Any], language: str) -> str | None:
    if not child.get("dob_year") or not child.get("dob_certainty"):
        return None
    dob = DateOfBirth(
        DobCertainty(child["dob_certainty"]),
        child["dob_year"],
        child.get("dob_month"),
        child.get("dob_day"),
    )
    if dob.day is not None and dob.month is not None:
        text = format_day(date(dob.year, dob.month, dob.day), language) or ""
    elif dob.month is not None:
        from babel.dates import format_date

        # The month as it stands alone ("грудень 2014", not the genitive of a full date).
        text = str(format_date(date(dob.year, dob.month, 1), "LLLL y", locale=_babel(language)))
    else:
        text = str(dob.year)
    return text if dob.is_exact else f"{text} ({dob.certainty.value.replace('_', ' ')})"


def _list(items: list[str], language: str) -> str:
    """ "Syria, Iraq and Yemen" as the language writes a list (CLDR, through Babel)."""
    from babel.core import UnknownLocaleError
    from babel.lists import format_list

    if not items:
        return ""
    try:
        return str(format_list(items, locale=_babel(language)))
    except (UnknownLocaleError, ValueError):
        return _join_and(items)


def _words(value: str | None) -> str | None:
    return value.replace("_", " ") if value else None


def _local(instant: str, zone: str) -> datetime:
    moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    return moment.astimezone(ZoneInfo(zone))


def filing_data(
    case: Mapping[str, Any],
    team: Mapping[str, str],
    *,
    form: Form | None = None,
    language: str = "en",
    proceeding_id: str | None = None,
    hearing_id: str | None = None,
    inputs: Mapping[str, str] | None = None,
    exhibit_ids: list[str] | None = None,
    today: date | None = None,
    vocabulary: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """What a template may use, read from a case tree (as ``editing.open_case`` gives it).

    ``team`` maps team member ids to names. The proceeding is the one asked for, else the
    hearing's, else the first open one; the hearing is the one asked for, else the
    proceeding's next one.
    """
    today = today or date.today()
    child = case.get("child") or {}
    proceedings = list(case.get("proceedings", []))
    hearing = None
    for p in proceedings:
        for h in p.get("hearings", []):
            if h["id"] == hearing_id:
                hearing, proceeding_id = h, p["id"]
    if hearing is None and hearing_id is None:  # the next hearing, of the proceeding asked for
        upcoming = sorted(
            (
                (h["starts_at"], h["id"], p["id"])
                for p in proceedings
                if proceeding_id in (None, p["id"])
                for h in p.get("hearings", [])
                if h.get("outcome") == "scheduled" and h["starts_at"][:10] >= today.isoformat()
            ),
        )
        if upcoming:
            _start, next_id, proceeding_id = upcoming[0]
            hearing = next(
                h for p in proceedings for h in p.get("hearings", []) if h["id"] == next_id
            )
    proceeding = next((p for p in proceedings if p["id"] == proceeding_id), None)
    if proceeding is None:
        proceeding = next((p for p in proceedings if p.get("status") != "closed"), None)
        proceeding = proceeding or (proceedings[0] if proceedings else None)

    def team_name(member_id: str | None) -> str | None:
        return team.get(member_id) if member_id else None

    full_name = " ".join(p for p in (child.get("given_names"), child.get("family_name")) if p)
    native = " ".join(
        p for p in (child.get("given_names_native"), child.get("family_name_native")) if p
    )
    guardians = [g for g in case.get("guardian_appointments", []) if not g.get("ended_on")] or list(
        case.get("guardian_appointments", [])
    )
    guardian = next((g for g in guardians if g["guardian_type"] != "guardian_ad_litem"), None)
    gal = next((g for g in guardians if g["guardian_type"] == "guardian_ad_litem"), None)
    lawyer_id = (proceeding or {}).get("assigned_lawyer_id") or case.get("lead_lawyer_id")
    documents = list(case.get("documents", []))
    chosen = (
        [d for i in exhibit_ids for d in documents if d["id"] == i]
        if exhibit_ids is not None
        else [d for d in documents if d.get("files")]
    )
    placements = sorted(child.get("placements", []), key=lambda p: p["started_on"])
    current_place = next((p for p in reversed(placements) if not p.get("ended_on")), None)
    assessments = sorted(child.get("age_assessments", []), key=lambda a: a["assessed_on"])
    jurisdiction = str((proceeding or {}).get("jurisdiction") or "")

    vocabulary = vocabulary or {}

    def said(code: str | None) -> str | None:
        """A code word (``birth_certificate``) as the filing's language writes it."""
        return vocabulary.get(code, _words(code)) if code else None

    def document(d: Mapping[str, Any]) -> dict[str, Any]:
        kind = d.get("title") or said(d["document_type"]) or ""
        place = country_name(d["issuing_country"], _babel(language))
        comma = "، " if language.split("-")[0] in RTL_LANGUAGES else ", "
        number = (
            f"{comma}{vocabulary.get('number', 'No.')} {d['number']}" if d.get("number") else ""
        )
        return {
            "id": d["id"],
            "type": said(d["document_type"]),
            "title": d.get("title"),
            "issuing_country": country_name(d["issuing_country"], _babel(language)),
            "issuing_authority": d.get("issuing_authority"),
            "number": d.get("number"),
            "issued_on": format_day(d.get("issued_on"), language),
            "expires_on": format_day(d.get("expires_on"), language),
            "language": language_name(d["language"], _babel(language))
            if d.get("language")
            else None,
            "description": f"{kind[:1].upper()}{kind[1:]} ({place}{number})",
            "translations": [
                {
                    "from": language_name(t["source_language"], _babel(language)),
                    "to": language_name(t["target_language"], _babel(language)),
                    "translator": t["translator_name"],
                    "kind": t["kind"],
                    "on": format_day(t.get("translated_on"), language),
                }
                for t in d.get("translations", [])
            ],
            "authentication": [_words(s["kind"]) for s in d.get("authentication_steps", [])],
        }

    when = _local(hearing["starts_at"], hearing["time_zone"]) if hearing else None
    hearing = hearing or {}
    proceeding = proceeding or {}
    data: dict[str, Any] = {
        "language": language,
        "today": format_day(today, language),
        "form": {"title": form.title, "version": form.version, "id": form.id} if form else {},
        "case": {"reference": case.get("reference"), "opened_on": case.get("opened_on")},
        "child": {
            "full_name": full_name or None,
            "given_names": child.get("given_names"),
            "family_name": child.get("family_name"),
            "native_name": native or None,
            "date_of_birth": _dob_words(child, language),
            "sex": child.get("sex"),
            "birth_place": child.get("birth_place"),
            "nationality": _list(
                [country_name(c, _babel(language)) for c in child.get("nationalities", [])],
                language,
            )
            or ("stateless" if child.get("stateless") else None),
            "stateless": bool(child.get("stateless")),
            "languages": _list(
                [language_name(t, _babel(language)) for t in child.get("languages", [])],
                language,
            )
            or None,
            "interpreter_language": language_name(child["interpreter_language"], _babel(language))
            if child.get("interpreter_language")
            else None,
            "last_arrival_date": format_day(child.get("last_arrival_on"), language),
            "last_arrival_country": country_name(child["last_arrival_country"], _babel(language))
            if child.get("last_arrival_country")
            else None,
            "school": child.get("school_name"),
            "placement": {
                "kind": _words(current_place["kind"]),
                "provider": current_place.get("provider"),
                "address": current_place.get("address"),
                "since": format_day(current_place["started_on"], language),
            }
            if current_place
            else None,
            "age_assessment": {
                "on": format_day(assessments[-1]["assessed_on"], language),
                "by": assessments[-1]["assessor"],
                "ages": f"{assessments[-1]['min_age']}-{assessments[-1]['max_age']}",
                "conclusion": assessments[-1].get("conclusion"),
            }
            if assessments
            else None,
        },
        "proceeding": {
            "kind": _words(proceeding.get("kind")),
            "kind_code": proceeding.get("kind"),
            "docket": proceeding.get("reference"),
            "forum": proceeding.get("forum_name"),
            "forum_kind": proceeding.get("forum_kind"),
            "jurisdiction": jurisdiction,
            "jurisdiction_name": jurisdiction_name(jurisdiction, _babel(language))
            if jurisdiction
            else None,
            # the state or region alone ("Texas"), for captions; the country where there is none
            "region": jurisdiction_name(jurisdiction, _babel(language)).split(",")[0]
            if jurisdiction
            else None,
            "country": country_name(jurisdiction.split("-")[0], _babel(language))
            if jurisdiction
            else None,
            "stage": proceeding.get("stage"),
            "opened_on": format_day(proceeding.get("opened_on"), language),
        },
        "hearing": {
            "id": hearing.get("id"),
            "date": format_day(when.date(), language) if when else None,
            "time": _time_words(when, language) if when else None,
            "time_zone": hearing.get("time_zone"),
            "type": hearing.get("hearing_type"),
            "forum": hearing.get("forum") or (proceeding or {}).get("forum_name"),
            "room": hearing.get("room"),
            "judge": hearing.get("judge"),
            "remote_link": hearing.get("remote_link"),
            "duration_minutes": hearing.get("duration_minutes"),
            "interpreter_language": language_name(hearing["interpreter_language"], _babel(language))
            if hearing.get("interpreter_language")
            else None,
            "interpreter": hearing.get("interpreter_name")
            or team_name(hearing.get("interpreter_id")),
        }
        if hearing
        else {},
        "guardian": _appointment(guardian, language),
        "guardian_ad_litem": _appointment(gal, language),
        "lawyer": {"name": team_name(lawyer_id)},
        "family": [
            {
                "relationship": _words(f["relationship_to_child"]),
                "name": f["full_name"],
                "whereabouts": f.get("whereabouts"),
                "country": country_name(f["whereabouts_country"], _babel(language))
                if f.get("whereabouts_country")
                else None,
                "tracing_status": _words(f.get("tracing_status")),
            }
            for f in case.get("family_members", [])
        ],
        "documents": [document(d) for d in documents],
        "exhibits": [{**document(d), "label": _exhibit_label(i)} for i, d in enumerate(chosen)],
        "child_views": [
            {"written": format_day(n["written_at"], language), "text": n["text"]}
            for n in case.get("notes", [])
            if n.get("kind") == "childs_views"
        ],
        "inputs": Inputs(inputs or {}),
    }
    return dict(plain(data))


class Inputs(dict[str, str]):
    """What the clerk typed for the filing; one not typed reads as nothing."""

    def __missing__(self, key: str) -> None:
        return None


def _appointment(g: Mapping[str, Any] | None, language: str) -> dict[str, Any]:
    if g is None:
        g = {"guardian_name": None, "guardian_type": None, "jurisdiction": None}
    return {
        "name": g["guardian_name"],
        "type": _words(g["guardian_type"]),
        "appointed_on": format_day(g.get("started_on"), language),
        "appointed_by": g.get("appointing_authority"),
        "jurisdiction_name": jurisdiction_name(g["jurisdiction"], _babel(language))
        if g["jurisdiction"]
        else None,
        "order_reference": g.get("order_reference"),
        "powers": [_words(p) for p in g.get("powers", [])],
    }


def _exhibit_label(index: int) -> str:
    """A, B, ... Z, AA, AB ..."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def lookup(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def missing_data(catalogue: Catalogue, form: Form, data: Mapping[str, Any]) -> list[str]:
    """What the form needs and the case (or the clerk) has not given, in plain words."""
    missing = [
        catalogue.words_for(path) for path in form.requires if lookup(data, path) in (None, "", [])
    ]
    if form.needs_hearing and not lookup(data, "hearing.id"):
        missing.append(catalogue.words_for("hearing"))
    given = data.get("inputs", {})
    missing += [i.label for i in form.inputs if i.required and not (given.get(i.name) or i.default)]
    return missing


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
