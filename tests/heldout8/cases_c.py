"""Cases 13-18."""
from __future__ import annotations

import datetime as dt

from common import early_help_record, email_sig, fd, kid_rows, single_assessment
from engine import Case, Doc, H, P, T, nam

UTC = dt.timezone.utc
EHPT = "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"


def case13() -> Case:
    kids = [("Tomasz Wiśniewski", dt.date(2022, 4, 8))]
    lp = {"name": "Gloria Asante-Darko", "role": "Nursery Manager", "agency": "Star Lane Children's Centre",
          "email": "g.asante-darko@starlanecc.newham.sch.uk", "phone": "020 7946 0288"}
    ld = dt.date(2026, 8, 11)
    blocks = [
        P(fd(ld, "slash")),
        P("Dear Kasia,"),
        P("About: Tomasz Wiśniewski, born 08/04/2022", "dob:Tomasz Wiśniewski"),
        P("Thank you for talking with me last week. You said you would like the nursery to keep helping you now "
          "that my assessment is finished, and you agreed to early help.", "consent"),
        P("What I found: the concern from the hospital about Tomasz's burn was an accident, you sought help straight "
          "away and you have since fitted a fireguard. Tomasz is healthy and happy at nursery. I do not think social "
          "care needs to be involved any more; the support you asked for (speech and a safer flat) is early help at "
          "level 2.", "rationale"),
        P("Gloria Asante-Darko (Nursery Manager, Star Lane Children's Centre) will be your lead person. Phone "
          "020 7946 0288, email g.asante-darko@starlanecc.newham.sch.uk.", "lead_practitioner"),
        P("Working with Gloria: Ms Yetunde Falade, Health Visitor, Newham 0-19 Health Service, and Mr Piotr "
          "Zieliński, Housing Officer, Newham Housing.", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Speech and language screening", "Yetunde Falade", "28/08/2026"],
           ["Housing repair request for the heater", "Piotr Zieliński", "04/09/2026"],
           ["First meeting at nursery to agree the family plan", "Gloria and Kasia", "21/08/2026"]], "smart_plan"),
        P("If you do not take up the support, Tomasz's speech delay may not be picked up before school. If there is "
          "another injury that is not explained, nursery will follow safeguarding procedures and refer to LBN "
          "Triage.", "contingency"),
        P("Kind regards\nMarta Nowicka-Evans\nSocial Worker - Assessment Team (West)", "signature"),
    ]
    letter = Doc("Letter to Kasia.docx", "closure_letter", blocks, "docx", title="Letter")
    sa = single_assessment(
        "Single Assessment Tomasz.docx", kids, dt.date(2026, 7, 31), started=dt.date(2026, 7, 6), fmt="docx",
        analysis="Hospital referral after a minor burn. Mother's account consistent; home safety addressed.",
        outcome="No further social care involvement. Mother agrees to early help at Star Lane; lead practitioner "
                "Gloria Asante-Darko.", worker="Marta Nowicka-Evans", team="Assessment Team (West)")
    body = [P("Hi - letter + SA for Tomasz attached, stepping down to Star Lane. Marta")]
    sent = dt.datetime(2026, 8, 11, 18, 44, tzinfo=UTC)
    return Case(13, "submission", "2", "west", ("Marta Nowicka-Evans", "Marta.Nowicka-Evans@newham.gov.uk"),
                "Step down Wiśniewski", sent, "Wiśniewski", kids, lp, body, [letter, sa],
                "complete; sent from iPhone with a one-line cover note (no email signature); paraphrased letter "
                "in plain words; Single Assessment as .docx; Polish names with diacritics (mother Wiśniewska, "
                "child Wiśniewski); RFC 2047 subject",
                "iPhone, paraphrased letter, diacritics", client="iphone", to=[nam("west")], letter_date=ld,
                assessment_date=dt.date(2026, 7, 31))


