"""The closed vocabularies of the domain.

The values are what the database and the exchange format store; they never change meaning.
Labels for people come from the UI's translations, not from here.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class DobCertainty(StrEnum):
    """How sure the team is of a date of birth (see DOMAIN.md, People)."""

    DOCUMENTED = "documented"
    DECLARED = "declared"
    ESTIMATED = "estimated"
    AGE_ASSESSED = "age_assessed"


class AgeAssessmentMethod(StrEnum):
    HOLISTIC_INTERVIEW = "holistic_interview"
    DOCUMENT_REVIEW = "document_review"
    MEDICAL_EXAMINATION = "medical_examination"
    DENTAL_XRAY = "dental_xray"
    WRIST_XRAY = "wrist_xray"
    CLAVICLE_CT = "clavicle_ct"
    OTHER = "other"


class ProtectionStatus(StrEnum):
    """Whether the child is without any adult responsible for them."""

    UNACCOMPANIED = "unaccompanied"
    SEPARATED = "separated"
    ACCOMPANIED = "accompanied"


class PlacementKind(StrEnum):
    SHELTER = "shelter"
    FOSTER_FAMILY = "foster_family"
    RELATIVE = "relative"
    INDEPENDENT = "independent"
    OTHER = "other"


class Relationship(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    AUNT_UNCLE = "aunt_uncle"
    COUSIN = "cousin"
    SPOUSE = "spouse"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"


class TracingStatus(StrEnum):
    NOT_STARTED = "not_started"
    TRACING = "tracing"
    LOCATED = "located"
    REUNIFIED = "reunified"
    DECEASED = "deceased"
    NOT_TO_BE_CONTACTED = "not_to_be_contacted"


class GuardianType(StrEnum):
    LEGAL_GUARDIAN = "legal_guardian"
    TEMPORARY_CUSTODIAN = "temporary_custodian"
    GUARDIAN_AD_LITEM = "guardian_ad_litem"
    FOSTER_CARER = "foster_carer"
    KAFALA_HOLDER = "kafala_holder"


class GuardianPower(StrEnum):
    EDUCATION = "education"
    HEALTH = "health"
    LEGAL_REPRESENTATION = "legal_representation"
    TRAVEL = "travel"
    PROPERTY = "property"


class TeamRole(StrEnum):
    LAWYER = "lawyer"
    GUARDIAN_AD_LITEM = "guardian_ad_litem"
    CASEWORKER = "caseworker"
    CLERK = "clerk"
    INTERPRETER = "interpreter"


class ProceedingKind(StrEnum):
    GUARDIANSHIP = "guardianship"
    TEMPORARY_CUSTODY = "temporary_custody"
    ASYLUM = "asylum"
    HUMANITARIAN_STATUS = "humanitarian_status"
    SIJS = "sijs"
    FAMILY_REUNIFICATION = "family_reunification"
    RECOGNITION = "recognition"
    APPEAL = "appeal"
    # The return of a wrongfully removed or retained child (Hague 1980; Brussels IIb, ch. III).
    CHILD_RETURN = "child_return"


class ForumKind(StrEnum):
    COURT = "court"
    TRIBUNAL = "tribunal"
    AGENCY = "agency"


class ProceedingStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class DecisionOutcome(StrEnum):
    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    REFUSED = "refused"
    DISMISSED = "dismissed"
    WITHDRAWN = "withdrawn"
    REMITTED = "remitted"
    OTHER = "other"
    # The child's return refused (Hague 1980 Art. 12, 13, 20); its grounds are on the decision.
    RETURN_REFUSED = "return_refused"


class ReturnRefusalGround(StrEnum):
    """Hague 1980 Convention: the grounds on which a child's return may be refused.

    A refusal based solely on Art. 13(1)(b) or 13(2) starts Brussels IIb Art. 29.
    """

    SETTLED_AFTER_ONE_YEAR = "art_12"
    CONSENT_OR_NOT_EXERCISING = "art_13_1_a"
    GRAVE_RISK = "art_13_1_b"
    CHILDS_OBJECTIONS = "art_13_2"
    FUNDAMENTAL_PRINCIPLES = "art_20"


class HearingOutcome(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    ADJOURNED = "adjourned"
    DECIDED = "decided"
    VACATED = "vacated"


class DeadlineSource(StrEnum):
    RULE = "rule"
    MANUAL = "manual"
    COURT_ORDER = "court_order"


class FilingFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    WAIVED = "waived"


class DocumentType(StrEnum):
    BIRTH_CERTIFICATE = "birth_certificate"
    FAMILY_REGISTER_EXTRACT = "family_register_extract"
    NATIONAL_ID = "national_id"
    PASSPORT = "passport"
    RESIDENCE_PERMIT = "residence_permit"
    TRAVEL_DOCUMENT = "travel_document"
    DEATH_CERTIFICATE = "death_certificate"
    MARRIAGE_CERTIFICATE = "marriage_certificate"
    CUSTODY_ORDER = "custody_order"
    GUARDIANSHIP_ORDER = "guardianship_order"
    SCHOOL_RECORD = "school_record"
    MEDICAL_REPORT = "medical_report"
    AGE_ASSESSMENT_REPORT = "age_assessment_report"
    # Regulation (EU) 2019/1111 (Brussels IIb): the certificate a court or authority of origin
    # issues for a decision (Art. 36), for a privileged decision on access or return (Art. 47)
    # or for an authentic instrument or agreement (Art. 66); and an authentic instrument or
    # registered agreement on parental responsibility itself (Arts. 64-68). Under Brussels IIa
    # (Regulation 2201/2003), the certificate is the one of Art. 39 (or Arts. 41, 42).
    EU_CERTIFICATE = "eu_certificate"
    AUTHENTIC_INSTRUMENT = "authentic_instrument"
    OTHER = "other"


class CopyKind(StrEnum):
    ORIGINAL = "original"
    CERTIFIED_COPY = "certified_copy"
    PLAIN_COPY = "plain_copy"


class AuthenticationKind(StrEnum):
    """One step of a document's authentication chain (see DOMAIN.md, Civil documents)."""

    APOSTILLE = "apostille"
    E_APOSTILLE = "e_apostille"
    LEGALISATION_NOTARY = "legalisation_notary"
    LEGALISATION_MINISTRY = "legalisation_ministry"
    LEGALISATION_CONSULATE = "legalisation_consulate"
    EU_2016_1191_EXEMPTION = "eu_2016_1191_exemption"
    MULTILINGUAL_STANDARD_FORM = "multilingual_standard_form"
    NOTARISED_COPY = "notarised_copy"


