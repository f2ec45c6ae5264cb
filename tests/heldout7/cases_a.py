"""Cases 1-8: pathway 1 and the first pathway-2 cases."""
from __future__ import annotations

from tests.heldout7.build import BREAK, H, OL, P, T, UL, Case, Doc, uk
from tests.heldout7.common import council_sig, d, export_noise, kids, signoff


def c01() -> Case:
    # senior practitioner writing in the third person; complete
    ch = [("Tobi Oduya", "2015-04-12"), ("Kemi Oduya", "2018-09-03")]
    lp = {"name": "Harriet Lyle", "role": "Learning Mentor", "agency": "Brackenfield Primary School",
          "email": "h.lyle@brackenfield.newham.sch.uk", "phone": "020 7946 0312"}
    letter = [
        P("15 September 2026"),
        P("Dear Ms Oduya"),
        H(f"Transition to Early Help – Oduya family: {kids(ch, 'long')}"),
        P("This letter records the decision reached with Ms Blessing Oduya. The family has agreed to continue "
          "with early help once the Child in Need plan ends; Ms Oduya gave her consent at the final meeting and "
          "signed the consent section of the plan.", "consent"),
        P("The Child in Need plan began in March 2026 after concerns about Tobi's school attendance and home "
          "conditions. Since then the home has been made safe, Tobi's attendance has risen from 71% to 94% and "
          "Ms Oduya engages with the parenting course. The remaining needs are at level 2, which is why the "
          "service is stepping down from statutory involvement.", "rationale"),
        P("The final Child in Need meeting took place on 9 September 2026 at Brackenfield Primary School, with "
          "Ms Oduya, Ms Lyle and Nurse Pembury present.", "transition_meeting"),
        P("Ms Harriet Lyle, Learning Mentor at Brackenfield Primary School, will be the Lead Practitioner. She can "
          "be reached on 020 7946 0312 or h.lyle@brackenfield.newham.sch.uk.", "lead_practitioner"),
        P("Also supporting the family will be Nurse Joan Pembury (School Nurse, Thamesgate Children's Health) and "
          "Mr Desmond Achterberg (Family Support Worker, Canning Brook Family Hub).", "team_around_family"),
        H("Agreed plan"),
        P("Ms Lyle will meet Tobi weekly for mentoring and report attendance to the network every half term, "
          "starting 21 September 2026.\nNurse Pembury will complete Kemi's health review by 16 October 2026.\n"
          "Mr Achterberg will support Ms Oduya to finish the parenting course by 27 November 2026.\n"
          "Ms Oduya will bring both children to school on time every day and attend the first review on "
          "28 October 2026.", "smart_plan"),
        P("Should attendance fall below 90% again, or home conditions deteriorate, the family risks a return to "
          "statutory services; Ms Lyle will call a review within a week and, if any child is at risk of "
          "significant harm, refer straight to LBN Triage.", "contingency"),
        signoff("Gareth Emmins", "Advanced Practitioner, Intervention Team 2", "With best wishes for the future"),
    ]
    sa = [
        H("Single Assessment"),
        T([["Child", "Date of birth"], ["Tobi Oduya", "12/04/2015"], ["Kemi Oduya", "03/09/2018"]]),
        P("Assessment start: 03/08/2026    Date completed: 20/08/2026    Authorised: 24/08/2026"),
        BREAK,
        H("Analysis"),
        P("Updated at the close of the CIN plan. Progress is sustained; needs now sit at level 2."),
    ]
    return Case(
        inbox="east", kind="submission", pathway="1",
        sender=("Gareth Emmins", "gareth.emmins@newham.gov.uk"), sent=uk(2026, 9, 16, 11, 20),
        subject="Step down - Oduya - CIN closure (Pathway 1)",
        body=[P("Good morning,\n\nThe Oduya family is stepping down from the Child in Need plan (Pathway 1). "
                "The closure letter and the Single Assessment are attached for NAM."),
              P(council_sig("Gareth Emmins", "Advanced Practitioner", "Intervention Team 2", "020 7946 0150"))],
        attachments=[Doc("Oduya closure letter.docx", "closure_letter", "docx", letter),
                     Doc("SA_Oduya_print.pdf", "single_assessment", "export", sa, is_assessment=True,
                         noise=export_noise("Azeus Care", "CF-448120", "15/09/2026 16:02", "GEMMINS"))],
        family="Oduya", children=ch, lp=lp, assessment_date="2026-08-20", letter_date="2026-09-15",
        notes="complete; third-person letter ('The family has agreed', 'Ms Lyle will be the Lead Practitioner'); "
              "plan as prose with who and dates; SA as a case-management print with start/completed/authorised dates "
              "and print-date noise on every page (assessment date = date completed)",
        exercises="third-person prose; plan as prose lines; SA export with three dates")