def case14() -> Case:
    kids = [("Jean-Baptiste Mukendi", dt.date(2011, 5, 16)), ("Grâce Mukendi", dt.date(2014, 10, 1))]
    lp = {"name": "Elaine Fairweather", "role": "Designated Safeguarding Lead", "agency": "Little Ilford Heath School",
          "email": "e.fairweather@ilfordheath.newham.sch.uk", "phone": "020 7946 0845"}
    ld = dt.date(2026, 10, 15)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Mr and Mrs Mukendi,"),
        H("Transition to Early Help"),
        kid_rows(kids, "ord"),
        H("Summary of our work"),
        P("Families First began working with you in March when Jean-Baptiste was at risk of permanent exclusion. "
          "He now has a Year 10 support timetable and has had no exclusions this term; Grâce's anxiety has eased "
          "after the school's wellbeing group; and the family's immigration appeal now has legal representation. "
          "As the plan's goals are met, the family can step down to early help led by school.", "rationale"),
        H("Consent"),
        P("You both agreed to early help through the school at our TAF meeting on 8 October 2026.", "consent",
          "transition_meeting"),
        H("Your Lead Practitioner and Team Around the Family"),
        P("Lead Practitioner: Elaine Fairweather, Designated Safeguarding Lead, Little Ilford Heath School, "
          "e.fairweather@ilfordheath.newham.sch.uk, 020 7946 0845.", "lead_practitioner"),
        P("Team Around the Family: Mr Vikram Patel-Shah, Head of Year 10; Ms Anouk Devries, Wellbeing Practitioner, "
          "Newham Mental Health Support Team; Ms Ruth Amankwah, Caseworker, Docklands Migrant Law Centre.",
          "team_around_family"),
        H("Family Plan"),
        T([["Action", "Who", "By when"],
           ["Jean-Baptiste's support timetable reviewed", "Vikram Patel-Shah", "30 October 2026"],
           ["Grâce's 6 wellbeing sessions", "Anouk Devries", "11 December 2026"],
           ["Appeal hearing preparation", "Ruth Amankwah", "20 November 2026"],
           ["First TAF review", "Elaine Fairweather", "26 November 2026"]], "smart_plan"),
        H("Contingency"),
        P("Risk of non-engagement: Jean-Baptiste could be excluded again and lose his school place. If he is "
          "excluded, or if the family is at risk of destitution, Ms Fairweather will call a TAF within 5 school days "
          "and contact the Early Help Partnership Team; any risk of significant harm goes to LBN Triage.",
          "contingency"),
        P("Yours sincerely\nDaniel Achebe\nFamilies First Coach", "signature"),
    ]
    letter = Doc("Mukendi transition letter.docx", "closure_letter", blocks, "docx", title="Transition to Early Help")
    ehr = early_help_record(
        "Early Help Record (updated) - Mukendi.pdf", kids, dt.date(2026, 9, 28), first=dt.date(2026, 3, 2),
        fmt="pdf", strengths="Parents committed; both children attend well.",
        needs="Jean-Baptiste's behaviour at school; Grâce's anxiety; uncertain immigration status.",
        coach="Daniel Achebe")
    body = [P("Dear East NAM,"),
            P("Please find the Mukendi family's closure letter and updated EHR (first done in March, updated after "
              "the TAF)."),
            email_sig("Daniel Achebe", "Families First Coach", "Families First (East)", "020 7946 0561")]
    sent = dt.datetime(2026, 10, 15, 11, 26, tzinfo=UTC)
    return Case(14, "submission", "3", "east", ("Daniel Achebe", "Daniel.Achebe@newham.gov.uk"),
                "FF closure - Mukendi", sent, "Mukendi", kids, lp, body, [letter, ehr],
                "complete; Early Help Record first completed 2026-03-02 (over 6 months before the letter) but "
                "updated 2026-09-28: recent; DOBs as '16th May 2011' in a table; hyphenated first name",
                "updated EHR, headed letter", to=[nam("east")], cc=[EHPT], letter_date=ld,
                assessment_date=dt.date(2026, 9, 28))


