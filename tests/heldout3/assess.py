"""Single Assessments, Early Help Records, stand-alone family plans and TAF reviews as blocks."""

from __future__ import annotations

from .letter import _comp_blocks, at


def _children_table(c, place, extra_col="School / setting"):
    rows = [["Name", "Date of birth", extra_col]]
    for ch in c["children"]:
        name, _iso, shown = ch[0], ch[1], ch[2]
        dob = shown if (shown and place in c["dobs_in"]) else ""
        rows.append([name, dob, ch[3] if len(ch) > 3 else ""])
    return ("table", rows)


def single_assessment(c):
    A = c["assessment"]
    s = c["story"]
    start = A.get("start", False)
    b = [("title", A.get("heading", "Single Assessment")),
         ("kv", [("Family", f"{c['family']} family"), ("Case reference", A.get("ref", "CF-0000000")),
                 ("Team", A.get("team", (c.get("signer") or c["worker"])["team"])),
                 ("Social worker", (c.get("signer") or c["worker"])["name"]),
                 ("Assessment start date", A["start_text"])]
          + ([("Assessment completed", A["first_text"]), ("Assessment updated", A["date_text"])] if A.get("first_text")
             else [("Assessment completed", A["date_text"])])),
         ("h", "Children"), _children_table(c, "sa"),
         ("h", "Reason for assessment"), ("p", s["concern"]),
         ("h", "Information gathered"), ("p", A.get("info", "Information was gathered from the family, the school "
                                                           "and health, and from previous records held by the local authority."))]
    tafb = _comp_blocks(c, "team_around_family", "sa", "they")
    if tafb:
        b += [("p", "Professionals consulted:")] + tafb
    b += [("h", "Child's lived experience"), ("p", s.get("lived", "The children were seen alone and at home."))]
    b.append(("h", "Analysis"))
    rat = _comp_blocks(c, "rationale", "sa")
    if rat:
        b += rat
    elif start:
        b.append(("p", s["analysis_start"]))
    else:
        b.append(("p", s.get("analysis", s["concern"])))
    b.append(("h", "Recommendations"))
    recs = []
    for req in ("consent", "lead_practitioner", "smart_plan", "contingency"):
        recs += _comp_blocks(c, req, "sa", "they")
    if start:
        recs.append(("p", s["recs_start"]))
    b += recs or [("p", s.get("recs", "See outcome below."))]
    b += [("h", "Outcome"), ("p", A.get("outcome", "Child in Need plan (section 17)." if start else
                                        "De-escalate to non-statutory services: step down to early help (level 2)."))]
    b += [("kv", [("Manager authorisation", A.get("auth_text", A["date_text"]))])]
    if A.get("footer"):
        b.append(("footer", A["footer"]))
    return b


def early_help_record(c):
    A = c["assessment"]
    s = c["story"]
    start = A.get("start", False)
    lpb = _comp_blocks(c, "lead_practitioner", "ehr", "they")
    b = [("title", "Newham Early Help Record"),
         ("kv", [("Family", f"{c['family']} family"), ("Date Early Help Record started", A["start_text"]),
                 ("Families First coach", f"{c['worker']['name']}, {c['worker']['role']}")]),
         ("h", "Family members"), _children_table(c, "ehr", "School / role")]
    if lpb:
        b += [("h", "Lead Practitioner")] + lpb
    b += [("h", "What are we worried about?"), ("p", s["concern"]),
          ("h", "What is working well?"), ("p", s.get("working", "The family are warm and the children are attached to their parent."))]
    if A.get("reviews"):
        b += [("h", "Reviews and updates"), ("table", [["Date", "Update"]] + [list(r) for r in A["reviews"]])]
    else:
        b += [("kv", [("Date updated / reviewed", A["date_text"])])]
    rat = _comp_blocks(c, "rationale", "ehr")
    if rat:
        b += [("h", "Summary of progress and reason for step down")] + rat
    elif start:
        b += [("h", "Analysis"), ("p", s["analysis_start"])]
    meet = _comp_blocks(c, "meeting", "ehr")
    tafb = _comp_blocks(c, "team_around_family", "ehr", "they")
    if meet or tafb:
        b += [("h", "Team Around the Family")] + meet + tafb
    plan = _comp_blocks(c, "smart_plan", "ehr")
    if plan:
        b += [("h", "Family plan")] + plan
    elif start:
        b += [("h", "Family plan"), ("p", s["recs_start"])]
    cont = _comp_blocks(c, "contingency", "ehr")
    if cont:
        b += [("h", "Contingency")] + cont
    v = at(c, "consent", "ehr")
    if v == "ehr_signed":
        b += [("h", "Consent"), ("p", f"I/We agree to receive early help support and for the information in this "
                                      f"record to be shared with the Team Around the Family. Signed: {c['parent_full']} "
                                      f"Date: {c['consent_date']}")]
    elif v:
        b += [("h", "Consent")] + _comp_blocks(c, "consent", "ehr", "they")
    return b


def family_plan(c):
    b = [("title", c.get("plan_title", f"Early Help Family Plan – {c['family']} family"))]
    if c.get("plan_intro"):
        b.append(("p", c["plan_intro"]))
    b += _comp_blocks(c, "smart_plan", "plan")
    cont = _comp_blocks(c, "contingency", "plan")
    if cont:
        b += [("h", "What if things get worse?")] + cont
    return b


def taf_review(c):
    R = c["review"]
    b = [("title", "Early Help Record – Plan Review (TAF)"),
         ("kv", [("Family", f"{c['family']} family"), ("Date of review meeting", R["date_text"]),
                 ("Next review date", R["next_text"]), ("Route into early help", R["route"]),
                 ("Lead Practitioner", c["lp"]["name"])]),
         ("h", "Children"), _children_table(c, "review")]
    b += [("h", "Lead Practitioner contact")] + _comp_blocks(c, "lead_practitioner", "review", "they")
    b += [("h", "Who attended")] + _comp_blocks(c, "meeting", "review") + _comp_blocks(c, "team_around_family", "review", "they")
    b += [("h", "Background")] + _comp_blocks(c, "rationale", "review")
    b += [("h", "Progress since last review"), ("p", R["progress"])]
    b += [("h", "Updated plan")] + _comp_blocks(c, "smart_plan", "review")
    b += [("h", "Risks and contingency")] + _comp_blocks(c, "contingency", "review")
    b += [("h", "Family's view and consent")] + _comp_blocks(c, "consent", "review", "they")
    return b