def c02() -> Case:
    # non-native English writer; consent only 'to be sought'
    ch = [("Andrei Popescu", "2013-11-30"), ("Ioana Popescu", "2016-02-14")]
    lp = {"name": "Marguerite Fenwick", "role": "Designated Safeguarding Lead", "agency": "Cranmore Road Primary School",
          "email": "mfenwick@cranmore.newham.sch.uk", "phone": "07700 900418"}
    letter = [
        P("Date: 02/10/2026"),
        P("Dear Mrs Popescu,"),
        P(f"Subject: Closing of social care and transfer to Early Help for the children {kids(ch, 'dot')}"),
        P("I write you for confirm that social care involvement with your family it is finishing. We were working "
          "together under Child Protection plan from January and after under Child in Need plan since May 2026. "
          "In this time Mr Popescu has moved out, you have finish the Freedom Programme and the children are now "
          "feeling more safe at home, school is reporting they are settled. Because of this the risk is reduce and "
          "the needs what remain can be meet by early help on level 2.", "rationale"),
        P("About consent: we talked about early help on the visit of 22/09 and verbal consent to be sought from you "
          "at the next meeting, when also your husband will be informed."),
        P("The final CIN meeting was held on 29/09/2026 in the Cranmore Road school, with you, Ms Fenwick and the "
          "health visitor Ms Oyelaran.", "transition_meeting"),
        P("Your Lead Practitioner will be Ms Marguerite Fenwick, Designated Safeguarding Lead of Cranmore Road "
          "Primary School, mobile 07700 900418, email mfenwick@cranmore.newham.sch.uk.", "lead_practitioner"),
        P("Other professionals who stay with you: Ms Funmi Oyelaran, Health Visitor (Thamesgate Children's Health, "
          "07700 900452), and Mr Kieran Dobbs, IDVA from Safe Harbour Newham (020 7946 0871).", "team_around_family"),
        T([["What we will do", "Who", "When"],
           ["Weekly check-in with Andrei and Ioana", "Ms Fenwick", "every Monday from 05/10/2026"],
           ["Safety plan review with mum", "Mr Dobbs", "by 30/10/2026"],
           ["Development check for Ioana", "Ms Oyelaran", "by 13/11/2026"]], "smart_plan"),
        P("If you do not engage with this plan, the worries about the children could come back and school will "
          "have to consider again a referral. If there is any new incident of domestic abuse, Ms Fenwick will "
          "contact LBN Triage on same day and the police when is needed.", "contingency"),
        signoff("Ionela Marinescu", "Social Worker, Intervention Team 4", "Yours sincerely"),
    ]
    sa = [H("Single Assessment – Popescu"),
          P(f"Children: {kids(ch, 'slash')}"),
          P("Assessment completed on 11/09/2026 by Ionela Marinescu."),
          P("Summary: CP plan ended May 2026, CIN plan now also ready to close.")]
    return Case(
        inbox="west", kind="submission", pathway="1",
        sender=("Ionela Marinescu", "ionela.marinescu@newham.gov.uk"), sent=uk(2026, 10, 2, 15, 5),
        subject="Popescu family - case closing, pathway 1",
        body=[P("Hello NAM team,\n\nPlease find in attachment the letter of closing and the assessment for "
                "Popescu family. This is from Intervention team (pathway 1).\n\nMany thanks"),
              P(council_sig("Ionela Marinescu", "Social Worker", "Intervention Team 4", "020 7946 0233"))],
        attachments=[Doc("Letter closing Popescu.pdf", "closure_letter", "pdf", letter),
                     Doc("Single Assessment Popescu.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Popescu", children=ch, lp=lp, assessment_date="2026-09-11", letter_date="2026-10-02",
        notes="missing consent: 'verbal consent to be sought' at the next meeting (not evidenced); writer's first "
              "language is not English (unusual grammar, facts correct); DOBs as d.m.yy",
        exercises="non-native grammar; consent 'to be sought' (tricky negative)")


def c03() -> Case:
    # structured Q&A form in the body; meeting only provisionally booked; consent only in the form
    ch = [("Ayaan Rahman", "2017-06-21"), ("Safa Rahman", "2020-01-08")]
    lp = {"name": "Tomasz Grabowski", "role": "Family Support Worker", "agency": "Greyling Park Children's Centre",
          "email": "tomasz.grabowski@newham.gov.uk", "phone": "020 7946 0415"}
    form = [
        P("NAM STEP-DOWN NOTIFICATION – Intervention Team 1"),
        P("Q: Family name?\nA: Rahman (mother Shirin Begum)"),
        P(f"Q: Children and dates of birth?\nA: {kids(ch, 'slash', '; ')}"),
        P("Q: Current plan?\nA: Child in Need (since 12/02/2026) – Pathway 1"),
        P("Q: Has the family consented to Early Help?\nA: Yes – Ms Begum agreed verbally on 3/9/2026 and signed "
          "the consent form on 7/9/2026.", "consent"),
        P("Q: Has the final CIN / transition meeting been held?\nA: Not yet – provisionally booked for 17/09/2026, "
          "health visitor to confirm."),
        P("Q: Documents attached?\nA: Closure letter, Single Assessment."),
        P("Thanks,\nSheree\n\nSheree Mulvaney | Social Worker | Intervention Team 1 | LB Newham | 020 7946 0177"),
    ]
    letter = [
        P("8 September 2026"),
        P("Dear Ms Begum"),
        H(f"Transition to Early Help: Rahman family – {kids(ch, 'long')}"),
        P("I am writing to confirm that social care involvement with your family will come to an end. When we "
          "started in February the house was overcrowded and Ayaan was missing medical appointments. You now have "
          "a two-bedroom flat through the housing team, every appointment has been kept since April and Safa has "
          "a nursery place. The needs that remain can be met through early help at level 2.", "rationale"),
        P("A transition meeting has been provisionally booked for 17 September 2026 at Greyling Park Children's "
          "Centre."),
        P("Your Early Help Lead Practitioner is Tomasz Grabowski, Family Support Worker, Greyling Park Children's "
          "Centre (020 7946 0415, tomasz.grabowski@newham.gov.uk).", "lead_practitioner"),
        P("Your Team Around the Family: Elaine Shorrocks, Health Visitor, Thamesgate Children's Health; and Priya "
          "Nandakumar, SENCo, Greyling Park Nursery.", "team_around_family"),
        T([["Action", "Who", "By when"],
           ["Speech and language referral for Ayaan", "Priya Nandakumar", "30/09/2026"],
           ["Two-year check for Safa", "Elaine Shorrocks", "23/10/2026"],
           ["Stay-and-play sessions, weekly", "Ms Begum with Tomasz Grabowski", "from 21/09/2026"]], "smart_plan"),
        P("If appointments are missed again or the family stops engaging, the children's health needs may go "
          "unmet; Tomasz will call a TAF meeting within two weeks, and if concerns reach level 3 he will refer to "
          "LBN Triage.", "contingency"),
        signoff("Sheree Mulvaney", "Social Worker, Intervention Team 1"),
    ]
    sa = [H("Single Assessment"), P(f"Subjects: {kids(ch, 'dash')}"),
          P("Date completed: 19/05/2026"), P("Outcome: continue CIN plan; review for step-down in summer.")]
    return Case(
        inbox="central", kind="submission", pathway="1",
        sender=("Sheree Mulvaney", "sheree.mulvaney@newham.gov.uk"), sent=uk(2026, 9, 8, 16, 40),
        subject="NAM step-down form - Rahman", body=form,
        attachments=[Doc("Rahman - closure letter.docx", "closure_letter", "docx", letter),
                     Doc("Rahman SA May 2026.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Rahman", children=ch, lp=lp, assessment_date="2026-05-19", letter_date="2026-09-08",
        notes="missing transition_meeting: final CIN meeting only 'provisionally booked'; consent evidenced only in "
              "the Q&A form in the email body (not in the letter); children's surname differs from the mother's",
        exercises="Q&A form in body; consent only in cover email; meeting provisionally booked")


def c04() -> Case:
    # tables for everything; consent only in the cover email; complete
    ch = [("Kwame Asante", "2012-03-05"), ("Efua Asante", "2014-12-19"), ("Yaw Asante", "2019-07-27")]
    lp = {"name": "Rosalind Etheridge", "role": "Pastoral Manager", "agency": "Beckton Reach Academy",
          "email": "r.etheridge@beckton-reach.newham.sch.uk", "phone": "020 7946 0521"}
    letter = [
        T([["Letter date", "14/07/2026"], ["To", "Ms Abena Asante"], ["Re", "End of Child in Need plan – moving to Early Help"]]),
        T([["Child", "Date of birth"]] + [[n, d(b, "slash")] for n, b in ch]),
        T([["Why we are closing", "The CIN plan (Nov 2025 – Jul 2026) addressed Kwame's exploitation risk and "
            "neglect of the younger children. Kwame has disengaged from the older peer group, attends a youth "
            "project twice a week and has had no missing episodes since February. Home conditions have been good "
            "at the last six visits. Remaining needs are level 2."]], "rationale"),
        T([["Final CIN meeting", "Held 8 July 2026 at Beckton Reach Academy; Ms Asante, Ms Etheridge, Mr Haddad "
            "and the social worker attended."]], "transition_meeting"),
        T([["Lead Practitioner", "Rosalind Etheridge", "Pastoral Manager, Beckton Reach Academy",
            "020 7946 0521 / r.etheridge@beckton-reach.newham.sch.uk"]], "lead_practitioner"),
        T([["Team Around the Family", "Role", "Phone"],
           ["Samir Haddad", "Youth Worker, Thameside Youth Zone", "07700 900561"],
           ["Dr Ngozi Ude", "Clinical Psychologist, Thamesgate CAMHS", "020 7946 0588"]], "team_around_family"),
        T([["Goal", "Action", "Lead", "Deadline"],
           ["Kwame stays safe", "Youth project Tue & Thu", "Samir Haddad", "weekly to 18/12/2026"],
           ["Efua's anxiety", "Six CAMHS sessions", "Dr Ude", "complete by 30/10/2026"],
           ["School attendance", "Attendance review meeting", "Rosalind Etheridge", "25/09/2026"]], "smart_plan"),
        T([["If things go wrong", "Risk: Kwame returning to the peer group, missing episodes, Efua's anxiety "
            "worsening. If Ms Asante does not engage, school will escalate to a TAF meeting within 5 days; any "
            "missing episode or sign of exploitation is referred to LBN Triage and the police the same day."]],
          "contingency"),
        T([["Signed", "Callum Oyinlola", "Senior Social Worker, Intervention Team 3"]], "signature"),
    ]
    sa = [T([["Single Assessment", "Asante"], ["Date started", "16/06/2026"], ["Last updated", "30/06/2026"]]),
          T([["Child", "DOB"]] + [[n, d(b, "slash")] for n, b in ch]),
          T([["Recommendation", "Close CIN plan; step down to early help led by school."]])]
    return Case(
        inbox="south", kind="submission", pathway="1",
        sender=("Callum Oyinlola", "callum.oyinlola@newham.gov.uk"), sent=uk(2026, 7, 14, 9, 12),
        subject="Asante - Pathway 1 step down",
        body=[P("Hi all,\n\nAttached: closure letter and updated SA for the Asante children. Ms Asante signed the "
                "early help consent form at the final CIN meeting on 8 July and is happy for the school to lead.",
                "consent"),
              P("Callum Oyinlola\nSenior Social Worker, Intervention Team 3\n020 7946 0144")],
        attachments=[Doc("Asante closure letter.docx", "closure_letter", "docx", letter),
                     Doc("Asante SA updated.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Asante", children=ch, lp=lp, assessment_date="2026-06-30", letter_date="2026-07-14",
        notes="complete; every part of the letter is a table (two-column label/value, plan as Goal/Action/Lead/"
              "Deadline, signature in a table row); consent evidenced only in the cover email; SA 'Last updated'",
        exercises="all tables; consent only in cover email; plan headed Lead/Deadline")


def c05() -> Case:
    # DOCX numbered plan, bullet list of professionals with phones; LP 'TBC'; SA too old
    ch = [("Zofia Kowalska", "2016-05-17"), ("Filip Kowalski", "2019-10-02")]
    letter = [
        P("11 August 2026"),
        P("Dear Mrs Kowalska,"),
        H(f"Transition to Early Help – Kowalski family ({kids(ch, 'ord')})"),
        P("Thank you for meeting with us on 4 August 2026. At that final Child in Need meeting you agreed to "
          "early help support and signed the consent form.", "consent", "transition_meeting"),
        P("Social care became involved in October 2025 because of Filip's injuries and stress at home after your "
          "separation. Filip's injuries were explained medically, you have completed the Triple P course and both "
          "children are thriving at school and nursery. For these reasons the Child in Need plan is closing and "
          "early help at level 2 will continue.", "rationale"),
        P("Lead Practitioner: TBC – to be agreed between the school and the children's centre after the summer "
          "holidays."),
        P("The professionals who will support you:"),
        UL(["Mrs Dorota Nowak – Class Teacher, St Aldric's RC Primary School – 020 7946 0633",
            "Ms Chantelle Ribeiro – Health Visitor, Thamesgate Children's Health – 07700 900604",
            "Mr Yusuf Demir – Family Link Worker, Pelling Grove Children's Centre – 020 7946 0640"],
           "team_around_family"),
        P("Our agreed plan:"),
        OL(["Mrs Nowak will meet Zofia fortnightly for check-ins, starting 7 September 2026.",
            "Ms Ribeiro will do Filip's developmental review by 2 October 2026.",
            "Mr Demir will book Mrs Kowalska onto the Freedom Programme by 18 September 2026.",
            "Mrs Kowalska will take Filip to nursery at least four days a week from 7 September 2026."],
           "smart_plan"),
        P("If the plan is not followed, the children may again be exposed to conflict at home and Filip's "
          "development may slip. If there are any new injuries or the family withdraws, the professionals will "
          "meet within a week and refer back to LBN Triage if a child may be at risk of significant harm.",
          "contingency"),
        signoff("Olamide Sanusi", "Social Worker, Intervention Team 2", "Best wishes"),
    ]
    sa = [H("SINGLE ASSESSMENT"), P(f"{kids(ch, 'slash')}"),
          P("Date of assessment: 18/11/2025\nLast updated: 02/12/2025"),
          P("Recommendation: Child in Need plan.")]
    return Case(
        inbox="east", kind="submission", pathway="1",
        sender=("Olamide Sanusi", "olamide.sanusi@newham.gov.uk"), sent=uk(2026, 8, 11, 14, 30),
        subject="Closure - Kowalski family - Pathway 1",
        body=[P("Dear NAM,\n\nPlease see attached the closure letter and Single Assessment for the Kowalski family.\n\n"
                "Olamide Sanusi\nSocial Worker, Intervention Team 2\nLondon Borough of Newham")],
        attachments=[Doc("Kowalski - Transition letter.docx", "closure_letter", "docx", letter),
                     Doc("Kowalski - Single Assessment.pdf", "single_assessment", "pdf", sa, is_assessment=True)],
        family="Kowalski", children=ch, lp=None, assessment_date="2025-12-02", letter_date="2026-08-11",
        notes="missing lead_practitioner ('TBC'), assessment_recent (SA assessed 2025-11-18, last updated "
              "2025-12-02; line 2026-02-11); plan as a numbered list with who and dates; professionals as a bullet "
              "list with phone numbers; Polish feminine surname for the daughter",
        exercises="numbered-list plan, bulleted team with phones; LP 'TBC'; SA 'last updated' too old")


def c06() -> Case:
    # print-to-PDF letter and SA; plan 'will be drawn up'; risk named but no contingency
    ch = [("Gabriel Ferreira", "2011-08-09"), ("Beatriz Ferreira", "2015-01-23")]
    lp = {"name": "Obinna Eze", "role": "Assistant Head (Inclusion)", "agency": "Fernhill Lane Academy",
          "email": "oeze@fernhill-lane.newham.sch.uk", "phone": None}
    noise = export_noise("Azeus Care", "CF-501377", "03/06/2026 12:41", "AKOVAC")
    letter = [
        P("Document: Case Closure Letter (Appendix 2)    Created: 03/06/2026"),
        P("Dear Ms Ferreira"),
        P(f"Transition to Early Help: Ferreira family – {kids(ch, 'slash')}"),
        P("I am writing to confirm that we have discussed transition to early help support for you and your "
          "family and you have consented to receiving early help. This means that social care involvement with "
          "you will now come to an end.", "consent"),
        P("Work completed: Gabriel was supported through a CIN plan after being excluded and found carrying a "
          "knife in October 2025. He has now been on a full timetable for two terms with no incidents, and you "
          "have worked with the YOS parenting worker. We agree his needs can be met at level 2.", "rationale"),
        P("The final CIN meeting was held on 28/05/2026 with you, Gabriel, Mr Eze and the school nurse.",
          "transition_meeting"),
        P("Your identified Early Help Lead Practitioner is Mr Obinna Eze, Assistant Head (Inclusion), Fernhill Lane "
          "Academy, oeze@fernhill-lane.newham.sch.uk.", "lead_practitioner"),
        P("Your Team Around the Family: Hollie Brandreth (School Nurse, Thamesgate Children's Health).",
          "team_around_family"),
        BREAK,
        P("Early help plan: a plan will be drawn up by Mr Eze with you at the first TAF meeting in September."),
        P("The main risk is that Gabriel returns to carrying a weapon."),
        signoff("Ana Kovac", "Social Worker, Intervention Team 3", "With best wishes for the future"),
    ]
    sa = [H("Single Assessment"), P(f"Children: {kids(ch, 'dash')}"),
          P("Assessment completed: 12/05/2026\nAuthorised by team manager: 20/05/2026"),
          P("Analysis: CIN plan goals met; step down recommended.")]
    return Case(
        inbox="west", kind="submission", pathway="1",
        sender=("Ana Kovac", "ana.kovac@newham.gov.uk"), sent=uk(2026, 6, 3, 13, 2),
        subject="FERREIRA – CIN closure / step down to EH",
        body=[P("Hi,\n\nClosure letter and SA printed from Azeus attached (Pathway 1, Intervention).\n\nAna Kovac\n"
                "Social Worker | Intervention Team 3")],
        attachments=[Doc("Print - Case Closure Letter - Ferreira.pdf", "closure_letter", "export", letter, noise=noise),
                     Doc("Print - Single Assessment - Ferreira.pdf", "single_assessment", "export", sa,
                         is_assessment=True, noise=noise)],
        family="Ferreira", children=ch, lp=lp, assessment_date="2026-05-12", letter_date="2026-06-03",
        notes="missing smart_plan ('a plan will be drawn up' at a later TAF), contingency ('the main risk is' only); "
              "both PDFs are print-to-PDF exports with header/footer (case ref, printed date/user) on every page",
        exercises="print-to-PDF noise; plan 'will be drawn up'; risk without contingency")


def c07() -> Case:
    # 'the network'; transition meeting only in the SA; letter signed with first name only
    ch = [("Hamza Bhatti", "2014-09-14"), ("Inaya Bhatti", "2017-04-02")]
    lp = {"name": "Teresa Quigley", "role": "Children's Centre Manager", "agency": "Caraway Lane Children's Centre",
          "email": "teresa.quigley@newham.gov.uk", "phone": None}
    letter = [
        P("27 October 2026"),
        P("Dear Mrs Bhatti,"),
        H(f"Moving to Early Help – Hamza ({d(ch[0][1], 'long')}) and Inaya ({d(ch[1][1], 'long')})"),
        P("You told me on 21 October that you are happy to carry on with early help, and you signed the form.",
          "consent"),
        P("Over the past year the network has worked with you on Hamza's behaviour and your mental health. You are "
          "now under the care of your GP, Hamza's exclusions have stopped and the school reports he is calmer. "
          "This is why we think the family's needs are now level 2 and social care can close.", "rationale"),
        P("Ms Teresa Quigley, Children's Centre Manager at Caraway Lane Children's Centre, will lead the network "
          "from now on (teresa.quigley@newham.gov.uk).", "lead_practitioner"),
        P("The rest of the network: Mr Farid Khan, Educational Welfare Officer (020 7946 0702); Ms Lorna Whitcombe, "
          "Health Visitor, Thamesgate Children's Health.", "team_around_family"),
        T([["What", "Who", "By when"],
           ["Anger-management group for Hamza", "Farid Khan", "starts 4/11/2026, ends 16/12/2026"],
           ["Inaya's speech referral", "Lorna Whitcombe", "13/11/2026"],
           ["Monthly network meeting", "Teresa Quigley", "first on 25/11/2026"]], "smart_plan"),
        P("If you stop attending, Hamza's behaviour is likely to deteriorate and exclusions could start again. If "
          "the network becomes worried about the children's safety, Ms Quigley will discuss with the Early Help "
          "Partnership Team and refer to LBN Triage.", "contingency"),
        signoff("Priya", None, "Best wishes"),
    ]
    sa = [H("Single Assessment – Bhatti"), P(kids(ch, "slash")),
          P("Date completed: 14/10/2026\nLast updated: 22/10/2026"),
          P("Update: the final CIN meeting was held on 21/10/2026 with Mrs Bhatti, Ms Quigley, Mr Khan and "
            "Ms Whitcombe; the network agreed to step down.", "transition_meeting")]
    return Case(
        inbox="central", kind="submission", pathway="1",
        sender=("Priya Venkatesan", "priya.venkatesan@newham.gov.uk"), sent=uk(2026, 10, 27, 10, 15),
        subject="Bhatti - closure letter + SA", html=True,
        body=[P("Hello,\n\nPlease find the closure letter and the updated Single Assessment for the Bhatti children "
                "(CIN plan, Pathway 1) for the next NAM.\n\nKind regards\nPriya Venkatesan\nSocial Worker\n"
                "Intervention Team 1, London Borough of Newham")],
        attachments=[Doc("Bhatti closure.pdf", "closure_letter", "pdf", letter),
                     Doc("Bhatti SA (updated Oct 26).docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Bhatti", children=ch, lp=lp, assessment_date="2026-10-22", letter_date="2026-10-27",
        notes="missing signature: the letter is signed 'Priya' only (the cover email's signature block does not "
              "count); the team is called 'the network'; the final CIN meeting is mentioned only in the SA update",
        exercises="'the network' wording; meeting only in SA; first-name sign-off")


def c08() -> Case:
    # whole letter in the body as short labelled lines; complete (pathway 2)
    ch = [("Chidera Nwosu", "2018-02-26")]
    lp = {"name": "Bernadette Achebe", "role": "Learning Mentor", "agency": "Ropewalk Primary School",
          "email": "b.achebe@ropewalk.newham.sch.uk", "phone": "020 7946 0944"}
    body = [
        P("Date: 19/08/2026"),
        P("To: Ms Adaeze Nwosu (mum); cc Lead Practitioner; NAM"),
        P("Re: Transition to Early Help – Nwosu family"),
        P(f"Child: {kids(ch, 'slash')}"),
        P("Route: Single Assessment only (Assessment Team 3) – Pathway 2"),
        P("Consent: Ms Nwosu agreed to early help on 12/08/2026 and signed the consent form.", "consent"),
        P("Why we are closing: referral in July after Chidera arrived at school hungry twice. Assessment found "
          "a benefits gap after mum lost her job; Universal Credit is now in payment, food bank support and free "
          "school meals arranged. No safeguarding concerns; remaining needs are level 2.", "rationale"),
        P("Lead Practitioner: Bernadette Achebe, Learning Mentor, Ropewalk Primary School – 020 7946 0944 – "
          "b.achebe@ropewalk.newham.sch.uk", "lead_practitioner"),
        P("Other professionals: Kelvin Mayhew, Welfare Rights Adviser, Riverside Money Advice (07700 900933)",
          "team_around_family"),
        P("Plan:\n- Weekly breakfast club place for Chidera – Bernadette Achebe – from 07/09/2026\n- Benefits "
          "check and budgeting session – Kelvin Mayhew – by 30/09/2026\n- Mum to attend job club at the Hub – "
          "Ms Nwosu – by 31/10/2026", "smart_plan"),
        P("Risks / contingency: if mum does not engage, money problems may return and Chidera may go without food. "
          "School will raise a TAF meeting straight away; any sign of neglect goes to LBN Triage.", "contingency"),
        P("Attached: Single Assessment"),
        P("Regards,\nFaith Olabode\nSocial Worker, Assessment Team 3\nLondon Borough of Newham\n020 7946 0186",
          "signature"),
    ]
    sa = [H("Single Assessment"), P(f"Child: {kids(ch, 'long')}"),
          P("Completed: 05/08/2026   Authorised: 10/08/2026"),
          P("Outcome: No further action at level 3; step down to early help.")]
    return Case(
        inbox="south", kind="submission", pathway="2",
        sender=("Faith Olabode", "faith.olabode@newham.gov.uk"), sent=uk(2026, 8, 19, 12, 0),
        subject="Transition to EH - Nwosu", body=body, body_type="closure_letter",
        attachments=[Doc("Nwosu SA.pdf", "single_assessment", "pdf", sa, is_assessment=True)],
        family="Nwosu", children=ch, lp=lp, assessment_date="2026-08-05", letter_date="2026-08-19",
        notes="complete; the letter is the email body, written as short labelled lines; plan as dash lines "
              "'action – who – when'; one child",
        exercises="letter in body as labelled lines")
