"""The command line: ``guardian-desk`` alone starts the window; subcommands work headless.

Expected errors print one clear message to stderr and exit with status 1; no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from guardian_desk import __version__, cli_protection, cli_reports, cli_transfer
from guardian_desk.config import DB_ENV, database_target
from guardian_desk.domain.dates import EARLIEST_DAY, LATEST_DAY
from guardian_desk.domain.text import spreadsheet_safe
from guardian_desk.errors import GuardianDeskError, LockedError, SignInError
from guardian_desk.files import os_error_words
from guardian_desk.log import setup_logging, write_crash_report
from guardian_desk.storage.database import Database, to_url, verify

PROG = "guardian-desk"


# Sane bounds for what a person types: anything beyond is a typing mistake, not a request.
MAX_COUNT = 1_000_000
T = TypeVar("T")
MAX_DAYS = 36_600  # a hundred years
FIRST_DAY, LAST_DAY = EARLIEST_DAY, LATEST_DAY
MAX_SPAN_DAYS = 3_660  # ten years of calendar at once


def _whole(low: int, high: int) -> Any:
    """An argparse type: a whole number from ``low`` to ``high``, else one clear sentence."""

    def whole(text: str) -> int:
        words = f"must be a whole number from {low} to {high:,}".replace(",", " ")
        if len(text) > 20:
            raise argparse.ArgumentTypeError(words)
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(words) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(words)
        return value

    return whole


_positive = _whole(0, MAX_COUNT)


def _day(text: str) -> date:
    words = (
        f"must be a date as YYYY-MM-DD between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"
    )
    try:
        day = date.fromisoformat(text.strip()) if len(text) <= 10 else None
    except ValueError:
        day = None
    if day is None or not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(words)
    return day


def _row(*cells: object) -> str:
    return "\t".join(spreadsheet_safe(c) for c in cells)


def _as_of(command: argparse.ArgumentParser, counted: str) -> None:
    """Offer ``--as-of DAY`` with the one meaning it has on every command: DAY is taken as
    today (``counted`` says what that moves); ``args.as_of`` is None without it."""
    command.add_argument(
        "--as-of",
        type=_day,
        default=None,
        metavar="DAY",
        help=f"take DAY as today: {counted} (default today)",
    )


def build_parser() -> argparse.ArgumentParser:
    db_help = f"database file or URL (default: ${DB_ENV} or the user's data folder)"
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Guardian Desk: case management for legal-aid teams representing "
        "displaced and unaccompanied children. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Guardian Desk {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help=db_help)
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh throw-away demo database"
    )
    parser.add_argument(
        "--no-crash-dialog", action="store_true", help="report crashes on stderr only (for CI)"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="the database's recovery key, when this computer's keyring does not hold its key "
        "(in a terminal it is asked for instead)",
    )
    common.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as this user (the passphrase is asked in a terminal, or read from "
        "--passphrase-file); without it, the user this computer remembers",
    )
    common.add_argument(
        "--user-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the passphrase of --user, for scripts (keep the file private)",
    )
    common.add_argument(
        "--remember-me",
        action="store_true",
        help="keep the signed-in user in this computer's keyring: later commands need no --user",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    people = commands.add_parser(
        "users", parents=[common], help="the people who sign in: list, add, remove, passphrases"
    )
    people.add_argument(
        "action",
        choices=[
            "list",
            "add",
            "remove",
            "role",
            "reset",
            "passphrase",
            "suspend",
            "resume",
            "demo",
        ],
        help="list; add NAME --role ROLE [--member NAME]; remove NAME; role NAME --role ROLE; "
        "reset NAME (a new passphrase, changed at the next sign-in); passphrase (your own); "
        "suspend NAME; resume NAME; demo (one user per role, demo databases only)",
    )
    people.add_argument("name", nargs="?", help="the user name")
    people.add_argument("--role", help="the role's id (guardian-desk roles list)")
    people.add_argument("--member", metavar="FULL_NAME", help="the team member they are")
    people.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the new passphrase, for scripts (else it is asked twice in a terminal)",
    )

    server = commands.add_parser(
        "server",
        parents=[common],
        help="a team's server: give a user a database role of their own (psql sees only "
        "what their role may read)",
    )
    server.add_argument("action", choices=["add-user"], help="add-user NAME")
    server.add_argument("name", help="the user name")
    server.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the role's password, for scripts (else it is asked twice in a terminal)",
    )

    demo = commands.add_parser("demo-data", parents=[common], help="add fictional demo cases")
    demo.add_argument("--cases", type=_positive, default=200, help="how many (default 200)")
    demo.add_argument(
        "--seed", type=_whole(0, 2**31 - 1), default=1, help="the same seed gives the same data"
    )
    _as_of(demo, "the demo data is built around it")

    load = commands.add_parser(
        "import", parents=[common], help="import an exchange file (clear, or sealed with age)"
    )
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="the passphrase of a sealed file"
    )
    load.add_argument(
        "--identity", type=Path, metavar="FILE", help="an age identity a file was sealed to"
    )

    dump = commands.add_parser(
        "export",
        parents=[common],
        help="export cases to an exchange file, sealed with age to a passphrase or recipients",
    )
    dump.add_argument("--case", action="append", metavar="REF", help="only this case (repeatable)")
    dump.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    dump.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="seal it to the passphrase in FILE (in a terminal it is asked for instead)",
    )
    dump.add_argument(
        "--to", action="append", default=[], metavar="RECIPIENT", help="seal it to an age recipient"
    )
    dump.add_argument(
        "--unencrypted",
        action="store_true",
        help="write a clear copy: every child's data in it can be read by anyone who has it",
    )

    listing = commands.add_parser("cases", parents=[common], help="list cases")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--limit", type=_positive, default=None, help="at most this many")
    listing.add_argument(
        "--hearing-within",
        type=_whole(1, MAX_DAYS),
        metavar="DAYS",
        help="only cases with a hearing within DAYS from today",
    )
    _as_of(listing, "ages, the next hearing, --hearing-within and what is overdue count from it")

    find = commands.add_parser("search", parents=[common], help="find cases by name or number")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--json", action="store_true", help="print JSON")
    find.add_argument("--limit", type=_positive, default=50)

    clocks = commands.add_parser(
        "deadlines",
        parents=[common],
        help="open deadlines, earliest first: the rules' (with citations) and those set by hand",
    )
    clocks.add_argument(
        "--case", action="append", metavar="REF", help="only this case (repeatable)"
    )
    clocks.add_argument(
        "--due-within",
        type=_whole(0, MAX_DAYS),
        metavar="DAYS",
        help="only those due within DAYS from today (overdue ones included)",
    )
    clocks.add_argument(
        "--all", action="store_true", help="done and waived deadlines too, not only open ones"
    )
    clocks.add_argument(
        "--recompute",
        action="store_true",
        help="first bring every case's deadlines in line with the current rule files",
    )
    _as_of(clocks, "what is overdue and --due-within count from it")
    clocks.add_argument("--json", action="store_true", help="print JSON")

    agenda = commands.add_parser(
        "calendar",
        parents=[common],
        help="hearings and deadlines over a span of days, or an iCalendar (.ics) file of them",
    )
    agenda.add_argument("--from", dest="first", type=_day, help="first day (default today)")
    agenda.add_argument(
        "--to", dest="last", type=_day, help="last day (default 30 days after the first)"
    )
    _as_of(agenda, "the period starts on it unless --from is given; overdue counts from it")
    agenda.add_argument("--case", metavar="REF", help="only this case")
    agenda.add_argument(
        "--person", metavar="NAME", help="only what this team member attends or handles"
    )
    agenda.add_argument("--ics", type=Path, metavar="FILE", help="write an iCalendar file")
    agenda.add_argument(
        "--child-names",
        action="store_true",
        help="name the child in .ics titles (off: the case reference only)",
    )
    lead_days = _whole(0, 365)
    agenda.add_argument(
        "--remind",
        metavar="DAYS",
        type=lambda text: tuple(lead_days(part) for part in text.split(",")),
        default=(),
        help="with --ics: a reminder this many days before each event (e.g. 2,5)",
    )
    agenda.add_argument("--json", action="store_true", help="print JSON")

    ready = commands.add_parser(
        "readiness",
        parents=[common],
        help="what each proceeding's documents still lack to be court-ready",
    )
    ready.add_argument("--case", required=True, metavar="REF", help="the case")
    ready.add_argument(
        "--on",
        type=_day,
        metavar="DAY",
        help="check as things will stand on DAY: the proceedings open that day, each document "
        "judged on that day (default: each open proceeding for its next hearing, else today)",
    )
    ready.add_argument("--json", action="store_true", help="print JSON")

    catalogue = commands.add_parser("forms", parents=[common], help="the filing forms")
    catalogue.add_argument(
        "action",
        choices=["list", "check"],
        help="list: every form and its languages; check: every translation missing, stale or "
        "out of step with the English (exit status 1 when there is any)",
    )
    catalogue.add_argument("--json", action="store_true", help="print JSON")

    roles = commands.add_parser(
        "roles",
        help="the roles: list who may see and do what, or check an organisation's role files",
    )
    roles.add_argument(
        "action",
        choices=["list", "check"],
        help="list: every role in force; check: the organisation's role files (exit status 1 "
        "when one cannot be used)",
    )
    roles.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help="the organisation's role files (default: $GUARDIAN_DESK_ROLES or the "
        "configuration folder's roles/)",
    )

    make = commands.add_parser(
        "filing", parents=[common], help="make a filing (PDF or DOCX) from a form and a case"
    )
    make.add_argument("--case", required=True, metavar="REF", help="the case")
    make.add_argument("--form", required=True, metavar="ID", help="the form (see: forms list)")
    make.add_argument(
        "--lang",
        metavar="XX",
        help="language of the filing (default: the court's where the form is written in it, "
        "else English)",
    )
    make.add_argument(
        "--second-lang",
        metavar="XX",
        help="a second language: bilingual filing (default: the child's where the form is "
        "written in it and it is not the first; 'none' for one language)",
    )
    make.add_argument(
        "--arrangement",
        choices=["columns", "sequential"],
        help="two languages side by side or one after the other (default: the form's)",
    )
    make.add_argument("--hearing", metavar="ID", help="the hearing (default: the next one)")
    make.add_argument("--proceeding", metavar="ID", help="the proceeding (default: the hearing's)")
    make.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="what the clerk would type for the form (repeatable; see: forms list)",
    )
    make.add_argument(
        "--exhibit",
        action="append",
        metavar="DOCUMENT_ID",
        help="a document to list as an exhibit (repeatable; default: those with scans)",
    )
    make.add_argument(
        "--native-digits",
        action="store_true",
        default=None,
        help="Arabic-Indic digits in Arabic, Dari or Pashto text (where the forum wants them)",
    )
    make.add_argument("--format", choices=["pdf", "docx"], required=True)
    make.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    make.add_argument("--no-keep", action="store_true", help="do not record the filing in the case")

    bundle = commands.add_parser(
        "packet",
        parents=[common],
        help="a hearing packet: a filing and its exhibits in one Bates-numbered PDF",
    )
    bundle.add_argument("--case", required=True, metavar="REF", help="the case")
    bundle.add_argument("--hearing", required=True, metavar="ID", help="the hearing")
    bundle.add_argument(
        "--form",
        default=None,
        metavar="ID",
        help="the filing that leads it (default: exhibit index)",
    )
    bundle.add_argument(
        "--exhibit",
        action="append",
        metavar="DOCUMENT_ID",
        help="a document to attach (repeatable; default: every document with a scan)",
    )
    bundle.add_argument(
        "--lang",
        metavar="XX",
        help="the packet's language: its filing, contents page, slip sheets and exhibit "
        "descriptions (default: the court's where the form is written in it, else English)",
    )
    bundle.add_argument("--bates-prefix", metavar="TEXT", help="default: the case reference")
    bundle.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    bundle.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    bundle.add_argument("--no-keep", action="store_true", help="do not record it in the case")

    commands.add_parser(
        "check",
        parents=[common],
        help="check integrity and schema version, and read every case and stored file",
    )
    trail = commands.add_parser(
        "audit",
        parents=[common],
        help="the audit log: verify its chain, or list entries by person, case, action, period",
    )
    trail.add_argument("action", choices=["verify", "list"])
    trail.add_argument("--person", metavar="NAME", help="with list: entries of this person")
    trail.add_argument("--case", metavar="REF", help="with list: entries about this case")
    trail.add_argument(
        "--what", metavar="ACTION", help="with list: entries of this action (case changed...)"
    )
    trail.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD")
    trail.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD")
    trail.add_argument(
        "--limit", type=_whole(1, MAX_COUNT), default=200, help="how many, newest first"
    )
    trail.add_argument("--json", action="store_true", help="with list: as JSON")
    trail.add_argument(
        "--against",
        dest="file",
        type=Path,
        metavar="FILE",
        help="with verify: also check the log against the checkpoint an export, a filing or a "
        "packet carries (finds entries cut off since it was made)",
    )
    trail.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="the passphrase of a sealed export"
    )
    trail.add_argument(
        "--identity", type=Path, metavar="FILE", help="an age identity an export was sealed to"
    )
    rescue = commands.add_parser(
        "recover",
        parents=[common],
        help="export every case still readable from a damaged database, naming the others",
    )
    rescue.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    keys = commands.add_parser(
        "keys",
        parents=[common],
        help="the database's encryption: status (nothing is unlocked), encrypt a plain "
        "database in place, a new recovery key, or a new database key (rekey)",
    )
    keys.add_argument(
        "action", choices=["status", "encrypt", "new-recovery-key", "rekey", "server-password"]
    )
    keys.add_argument(
        "--sheet",
        type=Path,
        metavar="FILE",
        help="with encrypt, new-recovery-key or rekey: also write the recovery sheet (PDF) to "
        "print",
    )
    keys.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help="with server-password: the team server's password, read from this file (else "
        "typed in a terminal)",
    )
    cli_transfer.add_commands(commands, common)
    cli_protection.add_commands(commands, common, _day)
    cli_reports.add_commands(commands, common, _day, _as_of)
    return parser


def _secret_file(path: Path, what: str) -> str:
    try:
        if path.stat().st_size > 10_000:
            raise GuardianDeskError(f"{path.name} is too large to hold {what}.")
        return path.read_text(encoding="utf-8", errors="replace").rstrip("\r\n")
    except OSError as exc:
        raise GuardianDeskError(f"The file with {what} cannot be read: {exc.strerror}.") from None


def _sealing(args: argparse.Namespace) -> tuple[str | None, list[str]]:
    """How ``export`` seals its file: a passphrase, recipients, or a clear copy asked for."""
    from guardian_desk.services import exchange

    chosen = [bool(args.passphrase_file), bool(args.to), bool(args.unencrypted)]
    if sum(chosen) > 1:
        raise GuardianDeskError(
            "Choose one of --passphrase-file, --to and --unencrypted for an export."
        )
    if args.unencrypted:
        return None, []
    if args.to:
        return None, list(args.to)
    if args.passphrase_file:
        return exchange.check_passphrase(_secret_file(args.passphrase_file, "a passphrase")), []
    if not sys.stdin.isatty():
        raise GuardianDeskError(
            "An export is encrypted: give --passphrase-file FILE or --to RECIPIENT, or "
            "--unencrypted for a clear copy (anyone who has it can read every child's data)."
        )
    import getpass

    typed = exchange.check_passphrase(getpass.getpass("Passphrase for the export: "))
    if getpass.getpass("The same passphrase again: ") != typed:
        raise GuardianDeskError("The two passphrases differ; nothing was exported.")
    return typed, []


def _opening(args: argparse.Namespace) -> dict[str, Any]:
    """What ``import`` opens a sealed file with, asked for in a terminal if needed."""
    from guardian_desk.services import exchange

    if args.identity:
        return {"identities": exchange.identities_in(args.identity)}
    if args.passphrase_file:
        return {"passphrase": _secret_file(args.passphrase_file, "a passphrase")}
    try:
        with args.file.open("rb") as handle:
            sealed = exchange.is_sealed(handle.read(32))
    except OSError:
        return {}  # the import says why it cannot read the file
    if sealed and sys.stdin.isatty():
        import getpass

        return {"passphrase": getpass.getpass(f"Passphrase of {args.file.name}: ")}
    if sealed:
        raise GuardianDeskError(
            f"{args.file.name} is encrypted: give --passphrase-file FILE or --identity FILE."
        )
    return {}


def _read_recovery_key(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "recovery_key_file", None)
    return None if path is None else _secret_file(path, "the recovery key").strip()


def _with_recovery_key(args: argparse.Namespace, attempt: Callable[[str | None], T]) -> T:
    """``attempt`` with the recovery key of ``--recovery-key-file`` (or none, for the
    keyring); when the keyring cannot unlock and no file gives the key, it is typed in a
    terminal."""
    from guardian_desk.errors import KeyNeededError, SignInNeededError

    recovery = _read_recovery_key(args)
    try:
        return attempt(recovery)
    except SignInNeededError:
        raise SignInNeededError(
            "This database has users: sign in with --user NAME (the passphrase is asked), "
            "or once with --user NAME --remember-me so that this computer remembers you. If "
            "no one can, --recovery-key-file FILE opens it."
        ) from None
    except KeyNeededError as exc:
        if recovery is not None or not sys.stdin.isatty():
            raise KeyNeededError(
                f"{exc} Give it with --recovery-key-file FILE, or run the command in a "
                "terminal to type it."
            ) from None
        import getpass

        print(f"{PROG}: {exc}", file=sys.stderr)
        return attempt(getpass.getpass("Recovery key: "))


def _open(target: str, args: argparse.Namespace, **options: Any) -> Database:
    """The database, unlocked from the keyring, a recovery key file or the recovery key typed
    in a terminal; a new one is made encrypted and its recovery key shown once."""
    from guardian_desk.services import security

    sign_in = _sign_in_of(args)
    opened = _with_recovery_key(
        args,
        lambda recovery: security.open_for_work(
            target, recovery_key=recovery, sign_in=sign_in, **options
        ),
    )
    if opened.needs_sign_in and sign_in is not None:
        opened.db.close()
        raise SignInError("The user name or the passphrase is not right.")
    recovered = opened.unlocked is not None and opened.unlocked.source == "recovery key"
    if opened.needs_sign_in and recovered and args.command == "users":
        # Whoever holds the recovery key holds the database: when no one can sign in, they
        # reset a passphrase (and only that), which the audit log records.
        if args.action not in ("list", "reset"):
            opened.db.close()
            raise SignInError(
                "Opened with the recovery key, only users list and users reset NAME may run; "
                "then sign in with --user NAME."
            )
        args.recovered = True
    elif opened.needs_sign_in and not (args.command == "users" and args.action == "list"):
        opened.db.close()
        raise SignInError(
            "This database has users: sign in with --user NAME (the passphrase is asked), or "
            "once with --user NAME --remember-me so that this computer remembers you."
            + (
                " Opened with the recovery key, users reset NAME gives a user a new passphrase."
                if recovered
                else ""
            )
        )
    if opened.new_keys is not None:
        _announce(opened.new_keys.recovery_key, opened.db.path, opened.new_keys.keyring_note)
    elif opened.unlocked is not None and opened.unlocked.source == "recovery key":
        kept = opened.unlocked.note is None
        print(
            f"{PROG}: opened with its recovery key; "
            + (
                "its key is in this computer's keyring again."
                if kept
                else f"its key is not kept: {opened.unlocked.note}."
            ),
            file=sys.stderr,
        )
    return opened.db


def _sign_in_of(args: argparse.Namespace) -> Any:
    """Who signs in, from --user and the passphrase (a file, or typed in a terminal)."""
    from guardian_desk.services import security

    name = getattr(args, "user", None)
    if not name:
        return None
    file = getattr(args, "user_passphrase_file", None)
    if file is not None:
        passphrase = _secret_file(file, "a passphrase")
    elif sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase of {name}: ")
    else:
        raise SignInError(
            f"Sign in as {name}: give --user-passphrase-file FILE, or run the command in a "
            "terminal to type the passphrase."
        )
    return security.SignIn(name, passphrase, remember=bool(getattr(args, "remember_me", False)))


def _new_passphrase(args: argparse.Namespace, whose: str) -> str:
    if args.new_passphrase_file is not None:
        return _secret_file(args.new_passphrase_file, "a passphrase")
    if not sys.stdin.isatty():
        raise GuardianDeskError("Give the new passphrase with --new-passphrase-file FILE.")
    import getpass

    typed = getpass.getpass(f"New passphrase for {whose}: ")
    if getpass.getpass("The same passphrase again: ") != typed:
        raise GuardianDeskError("The two passphrases differ; nothing was changed.")
    return typed


def _users(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import security, team

    action, name = args.action, args.name
    if action in ("add", "remove", "role", "reset", "suspend", "resume") and not name:
        raise GuardianDeskError(f"users {action} needs the user name.")
    if action == "list":
        if db.person is None and security.has_users(db) and not getattr(args, "recovered", False):
            raise SignInError("Sign in with --user NAME to list the users.")
        print(_row("user", "role", "team member", "state"))
        for user in security.list_users(db):
            state = "suspended" if not user.active else "must change" if user.must_change else ""
            print(_row(user.username, user.role, user.team_member or "—", state or "active"))
        return 0
    if action == "demo":
        for username, role in security.add_demo_users(db):
            print(f"{username}: {role}")
        print(f"Each has the passphrase: {security.DEMO_PASSPHRASE} (demo databases only).")
        return 0
    if action == "add":
        if not args.role:
            raise GuardianDeskError("users add needs --role (see guardian-desk roles list).")
        member = None
        if args.member:
            member = team.find_member(db, args.member).id
        user = security.add_user(db, name, _new_passphrase(args, name), args.role, member)
        print(f"{user.username} added as {user.role_name}.")
        return 0
    if action == "remove":
        print(security.remove_user(db, name))
        return 0
    if action == "role":
        if not args.role:
            raise GuardianDeskError("users role needs --role.")
        security.change_role(db, name, args.role)
        print(f"{name} is now {args.role}.")
        return 0
    if action == "reset":
        security.reset_passphrase(db, name, _new_passphrase(args, name))
        print(f"{name} has a new passphrase and chooses their own at the next sign-in.")
        return 0
    if action in ("suspend", "resume"):
        security.set_active(db, name, action == "resume")
        print(f"{name} is {'suspended' if action == 'suspend' else 'active again'}.")
        return 0
    # passphrase: the signed-in person's own
    if db.person is None:
        raise SignInError("Sign in with --user NAME to change your passphrase.")
    import getpass

    old = (
        getpass.getpass("Current passphrase: ")
        if sys.stdin.isatty()
        else _secret_file(args.user_passphrase_file, "a passphrase")
    )
    security.change_passphrase(db, db.person.username, old, _new_passphrase(args, "you"))
    print("Your passphrase is changed.")
    return 0


def _announce(
    recovery_key: str, path: Path | None, keyring_note: str | None, *, new: bool = True
) -> None:
    name = path.name if path else "the database"
    lines = [
        f"{name} is a new encrypted database. Its recovery key, shown this once:"
        if new
        else f"The new recovery key of {name}, shown this once:",
        "",
        f"    {recovery_key}",
        "",
        "Write it down or print it and keep it apart from this computer (in the office safe).",
        "It opens the database when this computer's keyring cannot: without both, the data",
        "cannot be read by anyone.",
    ]
    if keyring_note:
        lines.append(
            f"The key is not kept in a keyring: {keyring_note}. Every start asks for the "
            "recovery key."
        )
    print("\n".join(f"{PROG}: {line}" if line else "" for line in lines), file=sys.stderr)


def _keys(target: str, args: argparse.Namespace) -> int:
    from guardian_desk.services import security

    path = security.sqlite_file(target)
    if path is None:
        return _server_keys(target, args)
    if args.action == "server-password":
        print(f"{PROG}: server-password is for a team's server (--db postgresql://...).")
        return 1
    if args.action == "status":
        if not path.exists():
            print(f"{PROG}: there is no database at {path}.", file=sys.stderr)
            return 1
        found = security.status(path)
        print(f"Database: {path}")
        if not found.encrypted:
            print("Encrypted: no (a plain SQLite file: anyone who copies it can read it)")
            return 0
        print("Encrypted: yes (SQLCipher 4, AES-256, a key of 256 bits)")
        print(f"Database id: {found.database_id}")
        print(f"Key in this computer's keyring: {'yes' if found.in_keyring else 'no'}")
        print(f"Keyring: {found.keyring}")
        print(f"Recovery key made: {found.recovery_key_made}")
        if found.rekey_interrupted:
            print("A change of key was interrupted: run guardian-desk keys rekey to finish it.")
        return 0
    if args.action == "encrypt":
        return _encrypt(path, args.sheet)
    if args.action == "rekey":
        return _rekey(path, args)
    db = _open(target, args, daily_backup=False)
    try:
        if db.key is None:
            print(f"{PROG}: {path.name} is not encrypted; it has no recovery key.", file=sys.stderr)
            return 1
        fresh = security.replace_recovery_key(path, db.key)
    finally:
        db.close()
    print(f"{PROG}: the old recovery key of {path.name} no longer opens it.", file=sys.stderr)
    _announce(fresh, path, None, new=False)
    _write_sheet(args.sheet, path, fresh)
    return 0


def _server_keys(target: str, args: argparse.Namespace) -> int:
    """A team's server: its password kept in the keyring, and what protects the connection."""
    from guardian_desk.services import security as servers

    servers.refuse_password_in_address(target)
    if args.action == "server-password":
        if args.password_file is not None:
            password = _secret_file(args.password_file, "the password")
        elif sys.stdin.isatty():
            import getpass

            password = getpass.getpass(f"Password of {servers.address_shown(target)}: ")
        else:
            raise GuardianDeskError(
                "Give the password with --password-file FILE, or run the command in a terminal "
                "to type it."
            )
        if not password:
            raise GuardianDeskError("No password was given; nothing was kept.")
        servers.check_server_password(target, password)
        servers.store_server_password(target, password)
        print("The server accepted the password; it is kept in this computer's keyring.")
        return 0
    if args.action != "status":
        print(
            f"{PROG}: a server keeps its data protected itself; {args.action} is for SQLite files.",
            file=sys.stderr,
        )
        return 1
    from sqlalchemy.engine import make_url

    url = make_url(servers.connection_url(target, password=""))
    print(f"Database: {servers.address_shown(target)}")
    if servers.on_this_machine(url):
        print("Server: on this computer (reached as the address says)")
    else:
        print(
            f"Server: on another computer, reached with TLS ({url.query.get('sslmode')}, "
            f"certificates checked against {url.query.get('sslrootcert')})"
        )
    kept = servers.stored_server_password(target) is not None
    print(f"Password in this computer's keyring: {'yes' if kept else 'no'}")
    return 0


