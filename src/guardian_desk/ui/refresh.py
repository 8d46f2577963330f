"""Pages that read their data when shown, and again after each change to the data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from guardian_desk.ui.ops import Ops


class ReloadWhenShown(QObject):
    """Calls ``reload`` when ``page`` is first shown; after a change, at once if the page is
    visible, else the next time it is shown (a hidden page costs nothing)."""

    def __init__(self, page: QWidget, ops: Ops, reload: Callable[[], object]) -> None:
        super().__init__(page)
        self.page = page
        self.reload = reload
        self.stale = True
        ops.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, _what: object) -> None:
        if self.page.isVisible():
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False
