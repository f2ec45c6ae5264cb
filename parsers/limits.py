"""Resource limits for reading one email and its files.

One frozen value, passed in by the caller (the daemon reads it from config):
a parser never reads settings of its own. The defaults suit a council
mailbox: real submissions are a few letters and assessments of a few MB, so
anything far beyond these is either a mistake or an attack, and is reported
as "too large" instead of being read.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits for one email and each of its documents."""

    # --- the email ---
    max_message_bytes: int = 50 * MB  # the raw RFC 5322 message (Exchange's own default send limit is 35 MB)
    max_attachments: int = 50  # file parts read per email; the rest are listed as skipped
    max_mime_depth: int = 40  # nested multiparts; deeper parts are ignored (recursion bombs)
    max_forward_depth: int = 5  # message/rfc822 inside message/rfc822 ...

    # --- each document ---
    max_bytes: int = 30 * MB  # one attached file
    max_pdf_pages: int = 60  # pages read from one PDF
    max_ocr_pages: int = 10  # image-only pages sent to Tesseract, per document
    max_table_pages: int = 6  # pages given to pdfplumber's table finder, per document
    max_unzipped_bytes: int = 100 * MB  # DOCX/ODT/XLSX: declared AND actually read (zip bombs)
    max_zip_members: int = 5000  # entries in one DOCX/ODT package
    max_image_pixels: int = 40_000_000  # a raster decoded for OCR (about A3 at 300 dpi); bigger is a bomb
    max_nested_documents: int = 20  # files inside .msg / winmail.dat, counted over all levels
    max_nesting: int = 3  # .msg inside .msg inside ...
    ocr: bool = True
    ocr_dpi: int = 300  # the most a page is rendered at for OCR; native scan resolution is used when lower
    ocr_min_dpi: int = 150  # and the least
    tesseract_seconds: float = 60.0  # one Tesseract call; the process pool's timeout is the hard stop

    # --- the worker process that reads documents (inboxbot.extraction) ---
    max_seconds: float = 60.0  # per document; a 10-page scan takes ~15 s. Past it the worker is killed: TIMEOUT
    worker_memory_bytes: int = 3 * 1024 * MB  # address-space limit, so a decompression bomb fails alone


DEFAULT_LIMITS = Limits()
