"""The complete case data model (SQLAlchemy 2, typed).

One :class:`Case` is the file of one child. Everything else hangs off it, except team
members (shared by the whole team) and attachments (blobs shared by content, keyed by
SHA-256). Every editable row has a public UUID, created/updated timestamps and a version
counter that detects edits made elsewhere.

Column ``info`` tells the exchange format how to check a value: ``code`` (country,
jurisdiction, language, script), ``items`` for lists, ``max_length`` for long text.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from guardian_desk.domain import enums as E
from guardian_desk.domain.dates import dob_bounds
from guardian_desk.storage.types import CodeList, UTCDateTime, enum_type, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME = 200  # characters in a name or a short label
LONG_TEXT = 100_000  # characters in a note or free text


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _name(nullable: bool = True, **info: Any) -> Any:
    return mapped_column(String(NAME), nullable=nullable, info=info)


def _code(kind: str, nullable: bool = True) -> Any:
    return mapped_column(String(16), nullable=nullable, info={"code": kind})


def _text() -> Any:
    return mapped_column(Text, nullable=True, info={"max_length": LONG_TEXT})


def _team_ref() -> Any:
    return mapped_column(
        ForeignKey("team_members.id", ondelete="SET NULL"), nullable=True, info={"ref": "team"}
    )


def _owner(table: str) -> Any:
    return mapped_column(ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=False, index=True)


class Editable:
    """Public id, timestamps and the version counter of every editable row."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, sort_order=-1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(self) -> dict[str, Any]:
        return {"version_id_col": self.__table__.c.version}  # type: ignore[attr-defined]


# --- the team -------------------------------------------------------------------------------


class TeamMember(Editable, Base):
    """A lawyer, guardian ad litem, caseworker, clerk or interpreter of the team."""

    __tablename__ = "team_members"

    full_name: Mapped[str] = _name(nullable=False)
    roles: Mapped[list[str]] = mapped_column(CodeList, nullable=False, info={"items": E.TeamRole})
    languages: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, info={"items": "language"}
    )
    email: Mapped[str | None] = _name()
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    office: Mapped[str | None] = _name()


class User(Editable, Base):
    """A person who signs in: a team member with a role (``resources/roles/``).

    ``slot`` is the user's key slot: a random slot key wrapped under a key derived from the
    passphrase (scrypt, AES-GCM). The slot key is what "remember me" keeps in the keyring;
    in an encrypted database's key file it wraps the database key.
    """

    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(80), nullable=False, unique=True)
    team_member_id: Mapped[str | None] = _team_ref()
    role: Mapped[str] = mapped_column(String(80), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    slot: Mapped[str] = mapped_column(Text, nullable=False)
    slot_key: Mapped[str] = mapped_column(String(64), nullable=False)
    must_change: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # On a team's server: the user's own database role, and what the server's row-level
    # security needs of their role (kept in step with the role files).
    db_role: Mapped[str | None] = mapped_column(String(63), nullable=True, unique=True)
    scope: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reads: Mapped[str | None] = mapped_column(String(400), nullable=True)


# --- the case and the child ------------------------------------------------------------------


class Case(Editable, Base):
    """The file of one child: the root of everything the team records about them."""

    __tablename__ = "cases"

    reference: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    status: Mapped[E.CaseStatus] = mapped_column(
        enum_type(E.CaseStatus, "case_status"), nullable=False, default=E.CaseStatus.OPEN
    )
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    home_jurisdiction: Mapped[str | None] = _code("jurisdiction")
    lead_lawyer_id: Mapped[str | None] = _team_ref()
    # A team member without a foreign key: adding one to ``cases`` would copy the table.
    caseworker_id: Mapped[str | None] = mapped_column(
        String(36), nullable=True, info={"ref": "team"}
    )
    office: Mapped[str | None] = _name()

    child: Mapped[Child] = relationship(back_populates="case", cascade="all, delete-orphan")
    family_members: Mapped[list[FamilyMember]] = relationship(cascade="all, delete-orphan")
    guardian_appointments: Mapped[list[GuardianAppointment]] = relationship(
        cascade="all, delete-orphan"
    )
    proceedings: Mapped[list[Proceeding]] = relationship(cascade="all, delete-orphan")
    deadlines: Mapped[list[Deadline]] = relationship(cascade="all, delete-orphan")
    documents: Mapped[list[CivilDocument]] = relationship(cascade="all, delete-orphan")
    consents: Mapped[list[Consent]] = relationship(cascade="all, delete-orphan")
    risk_flags: Mapped[list[RiskFlag]] = relationship(cascade="all, delete-orphan")
    notes: Mapped[list[Note]] = relationship(cascade="all, delete-orphan")
    filings: Mapped[list[Filing]] = relationship(cascade="all, delete-orphan")
    placement_requests: Mapped[list[PlacementRequest]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_opened"),
    )


class Child(Editable, Base):
    """The child: identity in both scripts, date of birth with its certainty, and status."""

    __tablename__ = "children"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    given_names: Mapped[str] = _name(nullable=False)  # Latin transliteration
    family_name: Mapped[str | None] = _name()
    given_names_native: Mapped[str | None] = _name()  # as written in the native script
    family_name_native: Mapped[str | None] = _name()
    native_script: Mapped[str | None] = _code("script")
    sex: Mapped[E.Sex] = mapped_column(enum_type(E.Sex, "sex"), nullable=False)
    dob_certainty: Mapped[E.DobCertainty | None] = mapped_column(
        enum_type(E.DobCertainty, "dob_certainty"), nullable=True
    )
    dob_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dob_month: Mapped[int | None] = mapped_column(Integer, nullable=True)
    dob_day: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Derived from the parts above, never edited nor exported: the earliest and latest
    # possible day of birth, so that lists can filter and sort by age in SQL.
    dob_earliest: Mapped[date | None] = mapped_column(
        Date, nullable=True, index=True, info={"derived": True}
    )
    dob_latest: Mapped[date | None] = mapped_column(Date, nullable=True, info={"derived": True})
    birth_place: Mapped[str | None] = _name()
    nationalities: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, info={"items": "country"}
    )
    stateless: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    languages: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, info={"items": "language"}
    )
    interpreter_language: Mapped[str | None] = _code("language")
    school_name: Mapped[str | None] = _name()
    school_grade: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_arrival_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_arrival_country: Mapped[str | None] = _code("country")
    married: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    case: Mapped[Case] = relationship(back_populates="child")
    aliases: Mapped[list[ChildAlias]] = relationship(cascade="all, delete-orphan")
    age_assessments: Mapped[list[AgeAssessment]] = relationship(cascade="all, delete-orphan")
    placements: Mapped[list[Placement]] = relationship(cascade="all, delete-orphan")
    status_history: Mapped[list[ProtectionStatusChange]] = relationship(
        cascade="all, delete-orphan"
    )

    __table_args__ = (
        # An estimate never carries a day: no invented 1 January.
        CheckConstraint(
            "dob_certainty IS NULL OR dob_certainty <> 'estimated' OR dob_day IS NULL",
            name="estimate_has_no_day",
        ),
        CheckConstraint(
            "dob_certainty IS NULL OR dob_certainty NOT IN ('documented', 'declared')"
            " OR dob_day IS NOT NULL",
            name="exact_dob_is_full",
        ),
        CheckConstraint(
            "(dob_certainty IS NULL) = (dob_year IS NULL)", name="dob_year_with_certainty"
        ),
        CheckConstraint("dob_day IS NULL OR dob_month IS NOT NULL", name="dob_day_needs_month"),
        CheckConstraint("dob_month IS NULL OR dob_month BETWEEN 1 AND 12", name="dob_month"),
        CheckConstraint("dob_day IS NULL OR dob_day BETWEEN 1 AND 31", name="dob_day"),
    )

    @staticmethod
    def derive(row: dict[str, Any]) -> None:
        """Fill the derived birth-date bounds of a row about to be written."""
        row["dob_earliest"], row["dob_latest"] = dob_bounds(
            row.get("dob_certainty"), row.get("dob_year"), row.get("dob_month"), row.get("dob_day")
        )


