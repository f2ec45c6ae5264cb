"""Microsoft and OpenDocument containers: Outlook .msg, TNEF winmail.dat, RTF, ODT.

A .msg or winmail.dat is a whole message: its text is the subject and body,
and the files inside it are read by `read_inner` (the caller's extract
function, which applies the limits and counts nesting).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import replace

from parsers.archive import Package, PackageError
from parsers.htmltext import html_to_text
from parsers.limits import Limits
from parsers.model import Attachment, DocStatus, DocumentText, Table

log = logging.getLogger(__name__)

# extract_msg and tnefparse log message details (subjects, names) at WARNING
# for properties they do not know: keep them out of the service's logs.
for _name in ("extract_msg", "tnefparse", "RTFDE", "olefile"):
    logging.getLogger(_name).setLevel(logging.ERROR)

ReadInner = Callable[[Attachment], DocumentText]


def _done(base: DocumentText, parts: list[str], tables: tuple[Table, ...] = (), reason: str = "") -> DocumentText:
    text = "\n".join(p for p in parts if p and p.strip())
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    if status is DocStatus.EMPTY and not reason:
        reason = "the file holds no text"
    return replace(base, status=status, text=text, tables=tables, pages=1, reason=reason)


def _inner_text(name: str, doc: DocumentText) -> str:
    if doc.readable:
        return f"[{name}]\n{doc.text}"
    return f"[{name}: {doc.reason or doc.status.value}]"


# --- Outlook .msg ------------------------------------------------------------


def read_msg(data: bytes, base: DocumentText, limits: Limits, read_inner: ReadInner) -> DocumentText:
    import extract_msg

    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # olefile / extract_msg raise many types on damaged files
        reason = "the Outlook message is damaged and cannot be opened"
        if "encrypt" in str(exc).lower():
            return replace(base, status=DocStatus.ENCRYPTED, reason="the Outlook message is encrypted")
        return replace(base, status=DocStatus.CORRUPT, reason=reason)
    try:
        parts, tables = _msg_parts(msg, read_inner, 0)
    finally:
        try:
            msg.close()
        except Exception:
            pass
    return _done(base, parts, tables)


def _msg_parts(msg, read_inner: ReadInner, level: int) -> tuple[list[str], tuple[Table, ...]]:
    parts: list[str] = []
    tables: list[Table] = []
    for label, attr in (("Subject", "subject"), ("From", "sender"), ("To", "to"), ("Date", "date")):
        value = _safe(lambda: getattr(msg, attr, None))
        if value:
            parts.append(f"{label}: {value}")
    body = _safe(lambda: msg.body)
    if not (isinstance(body, str) and body.strip()):
        html = _safe(lambda: msg.htmlBody)
        if isinstance(html, bytes):
            html = html.decode("utf-8", "replace")
        body = html_to_text(html) if isinstance(html, str) and html.strip() else ""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    parts.append(str(body or "").replace("\r\n", "\n"))
    for att in _safe(lambda: list(msg.attachments)) or []:
        name = _safe(lambda: att.longFilename or att.shortFilename or att.displayName) or "attachment"
        inner = _safe(lambda: att.data)
        if isinstance(inner, bytes):
            doc = read_inner(Attachment(str(name), _safe(lambda: att.mimetype) or "application/octet-stream", inner))
            parts.append(_inner_text(str(name), doc))
            tables.extend(doc.tables)
        elif inner is not None and level < 3 and hasattr(inner, "attachments"):
            # an attached Outlook item (EmbeddedMsgAttachment): read it in place
            sub_parts, sub_tables = _msg_parts(inner, read_inner, level + 1)
            parts.append(f"[{name}]\n" + "\n".join(p for p in sub_parts if p))
            tables.extend(sub_tables)
    return parts, tuple(tables)


def _safe(get):
    """extract_msg decodes lazily, so any property can raise (e.g. UnicodeDecodeError on GBK HTML)."""
    try:
        return get()
    except Exception:
        return None


# --- TNEF (winmail.dat) ------------------------------------------------------


def read_tnef(data: bytes, base: DocumentText, limits: Limits, read_inner: ReadInner) -> DocumentText:
    import tnefparse

    try:
        tnef = tnefparse.TNEF(data)
    except Exception:
        return replace(base, status=DocStatus.CORRUPT, reason="the winmail.dat attachment is damaged")
    parts: list[str] = []
    tables: list[Table] = []
    body = _safe(lambda: tnef.body)
    if isinstance(body, bytes):
        body = body.decode("cp1252", "replace")
    if not (isinstance(body, str) and body.strip()):
        html = _safe(lambda: tnef.htmlbody)
        if isinstance(html, bytes):
            html = html.decode("utf-8", "replace")
        if isinstance(html, str) and html.strip():
            body = html_to_text(html)
    if not (isinstance(body, str) and body.strip()):
        rtf = _safe(lambda: tnef.rtfbody)
        if rtf:
            body = _rtf_text(rtf)
    if isinstance(body, str):
        parts.append(body)
    for att in _safe(lambda: list(tnef.attachments)) or []:
        name = _safe(att.long_filename) or _safe(lambda: att.name) or "attachment"
        if isinstance(name, bytes):
            name = name.decode("cp1252", "replace")
        payload = _safe(lambda: att.data)
        if not isinstance(payload, bytes) or not payload:
            continue
        doc = read_inner(Attachment(str(name).strip("\x00"), "application/octet-stream", payload))
        parts.append(_inner_text(str(name), doc))
        tables.extend(doc.tables)
    return _done(base, parts, tuple(tables))


# --- RTF -----------------------------------------------------------------------


def read_rtf(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    return _done(base, [_rtf_text(data)])


def _rtf_text(data: bytes | str) -> str:
    from striprtf.striprtf import rtf_to_text

    text = data.decode("latin-1") if isinstance(data, bytes) else data
    # striprtf decodes \'xx escapes with the code page it is given; Windows-1252 is
    # what UK Word writes (\ansicpg1252).
    return rtf_to_text(text, encoding="cp1252", errors="replace")


# --- ODT -----------------------------------------------------------------------


def read_odt(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    try:
        # Declared sizes are checked here; odfpy then reads through zipfile, which
        # never inflates a member past its declared size (it fails the CRC instead).
        Package(data, limits)
    except PackageError as exc:
        return replace(base, status=DocStatus(exc.status), reason=exc.reason)
    from odf import teletype
    from odf.opendocument import load
    from odf.table import Table as OdfTable
    from odf.table import TableCell, TableRow
    from odf.text import H, P

    try:
        doc = load(io.BytesIO(data))
    except Exception:
        return replace(base, status=DocStatus.CORRUPT, reason="the OpenDocument file is damaged")
    lines = [teletype.extractText(p) for p in doc.getElementsByType(P)]
    headings = doc.getElementsByType(H)
    if headings:  # odfpy lists by type, so headings lose their place; keep them readable at the top
        lines = [teletype.extractText(h) for h in headings] + lines
    tables = []
    for table in doc.getElementsByType(OdfTable):
        rows = []
        for row in table.getElementsByType(TableRow):
            rows.append(tuple(teletype.extractText(cell).strip() for cell in row.getElementsByType(TableCell)))
        if rows:
            tables.append(Table(tuple(rows)))
    return _done(base, lines, tuple(tables))
