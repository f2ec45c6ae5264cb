"""Pathway 3 (Families First to universal services, with the Early Help Record): cases 16-20."""

from __future__ import annotations

from .case import (NAM, LBN_FOOTER, Case, D, cover, docx_att, export_att, fd, jpeg_att, outlook_id, pdf_att, uk)
from .mail import Mail
from .model import Doc, H, L, P, T, UL, dob, placeholder
from .render import body_html, body_text


def case_griffiths() -> Case:
    """Early Help Record from the start of the work (over 6 months old); the letter gives no rationale."""
    kids = [("Cai Griffiths", D(2017, 4, 4)), ("Mali Griffiths", D(2024, 2, 29))]
    letter_date, ehr_date = D(2026, 3, 2), D(2025, 8, 11)
    c, m = kids
    letter = Doc("Griffiths FF closure.docx", "closure_letter", [
        P(fd(letter_date, "long")),
        P("Dear Rhiannon,"),
        H(f"Cai ({fd(c[1], 'short')}) and Mali ({fd(m[1], 'ord')}) Griffiths", dob(c[0]), dob(m[0])),
        P("I am writing to let you know that Families First will close your case on 6 March 2026."),
        P("At the Team Around the Family meeting on 24 February 2026 at Godwin Junior School you agreed to "
          "continue with early help from the school, with Mrs Okonkwo as your lead practitioner.",
          "transition_meeting", "consent"),
        P("Lead practitioner: Mrs Chioma Okonkwo, Inclusion Lead, Godwin Junior School, tel. 020 7946 0128.",
          "lead_practitioner"),
        P("Also in your Team Around the Family: Ms Sioned Parry (Health Visitor, Newham 0-19 Service) and Mr Dan "
          "Whelan (Play Worker, Godwin Adventure Playground).", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Cai's reading catch-up (3 x 20 minutes a week)", "Mrs Okonkwo", "Until 22 May 2026, then review"],
           ["Mali's 2-year development review", "Ms Parry", "By 27 March 2026"],
           ["Saturday play scheme place for Cai", "Mr Whelan", "From 14 March 2026"],
           ["Rhiannon to attend the school's parent coffee morning", "Rhiannon", "First one on 13 March 2026"]],
          "smart_plan"),
        P("If the plan isn't kept to, Cai may fall further behind with his reading and Rhiannon may become isolated "
          "again. If Mrs Okonkwo is worried that things are getting worse she will ask the Early Help Partnership "
          "Team for advice, and if she thinks the children are at risk of harm she will refer to LBN Triage.",
          "contingency"),
        L(["Best wishes", "Catrin Howell", "Families First Coach, Families First (Central)"], "signature"),
    ], date=letter_date, meta={"heading_level": 0})
    ehr = Doc("EHR - Griffiths.pdf", "early_help_record", [
        H("Early Help Record - Assessment"),
        T([["Start date", "Assessment completed", "Lead agency"], ["04/08/2025", fd(ehr_date, "slash"),
                                                                  "Families First (Central)"]]),
        T([["Child", "DOB"], [c[0], fd(c[1], "slash")], [m[0], fd(m[1], "slash")]], dob(c[0]), dob(m[0])),
        H("Reason for request for support"),
        P("Referral from Godwin Junior School: Cai's attendance 78%, arriving late and hungry; mother recently "
          "separated and low in mood."),
        H("Assessment"),
        P("Rhiannon is caring for two young children alone after her partner left in June. She is isolated, "
          "struggling with morning routines and behind on council tax. Cai is behind with reading."),
        H("Plan"),
        P("Twelve weeks of Families First support: morning routine work, a referral to the GP for Rhiannon's "
          "mood, and help with the council tax arrears. Review in November 2025."),
    ], date=ehr_date, is_assessment=True)
    when = uk(2026, 3, 2, 16, 48)
    note = cover([P("Hi Central NAM,"), P("Closure letter and EHR attached for the Griffiths family."),
                  L(["Diolch / Thanks,", "Catrin Howell", "Families First Coach (Central) | 07700 900522"])])
    mail = Mail("outlook", "Catrin Howell <Catrin.Howell@newham.gov.uk>", [NAM["central"]],
                "FF closure - Griffiths", when, outlook_id("h5-16"), body_text(note.blocks), body_html(note.blocks),
                attachments=[docx_att(letter, "Catrin Howell", uk(2026, 3, 2, 15, 30)),
                             export_att(ehr, "Early Help Module", "Early Help Record - GRIFFITHS", "02/03/2026 16:40",
                                        "chowell")])
    return Case(mail, "central", "3", "submission", "Griffiths", kids,
                {"name": "Chioma Okonkwo", "role": "Inclusion Lead", "agency": "Godwin Junior School", "email": None,
                 "phone": "020 7946 0128"},
                [letter, ehr, note],
                "missing assessment_recent, rationale: the only Early Help Record is the assessment written at the "
                "start of Families First work (started 04/08/2025, completed 11/08/2025; print date 02/03/2026 is "
                "not an assessment date), more than 6 months before the letter (02/03/2026), and it recommends "
                "Families First support rather than a step down; the letter only says Families First 'will close "
                "your case' - no summary of work or reason; Welsh family with a leap-day DOB (Mali, 29th February "
                "2024) and Cai's DOB as '4/4/17'; children named in the letter heading",
                "EHR from the start of the work (old, no rationale); leap-day DOB; children in the heading")


