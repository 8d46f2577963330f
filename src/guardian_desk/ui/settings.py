"""The user's settings, typed and declared in one place, over ``QSettings``.

Every setting is one :class:`Setting` declared in the body of :class:`Settings`: its key in
the file, its :class:`Kind` (the type, and which values are allowed), its default and a short
doc. Declared there, it is at once a typed property (``settings.hearing_travel_buffer_minutes``
reads an ``int``, assigning one writes it) and listed by :meth:`Settings.declared`.

The file is an INI file a person may edit by hand. A value that cannot be read as its kind
(``abc`` where a number belongs, a code that does not exist) is not an error: the default is
used instead and a warning names the key, never the value, since a value may be a path with a
person's name in it.

How to add a setting:
    1. Declare it in :class:`Settings` with a new key, e.g.
       ``deadline_warning_days = Setting("deadline_warning_days", Integer(0, 90), 3, "...")``.
       Pick the kind that says what is allowed (:class:`Text` with a check,
       :class:`Integer`, :class:`Boolean`, :class:`DayList`) and a default it allows.
    2. Add a sample value for it to ``SAMPLES`` in ``tests/ui/test_settings.py``; the
       round-trip test fails until every declared setting has one.
    A new setting needs no upgrade step: a file without the key reads the default.

How to add an upgrade (when a key is renamed, or its stored form changes):
    1. Write ``_upgrade_to_<n>(qsettings)`` that moves the old form to the new one, and does
       nothing when the old form is absent (a file may be new, or edited by hand).
    2. Append ``(n, _upgrade_to_<n>)`` to :data:`UPGRADES`, ``n`` one more than the last.
       :data:`LATEST_VERSION` follows, and :meth:`Settings.upgrade` (called once at start-up,
       before anything reads a setting) runs every step newer than the file's
       ``settings_version``, in order, and stores the new version.
    3. Test it from a file written the old way.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from guardian_desk.domain.codes import is_jurisdiction, is_language_tag

log = logging.getLogger("guardian_desk.ui.settings")

T = TypeVar("T")


class Kind(ABC, Generic[T]):
    """The type of a setting: which values it allows, and how they are kept in the file."""

    @property
    @abstractmethod
    def description(self) -> str:
        """What an allowed value is, in plain words, e.g. ``a whole number from 0 to 600``."""

    @abstractmethod
    def parse(self, raw: object) -> T:
        """The allowed value that ``raw`` stands for.

        Args:
            raw: a value as given by code, or as ``QSettings`` read it from the file (often a
                string, or a list of strings).

        Raises:
            ValueError: ``raw`` is not an allowed value. The message never repeats ``raw``.
        """

    def dump(self, value: T) -> object:
        """The form in which ``value`` is stored."""
        return value


@dataclass(frozen=True)
class Text(Kind[str]):
    """Text; when ``check`` is given, the text must pass it.

    Empty text is always allowed: it means "not chosen", and the setting's doc says what
    is used then.
    """

    check: Callable[[str], bool] | None = None
    what: str = "text"

    @property
    def description(self) -> str:
        return f"{self.what}, or nothing"

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise ValueError(self.description)
        if raw and self.check is not None and not self.check(raw):
            raise ValueError(self.description)
        return raw


def _whole_number(raw: object, description: str) -> int:
    # bool is an int to Python, but True is not a number of minutes.
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            raise ValueError(description) from None
    raise ValueError(description)


@dataclass(frozen=True)
class Integer(Kind[int]):
    """A whole number from ``low`` to ``high``, both included."""

    low: int
    high: int

    @property
    def description(self) -> str:
        return f"a whole number from {self.low} to {self.high}"

    def parse(self, raw: object) -> int:
        number = _whole_number(raw, self.description)
        if not self.low <= number <= self.high:
            raise ValueError(self.description)
        return number


@dataclass(frozen=True)
class Boolean(Kind[bool]):
    """Yes or no; stored as ``true`` or ``false``."""

    @property
    def description(self) -> str:
        return "true or false"

    def parse(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str):
            word = raw.strip().lower()
            if word in ("true", "1"):
                return True
            if word in ("false", "0"):
                return False
        raise ValueError(self.description)


@dataclass(frozen=True)
class DayList(Kind[tuple[int, ...]]):
    """Numbers of days from ``low`` to ``high``, kept sorted and without repeats.

    Stored as a list (``1, 7, 14`` in the file). A comma-separated string is read too,
    because that is what the file holds after a hand edit of one value or of none.
    """

    low: int
    high: int

    @property
    def description(self) -> str:
        return f"whole numbers of days from {self.low} to {self.high}, separated by commas"

    def parse(self, raw: object) -> tuple[int, ...]:
        items: Sequence[object]
        if isinstance(raw, str):
            items = raw.split(",") if raw.strip() else []
        elif isinstance(raw, list | tuple):
            items = raw
        else:
            raise ValueError(self.description)
        days = {_whole_number(item, self.description) for item in items}
        if any(not self.low <= day <= self.high for day in days):
            raise ValueError(self.description)
        return tuple(sorted(days))

    def dump(self, value: tuple[int, ...]) -> object:
        # QSettings writes an empty list as @Invalid(), which reads back as no value at all.
        return list(value) if value else ""


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the file, its kind, its default and what it is for.

    Declared in the body of :class:`Settings`, it is a typed property there: reading it on a
    ``Settings`` gives the stored value (or the default), assigning to it stores the value.
    Read on the class (``Settings.reminder_lead_days``) it gives this declaration, so a
    preferences dialog can take the kind's bounds from it.
    """

    key: str
    kind: Kind[T]
    default: T
    doc: str

    def __post_init__(self) -> None:
        if self.kind.parse(self.default) != self.default:
            raise ValueError(f"the default of {self.key} is not {self.kind.description}")

    @overload
    def __get__(self, settings: None, owner: type[Settings] | None = None) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type[Settings] | None = None) -> T: ...

    def __get__(
        self, settings: Settings | None, owner: type[Settings] | None = None
    ) -> Setting[T] | T:
        if settings is None:
            return self
        return settings.read(self)

    def __set__(self, settings: Settings, value: T) -> None:
        settings.write(self, value)


