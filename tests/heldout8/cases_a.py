"""Cases 1-6."""
from __future__ import annotations

import datetime as dt

from common import early_help_record, email_sig, fd, single_assessment
from engine import Case, Doc, H, P, T, nam

UTC = dt.timezone.utc
EHPT = "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"


def case1() -> Case:
    kids = [("Tyrese Campbell-Brown", dt.date(2015, 2, 14)), ("Kiara Campbell-Brown", dt.date(2019, 7, 3))]
    lp = {"name": "Marcus Obeng", "role": "Families First Coach", "agency": "Families First, London Borough of Newham",
          "email": "marcus.obeng@newham.gov.uk", "phone": "07700 900418"}
    para = P(
        "Hi all, sending over the step down for the Campbell-Brown family as discussed at panel - Tyrese "
        "Campbell-Brown dob 14/02/2015 and Kiara Campbell-Brown dob 3/7/2019 - CIN plan since March, final CIN "
        "meeting was held 1st Sept 2026 at the school with mum, Ms Deborah Hartley (DSL, Tollgate Park Primary) and "
        "Marcus Obeng from Families First who is taking over as lead practitioner (Families First Coach, "
        "marcus.obeng@newham.gov.uk / 07700 900418), mum gave her consent to early help at that meeting and signed "
        "the form, work done has mainly been around routines and school attendance which is now up to 96% from 71%, "
        "mum completed the Triple P course and home conditions are much better so we all agreed needs are now at "
        "level 2 and can be met by Families First, plan agreed at the meeting is Marcus to do weekly home visits "
        "until 30th Oct 2026, Ms Hartley to check attendance every Friday and email Marcus by 30th Oct 2026, mum to "
        "go to the Tuesday parenting group at Tollgate Family Hub until 15th Dec 2026, risk if mum doesn't engage "
        "is that attendance slips back and the kids end up re-referred, so if mum stops engaging Marcus will call "
        "a TAF within a week and if there are any safeguarding worries (esp. re ex-partner turning up) school to "
        "contact LBN Triage same day, SA attached (updated 20/8/26), any q's give me a shout. Thanks, Jo",
        "dob:Tyrese Campbell-Brown", "dob:Kiara Campbell-Brown", "transition_meeting", "team_around_family",
        "lead_practitioner", "consent", "rationale", "smart_plan", "contingency")
    sig = P("Joanne Pryce\nSocial Worker | Intervention Team (East)\nLondon Borough of Newham\nTel: 07700 900233",
            "signature")
    sa = single_assessment(
        "SA - T & K.pdf", kids, dt.date(2026, 8, 20), started=dt.date(2026, 2, 23),
        analysis="Tyrese's attendance had fallen to 71% and the home was found in a poor state at the first visit. "
                 "Mum was struggling with low mood after separating from her partner.",
        outcome="Children in Need plan recommended (March). Updated August: needs reduced, step down to Families "
                "First recommended.", worker="Joanne Pryce", team="Intervention Team (East)")
    sent = dt.datetime(2026, 9, 3, 16, 52, tzinfo=UTC)
    return Case(1, "submission", "1", "east", ("Joanne Pryce", "Joanne.Pryce@newham.gov.uk"),
                "step down Campbell-Brown", sent, "Campbell-Brown", kids, lp, [para, sig],
                [Doc("(body)", "closure_letter", [para, sig], "body"), sa],
                "complete; hurried social worker: the whole letter is one long paragraph in the body, no date line "
                "(email date used); DOBs 14/02/2015 and 3/7/2019; meeting '1st Sept 2026'; SA updated 20/8/26",
                "one-paragraph body letter, short dates", to=[nam("east")], cc=[EHPT],
                letter_date=sent.date(), assessment_date=dt.date(2026, 8, 20))


