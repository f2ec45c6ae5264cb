"""PDF bytes -> text (pypdfium2), plan tables (pdfplumber, some pages), OCR (image-only pages).

pypdfium2 reads a text layer at hundreds of pages a second; it is the one
pass over every page. A page without a text layer (a scan) is rendered and
read by Tesseract. A page whose text looks like a plan table has its cells
read from the table's border lines (`parsers.lattice`), or, when it has none,
by pdfplumber's layout model (`parsers.tables`), ~40x slower per page. PDFs encrypted with an empty user password open
normally and are read: only a PDF that needs a password we do not have is
ENCRYPTED.
"""

from __future__ import annotations

import io
import logging
import math
import time
from dataclasses import replace

from parsers.limits import Limits
from parsers.model import DocStatus, DocumentText
from parsers.lattice import ruled_tables
from parsers.tables import looks_like_plan_table, read_tables

log = logging.getLogger(__name__)

_MIN_TEXT_CHARS = 20  # fewer characters than this on a page: treat it as a scan
_POINTS_PER_INCH = 72.0


def read_pdf(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    """Read a PDF. Never raises for a bad file: the status says what was wrong."""
    import pypdfium2 as pdfium

    if not data.strip():
        return replace(base, status=DocStatus.CORRUPT, reason="the file is empty")
    started = time.perf_counter()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # pdfium's error code is process-global and can be stale (an earlier
        # file's "incorrect password"), so look for the encryption dictionary
        # in the file itself before believing it.
        if _has_encrypt_dict(data):
            return replace(base, status=DocStatus.ENCRYPTED, reason="the PDF is password-protected, so it could not be read")
        log.info("pdfium could not open a PDF (%s); trying pdfplumber", str(exc)[:60])
        return _read_with_pdfplumber(data, base, limits, started)
    try:
        return _read_open_pdf(pdf, data, base, limits, started)
    finally:
        pdf.close()


def _read_open_pdf(pdf, data: bytes, base: DocumentText, limits: Limits, started: float) -> DocumentText:
    n_pages = len(pdf)
    if n_pages == 0:
        return replace(base, status=DocStatus.EMPTY, reason="the PDF has no pages")
    pages: list[str] = []
    table_pages: list[int] = []
    notes: list[str] = []
    ocr_pages = 0
    t_ocr = 0.0
    ocr_broken = False
    lattice_pages = 0
    ruled: list = []
    t_lattice = 0.0
    for index in range(min(n_pages, limits.max_pdf_pages)):
        page = pdf[index]
        textpage = page.get_textpage()
        try:
            text = _clean(textpage.get_text_bounded() or "")
            if len(text.strip()) < _MIN_TEXT_CHARS and limits.ocr and not ocr_broken:
                if ocr_pages < limits.max_ocr_pages:
                    t0 = time.perf_counter()
                    ocr_text, problem = _ocr_page(page, limits)
                    t_ocr += time.perf_counter() - t0
                    if problem == "unavailable":
                        ocr_broken = True
                        notes.append("scanned pages could not be read: OCR is not available on this server")
                    elif problem:
                        notes.append(problem)
                    else:
                        ocr_pages += 1
                        text = ocr_text if len(ocr_text.strip()) > len(text.strip()) else text
                elif f"only the first {limits.max_ocr_pages} scanned pages were read" not in notes:
                    notes.append(f"only the first {limits.max_ocr_pages} scanned pages were read")
            elif len(table_pages) < limits.max_table_pages and looks_like_plan_table(text):
                # Ruled tables come straight from the border lines; a plan page
                # without borders goes to pdfplumber's layout model.
                t0 = time.perf_counter()
                found = ruled_tables(page, textpage)
                t_lattice += time.perf_counter() - t0
                if found:
                    ruled.extend(found)
                    lattice_pages += 1
                else:
                    table_pages.append(index)
        finally:
            textpage.close()
            page.close()
        pages.append(text)
    if n_pages > limits.max_pdf_pages:
        notes.append(f"only the first {limits.max_pdf_pages} of {n_pages} pages were read")
    t_text = time.perf_counter() - started - t_ocr - t_lattice
    t0 = time.perf_counter()
    tables, problem = read_tables(data, table_pages)
    tables = ruled + tables
    t_plumber = time.perf_counter() - t0
    if problem:
        notes.append(problem)
    full = "\f".join(pages)
    status = DocStatus.OK if full.strip() else DocStatus.EMPTY
    if status is DocStatus.EMPTY and not notes:
        notes.append("no readable text (the pages hold no text layer and OCR found none)")
    seconds = {"pdf": t_text}
    if lattice_pages or table_pages:
        seconds["pdf_tables"] = t_lattice
    if table_pages:
        seconds["pdfplumber"] = t_plumber
    if ocr_pages or t_ocr:
        seconds["ocr"] = t_ocr
    return replace(
        base, status=status, text=full, tables=tuple(tables), pages=n_pages, ocr_pages=ocr_pages,
        table_pages=len(table_pages) + lattice_pages, seconds=seconds, reason="; ".join(notes),
    )


def _clean(text: str) -> str:
    # pdfium ends lines with CRLF and marks soft hyphens / unmapped glyphs with control characters
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-").replace("\ufffe", "-")
    return "".join(ch for ch in text if ch in "\n\t\f" or ch >= " ")


def _ocr_page(page, limits: Limits) -> tuple[str, str]:
    """(text, problem) for one page without a text layer; problem "" when it went well."""
    from parsers.ocr import OcrUnavailable, ocr_image

    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return "", "a page has no size"
    dpi = _scan_dpi(page, width, height) or limits.ocr_dpi
    dpi = max(limits.ocr_min_dpi, min(limits.ocr_dpi, dpi))
    scale = dpi / _POINTS_PER_INCH
    pixels = (width * scale) * (height * scale)
    if pixels > limits.max_image_pixels:
        # An enormous page (a poster, or a bomb): read it at whatever resolution fits.
        scale *= math.sqrt(limits.max_image_pixels / pixels)
        if scale * _POINTS_PER_INCH < 50:
            return "", "a page is too large to read"
    try:
        image = page.render(scale=scale, grayscale=True, may_draw_forms=False).to_pil()
    except Exception:  # pdfium could not draw the page (damaged image data)
        return "", "a scanned page could not be drawn"
    try:
        return ocr_image(image, limits), ""
    except OcrUnavailable:
        return "", "unavailable"


def _scan_dpi(page, width: float, height: float) -> float | None:
    """The resolution of the scan on this page: the largest image's pixels per inch, if it covers the page."""
    import pypdfium2.raw as pdfium_c

    best = None
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            w_pt, h_pt = abs(right - left), abs(top - bottom)
            if w_pt * h_pt < 0.25 * width * height:
                continue
            px_w, px_h = obj.get_px_size()
            # an image may be placed turned by 90 degrees: pair long side with long side
            dpi = max(px_w, px_h) / (max(w_pt, h_pt) / _POINTS_PER_INCH)
            best = max(best or 0.0, dpi)
    except Exception:
        return None
    return best


def _has_encrypt_dict(data: bytes) -> bool:
    # The /Encrypt entry sits in the trailer or the (never encrypted) cross-reference stream dictionary.
    return b"/Encrypt" in data


def _read_with_pdfplumber(data: bytes, base: DocumentText, limits: Limits, started: float) -> DocumentText:
    """Second opinion for a PDF pdfium refuses (e.g. a page tree without /Kids): pdfminer is more forgiving.

    pdfplumber raises a plain TypeError on some broken files and an
    empty-message PdfminerException on encrypted ones, so every exception
    here means "damaged".
    """
    import pdfplumber

    damaged = replace(base, status=DocStatus.CORRUPT, reason="the PDF is damaged and cannot be opened")
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as doc:
            n_pages = len(doc.pages)
            for page in doc.pages[: limits.max_pdf_pages]:
                pages.append(page.extract_text() or "")
    except Exception:  # noqa: BLE001 - see docstring
        return damaged
    text = "\f".join(pages)
    if not text.strip():
        return damaged
    return replace(
        base, status=DocStatus.OK, text=text, pages=n_pages, seconds={"pdf": time.perf_counter() - started},
        reason="the PDF is damaged; its text was recovered",
    )
