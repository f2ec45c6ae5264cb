"""Requirement parts shared by letters, assessments and cover notes (each returns blocks)."""

from __future__ import annotations

import datetime as dt

from .model import Case, fmt_date
from .texts import STORIES, consent_text, contingency_text, meeting_text, rationale_text

PH = "Name/Title/Contact Details"


def story(c: Case):
    return STORIES[c.extra.get("story", "attend")]


def children_line(c: Case) -> str:
    if "child DOB" in c.placeholders:
        return ", ".join(["child DOB"] * len(c.children))
    return ", ".join(ch.with_dob() for ch in c.children)


def fam(c: Case) -> str:
    return "X Family" if "X Family" in c.placeholders else f"{c.family} Family"


def who(c: Case, key: str) -> str:
    if key == "lp":
        return c.lp.name if c.lp and c.lp_mode in ("full", "nocontact") else "Lead practitioner"
    if key == "parent":
        return c.parent
    i = int(key[3:])
    if c.taf_mode == "named" and len(c.taf) > i:
        return f"{c.taf[i].name} ({c.taf[i].role})"
    return ["Family hub", "School nurse"][i % 2]


def by(c: Case, weeks: int, style: str = "slash0") -> str:
    base = c.letter_date or c.email_date.date()
    return fmt_date(base + dt.timedelta(weeks=weeks), style)


def lp_text(c: Case) -> str | None:
    p = c.lp
    if c.lp_mode == "placeholder":
        return f"Your identified Early Help Lead Practitioner is {PH} – as appropriate."
    if c.lp_mode == "tbc" or p is None:
        return "Your Early Help Lead Practitioner is to be confirmed."
    if c.lp_mode == "nocontact":
        return f"Your Early Help Lead Practitioner is {p.name}, {p.role} at {p.agency}."
    lay = c.extra.get("lp_layout", "sentence")
    if lay == "lines":
        lines = [p.name, p.role, p.agency] + [x for x in (p.phone and "Tel: " + p.phone,
                                                         p.email and "Email: " + p.email) if x]
        return "Your Early Help Lead Practitioner will be:\n" + "\n".join(lines)
    return (f"Your identified Early Help Lead Practitioner is {p.name}, {p.role}, {p.agency} – "
            f"{p.contact()}.")


def taf_blocks(c: Case) -> list:
    intro = "The professionals who will be involved in your early help support – your Team Around the Family – are:"
    if c.taf_mode == "placeholder":
        return [("p", f"{intro} {PH}, {PH} – as appropriate.")]
    if c.taf_mode == "roles":
        return [("p", "Your Team Around the Family will be the school nurse and the GP, who know you well.")]
    if c.taf_mode == "none" or not c.taf:
        return []
    if c.taf_layout == "bullets":
        return [("p", intro), ("b", [f"{t.name} – {t.role}, {t.agency}" + (f" ({t.contact()})" if t.contact() else "")
                                     for t in c.taf])]
    if c.taf_layout == "table":
        return [("p", "Team Around the Family"),
                ("t", ["Name", "Role", "Agency", "Contact"], [[t.name, t.role, t.agency, t.contact() or "-"]
                                                             for t in c.taf])]
    names = "; ".join(f"{t.name}, {t.role} ({t.agency})" for t in c.taf)
    return [("p", f"{intro} {names}.")]


def plan_blocks(c: Case, heading: str = "Our agreed plan") -> list:
    s = story(c)
    if c.plan == "none":
        return []
    if c.plan == "vague":
        return [("p", heading), ("t", ["Area", "Plan", "Timescale"], [[a, p, "Ongoing"] for a, p in s.vague])]
    rows = [(what, who(c, k), by(c, w, c.extra.get("plan_dates", "slash0"))) for what, k, w in s.actions]
    if c.plan == "list":
        return [("p", heading + ":"), ("b", [f"{w} – {p} – by {d}" for w, p, d in rows])]
    heads = list(c.plan_heads)
    if len(heads) == 4:  # Need | Action | Who | When
        return [("p", heading), ("t", heads, [[s.vague[min(i, len(s.vague) - 1)][0], w, p, d]
                                             for i, (w, p, d) in enumerate(rows)])]
    return [("p", heading), ("t", heads, [list(r) for r in rows])]


def req_blocks(c: Case, place: str) -> dict:
    """The parts written at `place` ("letter", "body" or "assess"), by requirement id."""
    s = story(c)
    out = {}
    if c.at("consent") == place:
        t = consent_text(c, "recs" if place == "assess" and c.consent == "recs" else None)
        if t:
            out["consent"] = [("p", t)]
    if c.at("rationale") == place and rationale_text(c, s):
        out["rationale"] = [("p", rationale_text(c, s))]
    if c.at("contingency") == place and contingency_text(c, s):
        out["contingency"] = [("p", contingency_text(c, s))]
    if c.at("meeting") == place and meeting_text(c):
        out["meeting"] = [("p", meeting_text(c))]
    if c.at("lead_practitioner") == place and c.lp_mode != "absent":
        out["lead_practitioner"] = [("p", lp_text(c))]
    if c.at("team_around_family") == place:
        out["team_around_family"] = taf_blocks(c)
    if c.at("smart_plan") == place:
        out["smart_plan"] = plan_blocks(c)
    return out


def sign_lines(c: Case) -> str | None:
    w = c.worker
    if c.signature == "first":
        return w.name.split()[0]
    if c.signature == "notitle":
        return w.name
    if c.signature == "none":
        return None
    return f"{w.name}\n{w.role}\n{w.agency}"


def email_sig(c: Case, p=None) -> str:
    p = p or c.worker
    bits = [p.name, p.role, p.agency]
    if p.agency.endswith("Newham") or "Newham" in p.agency:
        bits.append("London Borough of Newham")
    bits += [x for x in (p.phone and "T: " + p.phone, p.email) if x]
    return "\n".join(bits)
