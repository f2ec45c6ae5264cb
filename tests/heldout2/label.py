"""Labels computed from the plan (never from the written files)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from .model import GOOD_CONSENT, Case, months_before

ALL = ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency", "lead_practitioner",
       "rationale", "signature", "smart_plan", "team_around_family", "template_text", "transition_meeting"]
REQUIRED = {"1": set(ALL), "3": set(ALL), "2": set(ALL) - {"transition_meeting"},
            "none": {"children_dobs", "template_text", "signature"}, "unknown": set()}
UK = ZoneInfo("Europe/London")


def has_letter(c: Case) -> bool:
    return c.letter in ("docx", "pdf", "body")


def exists(c: Case, place: str) -> bool:
    if place == "letter":
        return has_letter(c)
    if place == "body":
        return True
    if place == "assess":
        return c.assess is not None
    if place == "plan":
        return bool(c.extra.get("plan_doc"))
    return False  # "orig": only in an earlier email


def assessment_ok(c: Case) -> bool:
    want = {"1": ("sa_pdf", "sa_docx"), "2": ("sa_pdf", "sa_docx"), "3": ("ehr_docx",)}.get(c.pathway, ())
    return c.assess in want


def ref_date(c: Case) -> dt.date:
    return c.letter_date if has_letter(c) else c.email_date.astimezone(UK).date()


def good_set(c: Case) -> set[str]:
    if "good" in c.extra:
        return set(c.extra["good"])
    g = set()
    dob_places = c.assess is not None or c.letter == "none" or (has_letter(c) and "child DOB" not in c.placeholders)
    if all(ch.shown for ch in c.children) and dob_places:
        g.add("children_dobs")
    if c.consent in GOOD_CONSENT and exists(c, c.at("consent")):
        g.add("consent")
    if c.lp_mode == "full" and c.lp and exists(c, c.at("lead_practitioner")):
        g.add("lead_practitioner")
    if c.taf_mode == "named" and c.taf and exists(c, c.at("team_around_family")):
        g.add("team_around_family")
    if c.plan in ("table", "list") and exists(c, c.at("smart_plan")):
        g.add("smart_plan")
    if c.contingency == "full" and exists(c, c.at("contingency")):
        g.add("contingency")
    rat_ok = not (c.at("rationale") == "assess" and c.pathway == "1" and not c.assess_first)
    if c.rationale and exists(c, c.at("rationale")) and rat_ok:
        g.add("rationale")
    if assessment_ok(c):
        g.add("assessment_attached")
        if c.assess_date >= months_before(ref_date(c), 6):
            g.add("assessment_recent")
    if c.meeting == "held" and exists(c, c.at("meeting")):
        g.add("transition_meeting")
    if not (has_letter(c) and c.placeholders):
        g.add("template_text")
    if has_letter(c) and c.signature == "full":
        g.add("signature")
    return g


def missing(c: Case) -> list[str]:
    req = REQUIRED[c.pathway]
    g = good_set(c)
    out = set(req) - g
    if "assessment_attached" in out:
        out.discard("assessment_recent")  # only judged when the assessment is attached
    return sorted(out)


def lp_label(c: Case):
    if not c.lp or c.lp_mode not in ("full", "nocontact"):
        return None
    p = c.lp
    full = c.lp_mode == "full"
    return {"name": p.name, "role": p.role, "agency": p.agency, "email": p.email if full else None,
            "phone": p.phone if full else None}


def label(c: Case, documents: list[dict]) -> dict:
    sub = c.kind != "not_a_submission"
    return {
        "neighbourhood": c.hood,
        "pathway": c.pathway,
        "kind": c.kind,
        "documents": documents,
        "family": c.family if sub else None,
        "children": [{"name": ch.name, "dob": ch.dob.isoformat() if ch.shown else None} for ch in c.children]
        if sub else [],
        "lead_practitioner": lp_label(c) if sub else None,
        "assessment_date": c.assess_date.isoformat() if (c.assess and sub) else None,
        "letter_date": c.letter_date.isoformat() if (has_letter(c) and c.letter_date and sub) else None,
        "missing": missing(c) if sub else [],
        "notes": c.notes,
    }
