"""A new key for an encrypted database, killed with SIGKILL at every step of its run: the
database always opens with every case, from the keyring and with a recovery key the person
has (the old one until the new one was shown), and running the command again finishes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guardian_desk.errors import WrongKeyError
from guardian_desk.services import security
from guardian_desk.services.exchange import demo
from guardian_desk.services.security import keys
from guardian_desk.storage.database import backup_sqlite, key_opens, verified_backups
from tests.conftest import AS_OF, references_of
from tests.reliability.faults import (
    assert_one_clear_message,
    fill,
    gd,
    partials,
    python,
    small_disk,
)

pytestmark = pytest.mark.fault

# Every step the rekey reports (services/security/rekeying.py), in order.
STEPS = ("backed up", "pending", "copied", "swapped", "in keyring", "backups", "shown", "promoted")
KEY = re.compile(r"\b(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}\b")


def _killed_at(step: str, path: Path) -> str:
    """Run ``keys rekey`` and kill it (SIGKILL: no clean-up) once it has done ``step``;
    returns what it printed until then."""
    code = (
        "import os, signal, sys\n"
        "from guardian_desk.services.security import rekeying\n"
        "def _reached(step):\n"
        f"    if step == {step!r}:\n"
        "        sys.stderr.flush()\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "rekeying._reached = _reached\n"
        "from guardian_desk.cli import main\n"
        f"sys.exit(main(['--db', {str(path)!r}, 'keys', 'rekey']))\n"
    )
    done = python(code, timeout=120)
    assert done.returncode == -9, f"{step}: not killed: {done.stderr}"
    return done.stderr


@pytest.mark.parametrize("step", STEPS)
def test_a_rekey_killed_after_each_step_leaves_a_database_that_opens(
    step: str, tmp_path: Path
) -> None:
    path = tmp_path / "office" / "cases.sqlite"
    opened = security.open_for_work(str(path))
    made = opened.new_keys
    assert made is not None
    demo.generate(opened.db, 30, seed=3, as_of=AS_OF)
    opened.db.close()
    backup_sqlite(path, "manual", made.key)
    references = references_of(path)

    said = _killed_at(step, path)
    shown = KEY.findall(said)
    assert len(shown) == (1 if STEPS.index(step) >= STEPS.index("shown") else 0), said
    # From the keyring, as every day: nothing typed.
    assert references_of(path) == references, f"killed after {step!r}"
    # And with the recovery key the person holds: the old one until the new one was shown.
    current = shown[0] if step == "promoted" else made.recovery_key
    keys.forget_key(made.database_id)
    assert references_of(path, current) == references, f"killed after {step!r}"
    if step == "promoted":
        keys.forget_key(made.database_id)
        with pytest.raises(WrongKeyError):
            security.unlock(path, made.recovery_key)
        security.unlock(path, current)  # kept in the keyring again
    status = security.status(path)
    assert status.rekey_interrupted == (step not in ("backed up", "promoted"))

    # Run again, the command finishes: one key, one recovery key, backups under it only.
    again = gd("keys", "rekey", db=path)
    assert again.returncode == 0, f"killed after {step!r}, then: {again.stderr}"
    (final,) = KEY.findall(again.stderr)
    assert not security.status(path).rekey_interrupted
    keys.forget_key(made.database_id)
    assert references_of(path, final) == references
    key = security.unlock(path).key  # kept in the keyring again by the line above
    assert not key_opens(path, made.key)
    assert verified_backups(path)
    assert all(key_opens(b, key) for b in verified_backups(path))
    assert partials(path.parent) == []


def test_the_steps_named_here_are_the_steps_the_rekey_takes(tmp_path: Path) -> None:
    """The test above kills at each step it names: a step added to the rekey and not here
    would go untested."""
    path = tmp_path / "cases.sqlite"
    opened = security.open_for_work(str(path))
    opened.db.close()
    code = (
        "import sys\n"
        "from guardian_desk.services.security import rekeying\n"
        "rekeying._reached = lambda step: print('STEP', step)\n"
        "from guardian_desk.cli import main\n"
        f"sys.exit(main(['--db', {str(path)!r}, 'keys', 'rekey']))\n"
    )
    done = python(code)
    assert done.returncode == 0, done.stderr
    taken = tuple(line[5:] for line in done.stdout.splitlines() if line.startswith("STEP "))
    assert taken == STEPS


@pytest.mark.parametrize("room", [0.5, 1.5])
def test_a_rekey_on_a_full_disk_leaves_the_old_key(room: float, tmp_path: Path) -> None:
    """No room for the backup (half the file's size free) or for the copy under the new key
    (one and a half): the database keeps its key and opens, with one clear sentence."""
    with small_disk(tmp_path / "disk", "16m") as folder:
        path = folder / "cases.sqlite"
        opened = security.open_for_work(str(path))
        made = opened.new_keys
        assert made is not None
        demo.generate(opened.db, 60, seed=4, as_of=AS_OF)
        opened.db.close()
        references = references_of(path)
        fill(folder, int(path.stat().st_size * room))
        done = gd("keys", "rekey", db=path)
        assert done.returncode == 1, done.stdout
        assert_one_clear_message(done.stderr, any_of=("full", "space"))
        assert not KEY.findall(done.stderr)  # no recovery key shown that would not work
        assert references_of(path) == references
        assert key_opens(path, made.key)
