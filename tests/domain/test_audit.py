"""The audit chain: any change, removal or reordering of an entry breaks it at that entry."""

from __future__ import annotations

import copy

from guardian_desk.domain.audit import FIELDS, GENESIS, entry_mac, first_broken

KEY = bytes(range(32))


def _rows(entries: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [tuple(e[f] for f in (*FIELDS, "mac")) for e in entries]


def _chain(count: int, key: bytes = KEY) -> list[dict[str, object]]:
    entries, previous = [], GENESIS
    for number in range(1, count + 1):
        entry: dict[str, object] = {
            "id": number,
            "at": f"2026-12-06T10:00:{number:02d}.000000Z",
            "actor": "maria",
            "action": "case changed",
            "case_id": f"case-{number % 3}",
            "detail": '{"changed": {"identity.family_name": {"old→new": ["Karimi", "Karimy"]}}}',
        }
        entry["mac"] = entry_mac(key, previous, entry)
        previous = str(entry["mac"])
        entries.append(entry)
    return entries


def test_a_whole_chain_verifies() -> None:
    assert first_broken(KEY, _rows(_chain(50))) == (50, None)
    assert first_broken(KEY, []) == (0, None)


def test_an_edited_entry_is_found() -> None:
    for field, value in [("actor", "someone else"), ("detail", "{}"), ("at", "2025-01-01")]:
        entries = _chain(20)
        entries[6][field] = value
        _checked, broken = first_broken(KEY, _rows(entries))
        assert broken is not None
        assert broken.entry_id == 7, field


def test_a_removed_entry_is_found() -> None:
    entries = _chain(20)
    del entries[9]
    _checked, broken = first_broken(KEY, _rows(entries))
    assert broken is not None
    assert broken.entry_id == 11
    assert "10 is missing" in broken.reason


def test_renumbered_after_a_removal_is_found() -> None:
    """Removing entry 10 and numbering the rest again leaves no gap: the MACs still tell."""
    entries = _chain(20)
    del entries[9]
    for number, entry in enumerate(entries, start=1):
        entry["id"] = number
    _checked, broken = first_broken(KEY, _rows(entries))
    assert broken is not None
    assert broken.entry_id == 10


def test_two_entries_swapped_are_found() -> None:
    entries = _chain(20)
    a, b = copy.deepcopy(entries[4]), copy.deepcopy(entries[5])
    entries[4] = {**b, "id": 5}
    entries[5] = {**a, "id": 6}
    _checked, broken = first_broken(KEY, _rows(entries))
    assert broken is not None
    assert broken.entry_id == 5


def test_a_chain_made_with_another_key_is_refused() -> None:
    _checked, broken = first_broken(KEY, _rows(_chain(5, key=bytes(32))))
    assert broken is not None
    assert broken.entry_id == 1


def test_cutting_the_newest_entries_is_not_seen_by_the_chain_alone() -> None:
    """What the chain cannot prove by itself (docs/security.md): a shorter chain holds.
    Anchoring the head outside the database is what finds it."""
    assert first_broken(KEY, _rows(_chain(20)[:15])) == (15, None)
