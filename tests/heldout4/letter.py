"""Closure letters in five authors' voices, and the Appendix 4 notification."""

from __future__ import annotations

from .fmt import fmt
from .parts import Doc, kids_inline, lp_sentence, signoff, taf_sentence, write_contingency, write_plan

TEAM_WORD = {"1": "social care", "2": "social care", "3": "Families First"}


def consent_text(c, style: str) -> tuple[str, list[str]]:
    mode, parent = c["consent"], c["parent"]
    if mode == "given":
        return {
            "template": ("I am writing to confirm that we have discussed transition to early help support for you and "
                         "your family and you have consented to receiving early help."),
            "hurry": f"Consent: {parent} gave verbal consent to early help on {fmt(c['consent_date'], 'slash_short')}.",
            "warm": (f"When we met on {fmt(c['consent_date'], 'weekday_ord')} you told me you were happy to carry on "
                     f"with early help support after I finish, and you agreed to the plan below."),
            "agency": f"{parent} agrees with the plan and has given consent for the family to receive early help support.",
            "numbered": f"{parent} signed the early help consent form at the home visit on {fmt(c['consent_date'], 'long')}.",
        }[style], ["consent"]
    if mode == "declined":
        return (f"{parent} has told me that she does not want any further early help support and declined the "
                f"offer of a referral, although she knows she can ask the school for help in the future."), []
    if mode == "pending" and style == "warm":
        return ("I'd like to talk with you about early help at my last visit next week, and ask you then whether "
                "you agree to it."), []
    if mode == "pending":
        return (f"I will talk {parent} through early help at my last visit next week and ask for her consent "
                f"then; I will update you once I have spoken with her."), []
    if mode == "hedged":
        return (f"{parent} was unsure whether she wants support from the school after we close. She said she "
                f"would think about it over the holidays and let {c['lp']['name'] if c.get('lp') else 'the school'} know."), []
    return "", []


def meeting_text(c) -> tuple[str, list[str]]:
    mode, p = c.get("meeting", "none"), c["pathway"]
    if mode == "none" or p == "2":
        return "", []
    lpn = c["lp"]["name"] if c.get("lp") else "the school"
    what = "final Child in Need meeting" if p == "1" else "Team Around the Family meeting"
    if mode == "held":
        return (f"The {what} was held on {fmt(c['meeting_date'], c.get('meeting_fmt', 'long'))} with you, "
                f"{lpn} and the other professionals, and the plan below was agreed there."), ["meeting"]
    return f"A {what} with {lpn} is still to be arranged; I will send the date to everyone once it is set.", []


def header_lines(doc: Doc, c, date_style="long"):
    doc.p("Children and Young People's Services\nLondon Borough of Newham\nNewham Dockside, 1000 Dockside Road, "
          "London E16 2QU")
    doc.p(fmt(c["letter_date"], date_style))


def title_line(c, lead="Transition to Early Help") -> tuple[str, list[str]]:
    ph = c.get("placeholders", [])
    fam = "X Family" if "x_family" in ph else f"{c['family']} Family"
    if "child_dob" in ph:
        names = ", ".join(f"{k['name']} child DOB" for k in c["children"])
        return f"{lead}: {fam}, {names}", ["placeholder"]
    kids, carries = kids_inline(c)
    return f"{lead}: {fam}, {kids}", carries + (["placeholder"] if "x_family" in ph else [])


def template_letter(doc: Doc, c, style="template"):
    ph = c.get("placeholders", [])
    header_lines(doc, c, c.get("date_style", "long"))
    doc.p("Dear (family)" if "dear" in ph else f"Dear {c['salutation']},", *(["placeholder"] if "dear" in ph else []))
    t, cr = title_line(c)
    doc.add("h", t, *cr)
    con, cr = consent_text(c, style)
    team = ("social care/Families First (delete as appropriate)" if "delete" in ph else TEAM_WORD[c["pathway"]])
    ending = f"{team} involvement with you will now come to an end."
    text = (con + " This means that " + ending) if con else ("I am writing to let you know that " + ending)
    doc.p(text, *cr, *(["placeholder"] if "delete" in ph else []))
    doc.add("h", "Recommendations for Early Help support")
    if c["rationale"]:
        doc.p(c["work"] + " " + c["why"], "rationale")
    doc.p("I have attached to this letter a copy of your assessment and our agreed plan for early help support.")
    m, cr = meeting_text(c)
    if m:
        doc.p(m, *cr)
    if c["plan_in"] == "letter":
        write_plan(doc, c, "numbered" if style == "numbered" else c["plan"], None if style == "numbered" else "Agreed early help plan")
    write_contingency(doc, c, c["contingency"], "If things do not improve" if style == "numbered" else "Risks and contingency")
    doc.p("If you have any queries or concerns regarding our agreed plan, please discuss these with me as soon as possible.")
    doc.add("h", "Next Steps")
    s, cr = lp_sentence(c, style)
    if s:
        doc.p(s + " Your Early Help Lead Practitioner is responsible for contacting you to arrange a time to meet "
              "to begin your early help support, and will be in touch shortly.", *cr)
    s, cr = taf_sentence(c, style)
    if s:
        doc.p(s + " These professionals are now responsible for actively participating in early help for your family.", *cr)
    doc.p("You are now responsible for working together with these professionals and your early help plan to "
          "support the continued progress of your family.")
    signoff(doc, c, "Kind regards" if style == "numbered" else "With best wishes for the future")