def case15() -> Case:
    kids = [("Ruby Fenwick-Shah", dt.date(2015, 1, 9)), ("Elijah Fenwick-Shah", dt.date(2017, 8, 27))]
    ld = dt.date(2026, 1, 22)
    blocks = [
        P(fd(ld, "slash")),
        P("To: Mr Andrew Kiplagat, Headteacher, Cumberland Wharf Primary School"),
        P("Dear Mr Kiplagat,"),
        P("Notification of Case Closure: Fenwick-Shah Family, Ruby 09/01/2015, Elijah 27/08/2017",
          "dob:Ruby Fenwick-Shah", "dob:Elijah Fenwick-Shah"),
        P("I am writing to notify you of case closure for the above family to Children's Social Care/Families First "
          "(delete as appropriate).", "placeholder"),
        P("It is not considered at this time that the family requires early help to meet their needs. However, if "
          "universal services become aware of emerging need in the future they should work together to reassess "
          "the family's situation and deliver early help in line with the Early Help Framework."),
        P("Should universal services become aware in the future of a risk of significant harm at level 3 of "
          "Newham's continuum of need, they should refer directly to LBN Triage."),
        P("Best Wishes"),
    ]
    letter = Doc("Notification of closure - Fenwick-Shah.pdf", "closure_notification", blocks, "pdf",
                 title="Notification of Case Closure")
    body = [P("Good morning,"),
            P("Appendix 4 attached for the Fenwick-Shah children - copy sent to Cumberland Wharf Primary."),
            email_sig("Hassan Abdi", "Senior Practitioner", "Assessment Team (South)", "020 7946 0672")]
    sent = dt.datetime(2026, 1, 22, 9, 31, tzinfo=UTC)
    return Case(15, "submission", "none", "south", ("Hassan Abdi", "Hassan.Abdi@newham.gov.uk"),
                "Appendix 4 notification", sent, "Fenwick-Shah", kids, None, body, [letter],
                "missing signature, template_text: the PDF notification ends at 'Best Wishes' with nothing after "
                "(the email signature under the cover note does not count); 'Children's Social Care/Families First "
                "(delete as appropriate)' left with both options; addressed to a named headteacher",
                "Appendix 4 to a headteacher, unsigned, placeholder", to=[nam("south")], letter_date=ld)


def case16() -> Case:
    kids = [("Leah Abernethy", dt.date(2009, 11, 14)), ("Callum Abernethy", dt.date(2012, 6, 2))]
    lp = {"name": "Deepa Raman", "role": "Families First Coach", "agency": "Families First, London Borough of Newham",
          "email": "deepa.raman@newham.gov.uk", "phone": "020 7946 0119"}
    ld = dt.date(2026, 4, 2)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Ms Abernethy"),
        P("Transition to Early Help: Abernethy Family, Leah 14/11/2009, Callum 02/06/2012", "dob:Leah Abernethy",
          "dob:Callum Abernethy"),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that social care involvement with you will "
          "now come to an end.", "consent"),
        P("The final CIN meeting will be arranged for early May with Deepa and the school so that we can hand over."),
        H("Recommendations for Early Help support"),
        T([["What", "Who", "By when"],
           ["Young carers assessment for Leah", "Deepa Raman", "30 April 2026"],
           ["Callum's attendance support meetings", "Ms Joy Ekwueme (Attendance Lead, Gainsborough Vale School)",
            "fortnightly to 17 July 2026"],
           ["GP review of Mum's medication", "Ms Abernethy", "by 24 April 2026"]], "smart_plan"),
        P("If the family does not engage, Leah's caring role will grow and Callum's attendance will fall. If Mum's "
          "health deteriorates so that the children are left without care, Deepa will refer to LBN Triage and "
          "call an urgent TAF.", "contingency"),
        H("Next Steps"),
        P("Your identified Early Help Lead Practitioner is Deepa Raman, Families First Coach, 020 7946 0119, "
          "deepa.raman@newham.gov.uk.", "lead_practitioner"),
        P("The professionals who will be involved in your early help support - your Team Around the Family - are: "
          "Ms Joy Ekwueme, Attendance Lead, Gainsborough Vale School; Mr Alan Whitcombe, Young Carers Worker, "
          "Carers First Newham.", "team_around_family"),
        P("With best wishes for the future\nSarah-Jane Pemberton\nSocial Worker, Intervention Team (Central)",
          "signature"),
    ]
    letter = Doc("Abernethy closure letter.docx", "closure_letter", blocks, "docx", title="Case closure letter")
    sa = single_assessment(
        "Abernethy SA Jan 26.pdf", kids, dt.date(2026, 1, 19), started=dt.date(2025, 12, 1),
        analysis="Mother has multiple sclerosis; Leah (16) carrying out most care; Callum's attendance 78%.",
        outcome="Child in Need plan recommended.", worker="Sarah-Jane Pemberton", team="Intervention Team (Central)")
    body = [P("Hi,"), P("Closure letter and SA attached - Abernethy."),
            email_sig("Sarah-Jane Pemberton", "Social Worker", "Intervention Team (Central)", "020 7946 0524")]
    sent = dt.datetime(2026, 4, 2, 15, 9, tzinfo=UTC)
    return Case(16, "submission", "1", "central", ("Sarah-Jane Pemberton", "Sarah-Jane.Pemberton@newham.gov.uk"),
                "Abernethy - closure letter", sent, "Abernethy", kids, lp, body, [letter, sa],
                "missing rationale, transition_meeting: no summary of the work done or reason to step down (the "
                "SA, written at the start, recommends a CIN plan); the final CIN meeting 'will be arranged'",
                "meeting still to come, no rationale", to=[nam("central")], letter_date=ld,
                assessment_date=dt.date(2026, 1, 19))


