"""Checking a database: schema version and integrity."""

from __future__ import annotations

from dataclasses import dataclass

from guardian_desk.storage import repositories as repo
from guardian_desk.storage.database import Database, current_revision, head_revision


@dataclass(frozen=True)
class CheckReport:
    schema_revision: str | None
    expected_revision: str
    cases: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and self.schema_revision == self.expected_revision


def check(db: Database) -> CheckReport:
    """What the database engine and Guardian Desk's own rules find wrong, if anything."""
    revision = current_revision(db)
    with db.unit_of_work() as session:
        problems = tuple(repo.integrity_problems(session))
        cases = repo.count_cases(session)
    return CheckReport(revision, head_revision(), cases, problems)
