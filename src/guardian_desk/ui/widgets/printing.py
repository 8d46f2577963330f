"""Printing made PDFs through Qt's print dialog, with a preview of the pages as they will
come out of the printer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


def paint_pdfs(printer: QPrinter, documents: Sequence[bytes]) -> int:
    """Draw every page of ``documents`` on ``printer``, one after the other; the pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        for data in documents:
            raw = QByteArray(data)
            buffer = QBuffer(raw)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            pdf = QPdfDocument()
            pdf.load(buffer)
            for index in range(pdf.pageCount()):
                if drawn:
                    printer.newPage()
                area = painter.viewport()
                points = pdf.pagePointSize(index)
                pixels = QSize(
                    max(int(points.width() / 72 * PRINT_DPI), 1),
                    max(int(points.height() / 72 * PRINT_DPI), 1),
                )
                image = pdf.render(index, pixels)
                fitted = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), fitted), image)
                drawn += 1
            pdf.close()
            buffer.close()
    finally:
        painter.end()
    return drawn


def print_with_preview(
    parent: QWidget | None, documents: Sequence[bytes], title: str
) -> QPrintPreviewDialog:
    """Qt's print preview of the documents; its Print button opens the print dialog."""
    # The dialog's own printer: one made here would be freed by Python while Qt still uses it.
    dialog = QPrintPreviewDialog(parent)
    dialog.printer().setDocName(title)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdfs(target, documents))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