def case2() -> Case:
    kids = [("Noah Ferreira-Santos", dt.date(2016, 5, 9)), ("Inês Ferreira-Santos", dt.date(2020, 1, 27))]
    lp = {"name": "Priya Dhanani", "role": "SENCo", "agency": "Greenway Fields Primary School",
          "email": "p.dhanani@greenwayfields.newham.sch.uk", "phone": "020 7946 0381"}
    ld = dt.date(2026, 7, 20)
    table = T([
        ["Area", "What we did", "What happens next", "Who", "When"],
        ["Routines and sleep", "Weekly sessions with Dad on a bedtime routine; sleep diary kept for 8 weeks.",
         "Dad keeps the sleep diary and shares it at the first review.", "Mr Rui Ferreira-Santos (Dad)",
         "By 4 September 2026"],
        ["Noah's learning needs", "Supported Dad to request an assessment; Noah now has an SEN support plan.",
         "Review Noah's SEN support plan with Dad.", "Priya Dhanani, SENCo, Greenway Fields Primary",
         "By 25 September 2026"],
        ["Inês's speech", "Referred to speech and language therapy; first appointment attended.",
         "Attend the block of 6 therapy sessions and report progress to the TAF.",
         "Carla Mbatha, Speech and Language Therapist, Newham Community Health", "By 30 October 2026"],
        ["Money", "Helped Dad claim Universal Credit childcare costs.", "Check the claim is paid monthly.",
         "Dad with Priya Dhanani", "By 11 September 2026"],
        ["If things get harder", "-",
         "If Dad stops coming to reviews the risk is that routines slip and Noah's support plan stalls; Priya "
         "will call a TAF within 5 school days. If there is any worry about the children's safety she will "
         "contact LBN Triage the same day.", "Priya Dhanani", "As needed"],
    ], "smart_plan", "team_around_family", "contingency")
    blocks = [
        P(f"{fd(ld, 'long')}"),
        P("Dear Rui,"),
        P("Re: Noah (born 9 May 2016) and Inês (born 27 January 2020)", "dob:Noah Ferreira-Santos",
          "dob:Inês Ferreira-Santos"),
        P("Thank you for all your hard work with me since February. At our Team Around the Family meeting on "
          "14 July 2026 we agreed that Families First can now close and that school will lead your support. You "
          "told me at that meeting that you are happy for this to happen.", "transition_meeting", "consent"),
        P("Your needs are now at level 2: the goals in your Families First plan have been met, so the help you still "
          "need can come from school and health. The table below shows what we did together and what happens next.",
          "rationale"),
        table,
        P("Your Early Help Lead Practitioner is Priya Dhanani, SENCo at Greenway Fields Primary School "
          "(p.dhanani@greenwayfields.newham.sch.uk, 020 7946 0381).", "lead_practitioner"),
        P("I have attached your updated Early Help Record."),
        P("Kind regards,\nBilal Haddad\nFamilies First Coach", "signature"),
    ]
    letter = Doc("Closure letter.docx", "closure_letter", blocks, "docx", title="Closure letter")
    ehr = early_help_record(
        "EHR updated July 26.docx", kids, dt.date(2026, 7, 10), first=dt.date(2026, 2, 16),
        strengths="Dad is warm and consistent; both children are settled at school and nursery.",
        needs="Noah's learning needs and Inês's speech; family finances.", coach="Bilal Haddad")
    body = [P("Hello West NAM,"),
            P("Please find attached my closure letter and the updated EHR for the Ferreira-Santos family, "
              "stepping down from Families First to school."),
            email_sig("Bilal Haddad", "Families First Coach", "Families First (West)", "020 7946 0127")]
    sent = dt.datetime(2026, 7, 20, 10, 14, tzinfo=UTC)
    return Case(2, "submission", "3", "west", ("Bilal Haddad", "Bilal.Haddad@newham.gov.uk"),
                "Ferreira-Santos - step down to universal", sent, "Ferreira-Santos", kids, lp, body,
                [letter, ehr],
                "complete; Families First coach's letter is mostly a DOCX table 'Area | What we did | What happens "
                "next | Who | When', contingency is a table row; hyphenated surname, child with accented name; EHR "
                "first done 2026-02-16, updated 2026-07-10",
                "plan-as-table letter (DOCX)", to=[nam("west")], letter_date=ld,
                assessment_date=dt.date(2026, 7, 10))


