"""The pieces a closure letter is made of. Each writer appends to a Doc and records what it carries,
so the label is computed from what was actually written (true by construction)."""

from __future__ import annotations

from .fmt import fmt


class Doc:
    def __init__(self, filename: str, type_: str, form: str):
        self.filename, self.type, self.form = filename, type_, form  # form: docx/pdf/scan/export/body
        self.blocks: list = []
        self.carries: set[str] = set()
        self.date: str | None = None       # assessment's written/updated date
        self.is_assessment = False

    def add(self, kind, val, *carries):
        self.blocks.append((kind, val))
        self.carries.update(carries)

    def p(self, text, *carries):
        self.add("p", text, *carries)


def person(p, with_contact=True) -> str:
    s = f"{p['name']}, {p['role']}, {p['agency']}"
    if with_contact:
        bits = [x for x in (p.get("phone"), p.get("email")) if x]
        if bits:
            s += " (" + " / ".join(bits) + ")"
    return s


def kids_inline(c, sep=", ") -> tuple[str, list[str]]:
    """'Amara (DOB 03/09/2014), ...' and the dob carries for those whose DOB is shown."""
    out, carries = [], []
    for k in c["children"]:
        if k.get("shown", True) and k.get("fmt"):
            out.append(f"{k['name']} {k.get('pre', '(DOB')} {fmt(k['dob'], k['fmt'])}{k.get('post', ')')}")
            carries.append("dob:" + k["name"])
        else:
            out.append(k["name"])
    return sep.join(out), carries


def plan_rows(c) -> list[list[str]]:
    return [[a, w, fmt(d, c.get("plan_fmt", "slash"))] for a, w, d in c["actions"]]


def write_plan(doc: Doc, c, mode: str, heading: str | None = "Agreed early help plan"):
    if mode == "none":
        return
    if heading:
        doc.add("h", heading)
    if mode == "table":
        doc.add("t", [["What", "Who", "By when"]] + plan_rows(c), "plan")
    elif mode == "table_alt":
        doc.add("t", [["Action", "Responsible", "Target date", "Outcome"]] +
                [r + [o] for r, o in zip(plan_rows(c), c["outcomes"])], "plan")
    elif mode == "numbered":
        doc.add("li", [f"{w} will {a[0].lower() + a[1:]} by {fmt(d, c.get('plan_fmt', 'long'))}."
                       for a, w, d in c["actions"]], "plan")
    elif mode == "vague":
        doc.add("t", [["Area", "Plan", "Timescale"]] +
                [[area, plan, "Ongoing"] for area, plan in c["vague"]])


def write_contingency(doc: Doc, c, mode: str, heading: str | None = "Risks and contingency"):
    if mode == "none":
        return
    if heading:
        doc.add("h", heading)
    if mode == "full":
        doc.p(c["risk"] + " " + c["escalate"], "contingency")
    elif mode == "risk":
        doc.p(c["risk"])
    elif mode == "escalate":
        doc.p(c["escalate"])


def lp_sentence(c, style: str) -> tuple[str, list[str]]:
    mode, lp = c["lp_mode"], c.get("lp")
    if c.get("lp_where") == "assessment":
        return "", []
    if mode == "placeholder":
        return "Your identified Early Help Lead Practitioner is Name/Title/Contact Details \u2013 as appropriate.", ["placeholder"]
    if mode == "tbc":
        return {"hurry": "LP: TBC \u2013 school to confirm after half term.",
                }.get(style, "The Early Help Lead Practitioner is still to be confirmed; I will let you know who "
                             "this will be once it has been agreed."), []
    if mode == "none":
        return "", []
    full = mode == "full"
    who = person(lp, with_contact=full)
    carries = ["lp"] if full else []
    if style == "warm":
        reach = " or ".join(x for x in (lp.get("phone"), lp.get("email")) if x)
        return (f"{lp['name']} ({lp['role']} at {lp['agency']}) will be your Early Help Lead Practitioner from "
                f"now on" + (f" \u2013 you can reach {lp.get('pronoun', 'her')} on {reach}" if full else "") + "."), carries
    if style == "hurry":
        return f"LP: {who}", carries
    if style == "agency":
        return who, carries
    return f"Your identified Early Help Lead Practitioner is {who}.", carries


def taf_sentence(c, style: str) -> tuple[str, list[str]]:
    mode = c["taf_mode"]
    if mode == "placeholder":
        return ("The professionals who will be involved in your early help support \u2013 your Team Around the "
                "Family \u2013 are: Name/Title/Contact Details, Name/Title/Contact Details \u2013 as appropriate."), ["placeholder"]
    if mode == "roles":
        return c["taf_roles"], []
    if mode == "none":
        return "", []
    people = "; ".join(person(p, with_contact=p.get("contact", False)) for p in c["taf"])
    if style == "hurry":
        return f"TAF: {people}", ["taf"]
    if style == "agency":
        return people, ["taf"]
    if style == "warm":
        return f"The other people who will keep working with you are {people}.", ["taf"]
    return (f"The professionals who will be involved in your early help support \u2013 your Team Around the "
            f"Family \u2013 are: {people}."), ["taf"]


def signoff(doc: Doc, c, closing: str = "With best wishes for the future"):
    w, mode = c["worker"], c.get("sig", "full")
    lines = [closing, ""]
    if mode == "full":
        lines += [w["name"], w["title"], w["team"]]
    elif mode == "first":
        lines += [w["name"].split()[0]]
    elif mode == "name":
        lines += [w["name"]]
    doc.p("\n".join(lines).rstrip(), *(["signature"] if mode == "full" else []))