@event.listens_for(Child, "before_insert")
@event.listens_for(Child, "before_update")
def _derive_child(_mapper: Any, _connection: Any, child: Child) -> None:
    child.dob_earliest, child.dob_latest = dob_bounds(
        child.dob_certainty, child.dob_year, child.dob_month, child.dob_day
    )


class ChildAlias(Editable, Base):
    """Another spelling of the child's name: an alias, an earlier or a document's spelling."""

    __tablename__ = "child_aliases"

    child_id: Mapped[str] = _owner("children")
    name: Mapped[str] = _name(nullable=False)
    script: Mapped[str | None] = _code("script")
    source: Mapped[str | None] = _name()  # e.g. "passport", "asylum registration"


class AgeAssessment(Editable, Base):
    """An age assessment: who assessed, how, when, and the age range found."""

    __tablename__ = "age_assessments"

    child_id: Mapped[str] = _owner("children")
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    assessor: Mapped[str] = _name(nullable=False)
    method: Mapped[E.AgeAssessmentMethod] = mapped_column(
        enum_type(E.AgeAssessmentMethod, "age_assessment_method"), nullable=False
    )
    min_age: Mapped[int] = mapped_column(Integer, nullable=False)
    max_age: Mapped[int] = mapped_column(Integer, nullable=False)
    conclusion: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint("min_age >= 0 AND max_age >= min_age AND max_age < 40", name="age_range"),
    )


class Placement(Editable, Base):
    """Where the child lives, from when to when; the open one is the current placement."""

    __tablename__ = "placements"

    child_id: Mapped[str] = _owner("children")
    kind: Mapped[E.PlacementKind] = mapped_column(
        enum_type(E.PlacementKind, "placement_kind"), nullable=False
    )
    provider: Mapped[str | None] = _name()
    address: Mapped[str | None] = mapped_column(String(400), nullable=True)
    jurisdiction: Mapped[str | None] = _code("jurisdiction")
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ended_after_start"),
    )


class ProtectionStatusChange(Editable, Base):
    """A change of the child's unaccompanied/separated status, with who decided it."""

    __tablename__ = "protection_status_changes"

    child_id: Mapped[str] = _owner("children")
    status: Mapped[E.ProtectionStatus] = mapped_column(
        enum_type(E.ProtectionStatus, "protection_status"), nullable=False
    )
    effective_on: Mapped[date] = mapped_column(Date, nullable=False)
    decided_by: Mapped[str | None] = _name()
    reason: Mapped[str | None] = _text()


# --- family and guardians ---------------------------------------------------------------------