class TranslationKind(StrEnum):
    SWORN = "sworn"
    CERTIFIED = "certified"
    PLAIN = "plain"


class RecognitionStatus(StrEnum):
    RECOGNISED = "recognised"
    PENDING = "pending"
    REFUSED = "refused"
    NOT_REQUIRED = "not_required"


class RefusalGround(StrEnum):
    """Hague 1996 Convention, Art. 23(2): the only grounds to refuse recognition."""

    NO_JURISDICTION = "art23_2_a"
    CHILD_NOT_HEARD = "art23_2_b"
    PARENT_NOT_HEARD = "art23_2_c"
    PUBLIC_POLICY = "art23_2_d"
    INCOMPATIBLE_LATER_MEASURE = "art23_2_e"
    ART33_NOT_FOLLOWED = "art23_2_f"


class CertificateKind(StrEnum):
    HAGUE_1996_ART40 = "hague1996_art40"
    BRUSSELS_IIB_ART36 = "brussels_iib_art36"
    BRUSSELS_IIB_ART47 = "brussels_iib_art47"


class PlacementConsent(StrEnum):
    """The requested State's decision on consent to a cross-border placement (Brussels IIb
    Art. 82; Hague 1996 Art. 33)."""

    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


class ConsentPurpose(StrEnum):
    """What a consent (or a legitimate basis) allows the child's data to be used for. The
    purposes of a referral to a partner organisation (``domain/consent.py``) are among them;
    "disclosure" covers any disclosure to the consent's recipient."""

    SERVICES = "services"
    DISCLOSURE = "disclosure"
    REPORTING = "reporting"
    LEGAL_REPRESENTATION = "legal_representation"
    GUARDIANSHIP = "guardianship"
    CARE = "care"
    FAMILY_TRACING = "family_tracing"
    OTHER = "other"


