"""Pathway 3 (Families First to universal services, with the Early Help Record): cases 14-17."""

from __future__ import annotations

from .case import NAM, Case, D, cover, docx_att, fd, outlook_id, pdf_att, uk
from .mail import Mail
from .model import Doc, H, L, P, T, dob
from .render import body_html, body_text

FF_SIG = "Families First Coach"


def case_karim() -> Case:
    """Complete; Early Help Record as the TAF review of the plan, with odd column names."""
    kids = [("Arif Karim", D(2016, 9, 9)), ("Nabila Karim", D(2022, 1, 20))]
    letter_date, ehr_date = D(2026, 4, 28), D(2026, 4, 21)
    a, n = kids
    letter = Doc("Moving on from Families First - Karim.docx", "closure_letter", [
        L(["Families First (East)", "London Borough of Newham"]),
        P(f"Date: {fd(letter_date, 'abbr')}"),
        P("Dear Ms Akhter and Mr Karim,"),
        H("Moving on from Families First"),
        P(f"For: {a[0]} ({fd(a[1], 'slash')}) and {n[0]} ({fd(n[1], 'slash')})", dob(a[0]), dob(n[0])),
        P(f"Thank you for coming to the Team Around the Family meeting at Cranmer Park Primary School on "
          f"{fd(D(2026, 4, 21), 'of')}. At the meeting we reviewed your Early Help Record and agreed that my work "
          "with you can end.", "transition_meeting"),
        P("When Families First started working with you in November, Arif was being sent home from school most "
          "weeks and you were struggling with his sleep. Since then Arif has had an autism diagnosis, has a "
          "support plan at school and has not been sent home since February; bedtimes are calmer after the sleep "
          "clinic. Nabila has started nursery. The family no longer needs intensive support from Families First, "
          "and the school is best placed to carry on.", "rationale"),
        P("You both agreed to carry on with early help from the school and signed the consent section of the "
          "Early Help Record at the meeting.", "consent"),
        H("Your new lead practitioner"),
        P("Mrs Gwen Thomas, SENCo at Cranmer Park Primary School, will lead your early help plan. Email "
          "g.thomas@cranmerpark.newham.sch.uk or call the school office on 020 7946 0517.", "lead_practitioner"),
        P("Mrs Thomas will work with Ms Aleksandra Nowak (Speech and Language Therapist, Newham Children's Therapy "
          "Service) and Mr Jamal Idris (Parent Support Adviser, Cranmer Park Primary School).", "team_around_family"),
        P("The plan we agreed is in the attached Early Help Record."),
        H("If things become difficult"),
        P("If the plan stops being followed, Arif may start to be sent home again and the pressure on the family "
          "could build up. Mrs Thomas will contact the Early Help Partnership Team for advice if progress stalls, "
          "and will refer to LBN Triage if she ever thinks the children are at risk of significant harm.",
          "contingency"),
        L(["With best wishes for the future,", "", "Femi Adeyemo", FF_SIG + ", Families First (East)"], "signature"),
    ], date=letter_date, meta={"font": "Calibri", "heading_level": 2})
    ehr = Doc("Early Help Record - Karim - TAF review 21.04.26.docx", "early_help_record", [
        H("Early Help Record"),
        T([["Record type", "Assessment and plan - review at TAF"], ["Date of this review", fd(ehr_date, "slash")],
           ["Completed by", "Femi Adeyemo, Families First Coach"]]),
        H("Family members"),
        T([["Name", "Date of birth", "Relationship"], [a[0], fd(a[1], "slash"), "Son"],
           [n[0], fd(n[1], "slash"), "Daughter"], ["Shirin Akhter", "", "Mother"], ["Abdul Karim", "", "Father"]],
          dob(a[0]), dob(n[0])),
        H("What's working well"),
        P("Arif's support plan at school; parents' consistent bedtime routine; Nabila settled at nursery."),
        H("What we're worried about"),
        P("Arif's communication when anxious; parents have had little time for themselves."),
        H("Plan"),
        T([["Goal", "Steps", "Lead", "Complete by"],
           ["Arif can tell adults when he is anxious", "Visual feelings board in class; weekly check with SENCo",
            "Mrs Thomas", "Board in place by 8 May 2026"],
           ["Arif's language is assessed", "Speech and language assessment in school", "Ms Nowak",
            "By 12 June 2026"],
           ["Parents get a break", "Application for short breaks (Local Offer)", "Mr Idris with parents",
            "Submitted by 22 May 2026"],
           ["Review of this plan", "TAF review meeting at school", "Mrs Thomas", "By 2 June 2026"]], "smart_plan"),
        H("Consent"),
        P("Parents consent to ongoing early help and to this record being shared with the Team Around the Family: "
          "Yes - signed by both parents, 21/04/2026.", "consent"),
    ], date=ehr_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 4, 28, 15, 36)
    note = cover([P("Hello East NAM,"),
                  P("Please find attached my closure letter and the updated Early Help Record for the Karim family "
                    "(step down from Families First to universal)."),
                  L(["Kind regards", "Femi", "", "Femi Adeyemo", "Families First Coach | Families First (East)",
                     "London Borough of Newham | 07700 900146"])])
    mail = Mail("outlook", "Femi Adeyemo <Femi.Adeyemo@newham.gov.uk>", [NAM["east"]],
                "Karim family - Families First closure to universal services", when, outlook_id("h5-14"),
                body_text(note.blocks), body_html(note.blocks),
                cc=["Gwen Thomas <g.thomas@cranmerpark.newham.sch.uk>"],
                attachments=[docx_att(letter, "Femi Adeyemo", uk(2026, 4, 28, 14, 0)),
                             docx_att(ehr, "Femi Adeyemo", uk(2026, 4, 21, 17, 25))])
    return Case(mail, "east", "3", "submission", "Karim", kids,
                {"name": "Gwen Thomas", "role": "SENCo", "agency": "Cranmer Park Primary School",
                 "email": "g.thomas@cranmerpark.newham.sch.uk", "phone": "020 7946 0517"},
                [letter, ehr, note],
                "complete; TAF meeting date written 'the 21st of April 2026'; SMART plan only in the Early Help "
                "Record, in a table headed Goal / Steps / Lead / Complete by; consent in both the letter and the "
                "EHR's consent section; lead practitioner's phone is the school office; letter dated '28 Apr 2026'",
                "complete; plan only in the EHR with odd headings; ordinal 'the 21st of April'")