def _rekey(path: Path, args: argparse.Namespace) -> int:
    from guardian_desk.services import security

    if not path.exists():
        print(f"{PROG}: there is no database at {path}.", file=sys.stderr)
        return 1

    def show(recovery_key: str) -> None:  # before the key file relies on it
        print(f"{PROG}: {path.name} is under its new key now.", file=sys.stderr)
        _announce(recovery_key, path, None, new=False)
        _write_sheet(args.sheet, path, recovery_key)

    done = _with_recovery_key(
        args, lambda recovery: security.rekey(path, show, recovery_key=recovery)
    )
    if done.finished_interrupted:
        print(f"An interrupted change of the key of {path.name} was finished.")
    print(
        f"{path.name} has a new key. The old key and the old recovery key no longer open it; "
        "destroy the old recovery sheet."
    )
    if done.keyring_note:
        print(
            f"The new key is not kept in a keyring: {done.keyring_note}. Every start asks for "
            "the new recovery key."
        )
    if done.old_backups_removed:
        print(
            f"{done.old_backups_removed} backup(s) under the old key were removed and a "
            "verified backup under the new key was taken. On an SSD, removed files may stay "
            "readable below the file system: full-disk encryption protects against that."
        )
    return 0


def _write_sheet(sheet: Path | None, path: Path, recovery_key: str) -> None:
    """The recovery sheet to print, when asked for (a clear copy of the key: keep it safe)."""
    if sheet is None:
        return
    from guardian_desk.files import write_atomic
    from guardian_desk.services import security

    database_id = security.status(path).database_id or ""
    write_atomic(sheet, security.recovery_sheet(path.name, database_id, recovery_key), "The sheet")
    print(
        f"{PROG}: the recovery sheet is in {sheet}: print it, then delete the file.",
        file=sys.stderr,
    )


