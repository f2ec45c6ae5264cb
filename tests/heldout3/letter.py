"""Closure letters (Appendix 2) and notifications (Appendix 4) as blocks, from the case plan."""

from __future__ import annotations

from . import facts as F


def at(c, req, place):
    """Variant of component `req` if it is placed in `place`, else None."""
    v = c["comp"].get(req)
    if not v:
        return None
    variant, places = v
    return variant if place in places else None


def child_list(c, where, with_dob=True):
    out = []
    for ch in c["children"]:
        name, _iso, shown = ch[0], ch[1], ch[2]
        if with_dob and shown and where in c["dobs_in"]:
            out.append(f"{name} ({c['dob_prefix']}{shown})" if c.get("dob_prefix") is not None else f"{name} ({shown})")
        else:
            out.append(name)
    return ", ".join(out)


def service(c):
    return {"1": "social care", "2": "social care", "3": "Families First"}.get(c["pathway"], "social care")


def signature(c, sig):
    w = c.get("signer") or c["worker"]
    if sig == "full":
        lines = [w["name"], w["role"], w["team"]] + ([w["phone"]] if w.get("phone_in_letter") else [])
        return [("p", "\n".join(lines))]
    if sig == "first":
        return [("p", w["first"])]
    if sig == "name":
        return [("p", w["name"])]
    return []


def _comp_blocks(c, req, place, voice="you"):
    v = at(c, req, place)
    if not v:
        return []
    if req == "lead_practitioner":
        return F.lp_text(c, v, voice)
    if req == "team_around_family":
        return F.taf_text(c, v, voice)
    if req == "smart_plan":
        return F.plan_text(c, v)
    fn = {"consent": F.consent, "contingency": F.contingency, "rationale": F.rationale, "meeting": F.meeting}[req]
    txt = fn(c, v, voice) if req == "consent" else fn(c, v)
    return [("p", txt)] if txt else []


def closure_letter(c):
    L = c["letter"]
    ph = set(L.get("placeholders", ()))
    style = L["style"]
    b = []
    if L.get("address"):
        b.append(("p", L["address"]))
    if L.get("dated", True):
        b.append(("p", L["date_text"]))
    b.append(("p", "Dear (family)" if "dear_family" in ph else L.get("salutation", f"Dear {c['parent']},")))
    fam = "X Family" if "x_family" in ph else f"{c['family']} Family"
    kids = ", ".join("child DOB" for _ in c["children"]) if "child_dob" in ph else child_list(c, "letter")
    title = L.get("title", "template")
    if title == "template":
        b.append(("h", f"Transition to Early Help: {fam}, {kids}"))
    elif title == "re":
        b.append(("h", f"Re: {kids}" if "x_family" not in ph else f"Re: {fam} – {kids}"))
    else:
        b.append(("h", f"{title}: {fam} – {kids}"))
    con = _comp_blocks(c, "consent", "letter")
    svc = "social care/Families First (delete as appropriate)" if "delete" in ph else service(c)
    if at(c, "consent", "letter") == "template":
        opening = [("p", con[0][1] + f" This means that {svc} involvement with you will now come to an end.")]
        con = []
    else:
        opening = [("p", L.get("opening", "I am writing to let you know that") + f" {svc} involvement with your family "
                   "is coming to an end.")]
    lp = _comp_blocks(c, "lead_practitioner", "letter")
    taf = _comp_blocks(c, "team_around_family", "letter")
    if "lp_ntcd" in ph:
        lp = F.lp_text(c, "placeholder")
    if "taf_ntcd" in ph:
        taf = F.taf_text(c, "placeholder")
    plan = _comp_blocks(c, "smart_plan", "letter")
    cont = _comp_blocks(c, "contingency", "letter")
    rat = _comp_blocks(c, "rationale", "letter")
    meet = _comp_blocks(c, "meeting", "letter")
    recs = [("p", "I have attached to this letter a copy of your assessment and our agreed plan for early help support.")]
    contact = [("p", "Your Early Help Lead Practitioner is responsible for contacting you to arrange a time to meet to "
                     "begin your early help support, and will be in touch shortly.")] if lp else []
    resp = [("p", "These professionals are now responsible for actively participating in early help for your family.")] if taf else []
    extra = [("p", x) for x in L.get("extra", [])]
    H = lambda s: [("h", s)]  # noqa: E731

    if style == "template":
        b += opening + con + rat + H("Recommendations for Early Help support") + recs + plan + cont + \
            [("p", "If you have any queries or concerns regarding our agreed plan, please discuss these with me as soon as possible.")] + \
            H("Next Steps") + lp + contact + meet + taf + resp + extra + \
            [("p", "You are now responsible for working together with these professionals and your early help plan "
                   "to support the continued progress of your family.")]
    elif style == "sections":
        b += opening + con + (H("What we have done together") + rat if rat else []) + meet + \
            H("Who will support you now") + lp + contact + taf + resp + \
            (H("Your early help plan") + plan if plan else []) + (H("If things get harder") + cont if cont else []) + extra
    elif style == "reordered":
        b += opening + H("Next Steps") + lp + contact + taf + (H("The plan we agreed") + plan if plan else []) + \
            (H("Background") + rat if rat else []) + meet + (H("Risks and contingency") + cont if cont else []) + \
            (H("Consent") + con if con else []) + extra
    elif style == "prose":
        b += opening + con + rat + meet + lp + taf + plan + cont + extra
    elif style == "formal":
        n = iter(range(1, 10))
        b += H(f"{next(n)}. Purpose of this letter") + opening + con
        if rat:
            b += H(f"{next(n)}. Summary of involvement and reasons for closure") + rat
        b += meet
        if plan:
            b += H(f"{next(n)}. Early help plan") + plan
        if cont:
            b += H(f"{next(n)}. Contingency arrangements") + cont
        if lp or taf:
            b += H(f"{next(n)}. Lead Practitioner and Team Around the Family") + lp + taf
        b += extra
    else:
        raise ValueError(style)
    b.append(("p", L.get("closing", "With best wishes for the future")))
    b += signature(c, L.get("sig", "full"))
    return b


def notification(c):
    L = c["letter"]
    ph = set(L.get("placeholders", ()))
    svc = "Children’s Social Care/Families First (delete as appropriate)" if "delete" in ph else L.get("svc", "Children’s Social Care")
    fam = "X Family" if "x_family" in ph else f"{c['family']} Family"
    kids = ", ".join("child DOB" for _ in c["children"]) if "child_dob" in ph else child_list(c, "letter")
    b = []
    if L.get("dated", True):
        b.append(("p", L["date_text"]))
    b += [("p", L.get("salutation", "Dear Colleague")),
          ("h", f"Notification of Case Closure: {fam}, {kids}"),
          ("p", f"I am writing to notify you of case closure for the above family to {svc}.")]
    b += [("p", x) for x in L.get("extra", [])]
    b += [("p", "It is not considered at this time that the family requires early help to meet their needs. However, if "
                "universal services become aware of emerging need in the future they should work together to re-assess "
                "the family’s situation and deliver early help in line with the Early Help Framework."),
          ("p", "Should universal services become aware in the future of a risk of significant harm at level 3 of "
                "Newham’s continuum of need, they should refer directly to LBN Triage."),
          ("p", f"If you have any questions regarding the family’s involvement with {svc}, please feel free to contact me."),
          ("p", L.get("closing", "Best Wishes"))]
    b += signature(c, L.get("sig", "full"))
    return b
