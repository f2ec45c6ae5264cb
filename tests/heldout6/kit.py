"""Building blocks for held-out set 6: tagged text, documents, labels, MIME.

Every paragraph or table carries the requirement ids it satisfies; the label's
`missing` is computed from those tags, never by reading the rendered files back.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from dataclasses import dataclass, field

REQS = (
    "children_dobs", "consent", "lead_practitioner", "team_around_family", "smart_plan",
    "contingency", "rationale", "assessment_attached", "assessment_recent",
    "transition_meeting", "template_text", "signature",
)
REQUIRED = {
    "1": set(REQS),
    "3": set(REQS),
    "2": set(REQS) - {"transition_meeting"},
    "none": {"children_dobs", "template_text", "signature"},
    "unknown": set(),
}
LETTER_TYPES = {"closure_letter", "closure_notification"}
# tags a block may carry; PLACEHOLDER marks unfilled template text in a letter
BLOCK_TAGS = {"consent", "lead_practitioner", "team_around_family", "smart_plan", "contingency",
              "rationale", "transition_meeting", "signature", "PLACEHOLDER"}


@dataclass
class Block:
    kind: str                 # "p" paragraph, "h" heading, "t" table
    text: str = ""
    rows: list = field(default_factory=list)
    tags: frozenset = frozenset()


def p(text: str, *tags: str) -> Block:
    return Block("p", text=text, tags=_tags(tags))


def h(text: str, *tags: str) -> Block:
    return Block("h", text=text, tags=_tags(tags))


def t(rows: list, *tags: str) -> Block:
    return Block("t", rows=[list(r) for r in rows], tags=_tags(tags))


def _tags(tags: tuple) -> frozenset:
    bad = set(tags) - BLOCK_TAGS
    assert not bad, bad
    return frozenset(tags)


@dataclass
class Doc:
    filename: str
    type: str                 # label type
    fmt: str                  # docx | pdf | scan | png | ics | txt
    blocks: list = field(default_factory=list)
    assessment: bool = False  # the pathway's assessment (SA, or EHR assessment for pathway 3)
    inline: bool = False      # inline signature image (multipart/related)
    title: str = ""
    data: bytes | None = None  # prebuilt bytes (calendar invitation)


@dataclass
class Case:
    n: int
    kind: str
    pathway: str
    inbox: str
    client: str               # outlook | iphone | gmail | nhsmail | owa
    sender: tuple
    to: list
    subject: str
    date: dt.datetime
    body: list
    docs: list = field(default_factory=list)
    cc: list = field(default_factory=list)
    body_letter: str | None = None    # closure_letter / closure_notification when the body holds the letter
    quoted: str = ""                  # earlier thread text, no requirement counts
    family: str | None = None
    children: list = field(default_factory=list)   # (name, date|None)
    lp: dict | None = None
    assessment_date: dt.date | None = None
    letter_date: dt.date | None = None
    in_reply_to: str | None = None
    exercises: str = ""
    notes: str = ""
    raw: bytes | None = None          # prebuilt message (delivery failure)


def minus_months(d: dt.date, months: int) -> dt.date:
    y, m = d.year, d.month - months
    while m <= 0:
        m += 12
        y -= 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(y, m, day)
        except ValueError:
            continue
    raise ValueError(d)


def compute_missing(c: Case) -> list:
    required = REQUIRED[c.pathway]
    if not required:
        return []
    present: set = set()
    letter_blocks: list = []
    for b in c.body:
        present |= b.tags
    if c.body_letter:
        letter_blocks += c.body
    for d in c.docs:
        for b in d.blocks:
            present |= b.tags
        if d.type in LETTER_TYPES:
            letter_blocks += d.blocks
    present.discard("signature")
    if any("signature" in b.tags for b in letter_blocks):
        present.add("signature")
    present.discard("PLACEHOLDER")
    if not any("PLACEHOLDER" in b.tags for b in letter_blocks):
        present.add("template_text")
    if c.children and all(dob for _, dob in c.children):
        present.add("children_dobs")
    attached = any(d.assessment for d in c.docs)
    if attached:
        present.add("assessment_attached")
        ref = c.letter_date or c.date.date()
        assert c.assessment_date is not None
        line = minus_months(ref, 6)
        assert abs((c.assessment_date - line).days) > 3, (c.n, "too close to the 6-month line")
        if c.assessment_date >= line:
            present.add("assessment_recent")
    else:
        present.add("assessment_recent")   # only judged when the assessment is attached
    has_contact = bool(c.lp and (c.lp.get("email") or c.lp.get("phone")))
    assert ("lead_practitioner" in present) == has_contact, (c.n, "LP tag vs label")
    return sorted(required - present)


def label(c: Case) -> dict:
    docs = []
    if c.body_letter:
        docs.append({"filename": "(body)", "type": c.body_letter})
    docs += [{"filename": d.filename, "type": d.type} for d in c.docs]
    return {
        "neighbourhood": c.inbox,
        "pathway": c.pathway,
        "kind": c.kind,
        "documents": docs,
        "family": c.family,
        "children": [{"name": n, "dob": d.isoformat() if d else None} for n, d in c.children],
        "lead_practitioner": c.lp,
        "assessment_date": c.assessment_date.isoformat() if c.assessment_date else None,
        "letter_date": c.letter_date.isoformat() if c.letter_date else None,
        "missing": compute_missing(c),
        "notes": c.notes,
    }


# ---------- plain text / html rendering of blocks ----------

def blocks_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if b.kind == "t":
            out.append("\n".join(" | ".join(r) for r in b.rows))
        else:
            out.append(b.text)
    return "\n\n".join(out)


def blocks_html(blocks: list, font: str = "Calibri") -> str:
    parts = []
    for b in blocks:
        if b.kind == "t":
            rows = "".join(
                "<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0 5.4pt">'
                                 f"{html.escape(c)}</td>" for c in r) + "</tr>" for r in b.rows)
            parts.append(f'<table border="1" cellspacing="0" cellpadding="0">{rows}</table>')
        elif b.kind == "h":
            parts.append(f"<p><b>{html.escape(b.text)}</b></p>")
        else:
            inner = "<br>\n".join(html.escape(x) for x in b.text.split("\n"))
            parts.append(f"<p>{inner}</p>")
    body = "\n<p>&nbsp;</p>\n".join(parts)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body lang="EN-GB"><div style="font-family:{font},sans-serif;font-size:11pt">\n'
            f"{body}\n</div></body></html>")


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()