def case3() -> Case:
    kids = [("Aisha Mahmood-Qureshi", dt.date(2013, 10, 2)), ("Zayn Mahmood-Qureshi", dt.date(2017, 4, 18)),
            ("Maryam Mahmood-Qureshi", dt.date(2022, 12, 6))]
    lp = {"name": "Halima Yusuf", "role": "Family Support Worker", "agency": "Ravenscroft Children's Centre",
          "email": "halima.yusuf@ravenscroftcc.newham.sch.uk", "phone": "020 7946 0552"}
    ld = dt.date(2026, 6, 12)
    blocks = [
        P("Ms Sadia Mahmood\nFlat 4, Cordwainer House\nLondon E16 9XT"),
        P(fd(ld, "long")),
        H("Ending of the Child Protection Plan - transition to Early Help"),
        P("Aisha Mahmood-Qureshi - 02/10/2013; Zayn Mahmood-Qureshi - 18/04/2017; "
          "Maryam Mahmood-Qureshi - 06/12/2022", "dob:Aisha Mahmood-Qureshi", "dob:Zayn Mahmood-Qureshi",
          "dob:Maryam Mahmood-Qureshi"),
        H("1. Next steps and your Lead Practitioner"),
        P("Your Early Help Lead Practitioner will be Halima Yusuf, Family Support Worker at Ravenscroft Children's "
          "Centre. Halima can be reached on 020 7946 0552 or halima.yusuf@ravenscroftcc.newham.sch.uk and will "
          "contact you within two weeks.", "lead_practitioner"),
        H("2. Team Around the Family"),
        P("Mr Colin Adebayo-Frost, Designated Safeguarding Lead, Ravenscroft Primary School; Ms Teresa Lindqvist, "
          "Health Visitor, Newham 0-19 Health Service; Ms Oluwaseun Bright, IDVA, Newham Domestic Abuse Service.",
          "team_around_family"),
        H("3. The plan"),
        T([["Action", "Who", "By when"],
           ["Safety plan reviewed with Sadia", "Oluwaseun Bright (IDVA)", "31 July 2026"],
           ["Maryam's 2-year review and referral to Stay and Play", "Teresa Lindqvist (HV)", "10 July 2026"],
           ["Aisha to meet the school counsellor weekly", "Colin Adebayo-Frost (DSL)", "Until 17 July 2026"],
           ["First TAF review", "Halima Yusuf", "24 July 2026"]], "smart_plan"),
        H("4. Why the Child Protection Plan has ended"),
        P("The plan was made in November 2025 because of domestic abuse at home. Since then Sadia has taken out a "
          "non-molestation order, completed the Freedom Programme and the children have been safe and settled. "
          "The review child protection conference on 2 June 2026 agreed the plan could end and that the "
          "remaining needs are at level 2.", "rationale"),
        P("The final transition meeting was held on 9 June 2026 with you, Halima, Mr Adebayo-Frost and Ms "
          "Lindqvist.", "transition_meeting"),
        H("5. Risks"),
        P("The main risk is contact from the children's father, who is due for release later this year."),
        H("6. Your consent"),
        P("You agreed to early help from Ravenscroft Children's Centre at the transition meeting and signed the "
          "consent form.", "consent"),
        P("Yours sincerely,\nTobias Wren\nSenior Social Worker, Child Protection and Court Team", "signature"),
    ]
    letter = Doc("CP step down letter - Mahmood-Qureshi.pdf", "closure_letter", blocks, "pdf",
                 title="Ending of the Child Protection Plan")
    sa = single_assessment(
        "Single Assessment May 2026.pdf", kids, dt.date(2026, 5, 20), started=dt.date(2026, 4, 27),
        analysis="Updated assessment for the review conference. No incidents since January; mother protective.",
        outcome="Child protection plan can end; step down to early help with the children's centre.",
        worker="Tobias Wren", team="Child Protection and Court Team")
    body = [P("Good afternoon,"),
            P("Attached: closure letter and updated SA for the Mahmood-Qureshi children (CP plan ended 02/06/26)."),
            email_sig("Tobias Wren", "Senior Social Worker", "Child Protection and Court Team", "020 7946 0914")]
    sent = dt.datetime(2026, 6, 12, 13, 5, tzinfo=UTC)
    return Case(3, "submission", "1", "south", ("Tobias Wren", "Tobias.Wren@newham.gov.uk"),
                "CP plan ended - transition to EH - Mahmood-Qureshi", sent, "Mahmood-Qureshi", kids, lp, body,
                [letter, sa],
                "missing contingency: the Risks section gives only 'the main risk is...', no impact of "
                "non-engagement and no plan if risk escalates; CP-plan step-down letter (PDF) with numbered formal "
                "headings in a non-template order (lead practitioner first, consent last)",
                "CP step-down, reordered headings", to=[nam("south")], cc=[EHPT], letter_date=ld,
                assessment_date=dt.date(2026, 5, 20))


