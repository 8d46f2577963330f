"""Help › User guide: opened as a person opens it, its sections and pictures shown."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from guardian_desk.resources import docs_path
from guardian_desk.ui.help_window import WIDEST_PICTURE, UserGuide
from guardian_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = (
    "A lawyer's morning",
    "Preparing a hearing as guardian ad litem",
    "A clerk's batch of filings",
    "Keyboard shortcuts",
)


def _guide(qtbot, window: MainWindow) -> UserGuide:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.user_guide is not None and window.user_guide.isVisible())
    guide = window.user_guide
    assert guide is not None
    return guide


def test_f1_opens_the_user_guide(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = _guide(qtbot, window)
    assert guide.windowTitle() == "Guardian Desk — User guide"
    # F1 again brings the same window forward rather than opening a second one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.user_guide is guide
    assert len(window.findChildren(UserGuide)) == 1


def test_the_help_menu_opens_it_with_the_mouse(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    help_menu = window.ui.menuHelp
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(help_menu.menuAction()).center()
    )
    qtbot.waitUntil(help_menu.isVisible)
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts[0] == "&User guide"
    assert texts[-1] == "&About Guardian Desk"
    action = window.action_user_guide
    assert action.shortcut().toString() == "F1"
    where: QPoint = help_menu.actionGeometry(action).center()
    qtbot.mouseClick(help_menu, Qt.MouseButton.LeftButton, pos=where)
    guide = _guide(qtbot, window)
    assert not help_menu.isVisible()
    assert guide.browser.toPlainText().startswith("Guardian Desk user guide")


def test_the_guide_shows_its_sections_and_pictures(qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = UserGuide()
    qtbot.addWidget(guide)
    guide.show()
    headings = guide.headings()
    for section in SECTIONS:
        assert section in headings
    assert "Recording an outcome" in headings
    assert "The child's views" in headings
    pictures = guide.pictures()
    assert len(pictures) >= 6
    for name in pictures:
        assert not name.startswith(("/", "http")), name  # relative: found in any install
        data = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        assert not image.isNull(), name
    # Screenshots are drawn at most WIDEST_PICTURE wide, their proportions kept.
    document = guide.browser.document()
    document.adjustSize()
    assert document.idealWidth() <= WIDEST_PICTURE + 2 * document.documentMargin() + 1


def test_every_picture_the_guide_names_is_shipped() -> None:
    text = docs_path("user-guide.md").read_text(encoding="utf-8")
    named = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", text)
    assert named
    assert all((docs_path() / name).is_file() for name in named), named
    assert all(name.startswith("screenshots/") for name in named)
    # The wheel carries the guide and its pictures where docs_path looks for them.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    packed = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert packed["docs/user-guide.md"] == "guardian_desk/docs/user-guide.md"
    assert packed["docs/screenshots"] == "guardian_desk/docs/screenshots"


def test_a_missing_guide_says_so(qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from guardian_desk.ui import help_window

    monkeypatch.setattr(help_window, "docs_path", lambda *parts: tmp_path.joinpath(*parts))
    guide = UserGuide()
    qtbot.addWidget(guide)
    assert "could not be found" in guide.browser.toPlainText()
