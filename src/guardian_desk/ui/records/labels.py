"""What a person reads for each field, each stored value and each kind of record of a case,
in the window's language (Qt Linguist, contexts ``CaseEditor`` and ``Values``).

Every field and every value of the data model has its label here; a test checks that none is
missing, so a stored value never reaches the screen as it is stored (``childs_views``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    # The case
    "reference": QT_TRANSLATE_NOOP("CaseEditor", "Reference"),
    "status": QT_TRANSLATE_NOOP("CaseEditor", "Status"),
    "opened_on": QT_TRANSLATE_NOOP("CaseEditor", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("CaseEditor", "Closed on"),
    "home_jurisdiction": QT_TRANSLATE_NOOP("CaseEditor", "Home jurisdiction"),
    "lead_lawyer_id": QT_TRANSLATE_NOOP("CaseEditor", "Lead lawyer"),
    "caseworker_id": QT_TRANSLATE_NOOP("CaseEditor", "Caseworker"),
    "office": QT_TRANSLATE_NOOP("CaseEditor", "Office"),
    # The child
    "given_names": QT_TRANSLATE_NOOP("CaseEditor", "Given names (Latin)"),
    "family_name": QT_TRANSLATE_NOOP("CaseEditor", "Family name (Latin)"),
    "given_names_native": QT_TRANSLATE_NOOP("CaseEditor", "Given names (as written)"),
    "family_name_native": QT_TRANSLATE_NOOP("CaseEditor", "Family name (as written)"),
    "native_script": QT_TRANSLATE_NOOP("CaseEditor", "Script of the names"),
    "sex": QT_TRANSLATE_NOOP("CaseEditor", "Sex"),
    "dob_certainty": QT_TRANSLATE_NOOP("CaseEditor", "Date of birth"),
    "dob_year": QT_TRANSLATE_NOOP("CaseEditor", "Year of birth"),
    "dob_month": QT_TRANSLATE_NOOP("CaseEditor", "Month of birth"),
    "dob_day": QT_TRANSLATE_NOOP("CaseEditor", "Day of birth"),
    "birth_place": QT_TRANSLATE_NOOP("CaseEditor", "Place of birth"),
    "nationalities": QT_TRANSLATE_NOOP("CaseEditor", "Nationalities"),
    "stateless": QT_TRANSLATE_NOOP("CaseEditor", "Stateless"),
    "languages": QT_TRANSLATE_NOOP("CaseEditor", "Languages"),
    "interpreter_language": QT_TRANSLATE_NOOP("CaseEditor", "Interpreter language"),
    "school_name": QT_TRANSLATE_NOOP("CaseEditor", "School"),
    "school_grade": QT_TRANSLATE_NOOP("CaseEditor", "School grade"),
    "last_arrival_on": QT_TRANSLATE_NOOP("CaseEditor", "Last arrival"),
    "last_arrival_country": QT_TRANSLATE_NOOP("CaseEditor", "Country of last arrival"),
    "married": QT_TRANSLATE_NOOP("CaseEditor", "Married"),
    # Aliases, age assessments, placements, status
    "name": QT_TRANSLATE_NOOP("CaseEditor", "Name"),
    "script": QT_TRANSLATE_NOOP("CaseEditor", "Script"),
    "source": QT_TRANSLATE_NOOP("CaseEditor", "Source"),
    "assessed_on": QT_TRANSLATE_NOOP("CaseEditor", "Assessed on"),
    "assessor": QT_TRANSLATE_NOOP("CaseEditor", "Assessed by"),
    "method": QT_TRANSLATE_NOOP("CaseEditor", "Method"),
    "min_age": QT_TRANSLATE_NOOP("CaseEditor", "Lowest age"),
    "max_age": QT_TRANSLATE_NOOP("CaseEditor", "Highest age"),
    "conclusion": QT_TRANSLATE_NOOP("CaseEditor", "Conclusion"),
    "kind": QT_TRANSLATE_NOOP("CaseEditor", "Kind"),
    "provider": QT_TRANSLATE_NOOP("CaseEditor", "Provider"),
    "address": QT_TRANSLATE_NOOP("CaseEditor", "Address"),
    "jurisdiction": QT_TRANSLATE_NOOP("CaseEditor", "Jurisdiction"),
    "started_on": QT_TRANSLATE_NOOP("CaseEditor", "Started on"),
    "ended_on": QT_TRANSLATE_NOOP("CaseEditor", "Ended on"),
    "effective_on": QT_TRANSLATE_NOOP("CaseEditor", "Effective from"),
    "decided_by": QT_TRANSLATE_NOOP("CaseEditor", "Decided by"),
    "reason": QT_TRANSLATE_NOOP("CaseEditor", "Reason"),
    # Family
    "relationship_to_child": QT_TRANSLATE_NOOP("CaseEditor", "Relationship"),
    "full_name": QT_TRANSLATE_NOOP("CaseEditor", "Full name"),
    "full_name_native": QT_TRANSLATE_NOOP("CaseEditor", "Full name (as written)"),
    "whereabouts": QT_TRANSLATE_NOOP("CaseEditor", "Whereabouts"),
    "whereabouts_country": QT_TRANSLATE_NOOP("CaseEditor", "Country of whereabouts"),
    "contact": QT_TRANSLATE_NOOP("CaseEditor", "Contact"),
    "tracing_status": QT_TRANSLATE_NOOP("CaseEditor", "Tracing"),
    "safe_to_contact": QT_TRANSLATE_NOOP("CaseEditor", "Safe to contact"),
    "safety_note": QT_TRANSLATE_NOOP("CaseEditor", "Safety note"),
    # Guardians
    "guardian_type": QT_TRANSLATE_NOOP("CaseEditor", "Type of guardian"),
    "guardian_name": QT_TRANSLATE_NOOP("CaseEditor", "Guardian's name"),
    "team_member_id": QT_TRANSLATE_NOOP("CaseEditor", "Team member"),
    "appointing_authority": QT_TRANSLATE_NOOP("CaseEditor", "Appointed by"),
    "order_reference": QT_TRANSLATE_NOOP("CaseEditor", "Order reference"),
    "powers": QT_TRANSLATE_NOOP("CaseEditor", "Powers"),
    # Proceedings, decisions, hearings
    "forum_name": QT_TRANSLATE_NOOP("CaseEditor", "Forum"),
    "forum_kind": QT_TRANSLATE_NOOP("CaseEditor", "Kind of forum"),
    "stage": QT_TRANSLATE_NOOP("CaseEditor", "Stage"),
    "assigned_lawyer_id": QT_TRANSLATE_NOOP("CaseEditor", "Assigned lawyer"),
    "appeal_of_id": QT_TRANSLATE_NOOP("CaseEditor", "Appeal of"),
    "decided_on": QT_TRANSLATE_NOOP("CaseEditor", "Decided on"),
    "notified_on": QT_TRANSLATE_NOOP("CaseEditor", "Notified on"),
    "outcome": QT_TRANSLATE_NOOP("CaseEditor", "Outcome"),
    "summary": QT_TRANSLATE_NOOP("CaseEditor", "Summary"),
    "starts_at": QT_TRANSLATE_NOOP("CaseEditor", "Starts (local time at the forum)"),
    "time_zone": QT_TRANSLATE_NOOP("CaseEditor", "Forum time zone"),
    "duration_minutes": QT_TRANSLATE_NOOP("CaseEditor", "Duration (minutes)"),
    "hearing_type": QT_TRANSLATE_NOOP("CaseEditor", "Type of hearing"),
    "forum": QT_TRANSLATE_NOOP("CaseEditor", "Court or office"),
    "room": QT_TRANSLATE_NOOP("CaseEditor", "Room"),
    "judge": QT_TRANSLATE_NOOP("CaseEditor", "Judge"),
    "remote_link": QT_TRANSLATE_NOOP("CaseEditor", "Remote link"),
    "interpreter_id": QT_TRANSLATE_NOOP("CaseEditor", "Interpreter"),
    "interpreter_name": QT_TRANSLATE_NOOP("CaseEditor", "Interpreter (outside the team)"),
    "adjournment_reason": QT_TRANSLATE_NOOP("CaseEditor", "Reason for adjournment"),
    "next_hearing_id": QT_TRANSLATE_NOOP("CaseEditor", "Next hearing (after adjournment)"),
    "return_refusal_grounds": QT_TRANSLATE_NOOP(
        "CaseEditor", "Grounds for refusing return (Hague 1980)"
    ),
    "art29_certificate_issued_on": QT_TRANSLATE_NOOP(
        "CaseEditor", "Art. 29 certificate issued on (Brussels IIb, Annex I)"
    ),
    "art29_certificate_issued_by": QT_TRANSLATE_NOOP("CaseEditor", "Art. 29 certificate issued by"),
    # Requests for consent to a cross-border placement
    "requesting_state": QT_TRANSLATE_NOOP("CaseEditor", "Requesting State"),
    "requested_state": QT_TRANSLATE_NOOP("CaseEditor", "Requested (receiving) State"),
    "placement_kind": QT_TRANSLATE_NOOP("CaseEditor", "Kind of placement"),
    "planned_placement": QT_TRANSLATE_NOOP("CaseEditor", "Placement planned"),
    "sent_on": QT_TRANSLATE_NOOP("CaseEditor", "Request sent on"),
    "received_on": QT_TRANSLATE_NOOP("CaseEditor", "Request received on"),
    "consent": QT_TRANSLATE_NOOP("CaseEditor", "Consent"),
    "central_authority_reference": QT_TRANSLATE_NOOP("CaseEditor", "Central Authority reference"),
    # Deadlines
    "proceeding_id": QT_TRANSLATE_NOOP("CaseEditor", "Proceeding"),
    "hearing_id": QT_TRANSLATE_NOOP("CaseEditor", "Hearing"),
    "placement_id": QT_TRANSLATE_NOOP("CaseEditor", "Placement"),
    "placement_request_id": QT_TRANSLATE_NOOP("CaseEditor", "Placement request"),
    "document_id": QT_TRANSLATE_NOOP("CaseEditor", "Document"),
    "title": QT_TRANSLATE_NOOP("CaseEditor", "Title"),
    "task": QT_TRANSLATE_NOOP("CaseEditor", "A task (not a legal deadline)"),
    "due_on": QT_TRANSLATE_NOOP("CaseEditor", "Due on"),
    "due_latest_on": QT_TRANSLATE_NOOP("CaseEditor", "Due at the latest on"),
    "rule_id": QT_TRANSLATE_NOOP("CaseEditor", "Rule"),
    "citation": QT_TRANSLATE_NOOP("CaseEditor", "Legal source"),
    "explanation": QT_TRANSLATE_NOOP("CaseEditor", "How it was computed"),
    "assumption": QT_TRANSLATE_NOOP("CaseEditor", "Assumed (a fact not recorded)"),
    "status_reason": QT_TRANSLATE_NOOP("CaseEditor", "Why (done or waived)"),
    "completed_on": QT_TRANSLATE_NOOP("CaseEditor", "Completed on"),
    # Documents, scans, authentication, translations, recognition
    "family_member_id": QT_TRANSLATE_NOOP("CaseEditor", "Family member"),
    "document_type": QT_TRANSLATE_NOOP("CaseEditor", "Type of document"),
    "issuing_country": QT_TRANSLATE_NOOP("CaseEditor", "Issuing country"),
    "issuing_authority": QT_TRANSLATE_NOOP("CaseEditor", "Issuing authority"),
    "number": QT_TRANSLATE_NOOP("CaseEditor", "Number"),
    "issued_on": QT_TRANSLATE_NOOP("CaseEditor", "Issued on"),
    "expires_on": QT_TRANSLATE_NOOP("CaseEditor", "Expires on"),
    "language": QT_TRANSLATE_NOOP("CaseEditor", "Language"),
    "copy_kind": QT_TRANSLATE_NOOP("CaseEditor", "Original or copy"),
    "attachment_id": QT_TRANSLATE_NOOP("CaseEditor", "File"),
    "original_filename": QT_TRANSLATE_NOOP("CaseEditor", "File name"),
    "position": QT_TRANSLATE_NOOP("CaseEditor", "Position"),
    "sequence": QT_TRANSLATE_NOOP("CaseEditor", "Step"),
    "performed_on": QT_TRANSLATE_NOOP("CaseEditor", "Performed on"),
    "country": QT_TRANSLATE_NOOP("CaseEditor", "Country"),
    "authority": QT_TRANSLATE_NOOP("CaseEditor", "Authority"),
    "signed_by": QT_TRANSLATE_NOOP("CaseEditor", "Signed by"),
    "acting_as": QT_TRANSLATE_NOOP("CaseEditor", "Acting as"),
    "seal_of": QT_TRANSLATE_NOOP("CaseEditor", "Seal of"),
    "place": QT_TRANSLATE_NOOP("CaseEditor", "Place"),
    "seal_present": QT_TRANSLATE_NOOP("CaseEditor", "Seal present"),
    "signature_present": QT_TRANSLATE_NOOP("CaseEditor", "Signature present"),
    "e_register_reference": QT_TRANSLATE_NOOP("CaseEditor", "e-Register reference"),
    "e_register_url": QT_TRANSLATE_NOOP("CaseEditor", "e-Register address"),
    "notes": QT_TRANSLATE_NOOP("CaseEditor", "Notes"),
    "source_language": QT_TRANSLATE_NOOP("CaseEditor", "From language"),
    "target_language": QT_TRANSLATE_NOOP("CaseEditor", "Into language"),
    "translator_name": QT_TRANSLATE_NOOP("CaseEditor", "Translator"),
    "sworn_in_jurisdiction": QT_TRANSLATE_NOOP("CaseEditor", "Sworn in"),
    "translated_on": QT_TRANSLATE_NOOP("CaseEditor", "Translated on"),
    "accepted_by": QT_TRANSLATE_NOOP("CaseEditor", "Accepted by"),
    "legal_basis": QT_TRANSLATE_NOOP("CaseEditor", "Legal basis"),
    "evidence": QT_TRANSLATE_NOOP("CaseEditor", "Evidence"),
    "refusal_grounds": QT_TRANSLATE_NOOP("CaseEditor", "Grounds of refusal"),
    "advance_recognition": QT_TRANSLATE_NOOP("CaseEditor", "Recognised in advance"),
    "certificate_kind": QT_TRANSLATE_NOOP("CaseEditor", "Certificate"),
    "certificate_reference": QT_TRANSLATE_NOOP("CaseEditor", "Certificate reference"),
    # Consents, protection, notes
    "purpose": QT_TRANSLATE_NOOP("CaseEditor", "Purpose"),
    "recipient": QT_TRANSLATE_NOOP("CaseEditor", "Recipient"),
    "given_by": QT_TRANSLATE_NOOP("CaseEditor", "Given by"),
    "given_on": QT_TRANSLATE_NOOP("CaseEditor", "Given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("CaseEditor", "Withdrawn on"),
    "indicator": QT_TRANSLATE_NOOP("CaseEditor", "Indicator"),
    "level": QT_TRANSLATE_NOOP("CaseEditor", "Level"),
    "raised_on": QT_TRANSLATE_NOOP("CaseEditor", "Raised on"),
    "raised_by_id": QT_TRANSLATE_NOOP("CaseEditor", "Raised by"),
    "details": QT_TRANSLATE_NOOP("CaseEditor", "Details"),
    "description": QT_TRANSLATE_NOOP("CaseEditor", "Description"),
    "owner_id": QT_TRANSLATE_NOOP("CaseEditor", "Owner"),
    "done_on": QT_TRANSLATE_NOOP("CaseEditor", "Done on"),
    "author_id": QT_TRANSLATE_NOOP("CaseEditor", "Written by"),
    "written_at": QT_TRANSLATE_NOOP("CaseEditor", "Written (local time)"),
    "restricted": QT_TRANSLATE_NOOP("CaseEditor", "Restricted"),
    "text": QT_TRANSLATE_NOOP("CaseEditor", "Text"),
}

# Every stored value of a closed list, as a person names it.
VALUE_LABELS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("Values", "Open"),
    "closed": QT_TRANSLATE_NOOP("Values", "Closed"),
    "archived": QT_TRANSLATE_NOOP("Values", "Archived"),
    "female": QT_TRANSLATE_NOOP("Values", "Female"),
    "male": QT_TRANSLATE_NOOP("Values", "Male"),
    "other": QT_TRANSLATE_NOOP("Values", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Values", "Unknown"),
    "documented": QT_TRANSLATE_NOOP("Values", "Documented"),
    "declared": QT_TRANSLATE_NOOP("Values", "Declared"),
    "estimated": QT_TRANSLATE_NOOP("Values", "Estimated"),
    "age_assessed": QT_TRANSLATE_NOOP("Values", "Age assessed"),
    "holistic_interview": QT_TRANSLATE_NOOP("Values", "Holistic interview"),
    "document_review": QT_TRANSLATE_NOOP("Values", "Review of documents"),
    "medical_examination": QT_TRANSLATE_NOOP("Values", "Medical examination"),
    "dental_xray": QT_TRANSLATE_NOOP("Values", "Dental X-ray"),
    "wrist_xray": QT_TRANSLATE_NOOP("Values", "Wrist X-ray"),
    "clavicle_ct": QT_TRANSLATE_NOOP("Values", "Clavicle CT scan"),
    "shelter": QT_TRANSLATE_NOOP("Values", "Shelter"),
    "foster_family": QT_TRANSLATE_NOOP("Values", "Foster family"),
    "relative": QT_TRANSLATE_NOOP("Values", "With a relative"),
    "independent": QT_TRANSLATE_NOOP("Values", "Supported independent living"),
    "unaccompanied": QT_TRANSLATE_NOOP("Values", "Unaccompanied"),
    "separated": QT_TRANSLATE_NOOP("Values", "Separated"),
    "accompanied": QT_TRANSLATE_NOOP("Values", "Accompanied"),
    "mother": QT_TRANSLATE_NOOP("Values", "Mother"),
    "father": QT_TRANSLATE_NOOP("Values", "Father"),
    "sibling": QT_TRANSLATE_NOOP("Values", "Sibling"),
    "grandparent": QT_TRANSLATE_NOOP("Values", "Grandparent"),
    "aunt_uncle": QT_TRANSLATE_NOOP("Values", "Aunt or uncle"),
    "cousin": QT_TRANSLATE_NOOP("Values", "Cousin"),
    "spouse": QT_TRANSLATE_NOOP("Values", "Spouse"),
    "other_relative": QT_TRANSLATE_NOOP("Values", "Other relative"),
    "not_started": QT_TRANSLATE_NOOP("Values", "Not started"),
    "tracing": QT_TRANSLATE_NOOP("Values", "Tracing under way"),
    "located": QT_TRANSLATE_NOOP("Values", "Located"),
    "reunified": QT_TRANSLATE_NOOP("Values", "Reunified"),
    "deceased": QT_TRANSLATE_NOOP("Values", "Deceased"),
    "not_to_be_contacted": QT_TRANSLATE_NOOP("Values", "Not to be contacted"),
    "legal_guardian": QT_TRANSLATE_NOOP("Values", "Legal guardian"),
    "temporary_custodian": QT_TRANSLATE_NOOP("Values", "Temporary custodian"),
    "guardian_ad_litem": QT_TRANSLATE_NOOP("Values", "Guardian ad litem"),
    "foster_carer": QT_TRANSLATE_NOOP("Values", "Foster carer"),
    "kafala_holder": QT_TRANSLATE_NOOP("Values", "Kafala holder"),
    "education": QT_TRANSLATE_NOOP("Values", "Education"),
    "health": QT_TRANSLATE_NOOP("Values", "Health"),
    "legal_representation": QT_TRANSLATE_NOOP("Values", "Legal representation"),
    "travel": QT_TRANSLATE_NOOP("Values", "Travel"),
    "property": QT_TRANSLATE_NOOP("Values", "Property"),
    "guardianship": QT_TRANSLATE_NOOP("Values", "Guardianship"),
    "temporary_custody": QT_TRANSLATE_NOOP("Values", "Temporary custody"),
    "asylum": QT_TRANSLATE_NOOP("Values", "Asylum"),
    "humanitarian_status": QT_TRANSLATE_NOOP("Values", "Humanitarian status"),
    "sijs": QT_TRANSLATE_NOOP("Values", "Special Immigrant Juvenile Status"),
    "family_reunification": QT_TRANSLATE_NOOP("Values", "Family reunification"),
    "recognition": QT_TRANSLATE_NOOP("Values", "Recognition"),
    "appeal": QT_TRANSLATE_NOOP("Values", "Appeal"),
    "child_return": QT_TRANSLATE_NOOP("Values", "Return of the child (Hague 1980)"),
    "return_refused": QT_TRANSLATE_NOOP("Values", "Return refused"),
    "art_12": QT_TRANSLATE_NOOP("Values", "Art. 12: settled after more than one year"),
    "art_13_1_a": QT_TRANSLATE_NOOP(
        "Values", "Art. 13(1)(a): custody not exercised, or consent or acquiescence"
    ),
    "art_13_1_b": QT_TRANSLATE_NOOP("Values", "Art. 13(1)(b): grave risk of harm"),
    "art_13_2": QT_TRANSLATE_NOOP("Values", "Art. 13(2): the child objects"),
    "art_20": QT_TRANSLATE_NOOP("Values", "Art. 20: fundamental principles of human rights"),
    "court": QT_TRANSLATE_NOOP("Values", "Court"),
    "tribunal": QT_TRANSLATE_NOOP("Values", "Tribunal"),
    "agency": QT_TRANSLATE_NOOP("Values", "Agency"),
    "active": QT_TRANSLATE_NOOP("Values", "Active"),
    "granted": QT_TRANSLATE_NOOP("Values", "Granted"),
    "partially_granted": QT_TRANSLATE_NOOP("Values", "Partially granted"),
    "refused": QT_TRANSLATE_NOOP("Values", "Refused"),
    "dismissed": QT_TRANSLATE_NOOP("Values", "Dismissed"),
    "withdrawn": QT_TRANSLATE_NOOP("Values", "Withdrawn"),
    "remitted": QT_TRANSLATE_NOOP("Values", "Remitted"),
    "scheduled": QT_TRANSLATE_NOOP("Values", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("Values", "Held"),
    "adjourned": QT_TRANSLATE_NOOP("Values", "Adjourned"),
    "decided": QT_TRANSLATE_NOOP("Values", "Decided"),
    "vacated": QT_TRANSLATE_NOOP("Values", "Vacated"),
    "rule": QT_TRANSLATE_NOOP("Values", "From a rule"),
    "manual": QT_TRANSLATE_NOOP("Values", "Entered by hand"),
    "court_order": QT_TRANSLATE_NOOP("Values", "Court order"),
    "done": QT_TRANSLATE_NOOP("Values", "Done"),
    "waived": QT_TRANSLATE_NOOP("Values", "Waived"),
    "birth_certificate": QT_TRANSLATE_NOOP("Values", "Birth certificate"),
    "family_register_extract": QT_TRANSLATE_NOOP("Values", "Family register extract"),
    "national_id": QT_TRANSLATE_NOOP("Values", "National identity card"),
    "passport": QT_TRANSLATE_NOOP("Values", "Passport"),
    "residence_permit": QT_TRANSLATE_NOOP("Values", "Residence permit"),
    "travel_document": QT_TRANSLATE_NOOP("Values", "Travel document"),
    "death_certificate": QT_TRANSLATE_NOOP("Values", "Death certificate"),
    "marriage_certificate": QT_TRANSLATE_NOOP("Values", "Marriage certificate"),
    "custody_order": QT_TRANSLATE_NOOP("Values", "Custody order"),
    "guardianship_order": QT_TRANSLATE_NOOP("Values", "Guardianship order"),
    "school_record": QT_TRANSLATE_NOOP("Values", "School record"),
    "medical_report": QT_TRANSLATE_NOOP("Values", "Medical report"),
    "age_assessment_report": QT_TRANSLATE_NOOP("Values", "Age assessment report"),
    "eu_certificate": QT_TRANSLATE_NOOP(
        "Values", "Certificate under Regulation 2019/1111 (Arts. 36, 47, 66)"
    ),
    "authentic_instrument": QT_TRANSLATE_NOOP(
        "Values", "Authentic instrument or agreement on parental responsibility"
    ),
    "original": QT_TRANSLATE_NOOP("Values", "Original"),
    "certified_copy": QT_TRANSLATE_NOOP("Values", "Certified copy"),
    "plain_copy": QT_TRANSLATE_NOOP("Values", "Plain copy"),
    "apostille": QT_TRANSLATE_NOOP("Values", "Apostille"),
    "e_apostille": QT_TRANSLATE_NOOP("Values", "e-Apostille"),
    "legalisation_notary": QT_TRANSLATE_NOOP("Values", "Legalisation by a notary"),
    "legalisation_ministry": QT_TRANSLATE_NOOP("Values", "Legalisation by the ministry"),
    "legalisation_consulate": QT_TRANSLATE_NOOP(
        "Values", "Legalisation by an embassy or consulate"
    ),
    "eu_2016_1191_exemption": QT_TRANSLATE_NOOP("Values", "EU 2016/1191 exemption (no apostille)"),
    "multilingual_standard_form": QT_TRANSLATE_NOOP("Values", "Multilingual standard form"),
    "notarised_copy": QT_TRANSLATE_NOOP("Values", "Notarised copy"),
    "sworn": QT_TRANSLATE_NOOP("Values", "Sworn"),
    "certified": QT_TRANSLATE_NOOP("Values", "Certified"),
    "plain": QT_TRANSLATE_NOOP("Values", "Plain"),
    "recognised": QT_TRANSLATE_NOOP("Values", "Recognised"),
    "pending": QT_TRANSLATE_NOOP("Values", "Pending"),
    "not_required": QT_TRANSLATE_NOOP("Values", "Not required"),
    "art23_2_a": QT_TRANSLATE_NOOP("Values", "Art. 23(2)(a): no jurisdiction under the Convention"),
    "art23_2_b": QT_TRANSLATE_NOOP(
        "Values", "Art. 23(2)(b): the child was not heard (not in urgency)"
    ),
    "art23_2_c": QT_TRANSLATE_NOOP(
        "Values", "Art. 23(2)(c): a person with parental responsibility was not heard"
    ),
    "art23_2_d": QT_TRANSLATE_NOOP("Values", "Art. 23(2)(d): manifestly contrary to public policy"),
    "art23_2_e": QT_TRANSLATE_NOOP("Values", "Art. 23(2)(e): incompatible with a later measure"),
    "art23_2_f": QT_TRANSLATE_NOOP(
        "Values", "Art. 23(2)(f): the Art. 33 procedure was not followed"
    ),
    "hague1996_art40": QT_TRANSLATE_NOOP("Values", "Hague 1996 Art. 40 (the guardian's powers)"),
    "brussels_iib_art36": QT_TRANSLATE_NOOP(
        "Values", "Brussels IIb Art. 36 (Annex III: a decision)"
    ),
    "brussels_iib_art47": QT_TRANSLATE_NOOP(
        "Values", "Brussels IIb Art. 47 (Annexes V-VI: access, return)"
    ),
    "services": QT_TRANSLATE_NOOP("Values", "Services"),
    "disclosure": QT_TRANSLATE_NOOP("Values", "Disclosure"),
    "reporting": QT_TRANSLATE_NOOP("Values", "Reporting"),
    "irregular_route": QT_TRANSLATE_NOOP("Values", "Irregular route"),
    "third_party_holds_documents": QT_TRANSLATE_NOOP("Values", "Someone else holds the documents"),
    "sudden_separation": QT_TRANSLATE_NOOP("Values", "Sudden separation"),
    "unexplained_residence_changes": QT_TRANSLATE_NOOP(
        "Values", "Unexplained changes of residence"
    ),
    "smuggler_debt": QT_TRANSLATE_NOOP("Values", "Debt to a smuggler"),
    "work": QT_TRANSLATE_NOOP("Values", "Work"),
    "low": QT_TRANSLATE_NOOP("Values", "Low"),
    "medium": QT_TRANSLATE_NOOP("Values", "Medium"),
    "high": QT_TRANSLATE_NOOP("Values", "High"),
    "general": QT_TRANSLATE_NOOP("Values", "General"),
    "childs_views": QT_TRANSLATE_NOOP("Values", "The child's views"),
    "hearing_preparation": QT_TRANSLATE_NOOP("Values", "Hearing preparation"),
    "contact_log": QT_TRANSLATE_NOOP("Values", "Contact log"),
}

# Each kind of record: its name (list headings) and its Add and Remove buttons.
RECORD_LABELS: dict[str, tuple[str, str, str]] = {
    "aliases": (
        QT_TRANSLATE_NOOP("CaseEditor", "Aliases"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add alias"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove alias"),
    ),
    "age_assessments": (
        QT_TRANSLATE_NOOP("CaseEditor", "Age assessments"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add age assessment"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove age assessment"),
    ),
    "placements": (
        QT_TRANSLATE_NOOP("CaseEditor", "Placements"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add placement"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove placement"),
    ),
    "status_history": (
        QT_TRANSLATE_NOOP("CaseEditor", "Unaccompanied status"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add status"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove status"),
    ),
    "family_members": (
        QT_TRANSLATE_NOOP("CaseEditor", "Family members"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add family member"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove family member"),
    ),
    "guardian_appointments": (
        QT_TRANSLATE_NOOP("CaseEditor", "Guardian appointments"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add guardian appointment"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove guardian appointment"),
    ),
    "proceedings": (
        QT_TRANSLATE_NOOP("CaseEditor", "Proceedings"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add proceeding"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove proceeding"),
    ),
    "decisions": (
        QT_TRANSLATE_NOOP("CaseEditor", "Decisions"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add decision"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove decision"),
    ),
    "hearings": (
        QT_TRANSLATE_NOOP("CaseEditor", "Hearings"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add hearing"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove hearing"),
    ),
    "placement_requests": (
        QT_TRANSLATE_NOOP("CaseEditor", "Cross-border placement requests"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add placement request"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove placement request"),
    ),
    "deadlines": (
        QT_TRANSLATE_NOOP("CaseEditor", "Deadlines"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add deadline"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove deadline"),
    ),
    "documents": (
        QT_TRANSLATE_NOOP("CaseEditor", "Documents"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add document"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove document"),
    ),
    "files": (
        QT_TRANSLATE_NOOP("CaseEditor", "Scans"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add scan"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove scan"),
    ),
    "authentication_steps": (
        QT_TRANSLATE_NOOP("CaseEditor", "Authentication steps"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add authentication step"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove authentication step"),
    ),
    "translations": (
        QT_TRANSLATE_NOOP("CaseEditor", "Translations"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add translation"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove translation"),
    ),
    "recognitions": (
        QT_TRANSLATE_NOOP("CaseEditor", "Recognitions"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add recognition"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove recognition"),
    ),
    "consents": (
        QT_TRANSLATE_NOOP("CaseEditor", "Consents"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add consent"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove consent"),
    ),
    "risk_flags": (
        QT_TRANSLATE_NOOP("CaseEditor", "Risk concerns"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add risk concern"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove risk concern"),
    ),
    "actions": (
        QT_TRANSLATE_NOOP("CaseEditor", "Actions"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add action"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove action"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("CaseEditor", "Notes"),
        QT_TRANSLATE_NOOP("CaseEditor", "Add note"),
        QT_TRANSLATE_NOOP("CaseEditor", "Remove note"),
    ),
}


def label_for(name: str) -> str:
    """What a person reads beside a field: ``assigned_lawyer_id`` is "Assigned lawyer"."""
    text = FIELD_LABELS.get(name) or name.removesuffix("_id").replace("_", " ").capitalize()
    return QCoreApplication.translate("CaseEditor", text)


def choice_label(choice: str) -> str:
    """What a person reads for a stored value of a closed list (``childs_views`` is "The
    child's views")."""
    text = VALUE_LABELS.get(choice)
    if text is None:
        return choice.replace("_", " ")
    return QCoreApplication.translate("Values", text)


def record_label(key: str, which: int = 0) -> str:
    """A kind of record's name (0), its Add button (1) or its Remove button (2)."""
    texts = RECORD_LABELS.get(key)
    if texts is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate("CaseEditor", texts[which])
