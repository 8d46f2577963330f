"""What a capability package exports, loaded when first used.

A package's ``__init__`` lists its exports once, as imports under ``if TYPE_CHECKING:`` (so
that type checkers and readers see them) and in ``__all__``, and ends with::

    if not TYPE_CHECKING:
        __getattr__, __dir__ = lazy_exports(__name__, __file__)

Importing the package then costs nothing: each name is imported from its module the first
time it is used (PEP 562), so opening the window does not load the PDF renderers, and a
command that makes no filing never loads Jinja2. This is the pattern of Scientific Python's
``lazy_loader`` (SPEC 1), with the exports read from the ``__init__`` itself.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _declared(package: str, init_file: str) -> dict[str, tuple[str, str | None]]:
    """Public name -> (module, attribute; None for the module itself), from the imports
    under ``if TYPE_CHECKING:`` in the package's ``__init__``."""
    tree = ast.parse(Path(init_file).read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if not isinstance(statement, ast.ImportFrom) or statement.module is None:
                    raise TypeError(f"{package}: only 'from … import …' under TYPE_CHECKING")
                for alias in statement.names:
                    public = alias.asname or alias.name
                    if statement.module == package:  # a module of the package, exported whole
                        found[public] = (f"{package}.{alias.name}", None)
                    else:
                        found[public] = (statement.module, alias.name)
    return found


def lazy_exports(
    package: str, init_file: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The package's ``__getattr__`` and ``__dir__``."""
    declared = _declared(package, init_file)

    def get(name: str) -> Any:
        try:
            module_name, attribute = declared[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        module = importlib.import_module(module_name)
        value = module if attribute is None else getattr(module, attribute)
        setattr(sys.modules[package], name, value)  # found directly from now on
        return value

    def listing() -> list[str]:
        return sorted(set(declared) | set(vars(sys.modules[package])))

    return get, listing
