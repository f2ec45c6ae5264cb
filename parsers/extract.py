"""Attachment bytes -> DocumentText: the one entry point for reading a file.

`extract_document` picks a reader by what the bytes are (magic numbers
first: senders' file names and MIME types are often wrong), applies the
resource limits, and never raises: a broken file is a finding about the
email ("the PDF is damaged"), never a crash. Each reader lives in its own
module: `pdf`, `docx`, `office` (msg, tnef, rtf, odt), `ocr` (images).

Run it inside `inboxbot.extraction`'s worker processes when the input is
untrusted: a parser can still hang or crash in C code, and only a separate
process can be killed.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace

from parsers import docx, office, ocr, pdf
from parsers.archive import OLE2_MAGIC
from parsers.headers import decode_bytes
from parsers.limits import DEFAULT_LIMITS, MB, Limits
from parsers.model import Attachment, DocStatus, DocumentText

__all__ = ["DEFAULT_LIMITS", "Limits", "extract_document", "kind_of"]

log = logging.getLogger(__name__)

_PDF_TYPES = {"application/pdf", "application/x-pdf", "application/acrobat"}
_DOCX_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-word.document.macroenabled.12",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
}
_DOCX_EXT = (".docx", ".docm", ".dotx", ".dotm")
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".jfif")
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_TEXT_EXT = (".txt", ".csv", ".text", ".log")
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_ZIP_MAGIC = b"PK\x03\x04"
_NOT_READ = {
    "doc": "Word 97-2003 (.doc) files are not read; a .docx or PDF copy is needed",
    "other": "this type of file is not read",
    "archive": "compressed archives (.zip) are not opened",
    "signature": "a digital signature, not a document",
    "calendar": "a calendar invitation, not a document",
}


def kind_of(att: Attachment) -> str:
    """Which reader handles this attachment: pdf, docx, odt, rtf, msg, tnef, image, text, doc, or other."""
    name = att.filename.lower().strip()
    ctype = att.content_type.lower()
    head = att.data[:8]
    # The bytes first: "scan.pdf" sent as application/octet-stream is still a PDF.
    if att.data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in att.data[:1024]:
        return "pdf"
    if head.startswith(_TNEF_MAGIC):
        return "tnef"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(OLE2_MAGIC):
        if name.endswith(".msg") or ctype == "application/vnd.ms-outlook":
            return "msg"
        if name.endswith(_DOCX_EXT) or ctype in _DOCX_TYPES:
            return "docx"  # a password-protected .docx is an OLE2 file; the docx reader says so
        if name.endswith((".doc", ".dot")) or ctype == "application/msword":
            return "doc"
        return "msg" if not name else "other"
    if head.startswith(_IMAGE_MAGIC) or ctype.startswith("image/") or name.endswith(_IMAGE_EXT):
        return "image"
    if ctype in _PDF_TYPES or name.endswith(".pdf"):
        return "pdf"  # named a PDF but not one: the PDF reader reports it damaged
    if ctype in _DOCX_TYPES or name.endswith(_DOCX_EXT):
        return "docx"
    if name.endswith(".odt") or ctype == "application/vnd.oasis.opendocument.text":
        return "odt"
    if name.endswith(".rtf") or ctype in ("application/rtf", "text/rtf"):
        return "rtf"
    if name.endswith(".msg") or ctype == "application/vnd.ms-outlook":
        return "msg"
    if name == "winmail.dat" or ctype == "application/ms-tnef":
        return "tnef"
    if name.endswith((".doc", ".dot")) or ctype == "application/msword":
        return "doc"
    if head.startswith(_ZIP_MAGIC) or name.endswith((".zip", ".7z", ".rar", ".gz", ".bz2")):
        return "archive"
    if ctype in ("application/pkcs7-signature", "application/x-pkcs7-signature") or name.endswith(".p7s"):
        return "signature"
    if ctype in ("text/calendar", "application/ics") or name.endswith(".ics"):
        return "calendar"
    if name.endswith((".htm", ".html")) or ctype == "text/html":
        return "html"
    if ctype.startswith("text/") or name.endswith(_TEXT_EXT):
        return "text"
    return "other"


def extract_document(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> DocumentText:
    """Read one attachment into text. Never raises: the returned status and reason say what happened."""
    return _Extractor(limits).extract(att, nesting=0)


class _Extractor:
    """One extract_document call: counts the files found inside .msg / winmail.dat files."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.nested = 0

    def extract(self, att: Attachment, nesting: int) -> DocumentText:
        kind = kind_of(att)
        base = DocumentText(filename=att.filename, content_type=att.content_type, status=DocStatus.OK, kind=kind)
        limits = self.limits
        if len(att.data) > limits.max_bytes:
            return replace(
                base, status=DocStatus.TOO_LARGE,
                reason=f"the file is {len(att.data) / MB:.0f} MB, over the {limits.max_bytes / MB:.0f} MB limit",
            )
        if not att.data:
            return replace(base, status=DocStatus.EMPTY, reason="the file is empty")
        started = time.perf_counter()
        try:
            doc = self._read(kind, att, base, nesting)
        except MemoryError:
            doc = replace(base, status=DocStatus.TOO_LARGE, reason="the file needs too much memory to read")
        except RecursionError:
            doc = replace(base, status=DocStatus.CORRUPT, reason="the file is nested too deeply to read")
        except Exception as exc:  # noqa: BLE001 - a library choking on a broken file: the file is corrupt, the email is fine
            log.info("reader %s failed (%s)", kind, type(exc).__name__)
            doc = replace(base, status=DocStatus.CORRUPT, reason=f"the file is damaged and could not be read ({type(exc).__name__})")
        seconds = dict(doc.seconds)
        if not seconds:
            seconds[kind] = time.perf_counter() - started
        return replace(doc, seconds=seconds)

    def _read(self, kind: str, att: Attachment, base: DocumentText, nesting: int) -> DocumentText:
        data, limits = att.data, self.limits
        if kind == "pdf":
            return pdf.read_pdf(data, base, limits)
        if kind == "docx":
            return docx.read_docx(data, base, limits)
        if kind == "image":
            return ocr.read_image(data, base, limits)
        if kind == "odt":
            return office.read_odt(data, base, limits)
        if kind == "rtf":
            return office.read_rtf(data, base, limits)
        if kind == "msg":
            return office.read_msg(data, base, limits, self._inner(nesting))
        if kind == "tnef":
            return office.read_tnef(data, base, limits, self._inner(nesting))
        if kind == "text":
            return _read_text(data, base, att.content_type)
        if kind == "html":
            return _read_html(data, base)
        return replace(base, status=DocStatus.UNSUPPORTED, reason=_NOT_READ.get(kind, _NOT_READ["other"]))

    def _inner(self, nesting: int):
        def read_inner(att: Attachment) -> DocumentText:
            base = DocumentText(filename=att.filename, content_type=att.content_type, status=DocStatus.OK)
            if nesting + 1 > self.limits.max_nesting:
                return replace(base, status=DocStatus.TOO_LARGE, reason="attached inside too many levels of messages")
            self.nested += 1
            if self.nested > self.limits.max_nested_documents:
                return replace(base, status=DocStatus.TOO_LARGE, reason="too many files inside the message")
            return self.extract(att, nesting + 1)

        return read_inner


def _read_text(data: bytes, base: DocumentText, content_type: str) -> DocumentText:
    text = decode_bytes(data, _charset(content_type)).replace("\r\n", "\n")
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(base, status=status, text=text, pages=1, reason="" if text.strip() else "the file has no text")


def _read_html(data: bytes, base: DocumentText) -> DocumentText:
    from parsers.htmltext import html_to_text

    text = html_to_text(decode_bytes(data, None))
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(base, status=status, text=text, pages=1, reason="" if text.strip() else "the file has no text")


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"')
    return None
