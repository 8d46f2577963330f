"""A scan's pages inside the program: a strip of thumbnails and a page viewer.

Files shown here were opened in the checking process
(:mod:`guardian_desk.services.documents.file_check`) before they were attached. PDF pages are
drawn by QtPdf on its own threads, so a slow page never holds the window; images (a multi-page
TIFF has a thumbnail per page) are read scaled.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guardian_desk.services.documents import Scan
from guardian_desk.ui.widgets.geometry import fit_to_screen

THUMBNAIL = QSize(110, 150)
MAX_THUMBNAILS = 60  # the viewer shows every page; the strip shows the first ones


class ScanPages:
    """The pages of one scan, read from its bytes: a PDF document or a list of images."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self._bytes = QByteArray(scan.data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf: QPdfDocument | None = None
        self.error = ""
        if scan.media_type == "application/pdf":
            self.pdf = QPdfDocument()
            self.pdf.load(self._buffer)
            if self.pdf.status() == QPdfDocument.Status.Error:
                self.error = self.pdf.error().name
            self.count = self.pdf.pageCount()
        else:
            reader = QImageReader(self._buffer)
            self.count = max(reader.imageCount(), 1) if reader.canRead() else 0
            if self.count and self.image(0, QSize(16, 16)).isNull():  # its header lies
                self.count = 0
            if not self.count:
                self.error = reader.errorString()

    def image(self, page: int, bound: QSize | None = None) -> QImage:
        """One page of an image scan, fitted into ``bound`` when given."""
        self._buffer.seek(0)
        reader = QImageReader(self._buffer)
        reader.setAutoTransform(True)
        if page:
            reader.jumpToImage(page)
        if bound is not None and reader.size().isValid():
            reader.setScaledSize(reader.size().scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()
        self._buffer.close()


class ThumbnailStrip(QListWidget):
    """A thumbnail per page of the scan shown; activating one opens the viewer at that page.

    Signals:
        ready(int): the thumbnails were requested; the number of pages of the scan.
    """

    ready = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan.thumbnails")
        self.setAccessibleName(self.tr("Pages of the scan"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMBNAIL)
        self.setMovement(QListView.Movement.Static)
        self.setFixedHeight(THUMBNAIL.height() + 48)
        self.pages: ScanPages | None = None
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.pageRendered.connect(self._rendered)
        self.itemActivated.connect(lambda item: self.open_viewer(self.row(item)))

    def show_scan(self, scan: Scan | None) -> None:
        self.clear()
        if self.pages is not None:
            self.renderer.setDocument(None)  # type: ignore[arg-type]
            self.pages.close()
        self.pages = ScanPages(scan) if scan is not None else None
        if self.pages is None:
            return
        if not self.pages.count:  # it passed the checks but Qt cannot draw it: say so
            item = QListWidgetItem(self.tr("This file cannot be shown here"))
            item.setToolTip(self.pages.error)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            self.ready.emit(0)
            return
        shown = min(self.pages.count, MAX_THUMBNAILS)
        for page in range(shown):
            item = QListWidgetItem(self.tr("Page {0}").format(page + 1))
            item.setSizeHint(THUMBNAIL + QSize(12, 30))
            self.addItem(item)
        if self.pages.pdf is not None:
            self.renderer.setDocument(self.pages.pdf)
            for page in range(shown):
                size = self.pages.pdf.pagePointSize(page).toSize()
                self.renderer.requestPage(
                    page,
                    size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio),
                    QPdfDocumentRenderOptions(),
                )
        else:
            for page in range(shown):
                self._set_page(page, self.pages.image(page, THUMBNAIL))
        self.ready.emit(self.pages.count)

    def _rendered(self, page: int, _size: QSize, image: QImage, *_rest: object) -> None:
        if 0 <= page < self.count():
            self._set_page(page, image)

    def _set_page(self, page: int, image: QImage) -> None:
        """A page's thumbnail, framed so that a white page shows its edges."""
        framed = QPixmap(image.width() + 2, image.height() + 2)
        framed.fill(QColor("#8a8a8a"))
        painter = QPainter(framed)
        painter.fillRect(1, 1, image.width(), image.height(), QColor("white"))  # PDF: clear
        painter.drawImage(1, 1, image)
        painter.end()
        self.item(page).setIcon(QIcon(framed))

    def open_viewer(self, page: int = 0) -> ScanViewer | None:
        if self.pages is None or not self.pages.count:
            return None
        return open_viewer(self.pages.scan, self.window(), page=page)


def open_viewer(scan: Scan, parent: QWidget | None, *, page: int = 0) -> ScanViewer:
    """Show a scan's pages in a window of their own."""
    viewer = ScanViewer(ScanPages(scan), parent, page=page)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return viewer


class ScanViewer(QDialog):
    """Every page of one scan, with page and zoom controls; it closes the pages it shows."""

    def __init__(self, pages: ScanPages, parent: QWidget | None = None, *, page: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("ScanViewer")
        self.pages = pages
        self.setWindowTitle(pages.scan.original_filename or self.tr("Scan"))
        fit_to_screen(self, QSize(760, 900))
        self.page = QSpinBox()
        self.page.setObjectName("viewer.page")
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setRange(1, max(pages.count, 1))
        self.of_pages = QLabel(self.tr("of {0}").format(pages.count))
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.fit = QPushButton(self.tr("Fit width"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page)
        bar.addWidget(self.of_pages)
        bar.addStretch()
        for button in (self.zoom_out, self.zoom_in, self.fit):
            bar.addWidget(button)
        self.scale = 0.0  # 0: fit to the width
        self.pdf_view: QPdfView | None = None
        self.image_label: QLabel | None = None
        if pages.pdf is not None:
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("viewer.pdf")
            self.pdf_view.setDocument(pages.pdf)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.pageNavigator().currentPageChanged.connect(
                lambda current: self.page.setValue(current + 1)
            )
            body: QWidget = self.pdf_view
        else:
            self.image_label = QLabel()
            self.image_label.setObjectName("viewer.image")
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.image_label)
            body = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body)
        layout.addWidget(buttons)
        self.page.valueChanged.connect(self._go)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(lambda: self._zoom(0))
        self.page.setValue(page + 1)
        self._go(page + 1)
        self.finished.connect(lambda _result: self._release())

    def _release(self) -> None:
        self.pages.close()

    def current_page(self) -> int:
        return self.page.value() - 1

    def _go(self, number: int) -> None:
        if self.pdf_view is not None:
            navigator = self.pdf_view.pageNavigator()
            if navigator.currentPage() != number - 1:
                navigator.jump(number - 1, navigator.currentLocation())
        else:
            self._show_image()

    def _zoom(self, factor: float) -> None:
        if self.pdf_view is not None:
            if factor == 0:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                zoom = self.pdf_view.zoomFactor() * factor
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(min(max(zoom, 0.1), 8.0))
            return
        self.scale = 0.0 if factor == 0 else (self.scale or 1.0) * factor
        self._show_image()

    def _show_image(self) -> None:
        assert self.image_label is not None
        width = max(self.image_label.width(), 400)
        bound = QSize(width, 100_000) if not self.scale else None
        image = self.pages.image(self.current_page(), bound)
        if self.scale:
            image = image.scaledToWidth(
                max(int(image.width() * self.scale), 16),
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image_label.setPixmap(QPixmap.fromImage(image))
