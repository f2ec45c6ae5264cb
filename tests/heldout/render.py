"""Render document blocks to DOCX / PDF / plain text, and assemble RFC 5322 messages (CRLF, 7-bit).

A document is a list of blocks:
  ("h", text)            heading
  ("p", text)            paragraph (may contain "\n" for line breaks)
  ("bullets", [text])    bulleted list
  ("table", [[cell]])    table; first row is the header row
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import quopri
import zipfile

import docx
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

FIXED = dt.datetime(2026, 1, 1, 9, 0, 0)


# --- documents ------------------------------------------------------------------------------

def to_text(blocks) -> str:
    out = []
    for kind, val in blocks:
        if kind in ("h", "p"):
            out.append(val)
        elif kind == "bullets":
            out.append("\n".join(f"- {v}" for v in val))
        elif kind == "table":
            out.append("\n".join(" | ".join(row) for row in val))
        out.append("")
    return "\n".join(out).strip() + "\n"


def _fix_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so output is byte-for-byte deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def to_docx(blocks, author: str = "Newham User") -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    cp = d.core_properties
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = FIXED
    cp.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for v in val:
                d.add_paragraph(v, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def to_pdf(blocks, title: str = "Document", author: str = "Newham User") -> bytes:
    ss = getSampleStyleSheet()
    body, head, small = ss["BodyText"], ss["Heading4"], ss["BodyText"].clone("small", fontSize=9, leading=11)
    flow = []
    for kind, val in blocks:
        if kind == "h":
            flow.append(Paragraph(_esc(val), head))
        elif kind == "p":
            flow.append(Paragraph(_esc(val), body))
            flow.append(Spacer(1, 4))
        elif kind == "bullets":
            flow.append(ListFlowable([ListItem(Paragraph(_esc(v), body)) for v in val], bulletType="bullet"))
        elif kind == "table":
            data = [[Paragraph(_esc(c), small) for c in row] for row in val]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author, creator="Microsoft Word",
                            invariant=1)
    doc.build(flow)
    return buf.getvalue()


# --- MIME -----------------------------------------------------------------------------------

CTYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "pdf": "application/pdf"}


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\r\n", "\n").encode("utf-8")).decode().replace("\n", "\r\n")


def _html(text: str) -> str:
    paras = "".join(f"<p>{_esc(p) or '&nbsp;'}</p>\r\n" for p in text.split("\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body>\r\n{paras}</body></html>"


def hdr_encode(s: str) -> str:
    if all(ord(c) < 128 for c in s):
        return s
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def assemble(headers: list[tuple[str, str]], body: str, attachments=(), boundary: str = "b1",
             html: bool = True) -> bytes:
    """headers: ordered (name, value); body: plain text; attachments: (filename, ext, bytes)."""
    lines = [f"{k}: {v}" for k, v in headers] + ["MIME-Version: 1.0"]
    text_part = ["Content-Type: text/plain; charset=\"utf-8\"",
                 "Content-Transfer-Encoding: quoted-printable", "", _qp(body)]
    if html:
        alt = f"alt_{boundary}"
        inner = [f"Content-Type: multipart/alternative; boundary=\"{alt}\"", "",
                 f"--{alt}", *text_part, f"--{alt}",
                 "Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable", "",
                 _qp(_html(body)), f"--{alt}--"]
    else:
        inner = text_part
    if not attachments:
        return ("\r\n".join(lines + inner) + "\r\n").encode("ascii")
    mixed = f"mix_{boundary}"
    out = lines + [f"Content-Type: multipart/mixed; boundary=\"{mixed}\"", "",
                   "This is a multi-part message in MIME format.", f"--{mixed}", *inner]
    for fname, ext, data in attachments:
        fn = hdr_encode(fname)
        out += [f"--{mixed}", f"Content-Type: {CTYPES[ext]}; name=\"{fn}\"",
                f"Content-Description: {fn}",
                f"Content-Disposition: attachment; filename=\"{fn}\"; size={len(data)}",
                "Content-Transfer-Encoding: base64", "", _b64(data)]
    out.append(f"--{mixed}--")
    return ("\r\n".join(out) + "\r\n").encode("ascii")