class FamilyMember(Editable, Base):
    """A parent, sibling or relative, with whereabouts, tracing and whether contact is safe."""

    __tablename__ = "family_members"

    case_id: Mapped[str] = _owner("cases")
    relationship_to_child: Mapped[E.Relationship] = mapped_column(
        enum_type(E.Relationship, "relationship"), nullable=False
    )
    full_name: Mapped[str] = _name(nullable=False)
    full_name_native: Mapped[str | None] = _name()
    whereabouts: Mapped[str | None] = mapped_column(String(400), nullable=True)
    whereabouts_country: Mapped[str | None] = _code("country")
    contact: Mapped[str | None] = mapped_column(String(400), nullable=True)
    tracing_status: Mapped[E.TracingStatus] = mapped_column(
        enum_type(E.TracingStatus, "tracing_status"), nullable=False
    )
    # None: not yet assessed. A relative can be a trafficking suspect.
    safe_to_contact: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    safety_note: Mapped[str | None] = _text()
    # Suspected of trafficking or exploiting the child: never proposed as a contact.
    suspected_trafficker: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # When and where the child and this relative were separated (tracing compares them).
    separated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    separated_at: Mapped[str | None] = mapped_column(String(400), nullable=True)
    # A tracing match a person confirmed: the same person as one recorded in another case
    # (that case's child or one of its family members). Ids of another case: no reference.
    matched_case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    matched_person_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    matched_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A team member without a foreign key: adding one would copy the table (migration 0017).
    matched_by_id: Mapped[str | None] = mapped_column(
        String(36), nullable=True, info={"ref": "team"}
    )


class GuardianAppointment(Editable, Base):
    """An appointment of a guardian, custodian, GAL, foster carer or kafala holder."""

    __tablename__ = "guardian_appointments"

    case_id: Mapped[str] = _owner("cases")
    guardian_type: Mapped[E.GuardianType] = mapped_column(
        enum_type(E.GuardianType, "guardian_type"), nullable=False
    )
    guardian_name: Mapped[str] = _name(nullable=False)
    team_member_id: Mapped[str | None] = _team_ref()
    appointing_authority: Mapped[str] = _name(nullable=False)
    jurisdiction: Mapped[str] = _code("jurisdiction", nullable=False)
    order_reference: Mapped[str | None] = mapped_column(String(80), nullable=True)
    powers: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, info={"items": E.GuardianPower}
    )
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ended_after_start"),
    )


# --- proceedings, hearings, deadlines ----------------------------------------------------------


class Proceeding(Editable, Base):
    """A guardianship, asylum, SIJS... proceeding before one forum in one jurisdiction."""

    __tablename__ = "proceedings"

    case_id: Mapped[str] = _owner("cases")
    kind: Mapped[E.ProceedingKind] = mapped_column(
        enum_type(E.ProceedingKind, "proceeding_kind"), nullable=False
    )
    jurisdiction: Mapped[str] = _code("jurisdiction", nullable=False)
    forum_name: Mapped[str] = _name(nullable=False)
    forum_kind: Mapped[E.ForumKind] = mapped_column(
        enum_type(E.ForumKind, "forum_kind"), nullable=False
    )
    reference: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    stage: Mapped[str | None] = _name()
    status: Mapped[E.ProceedingStatus] = mapped_column(
        enum_type(E.ProceedingStatus, "proceeding_status"),
        nullable=False,
        default=E.ProceedingStatus.ACTIVE,
    )
    assigned_lawyer_id: Mapped[str | None] = _team_ref()
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    appeal_of_id: Mapped[str | None] = mapped_column(
        ForeignKey("proceedings.id", ondelete="SET NULL"),
        nullable=True,
        info={"ref": "proceeding"},
    )

    decisions: Mapped[list[Decision]] = relationship(cascade="all, delete-orphan")
    hearings: Mapped[list[Hearing]] = relationship(cascade="all, delete-orphan")


class Decision(Editable, Base):
    """A decision in a proceeding: outcome, date, and when it was notified (appeal clocks)."""

    __tablename__ = "decisions"

    proceeding_id: Mapped[str] = _owner("proceedings")
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    notified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[E.DecisionOutcome] = mapped_column(
        enum_type(E.DecisionOutcome, "decision_outcome"), nullable=False
    )
    decided_by: Mapped[str | None] = _name()
    summary: Mapped[str | None] = _text()
    # A decision refusing a child's return (outcome ``return_refused``): the Hague 1980
    # grounds it rests on. Based solely on Art. 13(1)(b) or 13(2), it opens Brussels IIb
    # Art. 29, whose certificate (Annex I) the court issues ex officio.
    return_refusal_grounds: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, default=list, info={"items": E.ReturnRefusalGround}
    )
    art29_certificate_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    art29_certificate_issued_by: Mapped[str | None] = _name()


class Hearing(Editable, Base):
    """A hearing: when (an instant plus the forum's time zone), where, who, and its outcome."""

    __tablename__ = "hearings"

    proceeding_id: Mapped[str] = _owner("proceedings")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, index=True)
    time_zone: Mapped[str] = mapped_column(String(64), nullable=False, info={"code": "time_zone"})
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    hearing_type: Mapped[str | None] = _name()
    forum: Mapped[str | None] = _name()
    room: Mapped[str | None] = mapped_column(String(80), nullable=True)
    judge: Mapped[str | None] = _name()
    remote_link: Mapped[str | None] = mapped_column(String(400), nullable=True)
    interpreter_language: Mapped[str | None] = _code("language")
    interpreter_id: Mapped[str | None] = _team_ref()
    interpreter_name: Mapped[str | None] = _name()
    outcome: Mapped[E.HearingOutcome] = mapped_column(
        enum_type(E.HearingOutcome, "hearing_outcome"),
        nullable=False,
        default=E.HearingOutcome.SCHEDULED,
    )
    adjournment_reason: Mapped[str | None] = _text()
    next_hearing_id: Mapped[str | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), nullable=True, info={"ref": "hearing"}
    )

    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration"),
    )


