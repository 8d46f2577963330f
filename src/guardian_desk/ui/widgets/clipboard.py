"""What a person copies out of Guardian Desk (a name, a case or document number, a recovery
key) does not stay on the clipboard: after ``CLEAR_AFTER_MS``, and when the program quits, it
is cleared if it is still what was copied here (KeePassXC's rule). What was copied in another
program since is left alone."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication


class ClipboardGuard(QObject):
    """Clears the clipboard of what was copied in Guardian Desk (see the module)."""

    CLEAR_AFTER_MS = 30_000

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self.copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_if_ours)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_ours)

    def _changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        # Copied here: this program owns the clipboard (X11, Windows) or is the one in use.
        ours = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        text = clipboard.text()
        if ours and text:
            self.copied = text
            self.timer.start()
        elif text != self.copied:
            self.copied = None
            self.timer.stop()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what was copied here."""
        clipboard = QGuiApplication.clipboard()
        if self.copied is not None and clipboard.text() == self.copied:
            clipboard.clear()
        self.copied = None
