"""Cases 7-12."""
from __future__ import annotations

import datetime as dt

from common import early_help_record, email_sig, fd, single_assessment
from engine import Case, Doc, H, P, T, nam

UTC = dt.timezone.utc
EHPT = "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"


def case7() -> Case:
    kids = [("Kai O'Donnell-Hughes", dt.date(2021, 8, 23)), ("Rosie O'Donnell-Hughes", dt.date(2025, 11, 30))]
    lp = {"name": "Precious Adu", "role": "Health Visitor", "agency": "Newham 0-19 Health Service",
          "email": "precious.adu@newham0to19.nhs.uk", "phone": "020 7946 0611"}
    ld = dt.date(2026, 3, 17)
    letter = [
        P("Date: " + fd(ld, "long")),
        P("Dear Kerry,"),
        P("Kai O'Donnell-Hughes (date of birth 23 August 2021) and Rosie O'Donnell-Hughes (date of birth 30 November "
          "2025)", "dob:Kai O'Donnell-Hughes", "dob:Rosie O'Donnell-Hughes"),
        P("We have worked together since October on Kai's behaviour at home, your housing and getting Rosie's "
          "checks done. Kai now has a place at nursery, you have moved to the new flat and you are using the "
          "strategies from the Incredible Years course. Because things are much more settled, your family no longer "
          "needs Families First and the help you still need can come from health and nursery.", "rationale"),
        P("Mum is in agreement with the plan and has said she is happy for Precious to be her lead practitioner.",
          "consent"),
        P("Your Early Help Lead Practitioner is Precious Adu, Health Visitor, Newham 0-19 Health Service - "
          "precious.adu@newham0to19.nhs.uk, 020 7946 0611.", "lead_practitioner"),
        P("The nursery and the GP will also be part of your Team Around the Family. A TAF meeting will be arranged "
          "by Precious in the next few weeks."),
        T([["What", "Who", "By when"],
           ["Rosie's 4-month check", "Precious Adu", "3 April 2026"],
           ["Kai's nursery settling-in review", "Kerry and nursery key worker", "24 April 2026"],
           ["Apply for the Healthy Start card", "Kerry", "31 March 2026"]], "smart_plan"),
        P("If Kerry does not engage, the risk is that Kai's behaviour escalates again and Rosie misses her health "
          "checks. If there are any signs of neglect or of the previous partner returning, Precious will call a "
          "professionals meeting within 5 working days and, if a child is at risk of significant harm, refer to LBN "
          "Triage.", "contingency"),
        P("Take care,"),
        P("Ellie Marchetti\nFamilies First Coach | Families First (South)\nLondon Borough of Newham\n"
          "Tel: 07700 900552", "signature"),
    ]
    ehr = early_help_record(
        "EHR - Kai and Rosie.pdf", kids, dt.date(2026, 3, 10), first=dt.date(2025, 10, 13), fmt="pdf",
        strengths="Kerry is a loving mum; new tenancy secured; Kai attending nursery.",
        needs="Kai's behaviour at bedtime; Rosie's health checks overdue.", coach="Ellie Marchetti")
    sent = dt.datetime(2026, 3, 17, 14, 48, tzinfo=UTC)
    return Case(7, "submission", "3", "south", ("Ellie Marchetti", "Ellie.Marchetti@newham.gov.uk"),
                "Closure - Families First to HV", sent, "O'Donnell-Hughes", kids, lp, letter,
                [Doc("(body)", "closure_letter", letter, "body"), ehr],
                "missing team_around_family, transition_meeting: the TAF is named by role only ('the nursery and "
                "the GP'), the TAF meeting is 'to be arranged'; letter pasted into the body with a date line; "
                "consent as 'Mum is in agreement with the plan'; surname with an apostrophe and a hyphen",
                "body letter, roles-only TAF, meeting not yet held", to=[nam("south")],
                cc=["Precious Adu <precious.adu@newham0to19.nhs.uk>"], letter_date=ld,
                assessment_date=dt.date(2026, 3, 10))


