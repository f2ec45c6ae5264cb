"""Render tagged blocks to .docx, text PDF, image-only (scanned) PDF and PNG."""
from __future__ import annotations

import datetime as dt
import io
import textwrap
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .kit import Doc, fixed_zip

rl_config.invariant = 1
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def render(doc: Doc) -> bytes:
    if doc.data is not None:
        return doc.data
    return {"docx": to_docx, "pdf": to_pdf, "scan": to_scan, "png": to_png}[doc.fmt](doc)


def to_docx(doc: Doc) -> bytes:
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Newham User"
    cp.created = cp.modified = dt.datetime(2026, 1, 1)
    cp.title = doc.title
    for b in doc.blocks:
        if b.kind == "h":
            para = d.add_paragraph()
            para.add_run(b.text).bold = True
        elif b.kind == "t":
            ncol = max(len(r) for r in b.rows)
            tab = d.add_table(rows=0, cols=ncol)
            tab.style = "Table Grid"
            for i, r in enumerate(b.rows):
                cells = tab.add_row().cells
                for j, c in enumerate(r):
                    cells[j].text = c
                    if i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        else:
            for line in b.text.split("\n"):
                d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def to_pdf(doc: Doc) -> bytes:
    ss = getSampleStyleSheet()
    body, head = ss["BodyText"], ss["Heading4"]
    cell = ss["BodyText"].clone("cell", fontSize=9, leading=11)
    story = []
    for b in doc.blocks:
        if b.kind == "h":
            story.append(Paragraph(escape(b.text), head))
        elif b.kind == "t":
            data = [[Paragraph(escape(c), cell) for c in r] for r in b.rows]
            ncol = max(len(r) for r in b.rows)
            tab = Table(data, colWidths=[170 * mm / ncol] * ncol)
            tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            story += [tab, Spacer(1, 6)]
        else:
            story.append(Paragraph(escape(b.text).replace("\n", "<br/>"), body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=doc.title or doc.filename, author="",
                      leftMargin=20 * mm, rightMargin=20 * mm).build(story)
    return buf.getvalue()


def _lines(doc: Doc, width: int) -> list:
    """Flatten blocks to (text, bold) lines for the page image."""
    out = []
    for b in doc.blocks:
        if b.kind == "t":
            for i, r in enumerate(b.rows):
                for line in textwrap.wrap("   ".join(r), width) or [""]:
                    out.append((line, i == 0))
        else:
            for para in b.text.split("\n"):
                for line in textwrap.wrap(para, width) or [""]:
                    out.append((line, b.kind == "h"))
        out.append(("", False))
    return out


def to_scan(doc: Doc) -> bytes:
    """A printed, signed and scanned letter: pages are pictures, no text layer."""
    W, H = 1240, 1754                     # A4 at 150 dpi
    f = ImageFont.truetype(FONT, 27)
    fb = ImageFont.truetype(FONT_B, 27)
    lines = _lines(doc, 70)
    per_page = (H - 240) // 38
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for n, page in enumerate(pages):
        img = Image.new("L", (W, H), 246)
        dr = ImageDraw.Draw(img)
        y = 120
        for text, bold in page:
            if text == "[signed]":
                dr.line([(130, y + 22), (190, y + 2), (240, y + 30), (300, y + 5), (360, y + 26)],
                        fill=40, width=3)
            else:
                dr.text((125, y), text, font=fb if bold else f, fill=25)
            y += 38
        dr.text((W // 2 - 40, H - 90), f"{n + 1}", font=f, fill=60)
        img = img.rotate(0.35, fillcolor=246)
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def to_png(doc: Doc) -> bytes:
    img = Image.new("RGB", (180, 48), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, 44, 47], fill=(0, 94, 160))
    dr.text((52, 14), doc.title or "Newham", font=ImageFont.truetype(FONT_SANS, 16), fill=(0, 60, 110))
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()
