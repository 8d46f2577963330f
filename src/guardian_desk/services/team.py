"""The team: the lawyers, guardians ad litem, interpreters and staff a case can name."""

from __future__ import annotations

from dataclasses import dataclass

from guardian_desk.domain.text import fold
from guardian_desk.errors import NotFoundError
from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database


@dataclass(frozen=True)
class TeamMemberChoice:
    id: str
    name: str
    roles: tuple[str, ...]
    languages: tuple[str, ...] = ()


def team_members(db: Database) -> list[TeamMemberChoice]:
    """Every team member, by name, for choosing one in a form."""
    with db.reading() as session:
        return [
            TeamMemberChoice(tid, name, tuple(roles), tuple(languages))
            for tid, name, roles, languages in repo.team_members(session)
        ]


def find_member(db: Database, wanted: str) -> TeamMemberChoice:
    """The team member with this id, or whose name contains ``wanted`` (in any case or accent).

    Raises:
        NotFoundError: nobody, or several people, match.
    """
    everyone = team_members(db)
    exact = [m for m in everyone if m.id == wanted]
    found = exact or [m for m in everyone if fold(wanted) in fold(m.name)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(f"No team member called {wanted}.")
    names = ", ".join(m.name for m in found[:5])
    raise NotFoundError(f"Several team members match {wanted}: {names}. Be more precise.")
