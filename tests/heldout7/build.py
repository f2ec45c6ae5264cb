"""Builders for held-out set 7: documents (DOCX, PDF), MIME messages and labels.

Every block of text carries the requirement ids it satisfies; a case's `missing`
is computed from those tags, never by reading the files back.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

REQUIRED = {
    "1": ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency",
          "lead_practitioner", "rationale", "signature", "smart_plan", "team_around_family",
          "template_text", "transition_meeting"],
    "none": ["children_dobs", "signature", "template_text"],
    "unknown": [],
}
REQUIRED["3"] = REQUIRED["1"]
REQUIRED["2"] = [r for r in REQUIRED["1"] if r != "transition_meeting"]
INBOX = {"east": "eastNAM@newham.gov.uk", "west": "westNAM@newham.gov.uk",
         "central": "centralNAM@newham.gov.uk", "south": "southNAM@newham.gov.uk"}


@dataclass
class B:
    """One block: kind p|h|table|ol|ul, content (str or rows/items), requirement tags."""
    kind: str
    content: object
    tags: tuple = ()


def P(text: str, *tags: str) -> B:
    return B("p", text, tags)


def H(text: str) -> B:
    return B("h", text)


BREAK = B("break", None)


def T(rows: list, *tags: str) -> B:
    return B("table", rows, tags)


def OL(items: list, *tags: str) -> B:
    return B("ol", items, tags)


def UL(items: list, *tags: str) -> B:
    return B("ul", items, tags)


@dataclass
class Doc:
    filename: str
    type: str                 # closure_letter | closure_notification | single_assessment | early_help_record | taf_review | other
    fmt: str                  # docx | pdf | export (case-management print-to-PDF) | txt
    blocks: list
    is_assessment: bool = False
    noise: tuple = ()         # (header, footer) for export PDFs


@dataclass
class Case:
    inbox: str
    kind: str
    pathway: str
    sender: tuple             # (name, address)
    sent: datetime
    subject: str
    body: list
    attachments: list = field(default_factory=list)
    body_type: str | None = None   # the body holds the letter: its document type
    family: str | None = None
    children: list = field(default_factory=list)   # [(name, iso or None)]
    lp: dict | None = None
    assessment_date: str | None = None
    letter_date: str | None = None
    notes: str = ""
    cc: list = field(default_factory=list)
    in_reply_to: str | None = None
    html: bool = False
    exercises: str = ""
    mailer: str = "outlook"   # outlook | iphone | gmail


def minus_six_months(d: date) -> date:
    m = d.month - 6
    y = d.year
    if m <= 0:
        m += 12
        y -= 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def label(c: Case) -> dict:
    docs = ([("(body)", c.body_type)] if c.body_type else []) + [(d.filename, d.type) for d in c.attachments]
    tags: set = set()
    letter_blocks = []
    for b in c.body:
        tags.update(b.tags)
    if c.body_type in ("closure_letter", "closure_notification"):
        letter_blocks += c.body
    for d in c.attachments:
        for b in d.blocks:
            tags.update(b.tags)
        if d.type in ("closure_letter", "closure_notification"):
            letter_blocks += d.blocks
    has_letter = bool(letter_blocks)
    if not any("PLACEHOLDER" in b.tags for b in letter_blocks):
        tags.add("template_text")
    if not has_letter:
        tags.discard("signature")
    if c.children and all(dob for _, dob in c.children):
        tags.add("children_dobs")
    else:
        tags.discard("children_dobs")
    attached = any(d.is_assessment for d in c.attachments)
    if attached:
        tags.add("assessment_attached")
        ref = date.fromisoformat(c.letter_date) if c.letter_date else c.sent.date()
        if date.fromisoformat(c.assessment_date) >= minus_six_months(ref):
            tags.add("assessment_recent")
    else:
        tags.add("assessment_recent")   # only judged when the assessment is attached
    missing = sorted(r for r in REQUIRED[c.pathway] if r not in tags)
    return {
        "neighbourhood": c.inbox, "pathway": c.pathway, "kind": c.kind,
        "documents": [{"filename": f, "type": t} for f, t in docs],
        "family": c.family,
        "children": [{"name": n, "dob": d} for n, d in c.children],
        "lead_practitioner": c.lp,
        "assessment_date": c.assessment_date, "letter_date": c.letter_date,
        "missing": missing, "notes": c.notes,
    }


# ---------------------------------------------------------------- rendering

def text_of(blocks: list) -> str:
    out = []
    for b in blocks:
        if b.kind in ("p", "h"):
            out.append(b.content)
        elif b.kind == "table":
            out.append("\n".join(" | ".join(r) for r in b.content))
        elif b.kind == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(b.content, 1)))
        elif b.kind == "ul":
            out.append("\n".join(f"- {x}" for x in b.content))
    return "\n\n".join(out) + "\n"


def _fixed_zip(raw: bytes) -> bytes:
    """python-docx stamps zip entries with the current time; pin them for determinism."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def docx_bytes(blocks: list, author: str) -> bytes:
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = datetime(2026, 1, 1)
    cp.revision = 1
    for b in blocks:
        if b.kind == "h":
            d.add_heading(b.content, level=2)
        elif b.kind == "break":
            d.add_page_break()
        elif b.kind == "p":
            for line in b.content.split("\n"):
                d.add_paragraph(line)
        elif b.kind == "ol":
            for x in b.content:
                d.add_paragraph(x, style="List Number")
        elif b.kind == "ul":
            for x in b.content:
                d.add_paragraph(x, style="List Bullet")
        elif b.kind == "table":
            rows = b.content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def pdf_bytes(blocks: list, title: str, noise: tuple = ()) -> bytes:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import (ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    flow = []
    for b in blocks:
        if b.kind == "break":
            flow.append(PageBreak())
            continue
        if b.kind == "h":
            flow.append(Paragraph(escape(b.content), ss["Heading3"]))
        elif b.kind == "p":
            flow.append(Paragraph(escape(b.content).replace("\n", "<br/>"), body))
        elif b.kind in ("ol", "ul"):
            items = [ListItem(Paragraph(escape(x), body)) for x in b.content]
            flow.append(ListFlowable(items, bulletType="1" if b.kind == "ol" else "bullet"))
        elif b.kind == "table":
            data = [[Paragraph(escape(v), body) for v in r] for r in b.content]
            t = Table(data, colWidths=[(A4[0] - 144) / len(b.content[0])] * len(b.content[0]))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
        flow.append(Spacer(1, 6))

    def deco(canv, doc):
        if not noise:
            return
        head, foot = noise
        canv.saveState()
        canv.setFont("Helvetica", 7)
        canv.drawString(40, A4[1] - 28, head)
        canv.drawRightString(A4[0] - 40, A4[1] - 28, "OFFICIAL-SENSITIVE")
        canv.drawString(40, 22, foot)
        canv.drawRightString(A4[0] - 40, 22, f"Page {doc.page}")
        canv.restoreState()

    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", creator="", invariant=1,
                            leftMargin=72, rightMargin=72, topMargin=60, bottomMargin=50)
    tpl.build(flow, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


MIME_TYPES = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"), "export": ("application", "pdf"), "txt": ("text", "plain"),
}


