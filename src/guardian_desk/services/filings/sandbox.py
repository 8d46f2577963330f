"""The sandbox a form's text is rendered in: templates reach only the data given to them (no
Python attributes, no imports), ``range`` is capped, every loop over it counts against a
budget, long strings cannot be multiplied into memory, and rendering stops after
``TIME_LIMIT_S`` seconds or ``MAX_OUTPUT`` characters. An error names the form, the file and
the line.
"""

from __future__ import annotations

import functools
import operator
import re
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

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

from guardian_desk.services.filings.catalogue import Catalogue, FormError

TIME_LIMIT_S = 5.0
MAX_OUTPUT = 2_000_000  # characters: some 600 pages of text
MAX_RANGE = 1_000
LOOP_BUDGET = 100_000  # turns of every loop, and calls, in one rendering
MAX_STRING = 200_000  # a text built in a template (by *, +, ~, %, format, replace, join...)
MAX_INT_BITS = 4_096  # a number computed in a template (some 1 200 digits)

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


class Inputs(dict[str, str]):
    """What the clerk typed for the filing; one not typed reads as nothing."""

    def __missing__(self, key: str) -> None:
        return None


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
    env.filters["join_and"] = join_and
    _measured_filters(env)
    return env


@cache
def _environment_for(folder: Path) -> FormEnvironment:
    return _environment(folder)


def join_and(values: Any, word: str = "and") -> str:
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