def _roles(args: argparse.Namespace) -> int:
    from guardian_desk.domain.roles import ACTIONS, SECTIONS, Access
    from guardian_desk.services import security

    found = security.load_roles(args.folder)
    folder = args.folder or security.organisation_folder()
    if args.action == "check":
        for problem in found.problems:
            print(f"Problem: {problem}")
        print(
            f"{folder}: {len(found.changed)} shipped role(s) changed "
            f"({', '.join(found.changed) or 'none'}), {len(found.added)} added "
            f"({', '.join(found.added) or 'none'}), {len(found.problems)} file(s) not usable."
        )
        return 1 if found.problems else 0
    letters = {Access.NONE: ".", Access.READ: "r", Access.READ_WRITE: "rw"}
    print(_row("role", "scope", *SECTIONS, "actions"))
    for role in found.roles.values():
        grants = [letters[role.access(section)] for section in SECTIONS]
        actions = ",".join(a for a in ACTIONS if role.may(a)) or "none"
        print(_row(role.id, role.scope.value, *grants, actions))
    for problem in found.problems:
        print(f"{PROG}: not used: {problem}", file=sys.stderr)
    return 0


def _forms(args: argparse.Namespace) -> int:
    from guardian_desk.services import filings

    catalogue = filings.shipped_forms()
    if args.action == "check":
        problems = filings.check_forms(catalogue)
        for problem in problems:
            print(problem)
        total = len(catalogue.forms) * len(filings.REQUIRED_LANGUAGES)
        if problems:
            print(f"{len(problems)} problem(s) in {total} form texts.", file=sys.stderr)
            return 1
        drafts = sum(
            1
            for f in catalogue.forms.values()
            for language in filings.REQUIRED_LANGUAGES
            if f.unreviewed(language)
        )
        print(
            f"All {total} form texts are there and in step with the English; "
            f"{drafts} translation(s) await review."
        )
        return 0
    shown = sorted(catalogue.forms.values(), key=lambda f: f.id)
    if args.json:
        listed = [
            {
                "id": f.id,
                "title": f.title,
                "version": f.version,
                "languages": list(f.languages),
                "proceeding_kinds": list(f.proceeding_kinds),
                "jurisdictions": list(f.jurisdictions),
                "needs_hearing": f.needs_hearing,
                "requires": [catalogue.words_for(r) for r in f.requires],
                "reads": list(f.reads),
                "inputs": [
                    {"name": i.name, "label": i.label, "required": i.required, "kind": i.kind}
                    for i in f.inputs
                ],
            }
            for f in shown
        ]
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return 0
    for f in shown:
        where = ", ".join(f.jurisdictions) or "any jurisdiction"
        languages = ", ".join(f.languages)
        print(_row(f.id, f"{f.title} (version {f.version})", where, f"languages: {languages}"))
        for i in f.inputs:
            need = "" if i.required else " (optional)"
            print(f"    --set {i.name}=…  {i.label}{need}")
    return 0


