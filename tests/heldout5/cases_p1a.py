"""Pathway 1 (Child in Need / Child Protection plan ended by the Intervention team): cases 1-4."""

from __future__ import annotations

from .case import (NAM, LBN_FOOTER, Case, D, cover, docx_att, export_att, fd, outlook_id, pdf_att, uk)
from .mail import Mail
from .model import Doc, H, L, P, T, UL, dob
from .render import body_html, body_text


def case_pritchard() -> Case:
    """Complete; children in a table; lead practitioner by role first, named later; irrelevant chronology."""
    kids = [("Gwenllian Pritchard", D(2015, 3, 4)), ("Rhys Pritchard", D(2017, 11, 12)),
            ("Dafydd Pritchard", D(2022, 6, 30))]
    letter_date, sa_date = D(2026, 5, 18), D(2026, 3, 24)
    g, r, d = kids
    letter = Doc("Pritchard - step down letter 18.05.26.docx", "closure_letter", [
        L(["Children and Young People's Services", "London Borough of Newham", "Newham Dockside",
           "1000 Dockside Road, London E16 2QU"]),
        L(["Ms Siân Pritchard", "14 Cwrt Terrace, London E12 6TT"]),
        P(f"Date: {fd(letter_date, 'ord')}"),
        P("Dear Siân,"),
        H("Re: Stepping down from Children's Social Care to Early Help"),
        P("Following the final Child in Need review meeting held at Saltmarsh Primary School on Tuesday 12th May "
          "2026, I am writing to confirm what we agreed together.", "transition_meeting"),
        P("At that meeting you told us you would like to carry on receiving support from the school and the "
          "family hub once the Child in Need plan ends, and you signed the early help consent form.", "consent"),
        H("Your children"),
        T([["Name", "Born", "School / nursery"],
           [g[0], fd(g[1], "of"), "Saltmarsh Primary School, Year 6"],
           [r[0], fd(r[1], "dots2"), "Saltmarsh Primary School, Year 3"],
           [d[0], fd(d[1], "long"), "Little Ilford Family Hub nursery"]], dob(g[0]), dob(r[0]), dob(d[0])),
        H("Why we are stepping down"),
        P("The children were made subject to a Child in Need plan in October 2025 after the police were called to "
          "an incident of domestic abuse at home. Since then you have completed the Freedom Programme, Mr "
          "Pritchard has moved out and contact now happens at his mother's house, and Gwenllian's attendance has "
          "risen from 81% to 96%. The children told me they feel safe at home. Everyone at the review agreed that "
          "the family's remaining needs sit at level 2 and can be met through early help without a social worker.",
          "rationale"),
        H("Who will support you"),
        P("The school's Designated Safeguarding Lead will lead your early help plan and will contact you before "
          "the half-term break to arrange your first Team Around the Family meeting."),
        P("The other professionals in your Team Around the Family are Ms Folake Adeyemi (School Nurse, Newham "
          "0-19 Service), Dr Tomasz Nowicki (GP, Cranberry Lane Surgery) and Mr Dewi Morgan (Family Support "
          "Worker, Little Ilford Family Hub).", "team_around_family"),
        H("Our plan"),
        T([["Outcome we want", "Action", "Person responsible", "Target date"],
           ["Gwenllian keeps attendance above 95%", "Weekly attendance check-in with Gwenllian and Siân",
            "Mrs Hughes (DSL)", "Every Friday until 17 July 2026"],
           ["Rhys can talk about his feelings", "Six sessions with the school's play therapist",
            "Mrs Hughes to book", "Start by 5 June 2026"],
           ["Dafydd is ready for Reception", "Nursery transition visits to Saltmarsh Primary",
            "Mr Morgan", "By 10 July 2026"],
           ["Siân feels supported", "Join the Tuesday parents' group at Little Ilford Family Hub",
            "Siân, with Mr Morgan", "From 2 June 2026"]], "smart_plan"),
        H("If things don't go to plan"),
        P("If you stop engaging with the plan, or Gwenllian's attendance falls below 90% again, the progress the "
          "family has made could be lost and the children could again be affected by conflict at home. If Mrs "
          "Hughes or anyone in your Team Around the Family becomes worried that the children are at risk of "
          "significant harm, they will refer straight to Newham Children's Triage; for lower-level worries they "
          "will ask the Early Help Partnership Team for advice.", "contingency"),
        H("Contact details for your lead practitioner"),
        P("Mrs Eirlys Hughes, Designated Safeguarding Lead, Saltmarsh Primary School - telephone 020 7946 0562, "
          "email e.hughes@saltmarsh.newham.sch.uk", "lead_practitioner"),
        P("I have enclosed a copy of your updated Single Assessment."),
        L(["Yours sincerely,", "", "Carys Vaughan", "Social Worker, Intervention Team (East)",
           "Telephone: 020 7946 0318"], "signature"),
    ], date=letter_date, meta={"heading_level": 0, "font": "Arial"})
    sa = Doc("Single Assessment - PRITCHARD family (updated).pdf", "single_assessment", [
        H("Single Assessment - review"),
        T([["Case reference", "Assessment started", "Assessment completed", "Authorised by manager"],
           ["CF-1184372", "02/03/2026", fd(sa_date, "slash"), "27/03/2026"]]),
        H("1. Children"),
        T([["Full name", "Date of birth", "Gender", "Ethnicity"],
           [g[0], fd(g[1], "slash"), "Female", "White - Welsh"],
           [r[0], fd(r[1], "slash"), "Male", "White - Welsh"],
           [d[0], fd(d[1], "slash"), "Male", "White - Welsh"]], dob(g[0]), dob(r[0]), dob(d[0])),
        H("2. Reason for this assessment"),
        P("Review of the children's needs after five months of the Child in Need plan, to inform the decision "
          "about whether the plan can end."),
        H("3. Analysis"),
        P("Siân has completed the Freedom Programme and has a clear safety plan. There have been no further "
          "police call-outs since November 2025. Mr Pritchard has not returned to the home. The children present "
          "as settled and school report a marked improvement in Gwenllian's attendance and mood."),
        H("4. Recommendation"),
        P("End the Child in Need plan and step the family down to early help led by universal services, "
          "with the school as lead agency."),
    ], date=sa_date, is_assessment=True)
    chron = Doc("Chronology Pritchard.docx", "other", [
        H("Chronology of significant events - Pritchard family"),
        T([["Date", "Event", "Source"],
           ["14/10/2025", "Police report of domestic incident at the family home", "MASH"],
           ["21/10/2025", "Strategy discussion: threshold for s47 not met; Single Assessment", "LBN Triage"],
           ["11/11/2025", "Initial Child in Need meeting", "Intervention Team"],
           ["13/01/2026", "Child in Need review", "Intervention Team"],
           ["10/03/2026", "Child in Need review", "Intervention Team"]]),
    ], meta={"heading_level": 1})
    when = uk(2026, 5, 19, 9, 12)
    note = cover([P("Hi East NAM,"),
                  P("Please find attached the closure letter, the updated Single Assessment and the chronology for "
                    "the Pritchard family. Child in Need plan ended at the review on 12/05."),
                  L(["Thanks,", "Carys", "", "Carys Vaughan | Social Worker | Intervention Team (East)",
                     "London Borough of Newham", "020 7946 0318"]), P(LBN_FOOTER)])
    mail = Mail("outlook", "Carys Vaughan <Carys.Vaughan@newham.gov.uk>", [NAM["east"]],
                "Pritchard - CIN closure / step down to early help", when, outlook_id("h5-01"),
                body_text(note.blocks), body_html(note.blocks),
                cc=["Eirlys Hughes <e.hughes@saltmarsh.newham.sch.uk>"],
                attachments=[docx_att(letter, "Carys Vaughan", uk(2026, 5, 18, 16, 40)),
                             export_att(sa, "CareFirst 6", "Single Assessment - PRITCHARD", "19/05/2026 09:05",
                                        "cvaughan"),
                             docx_att(chron, "Carys Vaughan", uk(2026, 5, 18, 16, 55))])
    return Case(mail, "east", "1", "submission", "Pritchard", kids,
                {"name": "Eirlys Hughes", "role": "Designated Safeguarding Lead", "agency": "Saltmarsh Primary School",
                 "email": "e.hughes@saltmarsh.newham.sch.uk", "phone": "020 7946 0562"},
                [letter, sa, chron, note],
                "complete; Welsh family (Siân, Gwenllian); children in a table in the letter with DOBs in three "
                "formats ('the 4th of March 2015', '12.11.17', '30 June 2022'); lead practitioner first introduced by "
                "role ('the school's Designated Safeguarding Lead') and named with contact details in a later "
                "section; plan headed Outcome we want / Action / Person responsible / Target date; contingency under "
                "'If things don't go to plan'; unrelated chronology .docx attached (type other); SA as a "
                "case-management print (started 02/03, completed 24/03, authorised 27/03/2026)",
                "complete; Welsh names; children table; LP by role then named later; odd plan columns; irrelevant "
                "chronology attached")


