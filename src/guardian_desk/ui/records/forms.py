"""Forms for the records of a case, built from their descriptions.

Forms are built from the record descriptions of :mod:`guardian_desk.services.cases.editing`, so
every field of the data model can be edited and a new field appears without new UI code.
Each widget writes into the record (a dict of the draft case) as it changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.domain.dates import instant_to_local, local_to_instant
from guardian_desk.domain.text import is_right_to_left, script_of
from guardian_desk.errors import ValidationError
from guardian_desk.services import cases
from guardian_desk.services.cases import FieldSpec
from guardian_desk.services.documents import Scan, read_and_check_scan
from guardian_desk.ui.i18n import QT_TRANSLATE_NOOP, error_text
from guardian_desk.ui.records import birth_date
from guardian_desk.ui.records.birth_date import BirthDateField
from guardian_desk.ui.records.labels import choice_label, label_for, record_label
from guardian_desk.ui.widgets import (
    CHOICES,
    PROBLEM_COLOUR,
    CodeListPicker,
    CodePicker,
    add_calendar,
    date_hint,
    datetime_hint,
)

if TYPE_CHECKING:
    from guardian_desk.ui.records.lists import EditorContext, RecordList

# What a field expects, shown in it while it is empty.
PLACEHOLDERS: dict[str, str] = {
    "country": QT_TRANSLATE_NOOP("CaseEditor", "Type a country's name"),
    "jurisdiction": QT_TRANSLATE_NOOP("CaseEditor", "Type a country's or a state's name"),
    "language": QT_TRANSLATE_NOOP("CaseEditor", "Type a language's name"),
    "script": QT_TRANSLATE_NOOP("CaseEditor", "Type a script's name"),
    "time_zone": QT_TRANSLATE_NOOP("CaseEditor", "Type a city or a country"),
}

# What a kept file is, beside its name.
SCAN_KINDS = {
    "application/pdf": QT_TRANSLATE_NOOP("CaseEditor", "PDF"),
    "image/jpeg": QT_TRANSLATE_NOOP("CaseEditor", "JPEG image"),
    "image/png": QT_TRANSLATE_NOOP("CaseEditor", "PNG image"),
    "image/tiff": QT_TRANSLATE_NOOP("CaseEditor", "TIFF image"),
}

# Fields that name a forum, chosen from the forums known (the team's, through the editor's
# context, and this case's) or typed whole when new.
FORUM_FIELDS = frozenset({"forum_name", "forum"})

PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 7  # a list line's problems (list of str)

TABS: list[tuple[str, str]] = [
    ("child", QT_TRANSLATE_NOOP("CaseEditor", "Identity")),
    ("family_members", QT_TRANSLATE_NOOP("CaseEditor", "Family")),
    ("guardian_appointments", QT_TRANSLATE_NOOP("CaseEditor", "Guardians")),
    ("proceedings", QT_TRANSLATE_NOOP("CaseEditor", "Proceedings")),
    ("placement_requests", QT_TRANSLATE_NOOP("CaseEditor", "Placements abroad")),
    ("deadlines", QT_TRANSLATE_NOOP("CaseEditor", "Deadlines")),
    ("documents", QT_TRANSLATE_NOOP("CaseEditor", "Documents")),
    ("consents", QT_TRANSLATE_NOOP("CaseEditor", "Consents")),
    ("risk_flags", QT_TRANSLATE_NOOP("CaseEditor", "Protection")),
    ("screenings", QT_TRANSLATE_NOOP("CaseEditor", "Screenings")),
    ("missing_episodes", QT_TRANSLATE_NOOP("CaseEditor", "Missing episodes")),
    ("best_interests", QT_TRANSLATE_NOOP("CaseEditor", "Best interests")),
    ("care_services", QT_TRANSLATE_NOOP("CaseEditor", "Services")),
    ("care_goals", QT_TRANSLATE_NOOP("CaseEditor", "Care plan")),
    ("tracing_requests", QT_TRANSLATE_NOOP("CaseEditor", "Tracing")),
    ("notes", QT_TRANSLATE_NOOP("CaseEditor", "Notes and the child's views")),
]


# The certificate's ten numbered boxes (Hague 1961, annex), in their order.
APOSTILLE_FIELDS = (
    "country",
    "signed_by",
    "acting_as",
    "seal_of",
    "place",
    "performed_on",
    "authority",
    "reference",
    "seal_present",
    "signature_present",
)
APOSTILLE_LABELS = {
    "country": QT_TRANSLATE_NOOP("CaseEditor", "1. Country"),
    "signed_by": QT_TRANSLATE_NOOP("CaseEditor", "2. Has been signed by"),
    "acting_as": QT_TRANSLATE_NOOP("CaseEditor", "3. Acting in the capacity of"),
    "seal_of": QT_TRANSLATE_NOOP("CaseEditor", "4. Bears the seal/stamp of"),
    "place": QT_TRANSLATE_NOOP("CaseEditor", "5. Certified at"),
    "performed_on": QT_TRANSLATE_NOOP("CaseEditor", "6. On (date)"),
    "authority": QT_TRANSLATE_NOOP("CaseEditor", "7. By (authority)"),
    "reference": QT_TRANSLATE_NOOP("CaseEditor", "8. No (apostille number)"),
    "seal_present": QT_TRANSLATE_NOOP("CaseEditor", "9. Seal/stamp present"),
    "signature_present": QT_TRANSLATE_NOOP("CaseEditor", "10. Signature present"),
}
_STEP_FIELDS = ("performed_on", "country", "authority", "place", "signed_by", "reference")


# A record whose fields depend on its kind: the field that says the kind, and for each kind
# the fields shown (beyond those every kind has) and what they are called there. A kind not
# listed, or not chosen yet, shows every field.
@dataclass(frozen=True)
class KindForm:
    field: str  # the field that says the kind
    common: tuple[str, ...]  # shown for every kind
    kinds: dict[str, tuple[tuple[str, ...], dict[str, str]]]  # kind: (fields, labels)
    closing: tuple[str, ...] = ("notes",)  # shown for every kind, last

    def order(self, name: str) -> tuple[int, int]:
        """Where a field comes: the common ones, then in the first kind's order, then the
        closing ones."""
        first = next(iter(self.kinds.values()))[0]
        if name in self.common:
            return (0, self.common.index(name))
        if name in self.closing:
            return (2, self.closing.index(name))
        return (1, first.index(name) if name in first else len(first))

    def shows(self, kind: str | None, name: str) -> bool:
        shown = self.kinds.get(kind or "", ((), {}))[0]
        return not shown or name in shown or name in self.common or name in self.closing


# Fields a dialog sets, not typed in a record's form (a tracing match confirmed in the
# family tracing dialog): kept as they are, shown there.
SET_ELSEWHERE = frozenset({"matched_case_id", "matched_person_id", "matched_on", "matched_by_id"})
_SERVICE_COMMON = ("kind", "provider", "contact", "status", "responsible_id")
_SERVICE_DATES = ("referred_on", "started_on", "ended_on", "follow_up_on", "followed_up_on")

KIND_FORMS: dict[str, KindForm] = {
    # A school place has its enrolment, grade and the recognition of earlier studies.
    "care_services": KindForm(
        "kind",
        _SERVICE_COMMON,
        {
            "education": (
                (*_SERVICE_DATES, "enrolled_on", "grade", "earlier_studies"),
                {
                    "provider": QT_TRANSLATE_NOOP("CaseEditor", "School"),
                    "started_on": QT_TRANSLATE_NOOP("CaseEditor", "First day at school"),
                },
            ),
            **{
                kind: (_SERVICE_DATES, {})
                for kind in ("health", "mental_health", "shelter", "legal", "language", "other")
            },
        },
        closing=("outcome", "notes"),
    ),
    "authentication_steps": KindForm(
        "kind",
        ("sequence", "kind"),
        {
            "apostille": (APOSTILLE_FIELDS, APOSTILLE_LABELS),
            "e_apostille": (
                (*APOSTILLE_FIELDS, "e_register_reference", "e_register_url", "attachment_id"),
                {
                    **APOSTILLE_LABELS,
                    "e_register_reference": QT_TRANSLATE_NOOP("CaseEditor", "e-Register reference"),
                    "e_register_url": QT_TRANSLATE_NOOP("CaseEditor", "e-Register address"),
                    "attachment_id": QT_TRANSLATE_NOOP("CaseEditor", "e-Apostille file"),
                },
            ),
            **{
                kind: (
                    (*_STEP_FIELDS, "acting_as", "attachment_id"),
                    {
                        "authority": label,
                        "attachment_id": QT_TRANSLATE_NOOP("CaseEditor", "Scan of the stamp"),
                    },
                )
                for kind, label in (
                    ("legalisation_notary", QT_TRANSLATE_NOOP("CaseEditor", "Notary")),
                    ("legalisation_ministry", QT_TRANSLATE_NOOP("CaseEditor", "Ministry")),
                    (
                        "legalisation_consulate",
                        QT_TRANSLATE_NOOP("CaseEditor", "Embassy or consulate"),
                    ),
                )
            },
            "eu_2016_1191_exemption": (
                ("country", "authority", "performed_on", "reference", "attachment_id"),
                {
                    "country": QT_TRANSLATE_NOOP("CaseEditor", "Issuing member state"),
                    "reference": QT_TRANSLATE_NOOP("CaseEditor", "Standard form number"),
                    "attachment_id": QT_TRANSLATE_NOOP(
                        "CaseEditor", "Multilingual standard form (file)"
                    ),
                },
            ),
            "multilingual_standard_form": (
                ("country", "authority", "performed_on", "reference", "attachment_id"),
                {
                    "reference": QT_TRANSLATE_NOOP("CaseEditor", "Standard form number"),
                    "attachment_id": QT_TRANSLATE_NOOP("CaseEditor", "Standard form (file)"),
                },
            ),
            "notarised_copy": (
                (*_STEP_FIELDS, "attachment_id"),
                {
                    "authority": QT_TRANSLATE_NOOP("CaseEditor", "Notary's office"),
                    "signed_by": QT_TRANSLATE_NOOP("CaseEditor", "Notary"),
                    "attachment_id": QT_TRANSLATE_NOOP("CaseEditor", "Notarised copy (file)"),
                },
            ),
        },
    ),
}


class ChoiceChecks(QWidget):
    """A check box for each value of a closed list (refusal grounds, a guardian's powers)."""

    changed = Signal()

    def __init__(self, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        columns = 1 if any(len(choice_label(c)) > 30 for c in choices) else 3  # long: one
        for index, choice in enumerate(choices):
            text = choice_label(choice)
            box = QCheckBox(text)
            box.setObjectName(f"choice.{choice}")
            box.setAccessibleName(text)
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[choice] = box

    def values(self) -> list[str]:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def set_values(self, values: list[str]) -> None:
        for choice, box in self.boxes.items():
            box.setChecked(choice in values)


class AttachmentField(QWidget):
    """A file kept with a record (an e-Apostille, a standard form, a translation): attached
    from a file dialog after the same checks as a scan, viewed inside the program.

    Signals:
        changed(): a file was attached or taken away.
    """

    changed = Signal()

    def __init__(self, context: EditorContext, required: bool) -> None:
        super().__init__()
        self.context = context
        self.sha256: str | None = None
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.view_button = QPushButton(self.tr("View…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setVisible(not required)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        for button in (self.attach_button, self.view_button, self.remove_button):
            layout.addWidget(button)
        self.attach_button.clicked.connect(self.choose_file)
        self.view_button.clicked.connect(self.view)
        self.remove_button.clicked.connect(lambda: self._set(None, emit=True))
        self._set(None)

    def value(self) -> str | None:
        return self.sha256

    def set_value(self, sha256: str | None) -> None:
        self._set(sha256)

    def _set(self, sha256: str | None, *, emit: bool = False) -> None:
        self.sha256 = sha256
        scan = self.context.scans.get(sha256 or "")
        if sha256 is None:
            text = self.tr("No file attached")
        elif scan is not None:
            kind = QCoreApplication.translate(
                "CaseEditor", SCAN_KINDS.get(scan.media_type, scan.media_type)
            )
            text = f"{scan.original_filename} · {kind} · {max(scan.size // 1024, 1)} KB"
        else:
            text = self.tr("File kept with the case")
        self.status.setText(text)
        self.view_button.setEnabled(sha256 is not None)
        self.remove_button.setEnabled(sha256 is not None)
        if emit:
            self.changed.emit()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a file"),
            "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Check the file in the background, as a scan is checked, then keep it here."""

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            self.context.show_error(error_text(exc))

        def checked(scan: Scan) -> None:
            self.context.scans[scan.sha256] = scan
            self._set(scan.sha256, emit=True)

        self.context.run(lambda: read_and_check_scan(path), checked, refused)

    def view(self) -> None:
        if self.sha256 is not None:
            self.context.view_file(self.sha256, self.window())


class RecordForm(QWidget):
    """Edits the fields of one record (a dict) in place, and the lists below it."""

    edited = Signal()

    def __init__(
        self,
        key: str,
        context: EditorContext,
        parent: QWidget | None = None,
        *,
        nested: bool = True,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.context = context
        self.spec = cases.record_spec(key)
        self.record: dict[str, Any] | None = None
        self.widgets: dict[str, QWidget] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        layout.addLayout(form)
        self.form_layout = form
        self.captions: dict[str, QLabel] = {}
        self.kind_form = KIND_FORMS.get(key)
        fields = list(self.spec.fields)
        if self.kind_form is not None:
            fields.sort(key=lambda f: self.kind_form.order(f.name) if self.kind_form else (0, 0))
        self.birth_date: BirthDateField | None = None
        for field in fields:
            if field.name in birth_date.FIELDS:
                # The date of birth is one field with its certainty.
                if self.birth_date is not None:
                    self.widgets[field.name] = self.birth_date
                    self.captions[field.name] = self.captions[birth_date.FIELDS[0]]
                    continue
                widget: QWidget
                self.birth_date = BirthDateField(key)
                self.birth_date.changed.connect(lambda *, f=field: self._store(f))
                widget = self.birth_date
                widget.setObjectName(f"{key}.dob")
            else:
                widget = self._widget_for(field)
                widget.setObjectName(f"{key}.{field.name}")
            widget.setAccessibleName(label_for(field.name))
            self.widgets[field.name] = widget
            text = label_for(field.name) + (" *" if field.required else "")
            caption = QLabel(text)
            caption.setBuddy(widget)
            self.captions[field.name] = caption
            form.addRow(caption, widget)
        for name in SET_ELSEWHERE & self.widgets.keys():
            form.setRowVisible(self.widgets[name], False)
        self.guessed: dict[str, str] = {}  # scripts detected from a name, not chosen
        self.lists: dict[str, RecordList | RecordForm] = {}
        self.headings: dict[str, QLabel] = {}
        self.read_only = False
        for child_key, single in self.spec.children if nested else ():
            sub: RecordList | RecordForm
            sub = RecordForm(child_key, context) if single else context.list_for(child_key)
            sub.edited.connect(self.edited)
            self.lists[child_key] = sub
            heading = QLabel(record_label(child_key))
            heading.setObjectName(f"{child_key}.heading")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
            layout.addWidget(sub)
            self.headings[child_key] = heading
        self.setEnabled(False)

    def set_read_only(self, read_only: bool = True) -> None:
        """Shown, not editable (a section the role reads but may not change); the records
        of its lists can still be looked through."""
        self.read_only = read_only
        for widget in self.widgets.values():
            widget.setEnabled(not read_only)
        for sub in self.lists.values():
            sub.set_read_only(read_only)

    def _widget_for(self, field: FieldSpec) -> QWidget:
        if field.kind == "choice":
            combo = QComboBox()
            # A required choice starts unset too: the person must choose, not accept a guess.
            combo.addItem("—" if not field.required else self.tr("— choose —"), None)
            for choice in field.choices:
                combo.addItem(choice_label(choice), choice)
            combo.currentIndexChanged.connect(lambda _i, *, f=field: self._store(f))
            return combo
        if field.kind == "boolean":
            box = QCheckBox()
            box.toggled.connect(lambda _on, *, f=field: self._store(f))
            return box
        if field.kind == "team":
            team = self.context.team
            names = {m.id: m.name for m in team}

            def members(_locale: str) -> list[tuple[str, str]]:
                return [(m.id, m.name) for m in team]

            def member_name(member_id: str, _locale: str) -> str:
                return names.get(member_id, member_id)

            def first_members() -> list[str]:
                return self.context.team_first(field.name, self.record)

            picker = CodePicker("team", choices=members, name=member_name, first=first_members)
            picker.set_placeholder(self.tr("Type a name"))
            picker.picked.connect(lambda *, f=field: self._store(f))
            return picker
        if field.kind == "text" and field.name in FORUM_FIELDS:
            return self._forum_picker(field)
        if field.kind == "text" and field.code in CHOICES:

            def first_codes() -> list[str]:
                return self.context.codes_first(field, self.record)

            picker = CodePicker(field.code, first=first_codes)
            hint = PLACEHOLDERS.get(field.code)
            if hint:
                picker.set_placeholder(QCoreApplication.translate("CaseEditor", hint))
            picker.picked.connect(lambda *, f=field: self._store(f))
            return picker
        if field.kind == "codes" and field.code in CHOICES:
            pickers = CodeListPicker(field.code)
            pickers.picked.connect(lambda *, f=field: self._store(f))
            return pickers
        if field.kind == "codes" and field.choices:
            checks = ChoiceChecks(field.choices)
            checks.changed.connect(lambda *, f=field: self._store(f))
            return checks
        if field.kind == "file":
            attachment = AttachmentField(self.context, field.required)
            attachment.changed.connect(lambda *, f=field: self._store(f))
            return attachment
        if field.kind == "record":
            combo = QComboBox()  # filled with the case's records of that kind on each load
            combo.currentIndexChanged.connect(lambda _i, *, f=field: self._store(f))
            return combo
        if field.kind == "long_text":
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMaximumHeight(90)
            text.textChanged.connect(lambda *, f=field: self._store(f))
            return text
        line = QLineEdit()
        if field.max_length:
            line.setMaxLength(field.max_length)
        hint = PLACEHOLDERS.get(field.code or "")
        if field.kind in ("date", "datetime"):
            line.setPlaceholderText(date_hint() if field.kind == "date" else datetime_hint())
        elif hint:
            line.setPlaceholderText(QCoreApplication.translate("CaseEditor", hint))
        if field.kind in ("date", "datetime"):
            add_calendar(line, with_time=field.kind == "datetime")
        line.textChanged.connect(lambda _t, *, f=field, w=line: self._text_changed(f, w))
        return line

    def _text_changed(self, field: FieldSpec, line: QLineEdit) -> None:
        # Right-to-left names (Arabic, Dari, Pashto) read from the right.
        rtl = is_right_to_left(line.text())
        line.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self._store(field)

    def _forum_picker(self, field: FieldSpec) -> CodePicker:
        """A forum chosen from those the team appears before, with type-to-find; a new one
        is typed whole and kept as typed."""

        def forums(_locale: str) -> list[tuple[str, str]]:
            known = [*self._case_forums(), *getattr(self.context, "forums", ())]
            return [(name, name) for name in dict.fromkeys(known) if name]

        picker = CodePicker(
            "forum",
            choices=forums,
            name=lambda forum, _locale: forum,
            first=self._case_forums,
            suggests=True,
        )
        picker.set_placeholder(self.tr("Type a forum's name"))
        if field.max_length:
            picker.line.setMaxLength(field.max_length)
        picker.picked.connect(lambda *, f=field: self._store(f))
        return picker

    def _case_forums(self) -> list[str]:
        """The forums this case already names: a hearing's own proceeding's first."""
        proceedings = (self.context.case or {}).get("proceedings", [])
        own = [
            p.get("forum_name")
            for p in proceedings
            if any(h is self.record for h in p.get("hearings") or [])
        ]
        named = [p.get("forum_name") for p in proceedings]
        named += [h.get("forum") for p in proceedings for h in p.get("hearings") or []]
        return [str(name) for name in dict.fromkeys([*own, *named]) if name]

    def load(self, record: dict[str, Any] | None) -> None:
        self._loading = True
        self.record = record
        self.setEnabled(record is not None)
        for editable in self.widgets.values():
            editable.setEnabled(not self.read_only)
        for field in self.spec.fields:
            widget = self.widgets[field.name]
            value = record.get(field.name) if record else None
            if isinstance(widget, BirthDateField):
                if field.name == birth_date.FIELDS[0]:
                    widget.set_values(record)
            elif isinstance(widget, CodePicker):
                widget.set_value(value if isinstance(value, str) else None)
            elif isinstance(widget, CodeListPicker):
                widget.set_values([str(v) for v in value or []])
            elif isinstance(widget, QComboBox):
                if field.kind == "record" and field.ref:
                    widget.clear()
                    widget.addItem("—", None)
                    own = record.get("id") if record else None
                    for choice_id, text in self.context.record_choices(field.ref):
                        if choice_id != own:
                            widget.addItem(text, choice_id)
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, ChoiceChecks):
                widget.set_values(list(value or []))
            elif isinstance(widget, AttachmentField):
                widget.set_value(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                if isinstance(value, list):
                    widget.setText(", ".join(value))
                elif field.kind == "datetime" and isinstance(value, str):
                    try:
                        widget.setText(instant_to_local(value, self._zone()))
                    except ValueError:
                        widget.setText(value)
                else:
                    widget.setText("" if value is None else str(value))
        self._show_marks()  # the last save's problems, until they are mended
        for child_key, sub in self.lists.items():
            child = record.get(child_key) if record else None
            sub.load(child)
        self._arrange()
        self._loading = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for field in self.spec.fields:
                caption = label_for(field.name)
                self.captions[field.name].setText(caption + (" *" if field.required else ""))
                self.widgets[field.name].setAccessibleName(caption)
            for child_key, heading in self.headings.items():
                heading.setText(record_label(child_key))
            self._set_hints()
            self._arrange()
        super().changeEvent(event)

    def _set_hints(self) -> None:
        """What each empty field expects, in the window's language."""
        for field in self.spec.fields:
            widget = self.widgets[field.name]
            hint = PLACEHOLDERS.get(field.code or "")
            if isinstance(widget, QLineEdit) and field.kind in ("date", "datetime"):
                widget.setPlaceholderText(date_hint() if field.kind == "date" else datetime_hint())
            elif isinstance(widget, CodePicker) and hint:
                widget.set_placeholder(QCoreApplication.translate("CaseEditor", hint))
            elif isinstance(widget, CodePicker) and widget.kind == "team":
                widget.set_placeholder(self.tr("Type a name"))
            elif isinstance(widget, CodePicker) and widget.kind == "forum":
                widget.set_placeholder(self.tr("Type a forum's name"))

    def _arrange(self) -> None:
        """Show the fields of the record's kind, called as that kind calls them (an
        apostille's ten numbered boxes); a kind not chosen yet shows every field."""
        if self.kind_form is None:
            return
        kind = (self.record or {}).get(self.kind_form.field)
        labels = self.kind_form.kinds.get(kind or "", ((), {}))[1]
        for field in self.spec.fields:
            visible = self.kind_form.shows(kind, field.name)
            self.form_layout.setRowVisible(self.widgets[field.name], visible)
            text = labels.get(field.name)
            caption = (
                QCoreApplication.translate("CaseEditor", text) if text else label_for(field.name)
            )
            self.captions[field.name].setText(caption + (" *" if field.required else ""))
            self.widgets[field.name].setAccessibleName(caption)

    def _store(self, field: FieldSpec) -> None:
        if self._loading or self.record is None:
            return
        widget = self.widgets[field.name]
        value: Any
        if isinstance(widget, BirthDateField):
            for name, part in widget.values().items():
                self.record[name] = part
                self.context.problems.pop((self.record.get("id", ""), name), None)
            self._show_marks()
            self.edited.emit()
            return
        if isinstance(widget, CodePicker):
            value = widget.value()
        elif isinstance(widget, CodeListPicker):
            value = widget.values()
        elif isinstance(widget, QComboBox):
            value = widget.currentData()
        elif isinstance(widget, QCheckBox):
            value = widget.isChecked()
        elif isinstance(widget, ChoiceChecks):
            value = widget.values()
        elif isinstance(widget, AttachmentField):
            value = widget.value()
        elif isinstance(widget, QPlainTextEdit):
            value = widget.toPlainText() or None
        else:
            assert isinstance(widget, QLineEdit)
            text = widget.text().strip()
            if field.kind == "codes":
                value = [part.strip() for part in text.split(",") if part.strip()]
            elif field.kind == "integer":
                value = _whole_number(text)
            elif field.kind == "datetime" and text:
                # Typed as local time where the hearing is; stored as an instant.
                value = local_to_instant(text, self._zone()) or text
            else:
                value = text or None
        self.record[field.name] = value
        self.context.problems.pop((self.record.get("id", ""), field.name), None)  # mended?
        self._mark(field.name, None)
        if self.kind_form is not None and field.name == self.kind_form.field:
            self._arrange()
        if field.name.endswith("_native") or field.name == "name":
            self._detect_script(field.name)
        self.edited.emit()

    # Fields whose script is detected from a name typed in it: the name's field, the script's.
    SCRIPT_OF: ClassVar[dict[str, str]] = {
        "given_names_native": "native_script",
        "family_name_native": "native_script",
        "name": "script",
    }

    def _detect_script(self, name: str) -> None:
        """A name typed in its own script sets the script field, for the person to confirm
        (or change); a script chosen by the person is not overwritten by another guess."""
        target = self.SCRIPT_OF.get(name)
        picker = self.widgets.get(target or "")
        if self.record is None or target is None or not isinstance(picker, CodePicker):
            return
        names = [self.record.get(n) for n, t in self.SCRIPT_OF.items() if t == target]
        found = script_of(" ".join(str(n) for n in names if n))
        current = self.record.get(target)
        if found and (current is None or current == self.guessed.get(target)):
            self.guessed[target] = found
            self.record[target] = found
            picker.set_value(found)
            picker.setToolTip(self.tr("Detected from the name as typed: check it"))

    def _zone(self) -> str | None:
        """The time zone the record's times are shown in: its own, else this computer's."""
        if self.record is not None and self.record.get("time_zone"):
            return str(self.record["time_zone"])
        return self.context.local_zone

    def _mark(self, name: str, message: str | None) -> None:
        """Show a field's problem at it: a red frame, the message as its tooltip and
        accessible description, its caption in red."""
        widget, caption = self.widgets[name], self.captions[name]
        widget.setToolTip(message or "")
        widget.setAccessibleDescription(message or "")
        widget.setStyleSheet("" if message is None else f"border: 2px solid {PROBLEM_COLOUR};")
        widget.setProperty("problem", message)
        caption.setStyleSheet("" if message is None else f"color: {PROBLEM_COLOUR};")
        caption.setToolTip(message or "")

    def _show_marks(self) -> None:
        record_id = str(self.record.get("id", "")) if self.record is not None else None
        by_widget: dict[int, tuple[str, list[str]]] = {}
        for name, widget in self.widgets.items():
            found = self.context.problems.get((record_id, name)) if record_id else None
            first, messages = by_widget.setdefault(id(widget), (name, []))
            if found:
                messages.append(found)
        for first, messages in by_widget.values():  # one field of several parts: all of them
            self._mark(first, "; ".join(messages) or None)

    def show_problems(self) -> None:
        """Mark the fields of the shown record, and below it, that have a problem
        (:attr:`EditorContext.problems`)."""
        self._show_marks()
        for sub in self.lists.values():
            sub.show_problems()


def _whole_number(text: str) -> int | str | None:
    """A whole number as typed; anything else (``2010.0``, ``²``, 5000 digits) is kept as
    typed, for saving to refuse with a reason at the field."""
    if not text:
        return None
    try:
        return int(text) if text.lstrip("-").isdigit() else text
    except ValueError:  # digits int() does not take, or more than Python converts
        return text