class CaseSection(StrEnum):
    """The sections of a case a role is granted and a consent covers (``domain/roles.py``)."""

    IDENTITY = "identity"
    FAMILY = "family"
    GUARDIANS = "guardians"
    PROCEEDINGS = "proceedings"
    DOCUMENTS = "documents"
    PROTECTION = "protection"
    VIEWS = "views"
    HEALTH = "health"
    CONSENTS = "consents"
    FILINGS = "filings"
    SERVICES = "services"


class ConsentGiver(StrEnum):
    """Who gave a consent."""

    CHILD = "child"
    GUARDIAN = "guardian"
    PARENT = "parent"
    LEGAL_REPRESENTATIVE = "legal_representative"
    OTHER = "other"


class LegalBasis(StrEnum):
    """What a use of the child's data rests on: consent, or a legitimate basis recorded with
    its reason instead (GDPR Art. 6(1); a court's order)."""

    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    COURT_ORDER = "court_order"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class OrganisationKind(StrEnum):
    """The kind of a partner organisation; a consent may name a kind instead of one."""

    LEGAL_AID = "legal_aid"
    CHILD_PROTECTION = "child_protection"
    GUARDIANSHIP_AUTHORITY = "guardianship_authority"
    SHELTER = "shelter"
    HEALTH = "health"
    EDUCATION = "education"
    FAMILY_TRACING = "family_tracing"
    OTHER = "other"


class PartnerStatus(StrEnum):
    """Where a partner's keys stand: pinned when its card was read, confirmed once a person
    has compared the fingerprint by telephone, revoked when no longer trusted."""

    PINNED = "pinned"
    CONFIRMED = "confirmed"
    REVOKED = "revoked"


class ReferralState(StrEnum):
    """A referral's state (as in Primero): in progress → sent → accepted / rejected → done,
    or revoked by the sender."""

    IN_PROGRESS = "in_progress"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DONE = "done"
    REVOKED = "revoked"


class ReferralDirection(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class RiskIndicator(StrEnum):
    """Trafficking indicators screened for (see DOMAIN.md, Protection)."""

    IRREGULAR_ROUTE = "irregular_route"
    THIRD_PARTY_HOLDS_DOCUMENTS = "third_party_holds_documents"
    SUDDEN_SEPARATION = "sudden_separation"
    UNEXPLAINED_RESIDENCE_CHANGES = "unexplained_residence_changes"
    SMUGGLER_DEBT = "smuggler_debt"
    WORK = "work"
    OTHER = "other"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FlagStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ConcernLevel(StrEnum):
    """How worried a screening for trafficking risk says to be (never "victim")."""

    NONE = "none"
    POSSIBLE = "possible"
    CLEAR = "clear"


class ScreeningAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class BestInterestsKind(StrEnum):
    ASSESSMENT = "assessment"
    DETERMINATION = "determination"


class ServiceKind(StrEnum):
    """What a service for the child is (continuity of care)."""

    EDUCATION = "education"
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    SHELTER = "shelter"
    LEGAL = "legal"
    LANGUAGE = "language"
    OTHER = "other"


class ServiceStatus(StrEnum):
    """Where a referral to a provider stands."""

    PROPOSED = "proposed"
    REFERRED = "referred"
    ACCEPTED = "accepted"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    DECLINED = "declined"
    ENDED = "ended"  # stopped before it was completed (the child moved, left, refused)


class EarlierStudies(StrEnum):
    """Whether the child's schooling abroad is recognised where the child studies now."""

    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    RECOGNISED = "recognised"
    PARTLY_RECOGNISED = "partly_recognised"
    REFUSED = "refused"


class CareArea(StrEnum):
    """What a goal of the child's care plan is about."""

    EDUCATION = "education"
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    SHELTER = "shelter"
    LEGAL = "legal"
    LANGUAGE = "language"
    FAMILY = "family"
    DOCUMENTS = "documents"
    OTHER = "other"


class GoalStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    CHANGED = "changed"
    DROPPED = "dropped"


class TracingRequestStatus(StrEnum):
    OPEN = "open"
    LOCATED = "located"
    NOT_FOUND = "not_found"
    WITHDRAWN = "withdrawn"


class NoteKind(StrEnum):
    GENERAL = "general"
    CHILDS_VIEWS = "childs_views"
    HEARING_PREPARATION = "hearing_preparation"
    CONTACT_LOG = "contact_log"