def case_ozturk() -> Case:
    """'Name/Title/Contact Details' left for the Team Around the Family, no names anywhere; no contingency."""
    kids = [("Berk Öztürk", D(2013, 5, 5)), ("Defne Öztürk", D(2016, 11, 21)), ("Ayşe Öztürk", D(2023, 7, 14))]
    letter_date, ehr_date = D(2026, 9, 29), D(2026, 9, 22)
    b, d, a = kids
    letter = Doc("Transition to early help - Öztürk.docx", "closure_letter", [
        P(fd(letter_date, "slash")),
        P("Dear Mrs Öztürk"),
        H("Transition to Early Help: Öztürk Family"),
        T([["Child", "Date of birth"], [b[0], fd(b[1], "ord")], [d[0], fd(d[1], "ord")], [a[0], fd(a[1], "ord")]],
          dob(b[0]), dob(d[0]), dob(a[0])),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that Families First involvement with you will "
          "now come to an end.", "consent"),
        P("At the Team Around the Family meeting on 22 September 2026, attended by you, the children's school and "
          "the health visitor, we reviewed the Early Help Record. Over the last six months you have moved into "
          "settled accommodation, Berk's exclusions have stopped and Ayşe is now registered with a GP and up to "
          "date with her immunisations. We all agreed that your family no longer needs Families First and that "
          "universal services can support the needs that remain.", "transition_meeting", "rationale"),
        H("Recommendations for Early Help support"),
        P("I have attached to this letter a copy of your Early Help Record, which includes our agreed plan."),
        H("Next Steps"),
        P("Your identified Early Help Lead Practitioner is Ms Leyla Arslan, Family Support Worker, Forest Gate "
          "Family Hub, 07700 900349.", "lead_practitioner"),
        P("The professionals who will be involved in your early help support – your Team Around the Family – are: "
          "Name/Title/Contact Details, Name/Title/Contact Details – as appropriate.",
          placeholder("Name/Title/Contact Details")),
        P("These professionals are now responsible for actively participating in early help for your family."),
        L(["With best wishes for the future", "", "Kwabena Asare", "Families First Coach"], "signature"),
    ], date=letter_date, meta={"heading_level": 2})
    ehr = Doc("Early Help Record Ozturk 22.09.2026.docx", "early_help_record", [
        H("Early Help Record - assessment and plan (reviewed)"),
        P(f"Reviewed at TAF meeting: {fd(ehr_date, 'dots')}", "transition_meeting"),
        T([["Name", "DOB"], [b[0], fd(b[1], "dots")], [d[0], fd(d[1], "dots")], [a[0], fd(a[1], "dots")]],
          dob(b[0]), dob(d[0]), dob(a[0])),
        H("Professionals involved"),
        UL(["Families First Coach (author)", "Class teacher, Odessa Park Primary School",
            "Head of Year 9, Stratford Heights School", "Health visitor, Forest Gate 0-19 team"]),
        H("Summary"),
        P("Family rehoused in April 2026. Berk: no exclusions since May. Ayşe: GP registration and immunisations "
          "complete. Mother engaging well with the family hub.", "rationale"),
        H("Plan"),
        T([["Need", "Action", "Who", "By"],
           ["Berk's behaviour at school", "Weekly mentoring", "Head of Year 9", "Start 05/10/2026"],
           ["Defne's reading", "Reading intervention group", "Class teacher", "From 05/10/2026 to 18/12/2026"],
           ["Ayşe's nursery place", "Apply for 15 hours funded place", "Ms Arslan with Mrs Öztürk",
            "By 16/10/2026"]], "smart_plan"),
    ], date=ehr_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 9, 30, 10, 12)
    note = cover([P("Dear West NAM colleagues"),
                  P("Please find attached the closure letter and Early Help Record for the Öztürk family, stepping "
                    "down from Families First to the family hub."),
                  L(["Kind regards", "Kwabena Asare", "Families First Coach (West)", "London Borough of Newham"])])
    mail = Mail("outlook", "Kwabena Asare <Kwabena.Asare@newham.gov.uk>", [NAM["west"]],
                "Öztürk - step down FF", when, outlook_id("h5-17"), body_text(note.blocks), body_html(note.blocks),
                attachments=[docx_att(letter, "Kwabena Asare", uk(2026, 9, 29, 12, 0)),
                             docx_att(ehr, "Kwabena Asare", uk(2026, 9, 22, 15, 10))])
    return Case(mail, "west", "3", "submission", "Öztürk", kids,
                {"name": "Leyla Arslan", "role": "Family Support Worker", "agency": "Forest Gate Family Hub",
                 "email": None, "phone": "07700 900349"},
                [letter, ehr, note],
                "missing contingency, team_around_family, template_text: 'Name/Title/Contact Details, "
                "Name/Title/Contact Details – as appropriate' left for the Team Around the Family; the TAF meeting "
                "was 'attended by you, the children's school and the health visitor' and the EHR lists professionals "
                "by role only; no risks or contingency anywhere; template wording otherwise filled (Families First "
                "chosen); three children in a table; Turkish names (Öztürk, Ayşe) in subject and filename",
                "TAF placeholder left and only roles elsewhere; no contingency; Turkish diacritics in the filename")


