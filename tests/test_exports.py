"""Capability packages load what they export when it is first used, not when imported."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from guardian_desk.exports import _declared
from tests.test_layers import PACKAGE, capability_packages

HEAVY = ("reportlab", "docx", "pypdf", "jinja2", "PIL", "uharfbuzz", "icalendar", "jsonschema")


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"{code}\nimport sys\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        f"{HEAVY!r} or m.startswith('guardian_desk.services.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return result.stdout.split()


def test_importing_a_package_loads_none_of_its_modules() -> None:
    loaded = _loaded_after("from guardian_desk.services import filings, documents, calendar")
    assert not [m for m in loaded if m.split(".")[0] in HEAVY]
    assert "guardian_desk.services.filings.render_pdf" not in loaded
    assert "guardian_desk.services.filings" in loaded


def test_a_name_is_loaded_with_its_module_when_first_used() -> None:
    loaded = _loaded_after("from guardian_desk.services import filings\nfilings.shipped_forms")
    assert "guardian_desk.services.filings.catalogue" in loaded
    assert "guardian_desk.services.filings.packets" not in loaded


def test_the_window_opens_without_the_filing_libraries() -> None:
    """The PDF and DOCX renderers, the template engine, the scan readers and the calendar
    files load when a person first needs them, not to show the case list."""
    loaded = _loaded_after("import guardian_desk.ui.main_window")
    assert [m for m in loaded if m.split(".")[0] in HEAVY] == []


def test_what_a_package_declares_is_what_it_lists() -> None:
    for package in capability_packages():
        init = PACKAGE.joinpath(*package.split("."), "__init__.py")
        declared = set(_declared(f"guardian_desk.{package}", str(init)))
        module = __import__(f"guardian_desk.{package}", fromlist=["_"])
        assert declared == set(module.__all__), package
        assert declared <= set(dir(module)), package
        # A module imported later would take the name of an export it shares.
        modules = {path.stem for path in init.parent.glob("*.py")} - {"__init__"}
        shared = {n for n in declared & modules if _declared(module.__name__, str(init))[n][1]}
        assert shared == set(), package


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    from guardian_desk.services import cases

    with pytest.raises(AttributeError, match=re.escape("guardian_desk.services.cases")):
        cases.no_such_thing  # noqa: B018 - the access is the test
    with pytest.raises(ImportError):
        from guardian_desk.services.cases import no_such_thing  # noqa: F401
