"""Cases 9-16: pathway 2 and the first pathway-3 cases."""
from __future__ import annotations

from tests.heldout7.build import BREAK, H, OL, P, T, UL, Case, Doc, uk
from tests.heldout7.common import council_sig, d, export_noise, kids, signoff


def c09() -> Case:
    # third person; team named by role only
    ch = [("Lily-Mae Harrow", "2020-06-11"), ("Jaxon Harrow", "2022-12-01")]
    lp = {"name": "Gwen Ashdown", "role": "Family Support Practitioner", "agency": "Stanmere Family Hub",
          "email": None, "phone": "020 7946 0377"}
    letter = [
        P("Dear Miss Harrow"),
        P(f"Re: Lily-Mae Harrow, born {d(ch[0][1], 'long')}, and Jaxon Harrow, born {d(ch[1][1], 'long')}"),
        P("Date: 5 March 2026"),
        P("Following the Single Assessment, the social worker and Miss Harrow have discussed early help. Miss "
          "Harrow has consented to early help and confirmed this in writing on 27 February 2026.", "consent"),
        P("The assessment was opened after a neighbour reported the children being left alone. It found that "
          "Miss Harrow had left them for short periods while at a night-shift job. She has changed to day shifts "
          "and the children's grandmother now helps with childcare. The concerns did not reach the threshold "
          "for a plan, and the remaining needs (childcare, isolation) sit at level 2.", "rationale"),
        P("Ms Gwen Ashdown, Family Support Practitioner at Stanmere Family Hub, will be the Lead "
          "Practitioner and can be contacted on 020 7946 0377.", "lead_practitioner"),
        P("The nursery key worker and the health visitor will also stay involved."),
        T([["Action", "Responsible", "Timescale"],
           ["Funded 2-year-old place for Jaxon", "Ms Ashdown", "application by 20/03/2026"],
           ["Home visit and safety check", "Ms Ashdown", "by 03/04/2026"],
           ["Attend parent group on Wednesdays", "Miss Harrow", "from 11/03/2026"]], "smart_plan"),
        P("Should Miss Harrow stop engaging or leave the children unsupervised again, the risk to the children "
          "would be high; Ms Ashdown will then refer to LBN Triage immediately.", "contingency"),
        signoff("Dominic Farrelly", "Senior Practitioner, Assessment Team 2", "Yours sincerely"),
    ]
    sa = [H("Single Assessment"), P(kids(ch, "dash")), P("Assessment completed 24/02/2026."),
          P("Recommendation: close with step-down to early help.")]
    return Case(
        inbox="east", kind="submission", pathway="2",
        sender=("Dominic Farrelly", "dominic.farrelly@newham.gov.uk"), sent=uk(2026, 3, 5, 15, 45),
        subject="Harrow - step down after SA (pathway 2)",
        body=[P("Dear colleagues,\n\nThe Harrow family's assessment has concluded. The closure letter and the "
                "Single Assessment are attached."),
              P(council_sig("Dominic Farrelly", "Senior Practitioner", "Assessment Team 2", "020 7946 0162"))],
        attachments=[Doc("Harrow closure letter 05.03.26.docx", "closure_letter", "docx", letter),
                     Doc("Harrow SA.pdf", "single_assessment", "pdf", sa, is_assessment=True)],
        family="Harrow", children=ch, lp=lp, assessment_date="2026-02-24", letter_date="2026-03-05",
        notes="missing team_around_family: only 'the nursery key worker and the health visitor' (roles, no names); "
              "third-person letter; LP with phone only",
        exercises="third person; team by roles only (tricky negative)")


