"""The audit log's chain: every entry carries an HMAC-SHA256 of the previous entry's MAC and
its own content, keyed with a secret kept inside the (encrypted) database, never beside it.

Changing an entry, removing one or putting two in another order breaks the chain at that
entry, and verification names the first entry whose MAC does not follow. What the chain
cannot show by itself: someone who holds the key (who can open the database) can write a
whole new chain, and cutting the newest entries leaves a shorter chain that still holds
(``docs/security.md`` says what anchors it).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64  # the "previous MAC" of the first entry
FIELDS = ("id", "at", "actor", "action", "case_id", "detail")


def _part(value: str | None) -> str:
    return "~" if value is None else f"{len(value)}:{value}"


def canonical(previous: str, entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry's MAC covers: the previous entry's MAC, then the entry's number and
    each of its fields with its length in front, so that no two entries read alike."""
    return (
        f"{previous}{entry['id']}|{_part(entry['at'])}{_part(entry['actor'])}"
        f"{_part(entry['action'])}{_part(entry.get('case_id'))}{_part(entry.get('detail'))}"
    ).encode()


def entry_mac(key: bytes, previous: str, entry: Mapping[str, Any]) -> str:
    """The MAC of ``entry`` following the entry whose MAC is ``previous``."""
    return hmac.new(key, canonical(previous, entry), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Broken:
    """The first entry whose MAC does not follow from the one before it."""

    entry_id: int
    position: int  # 1 for the first entry
    reason: str


# A stored entry as verification reads it: (id, at, actor, action, case_id, detail, mac).
Row = tuple[int, str, str, str, "str | None", "str | None", str]


def first_broken(key: bytes, rows: Iterable[Row]) -> tuple[int, Broken | None]:
    """Walk the chain in order; how many entries were checked, and the first broken link.

    Entries are read in the order of their ids; an id that does not follow the one before
    (a removed entry, two swapped) breaks the chain as surely as a changed field.
    """
    keyed = hmac.new(key, digestmod=hashlib.sha256)  # keyed once, copied for each entry
    previous, count, last_id = GENESIS, 0, 0
    for entry_id, at, actor, action, case_id, detail, mac in rows:
        count += 1
        if entry_id != last_id + 1:
            return count, Broken(
                entry_id, count, f"entry {last_id + 1} is missing (the next is {entry_id})"
            )
        digest = keyed.copy()
        digest.update(
            f"{previous}{entry_id}|{_part(at)}{_part(actor)}{_part(action)}"
            f"{_part(case_id)}{_part(detail)}".encode()
        )
        if not hmac.compare_digest(digest.hexdigest(), mac):
            return count, Broken(
                entry_id, count, "its content or its place in the chain was changed"
            )
        previous, last_id = mac, entry_id
    return count, None
