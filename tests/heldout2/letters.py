"""Closure letters (Appendix 2) in four writers' styles, and the Appendix 4 notification."""

from __future__ import annotations

from .model import Case, fmt_date
from .parts import children_line, fam, req_blocks, sign_lines

HEAD = "Children and Young People's Services\nLondon Borough of Newham\nNewham Dockside, 1000 Dockside Road, London E16 2QU"


def _service(c: Case) -> str:
    if "(delete as appropriate)" in c.placeholders:
        return "social care/Families First (delete as appropriate)"
    return "Families First" if c.pathway == "3" else "social care"


def _dear(c: Case) -> str:
    return "Dear (family)" if "Dear (family)" in c.placeholders else f"Dear {c.parent}"


def _sign(c: Case, close: str) -> list:
    s = sign_lines(c)
    return [("p", close + ("\n\n" + s if s else ""))]


def _get(parts: dict, *keys) -> list:
    out = []
    for k in keys:
        out += parts.get(k, [])
    return out


def template(c: Case) -> list:
    p = req_blocks(c, "letter")
    consent = p.get("consent")
    opening = ("I am writing to confirm that we have discussed transition to early help support for you and your "
               f"family. This means that {_service(c)} involvement with you will now come to an end.")
    b = [("p", HEAD), ("p", fmt_date(c.letter_date, c.extra.get("date_style", "full"))), ("p", _dear(c)),
         ("h", f"Transition to Early Help: {fam(c)}, {children_line(c)}"), ("p", opening)]
    b += consent or []
    b += [("h", "Recommendations for Early Help support")]
    b += _get(p, "rationale")
    if c.assess:
        b.append(("p", "I have attached to this letter a copy of your assessment and our agreed plan for early help "
                       "support."))
    b += _get(p, "smart_plan", "contingency")
    b.append(("p", "If you have any queries or concerns regarding our agreed plan, please discuss these with me as "
                   "soon as possible."))
    b += [("h", "Next Steps")] + _get(p, "lead_practitioner", "meeting")
    b.append(("p", "Your Early Help Lead Practitioner is responsible for contacting you to arrange a time to meet to "
                   "begin your early help support, and will be in touch shortly."))
    b += _get(p, "team_around_family")
    b.append(("p", "These professionals are now responsible for actively participating in early help for your "
                   "family. You are now responsible for working together with these professionals and your early "
                   "help plan to support the continued progress of your family."))
    return b + _sign(c, "With best wishes for the future")


def warm(c: Case) -> list:
    p = req_blocks(c, "letter")
    first = c.extra.get("first_name", c.parent)
    b = [("p", HEAD), ("p", fmt_date(c.letter_date, c.extra.get("date_style", "long"))),
         ("p", "Dear (family)" if "Dear (family)" in c.placeholders else f"Dear {first},"),
         ("h", f"Moving on to early help – {fam(c)}: {children_line(c)}"),
         ("p", "Thank you for everything you have put into the last few months. It has been a real pleasure to "
               "get to know you and the children, and I wanted to write down where we have got to and what "
               f"happens next now that {_service(c)} is closing.")]
    b += _get(p, "consent")
    if "rationale" in p:
        b += [("h", "What we have done together")] + p["rationale"]
    b += _get(p, "meeting")
    if "smart_plan" in p:
        b += [("h", "Your plan")] + p["smart_plan"]
    if "contingency" in p:
        b += [("h", "If things get harder")] + p["contingency"]
    b += [("h", "Who will be there for you")] + _get(p, "lead_practitioner", "team_around_family")
    if c.assess:
        b.append(("p", "I have attached your assessment so you have your own copy."))
    b.append(("p", "Please do call me before the case closes if anything in this letter does not feel right. "
                   "I wish you and the children all the very best."))
    return b + _sign(c, "With warmest wishes")


def terse(c: Case) -> list:
    p = req_blocks(c, "letter")
    b = [("p", f"{fmt_date(c.letter_date, c.extra.get('date_style', 'slash0'))}"),
         ("h", f"CASE CLOSURE – STEP DOWN TO EARLY HELP – {fam(c)}"),
         ("b", [f"Children: {children_line(c)}", f"Closing service: {_service(c)}"])]
    for label, key in (("Consent", "consent"), ("Summary / rationale", "rationale"), ("Meeting", "meeting"),
                       ("Lead practitioner", "lead_practitioner"), ("TAF", "team_around_family"),
                       ("Plan", "smart_plan"), ("Risks / contingency", "contingency")):
        if key in p:
            b += [("h", label)] + p[key]
    if c.assess:
        b.append(("p", "Assessment attached."))
    return b + _sign(c, "Regards")


def para(c: Case) -> list:
    p = req_blocks(c, "letter")
    b = [("p", HEAD), ("p", "Date: " + fmt_date(c.letter_date, c.extra.get("date_style", "mon"))), ("p", _dear(c)),
         ("h", f"Re: {fam(c)} – {children_line(c)}"),
         ("p", f"Following our recent conversations, I am writing to let you know that {_service(c)} will be "
               "closing your case and that your family will now be supported through early help in the community.")]
    b += _get(p, "consent", "rationale")
    b += _get(p, "lead_practitioner")
    b.append(("p", "They will get in touch with you soon to arrange a first meeting."))
    b += _get(p, "team_around_family", "meeting", "smart_plan", "contingency")
    if c.assess:
        b.append(("p", "A copy of the assessment is enclosed with this letter."))
    b.append(("p", "Please contact me if you have any questions before the case closes."))
    return b + _sign(c, "Kind regards")


def notice(c: Case) -> list:
    svc = ("Children's Social Care/Families First (delete as appropriate)" if "(delete as appropriate)"
           in c.placeholders else ("Families First" if c.extra.get("ff") else "Children's Social Care"))
    b = [("p", HEAD), ("p", fmt_date(c.letter_date, c.extra.get("date_style", "full"))), ("p", "Dear Colleague"),
         ("h", f"Notification of Case Closure: {fam(c)}, {children_line(c)}"),
         ("p", f"I am writing to notify you of case closure for the above family to {svc}."),
         ("p", "It is not considered at this time that the family requires early help to meet their needs. "
               "However, if universal services become aware of emerging need in the future they should work "
               "together to reassess the family's situation and deliver early help in line with the Early Help "
               "Framework."),
         ("p", "Should universal services become aware in the future of a risk of significant harm at level 3 of "
               "Newham's continuum of need, they should refer directly to LBN Triage."),
         ("p", f"If you have any questions regarding the family's involvement with {svc}, please feel free to "
               "contact me.")]
    return b + _sign(c, "Best Wishes")


STYLES = {"template": template, "warm": warm, "terse": terse, "para": para, "notice": notice}


def letter_blocks(c: Case) -> list:
    return STYLES[c.style](c)
