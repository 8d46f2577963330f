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
    size = preferred.boundedTo(
        QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    )
    window.resize(size)
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())