def case_conceicao() -> Case:
    """The mother declines early help at the TAF meeting; the 'plan' is prose without dates."""
    kids = [("João Pedro Conceição", D(2012, 10, 17)), ("Inês Conceição", D(2016, 3, 2))]
    letter_date, ehr_date = D(2026, 11, 12), D(2026, 11, 10)
    j, i = kids
    letter = Doc("Conceicao - Families First closure letter.pdf", "closure_letter", [
        L(["Families First (East)", "London Borough of Newham"]),
        P(f"{fd(letter_date, 'ord')}"),
        P("Dear Mrs Conceição,"),
        H("Families First is closing"),
        P(f"Children: {j[0]}, born {fd(j[1], 'abbr')}; {i[0]}, born {fd(i[1], 'abbr')}.", dob(j[0]), dob(i[0])),
        P("We held a Team Around the Family meeting at Rokeby Park School on 10 November 2026 with you, Mrs "
          "Oliveira, Ms Hart and me.", "transition_meeting"),
        P("Since May, João Pedro's attendance has gone up from 71% to 93%, the family has been rehoused from the "
          "hostel, and you have started English classes. There are no longer needs that call for Families First, "
          "which is why my work with you is ending.", "rationale"),
        P("At the meeting you told us that you do not want early help to continue once Families First closes. You "
          "know you can ask the school for help at any time in the future."),
        P("Should you change your mind, Mrs Sandra Oliveira, Family Liaison Officer at Rokeby Park School "
          "(020 7946 0752), has agreed to be your lead practitioner, with Ms Kelly Hart (Attendance Officer, "
          "Rokeby Park School).", "lead_practitioner", "team_around_family"),
        H("Going forward"),
        P("The school will keep an eye on João Pedro's attendance and Inês will carry on in her reading group. "
          "Mum will let the school know if she needs anything."),
        P("If João Pedro's attendance drops again, his progress at school will suffer and the earlier worries about "
          "him being out late with older boys could return. If that happens, or if there is any concern for the "
          "children's safety, the school will seek advice from the Early Help Partnership Team or refer to LBN "
          "Triage.", "contingency"),
        L(["Yours sincerely,", "Tiago Mendes", "Families First Coach, Families First (East)"], "signature"),
    ], date=letter_date, meta={})
    ehr = Doc("EHR Conceicao closure review.docx", "early_help_record", [
        H("Early Help Record - closure review"),
        T([["Date", fd(ehr_date, "slash")], ["Reviewed at", "TAF meeting, Rokeby Park School"]],
          "transition_meeting"),
        T([["Child", "Date of birth"], [j[0], fd(j[1], "slash")], [i[0], fd(i[1], "slash")]],
          dob(j[0]), dob(i[0])),
        H("Progress"),
        P("Attendance 93% (from 71%). Rehoused in August 2026. Mother attending ESOL classes twice a week.",
          "rationale"),
        H("Consent for ongoing early help"),
        P("Declined by mother at the TAF meeting, 10/11/2026. Universal services only."),
    ], date=ehr_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 11, 12, 18, 4)
    note = cover([P("Hi both - closure letter and EHR for the Conceição family. Mum declined ongoing early help. "
                    "Tiago"), P("Sent from my iPhone")])
    mail = Mail("iphone", "Tiago Mendes <Tiago.Mendes@newham.gov.uk>",
                [NAM["east"], "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"],
                "Conceição FF closure", when, "<9B4D0E2A-61F3-4C8B-A7D5-3E0F1C92B6A4@newham.gov.uk>",
                body_text(note.blocks),
                attachments=[pdf_att(letter, "Tiago Mendes"),
                             docx_att(ehr, "Tiago Mendes", uk(2026, 11, 10, 17, 0))])
    return Case(mail, "east", "3", "submission", "Conceição", kids,
                {"name": "Sandra Oliveira", "role": "Family Liaison Officer", "agency": "Rokeby Park School",
                 "email": None, "phone": "020 7946 0752"},
                [letter, ehr, note],
                "missing consent, smart_plan: the mother declined early help at the TAF meeting ('you do not want "
                "early help to continue'; EHR: 'Declined by mother'), yet an Appendix 2 letter was sent; the plan is "
                "prose without dates ('The school will keep an eye on ...'); lead practitioner agreed only 'should "
                "you change your mind' (named with phone, so counted); Portuguese names (João Pedro, Inês, "
                "Conceição); iPhone Mail to two addresses, the NAM inbox first",
                "consent declined at the TAF; undated prose plan; Portuguese names; iPhone")


