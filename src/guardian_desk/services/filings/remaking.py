"""Making a kept filing or packet again from the case as it is now."""

from __future__ import annotations

from guardian_desk.domain.enums import FilingFormat
from guardian_desk.services.filings.making import (
    PACKET_PREFIX,
    Kept,
    Made,
    Request,
    make,
    prepare,
)
from guardian_desk.services.filings.packets import make_packet
from guardian_desk.storage.database import Database


def make_again(db: Database, case_id: str, filing: Kept, *, made_by: str | None = None) -> Made:
    """The same form, languages, format, hearing, typed values and exhibits, from the case as
    it is now; kept beside the earlier one (nothing is overwritten).

    Raises:
        FormError: the form is gone, or the case now lacks data it needs.
    """
    request = Request(
        case_id,
        filing.form_id.removeprefix(PACKET_PREFIX),
        filing.language,
        hearing_id=filing.hearing_id,
        inputs=filing.inputs,
        exhibit_ids=filing.exhibit_ids or None,
        second_language=filing.second_language,
        arrangement=filing.arrangement,
    )
    if filing.form_id.startswith(PACKET_PREFIX):
        packet = make_packet(db, prepare(db, request), keep=True, made_by=made_by)
        return Made(
            packet.filing, FilingFormat.PDF, packet.data, packet.file_name, packet.record_id
        )
    return make(db, prepare(db, request), filing.format, made_by=made_by)