VERSION_KEY: Final = "settings_version"
_VERSION: Final = Setting(
    VERSION_KEY,
    Integer(0, 1_000_000),
    0,
    "Which upgrades the file has had; files from before versions were counted are 0.",
)
_WINDOWS: Final = "windows"
_SPLITTERS: Final = "splitters"


def _checked_name(name: str) -> str:
    # A slash would silently open a sub-group in the file and mix two widgets' entries.
    if not name or "/" in name or "\\" in name:
        raise ValueError(f"a widget name must be non-empty and without slashes: {name!r}")
    return name


class Settings:
    """The user's settings, one typed property per setting, kept in a ``QSettings``.

    Reading a property gives the stored value, or the default when nothing is stored or the
    stored value is unusable (a warning is logged once per key). Assigning stores a value
    and raises ``ValueError`` for a value the setting does not allow: the preferences
    dialog offers only allowed values, so that is a bug, not a user's mistake.

    Also keeps window geometry and splitter positions, so dialogs open as they were left.

    Args:
        qsettings: where the values live; by default the user's
            ``GuardianDesk/Guardian Desk.ini``.
    """

    database = Setting(
        "database",
        Text(what="a database file or URL"),
        "",
        "The database to open: a file path or a URL (postgresql://...). Empty means the "
        "default database, as guardian_desk.config.database_target(None) finds it.",
    )
    default_jurisdiction = Setting(
        "default_jurisdiction",
        Text(is_jurisdiction, "an ISO 3166 country or subdivision code"),
        "",
        "The jurisdiction that new cases start in (ISO 3166, e.g. US-CA). Empty: none.",
    )
    ui_language = Setting(
        "ui_language",
        Text(is_language_tag, "a BCP 47 language tag"),
        "",
        "The language of the window (BCP 47, e.g. ar or ti-ER). Empty: the system language.",
    )
    reminder_lead_days = Setting(
        "reminder_lead_days",
        DayList(0, 365),
        (1, 7, 14),
        "How many days before a hearing or deadline reminders are given.",
    )
    hearing_travel_buffer_minutes = Setting(
        "hearing_travel_buffer_minutes",
        Integer(0, 600),
        30,
        "Minutes kept free before a hearing to get to court.",
    )
    lock_after_minutes = Setting(
        "lock_after_minutes",
        Integer(1, 480),
        10,
        "Minutes without a key press or a click after which the window locks: case data "
        "hidden, the database closed, the recovery key needed to go on.",
    )
    ics_titles_show_child_name = Setting(
        "ics_titles_show_child_name",
        Boolean(),
        False,
        "Whether calendar (.ics) event titles name the child; off, they show the case "
        "reference only, since calendars are often shared or synced to phones.",
    )

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            qsettings = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "GuardianDesk",
                "Guardian Desk",
            )
        self._qsettings = qsettings
        self._warned: set[str] = set()

    @classmethod
    def declared(cls) -> tuple[Setting[Any], ...]:
        """Every setting, in the order declared."""
        return tuple(value for value in vars(cls).values() if isinstance(value, Setting))

    @property
    def qsettings(self) -> QSettings:
        """The ``QSettings`` the values live in."""
        return self._qsettings

    @property
    def version(self) -> int:
        """The ``settings_version`` of the file: which upgrades it has had."""
        return self.read(_VERSION)

    def read(self, setting: Setting[T]) -> T:
        """The stored value of ``setting``, or its default when none is stored or usable."""
        raw = self._qsettings.value(setting.key)
        if raw is None and not self._qsettings.contains(setting.key):
            return setting.default
        try:
            return setting.kind.parse(raw)
        except ValueError:
            self._warn_once(setting.key, setting.kind.description)
            return setting.default

    def write(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` for ``setting``.

        Raises:
            ValueError: ``value`` is not allowed for this setting.
        """
        try:
            value = setting.kind.parse(value)
        except ValueError:
            raise ValueError(f"{setting.key} must be {setting.kind.description}") from None
        self._qsettings.setValue(setting.key, setting.kind.dump(value))
        self._warned.discard(setting.key)

    def reset(self, setting: Setting[Any]) -> None:
        """Forget the stored value of ``setting``, so that it reads its default again."""
        self._qsettings.remove(setting.key)
        self._warned.discard(setting.key)

    def save_window(
        self, widget_name: str, geometry: QByteArray, state: QByteArray | None = None
    ) -> None:
        """Keep a window's geometry and, for a main window, its toolbar and dock state.

        Args:
            widget_name: a name unique among the program's windows, e.g. ``MainWindow``.
            geometry: from ``QWidget.saveGeometry()``.
            state: from ``QMainWindow.saveState()``; None forgets a stored state.
        """
        group = f"{_WINDOWS}/{_checked_name(widget_name)}"
        self._qsettings.setValue(f"{group}/geometry", geometry)
        if state is None:
            self._qsettings.remove(f"{group}/state")
        else:
            self._qsettings.setValue(f"{group}/state", state)

    def load_window(self, widget_name: str) -> tuple[QByteArray | None, QByteArray | None]:
        """The geometry and state kept by :meth:`save_window`, each None when there is none."""
        group = f"{_WINDOWS}/{_checked_name(widget_name)}"
        return self._bytes(f"{group}/geometry"), self._bytes(f"{group}/state")

    def save_splitter(self, name: str, state: QByteArray) -> None:
        """Keep a splitter's positions (from ``QSplitter.saveState()``) under ``name``."""
        self._qsettings.setValue(f"{_SPLITTERS}/{_checked_name(name)}", state)

    def load_splitter(self, name: str) -> QByteArray | None:
        """The positions kept by :meth:`save_splitter`, or None when there are none."""
        return self._bytes(f"{_SPLITTERS}/{_checked_name(name)}")

    def upgrade(self) -> None:
        """Bring a file written by an older Guardian Desk to the current form.

        Runs, in order, every step of :data:`UPGRADES` newer than the file's version,
        storing the version after each, and writes the file. A file from a newer Guardian
        Desk is left as it is: its settings still read, and unknown keys are ignored.
        """
        stored = self.version
        if stored > LATEST_VERSION:
            log.info(
                "settings file is version %d, newer than %d; left as it is",
                stored,
                LATEST_VERSION,
            )
            return
        for version, step in UPGRADES:
            if version > stored:
                step(self._qsettings)
                self._qsettings.setValue(VERSION_KEY, version)
                log.info("settings upgraded to version %d", version)
        self.sync()

    def sync(self) -> None:
        """Write pending changes to the file now; a failure is logged, not raised.

        Losing a window size or a preference is no reason to stop a clerk's work.
        """
        self._qsettings.sync()
        status = self._qsettings.status()
        if status != QSettings.Status.NoError:
            log.warning("settings could not be written or read (%s)", status.name)

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self._qsettings.value(key)
        if isinstance(raw, bytes | bytearray):
            raw = QByteArray(raw)
        if isinstance(raw, QByteArray):
            return raw if not raw.isEmpty() else None
        if raw is not None:
            self._warn_once(key, "saved window or splitter state")
        return None

    def _warn_once(self, key: str, description: str) -> None:
        # Getters run often (every dialog that opens): one warning per key is enough.
        if key not in self._warned:
            self._warned.add(key)
            log.warning(
                "setting %s in the settings file is not %s; using the default", key, description
            )


def _upgrade_to_1(qsettings: QSettings) -> None:
    """``reminders/lead_times`` (``"2,5"``) became ``reminder_lead_days`` (a list)."""
    old = "reminders/lead_times"
    if not qsettings.contains(old):
        return
    setting = Settings.reminder_lead_days
    raw = qsettings.value(old)
    qsettings.remove(old)
    if qsettings.contains(setting.key):
        return
    try:
        days = setting.kind.parse(raw)
    except ValueError:
        log.warning("old setting %s is not %s; using the default", old, setting.kind.description)
        return
    qsettings.setValue(setting.key, setting.kind.dump(days))


UPGRADES: Final[tuple[tuple[int, Callable[[QSettings], None]], ...]] = ((1, _upgrade_to_1),)
"""The upgrade steps, oldest first: ``(version, step)``; a step brings a file to ``version``."""

LATEST_VERSION: Final = UPGRADES[-1][0]
"""The ``settings_version`` that this program writes."""
