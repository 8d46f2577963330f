"""The recovery sheet: one printed page that brings an encrypted database back when this
computer's keyring cannot, kept in the office safe."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WHAT_TO_DO = (
    "Keep this sheet apart from the computer, in the office safe. Anyone who has it and a copy",
    "of the database can read every child's file in it.",
    "",
    "When Guardian Desk asks for the recovery key (a new computer, a changed keyring), type the",
    "key above: letters and digits in any case; dashes and spaces do not matter.",
    "",
    "A database is moved or copied together with its key file (the same name ending in .key).",
    "",
    "If this sheet may have been seen by someone it should not have been, make a new key:",
    "guardian-desk keys new-recovery-key. The key on this sheet then stops working.",
)


def _latin(text: str) -> str:
    """What the PDF's standard fonts can show (a file name in another script becomes ?)."""
    return text.encode("latin-1", "replace").decode("latin-1")


def recovery_sheet(
    database_name: str, database_id: str, recovery_key: str, made_on: date | None = None
) -> bytes:
    """The recovery sheet as a one-page PDF."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle("Guardian Desk recovery sheet")
    page.setAuthor("Guardian Desk")
    width, height = A4
    left, y = 72, height - 90
    page.setFont("Helvetica-Bold", 18)
    page.drawString(left, y, "Guardian Desk: recovery key")
    y -= 36
    page.setFont("Helvetica", 11)
    for label, value in (
        ("Database", _latin(database_name)),
        ("Database id", database_id),
        ("Made on", (made_on or date.today()).isoformat()),
    ):
        page.drawString(left, y, f"{label}:")
        page.drawString(left + 90, y, value)
        y -= 18
    y -= 24
    page.setFont("Courier-Bold", 20)
    groups = recovery_key.split("-")
    page.drawCentredString(width / 2, y, "-".join(groups[:4]) + "-")
    y -= 28
    page.drawCentredString(width / 2, y, "-".join(groups[4:]))
    y -= 44
    page.setFont("Helvetica", 10.5)
    for line in WHAT_TO_DO:
        page.drawString(left, y, line)
        y -= 15
    page.showPage()
    page.save()
    return out.getvalue()
