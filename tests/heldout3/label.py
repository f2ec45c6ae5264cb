"""The label, computed from the case plan only (never from the rendered files)."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from . import facts as F

ALL = ["assessment_attached", "assessment_recent", "children_dobs", "consent", "contingency", "lead_practitioner",
       "rationale", "signature", "smart_plan", "team_around_family", "template_text", "transition_meeting"]
REQUIRED = {"1": ALL, "3": ALL, "2": [r for r in ALL if r != "transition_meeting"],
            "none": ["children_dobs", "signature", "template_text"], "unknown": []}
LP_NAMED = {"prose", "slash", "table", "block", "nocontact"}


def rendered_places(c):
    p = {"body"}
    if c.get("letter") and c["letter"].get("fmt"):
        p.add("letter")
    A = c.get("assessment")
    if A:
        p.add(A["type"])
    if c.get("plan_doc"):
        p.add("plan")
    if c.get("review"):
        p.add("review")
    return p


def comp_ok(c, req, good):
    v = c["comp"].get(req)
    if not v:
        return False
    variant, places = v
    return variant in good and bool(set(places) & rendered_places(c))


def dobs_rendered(c):
    places = set(c["dobs_in"]) & rendered_places(c)
    L = c.get("letter") or {}
    if "child_dob" in L.get("placeholders", ()):
        places.discard("letter")
    return bool(places)


def letter_ref_date(c):
    L = c.get("letter")
    if L and L.get("fmt") and L.get("dated", True):
        return L["date"]
    return c["date"].date()


def lp_label(c):
    v = c["comp"].get("lead_practitioner")
    if not v or v[0] not in LP_NAMED or not (set(v[1]) & rendered_places(c)):
        return None
    lp = c["lp"]
    nocon = v[0] == "nocontact"
    return {"name": lp["name"], "role": lp["role"], "agency": lp["agency"],
            "email": None if nocon else lp.get("email"), "phone": None if nocon else lp.get("phone")}


def missing(c):
    pw = c["pathway"]
    req = REQUIRED[pw]
    places = rendered_places(c)
    L = c.get("letter") or {}
    has_letter = "letter" in places
    ok = {}
    ok["children_dobs"] = all(ch[2] for ch in c["children"]) and dobs_rendered(c)
    ok["consent"] = comp_ok(c, "consent", F.CONSENT_GIVEN)
    ok["lead_practitioner"] = comp_ok(c, "lead_practitioner", LP_NAMED - {"nocontact"}) and \
        bool(c["lp"].get("email") or c["lp"].get("phone"))
    ok["team_around_family"] = comp_ok(c, "team_around_family", F.TAF_NAMED)
    ok["smart_plan"] = comp_ok(c, "smart_plan", F.PLAN_SMART)
    ok["contingency"] = comp_ok(c, "contingency", {"full"})
    ok["rationale"] = comp_ok(c, "rationale", {"yes"})
    A = c.get("assessment")
    want = {"1": "sa", "2": "sa", "3": "ehr"}.get(pw)
    ok["assessment_attached"] = bool(A) and A["type"] == want
    if ok["assessment_attached"]:
        line = letter_ref_date(c) - relativedelta(months=6)
        assert abs((A["date"] - line).days) > 10, (c["id"], A["date"], line)
        ok["assessment_recent"] = A["date"] >= line
    else:
        ok["assessment_recent"] = True
    ok["transition_meeting"] = comp_ok(c, "meeting", F.MEETING_HELD)
    ph = set(L.get("placeholders", ())) if has_letter else set()
    for r in ("lead_practitioner", "team_around_family"):
        v = c["comp"].get(r)
        if has_letter and v and v[0] == "placeholder" and "letter" in v[1]:
            ph.add(r)
    ok["template_text"] = not ph
    sig = L.get("sig", "full")
    ok["signature"] = has_letter and (sig == "full" or (L.get("fmt") == "body" and not c.get("no_email_sig")))
    return sorted(r for r in req if not ok[r])


def make_label(c, documents):
    pw = c["pathway"]
    nas = c["kind"] == "not_a_submission"
    A = c.get("assessment")
    want = {"1": "sa", "2": "sa", "3": "ehr"}.get(pw)
    L = c.get("letter")
    return {
        "neighbourhood": c["hood"],
        "pathway": pw,
        "kind": c["kind"],
        "documents": [{"filename": fn, "type": t} for fn, t in documents],
        "family": None if nas else c["family"],
        "children": [] if nas else [{"name": ch[0], "dob": ch[1].isoformat() if (ch[2] and dobs_rendered(c)) else None}
                                    for ch in c["children"]],
        "lead_practitioner": None if nas else lp_label(c),
        "assessment_date": A["date"].isoformat() if (A and not nas and (A["type"] == want or pw in ("none", "unknown"))) else None,
        "letter_date": None if nas or not L or not L.get("fmt") else letter_ref_date(c).isoformat(),
        "missing": [] if pw == "unknown" else missing(c),
        "notes": c["notes"],
    }
