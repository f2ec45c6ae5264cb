"""Pathway 2 (Single Assessment only, Assessment team): cases 9-13."""

from __future__ import annotations

from .case import (NAM, LBN_FOOTER, Case, D, cover, docx_att, export_att, fd, outlook_id, pdf_att, uk)
from .mail import Mail
from .model import Doc, H, L, P, T, UL, dob
from .render import body_html, body_text


def case_chowdhury() -> Case:
    """Complete; consent and the lead practitioner's contact details only in the SA's Recommendations section."""
    kids = [("Sumaiya Chowdhury", D(2019, 2, 28)), ("Ibrahim Chowdhury", D(2023, 10, 5))]
    letter_date, sa_date = D(2026, 10, 5), D(2026, 9, 24)
    s, i = kids
    letter = Doc("Outcome letter - Chowdhury.docx", "closure_letter", [
        L(["Assessment Service (East)", "Children and Young People's Services, London Borough of Newham"]),
        P(fd(letter_date, "ord")),
        P("Dear Ms Khatun"),
        H("Outcome of your Single Assessment"),
        P(f"This letter is about {s[0]} (born {fd(s[1], 'short')}) and {i[0]} (born {fd(i[1], 'short')}).",
          dob(s[0]), dob(i[0])),
        P("We completed the Single Assessment after Sunflower Nursery School told us they were worried about "
          "Ibrahim's weight. We found that Ibrahim is gaining weight since his referral to the dietitian, that you "
          "respond well to advice, and that the children are safe and loved. What remains - Ibrahim's feeding and "
          "the overcrowding in your flat - can be supported through early help, so social care will close the "
          "case.", "rationale"),
        P("Your lead practitioner will be Ms Nadia Rahman from Custom House Family Hub; her details are in the "
          "Recommendations section of the assessment."),
        P("The other professionals supporting you will be Dr Imran Siddiqui (GP, Freemasons Road Medical Centre) "
          "and Ms Jo Whitfield (Nursery Teacher, Sunflower Nursery School).", "team_around_family"),
        H("Agreed actions"),
        T([["Action", "By whom", "By (date)"],
           ["Weigh Ibrahim and share the chart with the GP", "Ms Rahman", "Every 2 weeks until 18/12/2026"],
           ["Dietitian follow-up appointment", "Dr Siddiqui to re-refer", "By 30/10/2026"],
           ["Support a housing transfer application", "Ms Rahman with Ms Khatun", "Submitted by 13/11/2026"],
           ["Ibrahim's speech screening at nursery", "Ms Whitfield", "By 20/11/2026"]], "smart_plan"),
        P("If the family does not engage with the dietitian or the family hub, Ibrahim may stop gaining weight and "
          "his health could suffer. If his weight falls again, or there are new concerns about the children's care, "
          "Ms Rahman will discuss this with the Early Help Partnership Team and, if the children are at risk of "
          "significant harm, refer to LBN Triage.", "contingency"),
        L(["Yours sincerely,", "Marcus Fairweather", "Senior Practitioner, Assessment Team (East)"], "signature"),
    ], date=letter_date, meta={"heading_level": 2, "font": "Calibri"})
    sa = Doc("SINGLE ASSESSMENT - CHOWDHURY.pdf", "single_assessment", [
        H("Single Assessment"),
        T([["Date started", "Date completed", "Outcome"], ["10/09/2026", fd(sa_date, "slash"),
                                                          "Step down to early help"]]),
        T([["Child's name", "DOB", "Ethnicity", "First language"],
           [s[0], fd(s[1], "slash"), "Bangladeshi", "Bengali / English"],
           [i[0], fd(i[1], "slash"), "Bangladeshi", "Bengali"]], dob(s[0]), dob(i[0])),
        H("Reason for assessment"),
        P("Referral from Sunflower Nursery School: concern about Ibrahim's weight (below 2nd centile)."),
        H("Analysis"),
        P("Ibrahim's growth has improved since the dietitian's input. Ms Khatun is a caring parent who follows "
          "advice. The family live in a one-bedroom flat with four people."),
        H("Recommendations"),
        P("Ms Khatun gave verbal consent on 22/09/2026 to a step down to early help, with Custom House Family Hub "
          "as lead agency.", "consent"),
        P("Early Help Lead Practitioner: Ms Nadia Rahman, Family Hub Practitioner, Custom House Family Hub - "
          "020 7946 0893, nadia.rahman@newham.gov.uk", "lead_practitioner"),
        P("Plan: as agreed with Ms Khatun, Ms Rahman, the GP and nursery - see closure letter."),
    ], date=sa_date, is_assessment=True)
    when = uk(2026, 10, 6, 10, 31)
    note = cover([P("Morning,"), P("Closure letter and SA attached for Sumaiya and Ibrahim Chowdhury - step down "
                                  "following SA."),
                  L(["Marcus Fairweather", "Senior Practitioner | Assessment Team (East)", "020 7946 0733"]),
                  P(LBN_FOOTER)])
    mail = Mail("outlook", "Marcus Fairweather <Marcus.Fairweather@newham.gov.uk>", ["eastnam@newham.gov.uk"],
                "OFFICIAL-SENSITIVE: SA closure - Chowdhury", when, outlook_id("h5-09"), body_text(note.blocks),
                body_html(note.blocks),
                attachments=[docx_att(letter, "Marcus Fairweather", uk(2026, 10, 5, 16, 15)),
                             export_att(sa, "Liquid Logic Children's System", "Single Assessment", "05/10/2026",
                                        "MFAIRWEATHER")])
    return Case(mail, "east", "2", "submission", "Chowdhury", kids,
                {"name": "Nadia Rahman", "role": "Family Hub Practitioner", "agency": "Custom House Family Hub",
                 "email": "nadia.rahman@newham.gov.uk", "phone": "020 7946 0893"},
                [letter, sa, note],
                "complete; the letter names the lead practitioner but points to the SA for her details; consent and "
                "the lead practitioner's contact details are only in the SA's Recommendations section (guidance "
                "2.3, pathway 2); Bangladeshi mother named Khatun, children Chowdhury; DOBs as '28/2/19' and "
                "'5/10/23'; plan headed Action / By whom / By (date); subject prefixed 'OFFICIAL-SENSITIVE:'",
                "complete; consent and LP contact only in the SA Recommendations; d/m/yy DOBs")