def c10() -> Case:
    # non-native writer, pathway 2, complete; SA written and authorised dates
    ch = [("Mariam Haidari", "2010-04-04"), ("Omid Haidari", "2013-09-19")]
    lp = {"name": "Lucinda Marwood", "role": "Head of Year 9", "agency": "Elmstead Lane School",
          "email": "lmarwood@elmstead.newham.sch.uk", "phone": "020 7946 0465"}
    letter = [
        P("London, 09.07.2026"),
        P("Dear Mr and Mrs Haidari,"),
        P(f"Transition to Early Help for {kids(ch, 'slash', ' and ')}"),
        P("Like we discussed in the home visit of 1st July, you give your consent for the early help, and you have "
          "signed the consent paper. So the involvement of social care with your family is now closing.", "consent"),
        P("The school has referred because Mariam was saying she don't want to go home. In the assessment we find "
          "it was conflict about her phone and her friends, not abuse. We did family sessions together, four "
          "times, and now the relation at home is much better, Mariam say she feel listened. There is no more "
          "risk on level 3 so early help is enough.", "rationale"),
        P("Your Lead Practitioner is Ms Lucinda Marwood, Head of Year 9 in Elmstead Lane School, telephone "
          "020 7946 0465, lmarwood@elmstead.newham.sch.uk.", "lead_practitioner"),
        P("Also working with you: Mr Hassan Jalali, Family Therapist, Thamesgate CAMHS, 020 7946 0491.",
          "team_around_family"),
        T([["Action", "Person", "Date"],
           ["Mentoring for Mariam one time each week", "Ms Marwood", "from 14/07/2026 until 18/12/2026"],
           ["Three family therapy sessions", "Mr Jalali", "finish by 30/09/2026"],
           ["Parents go to the parents evening and meet Ms Marwood", "Mr and Mrs Haidari", "24/09/2026"]],
          "smart_plan"),
        P("If the family is not engaging, the conflict can grow again and Mariam can run away. If she go missing "
          "or speak about harm, the school must call the police and make referral to LBN Triage the same day.",
          "contingency"),
        signoff("Katarzyna Lis", "Social Worker, Assessment Team 1", "Best regards"),
    ]
    sa = [H("Single Assessment – Haidari"), P(kids(ch, "long", "; ")),
          P("Assessment written: 26/06/2026\nAuthorised by manager: 02/07/2026"),
          P("Outcome: step down to early help, school to lead.")]
    return Case(
        inbox="west", kind="submission", pathway="2",
        sender=("Katarzyna Lis", "katarzyna.lis@newham.gov.uk"), sent=uk(2026, 7, 9, 11, 30),
        subject="Haidari family – closing to early help",
        body=[P("Dear team,\n\nI send you the letter and the single assessment of Haidari family. It is pathway 2 "
                "(after assessment only).\n\nBest regards,\nKatarzyna Lis\nSocial Worker, Assessment Team 1\n"
                "020 7946 0191")],
        attachments=[Doc("Haidari letter.pdf", "closure_letter", "pdf", letter),
                     Doc("Haidari single assessment.pdf", "single_assessment", "pdf", sa, is_assessment=True)],
        family="Haidari", children=ch, lp=lp, assessment_date="2026-06-26", letter_date="2026-07-09",
        notes="complete; writer's first language is not English; letter dated '09.07.2026'; SA written 2026-06-26 "
              "and authorised 2026-07-02 (both recent)",
        exercises="non-native grammar; dotted letter date; written/authorised dates")