class PlacementRequest(Editable, Base):
    """A request for consent to place the child in another State (Brussels IIb Art. 82,
    Hague 1996 Art. 33): the States, the placement planned, and the requested State's decision.

    The requested State decides within three months of receiving it (Art. 82(6)).
    """

    __tablename__ = "placement_requests"

    case_id: Mapped[str] = _owner("cases")
    requesting_state: Mapped[str] = _code("country", nullable=False)
    requested_state: Mapped[str] = _code("country", nullable=False)  # the receiving State
    placement_kind: Mapped[E.PlacementKind | None] = mapped_column(
        enum_type(E.PlacementKind, "placement_kind"), nullable=True
    )
    planned_placement: Mapped[str | None] = mapped_column(String(400), nullable=True)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent: Mapped[E.PlacementConsent] = mapped_column(
        enum_type(E.PlacementConsent, "placement_consent"),
        nullable=False,
        default=E.PlacementConsent.PENDING,
    )
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    central_authority_reference: Mapped[str | None] = mapped_column(String(80), nullable=True)
    notes: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint(
            "received_on IS NULL OR sent_on IS NULL OR received_on >= sent_on",
            name="received_after_sent",
        ),
        CheckConstraint(
            "decided_on IS NULL OR received_on IS NULL OR decided_on >= received_on",
            name="decided_after_received",
        ),
    )


class Deadline(Editable, Base):
    """A date by which something must be done, where it came from, and whether it is met."""

    __tablename__ = "deadlines"

    case_id: Mapped[str] = _owner("cases")
    proceeding_id: Mapped[str | None] = mapped_column(
        ForeignKey("proceedings.id", ondelete="CASCADE"), nullable=True, info={"ref": "proceeding"}
    )
    hearing_id: Mapped[str | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="CASCADE"), nullable=True, info={"ref": "hearing"}
    )
    # The placement abroad that needs the receiving State's consent first.
    placement_id: Mapped[str | None] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"),
        nullable=True,
        info={"ref": "placement"},
    )
    # The request for consent to a cross-border placement it counts from.
    placement_request_id: Mapped[str | None] = mapped_column(
        ForeignKey("placement_requests.id", ondelete="CASCADE"),
        nullable=True,
        info={"ref": "placement_request"},
    )
    # The civil document whose issue or expiry date the deadline counts from.
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("civil_documents.id", ondelete="CASCADE"),
        nullable=True,
        info={"ref": "document"},
    )
    title: Mapped[str] = mapped_column(String(400), nullable=False)
    # Something to do or follow up (obtain a consent) rather than a last day.
    task: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    # When the deadline depends on an uncertain date (an estimated birth date), the latest
    # possible day; ``due_on`` is then the earliest, which is what alerts use.
    due_latest_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[E.DeadlineSource] = mapped_column(
        enum_type(E.DeadlineSource, "deadline_source"), nullable=False
    )
    rule_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    citation: Mapped[str | None] = mapped_column(String(400), nullable=True)
    # How a rule's deadline was counted, in words a lawyer checks ("... moved to Monday").
    explanation: Mapped[str | None] = _text()
    # What a rule's deadline assumed for a fact the case does not record ("counted from the
    # decision date because no notification date is recorded"); None when counted from
    # recorded facts. A deadline with an assumption is shown marked "assumed".
    assumption: Mapped[str | None] = _text()
    # who is to do it (a screening's or a missing episode's action)
    owner_id: Mapped[str | None] = _team_ref()
    status: Mapped[E.DeadlineStatus] = mapped_column(
        enum_type(E.DeadlineStatus, "deadline_status"),
        nullable=False,
        default=E.DeadlineStatus.OPEN,
    )
    status_reason: Mapped[str | None] = _text()
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint(
            "due_latest_on IS NULL OR due_latest_on >= due_on", name="latest_after_earliest"
        ),
    )


class DatabaseState(Base):
    """What the program remembers about this database (e.g. the rules its deadlines use)."""

    __tablename__ = "database_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


# --- civil documents -------------------------------------------------------------------------


