"""Attachment bytes -> DocumentText, by file type.

Every reader returns a DocumentText with a status; nothing raises out of
`extract_document` (a broken file is a finding about the email, not a crash).
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass, replace

from parsers.model import Attachment, DocStatus, DocumentText, Table

try:  # lxml comes with python-docx; fall back to the stdlib parser if missing
    from lxml import etree as _etree
except ImportError:  # pragma: no cover
    import xml.etree.ElementTree as _etree  # type: ignore[no-redef]


@dataclass(frozen=True)
class Limits:
    """Resource limits for one document. Defaults suit a council mailbox."""

    max_bytes: int = 30 * 1024 * 1024
    max_pdf_pages: int = 60
    max_ocr_pages: int = 10
    max_unzipped_bytes: int = 100 * 1024 * 1024  # zip-bomb guard for DOCX/ODT
    ocr: bool = True
    ocr_dpi: int = 200


DEFAULT_LIMITS = Limits()

_PDF_TYPES = {"application/pdf", "application/x-pdf"}
_DOCX_TYPES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_IMAGE_EXT = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif")


def kind_of(att: Attachment) -> str:
    """Which reader handles this attachment: pdf, docx, image, msg, tnef, rtf, odt, text, or other."""
    name = att.filename.lower()
    ctype = att.content_type
    head = att.data[:8]
    if ctype in _PDF_TYPES or name.endswith(".pdf") or head.startswith(b"%PDF"):
        return "pdf"
    if ctype in _DOCX_TYPES or name.endswith((".docx", ".docm")):
        return "docx"
    if name.endswith(".odt") or ctype == "application/vnd.oasis.opendocument.text":
        return "odt"
    if name.endswith(".rtf") or ctype in ("application/rtf", "text/rtf") or head.startswith(b"{\\rtf"):
        return "rtf"
    if name.endswith(".msg") or ctype == "application/vnd.ms-outlook":
        return "msg"
    if name == "winmail.dat" or ctype == "application/ms-tnef" or head[:4] == b"\x78\x9f\x3e\x22":
        return "tnef"
    if ctype.startswith("image/") or name.endswith(_IMAGE_EXT):
        return "image"
    if ctype.startswith("text/") or name.endswith((".txt", ".csv")):
        return "text"
    return "other"


def extract_document(att: Attachment, limits: Limits = DEFAULT_LIMITS) -> DocumentText:
    """Read one attachment. Never raises."""
    base = DocumentText(filename=att.filename, content_type=att.content_type, status=DocStatus.OK)
    if len(att.data) > limits.max_bytes:
        return replace(base, status=DocStatus.TOO_LARGE, reason=f"file is larger than {limits.max_bytes // (1024 * 1024)} MB")
    kind = kind_of(att)
    reader = _READERS.get(kind)
    if reader is None:
        return replace(base, status=DocStatus.UNSUPPORTED, reason="file type not read")
    started = time.perf_counter()
    try:
        doc = reader(att.data, base, limits)
    except Exception as exc:  # a library choking on a broken file: the file is corrupt, the email is fine
        doc = replace(base, status=DocStatus.CORRUPT, reason=f"could not read the file ({type(exc).__name__})")
    seconds = dict(doc.seconds)
    seconds.setdefault(kind, time.perf_counter() - started)
    return replace(doc, seconds=seconds)


# --- PDF -------------------------------------------------------------------


def _read_pdf(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return replace(base, status=DocStatus.ENCRYPTED, reason="the PDF is password-protected")
        return replace(base, status=DocStatus.CORRUPT, reason="the PDF is damaged and cannot be opened")
    try:
        n_pages = len(pdf)
        pages: list[str] = []
        ocr_pages = 0
        t_text = t_ocr = 0.0
        for index in range(min(n_pages, limits.max_pdf_pages)):
            t0 = time.perf_counter()
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range() or ""
            textpage.close()
            t_text += time.perf_counter() - t0
            if len(text.strip()) < 20 and limits.ocr and ocr_pages < limits.max_ocr_pages:
                t0 = time.perf_counter()
                image = page.render(scale=limits.ocr_dpi / 72).to_pil()
                text = _ocr_image(image)
                ocr_pages += 1
                t_ocr += time.perf_counter() - t0
            page.close()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    finally:
        pdf.close()
    full = "\f".join(pages)
    status = DocStatus.OK if full.strip() else DocStatus.EMPTY
    seconds = {"pdf": t_text}
    if ocr_pages:
        seconds["ocr"] = t_ocr
    return replace(base, status=status, text=full, pages=n_pages, ocr_pages=ocr_pages, seconds=seconds,
                   reason="" if status is DocStatus.OK else "no readable text")


def _ocr_image(image) -> str:  # PIL.Image
    import pytesseract

    gray = image.convert("L")
    # --psm 1: automatic page segmentation with orientation detection, for rotated scans.
    text = pytesseract.image_to_string(gray, config="--psm 1")
    if len(text.strip()) < 40:
        text = pytesseract.image_to_string(gray, config="--psm 3")
    return text


def _read_image(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    from PIL import Image

    if not limits.ocr:
        return replace(base, status=DocStatus.EMPTY, reason="OCR disabled")
    image = Image.open(io.BytesIO(data))
    if image.width * image.height < 200 * 200:
        return replace(base, status=DocStatus.EMPTY, reason="image too small to hold text")
    t0 = time.perf_counter()
    text = _ocr_image(image)
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(base, status=status, text=text, pages=1, ocr_pages=1, seconds={"ocr": time.perf_counter() - t0})


# --- DOCX / ODT --------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _check_zip(zf: zipfile.ZipFile, limits: Limits) -> None:
    total = sum(info.file_size for info in zf.infolist())
    if total > limits.max_unzipped_bytes:
        raise _TooLarge(f"unpacks to more than {limits.max_unzipped_bytes // (1024 * 1024)} MB")


class _TooLarge(Exception):
    pass


def _read_docx(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    """Read the document XML directly: python-docx drops tracked insertions,
    content controls and text boxes, which Word users put letters in."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            # An OLE2 container named .docx is how Word stores a password-protected document.
            return replace(base, status=DocStatus.ENCRYPTED, reason="the Word document is password-protected")
        return replace(base, status=DocStatus.CORRUPT, reason="the Word document is damaged")
    try:
        _check_zip(zf, limits)
    except _TooLarge as exc:
        return replace(base, status=DocStatus.TOO_LARGE, reason=str(exc))
    try:
        xml = zf.read("word/document.xml")
    except KeyError:
        return replace(base, status=DocStatus.CORRUPT, reason="not a Word document (no document.xml)")
    root = _etree.fromstring(xml)
    lines: list[str] = []
    tables: list[Table] = []
    body = root.find(f"{_W}body")
    if body is None:
        body = root
    _docx_block(body, lines, tables)
    text = "\n".join(lines)
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(base, status=status, text=text, tables=tuple(tables), pages=1)


