"""Single Assessment, Early Help Record, family plan and TAF review documents."""

from __future__ import annotations

import datetime as dt

from .fmt import D, fmt
from .parts import Doc, person, write_contingency, write_plan


def _children_table(doc: Doc, c, style="slash"):
    rows, cr = [["Name", "Date of birth", "Gender"]], []
    for k in c["children"]:
        shown = k.get("in_assessment", k.get("fmt") is not None)
        rows.append([k["name"], fmt(k["dob"], style) if shown else "Not recorded", k.get("g", "")])
        cr += ["dob:" + k["name"]] if shown else []
    doc.add("t", rows, *cr)


def _extras(doc: Doc, c, inc: set):
    """Components the author chose to put in the assessment/record rather than (or as well as) the letter."""
    lp = c.get("lp")
    if "consent" in inc:
        doc.p(f"{c['parent']} has been consulted on the outcome of this assessment and gave her consent to "
              f"ongoing early help support on {fmt(c.get('consent_date', c['letter_date']), 'slash')}.", "consent")
    if "lp" in inc and lp:
        doc.p(f"Early Help Lead Practitioner agreed with the family: {person(lp)}.", "lp")
    if "taf" in inc and c.get("taf"):
        doc.p("Professionals who will continue to work with the family: " +
              "; ".join(person(p, with_contact=False) for p in c["taf"]) + ".", "taf")
    if "meeting" in inc:
        what = "final CIN meeting" if c["pathway"] == "1" else "TAF meeting"
        doc.p(f"A {what} was held on {fmt(c['meeting_date'], 'slash')} and the plan was agreed.", "meeting")
    if "plan" in inc:
        write_plan(doc, c, "table", "Early help plan")
    if "contingency" in inc:
        write_contingency(doc, c, "full", "Contingency")


def single_assessment(c, sa: dict) -> Doc:
    doc = Doc(sa["name"], "single_assessment", sa["form"])
    doc.is_assessment = True
    doc.date = sa.get("updated") or sa["date"]
    start = D(sa.get("first") or sa["date"]) - dt.timedelta(days=sa.get("span", 30))
    doc.add("h", "Single Assessment")
    rows = [("Family", c["family"]), ("Assessment start date", fmt(start, "slash")),
            ("Assessment completed", fmt(sa.get("first") or sa["date"], "slash"))]
    if sa.get("updated"):
        rows.append(("Assessment updated", fmt(sa["updated"], "slash")))
    rows += [("Social worker", f"{c['worker']['name']}, {c['worker']['team']}")]
    doc.add("kv", rows)
    _children_table(doc, c, sa.get("dob_style", "slash"))
    doc.add("h", "Reason for assessment")
    doc.p(c["referral"])
    doc.add("h", "Analysis")
    if sa.get("purpose", "closing") == "closing":
        doc.p(c["work"] + " " + c["why"], "rationale")
        doc.add("h", "Recommendations")
        doc.p("Close to Children's Social Care and step down to early help at level 2.")
    else:  # written at the start of the CIN plan
        doc.p(c["start_analysis"])
        doc.add("h", "Recommendations")
        doc.p("The children's needs meet the threshold for a Child in Need plan under section 17. An initial CIN "
              "meeting will be convened within 10 working days.")
    _extras(doc, c, set(sa.get("include", ())))
    if sa["form"] == "export":
        doc.header = f"OFFICIAL-SENSITIVE    Single Assessment    Case ref: {sa.get('ref', 'CR-' + str(sum(map(ord, c['family'])) * 7919 % 9000000 + 1000000))}"
        doc.footer = f"Printed {fmt(sa['printed'], 'slash')} 09:14 by {c['worker']['name']}"
    return doc


def early_help_record(c, ehr: dict) -> Doc:
    doc = Doc(ehr["name"], "early_help_record", ehr["form"])
    doc.is_assessment = True
    doc.date = ehr.get("updated") or ehr["date"]
    doc.add("h", "Early Help Record \u2013 Assessment and Family Plan")
    rows = [("Family name", c["family"]), ("Date of assessment", fmt(ehr["date"], ehr.get("date_style", "long"))),
            ("Families First Coach", c["worker"]["name"])]
    if ehr.get("updated"):
        rows.insert(2, ("Record last updated", fmt(ehr["updated"], ehr.get("date_style", "long"))))
    doc.add("kv", rows)
    _children_table(doc, c, ehr.get("dob_style", "long"))
    doc.add("h", "What is happening for the family")
    doc.p(c["referral"])
    if ehr.get("purpose", "closing") == "closing":
        doc.add("h", "Progress and closure summary")
        doc.p(c["work"] + " " + c["why"], "rationale")
    else:
        doc.add("h", "What we will work on together")
        doc.p(c["start_analysis"])
    _extras(doc, c, set(ehr.get("include", ())))
    return doc


def family_plan(c, fp: dict) -> Doc:
    doc = Doc(fp["name"], "early_help_record", fp["form"])
    doc.add("h", f"{c['family']} family \u2013 Early Help Family Plan")
    doc.p(f"Agreed on {fmt(fp['date'], 'long')}")
    write_plan(doc, c, fp.get("plan", "table"), None)
    _extras(doc, c, set(fp.get("include", ())))
    return doc


def taf_review(c, tr: dict) -> Doc:
    doc = Doc(tr["name"], "taf_review", tr["form"])
    doc.date = tr["date"]
    doc.add("h", "Early Help Record \u2013 Plan Review (Team Around the Family)")
    lp = c["lp"]
    doc.add("kv", [("Family", c["family"]), ("Date of review", fmt(tr["date"], "slash")),
                   ("Next review", fmt(tr["next"], "slash")),
                   ("Route into early help", tr["route"]),
                   ("Lead practitioner", person(lp))], "lp")
    _children_table(doc, c, "slash")
    doc.add("h", "Present at the meeting")
    doc.add("ul", [f"{c['parent']} (mum)"] + [person(p, with_contact=False) for p in c["taf"]], "taf", "meeting")
    doc.add("h", "Progress since the last review")
    doc.p(tr["progress"])
    write_plan(doc, c, "table", "Updated plan")
    if tr.get("consent"):
        doc.p(f"{c['parent']} continues to consent to early help and agreed the updated plan.", "consent")
    if tr.get("contingency"):
        write_contingency(doc, c, "full", "If things get worse")
    return doc
