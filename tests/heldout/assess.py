"""Single Assessment, Early Help Record, stand-alone family plan and TAF review documents."""

from __future__ import annotations

from . import phrases
from .dates import add_days, fmt
from .letters import BUILD

TITLES = {"consent": "Consent", "rat": "Summary of progress", "meet": "Team Around the Family meeting",
          "plan": "Family plan", "cont": "Risks and contingency", "lp": "Lead practitioner",
          "taf": "Professionals involved"}


def placed(c, where, titles=TITLES):
    """Blocks for every requirement the plan puts in document `where`."""
    out = []
    for sec in ("rat", "consent", "meet", "lp", "taf", "plan", "cont"):
        v, w = c["req"].get(sec, (None, None))
        if v is not None and w == where:
            out.append(("h", titles[sec]))
            out += BUILD[sec](c, v)
    return out


def _members(c, ds):
    rows = [["Name", "Relationship", "Date of birth"]]
    for name, dob in c["children"]:
        rows.append([name, "Child", fmt(dob, ds) if dob else ""])
    rows.append([c["parent_full"], "Parent", ""])
    return [("table", rows)]


def single_assessment(c):
    A, w = c["assess"], c["worker"]
    ds = A.get("dstyle", "slash")
    meta = [["Field", "Detail"], ["Family", f"{c['surname']} family"], ["Social worker", w["name"]],
            ["Team", w["team"]], ["Date assessment completed", fmt(A["date"], ds)]]
    if A.get("updated"):
        meta.append(["Assessment updated", fmt(A["updated"], ds)])
    out = [("h", "Single Assessment (Children Act 1989)"), ("table", meta), ("h", "Children and household")]
    out += _members(c, ds)
    out += [("h", "Reason for referral"), ("p", c["reason"]), ("h", "Findings"), ("p", c["findings"]),
            ("h", "Analysis and outcome")]
    if c["pathway"] == "1":
        out.append(("p", "The needs identified meet the threshold for section 17 support. Outcome: Child in Need "
                         "plan; transfer to the Intervention Team and hold an initial CIN meeting."))
    else:
        out.append(("p", "The family's needs sit at level 2 of the continuum of need and do not call for ongoing "
                         "statutory intervention. Outcome: close to social care with early help support."))
    recs = placed(c, "sa")
    if recs:
        out += [("h", "Recommendations")] + [b for b in recs if b[0] != "h"]
    out.append(("p", f"Authorised by team manager on {fmt(add_days(A.get('updated') or A['date'], 4), ds)}"))
    return out


def early_help_record(c):
    A, w = c["assess"], c["worker"]
    ds = A.get("dstyle", "slash")
    meta = [["Early Help Record", ""], ["Family", c["surname"]], ["Families First coach", w["name"]],
            ["Date of assessment", fmt(A["date"], ds)]]
    if A.get("updated"):
        meta.append(["Record updated", fmt(A["updated"], ds)])
    out = [("h", "Early Help Record – Assessment and Family Plan"), ("table", meta), ("h", "Family members")]
    out += _members(c, ds)
    out += [("h", "Why early help was requested"), ("p", c["reason"]), ("h", "What we found"), ("p", c["findings"])]
    out += placed(c, "ehr")
    return out


def family_plan_doc(c):
    out = [("h", f"Family Plan – {c['surname']} family"), ("p", f"Prepared by {c['worker']['name']}")]
    return out + [b for b in placed(c, "plan_doc")]


def taf_review(c):
    R, lp = c["review"], c["lp"]
    ds = "slash"
    out = [("h", "Early Help Record – TAF Plan Review"),
           ("table", [["Item", "Detail"], ["Family", c["surname"]], ["Date of TAF review", fmt(R["date"], ds)],
                      ["Next review", fmt(R["next"], ds)], ["Route into early help", R["route"]]]),
           ("h", "Family members")]
    out += _members(c, ds)
    out += [("h", "Lead practitioner"),
            ("table", [["Name", "Role", "Agency", "Email"], [lp["name"], lp["role"], lp["agency"], lp["email"]]])]
    out += [("h", "TAF meeting"),
            ("p", f"The TAF meeting was held on {fmt(R['date'], ds)}. Present: {c['parent']} (parent), "
                  f"{lp['name']} ({lp['role']}), " + ", ".join(f"{n} ({r}, {a})" for n, r, a, _ in c["taf"]) + ".")]
    out += [("h", "Progress since step-down"),
            ("p", f"Since stepping down, {c['work']}. {c['progress']} Needs remain at level 2, so early help continues.")]
    out += [("h", "Updated plan")] + phrases.plan(c, "table_orr")
    out += [("h", "Risks")] + phrases.contingency(c, R["cont"])
    out += [("h", "Consent"), ("p", f"{c['parent']} confirmed at the meeting that she wants the support to continue "
                                    f"and agreed to information being shared with the TAF.")]
    return out
