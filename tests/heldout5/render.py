"""Turn a Doc's blocks into bytes: Word .docx, ReportLab PDF, a photographed form (JPEG), or body text/HTML.

Everything is deterministic: fixed document metadata, fixed zip timestamps, ReportLab's invariant mode.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile

from .model import Block, Doc

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with every member stamped `when`, so the .docx bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc: Doc, author: str, when: dt.datetime) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = doc.meta.get("font", "Arial")
    style.font.size = Pt(doc.meta.get("size", 11))
    for b in doc.blocks:
        if b.kind == "h":
            level = doc.meta.get("heading_level", 2)
            if level:
                d.add_heading(b.content, level=level)
            else:
                d.add_paragraph().add_run(b.content).bold = True
        elif b.kind == "p":
            d.add_paragraph(b.content)
        elif b.kind == "lines":
            p = d.add_paragraph()
            for i, line in enumerate(b.content):
                run = p.add_run(line)
                if i < len(b.content) - 1:
                    run.add_break()
        elif b.kind == "ul":
            for item in b.content:
                d.add_paragraph(item, style="List Bullet")
        elif b.kind == "table":
            rows = b.content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = doc.meta.get("revision", 3)
    cp.title = doc.meta.get("title", "")
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue(), when)


_fonts_done = False


def _fonts() -> None:
    global _fonts_done
    if _fonts_done:
        return
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    _fonts_done = True


def _flowables(doc: Doc, serif: bool) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    base = "DejaVuSerif" if serif else "DejaVu"
    body = ParagraphStyle("b", fontName=base, fontSize=10, leading=13.5, spaceAfter=6)
    head = ParagraphStyle("h", fontName=base + "-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName=base, fontSize=8.5, leading=10.5)
    cellh = ParagraphStyle("ch", fontName=base + "-Bold", fontSize=8.5, leading=10.5)
    out: list = []
    esc = html.escape
    for b in doc.blocks:
        if b.kind == "h":
            out.append(Paragraph(esc(b.content), head))
        elif b.kind == "p":
            out.append(Paragraph(esc(b.content), body))
        elif b.kind == "lines":
            out.append(Paragraph("<br/>".join(esc(x) for x in b.content), body))
        elif b.kind == "ul":
            for item in b.content:
                out.append(Paragraph("\u2022\u00a0" + esc(item), ParagraphStyle("li", parent=body, leftIndent=14,
                                                                             firstLineIndent=-8, spaceAfter=2)))
            out.append(Spacer(1, 4))
        elif b.kind == "table":
            rows = [[Paragraph(esc(c), cellh if i == 0 else cell) for c in r] for i, r in enumerate(b.content)]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(t)
            out.append(Spacer(1, 8))
    return out


def pdf_bytes(doc: Doc, author: str, title: str, serif: bool = False) -> bytes:
    """A plain PDF with a text layer, as 'Save as PDF' from a word processor gives."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _fonts()
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author=author, creator="Microsoft Word",
                            invariant=1)
    tpl.build(_flowables(doc, serif))
    return buf.getvalue()


def export_pdf_bytes(doc: Doc, system: str, header: str, printed: str, author: str) -> bytes:
    """A case-management system's print: running header, 'Printed on' footer and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _fonts()
    buf = io.BytesIO()

    class Numbered(SimpleDocTemplate):
        pass

    def page(canvas, tpl):
        canvas.saveState()
        canvas.setFont("DejaVu-Bold", 8)
        canvas.drawString(18 * mm, 287 * mm, system)
        canvas.setFont("DejaVu", 8)
        canvas.drawRightString(192 * mm, 287 * mm, header)
        canvas.line(18 * mm, 285 * mm, 192 * mm, 285 * mm)
        canvas.drawString(18 * mm, 10 * mm, f"Printed on {printed} - OFFICIAL-SENSITIVE")
        canvas.drawRightString(192 * mm, 10 * mm, f"Page {tpl.page}")
        canvas.restoreState()

    tpl = Numbered(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                   bottomMargin=18 * mm, title=header, author=author, creator=system, invariant=1)
    tpl.build(_flowables(doc, serif=False), onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def photo_jpeg(doc: Doc, angle: float = 2.5) -> bytes:
    """A phone photo of a paper form: off-white page on a dark desk, slightly turned, large clear print."""
    from PIL import Image, ImageDraw, ImageFont

    W = 1400
    font = ImageFont.truetype(FONT_DIR + "DejaVuSans.ttf", 30)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", 34)
    hand = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 34)
    lines: list[tuple[str, object]] = []
    for b in doc.blocks:
        if b.kind == "h":
            lines += [(b.content, bold), ("", font)]
        elif b.kind in ("p", "ul"):
            items = [b.content] if b.kind == "p" else ["[x] " + i for i in b.content]
            for text in items:
                words, cur = text.split(), ""
                for w in words:
                    if len(cur) + len(w) + 1 > 56:
                        lines.append((cur, font))
                        cur = w
                    else:
                        cur = (cur + " " + w).strip()
                lines += [(cur, font), ("", font)]
        elif b.kind == "lines":
            lines += [(x, hand) for x in b.content] + [("", font)]
    H = 120 + 48 * len(lines)
    page = Image.new("RGB", (W, H), (246, 244, 236))
    draw = ImageDraw.Draw(page)
    y = 60
    for text, f in lines:
        draw.text((70, y), text, fill=(25, 25, 35), font=f)
        y += 48
    page = page.rotate(angle, expand=True, fillcolor=(70, 62, 55))
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=88)
    return buf.getvalue()


def body_text(blocks: list[Block], bullet: str = "- ", table_sep: str = " | ") -> str:
    out: list[str] = []
    for b in blocks:
        if b.kind in ("h", "p"):
            out += [b.content, ""]
        elif b.kind == "lines":
            out += list(b.content) + [""]
        elif b.kind == "ul":
            out += [bullet + i for i in b.content] + [""]
        elif b.kind == "table":
            out += [table_sep.join(r) for r in b.content] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def body_html(blocks: list[Block], font: str = "Calibri,sans-serif") -> str:
    esc = html.escape
    out = [f'<div style="font-family:{font};font-size:11pt">']
    for b in blocks:
        if b.kind == "h":
            out.append(f"<p><b>{esc(b.content)}</b></p>")
        elif b.kind == "p":
            out.append(f"<p>{esc(b.content)}</p>")
        elif b.kind == "lines":
            out.append("<p>" + "<br>".join(esc(x) for x in b.content) + "</p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b.content) + "</ul>")
        elif b.kind == "table":
            rows = []
            for i, r in enumerate(b.content):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;padding:3px">{esc(c)}</{tag}>'
                                             for c in r) + "</tr>")
            out.append('<table style="border-collapse:collapse">' + "".join(rows) + "</table>")
    out.append("</div>")
    return "<html><head><meta charset=\"utf-8\"></head><body>" + "\n".join(out) + "</body></html>"