def _prepared(db: Database, args: argparse.Namespace, form_id: str) -> Any:
    """The filing asked for on the command line, or an exit code when it cannot be made."""
    from guardian_desk.services import cases, filings

    case_id = cases.case_id_of(db, args.case)
    if case_id is None:
        print(f"No case with the reference {args.case}.", file=sys.stderr)
        return 1
    inputs = {}
    for item in args.set:
        name, equals, value = item.partition("=")
        if not equals:
            print(f"--set {item}: write NAME=VALUE.", file=sys.stderr)
            return 2
        inputs[name.strip()] = value
    # Unless asked for others: the court's language, and the child's beside it (a packet
    # is in one language).
    case = cases.open_case(db, case_id).case
    form = filings.shipped_forms().form(form_id)
    proceeding_id = getattr(args, "proceeding", None)
    first = (
        args.lang
        or filings.filing_languages(
            form, case, hearing_id=args.hearing, proceeding_id=proceeding_id
        ).first
    )
    second: str | None = None
    if hasattr(args, "second_lang"):
        asked = args.second_lang
        if asked is None:
            second, _why = filings.second_language(form, first, filings.child_languages(case))
        elif asked.casefold() != "none":
            second = asked
    request = filings.Request(
        case_id,
        form_id,
        first,
        hearing_id=args.hearing,
        proceeding_id=proceeding_id,
        inputs=inputs,
        exhibit_ids=tuple(args.exhibit) if args.exhibit else None,
        second_language=second,
        arrangement=getattr(args, "arrangement", None),
        native_digits=getattr(args, "native_digits", None),
    )
    prepared = filings.prepare(db, request, case=case)
    filings.require_readable(db, prepared)  # a form made from what the role may not read
    if prepared.missing:
        print(
            f"{prepared.form.title} for {args.case} cannot be made yet. Missing:",
            file=sys.stderr,
        )
        for words in prepared.missing:
            print(f"  - {words}", file=sys.stderr)
        return 3
    return prepared