def case_kowalczyk() -> Case:
    """The final CIN meeting is still to be arranged; an earlier CIN review was held (not the transition meeting)."""
    kids = [("Łucja Kowalczyk", D(2016, 3, 4)), ("Jędrzej Kowalczyk", D(2019, 7, 22))]
    letter_date, sa_date = D(2026, 6, 3), D(2026, 4, 9)
    lu, je = kids
    letter = Doc("Kowalczyk closure letter.pdf", "closure_letter", [
        L(["London Borough of Newham - Intervention Service (West)", "Newham Dockside, 1000 Dockside Road, E16 2QU"]),
        P(fd(letter_date, "ord")),
        P("Dear Mrs Kowalczyk,"),
        H("Closure of Child in Need Plan - Transition to Early Help"),
        P("This letter is about your children:"),
        UL([f"{lu[0]} - born {fd(lu[1], 'dots2')}", f"{je[0]} - born {fd(je[1], 'dots2')}"], dob(lu[0]), dob(je[0])),
        P("At the Child in Need review on 14 April 2026 we first talked about ending the plan. When I visited you "
          "at home on 27 May 2026 you agreed to receive early help support once my involvement ends and you signed "
          "the early help consent form.", "consent"),
        P("Over the last eight months we have worked together on routines at home, on getting Jędrzej's eczema "
          "treated and on the rent arrears, which are now being repaid through a payment plan. Łucja no longer "
          "arrives at school hungry and her teacher says she is happier. Because the concerns that led to the "
          "plan have reduced and what remains can be met at level 2, I am recommending that social care "
          "involvement ends.", "rationale"),
        P("A final Child in Need meeting will be arranged for the week commencing 15 June 2026, when I will hand "
          "over to your lead practitioner."),
        H("Your early help lead practitioner"),
        P("Mrs Agnieszka Dąbrowska, Family Liaison Officer at Orchard Lane Primary School, has agreed to lead your "
          "early help support. You can reach her on 07700 900731.", "lead_practitioner"),
        P("She will work alongside Ms Joanna Pietrzak (Health Visitor, Newham 0-19 Service) and Mr Rafał Wróbel "
          "(Łucja's class teacher, Orchard Lane Primary School).", "team_around_family"),
        H("What we agreed"),
        P("By 30 June 2026 Mrs Dąbrowska will refer Jędrzej to the speech and language drop-in at the children's "
          "centre. By 10 July 2026 Ms Pietrzak will review Jędrzej's eczema plan with you at home. Until the end of "
          "the summer term (22 July 2026) Mr Wróbel will check each Monday that Łucja has had breakfast and will "
          "let Mrs Dąbrowska know if not. You will keep up the agreed arrears payments every fortnight and tell "
          "Mrs Dąbrowska straight away if you receive a notice from your landlord.", "smart_plan"),
        H("Risks and what happens if things get worse"),
        P("If the plan is not followed, the children could again miss meals and Jędrzej's skin could get worse, "
          "and the arrears could put your tenancy at risk. If the school or health visitor see signs that the "
          "children's needs are not being met, or there is a new concern about their safety, they will make a "
          "referral to Newham Children's Triage; otherwise they will seek advice from the Early Help Partnership "
          "Team.", "contingency"),
        L(["Yours sincerely", "", "Olusegun Bamidele", "Senior Social Worker, Intervention Team (West)"],
          "signature"),
    ], date=letter_date)
    sa = Doc("Single Assessment - Kowalczyk.docx", "single_assessment", [
        H("SINGLE ASSESSMENT"),
        T([["Family", "Kowalczyk"], ["Date of assessment", fd(sa_date, "dots")],
           ["Type", "Review assessment (Child in Need)"]]),
        H("Children in the household"),
        T([["Child", "DOB", "Age"], [lu[0], fd(lu[1], "dots"), "10"], [je[0], fd(je[1], "dots"), "6"]],
          dob(lu[0]), dob(je[0])),
        H("Summary"),
        P("Mother has engaged well with the Child in Need plan. Home conditions are good on every visit; food is "
          "in the house. Jędrzej's eczema is now under the care of the GP. Rent arrears reduced from £2,300 to £900."),
        H("Outcome"),
        P("The children's needs no longer meet the threshold for a statutory plan. Recommend closure with "
          "transition to early help, school as lead agency.", "rationale"),
    ], date=sa_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 6, 4, 14, 27)
    note = cover([P("Good afternoon,"),
                  P("Please see attached closure letter and assessment for the Kowalczyk family. Final CIN to be "
                    "booked - I will confirm the date."),
                  L(["Kind regards", "Olusegun Bamidele", "Senior Social Worker | Intervention Team (West)",
                     "Children and Young People's Services | London Borough of Newham", "M: 07700 900118"])])
    mail = Mail("owa_html", "Olusegun Bamidele <Olusegun.Bamidele@newham.gov.uk>", [NAM["west"]],
                "Closure/step down - Kowalczyk", when, outlook_id("h5-02"), body_text(note.blocks),
                body_html(note.blocks, "Aptos,Arial,sans-serif"),
                attachments=[pdf_att(letter, "Olusegun Bamidele", serif=True),
                             docx_att(sa, "Olusegun Bamidele", uk(2026, 4, 9, 15, 0))])
    return Case(mail, "west", "1", "submission", "Kowalczyk", kids,
                {"name": "Agnieszka Dąbrowska", "role": "Family Liaison Officer",
                 "agency": "Orchard Lane Primary School",
                 "email": None, "phone": "07700 900731"},
                [letter, sa, note],
                "missing transition_meeting: the final Child in Need meeting 'will be arranged for the week "
                "commencing 15 June 2026' (letter) and is 'to be booked' (cover note); an earlier CIN review on 14 "
                "April 2026 is mentioned but is not the final/transition meeting; Polish names (Łucja, Jędrzej, "
                "Dąbrowska, Wróbel); children as a bullet list with DOBs as dd.mm.yy; plan written as prose with "
                "owners and dates; HTML-only body (no text/plain part)",
                "final CIN 'to be arranged' while an earlier CIN review was held; Polish diacritics; bullet-list "
                "children with dd.mm.yy DOBs; prose plan; HTML-only body")