def to_html(text: str) -> str:
    from html import escape
    paras = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial\">\n{paras}</body></html>\n"


def message(c: Case, n: int) -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = f"{c.sender[0]} <{c.sender[1]}>"
    m["To"] = INBOX[c.inbox]
    if c.cc:
        m["Cc"] = ", ".join(c.cc)
    m["Subject"] = c.subject
    m["Date"] = format_datetime(c.sent)
    dom = c.sender[1].split("@")[1]
    m["Message-ID"] = f"<h7.{n:04d}.{c.sent.strftime('%Y%m%d%H%M')}@{dom}>"
    if c.in_reply_to:
        m["In-Reply-To"] = c.in_reply_to
        m["References"] = c.in_reply_to
    if c.mailer == "outlook":
        m["Thread-Topic"] = c.subject
        m["Content-Language"] = "en-GB"
        m["X-MS-Has-Attach"] = "yes" if c.attachments else ""
    elif c.mailer == "iphone":
        m["X-Mailer"] = "iPhone Mail (22F76)"
    m["MIME-Version"] = "1.0"
    text = text_of(c.body)
    m.set_content(text, cte="quoted-printable")
    if c.html:
        m.add_alternative(to_html(text), subtype="html", cte="quoted-printable")
    for d in c.attachments:
        if d.fmt == "docx":
            data = docx_bytes(d.blocks, c.sender[0])
        elif d.fmt in ("pdf", "export"):
            data = pdf_bytes(d.blocks, d.filename, d.noise)
        else:
            data = text_of(d.blocks).encode()
        mt, st = MIME_TYPES[d.fmt]
        m.add_attachment(data, maintype=mt, subtype=st, filename=d.filename)
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_h7_{n:04d}_{i}")
    raw = m.as_bytes(policy=SMTP)
    raw.decode("ascii")
    return raw


def uk(y: int, mo: int, d: int, h: int = 10, mi: int = 0) -> datetime:
    """A UK local time as an aware datetime (BST from the last Sunday of March to that of October)."""
    bst = (date(y, 3, 25) <= date(y, mo, d) < date(y, 10, 25))
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=1 if bst else 0)))
