"""Render a document (a list of blocks) as .docx or as a text-layer PDF, deterministically.

Blocks: ("title", s) ("h", s) ("p", s) ("bullets", [s, ...]) ("table", [[cell, ...], ...]) ("kv", [(k, v), ...])
("footer", s) – a PDF-only running footer (case-management export style); ignored in .docx.
"""

from __future__ import annotations

import io
import zipfile

FIXED_ZIP_TIME = (2026, 1, 5, 9, 30, 0)


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_docx(blocks, author: str = "") -> bytes:
    import datetime as dt

    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2026, 1, 5, 9, 30)
    cp.modified = dt.datetime(2026, 1, 5, 9, 30)
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=1)
        elif kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            for para in val.split("\n"):
                doc.add_paragraph(para)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind in ("table", "kv"):
            rows = [list(r) for r in val]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "footer":
            continue
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def to_pdf(blocks, title: str = "", author: str = "") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    footer = next((v for k, v in blocks if k == "footer"), "")

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    flow = []
    for kind, val in blocks:
        if kind == "title":
            flow.append(Paragraph(esc(val), ss["Title"]))
        elif kind == "h":
            flow.append(Paragraph(esc(val), ss["Heading3"]))
        elif kind == "p":
            flow.append(Paragraph(esc(val), body))
        elif kind == "bullets":
            flow.append(ListFlowable([ListItem(Paragraph(esc(v), body)) for v in val], bulletType="bullet"))
        elif kind in ("table", "kv"):
            rows = [[Paragraph(esc(str(c)), body) for c in r] for r in val]
            ncol = max(len(r) for r in rows)
            width = 170 * mm
            widths = [width * 0.3, width * 0.7] if (kind == "kv" and ncol == 2) else [width / ncol] * ncol
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 6))
        elif kind == "footer":
            continue

    def on_page(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont("Helvetica", 7)
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
            canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author, invariant=1,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def to_text(blocks) -> str:
    """Plain-text rendering, for letters pasted into an email body."""
    out = []
    for kind, val in blocks:
        if kind in ("title", "h", "p"):
            out.append(val)
        elif kind == "bullets":
            out.append("\n".join(f"- {v}" for v in val))
        elif kind == "table":
            out.append("\n".join(" | ".join(str(c) for c in r) for r in val))
        elif kind == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in val))
    return "\n\n".join(out)


def render(blocks, fmt: str, title: str = "", author: str = "") -> bytes:
    if fmt == "docx":
        return to_docx(blocks, author)
    if fmt == "pdf":
        return to_pdf(blocks, title, author)
    raise ValueError(fmt)
