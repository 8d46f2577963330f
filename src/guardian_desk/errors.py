"""Typed errors whose message a clerk can read.

Every error a user can cause derives from :class:`GuardianDeskError`; the command line and
the window show ``str(error)`` and nothing else. Anything else is a bug and goes to the crash
handler.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Self


def translatable(context: str, text: str) -> str:
    """Marks ``text`` as a template the window translates in ``context`` (for
    ``scripts/build-catalogue``, as ``QT_TRANSLATE_NOOP`` marks it for lupdate); returns it."""
    return text


class Message(str):
    """English text that remembers how it was made, so that the window can say it in its own
    language.

    It is the English sentence (``str(message)``, logs, the command line and exports read it
    as any text), and it keeps its Qt Linguist ``context``, its ``template`` with ``{name}``
    fields, and the ``params`` that fill them. The window translates the template in its
    context and fills it with the parameters, a parameter that is a Message translated in
    turn (see ``guardian_desk.ui.i18n.translated``). The domain and the services stay free of
    Qt: ``scripts/build-catalogue`` finds every ``Message("Context", "literal", ...)`` in
    them and writes the strings out for lupdate. Data-file texts (a rule's title) are wrapped
    as ``Message("Rules", title)`` and gathered from the data files by the same script.
    """

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, /, **params: Any) -> Self:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.context = context
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent between processes (a file checked in a child process) with what it was made of.
        return (_rebuild, (self.context, self.template, self.params))


def _rebuild(context: str, template: str, params: dict[str, Any]) -> Message:
    return Message(context, template, **params)


class Named(Message):
    """A code said by its name: ``english`` here, its name in the window's language there.

    ``kind`` is one of the kinds of code the window names (``language``, ``country``,
    ``jurisdiction``, ``script``, ``time_zone``).
    """

    kind: str
    code: str

    def __new__(cls, kind: str, code: str, english: str) -> Self:
        made = super().__new__(cls, "", english)
        made.kind = kind
        made.code = code
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Named, (self.kind, self.code, str(self)))


def joined(parts: Sequence[str], separator: str = "; ") -> Message:
    """Parts (each a Message or text) said one after the other, each translated on its own."""
    fields = {f"p{i}": part for i, part in enumerate(parts)}
    return Message("", separator.join("{" + name + "}" for name in fields), **fields)


class GuardianDeskError(Exception):
    """An expected failure with a message meant for the user."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input, located by a path such as ``cases[3].hearings[0]``."""

    path: str
    message: str  # a Message where the window should say it in its language

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(GuardianDeskError):
    """Input that cannot be accepted; lists each problem with where it is."""

    def __init__(self, summary: str, problems: Sequence[Problem] = ()) -> None:
        self.summary = summary  # a Message where the window should say it in its language
        self.problems = list(problems)
        super().__init__(self.describe())

    def describe(self, limit: int = 20) -> str:
        """The summary followed by up to ``limit`` problems, one per line."""
        lines = [self.summary]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more problems")
        return "\n".join(lines)


class NotFoundError(GuardianDeskError):
    """Something the user named does not exist."""


class ConflictError(GuardianDeskError):
    """The data changed underneath, or would clash with what is there."""


class DatabaseError(GuardianDeskError):
    """The database cannot be opened or used as it is."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer Guardian Desk; it is left untouched."""


class LockedError(GuardianDeskError):
    """Another program holds the database or the file for writing; trying later may work."""


class SessionLockedError(GuardianDeskError):
    """The window is locked (idle, or the screen locked): nothing reads or writes case data
    until a person unlocks it."""


class ServerPasswordError(DatabaseError):
    """The team's server asks for a password this computer's keyring does not hold, or
    refused the one it holds."""


class KeyNeededError(DatabaseError):
    """The database is encrypted and its key is not at hand: the keyring lacks it, or holds
    another; the recovery key opens it."""


class WrongKeyError(DatabaseError):
    """The key given does not open the database (or its first page is damaged)."""


class AccessDeniedError(GuardianDeskError):
    """The signed-in person's role does not allow this; the message says what, never what
    is hidden."""


class SignInNeededError(KeyNeededError):
    """The database has users and no one is signed in on this computer: a user name and
    passphrase open it (or, for an encrypted file, its recovery key and then a user's)."""


class SignInError(GuardianDeskError):
    """A sign-in that did not succeed: wrong user name or passphrase, a removed user, or too
    many tries (``retry_after`` says how many seconds to wait)."""

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
