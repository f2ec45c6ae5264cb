"""Building blocks for held-out set 8: tagged documents, MIME assembly and labels.

Every paragraph or table carries the requirement ids it satisfies; a case's `missing`
is computed from those tags, never by reading the written files back.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

REQS = ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency",
        "lead_practitioner", "rationale", "signature", "smart_plan", "team_around_family",
        "template_text", "transition_meeting"]
REQUIRED = {
    "1": set(REQS),
    "3": set(REQS),
    "2": set(REQS) - {"transition_meeting"},
    "none": {"children_dobs", "template_text", "signature"},
    "unknown": set(),
}
ASSESSMENT_TYPE = {"1": "single_assessment", "2": "single_assessment", "3": "early_help_record"}


@dataclass
class Block:
    kind: str              # "p" paragraph, "h" heading, "t" table
    content: object        # str, or list of rows for a table
    tags: frozenset[str]


def P(text: str, *tags: str) -> Block:
    return Block("p", text, frozenset(tags))


def H(text: str) -> Block:
    return Block("h", text, frozenset())


def T(rows: list[list[str]], *tags: str) -> Block:
    return Block("t", rows, frozenset(tags))


@dataclass
class Doc:
    filename: str          # "(body)" when the email body holds the letter
    type: str
    blocks: list[Block]
    fmt: str = "docx"      # "body" | "docx" | "pdf"
    title: str = ""

    def tags(self) -> set[str]:
        return set().union(*(b.tags for b in self.blocks)) if self.blocks else set()


@dataclass
class Case:
    num: int
    kind: str
    pathway: str
    hood: str
    sender: tuple[str, str]            # (display name, address)
    subject: str
    sent: dt.datetime
    family: str | None
    children: list[tuple[str, dt.date]]
    lp: dict | None
    body: list[Block]                  # cover note (or the letter itself when a "(body)" doc exists)
    docs: list[Doc]
    notes: str
    exercises: str
    client: str = "outlook"            # "outlook" | "iphone" | "gmail"
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    letter_date: dt.date | None = None
    assessment_date: dt.date | None = None
    in_reply_to: str | None = None
    quoted: list[str] = field(default_factory=list)


def nam(hood: str) -> str:
    return f"{hood.capitalize()} NAM <{hood}NAM@newham.gov.uk>"


def minus_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    day = d.day
    while True:
        try:
            return dt.date(y, m + 1, day)
        except ValueError:
            day -= 1


def satisfied(case: Case) -> set[str]:
    readable = [case.body] + [d.blocks for d in case.docs if d.fmt != "body"]
    tags: set[str] = set().union(*(b.tags for blocks in readable for b in blocks))
    ok = {t for t in tags if t in REQS}
    if all(f"dob:{name}" in tags for name, _ in case.children):
        ok.add("children_dobs")
    if "placeholder" not in tags:
        ok.add("template_text")
    ok.discard("assessment_attached")
    ok.discard("assessment_recent")
    want = ASSESSMENT_TYPE.get(case.pathway)
    if any(d.type == want and "assessment" in d.tags() for d in case.docs):
        ok.add("assessment_attached")
        ref = case.letter_date or case.sent.date()
        if case.assessment_date and case.assessment_date >= minus_months(ref, 6):
            ok.add("assessment_recent")
        assert case.assessment_date and abs((case.assessment_date - minus_months(ref, 6)).days) > 3
    else:
        ok.add("assessment_recent")   # only judged when the assessment is attached
    return ok


def label(case: Case) -> dict:
    tags = set().union(*(b.tags for b in case.body), *(d.tags() for d in case.docs))
    if case.pathway == "unknown":
        missing: list[str] = []
    else:
        missing = sorted(REQUIRED[case.pathway] - satisfied(case))
    docs = [{"filename": d.filename, "type": d.type} for d in case.docs]
    return {
        "neighbourhood": case.hood,
        "pathway": case.pathway,
        "kind": case.kind,
        "documents": docs,
        "family": case.family,
        "children": [{"name": n, "dob": d.isoformat() if f"dob:{n}" in tags else None}
                     for n, d in case.children],
        "lead_practitioner": case.lp,
        "assessment_date": case.assessment_date.isoformat() if case.assessment_date else None,
        "letter_date": case.letter_date.isoformat() if case.letter_date else None,
        "missing": missing,
        "notes": case.notes,
    }