def case8() -> Case:
    kids = [("Lily-Mae Ashworth-Kaur", dt.date(2014, 6, 5)), ("Harvey Ashworth-Kaur", dt.date(2018, 2, 14))]
    lp = {"name": "Jasdeep Sandhu", "role": "Designated Safeguarding Lead", "agency": "Stratford Marsh Primary School",
          "email": "j.sandhu@stratfordmarsh.newham.sch.uk", "phone": "020 7946 0173"}
    ld = dt.date(2026, 9, 3)
    blocks = [
        P(fd(ld, "md")),
        P("Dear Gemma and Arjun,"),
        P("Lily-Mae Ashworth-Kaur, born June 5, 2014\nHarvey Ashworth-Kaur, born Feb 14, 2018",
          "dob:Lily-Mae Ashworth-Kaur", "dob:Harvey Ashworth-Kaur"),
        P("Thank you for meeting with us at the final Child in Need meeting on Sept 1. As we discussed, the Child in "
          "Need plan is ending and social care will close. You both told us you want the support to carry on "
          "through school and agreed to early help.", "transition_meeting", "consent"),
        P("Over the last nine months we worked on the arguments at home and on Lily-Mae's self-harm. You both "
          "finished the Parenting When Separated course, Lily-Mae has been seen by CAMHS and has not self-harmed "
          "since April, and the children say home feels calmer. We all agreed their needs can now be met at level 2.",
          "rationale"),
        P("Jasdeep Sandhu, the school's Designated Safeguarding Lead, will lead your early help plan. You can reach "
          "Mr Sandhu on 020 7946 0173 or j.sandhu@stratfordmarsh.newham.sch.uk.", "lead_practitioner"),
        P("Also supporting you: Dr Fiona Lachance, Clinical Psychologist, Newham CAMHS, and Ms Becky Tran, Family "
          "Support Worker, Carpenters Family Hub.", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Lily-Mae's CAMHS sessions every two weeks", "Dr Fiona Lachance", "Until Nov 27, 2026"],
           ["Weekly check-in with Lily-Mae at school", "Jasdeep Sandhu", "Every Monday to Dec 18, 2026"],
           ["Co-parenting session at the Family Hub", "Gemma, Arjun and Becky Tran", "By Oct 9, 2026"],
           ["First TAF review", "Jasdeep Sandhu", "Oct 13, 2026"]], "smart_plan"),
        P("What if things get worse? If you stop taking part, the risk is that the arguments and Lily-Mae's "
          "self-harm return. If Lily-Mae self-harms again, school will follow its safeguarding procedure and "
          "contact CAMHS the same day; if there is risk of significant harm, school will refer to LBN Triage.",
          "contingency"),
        P("I have attached your Single Assessment and our agreed plan."),
        P("Best wishes,\nOmari Whitfield-Jones\nSocial Worker, Intervention Team (West)", "signature"),
    ]
    letter = Doc("Ashworth-Kaur closure letter.docx", "closure_letter", blocks, "docx", title="Closure letter")
    sa = single_assessment(
        "Single Assessment - Ashworth-Kaur.pdf", kids, dt.date(2026, 8, 14), started=dt.date(2026, 7, 20),
        analysis="Review assessment before closure. Parental conflict reduced; Lily-Mae engaged with CAMHS.",
        outcome="Close CIN plan and step down to early help led by school.", worker="Omari Whitfield-Jones",
        team="Intervention Team (West)")
    body = [P("Hi West NAM team,"),
            P("CIN closure for the Ashworth-Kaur children - letter and SA attached. Final CIN was Sept 1."),
            email_sig("Omari Whitfield-Jones", "Social Worker", "Intervention Team (West)", "020 7946 0388")]
    sent = dt.datetime(2026, 9, 3, 12, 30, tzinfo=UTC)
    return Case(8, "submission", "1", "west", ("Omari Whitfield-Jones", "Omari.Whitfield-Jones@newham.gov.uk"),
                "CIN closure / step down: Ashworth-Kaur", sent, "Ashworth-Kaur", kids, lp, body, [letter, sa],
                "complete; double-barrelled surname and hyphenated first name; US-style dates throughout the "
                "letter ('Sept 3, 2026', 'June 5, 2014', final CIN meeting 'Sept 1' without a year)",
                "month-first dates, hyphenated names", to=[nam("west")], letter_date=ld,
                assessment_date=dt.date(2026, 8, 14))


