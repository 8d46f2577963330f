"""Roles as data: what a person in each role may see and do (Primero's model).

A role has a **record scope** (which cases: those the person is assigned to, the team's, or
all), a **grant per section** of the case (none, read, read-write) and **actions** it may
take. Roles are TOML files (``resources/roles/``, ``docs/roles.md``); an organisation changes
them or adds its own. This module reads and checks one; it decides nothing about where the
files are.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Access(StrEnum):
    NONE = "none"
    READ = "read"
    READ_WRITE = "read-write"


class Scope(StrEnum):
    ASSIGNED = "assigned"  # the cases the person's team member is assigned to
    TEAM = "team"  # the cases of the person's team or office
    ALL = "all"


# The sections of a case, and the parts of its tree each covers (``storage/tree.py``). A note
# is in "views" when it records the child's views or is marked restricted, else in "identity".
SECTIONS: Mapping[str, tuple[str, ...]] = {
    "identity": ("cases", "child", "aliases", "placements", "status_history", "notes"),
    "family": ("family_members", "tracing_requests"),
    "guardians": ("guardian_appointments",),
    "proceedings": ("proceedings", "decisions", "hearings", "deadlines", "placement_requests"),
    "documents": ("documents", "files", "authentication_steps", "translations", "recognitions"),
    "protection": (
        "risk_flags",
        "actions",
        "screenings",
        "answers",
        "missing_episodes",
        "best_interests",
    ),
    "views": (),  # the child's views and restricted notes
    "health": ("age_assessments",),
    "consents": ("consents",),
    "filings": ("filings",),
    "services": ("care_services", "care_goals"),
}
# The rule ids of the tasks a screening or a missing episode sets (services/protection), and
# of those a best-interests review, a service's follow-up, a care plan's review or a tracing
# request's follow-up sets (services/protection/care.py).
PROTECTION_TASKS = "guardian-desk:protection:"
BEST_INTERESTS_TASKS = "guardian-desk:best-interests:"
CARE_TASKS = "guardian-desk:care:"
TRACING_TASKS = "guardian-desk:tracing:"
# The section each kind of computed task belongs to: its title says what it is about.
TASK_SECTIONS: Mapping[str, str] = {
    PROTECTION_TASKS: "protection",
    BEST_INTERESTS_TASKS: "protection",
    CARE_TASKS: "services",
    TRACING_TASKS: "family",
}
SECTION_NAMES: Mapping[str, str] = {
    "identity": "identity, placement and the case's notes",
    "family": "family and tracing",
    "guardians": "guardians",
    "proceedings": "proceedings, hearings and deadlines",
    "documents": "civil documents",
    "protection": "protection and risk",
    "views": "the child's views and restricted notes",
    "health": "health and age assessment",
    "consents": "consents",
    "filings": "filings",
    "services": "services and the care plan",
}
ACTIONS: Mapping[str, str] = {
    "export": "export cases",
    "print": "print",
    "make_filings": "make filings and hearing packets",
    "transfer": "send cases to partner organisations and receive theirs",
    "see_reports": "see the anonymised reports",
    "manage_users": "add, change and remove users",
    "read_audit": "read the audit log",
    "override_consent": "go on without a valid consent, with a written reason",
}
FIELDS = ("id", "name", "description", "scope", "sections", "actions")


class RoleError(ValueError):
    """A role file that cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    description: str
    scope: Scope
    sections: Mapping[str, Access] = field(default_factory=dict)
    actions: frozenset[str] = frozenset()

    def access(self, section: str) -> Access:
        """The grant for a section; a section the file does not name is not granted."""
        return self.sections.get(section, Access.NONE)

    def may_read(self, section: str) -> bool:
        return self.access(section) is not Access.NONE

    def may_write(self, section: str) -> bool:
        return self.access(section) is Access.READ_WRITE

    def may(self, action: str) -> bool:
        if action not in ACTIONS:
            raise ValueError(f"no such action: {action}")
        return action in self.actions

    def sees_case(self, *, assigned: bool, same_team: bool) -> bool:
        """Whether a case is within the role's record scope."""
        if self.scope is Scope.ALL:
            return True
        if self.scope is Scope.TEAM:
            return assigned or same_team
        return assigned


