"""The shape of a complete case: which tables hang under which, and in what order.

Export, import, demo data and deletion all walk this one description, so a new table needs
to be named here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column

from guardian_desk.storage import models as m


@dataclass(frozen=True)
class Node:
    """A table within a case: its key in the exchange document and its place in the tree."""

    key: str
    model: type[m.Base]
    parent_fk: str | None = None
    one: bool = False
    order_by: tuple[str, ...] = ("created_at", "id")
    children: tuple[Node, ...] = ()

    @property
    def table(self) -> Any:
        return self.model.__table__

    def fields(self) -> list[Column[Any]]:
        """The columns written to the exchange document, in table order."""
        return _fields(self)

    def walk(self) -> list[Node]:
        """This node and all below it, parents before children."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found


@cache
def _fields(node: Node) -> list[Column[Any]]:
    return [
        c
        for c in node.table.columns
        if c.name not in ("version", node.parent_fk) and not c.info.get("derived")
    ]


CASE = Node(
    "cases",
    m.Case,
    order_by=("reference", "id"),
    children=(
        Node(
            "child",
            m.Child,
            "case_id",
            one=True,
            children=(
                Node("aliases", m.ChildAlias, "child_id", order_by=("name", "id")),
                Node(
                    "age_assessments", m.AgeAssessment, "child_id", order_by=("assessed_on", "id")
                ),
                Node("placements", m.Placement, "child_id", order_by=("started_on", "id")),
                Node(
                    "status_history",
                    m.ProtectionStatusChange,
                    "child_id",
                    order_by=("effective_on", "id"),
                ),
            ),
        ),
        Node("family_members", m.FamilyMember, "case_id"),
        # after the family members it names
        Node("tracing_requests", m.TracingRequest, "case_id", order_by=("requested_on", "id")),
        Node(
            "guardian_appointments", m.GuardianAppointment, "case_id", order_by=("started_on", "id")
        ),
        Node(
            "proceedings",
            m.Proceeding,
            "case_id",
            order_by=("opened_on", "id"),
            children=(
                Node("decisions", m.Decision, "proceeding_id", order_by=("decided_on", "id")),
                Node("hearings", m.Hearing, "proceeding_id", order_by=("starts_at", "id")),
            ),
        ),
        Node(
            "documents",
            m.CivilDocument,
            "case_id",
            children=(
                Node("files", m.DocumentFile, "document_id", order_by=("position", "id")),
                Node(
                    "authentication_steps",
                    m.AuthenticationStep,
                    "document_id",
                    order_by=("sequence", "id"),
                ),
                Node("translations", m.Translation, "document_id"),
                Node("recognitions", m.Recognition, "document_id", order_by=("jurisdiction", "id")),
            ),
        ),
        Node("placement_requests", m.PlacementRequest, "case_id", order_by=("received_on", "id")),
        # after the documents and placement requests: a deadline may count from their dates
        Node("deadlines", m.Deadline, "case_id", order_by=("due_on", "id")),
        Node("consents", m.Consent, "case_id"),
        Node(
            "risk_flags",
            m.RiskFlag,
            "case_id",
            order_by=("raised_on", "id"),
            children=(Node("actions", m.RiskAction, "flag_id"),),
        ),
        Node(
            "screenings",
            m.Screening,
            "case_id",
            order_by=("screened_on", "id"),
            children=(
                Node(
                    "answers",
                    m.ScreeningAnswerRow,
                    "screening_id",
                    order_by=("indicator_id", "id"),
                ),
            ),
        ),
        Node("missing_episodes", m.MissingEpisode, "case_id", order_by=("missing_since", "id")),
        Node("best_interests", m.BestInterestsAssessment, "case_id", order_by=("held_on", "id")),
        Node("care_services", m.CareService, "case_id", order_by=("kind", "referred_on", "id")),
        Node("care_goals", m.CareGoal, "case_id", order_by=("set_on", "id")),
        Node("notes", m.Note, "case_id", order_by=("written_at", "id")),
        # after the proceedings and documents it names
        Node("filings", m.Filing, "case_id", order_by=("made_at", "id")),
    ),
)

TEAM = Node("team", m.TeamMember, order_by=("full_name", "id"))
ATTACHMENTS = Node("attachments", m.Attachment, order_by=("sha256",))

# Columns that point at a row of their own table (an appeal's first-instance proceeding, the
# hearing after an adjournment): written after all rows exist.
SELF_REFERENCES: dict[str, list[str]] = {
    node.key: [
        c.name for c in node.table.columns for fk in c.foreign_keys if fk.column.table is node.table
    ]
    for node in CASE.walk()
}


@cache
def _personal_columns(node: Node) -> tuple[str, ...]:
    """Short text columns that can name a person or identify a case: names, references,
    document numbers, e-mail addresses (not codes, enums, ids, hashes or free text)."""
    from sqlalchemy import Enum, String, Text

    return tuple(
        c.name
        for c in node.fields()
        if isinstance(c.type, String)
        and not isinstance(c.type, Text | Enum)
        and not c.primary_key
        and not c.foreign_keys
        and not any(k in c.info for k in ("code", "ref", "items"))
        and c.name not in ("sha256", "media_type")
    )


def personal_values(node: Node, item: dict[str, Any]) -> list[str]:
    """Every value of ``item`` (an exchange tree of ``node``) that may name a person."""
    found = [item[n] for n in _personal_columns(node) if isinstance(item.get(n), str) and item[n]]
    for child in node.children:
        value = item.get(child.key)
        for sub in [value] if child.one else value or []:
            if isinstance(sub, dict):
                found += personal_values(child, sub)
    return found