def case_wisniewska() -> Case:
    """The cover note says the assessment is attached; a chronology is attached instead."""
    kids = [("Mikołaj Wiśniewski", D(2015, 11, 3)), ("Zuzanna Wiśniewska", D(2018, 5, 19))]
    letter_date = D(2026, 7, 16)
    m, z = kids
    letter = Doc("List zamykający - closure letter Wiśniewska.pdf", "closure_letter", [
        L(["Newham Children's Services - Assessment Team West"]),
        P(fd(letter_date, "day")),
        P("Dear Ms Wiśniewska,"),
        H("Your family's assessment and what happens next"),
        P(f"Children: {m[0]}, DOB {fd(m[1], 'dots')}; {z[0]}, DOB {fd(z[1], 'dots')}.", dob(m[0]), dob(z[0])),
        P("Our Single Assessment started after Mikołaj told his teacher he was scared of his mother's partner. We "
          "found that the partner has left the household, that you acted quickly to protect the children, and "
          "that Mikołaj now feels safe at home. Zuzanna's speech delay and Mikołaj's anger at school still need "
          "support, but these needs are at level 2, so we will close the case to social care.", "rationale"),
        P("You signed the consent form for early help on 9 July 2026, when I visited you at home.", "consent"),
        P("Your lead practitioner is Mrs Precious Nwachukwu, Designated Safeguarding Lead at Brierley Road Primary "
          "School (p.nwachukwu@brierleyroad.newham.sch.uk).", "lead_practitioner"),
        P("She will be supported by Mr Piotr Sobczak (Family Support Worker, West Ham Family Hub) and Ms Amelia Chen "
          "(Speech and Language Therapist, Newham Children's Therapy Service).", "team_around_family"),
        H("Plan"),
        T([["What", "Who", "Deadline"],
           ["Zones of Regulation group for Mikołaj", "Mrs Nwachukwu", "Weekly from 7 September 2026"],
           ["Speech and language assessment for Zuzanna", "Ms Chen", "By 30 September 2026"],
           ["Parenting after separation course (Polish-speaking group)", "Mr Sobczak to book; Ms Wiśniewska to "
            "attend", "Course starts 15 September 2026"]], "smart_plan"),
        H("If things go wrong"),
        P("If support is refused or stops, Mikołaj's behaviour at school may escalate towards exclusion and "
          "Zuzanna's speech may fall further behind. If the former partner returns to the household or "
          "there is any new disclosure, the school must refer to LBN Triage at once.", "contingency"),
        L(["Yours sincerely", "Gareth Howells", "Social Worker, Assessment Team (West)"], "signature"),
    ], date=letter_date, meta={})
    chron = Doc("Chronology - Wiśniewska.docx", "other", [
        H("Chronology"),
        T([["Date", "Event"],
           ["02/06/2026", "Disclosure by Mikołaj to class teacher; referral to LBN Triage"],
           ["04/06/2026", "Strategy discussion; single agency (CSC) Single Assessment agreed"],
           ["05/06/2026", "Partner leaves the household"],
           ["01/07/2026", "Single Assessment completed and authorised; outcome: step down"],
           ["09/07/2026", "Home visit; consent form signed"]]),
    ], meta={"heading_level": 1})
    when = uk(2026, 7, 16, 15, 2)
    note = cover([P("Hi all,"),
                  P("Please find attached the closure letter and the assessment for the Wiśniewska family."),
                  L(["Thanks", "Gareth Howells", "Social Worker | Assessment Team (West) | 07700 900417"])])
    mail = Mail("outlook", "Gareth Howells <Gareth.Howells@newham.gov.uk>", [NAM["west"]],
                "Wiśniewska - closure letter + assessment", when, outlook_id("h5-10"), body_text(note.blocks),
                body_html(note.blocks),
                attachments=[pdf_att(letter, "Gareth Howells"),
                             docx_att(chron, "Gareth Howells", uk(2026, 7, 16, 14, 50))])
    return Case(mail, "west", "2", "submission", "Wiśniewska", kids,
                {"name": "Precious Nwachukwu", "role": "Designated Safeguarding Lead",
                 "agency": "Brierley Road Primary School", "email": "p.nwachukwu@brierleyroad.newham.sch.uk",
                 "phone": None},
                [letter, chron, note],
                "missing assessment_attached: the cover note says 'the closure letter and the assessment' are "
                "attached, but the second attachment is a chronology (type other) which mentions the Single "
                "Assessment's completion on 01/07/2026; Polish names with the feminine surname form (mother and "
                "Zuzanna Wiśniewska, Mikołaj Wiśniewski); non-ASCII filenames (RFC 2047) including a Polish word; "
                "DOBs as dd.mm.yyyy; lead practitioner with email only",
                "SA claimed but a chronology attached instead; Polish feminine surnames; non-ASCII filenames")


