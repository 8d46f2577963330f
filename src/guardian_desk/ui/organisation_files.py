"""The organisation's own data files, as the window says them: its roles, screening
instruments, missing-episode actions and reports, each folder with the files that cannot be
used and why (Help › Organisation's files…). A file that cannot be used is left out by the
program; at start-up the status bar says so, so that it is mended rather than missed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

CONTEXT = "OrganisationFiles"


@dataclass(frozen=True)
class FolderState:
    kind: str  # in English; translated in the window
    folder: Path
    problems: tuple[str, ...]  # each file that cannot be used, with why (in English)


KINDS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("OrganisationFiles", "Roles")),
    str(QT_TRANSLATE_NOOP("OrganisationFiles", "Screening instruments")),
    str(QT_TRANSLATE_NOOP("OrganisationFiles", "Missing-episode actions")),
    str(QT_TRANSLATE_NOOP("OrganisationFiles", "Reports")),
)


def organisation_folders() -> list[FolderState]:
    """Each folder of the organisation's own files and what in it cannot be used (read from
    the loaders the program uses, so it says exactly what they left out)."""
    from guardian_desk.services import protection, reports, security

    return [
        FolderState(KINDS[0], security.organisation_folder(), security.load_roles().problems),
        FolderState(
            KINDS[1], protection.screening_folder(), protection.load_instruments().problems
        ),
        FolderState(
            KINDS[2], protection.missing_organisation_folder(), protection.load_missing().problems
        ),
        FolderState(KINDS[3], reports.reports_folder(), reports.load_reports().problems),
    ]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(states: list[FolderState]) -> str:
    """The folders and their faults, a paragraph each, in the window's language (the
    faults as the files' readers wrote them)."""
    parts = []
    for state in states:
        head = f"{_tr(state.kind)} — {state.folder}"
        if not state.folder.is_dir():
            said = QCoreApplication.translate(
                "OrganisationFiles", "No such folder: only the shipped files are used."
            )
        elif not state.problems:
            said = QCoreApplication.translate("OrganisationFiles", "Every file can be used.")
        else:
            said = QCoreApplication.translate(
                "OrganisationFiles", "These files cannot be used and are left out:"
            )
            said += "\n" + "\n".join(f"• {p}" for p in state.problems)
        parts.append(f"{head}\n{said}")
    return "\n\n".join(parts)


def faulty(states: list[FolderState]) -> int:
    """How many of the organisation's files cannot be used."""
    return sum(len(s.problems) for s in states)


def show(parent: QWidget, states: list[FolderState]) -> QMessageBox:
    """The folders in a window-modal box (not blocking the event loop)."""
    box = QMessageBox(parent)
    box.setObjectName("organisationFiles")
    box.setWindowTitle(QCoreApplication.translate("OrganisationFiles", "The organisation's files"))
    box.setIcon(QMessageBox.Icon.Warning if faulty(states) else QMessageBox.Icon.Information)
    box.setText(
        QCoreApplication.translate(
            "OrganisationFiles",
            "Your organisation may add its own roles, screening instruments, missing-episode "
            "actions and reports as files in these folders (see the documentation).",
        )
    )
    box.setInformativeText(describe(states))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