def case17() -> Case:
    kids = [("Skye Thompson-Ademola", dt.date(2018, 9, 1)), ("Jordan Thompson-Ademola", dt.date(2013, 5, 5))]
    lp = {"name": "Harriet Osei", "role": "Learning Mentor", "agency": "Manor Brook Primary School",
          "email": "h.osei@manorbrook.newham.sch.uk", "phone": "020 7946 0936"}
    ld = dt.date(2026, 9, 24)
    blocks = [
        P("Thursday " + fd(ld, "ord")),
        P("Dear Danielle,"),
        P("Skye Thompson-Ademola (born 1st Sept 2018)", "dob:Skye Thompson-Ademola"),
        P("I have finished my assessment. I was asked to see you after Skye said at school that she was hungry. I "
          "found that your benefits had stopped when you changed address; we sorted the claim, you now have food "
          "bank vouchers and a school uniform grant, and Skye is eating well. Social care does not need to stay "
          "involved, and the help with money and Skye's confidence can be given by school at level 2.", "rationale"),
        P("Skye's brother Jordan, who stays with you at weekends, is part of this plan too."),
        P("You told me on the phone on 22nd Sept 2026 that you are happy for school to carry on supporting you.",
          "consent"),
        P("Lead Practitioner: Harriet Osei, Learning Mentor, Manor Brook Primary School (020 7946 0936; "
          "h.osei@manorbrook.newham.sch.uk).", "lead_practitioner"),
        P("Also involved: Mr Nathaniel Brooks, Welfare Rights Adviser, Newham Money Works.", "team_around_family"),
        T([["Action", "Who", "By when"],
           ["Breakfast club place for Skye", "Harriet Osei", "from 28th Sept 2026"],
           ["Benefit backdating request", "Nathaniel Brooks", "by 16th Oct 2026"],
           ["Family plan meeting at school", "Harriet, Danielle", "by 9th Oct 2026"]], "smart_plan"),
        P("If Danielle does not take up the support, money may run out again and Skye could go hungry. If school "
          "sees signs of neglect, Harriet will call a TAF within a week, and refer to LBN Triage if Skye is at risk "
          "of significant harm.", "contingency"),
        P("Kind regards\nNiamh Gallagher\nSocial Worker, Assessment Team (East)", "signature"),
    ]
    letter = Doc("Step down letter.pdf", "closure_letter", blocks, "pdf", title="Step down letter")
    sa = single_assessment(
        "SA.pdf", kids, dt.date(2026, 9, 17), started=dt.date(2026, 8, 27), hide=("Jordan Thompson-Ademola",),
        analysis="School referral: child reporting hunger. Benefits stopped after a change of address.",
        outcome="Step down to early help at school.", worker="Niamh Gallagher", team="Assessment Team (East)")
    body = [P("Good afternoon East NAM,"), P("Please see attached closure letter and SA."),
            email_sig("Niamh Gallagher", "Social Worker", "Assessment Team (East)", "020 7946 0298")]
    sent = dt.datetime(2026, 9, 24, 13, 40, tzinfo=UTC)
    return Case(17, "submission", "2", "east", ("Niamh Gallagher", "Niamh.Gallagher@newham.gov.uk"),
                "SA closure / step down - Thompson-Ademola", sent, "Thompson-Ademola", kids, lp, body, [letter, sa],
                "missing children_dobs: Jordan (older brother, stays at weekends) is named in the letter and listed "
                "in the SA with DOB 'not known'; Skye's DOB as '1st Sept 2018'",
                "sibling without DOB, ordinal dates", to=[nam("east")], letter_date=ld,
                assessment_date=dt.date(2026, 9, 17))


