"""Marking text for translation where it is written down before it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for Qt Linguist (lupdate finds it by this name); translated on use with
    ``QCoreApplication.translate(context, text)``."""
    return text
