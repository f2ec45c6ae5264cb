"""The label, computed from what was written (never by reading the files back)."""

from __future__ import annotations

from .fmt import is_recent

ALL = ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency",
       "lead_practitioner", "rationale", "signature", "smart_plan", "team_around_family",
       "template_text", "transition_meeting"]
NEED = {"1": set(ALL), "3": set(ALL), "2": set(ALL) - {"transition_meeting"},
        "none": {"children_dobs", "template_text", "signature"}, "unknown": set()}
SIMPLE = {"consent": "consent", "lead_practitioner": "lp", "team_around_family": "taf", "smart_plan": "plan",
          "contingency": "contingency", "rationale": "rationale", "transition_meeting": "meeting"}


def missing(c, docs, body_carries: set) -> tuple[list[str], str | None]:
    """docs: every Doc in the email (readable ones only carry). Returns (missing, assessment_date)."""
    p = c["pathway"]
    if p == "unknown":
        return [], None
    carries = set(body_carries)
    for d in docs:
        carries |= d.carries
    letters = [d for d in docs if d.type in ("closure_letter", "closure_notification")]
    out = set()
    for req, tag in SIMPLE.items():
        if tag not in carries:
            out.add(req)
    if not all("dob:" + k["name"] in carries for k in c["children"]):
        out.add("children_dobs")
    if any("placeholder" in d.carries for d in letters):
        out.add("template_text")
    if not any("signature" in d.carries for d in letters):
        out.add("signature")
    want = "single_assessment" if p in ("1", "2") else "early_help_record"
    assess = [d for d in docs if d.type == want and d.is_assessment]
    adate = max((d.date for d in assess), default=None)
    if not assess:
        out.add("assessment_attached")
    else:
        ref = c["letter_date"] if letters and c.get("letter_date") else c["email_date"]
        if not is_recent(adate, ref):
            out.add("assessment_recent")
    return sorted(out & NEED[p]), adate