def case9() -> Case:
    kids = [("Jayden Oyelaran", dt.date(2014, 4, 4)), ("Mia Oyelaran", dt.date(2019, 12, 1))]
    ld = dt.date(2026, 5, 14)
    letter = [
        P(fd(ld, "dot")),
        P("Dear Ms Quartey,"),
        P("Notification of case closure - Jayden (DOB 04/04/2014) and his sister Mia", "dob:Jayden Oyelaran"),
        P("I am writing to notify you that Families First has closed its involvement with the family. Mum asked for "
          "help with Jayden's transition to secondary school, which is now in place, and we do not consider that the "
          "family needs early help at this time."),
        P("If school or other universal services notice emerging needs in the future, please work together to "
          "reassess and offer early help in line with the Early Help Framework. If you become aware of a risk of "
          "significant harm, please refer directly to LBN Triage."),
        P("Any questions, please give me a call."),
        P("Regards,\nFarhan Siddiqui\nFamilies First Coach\nFamilies First (East), London Borough of Newham\n"
          "020 7946 0729", "signature"),
    ]
    sent = dt.datetime(2026, 5, 14, 8, 57, tzinfo=UTC)
    return Case(9, "submission", "none", "east", ("Farhan Siddiqui", "Farhan.Siddiqui@newham.gov.uk"),
                "Case closure notification - OYELARAN", sent, "Oyelaran", kids, None, letter,
                [Doc("(body)", "closure_notification", letter, "body")],
                "missing children_dobs: Mia is named without a date of birth anywhere; Appendix 4 notification "
                "pasted into the body, addressed to a named school contact (in Cc); the surname appears only in the "
                "subject; letter date '14.5.26'",
                "Appendix 4 in body, surname only in subject", to=[nam("east")],
                cc=["Abena Quartey <a.quartey@eastham-beacon.newham.sch.uk>"], letter_date=ld)


def case10() -> Case:
    kids = [("Amara-Grace Eze", dt.date(2012, 7, 19)), ("Tobenna Eze", dt.date(2015, 3, 3))]
    lp = {"name": "Keisha Burrell-Lloyd", "role": "Families First Coach", "agency": "Families First, London Borough "
          "of Newham", "email": "keisha.burrell-lloyd@newham.gov.uk", "phone": "07700 900905"}
    ld = dt.date(2026, 2, 9)
    blocks = [
        P(fd(ld, "abbr")),
        H("Closure to Children's Social Care - Eze family"),
        P("Amara-Grace Eze 19-Jul-2012; Tobenna Eze 03-Mar-2015", "dob:Amara-Grace Eze", "dob:Tobenna Eze"),
        P("Assessment found no ongoing safeguarding concerns after the incident at the bus stop in December. "
          "Mum has spoken with both children about staying safe, Amara-Grace has a new phone contract with "
          "controls and attends a girls' group. Remaining needs (confidence, routines) are level 2.", "rationale"),
        P("Mum is in agreement with the plan.", "consent"),
        P("Lead: Keisha Burrell-Lloyd, Families First Coach, 07700 900905, keisha.burrell-lloyd@newham.gov.uk",
          "lead_practitioner"),
        P("TAF: Mr Ibrahim Sesay (Pastoral Manager, Forest Gate Academy); Ms Lucy Brennan (School Nurse, Newham "
          "0-19 Health Service).", "team_around_family"),
        T([["Action", "Who", "When"],
           ["Home visit and family plan", "Keisha Burrell-Lloyd", "by 20-Feb-2026"],
           ["Confidence group, 6 sessions", "Amara-Grace with Ibrahim Sesay", "by 27-Mar-2026"],
           ["Sleep and routines advice", "Lucy Brennan", "by 13-Mar-2026"]], "smart_plan"),
        P("Risk if the family does not engage: Amara-Grace's contact with older young people online may increase. "
          "Contingency: any sign of exploitation, school or Keisha refer to LBN Triage the same day; missed "
          "sessions twice in a row, Keisha calls a TAF within a week.", "contingency"),
        P("Rebecca Okafor-Stein\nSocial Worker, Assessment Team (South)", "signature"),
    ]
    letter = Doc("Eze - step down.pdf", "closure_letter", blocks, "pdf", title="Closure")
    sa = single_assessment(
        "Eze SA.pdf", kids, dt.date(2026, 1, 28), started=dt.date(2025, 12, 15),
        analysis="Police notification after Amara-Grace was approached by older males at a bus stop. Mother "
                 "protective and acted quickly.",
        outcome="No further social care involvement; step down to Families First.", worker="Rebecca Okafor-Stein",
        team="Assessment Team (South)")
    body = [P("For info - SA + closure letter attached."),
            email_sig("Rebecca Okafor-Stein", "Social Worker", "Assessment Team (South)", "020 7946 0456")]
    sent = dt.datetime(2026, 2, 9, 17, 2, tzinfo=UTC)
    return Case(10, "submission", "2", "south", ("Rebecca Okafor-Stein", "Rebecca.Okafor-Stein@newham.gov.uk"),
                "Eze", sent, "Eze", kids, lp, body, [letter, sa],
                "complete; terse letter (PDF) without salutation, headings or template sentences; consent as "
                "'Mum is in agreement with the plan'; dates as '19-Jul-2012'; subject is just the surname",
                "terse letter, terse consent wording", to=[nam("south")], letter_date=ld,
                assessment_date=dt.date(2026, 1, 28))


