"""Shared pieces: inbox addresses, dates, and the assessment documents' frames."""
from __future__ import annotations

import datetime as dt

from .kit import Block, Doc, h, p, t

NAM = {"east": ("NAM East", "eastNAM@newham.gov.uk"), "west": ("West NAM", "westNAM@newham.gov.uk"),
       "central": ("Central NAM", "centralNAM@newham.gov.uk"), "south": ("NAM South", "southNAM@newham.gov.uk")}
D = dt.date


def when(y: int, m: int, d: int, hh: int = 10, mm: int = 7) -> dt.datetime:
    """An email's Date in London time (BST until 25 Oct 2026)."""
    off = 1 if (m, d) < (10, 25) and m >= 4 else 0
    return dt.datetime(y, m, d, hh, mm, 12, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def long_date(d: dt.date) -> str:
    suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d:%B %Y}"


def slash(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


def dots(d: dt.date) -> str:
    return f"{d.day}.{d.month}.{d:%y}"


def council_sig(name: str, role: str, team: str, phone: str, email: str) -> Block:
    return p(f"{name}\n{role}\n{team}\nLondon Borough of Newham\nT: {phone}\nE: {email}")


def single_assessment(fname: str, fmt: str, children: list, completed: dt.date, worker: str,
                      team: str, body: list, *, start: dt.date | None = None,
                      updated: dt.date | None = None, printed: dt.date | None = None,
                      dobfmt=slash) -> Doc:
    """A statutory Single Assessment; `body` carries the case-specific tagged sections."""
    rows = [["Child / young person", "Date of birth", "Gender"]]
    rows += [[n, dobfmt(d) if d else "not recorded", g] for n, d, g in children]
    blocks = [h("CHILDREN'S SOCIAL CARE – SINGLE ASSESSMENT"), t(rows),
              t([["Assessment start date", slash(start or completed - dt.timedelta(days=38))],
                 ["Assessment completed", slash(completed)]]
                + ([["Assessment updated", slash(updated)]] if updated else [])
                + [["Social worker", worker], ["Team", team]])]
    blocks += body
    if printed:
        blocks.append(p(f"Printed from case management system on {slash(printed)}. Page 1 of 1"))
    return Doc(fname, "single_assessment", fmt, blocks, assessment=True, title="Single Assessment")


def early_help_record(fname: str, fmt: str, children: list, written: dt.date, coach: str,
                      body: list, *, review: dt.date | None = None, dobfmt=slash) -> Doc:
    """A Families First Early Help Record (assessment and plan)."""
    rows = [["Name", "D.O.B.", "School / setting"]]
    rows += [[n, dobfmt(d) if d else "", s] for n, d, s in children]
    meta = [["Early Help Record completed", slash(written)], ["Families First Coach", coach]]
    if review:
        meta.append(["Record reviewed / updated", slash(review)])
    blocks = [h("EARLY HELP RECORD – Assessment and Family Plan"), t(rows), t(meta)] + body
    return Doc(fname, "early_help_record", fmt, blocks, assessment=True, title="Early Help Record")
