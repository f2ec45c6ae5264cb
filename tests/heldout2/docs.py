"""Render document blocks to .docx, PDF (letter or case-management export) and plain text.

A block is ("h", text) | ("p", text) | ("b", [items]) | ("t", headers, rows) | ("kv", [(key, value)]).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

rl_config.invariant = 1
FIXED = (2026, 1, 5, 9, 30, 0)


def _rezip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_docx(blocks, author: str, when: dt.datetime) -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            for line in b[1].split("\n"):
                d.add_paragraph(line)
        elif k == "b":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif k in ("t", "kv"):
            heads, rows = (b[1], b[2]) if k == "t" else (None, b[1])
            ncol = len(heads) if heads else 2
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in ([heads] if heads else []) + [list(r) for r in rows]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def _flow(blocks, ss):
    body, h, small = ss["BodyText"], ss["Heading3"], ss["BodyText"].clone("small", fontSize=9, leading=11)
    out = []
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(Paragraph(escape(b[1]), h))
        elif k == "p":
            out.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), body))
        elif k == "b":
            for item in b[1]:
                out.append(Paragraph("\u2022 " + escape(item), body))
        elif k in ("t", "kv"):
            heads, rows = (b[1], b[2]) if k == "t" else (None, b[1])
            data = ([heads] if heads else []) + [list(r) for r in rows]
            data = [[Paragraph(escape(v), small) for v in r] for r in data]
            ncol = len(data[0])
            widths = [170 * mm / ncol] * ncol if heads else [50 * mm, 120 * mm]
            t = Table(data, colWidths=widths)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if heads:
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
            t.setStyle(TableStyle(st))
            out += [t, Spacer(1, 6)]
    return out


def to_pdf(blocks, title: str, author: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(_flow(blocks, getSampleStyleSheet()))
    return buf.getvalue()


def to_export_pdf(blocks, title: str, system: str, printed: str, case_ref: str) -> bytes:
    """A case-management system print: running header, footer with print date and 'Page x of y'."""
    buf = io.BytesIO()
    pages = {"n": 0}

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, f):  # noqa: N802
            pages["n"] = self.page

    def deco(canvas, doc, total=None):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(20 * mm, 287 * mm, f"{system}  |  {title}  |  Case ref {case_ref}")
        canvas.drawString(20 * mm, 10 * mm, f"Printed {printed} - OFFICIAL-SENSITIVE")
        canvas.drawRightString(190 * mm, 10 * mm, f"Page {doc.page} of {total or '?'}")
        canvas.restoreState()

    for pass_ in (1, 2):
        buf = io.BytesIO()
        total = pages["n"] if pass_ == 2 else None
        doc = Doc(buf, pagesize=A4, title=title, author=system,
                  leftMargin=20 * mm, rightMargin=20 * mm, topMargin=25 * mm, bottomMargin=20 * mm)
        doc.build(_flow(blocks, getSampleStyleSheet()),
                  onFirstPage=lambda c, d: deco(c, d, total), onLaterPages=lambda c, d: deco(c, d, total))
    return buf.getvalue()


def to_text(blocks) -> str:
    lines: list[str] = []
    for b in blocks:
        k = b[0]
        if k == "h":
            lines += ["", b[1]]
        elif k == "p":
            lines += [b[1], ""]
        elif k == "b":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif k == "t":
            lines.append(" | ".join(b[1]))
            lines += [" | ".join(r) for r in b[2]]
            lines.append("")
        elif k == "kv":
            lines += [f"{a}: {v}" for a, v in b[1]] + [""]
    return "\n".join(lines).strip() + "\n"