def case_pryce() -> Case:
    """Complete; HTML-only email with the letter in the body, children as bullets and the plan as an HTML table."""
    kids = [("Llinos Pryce", D(2015, 7, 1)), ("Owain Pryce", D(2017, 3, 23)), ("Eluned Pryce", D(2016, 10, 15))]
    letter_date, sa_date = D(2026, 2, 2), D(2026, 1, 26)
    ll, ow, el = kids
    body_letter = Doc(None, "closure_letter", [
        P("Good morning Central NAM - letter to Ms Pryce below, SA attached."),
        P(f"Date: {fd(letter_date, 'long')}"),
        P("Dear Nia,"),
        H("Closing our assessment - support from Abbey Mills Primary School"),
        P("This letter is about:"),
        UL([f"{ll[0]}, born {fd(ll[1], 'ord')}", f"{ow[0]}, born {fd(ow[1], 'ord')}",
            f"{el[0]}, born {fd(el[1], 'ord')}"], dob(ll[0]), dob(ow[0]), dob(el[0])),
        P("We assessed the family after Owain came to school with a bruise to his arm. The assessment found that "
          "the bruise was caused by a fall at football, which his coach confirmed, and that the children are well "
          "cared for. It also found that Llinos is anxious about the move to secondary school and that your housing "
          "is in poor repair. Those needs are at level 2, so social care will not stay involved; the school will "
          "lead an early help plan instead.", "rationale"),
        P("You told me on the phone on 28 January that you are happy for Miss Rees at the school to carry on "
          "helping you and the children, and for the others named below to be involved.", "consent"),
        P("Lead practitioner: Miss Ffion Rees, Family Support Lead, Abbey Mills Primary School - 020 7946 0215, "
          "f.rees@abbeymills.newham.sch.uk", "lead_practitioner"),
        P("Also involved: Ms Yetunde Bakare (School Nurse, Newham 0-19 Service) and Mr Ryszard Nowicki (Housing "
          "Officer, Newham Housing Solutions).", "team_around_family"),
        T([["What needs to change", "What will be done", "Who", "Done by"],
           ["Llinos feels ready for Year 7", "Extra transition visits to Rokeby Park School", "Miss Rees",
            "By 10 July 2026"],
           ["Llinos's worries", "Six sessions with the school nurse", "Ms Bakare", "Start by 27 February 2026"],
           ["Damp in the children's bedroom", "Inspection and repair order", "Mr Nowicki", "Inspection by 20 "
            "February 2026"]], "smart_plan"),
        P("If the family does not take up the support, Llinos's anxiety may stop her going to school and the damp "
          "may affect Eluned's asthma. If Miss Rees becomes worried about the children's safety she will call LBN "
          "Triage; for anything else she will ask the Early Help Partnership Team for advice.", "contingency"),
        L(["Best wishes,", "Tomás Ó Briain", "Social Worker", "Assessment Team (Central)",
           "London Borough of Newham", "020 7946 0590"], "signature"),
    ], fmt="body", date=letter_date)
    sa = Doc("Single Assessment Pryce.docx", "single_assessment", [
        H("SINGLE ASSESSMENT - PRYCE"),
        T([["Assessment completed", fd(sa_date, "slash")], ["Team", "Assessment (Central)"]]),
        T([["Child", "Born"], [ll[0], fd(ll[1], "slash")], [ow[0], fd(ow[1], "slash")], [el[0], fd(el[1], "slash")]],
          dob(ll[0]), dob(ow[0]), dob(el[0])),
        H("Conclusion"),
        P("No safeguarding concerns substantiated; level 2 needs identified (transition anxiety, housing). "
          "Recommend step down to early help with the school as lead.", "rationale"),
    ], date=sa_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 2, 2, 9, 40)
    mail = Mail("owa_html", "Tomás Ó Briain <Tomas.OBriain@newham.gov.uk>", [NAM["central"]],
                "Pryce family – SA closed, early help", when, outlook_id("h5-11"), "",
                body_html(body_letter.blocks, "Segoe UI,sans-serif"),
                attachments=[docx_att(sa, "Tomás Ó Briain", uk(2026, 1, 26, 13, 0))])
    return Case(mail, "central", "2", "submission", "Pryce", kids,
                {"name": "Ffion Rees", "role": "Family Support Lead", "agency": "Abbey Mills Primary School",
                 "email": "f.rees@abbeymills.newham.sch.uk", "phone": "020 7946 0215"},
                [body_letter, sa], body_letter=body_letter, notes=(
                    "complete; HTML-only message (no text/plain) with the letter pasted in the body under a one-line "
                    "greeting; children as an HTML bullet list with ordinal DOBs; plan as an HTML table headed What "
                    "needs to change / What will be done / Who / Done by; consent worded 'you told me on the phone "
                    "... you are happy for Miss Rees ... to carry on helping you'; Welsh family (Llinos, Eluned) and "
                    "an Irish-named worker (Tomás Ó Briain) in the From header"),
                exercises="complete; HTML-only body letter; bullet children; HTML plan table; phone consent")