def _docx_block(elem, lines: list[str], tables: list[Table]) -> None:
    for child in elem:
        tag = child.tag
        if tag == _MC_FALLBACK:
            continue
        if tag == f"{_W}p":
            lines.append(_docx_para(child))
        elif tag == f"{_W}tbl":
            rows: list[tuple[str, ...]] = []
            for tr in child.iter(f"{_W}tr"):
                cells = []
                for tc in tr.findall(f"{_W}tc"):
                    cells.append(" ".join(_docx_para(p) for p in tc.iter(f"{_W}p")).strip())
                rows.append(tuple(cells))
                lines.append("\t".join(cells))
            tables.append(Table(tuple(rows)))
        else:
            _docx_block(child, lines, tables)  # sdt content controls, ins, customXml, ...


def _docx_para(p) -> str:
    parts: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == _MC_FALLBACK:
            continue
        if tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif tag in (f"{_W}tab",):
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _read_odt(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    zf = zipfile.ZipFile(io.BytesIO(data))
    try:
        _check_zip(zf, limits)
    except _TooLarge as exc:
        return replace(base, status=DocStatus.TOO_LARGE, reason=str(exc))
    from odf import teletype
    from odf.opendocument import load
    from odf.text import P

    doc = load(io.BytesIO(data))
    text = "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
    return replace(base, status=DocStatus.OK if text.strip() else DocStatus.EMPTY, text=text, pages=1)


def _read_rtf(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(data.decode("latin-1", "replace"), errors="ignore")
    return replace(base, status=DocStatus.OK if text.strip() else DocStatus.EMPTY, text=text, pages=1)


def _read_text(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    text = data.decode("utf-8", "replace")
    return replace(base, status=DocStatus.OK if text.strip() else DocStatus.EMPTY, text=text, pages=1)


# --- Outlook containers ------------------------------------------------------


def _read_msg(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    import extract_msg

    msg = extract_msg.openMsg(io.BytesIO(data))
    try:
        parts = [f"Subject: {msg.subject or ''}", msg.body or ""]
        for att in getattr(msg, "attachments", []) or []:
            inner = getattr(att, "data", None)
            name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or ""
            if isinstance(inner, bytes):
                sub = extract_document(Attachment(name, "application/octet-stream", inner), limits)
                if sub.readable:
                    parts.append(f"[{name}]\n{sub.text}")
    finally:
        msg.close()
    text = "\n".join(parts)
    return replace(base, status=DocStatus.OK if text.strip() else DocStatus.EMPTY, text=text, pages=1)


def _read_tnef(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    import tnefparse

    tnef = tnefparse.TNEF(data)
    parts: list[str] = []
    body = getattr(tnef, "body", None) or getattr(tnef, "htmlbody", None)
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if body:
        parts.append(str(body))
    for att in tnef.attachments:
        name = att.long_filename() or att.name or ""
        if isinstance(name, bytes):
            name = name.decode("latin-1", "replace")
        sub = extract_document(Attachment(str(name), "application/octet-stream", att.data), limits)
        if sub.readable:
            parts.append(f"[{name}]\n{sub.text}")
    text = "\n".join(parts)
    return replace(base, status=DocStatus.OK if text.strip() else DocStatus.EMPTY, text=text, pages=1)


_READERS = {
    "pdf": _read_pdf,
    "docx": _read_docx,
    "odt": _read_odt,
    "rtf": _read_rtf,
    "text": _read_text,
    "image": _read_image,
    "msg": _read_msg,
    "tnef": _read_tnef,
}