def case_warsame() -> Case:
    """Consent to information sharing only, not to early help; Single Assessment from the start of the CIN plan."""
    kids = [("Sagal Abdi Mohamed", D(2012, 9, 19)), ("Mustafe Abdi Mohamed", D(2016, 1, 7)),
            ("Ilhan Abdi Mohamed", D(2020, 12, 2))]
    letter_date, sa_date = D(2026, 4, 30), D(2025, 10, 14)
    s, m, i = kids
    letter = Doc("Letter to Ms Warsame Ali - end of CIN plan.docx", "closure_letter", [
        P(f"Date: {fd(letter_date, 'slash')}"),
        P("Dear Ms Warsame Ali"),
        H("End of the Child in Need plan"),
        P(f"This letter concerns {s[0]}, born {fd(s[1], 'slash')}; {m[0]}, born {fd(m[1], 'slash')}; and "
          f"{i[0]}, born {fd(i[1], 'slash')}.", dob(s[0]), dob(m[0]), dob(i[0])),
        P("Thank you for meeting with us at the final Child in Need meeting on 28th April 2026 at Beckton Family "
          "Hub, with Ms Osei and Nurse Blake.", "transition_meeting"),
        P("Since October the family has moved from the hostel into a two-bedroom flat, Mustafe has an EHC needs "
          "assessment under way, and Sagal is now attending the homework club three times a week. The worries about "
          "supervision that led to the plan have not been repeated for four months. For these reasons the plan can "
          "end and any remaining needs can be supported at early help level.", "rationale"),
        P("You agreed that information about the children can be shared with Sagal's school and with the GP "
          "surgery. You have not yet decided whether you want ongoing early help support, and you said you will "
          "let Ms Osei know your decision after Eid."),
        H("Who to contact"),
        P("Ms Abena Osei, Pastoral Manager at Rivermead Academy, has agreed to be the family's lead "
          "practitioner: a.osei@rivermead-academy.sch.uk, 020 7946 0741.", "lead_practitioner"),
        P("The other people who know the family are Nurse Kirsty Blake (School Nurse, Newham 0-19 Service) and "
          "Mrs Layla Hassan (Community Link Worker, Beckton Family Hub).", "team_around_family"),
        H("The plan we discussed"),
        T([["Need", "What will happen", "Who", "When"],
           ["Sagal's GCSE options", "Careers interview and options evening", "Ms Osei", "By 15 May 2026"],
           ["Mustafe's learning needs", "Share EHC needs assessment outcome with school", "Ms Warsame Ali",
            "Within a week of the decision letter"],
           ["Ilhan's health checks", "School-entry health review and vision check", "Nurse Blake",
            "By 30 June 2026"],
           ["Household budget", "Appointment with the Beckton Family Hub welfare adviser", "Mrs Hassan",
            "By 22 May 2026"]], "smart_plan"),
        H("If things change"),
        P("If support is not taken up, Mustafe's needs may not be met at school and the family could fall behind "
          "with the new tenancy. If anyone becomes worried again about supervision of the children or their "
          "safety, they must contact LBN Triage straight away.", "contingency"),
        L(["Yours sincerely", "Deborah Mensah-Ford", "Social Worker", "Intervention Team South",
           "London Borough of Newham"], "signature"),
    ], date=letter_date, meta={"font": "Calibri", "heading_level": 2})
    sa = Doc("SA Abdi Mohamed children Oct 2025.pdf", "single_assessment", [
        H("Single Assessment"),
        T([["Start date", "Completed", "Authorised"], ["01/10/2025", fd(sa_date, "slash"), "20/10/2025"]]),
        T([["Child", "DOB", "School"], [s[0], fd(s[1], "abbr"), "Rivermead Academy"],
           [m[0], fd(m[1], "abbr"), "Rivermead Academy"], [i[0], fd(i[1], "abbr"), "Rivermead Academy (Reception)"]],
          dob(s[0]), dob(m[0]), dob(i[0])),
        H("Reason for referral"),
        P("Police found Mustafe (9) and Ilhan (4) alone in the hostel room late in the evening on 26/09/2025."),
        H("Analysis"),
        P("Ms Warsame Ali is a single parent in temporary accommodation with no family in London. She works "
          "evening shifts and had no childcare. The children are well cared for otherwise and are attached to "
          "their mother. Supervision and housing are the main needs."),
        H("Recommendation"),
        P("Child in Need plan under section 17 to secure childcare, housing and an assessment of Mustafe's "
          "learning needs. Review in three months."),
    ], date=sa_date, is_assessment=True)
    when = uk(2026, 4, 30, 17, 51)
    note = cover([P("Hi, attached closure letter and SA for Sagal, Mustafe and Ilhan. Sending from my phone, "
                    "sorry for the brevity."),
                  L(["Deborah", "Deborah Mensah-Ford, Social Worker, Intervention Team South"]),
                  P("Sent from my iPhone")])
    mail = Mail("iphone", "Deborah Mensah-Ford <Deborah.Mensah-Ford@newham.gov.uk>", ["southnam@newham.gov.uk"],
                "CIN closure Abdi Mohamed children", when, "<3F2A91C7-5D0B-4E8A-9B61-A0C4D7E21F55@newham.gov.uk>",
                body_text(note.blocks),
                attachments=[docx_att(letter, "Deborah Mensah-Ford", uk(2026, 4, 30, 16, 2)),
                             export_att(sa, "Liquid Logic Children's System", "Single Assessment", "30/04/2026",
                                        "DMENSAHFORD")])
    return Case(mail, "south", "1", "submission", "Abdi Mohamed", kids,
                {"name": "Abena Osei", "role": "Pastoral Manager", "agency": "Rivermead Academy",
                 "email": "a.osei@rivermead-academy.sch.uk", "phone": "020 7946 0741"},
                [letter, sa, note],
                "missing assessment_recent, consent: mother agreed only to information sharing with the school and "
                "GP and 'has not yet decided whether she wants ongoing early help support'; the Single Assessment "
                "is the one written at the start of the CIN plan (started 01/10, completed 14/10, authorised "
                "20/10/2025), more than 6 months before the letter (30/04/2026); Somali family where the children's "
                "surname (Abdi Mohamed) differs from the mother's (Warsame Ali); children named in a prose sentence; "
                "iPhone Mail to a lower-case southnam@ address",
                "consent for information sharing but not early help; SA over 6 months old; Somali naming; children "
                "in prose")