def c11() -> Case:
    # Q&A form as a DOCX; SA said to be attached but is not; no rationale
    ch = [("Reuben Salako", "2015-10-08")]
    lp = {"name": "Moira Tennant", "role": "SENCo", "agency": "Hollowmere Primary School",
          "email": None, "phone": None}
    form = [
        H("Case Closure Letter – question and answer format"),
        T([["Question", "Answer"],
           ["Date of letter", "21 April 2026"],
           ["Family", "Salako"],
           ["Child(ren) and date(s) of birth", kids(ch, "slash")],
           ["Route into early help", "Pathway 2 – after Single Assessment"],
           ["Has the family consented to Early Help?", "Yes – Mr Salako verbally on 14/4/2026, written 16/4/2026"],
           ["Who is the Lead Practitioner?", "Moira Tennant, SENCo, Hollowmere Primary School"],
           ["Who else is in the Team Around the Family?", "Dr Aled Pritchard, Community Paediatrician, "
                                                          "Thamesgate Children's Health"],
           ["What is the plan?", "1) ADHD assessment appointment – Dr Pritchard – by 29/05/2026; 2) EHCP needs "
                                 "assessment request – Ms Tennant – by 08/05/2026; 3) Dad to attend parenting "
                                 "group – Mr Salako – from 28/04/2026"],
           ["What if things get worse?", "If Mr Salako does not engage, Reuben's behaviour and exclusions may "
                                         "escalate; Ms Tennant will call a TAF within 10 days and refer to LBN "
                                         "Triage if Reuben is at risk of significant harm."]]),
        P("Signed: Themba Ndlovu, Social Worker, Assessment Team 4"),
    ]
    form[1].tags = ("consent", "team_around_family", "smart_plan", "contingency")
    form[2].tags = ("signature",)
    return Case(
        inbox="central", kind="submission", pathway="2",
        sender=("Themba Ndlovu", "themba.ndlovu@newham.gov.uk"), sent=uk(2026, 4, 21, 17, 5),
        subject="Salako - closure (Q&A form) + SA",
        body=[P("Hi NAM,\n\nClosure form and Single Assessment attached for Reuben Salako.\n\nThemba")],
        attachments=[Doc("Salako closure QA.docx", "closure_letter", "docx", form)],
        family="Salako", children=ch, lp=lp, assessment_date=None, letter_date="2026-04-21",
        notes="missing assessment_attached (cover email says the SA is attached; it is not), lead_practitioner "
              "(named with role and school but no email or phone), rationale (no summary of work or reason for "
              "step-down anywhere); the letter is a question/answer table",
        exercises="Q&A table as the letter; SA claimed but absent; LP without contact; no rationale")


def c12() -> Case:
    # print-to-PDF; one child without a DOB
    ch = [("Sienna Okoro", "2011-01-30"), ("Malachi Okoro", None)]
    lp = {"name": "Graham Pettifer", "role": "Designated Safeguarding Lead", "agency": "Quayside Secondary School",
          "email": "gpettifer@quayside.newham.sch.uk", "phone": "020 7946 0811"}
    noise = export_noise("Azeus Care", "CF-512904", "12/11/2026 09:17", "BDUMAS")
    letter = [
        P("Letter date: 12/11/2026"),
        P("Dear Ms Okoro"),
        P(f"Transition to Early Help: Okoro family – Sienna Okoro, DOB {d(ch[0][1], 'slash')}; Malachi Okoro"),
        P("You agreed to early help when we met on 5 November and signed the consent form.", "consent"),
        P("The Single Assessment followed Sienna's disclosure of self-harm. She is now seen by CAMHS, has a safety "
          "plan at school and you have attended all her appointments. No statutory plan is needed and early help "
          "at level 2 will support the family.", "rationale"),
        P("Lead Practitioner: Graham Pettifer, Designated Safeguarding Lead, Quayside Secondary School, "
          "020 7946 0811, gpettifer@quayside.newham.sch.uk.", "lead_practitioner"),
        P("Team Around the Family: Rhian Boateng, CAMHS Practitioner, Thamesgate CAMHS (020 7946 0820).",
          "team_around_family"),
        BREAK,
        T([["What", "Who", "By when"],
           ["Weekly check-in with Sienna", "Graham Pettifer", "every Friday to 18/12/2026"],
           ["CAMHS sessions", "Rhian Boateng", "next review 03/12/2026"],
           ["Mum to join the parents' support group", "Ms Okoro", "by 30/11/2026"]], "smart_plan"),
        P("Risks: if Sienna stops attending CAMHS or the family disengages, her self-harm may increase. If there "
          "is a further serious incident, school will follow its safeguarding procedure and refer to LBN Triage.",
          "contingency"),
        signoff("Benoit Dumas", "Social Worker, Assessment Team 1", "Kind regards"),
    ]
    sa = [H("Single Assessment"), P("Subject child: Sienna Okoro (30/01/2011). Sibling: Malachi."),
          P("Start date: 20/10/2026    Completed date: 04/11/2026"), P("Outcome: close, step down.")]
    return Case(
        inbox="south", kind="submission", pathway="2",
        sender=("Benoit Dumas", "benoit.dumas@newham.gov.uk"), sent=uk(2026, 11, 12, 9, 40),
        subject="Okoro – Pathway 2 step-down documents",
        body=[P("Good morning,\n\nPrinted copies from Azeus attached.\n\nBenoit Dumas\nSocial Worker, Assessment "
                "Team 1, LB Newham")],
        attachments=[Doc("Azeus print - closure letter.pdf", "closure_letter", "export", letter, noise=noise),
                     Doc("Azeus print - SA.pdf", "single_assessment", "export", sa, is_assessment=True, noise=noise)],
        family="Okoro", children=ch, lp=lp, assessment_date="2026-11-04", letter_date="2026-11-12",
        notes="missing children_dobs: Malachi Okoro is named without a date of birth anywhere; print-to-PDF "
              "exports with header/footer on every page (print date 12/11/2026 is not the assessment date)",
        exercises="print-to-PDF noise; one child without DOB")


