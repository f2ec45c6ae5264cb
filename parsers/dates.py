"""UK dates in free text: find them and read them, in every common way workers write them.

Day first always (this is UK correspondence): 03/09/2014 is 3 September. Two-digit years
are read as the nearest plausible year (see `_year`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

# 03/09/2014, 3/9/14, 03-09-2014, 3.9.14, 03.09.2014 (the separator must be the same twice)
_NUMERIC = r"(?<![\d/.\-])(?P<nd>[0-3]?\d)(?P<sep>[/.\-])(?P<nm>[01]?\d)(?P=sep)(?P<ny>\d{4}|\d{2})(?![\d/]|\.\d)"
# 3 Sept 2014, 3rd September 2014, 03-Sep-2014, 03/Sep/2014, 03.Sep.2014, 03SEP2014 (a case-management
# export), Monday 24 August 2026, 3 Sept. 2014. Run together, only a four-digit year is read ("3 Sep15" is not).
_DAY_MONTH = (
    rf"(?<![\w/.]){_WEEKDAY_RE}(?P<td>{_DAY_RE})(?:\s+of\s+|[\s\-/.]*)(?P<tm>{MONTH_RE})(?:[\s\-/.,]+['’]?(?P<ty>\d{{4}}|\d{{2}}(?![\d:]))|(?P<ty4>\d{{4}}))(?!\d)"
)
# September 3, 2014 / Sept 3rd 2014
_MONTH_DAY = rf"(?<![\w]){_WEEKDAY_RE}(?P<mm>{MONTH_RE})\s+(?P<md>{_DAY_RE}),?\s+(?P<my>\d{{4}})(?!\d)"
# 2014-09-03 (ISO, in exports and filenames)
_ISO = r"(?<!\d)(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"

DATE_RE = re.compile("|".join(f"(?:{p})" for p in (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY)), re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    text: str


def _year(raw: str) -> int:
    year = int(raw)
    if len(raw) == 2:
        # Two-digit years in this domain are children's DOBs and recent letters: 00-69 -> 2000s.
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    if g.get("iy"):
        return _make(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("nd"):
        return _make(_year(g["ny"]), int(g["nm"]), int(g["nd"]))
    if g.get("td"):
        day = int(re.sub(r"\D", "", g["td"]))
        month = MONTHS.get(g["tm"].lower().rstrip("."))
        return _make(_year(g["ty"] or g["ty4"]), month, day) if month else None
    if g.get("mm"):
        day = int(re.sub(r"\D", "", g["md"]))
        month = MONTHS.get(g["mm"].lower().rstrip("."))
        return _make(int(g["my"]), month, day) if month else None
    return None


def find_dates(text: str) -> list[FoundDate]:
    """Every valid date written in `text`, in order of appearance."""
    out: list[FoundDate] = []
    for m in DATE_RE.finditer(text):
        date = _from_match(m)
        if date is not None:
            out.append(FoundDate(date, m.start(), m.end(), m.group(0)))
    return out


def parse_date(text: str) -> dt.date | None:
    """The first date written in `text`, or None."""
    found = find_dates(text)
    return found[0].date if found else None


def months_before(day: dt.date, months: int) -> dt.date:
    """`day` minus whole calendar months, clamped to the month's last day (31 Aug - 6 months = 28/29 Feb)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        candidate = _make(year, month, d)
        if candidate is not None and d <= day.day:
            return candidate
    return dt.date(year, month, 28)