def case_maxamed() -> Case:
    """One child's DOB only as 'March 2021'; contingency gives escalation but no risks of non-engagement."""
    kids = [("Cabdiraxmaan Maxamed", D(2016, 2, 11)), ("Hibaaq Maxamed", None)]
    letter_date, sa_date = D(2026, 5, 11), D(2026, 4, 29)
    c, h = kids
    letter = Doc("Maxamed family - closure letter.docx", "closure_letter", [
        P(f"{fd(letter_date, 'long')}"),
        P("Dear Ms Cali,"),
        H("Single Assessment outcome: no further social care involvement"),
        P(f"I am writing about {c[0]} ({fd(c[1], 'dots')}) and his sister {h[0]} (born March 2021).", dob(c[0])),
        P("The assessment followed Cabdiraxmaan's school raising concerns about his behaviour and his comments "
          "about being hit. We spoke to both children on their own, to you with a Somali interpreter, and to the "
          "school. We found no evidence that the children are being harmed; Cabdiraxmaan's behaviour is linked to "
          "bullying, which the school is now dealing with. The family's needs - Cabdiraxmaan's behaviour and "
          "your isolation since moving to Newham - can be met through early help, so the case will close.",
          "rationale"),
        P("You consented to early help on 5 May 2026 (verbally, through the interpreter).", "consent"),
        P("Your lead practitioner is Ms Hodan Ismail, Learning Mentor at Eastway Junior School, 07700 900586.",
          "lead_practitioner"),
        P("Working with her: Mrs Ruth Adjei (Reception Teacher, Eastway Infant School) and Mr Abdullahi Nuur "
          "(Community Development Worker, Somali Parents Network).", "team_around_family"),
        T([["Task", "Lead person", "Date"],
           ["Anti-bullying plan reviewed with Cabdiraxmaan", "Ms Ismail", "By 22 May 2026"],
           ["Hibaaq's speech and language screening in class", "Mrs Adjei", "By 5 June 2026"],
           ["Introduction to the Tuesday mothers' group", "Mr Nuur", "By 2 June 2026"],
           ["Behaviour check-in with Ms Cali by phone", "Ms Ismail", "Every other Friday until 17 July 2026"]],
          "smart_plan"),
        P("Should anyone be worried about the children's safety in future, they should contact LBN Triage the same "
          "day.", "contingency:escalation"),
        L(["Kind regards", "Sarah-Jane Whitlock", "Social Worker, Assessment Team South"], "signature"),
    ], date=letter_date, meta={"heading_level": 2})
    sa = Doc("Single Assessment - Cabdiraxmaan.docx", "single_assessment", [
        H("Single Assessment"),
        T([["Child", c[0]], ["Date of birth", fd(c[1], "slash")], ["Assessment completed", fd(sa_date, "slash")]],
          dob(c[0])),
        H("Household"),
        T([["Name", "Relationship", "Age"], ["Faadumo Xasan Cali", "Mother", "38"], [h[0], "Sister", "5"]]),
        H("Analysis"),
        P("Both children presented as happy and well cared for. Cabdiraxmaan described being bullied at school and "
          "said the comment about being hit was 'a joke'. Mother is isolated and has limited English."),
        H("Recommendation"),
        P("Close to social care; early help with the junior school as lead agency.", "rationale"),
    ], date=sa_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 5, 12, 13, 15)
    note = cover([P("Please see attached."),
                  L(["Sarah-Jane Whitlock", "Social Worker - Assessment Team South", "020 7946 0408"])])
    mail = Mail("outlook", "Sarah-Jane Whitlock <SarahJane.Whitlock@newham.gov.uk>",
                ["South NAM <SouthNAM@newham.gov.uk>"],
                "Maxamed", when, outlook_id("h5-12"), body_text(note.blocks), body_html(note.blocks),
                cc=["Danielle Forbes <Danielle.Forbes@newham.gov.uk>"],
                attachments=[docx_att(letter, "Sarah-Jane Whitlock", uk(2026, 5, 11, 17, 30)),
                             docx_att(sa, "Sarah-Jane Whitlock", uk(2026, 4, 29, 11, 5))])
    return Case(mail, "south", "2", "submission", "Maxamed", kids,
                {"name": "Hodan Ismail", "role": "Learning Mentor", "agency": "Eastway Junior School",
                 "email": None, "phone": "07700 900586"},
                [letter, sa, note],
                "missing children_dobs, contingency: Hibaaq Maxamed is given only as 'born March 2021' (month and "
                "year, not a date of birth) and only her age (5) in the SA, which is about Cabdiraxmaan alone; the "
                "only contingency text is 'Should anyone be worried about the children's safety in future, they "
                "should contact LBN Triage' - no risks or impact of non-engagement anywhere; Somali family where the "
                "mother (Faadumo Xasan Cali) and children (Maxamed) have different names; one-word subject "
                "'Maxamed' and "
                "a two-word cover note",
                "child DOB only as 'March 2021'; escalation without risks; one-word subject")