def case4() -> Case:
    kids = [("Zofia Kowalczyk", dt.date(2016, 9, 1)), ("Antoni Kowalczyk", dt.date(2018, 3, 11))]
    ld = dt.date(2026, 10, 6)
    blocks = [
        P(fd(ld, "ord")),
        P("Mrs Funmi Olatunji\nDesignated Safeguarding Lead\nBeckton Reach Primary School\nWinsor Lane, London E6 5QA"),
        P("Dear Mrs Olatunji,"),
        P("Notification of Case Closure: Kowalczyk family - Zofia (born 1st Sept 2016) and Antoni (born 11th Mar "
          "2018)", "dob:Zofia Kowalczyk", "dob:Antoni Kowalczyk"),
        P("I am writing to let you know that Children's Social Care has closed its involvement with the family "
          "after the Single Assessment. The concerns raised in the referral were not substantiated and the family "
          "do not need early help at this time."),
        P("If school becomes aware of emerging needs, please work with other universal services to reassess and "
          "offer early help under the Early Help Framework. If you become aware of a risk of significant harm, "
          "please refer directly to LBN Triage."),
        P("Please contact me if you have any questions."),
        P("Best wishes,\nGrace Odukoya-Lam\nSocial Worker, Assessment Team (Central)\n020 7946 0233", "signature"),
    ]
    letter = Doc("Appendix 4 - notification to school.docx", "closure_notification", blocks, "docx",
                 title="Notification of case closure")
    body = [P("Dear Central NAM,"),
            P("Please see attached the Appendix 4 sent to Beckton Reach Primary today. No further action, no "
              "ongoing early help."),
            email_sig("Grace Odukoya-Lam", "Social Worker", "Assessment Team (Central)", "020 7946 0233")]
    sent = dt.datetime(2026, 10, 6, 11, 40, tzinfo=UTC)
    return Case(4, "submission", "none", "central", ("Grace Odukoya-Lam", "Grace.Odukoya-Lam@newham.gov.uk"),
                "Appendix 4 - Kowalczyk", sent, "Kowalczyk", kids, None, body, [letter],
                "complete; Appendix 4 notification (DOCX) addressed to a named school DSL rather than 'Dear "
                "Colleague'; DOBs and letter date as '1st Sept 2016', '6th Oct 2026'",
                "Appendix 4 to a school", to=[nam("central")],
                cc=["Funmi Olatunji <f.olatunji@becktonreach.newham.sch.uk>"], letter_date=ld)


def case5() -> Case:
    kids = [("Ayaan Rahman", dt.date(2017, 11, 2)), ("Inaya Rahman", dt.date(2021, 6, 19))]
    lp = {"name": "Nadia Chowdhury", "role": "Families First Coach", "agency": "Families First, London Borough of Newham",
          "email": "nadia.chowdhury@newham.gov.uk", "phone": "07700 900671"}
    ld = dt.date(2026, 4, 28)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Sharmin,"),
        P("Ayaan (DOB 02/11/2017) and Inaya (DOB 19/06/2021)", "dob:Ayaan Rahman", "dob:Inaya Rahman"),
        P("Following my assessment I do not think social care needs to stay involved. When I started, the worry was "
          "about Ayaan being left to collect Inaya from nursery. You have arranged a childminder, the school has no "
          "further worries and both children are doing well, so their needs can now be met with early help at level "
          "2 rather than social care.", "rationale"),
        P("Nadia Chowdhury, Families First Coach (nadia.chowdhury@newham.gov.uk, 07700 900671), would be your "
          "Early Help Lead Practitioner. The other people who would support you are Mr Daniel Osei-Mensah, Learning "
          "Mentor at Kensington Wharf Primary, and Ms Rosa Delgado, childminder co-ordinator at Little Docks "
          "Children's Centre.", "lead_practitioner", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Childminder pick-up confirmed for every weekday", "Sharmin", "8 May 2026"],
           ["Ayaan to join the Year 4 homework club", "Daniel Osei-Mensah", "15 May 2026"],
           ["First home visit and family plan", "Nadia Chowdhury", "22 May 2026"]], "smart_plan"),
        P("If the childminder arrangement breaks down, the risk is that Ayaan is again left in charge of his sister. "
          "If that happens, or you do not take up the support, Nadia will hold a meeting with school within a week, "
          "and if the children are unsafe she will refer to LBN Triage.", "contingency"),
        P("Your Single Assessment is attached."),
        P("With best wishes,\nShanice Oduya\nSocial Worker, Assessment Team (East)", "signature"),
    ]
    letter = Doc("Closure letter.docx", "closure_letter", blocks, "docx", title="Closure letter")
    sa = single_assessment(
        "Single Assessment.pdf", kids, dt.date(2026, 4, 21), started=dt.date(2026, 3, 2),
        analysis="Referral from school: Year 4 child collecting his sibling from nursery alone. Mother works "
                 "early shifts; no other concerns found.",
        outcome="Close to social care; step down to Families First.", worker="Shanice Oduya",
        team="Assessment Team (East)")
    body = [P("Hi,"),
            P("Letter and SA attached for this family. Mum is thinking about it and will let Nadia know by the end "
              "of next week whether she wants Families First."),
            email_sig("Shanice Oduya", "Social Worker", "Assessment Team (East)", "020 7946 0740")]
    sent = dt.datetime(2026, 4, 28, 15, 21, tzinfo=UTC)
    return Case(5, "submission", "2", "east", ("Shanice Oduya", "Shanice.Oduya@newham.gov.uk"),
                "Step down - RAHMAN", sent, "Rahman", kids, lp, body, [letter, sa],
                "missing consent: the letter never mentions consent and the cover note says 'Mum is thinking about "
                "it'; the family's surname is in the subject (and the SA) but never in the letter or the note",
                "surname only in subject (and SA); consent undecided", to=[nam("east")], letter_date=ld,
                assessment_date=dt.date(2026, 4, 21))


