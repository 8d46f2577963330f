"""The layers point one way, only ui/ touches Qt, and capability packages keep their insides.

The rules checked here are the ones ``docs/architecture.md`` states, and its tables are read
as the source of truth: a dependency between two capabilities that the tables do not allow
fails here, and so does one that would close a circle.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import guardian_desk

PACKAGE = Path(guardian_desk.__file__).parent
ARCHITECTURE = Path(__file__).parents[1] / "docs" / "architecture.md"
LAYERS = ("domain", "storage", "services", "ui")
# Modules every layer may use: they import no layer above the domain.
SHARED = {"errors", "exports", "files", "log", "progress", "resources", "config"}
GENERATED = ("ui", "forms")  # pyside6-uic output, its own rules


@dataclass(frozen=True)
class Import:
    line: int
    module: str  # dotted, without the leading "guardian_desk."
    names: tuple[str, ...]  # what a from-import takes; () for "import a.b"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sources() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[:2] != GENERATED:
            yield _module_name(path), path


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import of a Guardian Desk module in ``source``, relative ones resolved."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("guardian_desk."):
                    found.append(Import(node.lineno, alias.name.split(".", 1)[1], ()))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module == "guardian_desk":
                target = ""
            elif node.module and node.module.startswith("guardian_desk."):
                target = node.module.split(".", 1)[1]
            else:
                continue
            found.append(Import(node.lineno, target, tuple(a.name for a in node.names)))
    return found


def unit_of(module: str) -> str:
    """The capability a module belongs to: ``services.cases`` for ``services.cases.editing``,
    the module itself for a module beside the packages (``services.team``, ``ui.ops``)."""
    parts = module.split(".")
    if parts[0] in ("services", "ui") and len(parts) > 1:
        return ".".join(parts[:2])
    return parts[0]


def _units_imported(imp: Import) -> set[str]:
    if imp.module in ("services", "ui", ""):  # from guardian_desk.services import cases
        return {unit_of(f"{imp.module}.{name}".lstrip(".")) for name in imp.names}
    return {unit_of(imp.module)}


def _exports(package: str) -> set[str]:
    path = PACKAGE.joinpath(*package.split("."), "__init__.py")
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return {ast.literal_eval(e) for e in node.value.elts}  # type: ignore[attr-defined]
    return set()


def capability_packages() -> dict[str, set[str]]:
    """Each capability package of services/ and ui/ with the names its ``__init__`` exports."""
    return {
        f"{layer}.{path.parent.name}": _exports(f"{layer}.{path.parent.name}")
        for layer in ("services", "ui")
        for path in sorted((PACKAGE / layer).glob("*/__init__.py"))
        if path.parent.name != "forms"
    }


def front_door_violations(source: str, module: str, packages: dict[str, set[str]]) -> list[str]:
    """Where ``module`` reaches into a capability package it is not part of: a module of the
    package named directly, or a name its ``__init__`` does not export."""
    own = unit_of(module)
    wrong = []
    bound: dict[
        str, str
    ] = {}  # local name -> package, for "from guardian_desk.services import cases"
    for imp in imports_of(source, module):
        for package, exported in packages.items():
            if package == own:
                continue
            where = f"{module}:{imp.line}"
            if imp.module.startswith(package + "."):
                wrong.append(f"{where} imports {imp.module}, inside {package}")
            elif imp.module == package:
                wrong += [
                    f"{where} takes {name} from {package}, which does not export it"
                    for name in imp.names
                    if name not in exported
                ]
            elif imp.module == package.rsplit(".", 1)[0] and package.rsplit(".", 1)[1] in imp.names:
                bound[package.rsplit(".", 1)[1]] = package
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in bound
            and node.attr not in packages[bound[node.value.id]]
        ):
            wrong.append(
                f"{module}:{node.lineno} uses {node.value.id}.{node.attr}, "
                f"which {bound[node.value.id]} does not export"
            )
    return wrong


def documented_rules() -> dict[str, set[str]]:
    """The units of services/ and ui/ with what each may import, read from the tables of
    docs/architecture.md: rows like | `cases/` | ... | `records`, `calendar` |."""
    rules: dict[str, set[str]] = {}
    layer = None
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## .*\(`(services|ui)/`\)", line)
        if heading:
            layer = heading.group(1)
        elif line.startswith("## "):
            layer = None
        elif layer and line.startswith("| `"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            names = re.findall(r"`([\w.]+)(?:/|\.py)`", cells[0])
            allowed = set(re.findall(r"`([\w.]+)`", cells[-1]))
            for name in names:
                rules[f"{layer}.{name}"] = {
                    a if a.startswith(("services.", "ui.")) else f"{layer}.{a}" for a in allowed
                }
    return rules


def _dependencies() -> dict[str, set[tuple[str, str]]]:
    """unit -> {(unit it imports, where)} between units of services/ and ui/."""
    found: dict[str, set[tuple[str, str]]] = {}
    for module, path in _sources():
        own = unit_of(module)
        if not own.startswith(("services.", "ui.")):
            continue
        for imp in imports_of(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            for unit in _units_imported(imp):
                if unit != own and unit.startswith(("services.", "ui.")):
                    found.setdefault(own, set()).add((unit, f"{module}:{imp.line}"))
    return found


def test_core_layers_do_not_import_qt() -> None:
    """Every module of domain/, storage/ and services/ and the command line, imported
    together, leaves PySide6 unloaded."""
    names = ["guardian_desk.cli"]
    for layer in ("domain", "storage", "services"):
        package = __import__(f"guardian_desk.{layer}", fromlist=["_"])
        names += [
            m.name
            for m in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
            if ".migrations" not in m.name  # Alembic's environment runs when imported
        ]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    assert any(".services.filings." in n for n in names)  # the walk went into the packages


def test_no_module_outside_ui_mentions_qt() -> None:
    """Also where Qt would be imported inside a function, which importing does not show."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and path.name != "app.py"  # the application itself starts Qt
        and "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_layers_point_one_way() -> None:
    """domain → nothing above it; storage → domain; services → storage, domain; ui → all
    three; the shared modules only each other. Lazy imports inside functions count too."""
    below = {
        "domain": {"domain"},
        "storage": {"domain", "storage"},
        "services": {"domain", "storage", "services"},
        "ui": {"domain", "storage", "services", "ui"},
    }
    wrong = []
    for module, path in _sources():
        layer = module.split(".")[0]
        if layer not in below and layer not in SHARED:
            continue  # cli, app, __main__: the composition roots
        allowed = below.get(layer, set()) | SHARED
        for imp in imports_of(path.read_text(encoding="utf-8"), module, path.name == "__init__.py"):
            for target in {unit_of(imp.module).split(".")[0]} if imp.module else set(imp.names):
                if target not in allowed and target != "__version__":
                    wrong.append(f"{module}:{imp.line} imports {imp.module or target}")
    assert wrong == []


