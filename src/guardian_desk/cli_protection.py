"""The command line's protection commands: ``screen`` (a screening for trafficking risk, or
the instrument's questions). ``cli.py`` adds them and runs them."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from guardian_desk.errors import GuardianDeskError
from guardian_desk.storage.database import Database

COMMANDS = ("screen",)


def add_commands(commands: Any, common: argparse.ArgumentParser, day: Any) -> None:
    screen = commands.add_parser(
        "screen",
        parents=[common],
        help="screen a child for trafficking risk, or list the instrument's questions",
    )
    screen.add_argument("case", nargs="?", metavar="REF", help="the case's reference")
    screen.add_argument("--questions", action="store_true", help="list the questions and their ids")
    screen.add_argument("--lang", default="en", help="the questions' language (en, fr, es, ar)")
    screen.add_argument("--instrument", default="gd-child-v1", metavar="ID")
    screen.add_argument("--on", type=day, metavar="DAY", help="the screening's day (today)")
    screen.add_argument("--yes", action="append", default=[], metavar="ID",
                        help="an indicator found present (repeatable)")  # fmt: skip
    screen.add_argument("--no", action="append", default=[], metavar="ID",
                        help="an indicator found absent (repeatable)")  # fmt: skip
    screen.add_argument("--evidence", action="append", default=[], metavar="ID=TEXT",
                        help="what an answer rests on (repeatable)")  # fmt: skip
    screen.add_argument("--by", metavar="NAME", help="the team member who asked")
    screen.add_argument("--interpreter", metavar="NAME")
    screen.add_argument("--language", metavar="CODE", help="the language it was done in")
    screen.add_argument("--raise-to", choices=("possible", "clear"))
    screen.add_argument("--because", metavar="TEXT", help="why the level is raised")
    screen.add_argument("--json", action="store_true")


def writes(args: argparse.Namespace) -> bool:
    return not args.questions


def run(db: Database, args: argparse.Namespace) -> int:
    from guardian_desk.services import protection

    tool = protection.instrument(args.instrument)
    if args.questions:
        for indicator in tool.indicators:
            print(f"{indicator.id}\t{indicator.strength}\t{indicator.text(args.lang)}")
        print(f"\n{tool.disclaimer}")
        return 0
    if not args.case:
        raise GuardianDeskError("Name the case to screen (its reference), or give --questions.")
    if args.raise_to and not (args.because or "").strip():
        raise GuardianDeskError("Say why the level is raised, with --because TEXT.")
    return _screen(db, args, tool)


def _member(db: Database, name: str | None) -> str | None:
    from guardian_desk.services import team

    return team.find_member(db, name).id if name else None


def _screen(db: Database, args: argparse.Namespace, tool: Any) -> int:
    from guardian_desk.services import cases, protection

    case_id = cases.case_id_of(db, args.case)
    if case_id is None:
        raise GuardianDeskError(f"No case has the reference {args.case}.")
    answers: dict[str, dict[str, Any]] = {}
    for value, ids in (("yes", args.yes), ("no", args.no)):
        for indicator_id in ids:
            if tool.indicator(indicator_id) is None:
                raise GuardianDeskError(
                    f"The instrument {tool.id} has no indicator '{indicator_id}' "
                    "(screen --questions lists them)."
                )
            answers[indicator_id] = {"answer": value, "evidence": None}
    for item in args.evidence:
        indicator_id, _, text = item.partition("=")
        if indicator_id not in answers:
            raise GuardianDeskError(f"--evidence {indicator_id}=… needs --yes or --no for it.")
        answers[indicator_id]["evidence"] = text.strip() or None
    opened = cases.open_case(db, case_id)
    edited = opened.draft()
    record = protection.new_screening(
        edited,
        answers,
        args.on or date.today(),
        instrument_id=tool.id,
        screened_by_id=_member(db, args.by),
        interpreter_id=_member(db, args.interpreter),
        language=args.language,
        raised_to=args.raise_to,
        raised_because=args.because,
    )
    edited.setdefault("screenings", []).append(record)
    stored = cases.save_case(db, opened, edited).case
    level = protection.concern_of(stored).level.value
    tasks = [
        d
        for d in stored.get("deadlines") or []
        if str(d.get("rule_id") or "").startswith(f"{protection.PREFIX}screening:{record['id']}")
    ]
    if args.json:
        print(json.dumps({
            "case": args.case,
            "concern": level,
            "tasks": [{"title": t["title"], "due": t["due_on"], "owner": t.get("owner_id")}
                      for t in tasks],
        }, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{args.case}: concern {level} (the program's rule, not a validated cut-off).")
    for task in sorted(tasks, key=lambda t: str(t["due_on"])):
        print(f"  {task['due_on']}\t{task['title']}")
    paused = protection.paused(stored)
    if paused is not None:
        print(paused)
    return 0
