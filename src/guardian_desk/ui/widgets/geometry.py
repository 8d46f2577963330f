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


def _height_for(window: QWidget, width: int) -> int:
    layout = window.layout()
    wrapped = layout.totalHeightForWidth(width) if layout and layout.hasHeightForWidth() else -1
    return max(wrapped, window.sizeHint().height())


def fit_to_width(window: QWidget, width: int) -> None:
    """Open a dialog ``width`` wide and tall enough for its wrapped text (a word-wrapped
    label's own size hint assumes a narrower line, and the dialog would cut it off)."""
    window.ensurePolished()
    fit_to_screen(window, QSize(width, _height_for(window, width)))


def grow_to_fit(window: QWidget) -> None:
    """Grow a shown dialog's height when it says more (a problem shown under a field)."""
    needed = _height_for(window, window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