def case_aydin() -> Case:
    """Complete; the worker's email is forwarded as an attached message; SA first done 7 months ago, updated since."""
    kids = [("İlker Aydın", D(2009, 12, 30))]
    letter_date, sa_first, sa_updated = D(2026, 1, 9), D(2025, 6, 20), D(2025, 12, 15)
    il = kids[0]
    letter = Doc("Aydin closure letter Jan 2026.pdf", "closure_letter", [
        L(["London Borough of Newham", "Children and Young People's Services - Assessment Team (West)"]),
        P(fd(letter_date, "day")),
        P("Dear Mrs Aydın and İlker,"),
        H(f"İlker Aydın - date of birth {fd(il[1], 'long')}", dob(il[0])),
        P("Our updated assessment, completed in December, looked again at İlker's school refusal and the "
          "arguments at home after the re-referral from Eastbrook Sixth Form. İlker has been attending college "
          "four days a week since November, has started counselling, and the police have not been called to the "
          "home since September. The needs that remain - İlker's attendance and his low mood - are at level 2, "
          "so the case can close to social care with early help continuing.", "rationale"),
        P("At our meeting on 5 January you and İlker both agreed to early help support from the college.",
          "consent"),
        H("Who will help"),
        P("Lead practitioner: Ms Rosa Fernández, Student Welfare Officer, Eastbrook Sixth Form. Telephone 020 7946 "
          "0364. Email r.fernandez@eastbrook6.sch.uk.", "lead_practitioner"),
        P("Team Around the Family: Mr Kerem Çelik, Youth Worker, Newham Youth Zone; Dr Alison Marr, Clinical "
          "Psychologist, Newham CAMHS.", "team_around_family"),
        H("Plan"),
        UL(["By 23 January 2026 - Ms Fernández - set up a weekly attendance review with İlker (every Friday until "
            "the end of March).",
            "By 30 January 2026 - Dr Marr - confirm the next block of six CBT sessions.",
            "From 14 January 2026 - Mr Çelik - Wednesday evening football and mentoring, reviewed on 25 February.",
            "By 6 February 2026 - Mrs Aydın - attend the parents' workshop on teenage mental health at the "
            "college."], "smart_plan"),
        H("Risks and contingency"),
        P("If İlker stops attending college or disengages from counselling, his low mood may deepen and the "
          "conflict at home may return. If he talks about harming himself, the college will follow its "
          "safeguarding procedure and contact CAMHS crisis; if there is violence at home, the police and LBN "
          "Triage must be called.", "contingency"),
        L(["Yours sincerely,", "Gareth Howells", "Social Worker, Assessment Team (West)"], "signature"),
    ], date=letter_date)
    sa = Doc("SA - Ilker Aydin (updated Dec 2025).docx", "single_assessment", [
        H("Single Assessment"),
        T([["Young person", il[0]], ["Date of birth", fd(il[1], "slash")],
           ["Date completed", fd(sa_first, "slash")], ["Reviewed and updated", fd(sa_updated, "slash")]],
          dob(il[0])),
        H("Update (December 2025)"),
        P("Re-referral from Eastbrook Sixth Form about attendance. Attendance is now 80%; İlker engages with "
          "counselling; no incidents at home since September."),
        H("Recommendation"),
        P("Close to social care; early help with the sixth form as lead.", "rationale"),
    ], date=sa_updated, is_assessment=True, meta={"heading_level": 1})
    inner_note = cover([P("Hi,"),
                        P("Closure letter and updated SA for İlker Aydın attached - step down to early help."),
                        L(["Gareth Howells", "Social Worker | Assessment Team (West)"])])
    inner = Mail("outlook", "Gareth Howells <Gareth.Howells@newham.gov.uk>",
                 ["CYPS Step Down <cyps.stepdown@newham.gov.uk>"], "Step down - Aydın", uk(2026, 1, 9, 16, 20),
                 outlook_id("h5-13-inner"), body_text(inner_note.blocks), body_html(inner_note.blocks),
                 attachments=[pdf_att(letter, "Gareth Howells"),
                              docx_att(sa, "Gareth Howells", uk(2025, 12, 15, 11, 45))],
                 rfc822_name="Step down - Aydin.eml")
    top = cover([P("West NAM,"),
                 P("Gareth sent this to the old step-down mailbox, which is no longer monitored. Forwarding the "
                   "original as an attachment."),
                 L(["Pauline Achterberg", "Team Manager, Assessment Team (West)"])])
    mail = Mail("outlook", "Pauline Achterberg <Pauline.Achterberg@newham.gov.uk>", [NAM["west"]],
                "FW: Step down - Aydın", uk(2026, 1, 12, 9, 55), outlook_id("h5-13"), body_text(top.blocks),
                body_html(top.blocks), attachments=[inner])
    return Case(mail, "west", "2", "submission", "Aydın", kids,
                {"name": "Rosa Fernández", "role": "Student Welfare Officer", "agency": "Eastbrook Sixth Form",
                 "email": "r.fernandez@eastbrook6.sch.uk", "phone": "020 7946 0364"},
                [letter, sa, top, inner_note],
                "complete; team manager forwards the worker's email as an attached message (message/rfc822) because "
                "it went to a retired mailbox; the documents are inside it; Single Assessment first completed "
                "20/06/2025 (over 6 months before the letter of 09/01/2026) but 'Reviewed and updated' 15/12/2025: "
                "recent; single child aged 16 (İlker, Turkish dotted capital I); plan as a bullet list 'By <date> - "
                "<who> - <action>'",
                "complete; forwarded as attached .eml; SA old but updated; single 16-year-old; bullet plan")