def _packet(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.domain.enums import FilingFormat
    from guardian_desk.services import filings

    prepared = _prepared(db, args, args.form or filings.PACKET_FORM)
    if isinstance(prepared, int):
        return prepared
    from guardian_desk.files import staged_file

    packet = filings.make_packet(db, prepared, bates_prefix=args.bates_prefix, keep=False)
    with staged_file(args.output, packet.data, "The packet") as put_in_place:
        if not args.no_keep:  # the file and its record together or not at all
            filings.keep_packet(db, prepared, packet, before_commit=put_in_place)
        else:  # not kept, but in the audit log as it is written
            filings.record_unkept(
                db, prepared, "packet", FilingFormat.PDF, before_commit=put_in_place
            )
    for note in packet.notes:
        print(f"Note: {note}", file=sys.stderr)
    exhibits = len(packet.parts) - 1
    print(
        f"Wrote a packet in {_languages_said(prepared.request)} of {packet.pages} pages "
        f"({exhibits} exhibits, Bates "
        f"{filings.bates(packet.bates_prefix, 1)} to "
        f"{filings.bates(packet.bates_prefix, packet.pages)}) to {args.output}."
    )
    return 0


def _languages_said(request: Any) -> str:
    """ "German + Dari": a filing's languages by name."""
    from guardian_desk.domain.codes import language_name

    chosen = [request.language, *([request.second_language] if request.second_language else [])]
    return " + ".join(language_name(code) for code in chosen)


def _filing(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.domain.enums import FilingFormat
    from guardian_desk.services import filings

    prepared = _prepared(db, args, args.form)
    if isinstance(prepared, int):
        return prepared
    from guardian_desk.files import staged_file

    made = filings.make(db, prepared, FilingFormat(args.format), keep=False)
    kept = ""
    with staged_file(args.output, made.data, "The filing") as put_in_place:
        if not args.no_keep:  # the file and its record together or not at all
            filings.keep_made(db, prepared, made, before_commit=put_in_place)
            kept = " and kept it in the case"
        else:  # not kept, but in the audit log as it is written
            filings.record_unkept(db, prepared, "filing", made.format, before_commit=put_in_place)
    print(
        f"Wrote {prepared.form.title} in {_languages_said(prepared.request)} "
        f"({made.format.value.upper()}) to {args.output}{kept}."
    )
    return 0


def _print_cases(summaries: Sequence[object], as_json: bool) -> None:
    from guardian_desk.services.cases import CaseSummary

    rows = [s for s in summaries if isinstance(s, CaseSummary)]
    if as_json:
        print(json.dumps([s.as_json() for s in rows], ensure_ascii=False, indent=2))
        return
    for s in rows:
        hearing = s.next_hearing.strftime("%Y-%m-%d %H:%M %Z") if s.next_hearing else "—"
        native = f"  {s.name_native}" if s.name_native else ""
        deadline = s.next_deadline.isoformat() if s.next_deadline else "—"
        late = " OVERDUE" if s.overdue else ""
        print(
            _row(
                s.reference,
                f"{s.name_latin}{native}",
                s.age,
                f"next hearing: {hearing}",
                f"next deadline: {deadline}{late}",
            )
        )


def _checked_for(found: Sequence[Any], on: date | None) -> str:
    """Which day the readiness was checked for, in a sentence."""
    if on is not None:
        return f"checked for {on.isoformat()} (documents judged on that day)"
    days = ", ".join(d.isoformat() for d in sorted({p.on for p in found if p.hearing}))
    today = next((p.on for p in found if not p.hearing), None)
    if today is not None:  # a proceeding without a hearing is checked for today
        days = "; ".join(filter(None, (days, f"today, {today.isoformat()}, where none is set")))
    return "checked for each proceeding's next hearing" + (f" ({days})" if days else "")


def _readiness(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import cases, documents

    case_id = cases.case_id_of(db, args.case)  # refused, and audited, outside the scope
    if case_id is not None:
        cases.record_view(db, case_id, "court-readiness")
    found = documents.readiness_of_reference(db, args.case, on=args.on)
    if args.json:
        print(json.dumps([p.as_json() for p in found], ensure_ascii=False, indent=2))
        return 0 if all(p.ready for p in found) else 3
    print(f"{args.case}: {_checked_for(found, args.on)}")
    for proceeding in found:
        when = ("the hearing on " if proceeding.hearing else "") + proceeding.on.isoformat()
        verdict = "READY" if proceeding.ready else f"NOT READY ({proceeding.missing} to do)"
        print(f"{args.case} — {proceeding.label} — for {when}: {verdict}")
        for document in proceeding.documents:
            print(f"  {document.label}")
            for f in document.findings:
                cite = f" [{f.citation}]" if f.citation else ""
                print(f"    {f.status.value:<12} {f.item}: {f.message}{cite}")
    if not found:
        print("This case has no open proceeding.", file=sys.stderr)
    return 0 if all(p.ready for p in found) else 3


def _calendar(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import calendar, cases
    from guardian_desk.services.team import find_member

    today = args.as_of or date.today()
    first = args.first or today
    last = args.last or first + timedelta(days=30)
    if last < first:
        print("The last day is before the first.", file=sys.stderr)
        return 2
    if (last - first).days > MAX_SPAN_DAYS:
        print("Ask for at most ten years of calendar at a time.", file=sys.stderr)
        return 2
    case_id = person_id = None
    if args.case:
        case_id = cases.case_id_of(db, args.case)
        if case_id is None:
            print(f"No case with the reference {args.case}.", file=sys.stderr)
            return 1
        cases.record_view(db, case_id, "calendar")
    if args.person:
        person = find_member(db, args.person)  # GuardianDeskError when unclear
        person_id = person.id
    wanted = calendar.CalendarFilter(person_id=person_id, case_id=case_id)
    if args.remind and not args.ics:
        print("--remind goes with --ics (reminders are written into the file).", file=sys.stderr)
        return 2
    if args.ics:
        written = calendar.export_ics(
            db,
            args.ics,
            first,
            last,
            wanted,
            child_names=args.child_names,
            reminder_days=args.remind,
        )
        print(f"Wrote {written} hearings and deadlines to {args.ics}.")
        return 0
    found = calendar.events(db, first, last, wanted)
    if args.json:
        rows = [
            {
                "day": e.day.isoformat(),
                "time": e.local_time() or None,
                "time_zone": e.time_zone,
                "kind": e.kind.value,
                "case": e.reference,
                "title": e.title,
                "forum": e.forum or None,
                "status": "overdue" if e.overdue(today) else e.status,
                "uid": e.uid(),
                "as_of": today.isoformat(),
            }
            for e in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for e in found:
        state = "OVERDUE" if e.overdue(today) else e.status
        when = f"{e.day.isoformat()} {e.local_time() or '     '}"
        print(_row(when, e.kind.value, state, e.reference, e.title, e.forum))
    if not found:
        print("Nothing in this period.", file=sys.stderr)
    return 0


def _encrypt(path: Path, sheet: Path | None = None) -> int:
    from guardian_desk.services.security import encrypt

    if not path.exists():
        print(f"{PROG}: there is no database at {path}.", file=sys.stderr)
        return 1
    done = encrypt(path)
    if done.new_keys is None:
        print(f"{path.name} was encrypted already.")
    else:
        print(f"{path.name} is encrypted now.")
        _announce(done.new_keys.recovery_key, path, done.new_keys.keyring_note, new=False)
        _write_sheet(sheet, path, done.new_keys.recovery_key)
    if done.plain_backups_removed:
        print(
            f"{done.plain_backups_removed} plain backup(s) were removed. On an SSD, removed "
            "files may stay readable below the file system: full-disk encryption protects "
            "against that."
        )
    return 0


def _writes(args: argparse.Namespace) -> bool:
    """Whether the command writes to the database."""
    if args.command in ("demo-data", "import"):
        return True
    if args.command == "users":
        return bool(args.action != "list")
    if args.command == "server":
        return True
    if args.command == "keys":
        return bool(args.action in ("encrypt", "rekey"))
    if args.command == "deadlines":
        return bool(args.recompute)
    if args.command in ("filing", "packet"):
        return not args.no_keep
    if args.command in cli_transfer.COMMANDS:
        return cli_transfer.writes(args)
    if args.command in cli_protection.COMMANDS:
        return cli_protection.writes(args)
    if args.command in cli_reports.COMMANDS:
        return cli_reports.writes(args)
    return False


def _lock_owner(target: str) -> str | None:
    """Who holds the window's lock on a SQLite database (``process N on host H``), if anyone.

    The window holds ``<database>.lock`` (Qt's QLockFile: the process id, the program and the
    computer, one a line) for as long as it has the database open. A lock whose process has
    ended on this computer is a leftover of a crash and holds nothing.
    """
    url = to_url(target)
    if not url.startswith("sqlite:///"):
        return None  # a server database: many clients share it by design
    lock = Path(url.removeprefix("sqlite:///") + ".lock")
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return "another Guardian Desk"
    host = lines[2] if len(lines) > 2 else ""
    if host in ("", socket.gethostname()) and not _process_runs(pid):
        return None
    return f"process {pid} on host {host or '?'}"


def _process_runs(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would end it there; assume it runs
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _refuse_while_window_open(target: str) -> None:
    owner = _lock_owner(target)
    if owner is not None:
        raise LockedError(
            f"Guardian Desk has this database open ({owner}). Close that window first: the "
            "command line writes only when no window has the database open, so that no one's "
            "unsaved edits are overtaken. Reading commands (cases, search, export, calendar, "
            "deadlines without --recompute) work while it is open."
        )


def _audit(db: Database, args: argparse.Namespace, opening: dict[str, Any]) -> int:
    from guardian_desk.services import audit, cases

    if args.action == "verify":
        checked = audit.verify(db)
        if checked.broken is not None:
            broken = checked.broken
            print(
                f"The audit log was tampered with: entry {broken.entry_id} breaks the chain "
                f"({broken.reason}); the {broken.position - 1} entries before it are whole.",
                file=sys.stderr,
            )
            return 1
        print(f"The audit log is whole: {checked.entries} entries, each chained to the last.")
        if args.file is None:
            return 0
        return _audit_against(db, args.file, opening)
    case_id = None
    if args.case:
        case_id = cases.case_id_of(db, args.case)
        if case_id is None:
            raise GuardianDeskError(f"There is no case {args.case}.")
    chosen = audit.AuditFilter(
        actor=args.person,
        case_id=case_id,
        action=args.what,
        first_day=args.first,
        last_day=args.last,
        limit=args.limit,
    )
    found = audit.entries(db, chosen)
    if args.json:
        print(json.dumps([e.__dict__ for e in found], ensure_ascii=False, indent=2))
        return 0
    for entry in found:
        detail = json.dumps(entry.detail, ensure_ascii=False) if entry.detail else ""
        print(
            _row(
                entry.number,
                entry.at,
                entry.actor,
                entry.action,
                entry.case_reference or "",
                detail,
            )
        )
    if not found:
        print("No entry matches.", file=sys.stderr)
    return 0


def _audit_against(db: Database, path: Path, opening: dict[str, Any]) -> int:
    """The log checked against the checkpoint a file that left the office carries."""
    from guardian_desk.services import audit, exchange

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GuardianDeskError(f"{path.name} cannot be read: {exc.strerror}.") from None
    if exchange.is_sealed(raw):
        raw = exchange.unseal(raw, path.name, **opening)
    checkpoint = audit.checkpoint_carried_by(raw)
    if checkpoint is None:
        raise GuardianDeskError(
            f"{path.name} carries no checkpoint of the audit log (only exports, filings and "
            "packets made by this version of Guardian Desk do)."
        )
    problem = audit.check_checkpoint(db, checkpoint)
    if problem is not None:
        print(
            f"The audit log does not match {path.name}: {problem}.",
            file=sys.stderr,
        )
        return 1
    print(
        f"{path.name} was made at entry {checkpoint.entries} ({checkpoint.at}); the log still "
        "holds it."
    )
    return 0


def _recover(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import maintenance

    found = maintenance.recover(db, args.output)
    print(f"Exported {found.exported} readable cases to {args.output}.")
    if found.damaged_files:
        print(f"{found.damaged_files} stored file(s) are damaged and were left out.")
    for reference in found.unreadable:
        print(f"Not readable: {reference}")
    if found.unreadable:
        print(
            f"{len(found.unreadable)} case(s) could not be read; take them from the last "
            "verified backup.",
            file=sys.stderr,
        )
        return 1
    return 0


def _run(args: argparse.Namespace) -> int:
    from guardian_desk.services import cases, exchange, maintenance
    from guardian_desk.services.exchange import demo

    if args.command == "forms":
        return _forms(args)
    if args.command == "roles":
        return _roles(args)
    if args.command in cli_reports.COMMANDS:
        done = cli_reports.without_database(args)  # the list; a mistake before signing in
        if done is not None:
            return done
    target = database_target(args.db)
    if _writes(args):
        _refuse_while_window_open(target)
    # what seals an export or opens an import is settled before the database is opened
    sealing = _sealing(args) if args.command == "export" else (None, [])
    against = args.command == "audit" and getattr(args, "file", None) is not None
    opening = _opening(args) if args.command == "import" or against else {}
    if args.command == "keys":
        return _keys(target, args)
    # check and recover must read a damaged file (recover without writing a byte to it).
    damaged_ok = args.command in ("check", "recover")
    db: Database = _open(
        target,
        args,
        check_integrity=not damaged_ok,
        upgrade=args.command != "recover",
        daily_backup=not damaged_ok,
    )
    try:
        if args.command == "recover":
            return _recover(db, args)
        if args.command == "audit":
            return _audit(db, args, opening)
        if args.command == "users":
            return _users(db, args)
        if args.command == "server":
            from guardian_desk.services import security

            role = security.server_add_user(db, args.name, _new_passphrase(args, args.name))
            print(
                f"{args.name} signs in to the server as {role}; what they read there is what "
                "their role may read, and they write nothing."
            )
            return 0
        if _writes(args):
            verify(db)  # the whole file's check before the first write
        if args.command in cli_transfer.COMMANDS:
            return cli_transfer.run(db, args)
        if args.command in cli_protection.COMMANDS:
            return cli_protection.run(db, args)
        if args.command in cli_reports.COMMANDS:
            return cli_reports.run(db, args)
        if args.command == "demo-data":
            made = demo.generate(db, args.cases, seed=args.seed, as_of=args.as_of)
            print(f"Added {made} demo cases (seed {args.seed}).")
        elif args.command == "import":
            # One transaction with the imported cases' deadlines (under this program's rules).
            result = exchange.import_file(db, args.file, **opening)
            print(
                f"Imported {result.cases} cases, {result.team_members} team members and "
                f"{result.attachments} attachments from {args.file.name}."
            )
        elif args.command == "export":
            passphrase, recipients = sealing
            count = exchange.export_to_file(
                db, args.output, args.case, passphrase=passphrase, recipients=recipients
            )
            if passphrase is not None or recipients:
                to = f"{len(recipients)} recipient(s)" if recipients else "its passphrase"
                print(f"Exported {count} cases to {args.output}, sealed to {to}.")
            else:
                print(f"Exported {count} cases to {args.output}.")
                print(
                    f"{PROG}: {args.output.name} is a clear copy: anyone who has it can read "
                    "every child's data in it. Keep it safe and delete it when it is no longer "
                    "needed.",
                    file=sys.stderr,
                )
        elif args.command == "cases":
            day = args.as_of or date.today()
            within = args.hearing_within
            wanted = cases.CaseFilter(hearing_within_days=within) if within else None
            total = cases.count(db, wanted, day)
            limit = args.limit if args.limit is not None else total
            listed = cases.page(db, 0, limit, wanted, day)
            _print_cases(listed, args.json)
            if not total and not args.json:
                print(
                    f"No case has a hearing within {within} days."
                    if within
                    else "No cases yet: import an exchange file or add demo data.",
                    file=sys.stderr,
                )
            elif args.as_of and not args.json:
                late = sum(1 for s in listed if s.overdue)
                print(
                    f"As of {day.isoformat()}: {late} of the {len(listed)} cases listed have "
                    "an overdue deadline.",
                    file=sys.stderr,
                )
        elif args.command == "search":
            found = cases.search(db, args.text, args.limit)
            _print_cases(found, args.json)
            if not found and not args.json:
                print(f"No case matches “{args.text}”.", file=sys.stderr)
        elif args.command == "deadlines":
            from guardian_desk.services import calendar

            if args.recompute:
                changed = calendar.recompute(db)
                calendar.rules_applied(db)
                print(f"Deadlines recomputed; {changed} case(s) changed.", file=sys.stderr)
            today = args.as_of or date.today()
            until = today + timedelta(days=args.due_within) if args.due_within is not None else None
            clocks = calendar.stored_deadlines(
                db, args.case, due_until=until, open_only=not args.all
            )
            if args.json:
                rows = [
                    {**d.as_json(), "overdue": d.overdue(today), "as_of": today.isoformat()}
                    for d in clocks
                ]
                print(json.dumps(rows, ensure_ascii=False, indent=2))
            for d in [] if args.json else clocks:
                when = d.due.isoformat()
                if d.due_latest is not None and d.uncertain:
                    when += f" to {d.due_latest.isoformat()}"
                state = "OVERDUE" if d.overdue(today) else d.status.value
                origin = f"{d.rule_id}; {d.citation}" if d.rule_id else d.source.value
                marks = (" (assumed)" if d.assumed else "") + (
                    " (to confirm)" if d.to_confirm else ""
                )
                print(_row(when, state + marks, d.reference, d.title, f"[{origin}]"))
            if not clocks and not args.json:
                print("No deadline.", file=sys.stderr)
            elif args.as_of and not args.json:
                late = sum(1 for d in clocks if d.overdue(today))
                print(f"As of {today.isoformat()}: {late} overdue.", file=sys.stderr)
        elif args.command == "readiness":
            return _readiness(db, args)
        elif args.command == "calendar":
            return _calendar(db, args)
        elif args.command == "filing":
            return _filing(db, args)
        elif args.command == "packet":
            return _packet(db, args)
        elif args.command == "check":
            report = maintenance.check(db)
            print(f"Schema: {report.schema_revision} (this program: {report.expected_revision})")
            print(f"Cases: {report.cases}")
            for problem in report.problems:
                print(f"Problem: {problem}")
            print("Database is sound." if report.ok else "Database has problems.")
            return 0 if report.ok else 1
    finally:
        db.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``guardian-desk`` and ``python -m guardian_desk``.

    Whatever happens, a person reads one clear sentence, never a traceback: the program's own
    errors say what is wrong; a locked or read-only database, a full disk or any other
    failure of the system has its own sentence; anything unexpected writes a redacted crash
    report and says where it is. No message carries SQL, its parameters or a child's data.
    """
    private_files()
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        if args.command is None:
            from guardian_desk.app import run_gui

            return run_gui(args.db, demo=args.demo, crash_dialog=not args.no_crash_dialog)
        return _run(args)
    except BrokenPipeError:  # the output went to `head` or a closed pager: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing partial was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        return _report_failure(exc, _database_file(args.db))


def private_files() -> None:
    """Files and folders this process creates are its user's alone (0600 / 0700 on POSIX),
    and it leaves no core dump: a dump of a process that holds a database key would hold the
    key and the pages it decrypted."""
    if os.name == "posix":
        os.umask(0o077)
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _database_file(explicit: str | None) -> Path | None:
    """The SQLite file the command works on, if it is one (for a damaged one's message)."""
    from guardian_desk.storage.database import to_url

    try:
        url = to_url(database_target(explicit))
    except (GuardianDeskError, ValueError):  # only ever used to word a message better
        return None
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _report_failure(exc: Exception, database_file: Path | None = None) -> int:
    from guardian_desk.storage.database import explain

    known = explain(exc, database_file)
    if known is not None:
        print(f"{PROG}: {known}", file=sys.stderr)
        return 1
    if isinstance(exc, MemoryError):
        print(f"{PROG}: the computer ran out of memory; nothing was saved.", file=sys.stderr)
        return 1
    if isinstance(exc, OSError):
        print(f"{PROG}: {os_error_words(exc)}; nothing was saved.", file=sys.stderr)
        return 1
    report = write_crash_report(type(exc), exc, exc.__traceback__)
    print(
        f"{PROG}: an unexpected error stopped the command; nothing partial was kept. A report "
        f"without personal data is in {report}.",
        file=sys.stderr,
    )
    return 70