def case_miah() -> Case:
    """Complete only across parts: consent in a photo of the signed form; contingency split letter/EHR; LP by role."""
    kids = [("Rafiq Miah", D(2016, 12, 12)), ("Samira Miah", D(2018, 6, 6))]
    letter_date, ehr_date = D(2026, 9, 17), D(2026, 9, 15)
    r, s = kids
    letter = Doc("Closure letter Miah family.docx", "closure_letter", [
        L(["Families First (South) - London Borough of Newham"]),
        P(fd(letter_date, "dayc")),
        P("Dear Ms Begum,"),
        H("Closing Families First support"),
        P(f"This letter is about {r[0]} (DOB {fd(r[1], 'slash')}) and {s[0]} (DOB {fd(s[1], 'slash')}).",
          dob(r[0]), dob(s[0])),
        P("Thank you for taking part in the Team Around the Family meeting at Star Lane Primary School on 15 "
          "September 2026.", "transition_meeting"),
        P("Families First began working with you in March after Rafiq's behaviour at school deteriorated and you "
          "told the school you could not cope. Rafiq now has a mentor and has not had a fixed-term exclusion since "
          "April; you completed the Incredible Years course; Samira's speech has improved with therapy. We agreed "
          "your family's needs can now be met by the school and health services at level 2.", "rationale"),
        P("The school's Family Liaison Officer will be your lead practitioner; her details are in the Early Help "
          "Record. She will be supported by Mr Oluwaseun Ajayi (Learning Mentor, Star Lane Primary School) and "
          "Ms Hafsa Noor (Speech and Language Therapist, Newham Children's Therapy Service).",
          "team_around_family"),
        H("Risks if the plan is not followed"),
        P("If the family stops engaging, Rafiq's behaviour is likely to deteriorate again, leading to exclusions, "
          "and the stress at home could return.", "contingency:risks"),
        L(["Yours sincerely", "Imran Patel", "Families First Coach", "Families First (South)"], "signature"),
    ], date=letter_date, meta={"heading_level": 2})
    ehr = Doc("Early Help Record - Miah (TAF 15.09.26).docx", "early_help_record", [
        H("Early Help Record - assessment and plan update"),
        P(f"Date updated: {fd(ehr_date, 'slash')} (TAF meeting)", "transition_meeting"),
        T([["Child", "DOB"], [r[0], fd(r[1], "slash")], [s[0], fd(s[1], "slash")]], dob(r[0]), dob(s[0])),
        P("Lead practitioner: Ms Bronwen Evans, Family Liaison Officer, Star Lane Primary School - 07700 900518, "
          "b.evans@starlane.newham.sch.uk", "lead_practitioner"),
        H("Plan"),
        T([["Outcome", "Action", "Responsible", "Deadline"],
           ["Rafiq stays in class", "Mentoring twice a week", "Mr Ajayi", "Review 16/10/2026"],
           ["Samira's speech", "Block of 6 therapy sessions", "Ms Noor", "Complete by 11/12/2026"],
           ["Ms Begum's wellbeing", "Referral to the Talking Therapies self-referral line", "Ms Begum with Ms Evans",
            "By 02/10/2026"]], "smart_plan"),
        H("Escalation"),
        P("If concerns increase: Ms Evans to discuss with the Early Help Partnership Team within a week; if a "
          "child is at risk of significant harm, refer to LBN Triage the same day.", "contingency:escalation"),
    ], date=ehr_date, is_assessment=True, meta={"heading_level": 1})
    form = Doc("Consent form - signed.jpg", "other", [
        H("Newham Early Help - Family consent"),
        P("Family: Begum / Miah"),
        UL(["I agree to receive early help support from Star Lane Primary School and the Team Around the Family.",
            "I agree to my family's information being shared with the professionals named in our plan."],
           "consent"),
        L(["Signed: T. Begum", "Date: 15/09/2026"]),
    ])
    when = uk(2026, 9, 18, 9, 20)
    note = cover([P("Hello,"),
                  P("Attached: closure letter, updated EHR and a photo of the signed consent form for the Miah "
                    "family."),
                  L(["Imran Patel", "Families First Coach | Families First (South) | 020 7946 0887"]),
                  P(LBN_FOOTER)])
    mail = Mail("outlook", "Imran Patel <Imran.Patel@newham.gov.uk>", [NAM["south"]],
                "Miah family - FF step down", when, outlook_id("h5-19"), body_text(note.blocks),
                body_html(note.blocks),
                attachments=[docx_att(letter, "Imran Patel", uk(2026, 9, 17, 13, 0)),
                             docx_att(ehr, "Imran Patel", uk(2026, 9, 15, 16, 30)), jpeg_att(form, angle=1.8)])
    return Case(mail, "south", "3", "submission", "Miah", kids,
                {"name": "Bronwen Evans", "role": "Family Liaison Officer", "agency": "Star Lane Primary School",
                 "email": "b.evans@starlane.newham.sch.uk", "phone": "07700 900518"},
                [letter, ehr, form, note],
                "complete only across parts: consent only in a phone photo of the signed consent form (JPEG, needs "
                "OCR; type other); contingency split - risks of non-engagement in the letter, escalation in the "
                "EHR's 'Escalation' section; lead practitioner introduced by role in the letter ('The school's "
                "Family Liaison Officer') and named with contact details only in the EHR; Bangladeshi mother "
                "(Taslima Begum) with children named Miah",
                "complete across parts: consent only in a photo of the form; contingency split letter/EHR; LP "
                "named only in the EHR")


