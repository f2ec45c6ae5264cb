"""What a case is made of, and how its label follows from what was written into it.

Every piece of text is a Block carrying the requirement ids it satisfies (its tags). A case's
`missing` is computed from the tags of the readable parts only, never by reading the files back,
so a label is true by construction as long as each block's tags say truthfully what its text does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

REQUIREMENTS = (
    "assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency",
    "lead_practitioner", "rationale", "signature", "smart_plan", "team_around_family",
    "template_text", "transition_meeting",
)
REQUIRED = {
    "1": set(REQUIREMENTS),
    "2": set(REQUIREMENTS) - {"transition_meeting"},
    "3": set(REQUIREMENTS),
    "none": {"children_dobs", "template_text", "signature"},
    "unknown": set(),
}
LETTER_TYPES = {"closure_letter", "closure_notification"}


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, table or list, with the requirement ids its text satisfies.

    Tags are requirement ids, `dob:<child name>` when the block gives that child's date of birth,
    `placeholder:<text>` when unfilled template text is left in it, and `contingency:risks` /
    `contingency:escalation` for a block giving only one half of a contingency plan.
    """

    kind: str  # "h" heading, "p" paragraph, "table" rows (first row is the header), "ul" bullets, "lines"
    content: object
    tags: frozenset[str] = frozenset()


def H(text: str, *tags: str) -> Block:
    return Block("h", text, frozenset(tags))


def P(text: str, *tags: str) -> Block:
    return Block("p", text, frozenset(tags))


def L(lines: list[str], *tags: str) -> Block:
    """Lines kept apart without paragraph spacing (addresses, sign-offs)."""
    return Block("lines", list(lines), frozenset(tags))


def T(rows: list[list[str]], *tags: str) -> Block:
    return Block("table", [list(r) for r in rows], frozenset(tags))


def UL(items: list[str], *tags: str) -> Block:
    return Block("ul", list(items), frozenset(tags))


def dob(name: str) -> str:
    return f"dob:{name}"


def placeholder(text: str) -> str:
    return f"placeholder:{text}"


@dataclass
class Doc:
    """One readable piece of the email: an attachment, the letter pasted in the body, or the body itself.

    `dtype` None is text that is read but is not a document in the label (a cover note, a quoted query).
    """

    filename: str | None
    dtype: str | None
    blocks: list[Block]
    fmt: str = "docx"  # docx | pdf | export_pdf | jpeg | png | body
    readable: bool = True
    date: dt.date | None = None  # the letter's date, or the assessment's written/updated date
    is_assessment: bool = False
    meta: dict = field(default_factory=dict)

    def tags(self) -> set[str]:
        out: set[str] = set()
        for b in self.blocks:
            out |= b.tags
        return out


def minus_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 - months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)


def compute_missing(pathway: str, docs: list[Doc], children: list[str], email_date: dt.date) -> list[str]:
    """The requirement ids of `pathway` that nothing readable in `docs` satisfies."""
    readable = [d for d in docs if d.readable]
    tags: set[str] = set()
    for d in readable:
        tags |= d.tags()
    letters = [d for d in readable if d.dtype in LETTER_TYPES]
    sat: set[str] = {t for t in tags if t in REQUIREMENTS} - {"signature", "template_text", "assessment_attached",
                                                                "assessment_recent", "children_dobs"}
    # contingency may be split: risks of non-engagement in one place, what happens if risk escalates in another
    if {"contingency:risks", "contingency:escalation"} <= tags:
        sat.add("contingency")
    # signature and template text are judged on the letter only (corpus README conventions)
    if any("signature" in d.tags() for d in letters):
        sat.add("signature")
    if not any(t.startswith("placeholder:") for d in letters for t in d.tags()):
        sat.add("template_text")
    if children and all(dob(c) in tags for c in children):
        sat.add("children_dobs")
    wanted = "single_assessment" if pathway in ("1", "2") else "early_help_record"
    assessments = [d for d in readable if d.dtype == wanted and d.is_assessment]
    if not assessments:
        sat.add("assessment_recent")  # only judged when the assessment is attached (corpus README)
    else:
        sat.add("assessment_attached")
        dated_letters = [d.date for d in letters if d.date]
        ref = dated_letters[0] if dated_letters else email_date
        newest = max(d.date for d in assessments)
        if newest >= minus_months(ref, 6):
            sat.add("assessment_recent")
    return sorted(REQUIRED[pathway] - sat)


def children_label(children: list[tuple[str, dt.date | None]], docs: list[Doc]) -> list[dict]:
    """Each child with the DOB the label should hold: null when no readable block gives it."""
    tags: set[str] = set()
    for d in docs:
        if d.readable:
            tags |= d.tags()
    return [{"name": n, "dob": (b.isoformat() if b and dob(n) in tags else None)} for n, b in children]
