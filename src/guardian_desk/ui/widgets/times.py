"""Instants as a person reads them: never a raw ISO string, always one clock per screen.

A hearing's time is the forum's local time, with the forum's zone named
(``2026-12-28 13:30 (Europe/Madrid)``); a note's, a filing's or any other time of the
team's own is this computer's local time. The same text is what the fields of the editor
show and accept (:func:`guardian_desk.domain.dates.instant_to_local`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimeZone

from guardian_desk.domain.dates import instant_to_local


def user_zone() -> str | None:
    """This computer's time zone (``Europe/Berlin``), or None when it cannot be told."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or None


def shown_instant(
    instant: str | datetime | None, zone: str | None = None, *, name_zone: bool = True
) -> str:
    """An instant in ``zone`` (a forum's), named after the time unless ``name_zone`` is
    False; without ``zone``, in the user's own time, not named. Empty for no instant; text
    that is not an instant (a half-typed field) is shown as it is."""
    if instant is None or instant == "":
        return ""
    if isinstance(instant, datetime):
        moment = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
        instant = moment.astimezone(UTC).isoformat()
    own = zone or user_zone()
    try:
        text = instant_to_local(instant, own)
    except ValueError:
        return instant
    if zone and name_zone and not text.endswith(" UTC"):
        text += f" ({zone})"
    return text
