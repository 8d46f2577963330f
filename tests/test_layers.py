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