class Attachment(Base):
    """A stored file (scan, e-Apostille, translation), deduplicated by its SHA-256."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)

    __table_args__ = (CheckConstraint("size >= 0", name="size"),)


def _attachment_ref(nullable: bool = True) -> Any:
    return mapped_column(
        ForeignKey("attachments.sha256", ondelete="RESTRICT"),
        nullable=nullable,
        info={"ref": "attachment"},
    )


class CivilDocument(Editable, Base):
    """A civil document of the child or of a family member, as held by the team."""

    __tablename__ = "civil_documents"

    case_id: Mapped[str] = _owner("cases")
    # None: the document is the child's own.
    family_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("family_members.id", ondelete="SET NULL"),
        nullable=True,
        info={"ref": "family_member"},
    )
    document_type: Mapped[E.DocumentType] = mapped_column(
        enum_type(E.DocumentType, "document_type"), nullable=False
    )
    title: Mapped[str | None] = _name()
    issuing_country: Mapped[str] = _code("country", nullable=False)
    issuing_authority: Mapped[str | None] = _name()
    number: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str | None] = _code("language")
    script: Mapped[str | None] = _code("script")
    copy_kind: Mapped[E.CopyKind] = mapped_column(
        enum_type(E.CopyKind, "copy_kind"), nullable=False
    )

    files: Mapped[list[DocumentFile]] = relationship(cascade="all, delete-orphan")
    authentication_steps: Mapped[list[AuthenticationStep]] = relationship(
        cascade="all, delete-orphan"
    )
    translations: Mapped[list[Translation]] = relationship(cascade="all, delete-orphan")
    recognitions: Mapped[list[Recognition]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint(
            "expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on",
            name="expires_after_issue",
        ),
    )


class DocumentFile(Editable, Base):
    """A scan of a document; the original file name is kept only as information."""

    __tablename__ = "document_files"

    document_id: Mapped[str] = _owner("civil_documents")
    attachment_id: Mapped[str] = _attachment_ref(nullable=False)
    original_filename: Mapped[str | None] = mapped_column(String(255), nullable=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AuthenticationStep(Editable, Base):
    """One step of a document's authentication chain.

    For an apostille, the ten numbered fields of the certificate (Hague 1961) map to:
    1 ``country``, 2 ``signed_by``, 3 ``acting_as``, 4 ``seal_of``, 5 ``place``,
    6 ``performed_on``, 7 ``authority``, 8 ``reference``, 9 ``seal_present``,
    10 ``signature_present``. An e-Apostille keeps its file and its e-Register reference.
    """

    __tablename__ = "authentication_steps"

    document_id: Mapped[str] = _owner("civil_documents")
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[E.AuthenticationKind] = mapped_column(
        enum_type(E.AuthenticationKind, "authentication_kind"), nullable=False
    )
    performed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    country: Mapped[str | None] = _code("country")
    authority: Mapped[str | None] = _name()
    reference: Mapped[str | None] = mapped_column(String(80), nullable=True)
    signed_by: Mapped[str | None] = _name()
    acting_as: Mapped[str | None] = _name()
    seal_of: Mapped[str | None] = _name()
    place: Mapped[str | None] = _name()
    seal_present: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    signature_present: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    e_register_reference: Mapped[str | None] = _name()
    e_register_url: Mapped[str | None] = mapped_column(String(400), nullable=True)
    attachment_id: Mapped[str | None] = _attachment_ref()
    notes: Mapped[str | None] = _text()

    __table_args__ = (UniqueConstraint("document_id", "sequence"),)


class Translation(Editable, Base):
    """A translation of a document: languages, translator, sworn or not, and where accepted."""

    __tablename__ = "translations"

    document_id: Mapped[str] = _owner("civil_documents")
    source_language: Mapped[str] = _code("language", nullable=False)
    target_language: Mapped[str] = _code("language", nullable=False)
    translator_name: Mapped[str] = _name(nullable=False)
    kind: Mapped[E.TranslationKind] = mapped_column(
        enum_type(E.TranslationKind, "translation_kind"), nullable=False
    )
    sworn_in_jurisdiction: Mapped[str | None] = _code("jurisdiction")
    translated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    accepted_by: Mapped[str | None] = _name()
    attachment_id: Mapped[str | None] = _attachment_ref()


class Recognition(Editable, Base):
    """Whether a document or order is recognised in one destination jurisdiction, and why."""

    __tablename__ = "recognitions"

    document_id: Mapped[str] = _owner("civil_documents")
    jurisdiction: Mapped[str] = _code("jurisdiction", nullable=False)
    status: Mapped[E.RecognitionStatus] = mapped_column(
        enum_type(E.RecognitionStatus, "recognition_status"), nullable=False
    )
    legal_basis: Mapped[str | None] = mapped_column(String(400), nullable=True)
    evidence: Mapped[str | None] = _text()
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refusal_grounds: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, info={"items": E.RefusalGround}
    )
    advance_recognition: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    certificate_kind: Mapped[E.CertificateKind | None] = mapped_column(
        enum_type(E.CertificateKind, "certificate_kind"), nullable=True
    )
    certificate_reference: Mapped[str | None] = mapped_column(String(80), nullable=True)

    __table_args__ = (UniqueConstraint("document_id", "jurisdiction"),)


# --- filings ----------------------------------------------------------------------------------


class Filing(Editable, Base):
    """A filing made from a form: which form and version, in which language and format, by
    whom and when, what the clerk typed for it, and the file (kept once per content)."""

    __tablename__ = "filings"

    case_id: Mapped[str] = _owner("cases")
    form_id: Mapped[str] = mapped_column(String(80), nullable=False)
    form_version: Mapped[str] = mapped_column(String(20), nullable=False)
    title: Mapped[str] = _name(nullable=False)
    language: Mapped[str] = _code("language", nullable=False)
    format: Mapped[E.FilingFormat] = mapped_column(
        enum_type(E.FilingFormat, "filing_format"), nullable=False
    )
    proceeding_id: Mapped[str | None] = mapped_column(
        ForeignKey("proceedings.id", ondelete="SET NULL"),
        nullable=True,
        info={"ref": "proceeding"},
    )
    hearing_id: Mapped[str | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), nullable=True, info={"ref": "hearing"}
    )
    made_by: Mapped[str | None] = _name()
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # What the clerk typed at filing time (JSON object), to make the filing again after edits.
    inputs: Mapped[str | None] = _text()
    exhibit_ids: Mapped[list[str]] = mapped_column(CodeList, nullable=False, default=list)
    attachment_id: Mapped[str] = _attachment_ref(nullable=False)


# --- protection -------------------------------------------------------------------------------


class Consent(Editable, Base):
    """Consent by purpose and recipient, or the legitimate basis used instead."""

    __tablename__ = "consents"

    case_id: Mapped[str] = _owner("cases")
    purpose: Mapped[E.ConsentPurpose] = mapped_column(
        enum_type(E.ConsentPurpose, "consent_purpose"), nullable=False
    )
    # The recipient is an organisation by name, or any organisation of a kind.
    recipient: Mapped[str] = _name(nullable=False)
    recipient_kind: Mapped[E.OrganisationKind | None] = mapped_column(
        enum_type(E.OrganisationKind, "organisation_kind"), nullable=True
    )
    # Consent, or a legitimate basis whose reason is ``legal_basis``.
    basis: Mapped[E.LegalBasis] = mapped_column(
        enum_type(E.LegalBasis, "legal_basis_kind"), nullable=False, default=E.LegalBasis.CONSENT
    )
    given_by: Mapped[str | None] = _name()
    giver: Mapped[E.ConsentGiver | None] = mapped_column(
        enum_type(E.ConsentGiver, "consent_giver"), nullable=True
    )
    child_age: Mapped[int | None] = mapped_column(Integer, nullable=True)  # when it was given
    capacity: Mapped[str | None] = _text()  # the child's capacity to consent, as assessed
    given_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    legal_basis: Mapped[str | None] = mapped_column(String(400), nullable=True)
    # Which sections of the case it covers (``domain/roles.SECTIONS``); none recorded covers
    # no disclosure.
    sections: Mapped[list[str]] = mapped_column(
        CodeList, nullable=False, default=list, info={"items": E.CaseSection}
    )
    notes: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint(
            "(given_on IS NOT NULL AND given_by IS NOT NULL) OR legal_basis IS NOT NULL",
            name="consent_or_basis",
        ),
        CheckConstraint("child_age IS NULL OR child_age BETWEEN 0 AND 30", name="child_age_range"),
    )


class RiskFlag(Editable, Base):
    """A trafficking indicator raised for the child."""

    __tablename__ = "risk_flags"

    case_id: Mapped[str] = _owner("cases")
    indicator: Mapped[E.RiskIndicator] = mapped_column(
        enum_type(E.RiskIndicator, "risk_indicator"), nullable=False
    )
    level: Mapped[E.RiskLevel] = mapped_column(enum_type(E.RiskLevel, "risk_level"), nullable=False)
    raised_on: Mapped[date] = mapped_column(Date, nullable=False)
    raised_by_id: Mapped[str | None] = _team_ref()
    status: Mapped[E.FlagStatus] = mapped_column(
        enum_type(E.FlagStatus, "flag_status"), nullable=False, default=E.FlagStatus.OPEN
    )
    details: Mapped[str | None] = _text()

    actions: Mapped[list[RiskAction]] = relationship(cascade="all, delete-orphan")


class RiskAction(Editable, Base):
    """A follow-up action on a risk flag, with its owner and due date."""

    __tablename__ = "risk_actions"

    flag_id: Mapped[str] = _owner("risk_flags")
    description: Mapped[str] = mapped_column(String(400), nullable=False)
    owner_id: Mapped[str | None] = _team_ref()
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Screening(Editable, Base):
    """A screening for trafficking risk with an instrument (``resources/screening/``): who
    asked, with which interpreter and in which language, the answers (below), the concern
    level the instrument's rule gives, and the level a person raised it to, with why."""

    __tablename__ = "screenings"

    case_id: Mapped[str] = _owner("cases")
    instrument_id: Mapped[str] = mapped_column(String(80), nullable=False)
    instrument_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    screened_on: Mapped[date] = mapped_column(Date, nullable=False)
    screened_by_id: Mapped[str | None] = _team_ref()
    interpreter_id: Mapped[str | None] = _team_ref()
    language: Mapped[str | None] = _code("language")
    concern: Mapped[E.ConcernLevel] = mapped_column(
        enum_type(E.ConcernLevel, "concern_level"), nullable=False
    )
    raised_to: Mapped[E.ConcernLevel | None] = mapped_column(
        enum_type(E.ConcernLevel, "raised_concern_level"), nullable=True
    )
    raised_because: Mapped[str | None] = _text()
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str | None] = _text()


