"""Defaults for a case plan; each case overrides what it varies."""

from __future__ import annotations

import re

from .people import LPS, NAM, TAF, WORKERS, plus, story


def kid(name, dob, fmt_="slash", **kw):
    return dict(name=name, dob=dob, fmt=fmt_, **kw)


def case(id_, hood, pathway, worker, family, parent, children, letter_date, theme="attendance", lp=0,
         taf=(0, 1), **kw) -> dict:
    w = WORKERS[worker]
    lpd = dict(LPS[lp]) if lp is not None else None
    c = dict(id=id_, hood=hood, pathway=pathway, kind="submission", client="outlook", worker=w, family=family,
             parent=parent, salutation=parent, children=children, letter_date=letter_date,
             email_date=plus(letter_date, 1), lp=lpd, lp_mode="full", taf=[dict(TAF[i]) for i in taf],
             taf_mode="named", consent="given", consent_date=plus(letter_date, -9), plan="table",
             plan_in="letter", contingency="full", rationale=True, meeting="held",
             meeting_date=plus(letter_date, -6), style="template", letter="docx", sig="full",
             to=[NAM[hood]], subject=f"Step down \u2013 {family} family", cover="Hi,\n\nPlease find attached "
             f"the closure letter and assessment for the {family} family.\n\nMany thanks,\n{w['name'].split()[0]}")
    c.update(kw)
    if c["lp_mode"] in ("tbc", "placeholder", "none"):
        c["lp"] = None
    lpn = c["lp"]["name"] if c["lp"] else c["taf"][0]["name"] if c["taf"] else "School"
    st = story(theme, letter_date, lpn, parent)
    if c["taf_mode"] != "named":  # nobody but the LP and family may be named then, not even in the plan
        st["actions"] = [(a, re.sub(r"^.* \((.*)\)$", lambda m: "The " + m.group(1), w), d) for a, w, d in st["actions"]]
    c.update({k: v for k, v in st.items() if k not in kw})
    if c["pathway"] in ("2", "none"):
        c["meeting"] = "none" if c["pathway"] == "none" else c["meeting"]
    return c


def letter_att(*forms_names):
    return {"kind": "letter", "as": list(forms_names)}


def sa(name, date, printed, form="export", **kw):
    return dict(kind="sa", name=name, date=date, printed=printed, form=form, span=kw.pop("span", 12), **kw)


def ehr(name, date, form="docx", **kw):
    return dict(kind="ehr", name=name, date=date, form=form, **kw)