def case18() -> Case:
    kids = [("Ali Hassan-Farah", dt.date(2016, 3, 21))]
    lp = {"name": "Mariam Jallow", "role": "Pastoral Lead", "agency": "Upton Cross Academy",
          "email": "m.jallow@uptoncross.newham.sch.uk", "phone": "020 7946 0744"}
    ld = dt.date(2026, 5, 6)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Hodan,"),
        P("RE: Ali Hassan-Farah, d.o.b. 21/03/2016", "dob:Ali Hassan-Farah"),
        P("Families First has worked with you since November on Ali's sleep and on the family's overcrowding. Ali "
          "now sleeps through most nights, the housing medical priority has been awarded and Ali's attendance is "
          "97%. The Families First plan is finished and the needs left are at level 2, so we are closing.",
          "rationale"),
        P("We held the Team Around the Family meeting at school on 29 April 2026 with you, Ms Jallow and Ms "
          "Ruqayya Noor (School Nurse, Newham 0-19 Health Service).", "transition_meeting", "team_around_family"),
        P("Your Early Help Lead Practitioner will be Mariam Jallow, Pastoral Lead, Upton Cross Academy "
          "(m.jallow@uptoncross.newham.sch.uk, 020 7946 0744).", "lead_practitioner"),
        T([["Area", "Plan", "Timescale"],
           ["Sleep", "Keep the routine going", "Ongoing"],
           ["Housing", "Wait for an offer", "Ongoing"],
           ["School", "Pastoral support", "Ongoing"]]),
        P("The main risk is that the family stays in overcrowded housing for a long time."),
        P("Kind regards,\nTemi Bankole\nFamilies First Coach", "signature"),
    ]
    letter = Doc("Closure letter Ali.docx", "closure_letter", blocks, "docx", title="Closure letter")
    ehr = early_help_record(
        "EHR Ali HF.docx", kids, dt.date(2026, 4, 30), first=dt.date(2025, 11, 17),
        strengths="Mum very involved in Ali's routines; good relationship with school.",
        needs="Overcrowding (one bedroom, four people); Ali's sleep.", coach="Temi Bankole")
    body = [P("Hi West NAM"),
            P("Letter and EHR attached for Ali. Mum is thinking about it - she wants to talk to Ali's dad first "
              "before she agrees to the school carrying on."),
            P("Temi Bankole\nFamilies First Coach")]
    sent = dt.datetime(2026, 5, 6, 16, 15, tzinfo=UTC)
    return Case(18, "submission", "3", "west", ("Temi Bankole", "Temi.Bankole@newham.gov.uk"),
                "Closure Hassan-Farah", sent, "Hassan-Farah", kids, lp, body, [letter, ehr],
                "missing consent, contingency, smart_plan: consent is not in the letter and the note says 'Mum is "
                "thinking about it'; contingency is only 'the main risk is...'; plan is 'Area | Plan | Timescale' "
                "with 'Ongoing' throughout; sent from iPhone",
                "consent pending, vague plan, risk only", client="iphone", to=[nam("west")], letter_date=ld,
                assessment_date=dt.date(2026, 4, 30))
