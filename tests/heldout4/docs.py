"""Render a document (a list of blocks) as .docx, as a text PDF, or as an image-only scan.

Blocks: ("h", text) heading, ("p", text) paragraph, ("li", [items]) numbered list,
("ul", [items]) bullets, ("t", [header, row, ...]) table, ("kv", [(label, value), ...]).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap

FIXED = dt.datetime(2026, 1, 5, 9, 30)
_STAMP = __import__("time").gmtime(1767605400)


def to_docx(blocks, author: str, title: str = "") -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            for para in val.split("\n\n"):
                doc.add_paragraph(para)
        elif kind == "li":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind in ("t", "kv"):
            rows = val if kind == "t" else [list(r) for r in val]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
                    if (kind == "t" and i == 0) or (kind == "kv" and j == 0):
                        for r in table.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data: bytes) -> bytes:
    """python-docx stamps zip entries with the wall clock; pin them so output is deterministic."""
    import zipfile

    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_pdf(blocks, author: str, title: str = "", header: str = "", footer: str = "") -> bytes:
    """A text-layer PDF. With header/footer it looks like a case-management export."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    body, cell = ss["BodyText"], ss["BodyText"].clone("cell", fontSize=9, leading=11)
    story = []
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(escape(val), ss["Heading3"]))
        elif kind == "p":
            for para in val.split("\n\n"):
                story.append(Paragraph(escape(para).replace("\n", "<br/>"), body))
        elif kind in ("li", "ul"):
            items = [Paragraph(escape(i), body) for i in val]
            story.append(ListFlowable(items, bulletType="1" if kind == "li" else "bullet",
                                      start=None if kind == "li" else "\u2022"))
        elif kind in ("t", "kv"):
            rows = [[Paragraph(escape(c), cell) for c in r] for r in val]
            n = len(val[0])
            widths = [160 / n * mm] * n if kind == "t" else [50 * mm, 110 * mm]
            t = Table(rows, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(20 * mm, 287 * mm, header)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, footer)
            canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author, invariant=1,
                            topMargin=22 * mm, bottomMargin=20 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def plain_lines(blocks) -> list[str]:
    out = []
    for kind, val in blocks:
        if kind in ("h", "p"):
            out.extend(val.split("\n"))
        elif kind == "li":
            out.extend(f"{i}. {x}" for i, x in enumerate(val, 1))
        elif kind == "ul":
            out.extend(f"- {x}" for x in val)
        elif kind == "t":
            out.extend(" | ".join(r) for r in val)
        elif kind == "kv":
            out.extend(f"{k}: {v}" for k, v in val)
        out.append("")
    return out


def to_scan(blocks, seed: int) -> bytes:
    """Printed, signed and scanned: an image-only PDF (no text layer), slightly rotated."""
    import random
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 22)
    except OSError:
        font = ImageFont.load_default()
    lines = []
    for ln in plain_lines(blocks):
        lines.extend(textwrap.wrap(ln, 78) or [""])
    pages, per = [], 44
    for start in range(0, len(lines), per):
        img = Image.new("L", (1240, 1754), 250)
        dr = ImageDraw.Draw(img)
        for i, ln in enumerate(lines[start:start + per]):
            dr.text((110, 120 + i * 34), ln, fill=25, font=font)
        for _ in range(300):
            x, y = rnd.randrange(1240), rnd.randrange(1754)
            dr.point((x, y), fill=rnd.randrange(90, 200))
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=250, expand=False)
        pages.append(img.convert("RGB"))
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=70,
                  creationDate=_STAMP, modDate=_STAMP, producer="Canon iR-ADV C5535")
    return buf.getvalue()