def case_kilic() -> Case:
    """The EHR is 'on EHM' rather than attached; the lead practitioner has no contact details."""
    kids = [("Baran Kılıç", D(2017, 8, 19))]
    letter_date = D(2026, 11, 26)
    b = kids[0]
    letter = Doc("Kilic closure letter.pdf", "closure_letter", [
        L(["Families First (Central)", "Newham Dockside, London E16 2QU"]),
        P(fd(letter_date, "slash")),
        P("Dear Ms Kılıç,"),
        H(f"Transition to early help: {b[0]}, date of birth {fd(b[1], 'dash')}", dob(b[0])),
        P("Thank you for attending the Team Around the Family meeting at Carpenters Primary School on 19 November "
          "2026. At the meeting you agreed to early help continuing with the school once Families First closes.",
          "transition_meeting", "consent"),
        P("Over the last five months we have worked on Baran's sleep and his outbursts at home, and on getting his "
          "hearing checked. He now has grommets, sleeps through most nights and his teacher reports he is calmer "
          "and joining in. These are needs the school can continue to support, so Families First will close.",
          "rationale"),
        P("Your lead practitioner is Mrs Joanna Zielińska, SENCo at Carpenters Primary School."),
        P("The Team Around the Family also includes Ms Deniz Acar (Audiologist, Newham Children's Hearing Service) "
          "and Ms Rachel Obuya (Class Teacher, Carpenters Primary School).", "team_around_family"),
        T([["Action", "Who", "By"],
           ["Hearing review after grommets", "Ms Acar", "15/01/2027"],
           ["Visual timetable and calm corner in class", "Ms Obuya", "In place by 11/12/2026"],
           ["SEN support plan review with Ms Kılıç", "Mrs Zielińska", "By 22/01/2027"]], "smart_plan"),
        P("If Ms Kılıç stops working with the school, Baran's behaviour and sleep may deteriorate again; if there "
          "are signs of harm, or the outbursts at home become unmanageable, the school will contact the Early Help "
          "Partnership Team or LBN Triage.", "contingency"),
        L(["Best wishes", "Laila Ahmadi", "Families First Coach"], "signature"),
    ], date=letter_date)
    when = uk(2026, 11, 27, 14, 41)
    note = cover([P("Hi Central NAM, closure letter attached for Baran Kılıç. The Early Help Record is on EHM - you "
                    "should be able to see it there."),
                  L(["Thanks", "Laila Ahmadi", "Families First Coach (Central)"])])
    mail = Mail("outlook", "Laila Ahmadi <Laila.Ahmadi@newham.gov.uk>", [NAM["central"]],
                "Kılıç – FF closure", when, outlook_id("h5-20"), body_text(note.blocks), body_html(note.blocks),
                attachments=[pdf_att(letter, "Laila Ahmadi")])
    return Case(mail, "central", "3", "submission", "Kılıç", kids,
                {"name": "Joanna Zielińska", "role": "SENCo", "agency": "Carpenters Primary School", "email": None,
                 "phone": None},
                [letter, note],
                "missing assessment_attached, lead_practitioner: the Early Help Record is not attached ('on EHM - "
                "you should be able to see it there'); the lead practitioner is named with role and school but no "
                "phone or email anywhere (and is not in Cc); single child; Turkish dotless i in the surname "
                "(Kılıç) in the subject and letter; DOB as '19-Aug-2017'",
                "EHR 'on EHM' not attached; LP without contact details; single child")
