"""Plan values for held-out set 2: people, children, a case plan, date formatting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

D = dt.date

ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def fmt_date(d: dt.date, style: str) -> str:
    """A date the way a practitioner might type it."""
    if style == "slash":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "slash0":
        return f"{d:%d/%m/%Y}"
    if style == "mon":
        return f"{d.day} {MON[d.month - 1][:3]} {d.year}"
    if style == "long":
        return f"{d.day}{ORD.get(d.day, 'th')} {MON[d.month - 1]} {d.year}"
    if style == "full":
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if style == "dots":
        return f"{d:%d.%m.%y}"
    if style == "dash":
        return f"{d:%d-%m-%Y}"
    raise ValueError(style)


@dataclass
class Person:
    name: str
    role: str
    agency: str
    email: str | None = None
    phone: str | None = None

    def contact(self) -> str:
        bits = [b for b in (self.phone, self.email) if b]
        return " / ".join(bits)


@dataclass
class Child:
    name: str
    dob: dt.date
    fmt: str = "slash0"  # date style
    pre: str = "DOB: "  # how the DOB is introduced: "DOB: ", "born ", "d.o.b ", "("
    shown: bool = True  # False: DOB appears nowhere in the email

    def with_dob(self) -> str:
        if not self.shown:
            return self.name
        d = fmt_date(self.dob, self.fmt)
        if self.pre == "(":
            return f"{self.name} ({d})"
        sep = ", " if self.pre.strip() else " "
        return f"{self.name}{sep}{self.pre}{d}"


@dataclass
class Case:
    n: int
    hood: str  # east | west | central | south
    pathway: str  # 1 | 2 | 3 | none | unknown
    family: str
    parent: str  # addressee, e.g. "Ms Okoro"
    children: list[Child]
    worker: Person
    letter_date: dt.date | None
    kind: str = "submission"
    client: str = "outlook"  # outlook | owa | iphone | gmail
    style: str = "template"  # template | warm | terse | para | notice (Appendix 4)
    letter: str = "docx"  # docx | pdf | body | none
    lp: Person | None = None
    lp_mode: str = "full"  # full | nocontact | tbc | placeholder
    taf: list[Person] = field(default_factory=list)
    taf_mode: str = "named"  # named | roles | none | placeholder
    taf_layout: str = "inline"  # inline | bullets | table
    plan: str = "table"  # table | list | vague | none
    plan_heads: tuple[str, ...] = ("What", "Who", "By when")
    consent: str = "verbal"  # key into texts.CONSENT
    contingency: str = "full"  # full | half | none
    rationale: bool = True
    meeting: str = "held"  # held | tba | none
    meeting_date: dt.date | None = None
    assess: str | None = None  # sa_pdf | sa_docx | ehr_docx | None
    assess_date: dt.date | None = None
    assess_first: dt.date | None = None  # first completed (when later updated)
    claims_sa: bool = False  # cover note says an SA is attached (it is not)
    where: dict = field(default_factory=dict)  # requirement -> "letter" | "body" | "assess"
    placeholders: tuple[str, ...] = ()
    signature: str = "full"  # full | first | notitle | none
    fw: str | None = None  # manager | None
    manager: Person | None = None
    email_date: dt.datetime | None = None
    subject: str = ""
    cover: str = ""  # extra words in the cover note
    notes: str = ""
    extra: dict = field(default_factory=dict)

    def at(self, req: str) -> str:
        """Where a component is written; the letter by default (or the body when there is no letter)."""
        default = "letter" if self.letter in ("docx", "pdf", "body") else "body"
        return self.where.get(req, default)


GOOD_CONSENT = {"verbal", "signed", "homevisit", "meeting", "happy", "agreed_plan", "recs"}
BAD_CONSENT = {"absent", "declined", "tobe", "considering"}


def months_before(d: dt.date, m: int) -> dt.date:
    y, mo = d.year, d.month - m
    while mo <= 0:
        mo += 12
        y -= 1
    import calendar
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))