def hurry_letter(doc: Doc, c):
    doc.p(fmt(c["letter_date"], c.get("date_style", "slash")))
    doc.p(f"Re: {c['family']} family \u2013 closure to CSC and step down to early help")
    kids, cr = kids_inline(c, sep="\n")
    doc.p("Children:\n" + kids, *cr)
    doc.p(f"Dear {c['salutation']},")
    first = {"1": "CIN plan ending", "2": "Single Assessment completed",
             "3": "Families First intervention ending"}[c["pathway"]]
    m, mcr = meeting_text(c)
    doc.p(f"{first}; case now closing to {TEAM_WORD[c['pathway']]}. " + (c["work"] + " " + c["why"] if c["rationale"] else ""),
          *(["rationale"] if c["rationale"] else []))
    if m:
        doc.p(m, *mcr)
    for fn in (consent_text, lp_sentence, taf_sentence):
        s, cr = fn(c, "hurry")
        if s:
            doc.p(s, *cr)
    if c["plan_in"] == "letter":
        write_plan(doc, c, c["plan"], "Plan")
    write_contingency(doc, c, c["contingency"], "Contingency")
    signoff(doc, c, "Regards")


def warm_letter(doc: Doc, c):
    doc.p(fmt(c["letter_date"], c.get("date_style", "ord")))
    doc.p(f"Dear {c['salutation']},")
    kids, cr = kids_inline(c, sep=" and ")
    doc.p(f"I wanted to write to you as my work with you and the children \u2013 {kids} \u2013 comes to an end.", *cr)
    if c["rationale"]:
        doc.p(c["work"] + " " + c["why"], "rationale")
    for fn in (consent_text,):
        s, cr = fn(c, "warm")
        if s:
            doc.p(s, *cr)
    m, cr = meeting_text(c)
    if m:
        doc.p(m, *cr)
    if c["plan_in"] == "letter":
        write_plan(doc, c, c["plan"], "What happens next")
    for fn in (lp_sentence, taf_sentence):
        s, cr = fn(c, "warm")
        if s:
            doc.p(s, *cr)
    write_contingency(doc, c, c["contingency"], "If things get harder")
    signoff(doc, c, "Take care, and best wishes for the future")


def agency_letter(doc: Doc, c):
    doc.add("h", "Closure of Children's Social Care Involvement \u2013 Step Down to Early Help")
    doc.add("kv", [("Date of letter", fmt(c["letter_date"], c.get("date_style", "dots_long"))),
                   ("Family", c["family"]), ("Allocated worker", c["worker"]["name"])])
    rows = [["Child", "Date of birth"]]
    cr = []
    for k in c["children"]:
        rows.append([k["name"], fmt(k["dob"], k["fmt"]) if k.get("fmt") else ""])
        cr += ["dob:" + k["name"]] if k.get("fmt") else []
    doc.add("t", rows, *cr)
    doc.p(f"Dear {c['salutation']},")
    doc.add("h", "Reason for closure")
    doc.p(c["work"] + " " + c["why"] if c["rationale"] else "The case is closing to Children's Social Care.",
          *(["rationale"] if c["rationale"] else []))
    m, cr = meeting_text(c)
    if m:
        doc.p(m, *cr)
    doc.add("h", "Ongoing support plan")
    if c["plan_in"] == "letter":
        write_plan(doc, c, c["plan"], None)
    else:
        doc.p("Please see the family plan attached.")
    write_contingency(doc, c, c["contingency"], "Safety/contingency planning")
    for head, fn in (("Agencies involved", taf_sentence), ("Lead professional", lp_sentence),
                     ("Family's views", consent_text)):
        s, cr = fn(c, "agency")
        if s:
            doc.add("h", head)
            doc.p(s, *cr)
    signoff(doc, c, "Yours sincerely")


def notification(doc: Doc, c):
    ph = c.get("placeholders", [])
    doc.p(fmt(c["letter_date"], c.get("date_style", "long")))
    doc.p("Dear Colleague")
    t, cr = title_line(c, "Notification of Case Closure")
    doc.add("h", t, *cr)
    team = "Children's Social Care/Families First (delete as appropriate)" if "delete" in ph else "Children's Social Care"
    doc.p(f"I am writing to notify you of case closure for the above family to {team}. " + c.get("why", ""),
          *(["placeholder"] if "delete" in ph else []))
    doc.p("It is not considered at this time that the family requires early help to meet their needs. However, if "
          "universal services become aware of emerging need in the future they should work together to reassess "
          "the family's situation and deliver early help in line with the Early Help Framework.")
    doc.p("Should universal services become aware in the future of a risk of significant harm at level 3 of "
          "Newham's continuum of need, they should refer directly to LBN Triage.")
    signoff(doc, c, "Best Wishes")


def write_letter(c) -> Doc:
    kind = "closure_notification" if c["pathway"] == "none" else "closure_letter"
    doc = Doc(c.get("letter_name", ""), kind, c["letter"])
    if c["pathway"] == "none":
        notification(doc, c)
    else:
        {"template": template_letter, "numbered": lambda d, x: template_letter(d, x, "numbered"),
         "hurry": hurry_letter, "warm": warm_letter, "agency": agency_letter}[c["style"]](doc, c)
    return doc
