"""The domain, storage and services layers must never pull in Qt."""

import subprocess
import sys


def test_core_layers_do_not_import_qt() -> None:
    code = (
        "import sys, guardian_desk.domain.dates, guardian_desk.domain.codes, "
        "guardian_desk.domain.text, guardian_desk.storage.database, "
        "guardian_desk.storage.repositories, guardian_desk.services.exchange, "
        "guardian_desk.services.demo, guardian_desk.services.cases, "
        "guardian_desk.services.maintenance, guardian_desk.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_no_module_outside_ui_mentions_qt() -> None:
    """Also where Qt would be imported inside a function, which importing does not show."""
    from pathlib import Path

    import guardian_desk

    package = Path(guardian_desk.__file__).parent
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "ui" not in path.relative_to(package).parts[:1]
        and path.name != "app.py"  # the application itself starts Qt
        and "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
