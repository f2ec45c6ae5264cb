"""A case: the email as sent, the readable text it carries, and the label computed from that text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import render
from .mail import Att, Mail, documents
from .model import Doc, children_label, compute_missing

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone.utc


def uk(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> dt.datetime:
    """A UK wall-clock time with the right offset (BST from the last Sunday of March to that of October)."""
    def last_sunday(month: int) -> dt.date:
        d0 = dt.date(y, month, 31)
        return d0 - dt.timedelta(days=(d0.weekday() + 1) % 7)
    day = dt.date(y, m, d)
    tz = BST if last_sunday(3) <= day < last_sunday(10) else GMT
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz)


@dataclass
class Case:
    mail: Mail
    neighbourhood: str
    pathway: str
    kind: str
    family: str | None
    children: list[tuple[str, dt.date | None]]
    lp: dict | None
    docs: list[Doc]  # every readable text source: attachments, body letter, cover note, quoted text
    notes: str
    exercises: str
    body_letter: Doc | None = None
    extra_docs: list[Doc] = field(default_factory=list)

    def label(self) -> dict:
        letters = [d for d in self.docs if d.readable and d.dtype in ("closure_letter", "closure_notification")]
        wanted = "single_assessment" if self.pathway in ("1", "2") else "early_help_record"
        assessments = [d for d in self.docs if d.readable and d.dtype == wanted and d.is_assessment]
        listed = [{"filename": a.filename, "type": a.dtype} for a in documents(self.mail)]
        if self.body_letter is not None:
            listed.insert(0, {"filename": "(body)", "type": self.body_letter.dtype})
        judged = self.pathway != "unknown"
        return {
            "neighbourhood": self.neighbourhood,
            "pathway": self.pathway,
            "kind": self.kind,
            "documents": listed,
            "family": self.family,
            "children": children_label(self.children, self.docs),
            "lead_practitioner": self.lp,
            "assessment_date": (max(d.date for d in assessments).isoformat() if assessments else None),
            "letter_date": (letters[0].date.isoformat() if letters and letters[0].date else None),
            "missing": (compute_missing(self.pathway, self.docs, [c for c, _ in self.children],
                                        self.mail.date.astimezone(BST).date()) if judged else []),
            "notes": self.notes,
        }


def docx_att(doc: Doc, author: str, when: dt.datetime) -> Att:
    return Att(doc.filename, render.docx_bytes(doc, author, when.replace(tzinfo=None)), DOCX, doc.dtype)


def pdf_att(doc: Doc, author: str, serif: bool = False) -> Att:
    return Att(doc.filename, render.pdf_bytes(doc, author, doc.filename.rsplit(".", 1)[0], serif), "application/pdf",
               doc.dtype)


def export_att(doc: Doc, system: str, header: str, printed: str, author: str) -> Att:
    return Att(doc.filename, render.export_pdf_bytes(doc, system, header, printed, author), "application/pdf",
               doc.dtype)


def jpeg_att(doc: Doc, angle: float = 2.5) -> Att:
    return Att(doc.filename, render.photo_jpeg(doc, angle), "image/jpeg", doc.dtype)


def cover(blocks: list) -> Doc:
    """The email's own text (cover note, quoted query): read, but not a document in the label."""
    return Doc(None, None, blocks, fmt="body")


def _ord(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: dt.date, style: str) -> str:
    """A date written the way a given worker writes it; the label always holds the ISO form."""
    month, mon = d.strftime("%B"), d.strftime("%b")
    return {
        "of": f"the {_ord(d.day)} of {month} {d.year}",
        "ord": f"{_ord(d.day)} {month} {d.year}",
        "long": f"{d.day} {month} {d.year}",
        "abbr": f"{d.day} {mon} {d.year}",
        "dash": f"{d.day:02d}-{mon}-{d.year}",
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dots2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "short": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "day": f"{d.strftime('%A')} {_ord(d.day)} {month} {d.year}",
        "dayc": f"{d.strftime('%A')}, {d.day} {month} {d.year}",
        "iso": d.isoformat(),
    }[style]


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


NAM = {
    "east": "East NAM <eastNAM@newham.gov.uk>",
    "west": "West NAM <westNAM@newham.gov.uk>",
    "central": "Central NAM <centralNAM@newham.gov.uk>",
    "south": "South NAM <southNAM@newham.gov.uk>",
}
LBN_FOOTER = ("This email and any attachments are confidential and may contain OFFICIAL-SENSITIVE information. "
              "If you are not the intended recipient please tell the sender and delete it.")


def outlook_id(seed: str) -> str:
    """A Message-ID shaped like Exchange Online's."""
    import hashlib
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    host = f"LO{h[0] if h[0] in '2346' else '4'}P265MB{int(h[1:5], 16) % 9000 + 1000}"
    return f"<{host}{h[5:30]}@{host}.GBRP265.PROD.OUTLOOK.COM>"


OUTLOOK_RULE = "________________________________"


def thread(top: Doc, below: Doc, rule: str = OUTLOOK_RULE, table_sep: str = " | ") -> tuple[str, str]:
    """Plain and HTML bodies of a reply or forward: the new text, a separator line, then the quoted message."""
    from .model import P
    text = render.body_text(top.blocks, table_sep=table_sep) + f"\n{rule}\n" + render.body_text(below.blocks)
    return text, render.body_html(top.blocks + [P(rule)] + below.blocks)