class ScreeningAnswerRow(Editable, Base):
    """One indicator's answer in a screening, with what it rests on."""

    __tablename__ = "screening_answers"

    screening_id: Mapped[str] = _owner("screenings")
    indicator_id: Mapped[str] = mapped_column(String(80), nullable=False)
    answer: Mapped[E.ScreeningAnswer] = mapped_column(
        enum_type(E.ScreeningAnswer, "screening_answer"), nullable=False
    )
    evidence: Mapped[str | None] = _text()


class BestInterestsAssessment(Editable, Base):
    """A best-interests assessment or determination: who took part, the child's views in
    the child's words, the options, the recommendation, the decision and its review."""

    __tablename__ = "best_interests"

    case_id: Mapped[str] = _owner("cases")
    kind: Mapped[E.BestInterestsKind] = mapped_column(
        enum_type(E.BestInterestsKind, "best_interests_kind"), nullable=False
    )
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    participants: Mapped[str | None] = mapped_column(String(400), nullable=True)
    childs_views: Mapped[str | None] = _text()
    options: Mapped[str | None] = _text()
    recommendation: Mapped[str | None] = _text()
    decision: Mapped[str | None] = _text()
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class MissingEpisode(Editable, Base):
    """A child gone missing from a placement: when, from where, who reported it and to whom,
    and when the child came back."""

    __tablename__ = "missing_episodes"

    case_id: Mapped[str] = _owner("cases")
    missing_since: Mapped[date] = mapped_column(Date, nullable=False)
    missing_from: Mapped[str | None] = mapped_column(String(400), nullable=True)
    reported_by: Mapped[str | None] = _name()
    reported_to: Mapped[str | None] = mapped_column(String(400), nullable=True)
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Whose rules apply (resources/protection/missing.toml); none: the placement's, the case's.
    jurisdiction: Mapped[str | None] = _code("jurisdiction")
    notes: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint(
            "returned_on IS NULL OR returned_on >= missing_since", name="returned_after_missing"
        ),
    )


