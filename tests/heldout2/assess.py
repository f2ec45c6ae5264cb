"""Single Assessment export, Early Help Record, bare family plan and TAF review (as blocks)."""

from __future__ import annotations

import datetime as dt

from .model import Case, fmt_date
from .parts import plan_blocks, req_blocks, story


def _family_table(c: Case, style: str = "slash0") -> list:
    rows = [[ch.name, fmt_date(ch.dob, style) if ch.shown else "Not known"] for ch in c.children]
    rows.append([c.extra.get("parent_full", c.parent), "Parent"])
    return [("t", ["Name", "Date of birth / relationship"], rows)]


def sa_blocks(c: Case) -> list:
    """A Single Assessment; dates: start 3 weeks before completion, authorised 5 days after."""
    s = story(c)
    done = c.assess_first or c.assess_date
    start, auth = done - dt.timedelta(days=21), done + dt.timedelta(days=5)
    team = c.worker.agency
    kv = [("Assessment", "Single Assessment (Children Act 1989, s.17)"), ("Family", f"{c.family}"),
          ("Team", team), ("Social worker", c.worker.name), ("Start date", fmt_date(start, "slash0")),
          ("Date completed", fmt_date(done, "slash0")), ("Authorised", fmt_date(auth, "slash0"))]
    if c.assess_first:
        kv.append(("Assessment updated", fmt_date(c.assess_date, "slash0")))
    b = [("h", "Single Assessment"), ("kv", kv), ("h", "Family composition")] + _family_table(c)
    b += [("h", "Reason for assessment"), ("p", f"Referral received following {s.concern}.")]
    p = req_blocks(c, "assess")
    if c.pathway == "1":
        b += [("h", "Analysis"), ("p", f"The concerns about {s.concern} are significant and the children's needs "
                                       "are not being met without statutory support.")]
        b += [("h", "Recommendations"), ("p", "Outcome: Child in Need plan. Initial CIN meeting to be held "
                                             "within 10 working days.")]
        if c.assess_first:
            b += [("h", f"Update {fmt_date(c.assess_date, 'slash0')}")] + p.get("rationale", [
                ("p", "Reviewed with the family; the CIN plan has progressed.")])
    else:
        b += [("h", "Analysis")] + p.get("rationale", [("p", "Findings are set out in the recommendations.")])
        b += [("h", "Recommendations"), ("p", "Outcome: de-escalate to non-statutory services (early help).")]
        for k in ("consent", "lead_practitioner", "team_around_family", "smart_plan", "contingency"):
            b += p.get(k, [])
    return b


def ehr_blocks(c: Case) -> list:
    s = story(c)
    first = c.assess_first or c.assess_date
    kv = [("Record", "Early Help Record – assessment and family plan"), ("Families First coach", c.worker.name),
          ("Date of assessment", fmt_date(first, "full"))]
    if c.assess_first:
        kv.append(("Date reviewed / updated", fmt_date(c.assess_date, "full")))
    b = [("h", "Early Help Record"), ("kv", kv), ("h", "Who is in the family")] + _family_table(c, "full")
    p = req_blocks(c, "assess")
    b += [("h", "What is working well / what we are worried about"),
          ("p", f"The family was referred to Families First after {s.concern}.")]
    if "rationale" in p:
        b += [("h", "Summary and next steps")] + p["rationale"]
    else:
        b += [("h", "Summary and next steps"), ("p", "Families First coach to begin weekly visits and agree a "
                                                     "family plan.")]
    if c.at("smart_plan") == "assess":
        b += [("h", "Action plan")] + plan_blocks(c, "Action plan agreed with the family")[1:]
    for k, title in (("consent", "Consent"), ("lead_practitioner", "Lead practitioner after closure"),
                     ("team_around_family", "Team Around the Family"), ("meeting", "TAF meeting"),
                     ("contingency", "Contingency")):
        if k in p and k != "smart_plan":
            b += [("h", title)] + p[k]
    return b


def plan_doc_blocks(c: Case) -> list:
    return [("h", f"Family Plan – {c.family} family"),
            ("p", f"Agreed {fmt_date(c.meeting_date or c.letter_date, 'slash0')}")] + plan_blocks(c, "Actions")


def taf_review_blocks(c: Case) -> list:
    s = story(c)
    rv, nxt = c.extra["review_date"], c.extra["next_review"]
    lp = c.lp
    kv = [("Route into early help", c.extra["route"]), ("Family", c.family),
          ("Lead practitioner", f"{lp.name}, {lp.role}, {lp.agency} – {lp.contact()}"),
          ("Date of TAF meeting", fmt_date(rv, "slash0")), ("Next review", fmt_date(nxt, "slash0"))]
    att = [f"{t.name} ({t.role}, {t.agency})" for t in c.taf]
    b = [("h", "Early Help Record – plan review"), ("kv", kv), ("h", "Children")] + _family_table(c)
    b += [("h", "Who attended the TAF meeting"), ("b", [f"{c.parent} (parent)", f"{lp.name} (lead practitioner)"] + att)]
    b += [("p", f"The TAF meeting was held on {fmt_date(rv, 'full')}.")]
    b += [("h", "Consent"), ("p", f"{c.parent} confirmed consent to early help at the meeting.")]
    b += [("h", "Review of the plan")]
    rows = []
    for what, k, wks in s.actions:
        who = {"lp": lp.name, "parent": c.parent}.get(k, c.taf[0].name if c.taf else "School nurse")
        rows.append([what, who, fmt_date(nxt, "slash0"), "On track"])
    b += [("t", ["What", "Who", "By when", "Progress"], rows)]
    b += [("h", "Risks and contingency"), ("p", f"Risks: {s.risk}. Contingency: {s.escalate}.")]
    return b
