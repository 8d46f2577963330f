"""Window sizes that fit the screen the window opens on, at any scaling."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9  # a new window takes at most this share of the available screen


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give a window with no remembered geometry its preferred size, shrunk to fit the screen.

    At 200 % scaling a laptop screen is 960 logical pixels wide: a 1280-pixel window would open
    with its right edge (and the controls there) off screen.
    """
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    available = screen.availableGeometry()
    window.ensurePolished()  # styled, so that its minimum size is the one it will have
    size = preferred.boundedTo(
        QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    ).expandedTo(window.minimumSizeHint())  # the layout will not let it be smaller
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(max(frame.left(), available.left()), max(frame.top(), available.top()))


def keep_on_screen(window: QWidget) -> None:
    """Move a shown window back inside its screen if its final size pushed it over the edge."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    x = min(frame.left(), available.right() - frame.width() + 1)
    y = min(frame.top(), available.bottom() - frame.height() + 1)
    x, y = max(x, available.left()), max(y, available.top())
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)
