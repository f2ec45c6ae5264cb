"""Closure letters (Appendix 2, paraphrased in several styles) and closure notifications (Appendix 4)."""

from __future__ import annotations

from . import phrases
from .dates import fmt

OPENING = {
    "1": "The Child in Need plan for {kids} has now ended and Children's Social Care will close the case on {date}.",
    "2": "Following the Single Assessment I completed, the Assessment Team will not remain involved with your family "
         "and the case will close on {date}.",
    "3": "Your family's work with Families First is now finishing.",
    "unknown": "I am writing to let you know that social care involvement with your family is ending.",
    "delete": "This means that social care/Families First (delete as appropriate) involvement with you will now "
              "come to an end.",
}

SIGN = {
    "ok": "Kind regards\n\n{name}\n{role}\n{team}",
    "ok_pipe": "Yours sincerely,\n{name} | {role} | {team}",
    "ok_comma": "With best wishes for the future\n\n{name}, {role}",
    "x_first": "Best wishes\n{first}",
    "x_notitle": "Yours sincerely\n\n{name}",
    "x_none": "With best wishes for the future",
}


def _dob(c, iso):
    return fmt(iso, c["dob_dstyle"])


def child_heading(c, spoil=None):
    """Heading naming the family and children; DOBs inline when dob_style == 'inline'."""
    kids = []
    for name, dob in c["children"]:
        if c["dob_style"] == "inline" and dob:
            kids.append(f"{name} (DOB {_dob(c, dob)})" if c["dob_inline_form"] == "dob"
                        else f"{name}, born {_dob(c, dob)}")
        else:
            kids.append(name)
    fam = "X Family" if spoil == "x_family" else f"{c['surname']} family"
    if spoil == "child_dob":
        kids = [f"{n.split()[0]} child DOB" for n, _ in c["children"]]
    return f"{c['heading_word']}: {fam} – {', '.join(kids)}"


def children_table(c):
    rows = [["Child", "Date of birth"]]
    for name, dob in c["children"]:
        rows.append([name, _dob(c, dob) if dob else ""])
    return [("table", rows)]


def header(c):
    w = c["worker"]
    return [("p", f"London Borough of Newham\n{w['service']}\nNewham Dockside, 1000 Dockside Road, London E16 2QU"),
            ("p", f"PRIVATE AND CONFIDENTIAL\n{c['parent_full']}\n{c['address']}")]


def sign(c, v):
    w = c["worker"]
    return [("p", SIGN[v].format(name=w["name"], first=w["name"].split()[0], role=w["role"], team=w["team"]))]


SECTION_TITLES = {
    "template": {"plan": "Recommendations for Early Help support", "lp": "Next Steps"},
    "numbered": {"rat": "1. What we have done together", "consent": "2. Your agreement", "plan": "3. Your plan",
                 "cont": "4. If things get harder", "lp": "5. Who will support you"},
    "plain": {},
}
ORDER = {
    "template": ["consent", "rat", "meet", "plan", "cont", "lp", "taf"],
    "numbered": ["rat", "meet", "consent", "plan", "cont", "lp", "taf"],
    "plain": ["rat", "consent", "lp", "taf", "meet", "plan", "cont"],
}
BUILD = {"consent": phrases.consent, "rat": phrases.rationale, "meet": phrases.meeting, "plan": phrases.plan,
         "cont": phrases.contingency, "lp": phrases.lead, "taf": phrases.taf}


def closure_letter(c):
    L = c["letter"]
    spoil = L.get("template")
    out = header(c) if L["fmt"] != "body" else []
    if L.get("dated", True):
        out.append(("p", fmt(L["date"], L["dstyle"])))
    out.append(("p", "Dear (family)" if spoil == "dear_family" else f"Dear {c['parent']},"))
    out.append(("h", child_heading(c, spoil)))
    if c["dob_style"] == "table" or spoil in ("x_family", "child_dob"):
        if c["dob_style"] != "sa":
            out += children_table(c)
    kids = " and ".join(n.split()[0] for n, _ in c["children"])
    key = "delete" if spoil == "delete" else c["letter_pathway"]
    out.append(("p", OPENING[key].format(kids=kids, date=fmt(L["date"], L["dstyle"]))))
    titles = SECTION_TITLES[L["style"]]
    for sec in ORDER[L["style"]]:
        v, where = c["req"].get(sec, (None, None))
        if v is None or where != "letter":
            continue
        if sec in titles:
            out.append(("h", titles[sec]))
        out += BUILD[sec](c, v)
    if L["style"] == "template":
        out.append(("p", "Your Early Help Lead Practitioner is responsible for contacting you to arrange a time to "
                         "meet to begin your early help support."))
    out += sign(c, L["sign"])
    return out


def notification(c):
    L = c["letter"]
    spoil = L.get("template")
    out = header(c)[:1] if L["fmt"] != "body" else []
    out.append(("p", fmt(L["date"], L["dstyle"])))
    out.append(("p", "Dear Colleague,"))
    c = dict(c, heading_word="Case closure notification")
    out.append(("h", child_heading(c, spoil)))
    if c["dob_style"] == "table":
        out += children_table(c)
    svc = "Children's Social Care/Families First (delete as appropriate)" if spoil == "delete" else c["worker"]["service"]
    out.append(("p", f"Please note that {svc} has now closed its involvement with this family. The assessment "
                     f"concluded that {c['none_reason']}, and there is no need for ongoing early help at this time."))
    out.append(("p", "If you notice new or emerging needs, please work together with the family under the Early Help "
                     "Framework. Where there is a risk of significant harm, refer straight to LBN Triage."))
    out += sign(c, L["sign"])
    return out