def section_of(part: str, record: Mapping[str, Any] | None = None) -> str:
    """The section a record of a case's part (``"hearings"``, ``"notes"``...) belongs to."""
    if (
        part == "notes"
        and record is not None
        and (record.get("restricted") or record.get("kind") == "childs_views")
    ):
        return "views"
    if part == "deadlines" and record is not None:
        rule = str(record.get("rule_id") or "")
        for prefix, section in TASK_SECTIONS.items():
            if rule.startswith(prefix):
                return section  # a screening's or a service's task says what it is about
    for section, parts in SECTIONS.items():
        if part in parts:
            return section
    raise ValueError(f"no section holds {part}")


def parse_role(text: str, source: str) -> Role:
    """A role from the text of its TOML file.

    Raises:
        RoleError: the file is not TOML, or names a field, section, access, scope or action
            that does not exist; the message says which, in ``source``.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoleError(f"{source}: not a TOML file ({exc}).") from None
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise RoleError(f"{source}: unknown field {unknown[0]!r} (a role has {', '.join(FIELDS)}).")
    role_id = data.get("id")
    if not isinstance(role_id, str) or not role_id.replace("_", "").isalnum():
        raise RoleError(f"{source}: 'id' must be a short name of letters, digits and _.")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RoleError(f"{source}: 'name' is missing.")
    try:
        scope = Scope(str(data.get("scope")))
    except ValueError:
        raise RoleError(
            f"{source}: 'scope' must be one of {', '.join(s.value for s in Scope)}."
        ) from None
    sections = data.get("sections", {})
    if not isinstance(sections, dict):
        raise RoleError(f"{source}: [sections] must be a table of section = access.")
    grants: dict[str, Access] = {}
    for section, level in sections.items():
        if section not in SECTIONS:
            raise RoleError(
                f"{source}: no section {section!r} (the sections are {', '.join(SECTIONS)})."
            )
        try:
            grants[section] = Access(level)
        except ValueError:
            raise RoleError(
                f"{source}: section {section!r}: the access is none, read or read-write."
            ) from None
    actions = data.get("actions", [])
    if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
        raise RoleError(f"{source}: 'actions' must be a list of action names.")
    wrong = [a for a in actions if a not in ACTIONS]
    if wrong:
        raise RoleError(f"{source}: no action {wrong[0]!r} (the actions are {', '.join(ACTIONS)}).")
    return Role(
        role_id,
        name.strip(),
        str(data.get("description", "")).strip(),
        scope,
        grants,
        frozenset(actions),
    )


@dataclass(frozen=True)
class Person:
    """Who is signed in: the user, the team member they are, and their role."""

    user_id: str
    username: str
    role: Role
    team_member_id: str | None = None
    office: str | None = None
    must_change: bool = False  # an administrator set their passphrase: they choose their own

    def sees_section(self, part: str, record: Mapping[str, Any] | None = None) -> bool:
        return self.role.may_read(section_of(part, record))

    def writes_section(self, part: str, record: Mapping[str, Any] | None = None) -> bool:
        return self.role.may_write(section_of(part, record))


# --- passphrases ------------------------------------------------------------------------------

MIN_PASSPHRASE = 12  # characters: a few words are easier to type and to remember than symbols
MAX_PASSPHRASE = 1000
_COMMON = frozenset(
    {
        "password1234",
        "passwordpassword",
        "123456789012",
        "qwertyuiopas",
        "guardiandesk",
        "guardian desk",
        "iloveyou1234",
        "correct horse battery staple",
    }
)


def passphrase_problem(passphrase: str, username: str = "") -> str | None:
    """What is wrong with a new passphrase, in one sentence, or None.

    The rule is length, not symbols (NIST SP 800-63B): at least twelve characters, any
    characters at all (spaces and every script too), not the user name, not one character
    repeated, not a well-known phrase.
    """
    plain = " ".join(passphrase.split()).casefold()
    if len(passphrase) < MIN_PASSPHRASE:
        return (
            f"A passphrase has at least {MIN_PASSPHRASE} characters; a few words you will "
            "remember are best (spaces and any letters are fine)."
        )
    if len(passphrase) > MAX_PASSPHRASE:
        return f"A passphrase has at most {MAX_PASSPHRASE} characters."
    if username and username.casefold() in plain and len(plain) < len(username) + 6:
        return "A passphrase must not be the user name."
    if len(set(plain.replace(" ", ""))) < 4:
        return "A passphrase needs more than a few different characters."
    if plain in _COMMON:
        return "This passphrase is too well known; choose a few words of your own."
    return None
