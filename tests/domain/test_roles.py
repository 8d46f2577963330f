"""Roles as data: the shipped roles say what each person may see and do, every part of a
case belongs to a section, and a wrong role file is refused in a sentence naming it."""

from __future__ import annotations

import pytest

from guardian_desk.domain.roles import (
    ACTIONS,
    SECTIONS,
    Access,
    RoleError,
    Scope,
    parse_role,
    section_of,
)
from guardian_desk.services import security
from guardian_desk.storage.tree import CASE

HEAD = 'id = "x"\nname = "X"\nscope = "all"\n'
SHIPPED = security.load_roles(security.organisation_folder()).roles


def test_every_part_of_a_case_belongs_to_a_section() -> None:
    for node in CASE.walk():
        assert section_of(node.key) in SECTIONS, node.key


def test_the_childs_views_and_restricted_notes_are_their_own_section() -> None:
    assert section_of("notes", {"kind": "childs_views", "restricted": False}) == "views"
    assert section_of("notes", {"kind": "general", "restricted": True}) == "views"
    assert section_of("notes", {"kind": "general", "restricted": False}) == "identity"


def test_the_roles_the_team_needs_are_shipped() -> None:
    assert set(SHIPPED) == {
        "administrator",
        "supervising_lawyer",
        "lawyer",
        "guardian_ad_litem",
        "caseworker",
        "clerk",
        "interpreter",
        "data_protection_officer",
    }


def _who(section: str, access: Access) -> set[str]:
    return {r.id for r in SHIPPED.values() if r.access(section) is access}


def _may(action: str) -> set[str]:
    return {r.id for r in SHIPPED.values() if r.may(action)}


def test_who_reads_the_childs_views() -> None:
    assert _who("views", Access.NONE) == {
        "caseworker",
        "clerk",
        "interpreter",
        "data_protection_officer",
    }
    assert _who("views", Access.READ_WRITE) == {"lawyer", "supervising_lawyer", "guardian_ad_litem"}


def test_a_clerk_makes_filings_and_reads_nothing_of_the_protection_file() -> None:
    clerk = SHIPPED["clerk"]
    for section in ("views", "health", "protection", "family"):
        assert not clerk.may_read(section), section
    assert clerk.may_write("filings")
    assert clerk.may("make_filings")
    assert not clerk.may("export")


def test_an_interpreter_reads_who_and_when_only() -> None:
    interpreter = SHIPPED["interpreter"]
    readable = {s for s in SECTIONS if interpreter.may_read(s)}
    assert readable == {"identity", "proceedings"}
    assert not any(interpreter.may_write(s) for s in SECTIONS)
    assert not any(interpreter.may(a) for a in ACTIONS)


def test_the_data_protection_officer_reads_the_audit_not_the_files() -> None:
    officer = SHIPPED["data_protection_officer"]
    assert not any(officer.may_read(s) for s in SECTIONS)
    assert officer.may("read_audit")


def test_actions_belong_to_few_roles() -> None:
    assert _may("manage_users") == {"administrator"}
    assert _may("read_audit") == {"administrator", "data_protection_officer"}
    assert _may("override_consent") == {"supervising_lawyer"}
    assert _may("transfer") == {"lawyer", "supervising_lawyer"}
    assert "interpreter" not in _may("print")


@pytest.mark.parametrize(
    ("scope", "assigned", "same_team", "sees"),
    [
        (Scope.ASSIGNED, True, True, True),
        (Scope.ASSIGNED, False, True, False),
        (Scope.TEAM, False, True, True),
        (Scope.TEAM, False, False, False),
        (Scope.ALL, False, False, True),
    ],
)
def test_the_record_scope(scope: Scope, assigned: bool, same_team: bool, sees: bool) -> None:
    role = parse_role(f'id = "r"\nname = "R"\nscope = "{scope.value}"\n', "r.toml")
    assert role.sees_case(assigned=assigned, same_team=same_team) is sees


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('id = "x"\nname = "X"\nscope = "all"\ncolour = "red"\n', "unknown field 'colour'"),
        (
            'id = "x"\nname = "X"\nscope = "all"\n[sections]\nmedical = "read"\n',
            "no section 'medical'",
        ),
        (
            'id = "x"\nname = "X"\nscope = "all"\n[sections]\nviews = "all"\n',
            "none, read or read-write",
        ),
        ('id = "x"\nname = "X"\nscope = "everyone"\n', "'scope' must be one of"),
        ('id = "x"\nname = "X"\nscope = "all"\nactions = ["delete"]\n', "no action 'delete'"),
        ('id = "x"\nname = "X"\nscope = "all"\nactions = "print"\n', "a list of action names"),
        ('id = "x y"\nname = "X"\nscope = "all"\n', "'id' must be"),
        ('id = "x"\nscope = "all"\n', "'name' is missing"),
        ('id = "x"\nname = "X\n', "not a TOML file"),
    ],
)
def test_a_wrong_role_file_is_refused_naming_it(text: str, said: str) -> None:
    with pytest.raises(RoleError) as refused:
        parse_role(text, "ours.toml")
    assert str(refused.value).startswith("ours.toml: ")
    assert said in str(refused.value)


def test_an_unknown_action_asked_of_a_role_is_a_bug() -> None:
    with pytest.raises(ValueError, match="no such action"):
        SHIPPED["lawyer"].may("fly")