def case_yildiz() -> Case:
    """Letter pasted into the body; lead practitioner and Team Around the Family given by role only; newborn."""
    kids = [("Çağla Yıldız", D(2012, 10, 9)), ("Emir Yıldız", D(2026, 3, 4))]
    letter_date, sa_date = D(2026, 6, 8), D(2026, 5, 21)
    c, e = kids
    body_letter = Doc(None, "closure_letter", [
        P(f"Date: {fd(letter_date, 'dayc')}"),
        P("Dear Mr and Mrs Yıldız,"),
        H("RE: Çağla and Emir - ending the Child in Need plan"),
        P(f"Children: {c[0]} (date of birth {fd(c[1], 'ord')}) and {e[0]} (date of birth {fd(e[1], 'dots2')}).",
          dob(c[0]), dob(e[0])),
        P("Thank you both for coming to our final Child in Need meeting on Wednesday 3rd June at Carpenters "
          "Children's Centre. As we discussed there, the Child in Need plan has now ended.", "transition_meeting"),
        P("You both said you were happy to accept support from the children's centre and the school after my "
          "involvement ends, and you signed the early help consent form at the meeting.", "consent"),
        P("The plan started in December 2025 because of Çağla's self-harm and the arguments at home during Mrs "
          "Yıldız's pregnancy. Çağla has since been seen by CAMHS, has not self-harmed since February and is back "
          "in full-time lessons. You have both finished the Triple P Teen course. Emir was born healthy and is "
          "thriving. We agreed the remaining needs are at level 2 and do not need a social worker.", "rationale"),
        P("The Family Support Worker at Carpenters Children's Centre will be your lead professional and will "
          "contact you in the next two weeks. Çağla's Head of Year and the health visitor will stay involved."),
        T([["Goal", "Steps", "Who", "Deadline"],
           ["Çağla feels able to ask for help at school", "Weekly check-in with her Head of Year",
            "Head of Year", "Every Monday until 17/07/2026"],
           ["Emir's development is on track", "6-8 month development review at home", "Health visitor",
            "By 30/09/2026"],
           ["Calmer evenings at home", "Four sessions on managing conflict at the children's centre",
            "Family Support Worker with Mr and Mrs Yıldız", "Completed by 31/07/2026"]], "smart_plan"),
        P("If the family stops working with the children's centre, or Çağla's mood drops again, there is a risk "
          "that the self-harm returns and that the arguments at home start to affect Emir. If that happens the "
          "school or children's centre will talk to the Early Help Partnership Team, and if Çağla is at risk of "
          "serious harm they will contact LBN Triage the same day.", "contingency"),
        P("I have attached the updated Single Assessment for your records."),
        L(["Kind regards,", "", "Hannah Okoro", "Social Worker", "Intervention Team (Central) | Children and Young "
           "People's Services", "London Borough of Newham", "Tel: 020 7946 0275"], "signature"),
    ], fmt="body", date=letter_date)
    sa = Doc("SA Yildiz updated May 2026.docx", "single_assessment", [
        H("Single Assessment (updated)"),
        P(f"Family: Yıldız. Date updated: {fd(sa_date, 'slash')}. Original assessment: 02/12/2025."),
        T([["Name", "Date of Birth", "Relationship"], [c[0], fd(c[1], "slash"), "Daughter"],
           [e[0], fd(e[1], "slash"), "Son"], ["Elif Yıldız", "", "Mother"], ["Mehmet Yıldız", "", "Father"]],
          dob(c[0]), dob(e[0])),
        H("Professionals consulted"),
        UL(["Head of Year 8, Carpenters Park Secondary School", "Health visitor, Stratford 0-19 team",
            "CAMHS Stratford (closed to CAMHS in May 2026)"]),
        H("Analysis and recommendation"),
        P("Çağla's risk of self-harm has reduced substantially and parents are working together. The statutory "
          "plan is no longer required; step down to early help with the children's centre as lead.", "rationale"),
    ], date=sa_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 6, 8, 11, 3)
    mail = Mail("outlook", "Hannah Okoro <Hannah.Okoro@newham.gov.uk>", ["CentralNAM <CentralNAM@newham.gov.uk>"],
                "Step down letter – Yıldız (CIN closed)", when, outlook_id("h5-04"),
                "Hello Central NAM team, my letter to the family is below and the updated SA is attached.\n\n"
                + body_text(body_letter.blocks),
                body_html([P("Hello Central NAM team, my letter to the family is below and the updated SA is "
                             "attached.")] + body_letter.blocks),
                attachments=[docx_att(sa, "Hannah Okoro", uk(2026, 5, 21, 12, 30))])
    return Case(mail, "central", "1", "submission", "Yıldız", kids, None, [body_letter, sa],
                body_letter=body_letter, notes=(
                "missing lead_practitioner, team_around_family: the lead professional is given only as 'the Family "
                "Support Worker at Carpenters Children's Centre' and the others only as 'Çağla's Head of Year and "
                "the health visitor' (roles, no names anywhere, also none in the SA's list of professionals "
                "consulted); letter pasted into the email body under a one-line note; newborn Emir with DOB "
                "'04.03.26'; Turkish names (Çağla, Yıldız) in the subject, body and letter; plan table headed Goal / "
                "Steps / Who / Deadline with roles as owners"),
                exercises="letter in the body; LP and TAF by role only; newborn DOB as 04.03.26; Turkish diacritics")
