"""The roles in force: those shipped (``resources/roles/``), changed or added to by the
organisation's own folder of role files.

The organisation's folder is ``$GUARDIAN_DESK_ROLES`` if set, else ``roles/`` in the
program's configuration folder (``~/.config/GuardianDesk/roles`` on Linux). A file there whose
``id`` is a shipped role's replaces it; a new ``id`` adds a role. ``docs/roles.md`` says how
to write one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guardian_desk import config
from guardian_desk.domain.roles import Role, RoleError, parse_role
from guardian_desk.errors import GuardianDeskError
from guardian_desk.resources import resource_path

ROLES_ENV = "GUARDIAN_DESK_ROLES"
MAX_FILE = 100_000


def organisation_folder() -> Path:
    """Where the organisation keeps its own role files (it may not exist)."""
    return config.organisation_folder(ROLES_ENV, "roles")


@dataclass(frozen=True)
class RoleSet:
    roles: dict[str, Role]
    changed: tuple[str, ...]  # shipped roles the organisation's files replace
    added: tuple[str, ...]  # roles only the organisation has
    problems: tuple[str, ...]  # files that could not be used, each said in a sentence


def _read_folder(folder: Path) -> tuple[dict[str, Role], list[str]]:
    found, problems = config.read_data_folder(
        folder,
        lambda text, name: (name, parse_role(text, name)),
        what="a role file",
        max_bytes=MAX_FILE,
        faults=(RoleError,),
    )
    roles: dict[str, Role] = {}
    for name, role in found:
        if role.id in roles:
            problems.append(f"{name}: the id {role.id!r} is used by another file too.")
            continue
        roles[role.id] = role
    return roles, problems


def load_roles(folder: Path | None = None) -> RoleSet:
    """The shipped roles, with the organisation's files of ``folder`` (default: its folder)
    over them. A file that cannot be used is left out and said in ``problems``."""
    shipped, problems = _read_folder(resource_path("roles"))
    if problems:  # a broken shipped file is a bug of the program, not a person's mistake
        raise GuardianDeskError("The shipped roles are damaged: " + "; ".join(problems))
    own_folder = folder if folder is not None else organisation_folder()
    own, own_problems = _read_folder(own_folder) if own_folder.is_dir() else ({}, [])
    if folder is not None and not folder.is_dir():
        own_problems = [f"{folder}: there is no such folder."]
    return RoleSet(
        {**shipped, **own},
        tuple(sorted(r for r in own if r in shipped)),
        tuple(sorted(r for r in own if r not in shipped)),
        tuple(own_problems),
    )
