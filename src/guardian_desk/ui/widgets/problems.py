"""How the window shows that something is wrong: one colour, and the label a dialog shows its
problem in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

PROBLEM_COLOUR = "#c0392b"


def problem_label() -> QLabel:
    """A hidden, word-wrapped label in the problem colour, named ``problem`` for tests."""
    label = QLabel()
    label.setObjectName("problem")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR}")
    label.hide()
    return label
