"""Images -> text with Tesseract, for scanned letters and photographed pages.

Workers print a letter, have it signed, and scan it back: the PDF then holds
one JPEG per page, often a little skewed, sometimes upside down or sideways.
Tesseract copes with a small skew itself; a page turned 90/180/270 degrees it
reads as noise, so its orientation detection (OSD, --psm 0) runs first and
the image is turned before the text is read.
"""

from __future__ import annotations

import io
import logging
import os
from dataclasses import replace

from parsers.limits import Limits
from parsers.model import DocStatus, DocumentText

log = logging.getLogger(__name__)

# Tesseract's OpenMP threads spin while waiting; with one Tesseract per core
# (our worker pool) they fight each other and a 1 s page takes 10 s. One
# thread per Tesseract is both faster and fairer. The variable must be in the
# environment that pytesseract's subprocess inherits.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

_MIN_SIDE = 120  # pixels: smaller images are icons and logos, not text
_MIN_AREA = 200 * 200
_OSD_MIN_CONFIDENCE = 1.5  # Tesseract's orientation confidence; lower is a guess


class OcrUnavailable(Exception):
    """Tesseract is not installed (a deployment problem, reported as such)."""


def ocr_image(image, limits: Limits) -> str:
    """Text of a PIL image, turned upright first. Raises OcrUnavailable when Tesseract is missing."""
    import pytesseract

    gray = image.convert("L")
    gray = _upright(gray, limits)
    try:
        return pytesseract.image_to_string(gray, config="--psm 3", timeout=limits.tesseract_seconds)
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("Tesseract is not installed") from exc
    except RuntimeError:  # pytesseract's timeout
        log.warning("Tesseract ran past %.0f s on one page", limits.tesseract_seconds)
        return ""
    except pytesseract.TesseractError as exc:
        log.warning("Tesseract failed on one page (%s)", str(exc)[:80])
        return ""


def _upright(gray, limits: Limits):
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(
            gray, config="--psm 0 -c min_characters_to_try=10", output_type=pytesseract.Output.DICT,
            timeout=limits.tesseract_seconds,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("Tesseract is not installed") from exc
    except Exception:  # "Too few characters" on a blank or photo page: read it as it is
        return gray
    rotate = int(osd.get("rotate", 0) or 0) % 360
    if rotate and float(osd.get("orientation_conf", 0) or 0) >= _OSD_MIN_CONFIDENCE:
        # OSD's "rotate" is clockwise; PIL rotates anticlockwise for positive angles.
        return gray.rotate(-rotate, expand=True, fillcolor=255)
    return gray


def read_image(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    """An attached image (PNG, JPEG, TIFF ...): OCR unless it is a logo-sized picture."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels  # Pillow's own decompression-bomb guard
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except Image.DecompressionBombError:
        return replace(base, status=DocStatus.TOO_LARGE, reason="the image is too large to read")
    except Exception:
        return replace(base, status=DocStatus.CORRUPT, reason="the image is damaged or not an image")
    if width * height > limits.max_image_pixels:
        return replace(base, status=DocStatus.TOO_LARGE, reason="the image is too large to read")
    if min(width, height) < _MIN_SIDE or width * height < _MIN_AREA:
        return replace(base, status=DocStatus.EMPTY, pages=1, reason="a small picture (logo or icon), no text to read")
    if not limits.ocr:
        return replace(base, status=DocStatus.EMPTY, pages=1, reason="the image was not read (OCR is switched off)")
    import time

    started = time.perf_counter()
    try:
        frames = []
        for index in range(min(getattr(image, "n_frames", 1), limits.max_ocr_pages)):  # multi-page TIFF faxes
            image.seek(index)
            frames.append(ocr_image(image, limits))
    except OcrUnavailable:
        return replace(base, status=DocStatus.UNSUPPORTED, pages=1, reason="OCR is not available on this server")
    except (OSError, ValueError, Image.DecompressionBombError):
        return replace(base, status=DocStatus.CORRUPT, reason="the image is damaged")
    text = "\f".join(frames)
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(
        base, status=status, text=text, pages=len(frames), ocr_pages=len(frames),
        seconds={"ocr": time.perf_counter() - started},
        reason="" if status is DocStatus.OK else "no text could be read in the image",
    )
