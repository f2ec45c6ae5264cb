"""Shared pieces for the case specs: date wording, assessments, signatures."""
from __future__ import annotations

import datetime as dt

from engine import Block, Doc, H, P, T

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fd(d: dt.date, style: str = "long") -> str:
    """A date the way different writers put it."""
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "ord":            # 1st Sept 2026
        return f"{ordinal(d.day)} {SHORT[d.month - 1]} {d.year}"
    if style == "md":             # Sept 1, 2026
        return f"{SHORT[d.month - 1]} {d.day}, {d.year}"
    if style == "md_noyear":      # Sept 1
        return f"{SHORT[d.month - 1]} {d.day}"
    if style == "slash":          # 01/09/2026
        return d.strftime("%d/%m/%Y")
    if style == "short":          # 1/9/26
        return f"{d.day}/{d.month}/{d.strftime('%y')}"
    if style == "dot":            # 1.9.26
        return f"{d.day}.{d.month}.{d.strftime('%y')}"
    if style == "abbr":           # 01-Sep-2026
        return d.strftime("%d-%b-%Y")
    raise ValueError(style)


def kid_rows(children: list[tuple[str, dt.date]], style: str, hide: tuple[str, ...] = ()) -> Block:
    rows = [["Name", "Date of birth"]]
    tags = []
    for name, dob in children:
        if name in hide:
            rows.append([name, "not known"])
        else:
            rows.append([name, fd(dob, style)])
            tags.append(f"dob:{name}")
    return T(rows, *tags)


def single_assessment(filename: str, children, completed: dt.date, *, started: dt.date,
                      analysis: str, outcome: str, outcome_tags: tuple[str, ...] = (),
                      worker: str, team: str, hide: tuple[str, ...] = (), fmt: str = "pdf",
                      extra: list[Block] | None = None) -> Doc:
    blocks = [
        H("Children's Social Care - Single Assessment"),
        P(f"Assessment start date: {fd(started, 'slash')}\nAssessment completed: {fd(completed, 'slash')}\n"
          f"Social worker: {worker}, {team}", "assessment"),
        H("Children subject to this assessment"),
        kid_rows(children, "slash", hide),
        H("Analysis"),
        P(analysis),
        *(extra or []),
        H("Outcome and recommendations"),
        P(outcome, *outcome_tags),
    ]
    return Doc(filename, "single_assessment", blocks, fmt, title="Single Assessment")


def early_help_record(filename: str, children, updated: dt.date, *, first: dt.date | None = None,
                      strengths: str, needs: str, extra: list[Block] | None = None,
                      coach: str, fmt: str = "docx", hide: tuple[str, ...] = ()) -> Doc:
    dates = f"Date of assessment: {fd(first or updated, 'long')}"
    if first:
        dates += f"\nAssessment updated: {fd(updated, 'long')}"
    blocks = [
        H("Early Help Record - Assessment and Family Plan"),
        P(f"{dates}\nCompleted by: {coach}, Families First", "assessment"),
        H("Family members"),
        kid_rows(children, "long", hide),
        H("What is working well"),
        P(strengths),
        H("What are we worried about"),
        P(needs),
        *(extra or []),
    ]
    return Doc(filename, "early_help_record", blocks, fmt, title="Early Help Record")


def email_sig(name: str, role: str, team: str, phone: str) -> Block:
    # An email signature under a cover note is not the letter's sign-off, so it carries no tag.
    return P(f"{name}\n{role} | {team}\nLondon Borough of Newham\nNewham Dockside, 1000 Dockside Road, E16 2QU\n"
             f"Tel: {phone}")