class CareService(Editable, Base):
    """A service the child receives or is referred to (school, health, mental health,
    shelter, legal help, language classes), with the provider, where the referral stands, its
    dates and the next follow-up; for school, the enrolment, the grade and whether earlier
    studies are recognised."""

    __tablename__ = "care_services"

    case_id: Mapped[str] = _owner("cases")
    kind: Mapped[E.ServiceKind] = mapped_column(
        enum_type(E.ServiceKind, "service_kind"), nullable=False
    )
    provider: Mapped[str] = _name(nullable=False)
    contact: Mapped[str | None] = mapped_column(String(400), nullable=True)
    status: Mapped[E.ServiceStatus] = mapped_column(
        enum_type(E.ServiceStatus, "service_status"), nullable=False
    )
    referred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    followed_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible_id: Mapped[str | None] = _team_ref()
    enrolled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    grade: Mapped[str | None] = mapped_column(String(80), nullable=True)
    earlier_studies: Mapped[E.EarlierStudies | None] = mapped_column(
        enum_type(E.EarlierStudies, "earlier_studies"), nullable=True
    )
    outcome: Mapped[str | None] = _text()
    notes: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint(
            "ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on",
            name="service_ended_after_start",
        ),
    )


class CareGoal(Editable, Base):
    """A goal of the child's care plan: what it is about, what is to be reached, when it is
    reviewed, and how it stands."""

    __tablename__ = "care_goals"

    case_id: Mapped[str] = _owner("cases")
    area: Mapped[E.CareArea] = mapped_column(enum_type(E.CareArea, "care_area"), nullable=False)
    goal: Mapped[str] = mapped_column(String(400), nullable=False)
    set_on: Mapped[date] = mapped_column(Date, nullable=False)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[E.GoalStatus] = mapped_column(
        enum_type(E.GoalStatus, "goal_status"), nullable=False, default=E.GoalStatus.OPEN
    )
    responsible_id: Mapped[str | None] = _team_ref()
    notes: Mapped[str | None] = _text()


class TracingRequest(Editable, Base):
    """A request to trace a relative of the child: to whom it went (the Red Cross's Restoring
    Family Links, UNHCR, an authority), their reference, and how it stands."""

    __tablename__ = "tracing_requests"

    case_id: Mapped[str] = _owner("cases")
    family_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("family_members.id", ondelete="SET NULL"),
        nullable=True,
        info={"ref": "family_member"},
    )
    requested_on: Mapped[date] = mapped_column(Date, nullable=False)
    agency: Mapped[str] = _name(nullable=False)
    agency_reference: Mapped[str | None] = mapped_column(String(80), nullable=True)
    status: Mapped[E.TracingRequestStatus] = mapped_column(
        enum_type(E.TracingRequestStatus, "tracing_request_status"),
        nullable=False,
        default=E.TracingRequestStatus.OPEN,
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str | None] = _text()

    __table_args__ = (
        CheckConstraint(
            "closed_on IS NULL OR closed_on >= requested_on", name="closed_after_request"
        ),
    )


class Note(Editable, Base):
    """A note on the case; the child's own views are recorded in their words as a note."""

    __tablename__ = "notes"

    case_id: Mapped[str] = _owner("cases")
    kind: Mapped[E.NoteKind] = mapped_column(enum_type(E.NoteKind, "note_kind"), nullable=False)
    author_id: Mapped[str | None] = _team_ref()
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    language: Mapped[str | None] = _code("language")
    restricted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, info={"max_length": LONG_TEXT})


# --- the audit log ---------------------------------------------------------------------------