def case6() -> Case:
    kids = [("Chidera Nwankwo", dt.date(2011, 1, 30))]
    lp = {"name": "Samuel Achterberg", "role": "Head of Year 10", "agency": "Royal Docks Community School",
          "email": "s.achterberg@royaldockscs.newham.sch.uk", "phone": "020 7946 0864"}
    ld = dt.date(2026, 9, 1)
    blocks = [
        P("Date: " + fd(ld, "short")),
        P("Dear Mrs Nwankwo"),
        P("Transition to Early Help: Nwankwo family - Chidera Nwankwo, DOB 30/1/11", "dob:Chidera Nwankwo"),
        P("I am writing to confirm that we have discussed transition to early help support for you and Chidera and "
          "you have consented to receiving early help. Social care involvement will now come to an end.",
          "consent"),
        P("I assessed the family after Chidera went missing overnight twice in November. Since then she has "
          "returned home every night, has been working with the school counsellor and you have attended the "
          "parenting teenagers course. The risks have reduced and her needs are now at level 2.", "rationale"),
        T([["Area", "Plan", "Timescale"],
           ["School", "Continue support in school", "Ongoing"],
           ["Emotional wellbeing", "Counselling", "Ongoing"],
           ["Family", "Keep talking", "Ongoing"]]),
        P("If Chidera goes missing again or stops going to school, the risk is exploitation outside the home. "
          "Mr Achterberg will report any missing episode to the police and refer to LBN Triage the same day, and "
          "will call a TAF meeting if attendance drops below 85%.", "contingency"),
        P("Your Early Help Lead Practitioner is Samuel Achterberg, Head of Year 10, Royal Docks Community School, "
          "s.achterberg@royaldockscs.newham.sch.uk, 020 7946 0864.", "lead_practitioner"),
        P("Your Team Around the Family: Ms Hannah Oyelowo (school counsellor, Royal Docks Community School) and "
          "PC Derek Amponsah (Safer Schools Officer).", "team_around_family"),
        P("With best wishes for the future\nLeon Farrugia\nSocial Worker, Assessment Team (Central)", "signature"),
    ]
    letter = Doc("Nwankwo closure letter 1.9.26.docx", "closure_letter", blocks, "docx", title="Closure letter")
    sa = single_assessment(
        "SA Nwankwo.pdf", kids, dt.date(2025, 12, 15), started=dt.date(2025, 11, 24),
        analysis="Two missing episodes in November 2025. Mother and daughter in conflict over curfew.",
        outcome="Step down to early help with school as lead.", worker="Leon Farrugia",
        team="Assessment Team (Central)")
    body = [P("Please see attached letter and SA."),
            email_sig("Leon Farrugia", "Social Worker", "Assessment Team (Central)", "020 7946 0402")]
    sent = dt.datetime(2026, 9, 1, 9, 12, tzinfo=UTC)
    return Case(6, "submission", "2", "central", ("Leon Farrugia", "Leon.Farrugia@newham.gov.uk"),
                "Transition to EH - Nwankwo", sent, "Nwankwo", kids, lp, body, [letter, sa],
                "missing assessment_recent, smart_plan: SA completed 2025-12-15, more than 6 months before the "
                "letter dated '1/9/26'; plan table is 'Area | Plan | Timescale' with 'Ongoing' throughout (no who/"
                "by when); DOB as '30/1/11'",
                "old SA, vague plan table, short dates", to=[nam("central")], letter_date=ld,
                assessment_date=dt.date(2025, 12, 15))
