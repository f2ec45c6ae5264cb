"""Turn a case plan into the context the builders use, and compute its label from the plan alone."""

from __future__ import annotations

from .cases import DEFAULT_REQ, MEET_DEFAULT
from .dates import add_days, d, minus_months
from .people import FAMILIES, LPS, PROS, WORKERS
from .themes import THEMES

REQ_BY_PATHWAY = {
    "1": ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency", "lead_practitioner",
          "rationale", "signature", "smart_plan", "team_around_family", "template_text", "transition_meeting"],
    "none": ["children_dobs", "signature", "template_text"], "unknown": [],
}
REQ_BY_PATHWAY["3"] = REQ_BY_PATHWAY["1"]
REQ_BY_PATHWAY["2"] = [r for r in REQ_BY_PATHWAY["1"] if r != "transition_meeting"]
SEC = {"consent": "consent", "lp": "lead_practitioner", "taf": "team_around_family", "plan": "smart_plan",
       "cont": "contingency", "rat": "rationale", "meet": "transition_meeting"}


def build(case, n):
    surname, (title, first, last), father, address, kids, theme, lpk, prok = FAMILIES[case["fam"]]
    wn, wr, wt, ws = WORKERS[case["worker"]]
    p = case["pathway"]
    req = dict(DEFAULT_REQ) if p in ("1", "2", "3", "unknown") else {}
    if p in MEET_DEFAULT:
        req["meet"] = MEET_DEFAULT[p]
    req.update(case["req"])
    nodob = set(case.get("nodob", []))
    children = [(nm, None if i in nodob else dob) for i, (nm, dob) in enumerate(kids)]
    ln, lr, la, le, lph, lpron = LPS[lpk]
    lp = dict(name=ln, role=lr, agency=la, email=le, phone=lph, pron=lpron)
    named_lp = req.get("lp", (None,))[0] not in (None, "x_tbc", "x_placeholder")
    parent = f"{title} {last}"
    letter = dict(case["letter"]) if case["letter"] else None
    c = dict(case, req=req, surname=surname, parent=parent, parent_full=f"{first} {last}", father=father,
             parents_plural=f"{parent} and {father}", address=address, children=children, lp=lp,
             lp_short=f"{'Ms' if lpron == 'she' else 'Mr'} {ln.split()[-1]}" if named_lp else "the lead practitioner",
             lp_agency=la if named_lp else "the school",
             taf=[PROS[k] for k in prok], taf_roles_only=req.get("taf", (None,))[0] in (None, "x_roles", "x_placeholder"),
             worker=dict(name=wn, role=wr, team=wt, service=ws), worker_phone=f"020 7946 0{100 + n * 7:03d}",
             letter=letter, dstyle=letter["dstyle"] if letter else "long",
             dob_style=case.get("dob_style", "inline"), dob_dstyle=case.get("dob_dstyle", "slash"),
             dob_inline_form=case.get("dob_inline_form", "dob"), plan_dstyle=case.get("plan_dstyle", "slash"),
             heading_word="Transition to Early Help", letter_pathway=p if p != "none" else "unknown")
    base = letter["date"] if letter else case["email_date"]
    c["consent_date"], c["meeting_date"] = add_days(base, -9), add_days(base, -6)
    fill = dict(c1=children[0][0].split()[0], P=parent)
    for k in ("reason", "findings", "work", "progress", "risk"):
        c[k] = THEMES[theme][k].format(**fill)
    c["actions"] = [(a.format(**fill), who, add_days(base, days)) for a, who, days in THEMES[theme]["actions"]]
    if case["assess"]:
        A = dict(case["assess"])
        A["date"] = add_days(base, -A["age"])
        if A.get("upd"):
            A["updated"] = add_days(base, -A["upd"])
        c["assess"] = A
    c["email_date"] = case.get("email_date") or add_days(base, n % 3)
    return c


def lp_label(c):
    v, where = c["req"].get("lp", (None, None))
    if v in (None, "x_tbc", "x_placeholder") or c["pathway"] == "none":
        return None
    if where == "sa" and not c["assess"]:
        return None
    lp = c["lp"]
    email = lp["email"] if v in ("table", "prose_both", "prose_email", "review") else None
    phone = lp["phone"] if v in ("table", "prose_both", "prose_phone") else None
    return dict(name=lp["name"], role=lp["role"], agency=lp["agency"], email=email, phone=phone)


def missing(c):
    """The label's `missing`, from the plan (never from the rendered files)."""
    p = c["pathway"]
    need = REQ_BY_PATHWAY[p]
    miss = set()
    readable = {"letter", "body", "ehr", "sa", "plan_doc", "review"}
    A = c["assess"]
    if A is None:
        readable -= {"sa", "ehr"}
    for sec, rid in SEC.items():
        v, where = c["req"].get(sec, (None, None))
        if v is None or v.startswith("x_") or where not in readable:
            miss.add(rid)
    if any(dob is None for _, dob in c["children"]):
        miss.add("children_dobs")
    if c["dob_style"] == "sa" and not (A and A["type"] == "sa" or A and A["type"] == "ehr"):
        miss.add("children_dobs")
    L = c["letter"]
    has_letter = L is not None
    if has_letter and (L.get("template") or any(v == "x_placeholder" for v, _ in c["req"].values())):
        miss.add("template_text")
    if not has_letter or L["sign"].startswith("x_"):
        miss.add("signature")
    want = "ehr" if p == "3" else "sa"
    if not A or A["type"] != want:
        miss.add("assessment_attached")
    else:
        adate = A.get("updated") or A["date"]
        ref = L["date"] if has_letter and L.get("dated", True) else c["email_date"]
        line = minus_months(ref, 6)
        gap = abs((d(adate) - line).days)
        assert gap > 10, (c["fam"], adate, ref, gap)
        if d(adate) < line:
            miss.add("assessment_recent")
    return sorted(m for m in miss if m in need)