def case_zajac() -> Case:
    """The TAF meeting is planned for September; only a home visit has taken place."""
    kids = [("Szymon Zając", D(2012, 1, 13)), ("Hanna Zając", D(2015, 8, 8))]
    letter_date, ehr_date = D(2026, 7, 2), D(2026, 6, 24)
    s, h = kids
    letter = Doc("Zajac - FF closure letter.pdf", "closure_letter", [
        L(["Families First - South", "Newham Dockside, 1000 Dockside Road, London E16 2QU"]),
        P(fd(letter_date, "dayc")),
        P("Dear Pani Zając, dear Ewelina,"),
        H("Ending Families First support - transition to early help at Greenway School"),
        P(f"{s[0]} - born {fd(s[1], 'ord')}. {h[0]} - born {fd(h[1], 'ord')}.", dob(s[0]), dob(h[0])),
        P("I visited you at home on 24 June 2026 to review the Early Help Record with you. You agreed that early "
          "help should continue through Greenway School and signed the consent form.", "consent"),
        P("Families First has worked with the family since January on Szymon's school refusal and the family's "
          "debts. Szymon has been in school every day this half-term, a debt management plan is in place, and "
          "you told me you feel able to manage. The family's needs can now be met by universal services.",
          "rationale"),
        P("We will hold a Team Around the Family meeting with you, Mrs Kaczmarek and Ms Tanaka once the new school "
          "term starts in September; Mrs Kaczmarek will send the invitation."),
        H("Lead practitioner"),
        P("Mrs Beata Kaczmarek, Pastoral Lead, Greenway School - b.kaczmarek@greenway.sch.uk, 020 7946 0873.",
          "lead_practitioner"),
        H("Team Around the Family"),
        P("Ms Emi Tanaka (Educational Psychologist, Newham Educational Psychology Service) and Mr Lewis Doherty "
          "(Youth Worker, Beckton Youth Hub).", "team_around_family"),
        H("Plan"),
        T([["Action", "Who", "When"],
           ["Start-of-Year-10 meeting with Szymon and Ewelina", "Mrs Kaczmarek", "By 4 September 2026"],
           ["Educational psychology consultation on Szymon's anxiety", "Ms Tanaka", "By 30 September 2026"],
           ["Summer holiday activity programme place for Szymon", "Mr Doherty", "Booked by 17 July 2026"],
           ["Keep to the debt management plan payments", "Ewelina", "Monthly, from 1 July 2026"]], "smart_plan"),
        H("Contingency"),
        P("If Szymon's attendance falls below 85% or the family stops engaging, his anxiety and absence are likely "
          "to become entrenched. Mrs Kaczmarek will then ask the Early Help Partnership Team for advice and, if "
          "there are safeguarding concerns, refer to LBN Triage.", "contingency"),
        L(["Z poważaniem / Yours sincerely,", "Marta Kowalewska", FF_SIG, "Families First (South)"], "signature"),
    ], date=letter_date)
    ehr = Doc("EHR Zajac review at closure.docx", "early_help_record", [
        H("EARLY HELP RECORD - review at closure"),
        P(f"Review date: {fd(ehr_date, 'long')}"),
        T([["Child", "DOB", "School"], [s[0], fd(s[1], "slash"), "Greenway School"],
           [h[0], fd(h[1], "slash"), "Greenway School"]], dob(s[0]), dob(h[0])),
        H("Progress"),
        P("Attendance 62% in January, 100% since 1 June. Debt management plan agreed with StepChange. Mother "
          "reports better sleep and less worry."),
        H("Outcome"),
        P("Step down to early help from universal services, school to lead.", "rationale"),
    ], date=ehr_date, is_assessment=True, meta={"heading_level": 1})
    when = uk(2026, 7, 3, 11, 2)
    note = cover([P("Hi South NAM,"),
                  P("Closure letter and the updated EHR for the Zając family attached (Families First to "
                    "universal)."),
                  L(["Marta Kowalewska", "Families First Coach | Families First (South)", "07700 900273"])])
    mail = Mail("outlook", "Marta Kowalewska <Marta.Kowalewska@newham.gov.uk>", [NAM["south"]],
                "Step down - Zając - FF to universal", when, outlook_id("h5-15"), body_text(note.blocks),
                body_html(note.blocks),
                attachments=[pdf_att(letter, "Marta Kowalewska"),
                             docx_att(ehr, "Marta Kowalewska", uk(2026, 6, 24, 16, 45))])
    return Case(mail, "south", "3", "submission", "Zając", kids,
                {"name": "Beata Kaczmarek", "role": "Pastoral Lead", "agency": "Greenway School",
                 "email": "b.kaczmarek@greenway.sch.uk", "phone": "020 7946 0873"},
                [letter, ehr, note],
                "missing transition_meeting: no TAF meeting has been held - 'We will hold a Team Around the Family "
                "meeting ... once the new school term starts in September'; the EHR was reviewed at a home visit on "
                "24 June 2026, which is not a TAF meeting; Polish salutation ('Dear Pani Zając') and bilingual "
                "sign-off ('Z poważaniem / Yours sincerely'); ordinal DOBs",
                "TAF meeting planned for September, only a home visit held; Polish greeting and sign-off")