def c13() -> Case:
    # 'professionals supporting the family'; one template slot left; no contingency
    ch = [("Tyrese Campbell-Reid", "2016-07-07"), ("Naomi Campbell-Reid", "2018-03-15")]
    lp = {"name": "Oksana Hrytsenko", "role": "Parent Support Adviser", "agency": "Marlowe Heights Academy",
          "email": None, "phone": "07700 900718"}
    letter = [
        P("1 December 2026"),
        P("Dear Ms Campbell-Reid"),
        H(f"Transition to Early Help: Campbell-Reid Family, {kids(ch, 'slash')}"),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that social care involvement with you will "
          "now come to an end.", "consent"),
        P("Summary of work: the assessment followed a police notification of an argument at home. You and "
          "Mr Reid have separated amicably, contact is arranged through a solicitor and the children have not "
          "witnessed further conflict. We agree that any support now needed is at early help level.", "rationale"),
        P("Your identified Early Help Lead Practitioner is Oksana Hrytsenko, Parent Support Adviser, Marlowe "
          "Heights Academy, 07700 900718.", "lead_practitioner"),
        P("The professionals supporting the family are: Mr Lionel Abara, Family Worker, Marlowe Heights Academy; "
          "Name/Title/Contact Details – as appropriate.", "team_around_family", "PLACEHOLDER"),
        T([["Action", "By whom", "By when"],
           ["Check-ins with Tyrese after weekend contact", "Lionel Abara", "each Monday until 19/02/2027"],
           ["Referral to the Families Together co-parenting course", "Oksana Hrytsenko", "by 15/12/2026"],
           ["Attend co-parenting course", "Ms Campbell-Reid", "January 2027 cohort, ends 26/03/2027"]],
          "smart_plan"),
        signoff("Rachael Odunsi", "Social Worker, Assessment Team 3", "With best wishes for the future"),
    ]
    sa = [H("Single Assessment"), P(kids(ch, "long", "; ")), P("Date completed: 24/11/2026"),
          P("Outcome: NFA at level 3; early help offered and accepted.")]
    return Case(
        inbox="east", kind="submission", pathway="2",
        sender=("Rachael Odunsi", "rachael.odunsi@newham.gov.uk"), sent=uk(2026, 12, 1, 14, 20),
        subject="Campbell-Reid closure letter and SA", html=True,
        body=[P("Dear EHPT,\n\nAttached for the NAM: closure letter and Single Assessment (Pathway 2).\n\nRachael "
                "Odunsi\nSocial Worker, Assessment Team 3")],
        attachments=[Doc("Campbell-Reid closure letter.docx", "closure_letter", "docx", letter),
                     Doc("Campbell-Reid SA.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Campbell-Reid", children=ch, lp=lp, assessment_date="2026-11-24", letter_date="2026-12-01",
        notes="missing template_text ('Name/Title/Contact Details' left after one real professional), "
              "contingency (not mentioned); team described as 'the professionals supporting the family'",
        exercises="'professionals supporting the family'; leftover placeholder beside a real name")


def _coach_letter(ch, family, parent, date_line, lp_row, taf_rows, meeting_row, plan_rows, contingency_row,
                  consent_row, rationale_row, sig_row) -> list:
    """A Families First coach who puts everything in tables."""
    blocks = [T([["Date", date_line], ["To", parent], ["Subject", f"Closing Families First – {family} family"]]),
              T([["Name", "Date of birth"]] + [[n, d(b, "slash") if b else "—"] for n, b in ch])]
    for row in (consent_row, rationale_row, meeting_row, lp_row):
        if row:
            blocks.append(T([row[0]], *row[1]))
    if taf_rows:
        blocks.append(T([["Who else is helping", "Role / agency", "Contact"]] + taf_rows[0], *taf_rows[1]))
    blocks.append(T(plan_rows[0], *plan_rows[1]))
    if contingency_row:
        blocks.append(T([contingency_row[0]], *contingency_row[1]))
    blocks.append(T([sig_row[0]], *sig_row[1]))
    return blocks


def c14() -> Case:
    # Families First coach, tables everywhere; complete
    ch = [("Ellis Brennan", "2013-05-22"), ("Maisie Brennan", "2016-08-30")]
    lp = {"name": "Shona McAvoy", "role": "Pastoral Lead", "agency": "Orchard Reach Primary School",
          "email": "smcavoy@orchardreach.newham.sch.uk", "phone": "020 7946 0955"}
    letter = _coach_letter(
        ch, "Brennan", "Mr and Mrs Brennan", "10/06/2026",
        lp_row=([["Lead Practitioner", "Shona McAvoy, Pastoral Lead, Orchard Reach Primary School",
                  "smcavoy@orchardreach.newham.sch.uk, 020 7946 0955"]], ("lead_practitioner",)),
        taf_rows=([["Craig Ellwood", "Attendance Officer, Orchard Reach Primary", "020 7946 0956"],
                   ["Anjali Mistry", "Debt Adviser, Riverside Money Advice", "07700 900962"]], ("team_around_family",)),
        meeting_row=([["TAF meeting", "Held 3 June 2026 at school – parents, Ms McAvoy, Mr Ellwood, Ms Mistry "
                       "and the coach"]], ("transition_meeting",)),
        plan_rows=([["Outcome", "Action", "Who", "By"],
                    ["Attendance above 95%", "Daily call if absent", "Craig Ellwood", "review 17/07/2026"],
                    ["Debts under control", "Debt relief order application", "Anjali Mistry", "31/07/2026"],
                    ["Routines", "Bedtime chart for Maisie", "Mrs Brennan", "from 11/06/2026"]], ("smart_plan",)),
        contingency_row=([["Contingency", "If the family stop engaging, attendance and money worries could slide "
                           "back; Ms McAvoy will reconvene the TAF within 2 weeks and contact the Early Help "
                           "Partnership Team; any risk of significant harm → LBN Triage."]], ("contingency",)),
        consent_row=([["Consent", "Both parents agreed to early help from school and signed on 3 June 2026"]],
                     ("consent",)),
        rationale_row=([["Why Families First is closing", "Ten months of coaching: attendance up from 82% to "
                         "96%, rent arrears cleared, routines in place. Remaining needs are light-touch and "
                         "school is best placed to lead."]], ("rationale",)),
        sig_row=([["From", "Declan Furlong", "Families First Coach, Families First East"]], ("signature",)))
    ehr = [H("Early Help Record – assessment and plan review"), T([["Child", "DOB"]] + [[n, d(b, "slash")] for n, b in ch]),
           T([["Assessment reviewed at TAF", "03/06/2026"], ["Originally completed", "14/08/2025"]]),
           T([["Summary", "Goals met; step down to universal services with school lead."]])]
    return Case(
        inbox="west", kind="submission", pathway="3",
        sender=("Declan Furlong", "declan.furlong@newham.gov.uk"), sent=uk(2026, 6, 10, 16, 0),
        subject="Families First closure – Brennan (pathway 3)",
        body=[P("Hi West NAM,\n\nTables attached as usual – closure letter and updated EHR.\n\nDeclan Furlong\n"
                "Families First Coach")],
        attachments=[Doc("Brennan closure letter.docx", "closure_letter", "docx", letter),
                     Doc("Brennan EHR review June 2026.docx", "early_help_record", "docx", ehr, is_assessment=True)],
        family="Brennan", children=ch, lp=lp, assessment_date="2026-06-03", letter_date="2026-06-10",
        notes="complete; Families First coach puts every part of the letter in tables; EHR originally completed "
              "2025-08-14 (over 6 months) but reviewed at the TAF on 2026-06-03: recent",
        exercises="all tables; EHR 'reviewed at' TAF makes an old assessment recent")


def c15() -> Case:
    # tables coach; TAF meeting provisionally booked; plan to be drawn up
    ch = [("Noor Hussaini", "2019-11-11")]
    lp = {"name": "Patience Adjei", "role": "Nursery Manager", "agency": "Little Oaks Nursery School",
          "email": "p.adjei@littleoaks.newham.sch.uk", "phone": "020 7946 0972"}
    letter = _coach_letter(
        ch, "Hussaini", "Ms Laila Hussaini", "22/09/2026",
        lp_row=([["Lead Practitioner", "Patience Adjei, Nursery Manager, Little Oaks Nursery School",
                  "p.adjei@littleoaks.newham.sch.uk / 020 7946 0972"]], ("lead_practitioner",)),
        taf_rows=([["Dr Femi Lawal", "GP, Wyndgate Medical Practice", "020 7946 0977"]], ("team_around_family",)),
        meeting_row=([["TAF meeting", "Provisionally booked for 06/10/2026 – awaiting GP availability"]], ()),
        plan_rows=([["Plan", "The early help plan will be drawn up at the TAF meeting with Ms Hussaini and "
                     "Ms Adjei."]], ()),
        contingency_row=([["If things get worse", "Risk: Noor's weight and development falling behind if "
                           "appointments are missed. If Ms Hussaini stops engaging, Ms Adjei will raise it with the "
                           "GP and the Early Help Partnership Team; concerns of significant harm go to LBN Triage."]],
                         ("contingency",)),
        consent_row=([["Consent", "Ms Hussaini signed the Early Help consent form on 15/09/2026"]], ("consent",)),
        rationale_row=([["Why closing", "Six months of Families First support: housing repairs done, Noor now "
                         "in nursery 15 hours, mum's low mood treated by GP. Universal services can carry on."]],
                       ("rationale",)),
        sig_row=([["From", "Yetunde Bakare", "Families First Coach"]], ("signature",)))
    ehr = [H("Early Help Record"), T([["Child", "Noor Hussaini"], ["DOB", "11/11/2019"]]),
           T([["Assessment completed", "28/03/2026"], ["Plan last updated", "15/09/2026"]])]
    return Case(
        inbox="south", kind="submission", pathway="3",
        sender=("Yetunde Bakare", "yetunde.bakare@newham.gov.uk"), sent=uk(2026, 9, 22, 10, 50),
        subject="Hussaini – FF step down", html=True,
        body=[P("Morning,\n\nPlease find closure letter + EHR for Noor Hussaini.\n\nYetunde Bakare\nFamilies First "
                "Coach, Families First South\n07700 900980")],
        attachments=[Doc("Hussaini closure.docx", "closure_letter", "docx", letter),
                     Doc("Hussaini EHR.pdf", "early_help_record", "pdf", ehr, is_assessment=True)],
        family="Hussaini", children=ch, lp=lp, assessment_date="2026-09-15", letter_date="2026-09-22",
        notes="missing smart_plan ('will be drawn up at the TAF meeting'), transition_meeting (TAF meeting only "
              "'provisionally booked'); EHR assessment 2026-03-28, plan updated "
              "2026-09-15 (both recent)",
        exercises="tables; TAF 'provisionally booked'; plan 'will be drawn up'")


def c16() -> Case:
    # numbered-list plan; LP only in the EHR
    ch = [("Deji Afolabi", "2014-02-09"), ("Tolu Afolabi", "2017-12-24"), ("Bisi Afolabi", "2021-05-05")]
    lp = {"name": "Marcus Thornley", "role": "Family Liaison Officer", "agency": "Harcourt Vale Primary School",
          "email": "mthornley@harcourtvale.newham.sch.uk", "phone": "020 7946 0358"}
    letter = [
        P("28 January 2026"),
        P("Dear Mrs Afolabi,"),
        H(f"Transition to Early Help – Afolabi family: {kids(ch, 'ord')}"),
        P("Thank you for agreeing to continue with early help; you signed the consent form at our TAF meeting on "
          "21 January 2026, which was attended by the school and the health visitor.", "consent",
          "transition_meeting"),
        P("Families First worked with you from July 2025 on routines, Deji's anger at home and your debts. Deji now "
          "uses his calm-down plan, the children have a bedtime routine and your debts are in a payment plan. "
          "You no longer need a coach, so we are stepping down to support from the school.", "rationale"),
        P("Your Lead Practitioner is named in the attached Early Help Record."),
        P("Other members of the Team Around the Family:"),
        UL(["Sarah-Jane Coyle, Health Visitor, Thamesgate Children's Health – 07700 900361",
            "Ibrahim Sesay, Class Teacher (Year 6), Harcourt Vale Primary School – 020 7946 0359"],
           "team_around_family"),
        P("Plan:"),
        OL(["Mr Thornley – weekly nurture group for Deji, 3 February to 27 March 2026.",
            "Sarah-Jane Coyle – Bisi's 2½-year review by 27 February 2026.",
            "Mrs Afolabi – attend 'Money Matters' at the Family Hub on 10, 17 and 24 February 2026.",
            "Mr Thornley – review the plan with the family on 10 March 2026."], "smart_plan"),
        P("If Deji's outbursts return or the family stop attending, the school will call another TAF meeting within "
          "two weeks; if any child is harmed or at risk of harm, school will refer to LBN Triage.", "contingency"),
        signoff("Joanne Prideaux", "Families First Coach, Families First Central", "Warm regards"),
    ]
    ehr = [H("Early Help Record – closing review"), P(kids(ch, "slash")),
           P("Last updated: 21/01/2026 (TAF review)"),
           P("Lead Practitioner going forward: Marcus Thornley, Family Liaison Officer, Harcourt Vale Primary School, "
             "mthornley@harcourtvale.newham.sch.uk, 020 7946 0358.", "lead_practitioner")]
    return Case(
        inbox="central", kind="submission", pathway="3",
        sender=("Joanne Prideaux", "joanne.prideaux@newham.gov.uk"), sent=uk(2026, 1, 28, 13, 25),
        subject="Afolabi - closure to universal (pathway 3)",
        body=[P("Dear Central NAM,\n\nClosure letter and updated Early Help Record attached.\n\nJoanne Prideaux\n"
                "Families First Coach")],
        attachments=[Doc("Afolabi - closure letter.docx", "closure_letter", "docx", letter),
                     Doc("Afolabi - EHR updated.docx", "early_help_record", "docx", ehr, is_assessment=True)],
        family="Afolabi", children=ch, lp=lp, assessment_date="2026-01-21", letter_date="2026-01-28",
        notes="complete; lead practitioner named with contact details only in the Early Help Record (the letter "
              "refers to it); plan as a numbered list 'who – action – when'; TAF as bullets with phones",
        exercises="numbered plan, bulleted team; LP only in EHR (tricky positive)")