class AuditEntry(Base):
    """One entry of the append-only audit log: who did what, when, to which case.

    ``mac`` chains it to the entry before (``domain/audit.py``). ``case_id`` is no foreign key:
    the log outlives what it speaks of. ``detail`` is JSON (which fields changed, how many
    cases were exported...), never a restricted text.
    """

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    actor: Mapped[str] = mapped_column(String(NAME), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    mac: Mapped[str] = mapped_column(String(64), nullable=False)


# --- partner organisations and referrals -------------------------------------------------------


class Partner(Editable, Base):
    """A partner organisation a case may be sent to or received from, with the keys of its
    contact card: an age recipient to seal to, an Ed25519 key to check its signatures.

    The keys are pinned when the card is first read; a person confirms the fingerprint by
    telephone (``status`` confirmed). A new card signed by the pinned key replaces it; one
    that is not waits in ``next_*`` until confirmed again. Retired keys stay in
    ``retired_keys`` (their signatures are no longer accepted)."""

    __tablename__ = "partners"

    name: Mapped[str] = _name(nullable=False)
    country: Mapped[str | None] = _code("country")
    kind: Mapped[E.OrganisationKind] = mapped_column(
        enum_type(E.OrganisationKind, "organisation_kind"), nullable=False
    )
    contact: Mapped[str | None] = mapped_column(String(400), nullable=True)
    status: Mapped[E.PartnerStatus] = mapped_column(
        enum_type(E.PartnerStatus, "partner_status"), nullable=False
    )
    age_recipient: Mapped[str] = mapped_column(String(100), nullable=False)
    verify_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    pinned_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    confirmed_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    next_age_recipient: Mapped[str | None] = mapped_column(String(100), nullable=True)
    next_verify_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    retired_keys: Mapped[list[str]] = mapped_column(CodeList, nullable=False, default=list)
    notes: Mapped[str | None] = _text()


class Referral(Editable, Base):
    """A case sent to a partner (outgoing) or received from one (incoming), and its state."""

    __tablename__ = "referrals"

    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    direction: Mapped[E.ReferralDirection] = mapped_column(
        enum_type(E.ReferralDirection, "referral_direction"), nullable=False
    )
    purpose: Mapped[E.ConsentPurpose] = mapped_column(
        enum_type(E.ConsentPurpose, "consent_purpose"), nullable=False
    )
    sections: Mapped[list[str]] = mapped_column(CodeList, nullable=False, default=list)
    consent_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    override_reason: Mapped[str | None] = _text()
    state: Mapped[E.ReferralState] = mapped_column(
        enum_type(E.ReferralState, "referral_state"), nullable=False
    )
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    made_by: Mapped[str | None] = mapped_column(String(80), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answer_note: Mapped[str | None] = _text()
    note: Mapped[str | None] = _text()
    # The task on the case's calendar that comes due when the partner has not answered.
    follow_up_id: Mapped[str | None] = mapped_column(
        ForeignKey("deadlines.id", ondelete="SET NULL"), nullable=True
    )


class ReceivedBundle(Base):
    """Every bundle received, kept so that the same bundle is never taken in twice."""

    __tablename__ = "received_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    partner_id: Mapped[str] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), nullable=False
    )
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    outcome: Mapped[str] = mapped_column(String(40), nullable=False)
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


# --- search -----------------------------------------------------------------------------------


class SearchDocument(Base):
    """The folded text of one case that search matches against (names, numbers).

    On SQLite an FTS5 index (``search_fts``) is kept in step with this table by triggers made
    in the migrations; other databases match this table directly.
    """

    __tablename__ = "search_documents"

    rowid: Mapped[int] = mapped_column("id", Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # The folded text of each section a search may match (``domain/roles.py``): the child's
    # names and the reference, the family, the proceedings' numbers, the documents' numbers.
    body: Mapped[str] = mapped_column(Text, nullable=False)
    family: Mapped[str | None] = mapped_column(Text, nullable=True)
    proceedings: Mapped[str | None] = mapped_column(Text, nullable=True)
    documents: Mapped[str | None] = mapped_column(Text, nullable=True)


class CaseAccess(Base):
    """Who is assigned to a case (derived from the case, rebuilt whenever it is written):
    the record scope "assigned" is one indexed lookup here."""

    __tablename__ = "case_access"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    team_member_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)


class HearingFileCheck(Base):
    """Whether the child's documents were court-ready for a hearing a week before it
    (derived, written with the case: ``services/documents/file_checks.py``). Worked out again
    at every save until that day has passed; after it, it stays as the records then stood."""

    __tablename__ = "hearing_file_checks"

    hearing_id: Mapped[str] = mapped_column(
        ForeignKey("hearings.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[str] = _owner("cases")
    hearing_on: Mapped[date] = mapped_column(Date, nullable=False)  # its local day
    checked_for: Mapped[date] = mapped_column(Date, nullable=False)  # a week before
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)  # the day it was worked out
    documents: Mapped[int] = mapped_column(Integer, nullable=False)
    ready: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (CheckConstraint("ready >= 0 AND ready <= documents", name="ready_of_held"),)


Index("ix_hearings_next", Hearing.next_hearing_id)
# The record scope of a role looks the signed-in person up in these (storage.repositories).
Index("ix_cases_lead_lawyer_id", Case.lead_lawyer_id)
Index("ix_cases_caseworker_id", Case.caseworker_id)
Index("ix_proceedings_assigned_lawyer_id", Proceeding.assigned_lawyer_id)
Index("ix_guardian_appointments_team_member_id", GuardianAppointment.team_member_id)
Index("ix_hearings_interpreter_id", Hearing.interpreter_id)
Index("ix_children_names", Child.family_name, Child.given_names)
# The forums the case window offers (storage.repositories.forum_names).
Index("ix_proceedings_forum_name", Proceeding.forum_name)
# Reports read these without visiting the rows (services/reports: the first hearing of each
# case, the deadlines due in a period, each proceeding's latest decision).
Index("ix_hearings_proceeding_starts", Hearing.proceeding_id, Hearing.starts_at)
Index(
    "ix_hearing_file_checks_report",
    HearingFileCheck.hearing_on,
    HearingFileCheck.checked_for,
    HearingFileCheck.case_id,
    HearingFileCheck.documents,
    HearingFileCheck.ready,
)
Index(
    "ix_deadlines_report",
    Deadline.due_on,
    Deadline.task,
    Deadline.status,
    Deadline.completed_on,
    Deadline.due_latest_on,
    Deadline.case_id,
)
Index(
    "ix_decisions_proceeding_decided", Decision.proceeding_id, Decision.decided_on, Decision.outcome
)
