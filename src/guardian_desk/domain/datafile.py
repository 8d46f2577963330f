"""Reading the data files a lawyer edits (rules, recognition): every mistake, with its place."""

from __future__ import annotations

from guardian_desk.errors import Problem


class DataFileReader:
    """Collects the problems of one file, each named ``file: place``, to report them all."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(f"{self.name}: {where}", message))