def case11() -> Case:
    kids = [("Sienna Lopes", dt.date(2010, 9, 12)), ("Mateus Lopes", dt.date(2013, 2, 25))]
    lp = {"name": "Owen Talbot-Price", "role": "Assistant Head (Inclusion)", "agency": "Canning Reach Secondary School",
          "email": "o.talbot-price@canningreach.newham.sch.uk", "phone": "020 7946 0907"}
    ld = dt.date(2026, 11, 5)
    blocks = [
        P(fd(ld, "ord")),
        P("Dear Mrs Lopes,"),
        P("Transition from Families First - Sienna (12/09/2010) and Mateus (25/02/2013)", "dob:Sienna Lopes",
          "dob:Mateus Lopes"),
        P("At the Team Around the Family meeting held at Canning Reach on 3rd Nov 2026 you agreed to carry on with "
          "early help through school, and you gave your consent for this.", "transition_meeting", "consent"),
        P("Since May we have worked on Sienna's attendance (now 93%), on Mateus's anger at school and on debts with "
          "your energy supplier. The goals of your Families First plan are met and the remaining needs are at "
          "level 2, so Families First will close.", "rationale"),
        P("Your Early Help Lead Practitioner: Owen Talbot-Price, Assistant Head (Inclusion), Canning Reach "
          "Secondary School - o.talbot-price@canningreach.newham.sch.uk / 020 7946 0907.", "lead_practitioner"),
        P("Team Around the Family: Ms Leticia Vaz, Attendance Officer, Canning Reach Secondary School; Mr Ravi "
          "Kohli, Money Advice Worker, Newham Citizens Advice.", "team_around_family"),
        T([["What we will do", "Who", "By when"],
           ["Attendance check every fortnight", "Leticia Vaz", "until 18th Dec 2026"],
           ["Anger management group for Mateus", "Owen Talbot-Price", "starts 10th Nov 2026, 6 weeks"],
           ["Debt repayment plan agreed", "Ravi Kohli with Mrs Lopes", "by 27th Nov 2026"]], "smart_plan"),
        P("If attendance drops below 90% or Mateus is excluded, Mr Talbot-Price will call a TAF within a week; the "
          "risk of not engaging is that Sienna stops attending and the family's debts grow. If there are concerns "
          "of significant harm, the school will refer to LBN Triage.", "contingency"),
        P("Thanks,\nAmy"),
    ]
    letter = Doc("Lopes TAF closure.pdf", "closure_letter", blocks, "pdf", title="Transition from Families First")
    body = [P("Hi Central NAM,"),
            P("Closure letter for the Lopes family attached. I'll send the updated EHR once my manager has signed "
              "it off."),
            email_sig("Amy Kessler", "Families First Coach", "Families First (Central)", "07700 900318")]
    sent = dt.datetime(2026, 11, 5, 10, 3, tzinfo=UTC)
    return Case(11, "submission", "3", "central", ("Amy Kessler", "Amy.Kessler@newham.gov.uk"),
                "Lopes - Families First closure", sent, "Lopes", kids, lp, body, [letter],
                "missing assessment_attached, signature: no Early Help Record attached (cover note promises it "
                "later); the letter is signed 'Thanks, Amy' (first name only, no title; the email signature under "
                "the cover note does not count)",
                "no EHR, first-name sign-off", to=[nam("central")], letter_date=ld)


