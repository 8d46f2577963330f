"""Every field and every stored value of a case has a label a person reads, so nothing
reaches the screen as it is stored (``childs_views``, ``e_apostille``)."""

from __future__ import annotations

from guardian_desk.services import cases
from guardian_desk.services.cases.editing import RECORD_NAMES
from guardian_desk.ui.records.labels import FIELD_LABELS, RECORD_LABELS, VALUE_LABELS


def _specs():  # type: ignore[no-untyped-def]
    return [cases.record_spec(key) for key in ["cases", *RECORD_NAMES]]


def test_every_field_has_a_label() -> None:
    missing = sorted({f.name for s in _specs() for f in s.fields} - set(FIELD_LABELS))
    assert missing == []


def test_every_stored_value_has_a_label() -> None:
    values = {c for s in _specs() for f in s.fields for c in f.choices}
    assert sorted(values - set(VALUE_LABELS)) == []
    for value in values:
        assert "_" not in VALUE_LABELS[value], value


def test_every_kind_of_record_has_its_names() -> None:
    # The child is a form of its own; filings have their own tab (made, not typed).
    kinds = {key for s in _specs() for key, _single in s.children} - {"child", "filings"}
    assert sorted(kinds - set(RECORD_LABELS)) == []
