"""Help › User guide: ``docs/user-guide.md`` shown in a window, its pictures with it.

The guide is Markdown, rendered by Qt itself (``QTextDocument.setMarkdown``); its pictures are
found beside it (``docs/screenshots/``), in a source checkout or inside the installed wheel
(:func:`guardian_desk.resources.docs_path`). Pictures wider than :data:`WIDEST_PICTURE` are
scaled down smoothly as they are read, sharp on a high-density screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from guardian_desk.resources import docs_path
from guardian_desk.ui.widgets import fit_to_screen

GUIDE = "user-guide.md"
WIDEST_PICTURE = 900  # logical pixels: a screenshot is drawn no wider than this


class GuideBrowser(QTextBrowser):
    """A text browser that draws wide screenshots at :data:`WIDEST_PICTURE`, smoothly."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        data = super().loadResource(kind, name)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.isNull() or image.width() <= WIDEST_PICTURE:
            return data
        ratio = self.devicePixelRatioF()
        scaled = image.scaledToWidth(
            round(WIDEST_PICTURE * ratio), Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        return scaled


class UserGuide(QDialog):
    """The user guide, in a window of its own that stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.browser = GuideBrowser()
        self.browser.setObjectName("userGuide.text")
        self.browser.setOpenExternalLinks(True)
        folder = docs_path()
        self.browser.setSearchPaths([str(folder)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self._texts()
        self.load()
        fit_to_screen(self, QSize(WIDEST_PICTURE + 120, 860))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
        super().changeEvent(event)

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Guardian Desk — User guide"))
        self.browser.setAccessibleName(self.tr("User guide"))

    def load(self) -> None:
        """Read the guide and show it from its top."""
        path = docs_path(GUIDE)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr(
                "# User guide\n\nThe user guide could not be found at {0}. Reinstalling "
                "Guardian Desk puts it back."
            ).format(path)
        self.browser.setMarkdown(text)
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)

    def headings(self) -> list[str]:
        """The text of every heading of the guide, in order."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text())
            block = block.next()
        return found

    def pictures(self) -> list[str]:
        """The names of the pictures the guide shows, as written in it."""
        return [name for name, _start in _images(self.browser.document())]


def _images(document: QTextDocument) -> list[tuple[str, int]]:
    """(name, position) of each picture in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                picture: QTextImageFormat = fragment.charFormat().toImageFormat()
                for offset in range(fragment.length()):  # one character per picture
                    found.append((picture.name(), fragment.position() + offset))
            fragments += 1
        block = block.next()
    return found