def case12() -> Case:
    kids = [("Darius Mensah-Boateng", dt.date(2012, 12, 20))]
    lp = {"name": "Claire Ashdown", "role": "Youth Worker", "agency": "Newham Youth Empowerment Service",
          "email": None, "phone": None}
    ld = dt.date(2026, 6, 25)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Ms Mensah"),
        P("Transition to Early Help: Mensah-Boateng Family, Darius 20.12.2012", "dob:Darius Mensah-Boateng"),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that social care involvement with you will "
          "now come to an end.", "consent"),
        H("What has happened"),
        P("Darius has been on a Child in Need plan since October because of his involvement with older young people "
          "and a knife found in his bag. He has completed the Choices programme, has moved to a new school and has "
          "had no police contact since January. At the final CIN meeting on 22 June 2026 everyone agreed that his "
          "needs are now at level 2.", "rationale", "transition_meeting"),
        H("Recommendations for Early Help support"),
        T([["Action", "Who", "By when"],
           ["Weekly youth club session", "Claire Ashdown", "every Thursday until 31 August 2026"],
           ["Mentoring at school", "Mr Kwabena Ofori", "from 1 July 2026, reviewed 18 September 2026"],
           ["Summer programme place", "Ms Mensah to book", "by 10 July 2026"]], "smart_plan"),
        P("Risks: if Darius stops engaging, he may return to the older group and be at risk of exploitation. "
          "If there is any new police contact or a missing episode, the lead practitioner will refer to LBN Triage "
          "immediately and arrange a TAF meeting.", "contingency"),
        H("Next Steps"),
        P("Your identified Early Help Lead Practitioner is Claire Ashdown, Youth Worker, Newham Youth Empowerment "
          "Service."),
        P("The professionals who will be involved in your early help support - your Team Around the Family - are: "
          "Mr Kwabena Ofori, Learning Mentor, Bonny Downs Academy, Name/Title/Contact Details.",
          "team_around_family", "placeholder"),
        P("With best wishes for the future\nLuca Bianchi-Moore\nSocial Worker, Intervention Team (East)", "signature"),
    ]
    letter = Doc("Closure letter - Darius.docx", "closure_letter", blocks, "docx", title="Case closure letter")
    sa = single_assessment(
        "Darius SA.pdf", kids, dt.date(2026, 5, 29), started=dt.date(2026, 5, 4),
        analysis="Review before closure of the CIN plan. No police contact since January; settled at new school.",
        outcome="End CIN plan; step down to early help.", worker="Luca Bianchi-Moore",
        team="Intervention Team (East)")
    body = [P("Hello,"), P("Please find attached the closure letter and assessment for Darius."),
            email_sig("Luca Bianchi-Moore", "Social Worker", "Intervention Team (East)", "020 7946 0190")]
    sent = dt.datetime(2026, 6, 25, 14, 17, tzinfo=UTC)
    return Case(12, "submission", "1", "east", ("Luca Bianchi-Moore", "Luca.Bianchi-Moore@newham.gov.uk"),
                "Darius M-B closure and transition", sent, "Mensah-Boateng", kids, lp, body, [letter, sa],
                "missing lead_practitioner, template_text: lead practitioner named with role and agency but no "
                "email or phone; 'Name/Title/Contact Details' left after one named TAF member (who still satisfies "
                "team_around_family); mother's surname differs from the child's double-barrelled one",
                "LP without contact, leftover placeholder", to=[nam("east")], letter_date=ld,
                assessment_date=dt.date(2026, 5, 29))