def test_capability_packages_are_entered_through_their_init() -> None:
    """Outside a capability package, only the names its ``__init__`` exports are used: no
    module of the package is named, by import or by attribute."""
    packages = capability_packages()
    assert {"services.cases", "services.filings", "ui.records", "ui.widgets"} <= set(packages)
    wrong = []
    for module, path in _sources():
        wrong += front_door_violations(path.read_text(encoding="utf-8"), module, packages)
    assert wrong == []


def test_the_front_door_check_sees_what_it_must() -> None:
    packages = {"services.cases": {"open_case"}, "services.calendar": {"events"}}
    source = (
        "from guardian_desk.services.cases.editing import save_case\n"
        "from guardian_desk.services.cases import open_case, _records\n"
        "from guardian_desk.services import calendar\n"
        "calendar.events(db); calendar.agenda.events(db)\n"
    )
    found = front_door_violations(source, "ui.cases.case_editor", packages)
    assert len(found) == 3
    assert "inside services.cases" in found[0]
    assert "_records" in found[1]
    assert "calendar.agenda" in found[2]
    # Inside its own package a module may use its siblings' modules, not another package's.
    inside = front_door_violations(source, "services.cases.lists", packages)
    assert len(inside) == 1
    assert "calendar.agenda" in inside[0]


def test_every_export_exists() -> None:
    for package, exported in capability_packages().items():
        module = __import__(f"guardian_desk.{package}", fromlist=["_"])
        missing = [name for name in exported if not hasattr(module, name)]
        assert missing == [], package


def test_capabilities_import_only_what_the_architecture_allows() -> None:
    rules = documented_rules()
    units = {unit_of(m) for m, _ in _sources() if unit_of(m).startswith(("services.", "ui."))}
    assert units - {"ui.forms"} <= set(rules), "every package is in docs/architecture.md"
    wrong = [
        f"{where}: {unit} imports {target}, which docs/architecture.md does not allow"
        for unit, targets in _dependencies().items()
        for target, where in sorted(targets)
        if target not in rules.get(unit, set()) and target != "ui.forms"
    ]
    assert wrong == []


def test_the_allowed_imports_form_no_circle() -> None:
    """So that each package's ``__init__`` can be imported first, on its own."""
    rules = documented_rules()
    done: set[str] = set()

    def visit(unit: str, path: tuple[str, ...]) -> None:
        assert unit not in path, " → ".join([*path, unit])
        if unit in done:
            return
        for target in sorted(rules.get(unit, set())):
            visit(target, (*path, unit))
        done.add(unit)

    for unit in sorted(rules):
        visit(unit, ())
    assert len(done) >= 20
