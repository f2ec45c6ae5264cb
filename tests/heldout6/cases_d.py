"""Cases 14-19: pathway 3, Families First coaches stepping down to universal services."""
from __future__ import annotations

from .common import NAM, D, council_sig, dots, early_help_record, long_date, slash, when
from .kit import Case, Doc, h, p, t

# ---- 14: short warm letter; EHR .docx with tables for children, plan, professionals ----
_kids14 = [("Jean-Luc Baptiste", D(2012, 11, 30), "Year 9, Stratford Vale Academy"),
           ("Nadia Baptiste", D(2015, 4, 8), "Year 6, Odeon Park Primary")]
_lp14 = {"name": "Hadiza Bello", "role": "Learning Mentor", "agency": "Odeon Park Primary School",
         "email": "h.bello@odeonpark.sch.uk", "phone": "020 7946 0273"}
_letter14 = Doc("Baptiste - goodbye letter.docx", "closure_letter", "docx", [
    p("11 November 2026"),
    p("Dear Marie,"),
    p("Re: Jean-Luc (30/11/2012) and Nadia (08/04/2015)"),
    p("It has been a real pleasure to work with you all since June. You have worked so hard - the "
      "bedtime routine, getting Jean-Luc back into school every day, and the budgeting with StepChange - "
      "and you should be proud. As we agreed together, you no longer need a Families First coach and the "
      "rest of your plan will be carried on by Nadia's school.", "rationale"),
    p("Thank you for agreeing to this - you signed the consent for early help with the school when we met "
      "on 28 October.", "consent"),
    p("Your Early Help Lead Practitioner is Hadiza Bello, Learning Mentor at Odeon Park Primary School, "
      "020 7946 0273, h.bello@odeonpark.sch.uk. The updated Early Help Record with your plan is attached.",
      "lead_practitioner"),
    p("Take care and keep going!"),
    p("Warm wishes,\n\nSian Llewellyn\nFamilies First Coach, Families First (Central)", "signature"),
], title="letter")
_ehr14 = early_help_record("EHR Baptiste \u2013 review 28.10.26.docx", "docx", _kids14, D(2026, 6, 15),
                           "Sian Llewellyn", [
    h("Review - TAF meeting 28/10/2026"),
    p("TAF meeting held on 28/10/2026 at Odeon Park Primary with Marie, Hadiza Bello, Mr Kevin Doyle "
      "(Head of Year 9, Stratford Vale Academy) and the coach. Marie agreed to step down to universal "
      "early help led by the school.", "transition_meeting"),
    t([["Name", "Role", "Agency", "Contact"],
       ["Hadiza Bello", "Learning Mentor (Lead Practitioner)", "Odeon Park Primary", "020 7946 0273"],
       ["Kevin Doyle", "Head of Year 9", "Stratford Vale Academy", "k.doyle@stratfordvale.sch.uk"],
       ["Nkechi Obi", "School Nurse", "Newham 0-19 Health Service", "020 7946 0811"]], "team_around_family"),
    h("Progress"),
    p("Attendance: Jean-Luc 97% this half term (was 64%). Rent arrears cleared under a repayment plan. "
      "The family's remaining needs are low level and can be supported by universal services.", "rationale"),
    h("Family plan"),
    t([["What needs to happen", "Who", "By when"],
       ["Weekly check-in with Nadia about secondary transfer", "Hadiza Bello", "weekly to 31/03/2027"],
       ["Attendance monitoring and call home on first day absent", "Kevin Doyle", "ongoing, review at TAF 09/12/2026"],
       ["Height/weight and sleep review for Nadia", "Nkechi Obi", "by 22/01/2027"],
       ["Keep to repayment plan and bedtime routine", "Marie", "review at TAF 09/12/2026"]], "smart_plan"),
    h("Contingency"),
    p("If Marie disengages or Jean-Luc's attendance drops below 90%, the risk is that the old pattern of "
      "missed school and debt returns. The lead practitioner will call an early TAF and contact the Early "
      "Help Partnership Team; if there is any risk of significant harm, a referral will be made to LBN "
      "Triage.", "contingency")], review=D(2026, 10, 28))
CASE14 = Case(
    14, "submission", "3", "central", "outlook",
    ("Sian Llewellyn", "Sian.Llewellyn@newham.gov.uk"), [NAM["central"]],
    "Baptiste family - FF closure, step down to Odeon Park", when(2026, 11, 11, 14, 27),
    [p("Hi lovely NAM team :)"),
     p("Closure letter and updated EHR for the Baptiste family attached. Hadiza at Odeon Park is taking "
       "over as LP."),
     p("Sian x"),
     council_sig("Sian Llewellyn", "Families First Coach", "Families First (Central)", "020 7946 0730",
                 "Sian.Llewellyn@newham.gov.uk")],
    [_letter14, _ehr14], family="Baptiste", children=[(n, d) for n, d, _ in _kids14], lp=_lp14,
    assessment_date=D(2026, 10, 28), letter_date=D(2026, 11, 11),
    exercises="Families First coach's short warm letter; EHR .docx with tables for TAF, plan, contingency",
    notes="complete; short informal letter; the TAF meeting, TAF members, plan and contingency are only "
          "in the EHR (first written 15/06/2026, reviewed 28/10/2026 - the review date is the assessment date)")

# ---- 15: TAF meeting only 'to be arranged' ----
_kids15 = [("Elif Yilmaz", D(2011, 3, 17), "Cumberland Park Secondary"),
           ("Can Yilmaz", D(2014, 8, 25), "Cumberland Park Secondary"),
           ("Deniz Yilmaz", D(2019, 12, 1), "Little Foxes Nursery")]
_lp15 = {"name": "Oksana Hrytsenko", "role": "Attendance and Welfare Officer",
         "agency": "Cumberland Park Secondary School", "email": "o.hrytsenko@cumberlandpark.sch.uk",
         "phone": "020 7946 0159"}
_letter15 = Doc("Yilmaz closure letter.pdf", "closure_letter", "pdf", [
    p("Families First (East)\nLondon Borough of Newham"),
    p("17/11/2026"),
    p("Dear Mrs Yilmaz,"),
    h("Transition to Early Help: Yilmaz Family - Elif 17/03/2011, Can 25/08/2014, Deniz 01/12/2019"),
    p("I am writing to confirm that we have discussed the move to early help with the school and you have "
      "consented to receiving early help. This means that Families First involvement with you will now "
      "come to an end.", "consent"),
    p("Since May we have worked on Elif and Can's attendance, on Deniz's nursery place and on the family's "
      "debts. Elif is now attending 93% and you have a debt relief order. Your remaining needs can be met "
      "by the school.", "rationale"),
    p("Your Early Help Lead Practitioner is Oksana Hrytsenko, Attendance and Welfare Officer at "
      "Cumberland Park Secondary School, 020 7946 0159, o.hrytsenko@cumberlandpark.sch.uk.",
      "lead_practitioner"),
    p("The handover TAF meeting with you, Mrs Hrytsenko and the nursery is still to be arranged - I will "
      "let you know the date."),
    p("With best wishes for the future\n\nKirsty McAllister\nFamilies First Coach", "signature"),
], title="letter")
_ehr15 = early_help_record("Early Help Record - Yilmaz.pdf", "pdf", _kids15, D(2026, 9, 8),
                           "Kirsty McAllister", [
    h("Team around the family"),
    p("Oksana Hrytsenko (Attendance and Welfare Officer, Cumberland Park); Beth Norris (Manager, Little "
      "Foxes Nursery); Ali Demir (Money Advice Worker, Newham Citizens Advice).", "team_around_family"),
    h("Plan"),
    t([["What", "Who", "By when"],
       ["Attendance contract reviewed", "Oksana Hrytsenko", "11/12/2026"],
       ["30 hours funded place confirmed for Deniz", "Beth Norris", "by 08/01/2027"],
       ["Check DRO conditions are being kept", "Ali Demir", "by 29/01/2027"]], "smart_plan"),
    h("Contingency if the plan is not followed"),
    p("Risk of non-engagement: Elif and Can fall behind and debts build up again. If risk escalates: "
      "lead practitioner to call a TAF, consult the EHP Team, and refer to LBN Triage if there is risk of "
      "significant harm.", "contingency")], review=D(2026, 11, 2))
CASE15 = Case(
    15, "submission", "3", "east", "gmail",
    ("Kirsty McAllister", "kirsty.mcallister.ff@gmail.com"), [NAM["east"]],
    "Yilmaz - FF closing", when(2026, 11, 17, 20, 15),
    [p("Hi East NAM, sending from my personal account as my work laptop is being reimaged - letter and "
       "EHR for the Yilmaz family attached. Kirsty McAllister, Families First Coach (East)")],
    [_letter15, _ehr15], family="Yilmaz", children=[(n, d) for n, d, _ in _kids15], lp=_lp15,
    assessment_date=D(2026, 11, 2), letter_date=D(2026, 11, 17),
    exercises="tricky negative: handover TAF 'still to be arranged'; sent from a personal Gmail account",
    notes="missing transition_meeting: the TAF meeting is 'still to be arranged'; everything else present "
          "across the letter and the EHR (reviewed 02/11/2026)")

# ---- 16: consent 'to be discussed with dad'; no contingency anywhere ----
_kids16 = [("Chiamaka Eze", D(2015, 5, 20), "Brampton Fields Primary"),
           ("Obinna Eze", D(2018, 9, 9), "Brampton Fields Primary")]
_lp16 = {"name": "Bridget Nolan", "role": "Parent Support Partner", "agency": "Brampton Fields Primary School",
         "email": "bnolan@bramptonfields.sch.uk", "phone": "020 7946 0586"}
_letter16 = Doc("Eze Family Closure Letter.docx", "closure_letter", "docx", [
    p("Families First South\nLondon Borough of Newham"),
    p("Date: 5.11.26"),
    p("Dear Mr Eze,"),
    h("TRANSITION TO EARLY HELP - EZE FAMILY"),
    p("Chiamaka Eze d.o.b 20.5.15\nObinna Eze d.o.b 9.9.18"),
    p("We started working together in April after Mrs Eze passed away. Since then you have had "
      "bereavement support from Grief Encounter, the children have a routine with their aunt's help "
      "after school, and Obinna's speech therapy has restarted. You are managing well and we feel the "
      "family no longer need Families First.", "rationale"),
    p("Consent to the transition is to be discussed with you when I visit on 24 November, as you wanted "
      "time to think about it."),
    p("The TAF meeting was held on 3 November 2026 at Brampton Fields Primary with you, Bridget Nolan and "
      "Ms Ruth Adeyinka (Speech and Language Therapist, Newham SLT service).",
      "transition_meeting", "team_around_family"),
    p("Your Early Help Lead Practitioner will be Bridget Nolan, Parent Support Partner at Brampton Fields "
      "Primary School - 020 7946 0586, bnolan@bramptonfields.sch.uk.", "lead_practitioner"),
    p("Kind regards\n\nDwayne Richards\nFamilies First Coach, Families First South", "signature"),
], title="letter")
_ehr16 = early_help_record("EHR_Eze_Nov26.docx", "docx", _kids16, D(2026, 10, 30), "Dwayne Richards", [
    h("Outcome of review"),
    p("Needs now at level 1-2; recommend closure to Families First and step down to universal services."),
    h("Plan"),
    t([["Action", "Who", "Timescale"],
       ["Monthly coffee morning check-in with Mr Eze", "Bridget Nolan", "first by 04/12/2026"],
       ["SLT block of 6 sessions for Obinna", "Ruth Adeyinka", "complete by 26/02/2027"],
       ["Child bereavement group for Chiamaka", "Mr Eze to book with Grief Encounter", "by 11/12/2026"]],
      "smart_plan")], dobfmt=dots)
CASE16 = Case(
    16, "submission", "3", "south", "outlook",
    ("Dwayne Richards", "Dwayne.Richards@newham.gov.uk"), [("South NAM", "SouthNAM@newham.gov.uk")],
    "EZE - CLOSURE LETTER + EHR", when(2026, 11, 5, 11, 31),
    [p("Afternoon all,"), p("Please find attached for the Eze family. Thanks"),
     council_sig("Dwayne Richards", "Families First Coach", "Families First South", "020 7946 0321",
                 "Dwayne.Richards@newham.gov.uk")],
    [_letter16, _ehr16], family="Eze", children=[(n, d) for n, d, _ in _kids16], lp=_lp16,
    assessment_date=D(2026, 10, 30), letter_date=D(2026, 11, 5),
    exercises="tricky negative: consent 'to be discussed' with the father; no contingency at all; "
              "DOBs as 20.5.15",
    notes="missing consent ('to be discussed with you when I visit') and contingency (no risks or "
          "escalation plan anywhere); single father; DOBs in d.m.yy form")

# ---- 17: quoted earlier email about another family; TAF held only in the cover email ----
_kids17 = [("Arjun Sandhu", D(2013, 1, 11), "Forest Lane Primary"),
           ("Simran Sandhu", D(2016, 7, 7), "Forest Lane Primary")]
_lp17 = {"name": "Gurpreet Bains", "role": "Deputy Head and DSL", "agency": "Forest Lane Primary School",
         "email": "g.bains@forestlane.sch.uk", "phone": "020 7946 0494"}
_letter17 = Doc("Closure letter Sandhu.pdf", "closure_letter", "pdf", [
    p("Families First West"),
    p("Date: 12/11/2026"),
    p("Dear Mrs Sandhu"),
    h("Transition to Early Help: Sandhu Family, Arjun 11/01/2013, Simran 07/07/2016"),
    p("I am writing to confirm that we have discussed transition to early help support for you and your "
      "family and you have consented to receiving early help. This means that Families First involvement "
      "with you will now come to an end.", "consent"),
    h("Recommendations for Early Help support"),
    p("I have attached to this letter a copy of your Early Help Record and our agreed plan for early help "
      "support."),
    h("Next Steps"),
    p("Your identified Early Help Lead Practitioner is Gurpreet Bains, Deputy Head and DSL, Forest Lane "
      "Primary School, 020 7946 0494, g.bains@forestlane.sch.uk.", "lead_practitioner"),
    p("With best wishes for the future\n\nAleksandra Nowicka\nFamilies First Coach", "signature"),
], title="letter")
_ehr17 = early_help_record("Sandhu EHR updated.pdf", "pdf", _kids17, D(2026, 10, 22), "Aleksandra Nowicka", [
    h("Summary of work and reason for closure"),
    p("Eight months of Families First work on Arjun's behaviour and Mrs Sandhu's low mood. Mrs Sandhu "
      "is now supported by Talking Therapies and Arjun's exclusions have stopped. The family's needs can "
      "now be met by the school at level 2.", "rationale"),
    t([["Team Around the Family", "Role", "Agency"],
       ["Gurpreet Bains", "Deputy Head / DSL (lead)", "Forest Lane Primary"],
       ["Dr Aaron Feld", "GP", "Woodgrange Health Centre"],
       ["Parveen Kaur", "Talking Therapies practitioner", "Newham Talking Therapies"]], "team_around_family"),
    t([["What", "Who", "By when"],
       ["Behaviour plan for Arjun reviewed each half term", "Gurpreet Bains", "next 16/12/2026"],
       ["Complete 12 sessions of CBT", "Mrs Sandhu with Parveen Kaur", "by 31/03/2027"],
       ["Medication review", "Dr Feld", "by 08/01/2027"]], "smart_plan"),
    t([["If the family do not engage", "If risk escalates"],
       ["Arjun's behaviour may deteriorate and exclusions may restart; Mrs Sandhu's mood may worsen",
        "DSL to call TAF and consult EHP Team; refer to LBN Triage if risk of significant harm"]],
      "contingency")])
_quoted17 = (
    "From: Aleksandra Nowicka <Aleksandra.Nowicka@newham.gov.uk>\n"
    "Sent: 29 October 2026 09:12\n"
    "To: West NAM <westNAM@newham.gov.uk>\n"
    "Subject: RE: Step down - Mensah-Bonsu\n\n"
    "Hi, thanks - yes, for the Mensah-Bonsu family (Kojo Mensah-Bonsu 04/04/2012 and Ama Mensah-Bonsu "
    "19/10/2017) I'm still waiting on mum's consent and the TAF hasn't happened yet, so please hold "
    "that one. I'll send the Sandhu closure next.\n\nAleks")
CASE17 = Case(
    17, "submission", "3", "west", "outlook",
    ("Aleksandra Nowicka", "Aleksandra.Nowicka@newham.gov.uk"), [NAM["west"]],
    "RE: Step down - Mensah-Bonsu / Sandhu closure", when(2026, 11, 12, 15, 58),
    [p("Hi West NAM,"),
     p("As promised, here's the Sandhu family's closure letter and updated EHR. The TAF meeting was held "
       "at Forest Lane on 10/11/2026 with Mrs Sandhu, Mrs Bains and Parveen and everyone agreed the plan.",
       "transition_meeting"),
     p("Aleks\nAleksandra Nowicka | Families First Coach | Families First West | 020 7946 0847")],
    [_letter17, _ehr17], quoted=_quoted17, family="Sandhu", children=[(n, d) for n, d, _ in _kids17],
    lp=_lp17, assessment_date=D(2026, 10, 22), letter_date=D(2026, 11, 12),
    exercises="thread quotes an earlier email about another family (must not count); TAF meeting held "
              "only in the cover email; plan, TAF and contingency only in EHR tables",
    notes="complete; the quoted earlier email is about the Mensah-Bonsu family (their children, pending "
          "consent and TAF) and does not count; the TAF meeting held is stated only in the cover email; "
          "the letter is a lightly filled template")

# ---- 18: letter only; EHR 'to follow' ----
_kids18 = [("Rayan Uddin", D(2012, 2, 2)), ("Tasnim Uddin", D(2017, 5, 31))]
_lp18 = {"name": "Lauren Achterberg", "role": "Pastoral Lead", "agency": "Windmill Quay Academy",
         "email": "l.achterberg@windmillquay.sch.uk", "phone": "020 7946 0708"}
_letter18 = Doc("Uddin - Transition letter.pdf", "closure_letter", "pdf", [
    p("Families First (Central), London Borough of Newham"),
    p("19th November 2026"),
    p("Dear Ms Begum,"),
    h("Transition to Early Help: Uddin Family"),
    p("Rayan Uddin, date of birth 2nd February 2012\nTasnim Uddin, date of birth 31st May 2017"),
    p("I am writing to confirm that we have discussed transition to early help support and you have "
      "consented to receiving early help from Windmill Quay Academy.", "consent"),
    p("Over the past six months we have worked on Rayan's online safety and the arguments between "
      "Rayan and you, and helped you to claim Carer's Allowance. Rayan has completed the Your Choice "
      "programme and there have been no police contacts since July. The family's needs are now level 2, "
      "so Families First will close.", "rationale"),
    p("The TAF meeting was held at Windmill Quay on 16 November 2026 with you, Rayan, Lauren Achterberg "
      "and PC Joe Mallory (Safer Schools Officer).", "transition_meeting", "team_around_family"),
    p("Your Early Help Lead Practitioner is Lauren Achterberg, Pastoral Lead at Windmill Quay Academy, "
      "020 7946 0708, l.achterberg@windmillquay.sch.uk.", "lead_practitioner"),
    t([["What", "Who", "By when"],
       ["Online safety session for Rayan and mum", "PC Mallory", "by 11/12/2026"],
       ["Fortnightly mentoring for Rayan", "Lauren Achterberg", "fortnightly until 26/03/2027"],
       ["Young carers referral for Tasnim", "Ms Begum", "by 04/12/2026"]], "smart_plan"),
    p("If Rayan stops engaging or there are further police contacts, there is a risk of exploitation. "
      "If so, the school will call an urgent TAF and, if there is any risk of significant harm, refer to "
      "LBN Triage straight away.", "contingency"),
    p("Yours sincerely\n\nTamsin Hollis\nFamilies First Coach, Families First (Central)", "signature"),
], title="letter")
CASE18 = Case(
    18, "submission", "3", "central", "iphone",
    ("Tamsin Hollis", "Tamsin.Hollis@newham.gov.uk"), [NAM["central"]],
    "Uddin transition letter", when(2026, 11, 19, 18, 40),
    [p("Hi NAM team, letter for the Uddin family attached. The EHR is on my laptop so I'll send it "
       "tomorrow. Thanks Tamsin")],
    [_letter18], family="Uddin", children=_kids18, lp=_lp18,
    assessment_date=None, letter_date=D(2026, 11, 19),
    exercises="everything in the letter but the updated EHR 'to follow' from the laptop",
    notes="missing assessment_attached: only the closure letter is attached (the EHR will be sent "
          "'tomorrow'); mother Begum, children Uddin; sent from iPhone")

# ---- 19: EHR over 6 months old; LP named without contact details ----
_kids19 = [("Nikos Papadopoulos", D(2010, 10, 10), "Eastbury Rise Secondary")]
_lp19 = {"name": "Irene Okonjo", "role": "SENCo", "agency": "Eastbury Rise Secondary School",
         "email": None, "phone": None}
_letter19 = Doc("Papadopoulos closure.docx", "closure_letter", "docx", [
    p("Families First South - London Borough of Newham"),
    p("3rd November 2026"),
    p("Dear Mrs Papadopoulou"),
    h("Transition to Early Help: Nikos Papadopoulos (10/10/2010)"),
    p("I am writing to confirm that we have discussed transition to early help support and you have "
      "consented to receiving early help. This means that Families First involvement will now end.",
      "consent"),
    p("Nikos was referred for his low attendance and self-harm. He now sees the CAMHS practitioner, "
      "Dr Sofia Marchetti, every fortnight and goes to school every day. His needs are now at level 2 and "
      "can be met by the school with CAMHS.", "rationale", "team_around_family"),
    p("The TAF meeting took place on 27/10/2026 at Eastbury Rise.", "transition_meeting"),
    p("Your Early Help Lead Practitioner is Mrs Irene Okonjo, SENCo at Eastbury Rise Secondary School."),
    t([["What", "Who", "By when"],
       ["Fortnightly CAMHS sessions", "Dr Marchetti", "until review 15/01/2027"],
       ["SEN support plan and exam access arrangements", "Mrs Okonjo", "by 11/12/2026"],
       ["Safety plan kept in Nikos's planner", "Nikos and Mrs Papadopoulou", "reviewed at TAF 08/12/2026"]],
      "smart_plan"),
    p("If Nikos stops attending CAMHS or the school sees any new self-harm, the risk to him increases. "
      "The school will follow its safeguarding procedure, contact CAMHS the same day and refer to LBN "
      "Triage if he is at risk of significant harm.", "contingency"),
    p("Best wishes\n\nBen Osei\nFamilies First Coach", "signature"),
], title="letter")
_ehr19 = early_help_record("EHR Papadopoulos.pdf", "pdf", _kids19, D(2026, 2, 9), "Ben Osei", [
    h("Assessment summary"),
    p("Nikos (15) has had low attendance (58%) and disclosed self-harm to his tutor. Mother is supportive "
      "but worried. Referral to CAMHS made.")], dobfmt=lambda d: f"{d:%d-%m-%Y}")
CASE19 = Case(
    19, "submission", "3", "south", "outlook",
    ("Ben Osei", "Ben.Osei@newham.gov.uk"), [NAM["south"]],
    "FF step down to universal - Papadopoulos", when(2026, 11, 3, 9, 48),
    [p("Morning, please see closure letter + EHR for Nikos Papadopoulos attached."),
     p("Ben Osei\nFamilies First Coach\nFamilies First South")],
    [_letter19, _ehr19], family="Papadopoulos", children=[(n, d) for n, d, _ in _kids19], lp=_lp19,
    assessment_date=D(2026, 2, 9), letter_date=D(2026, 11, 3),
    exercises="EHR from February (over 6 months); LP named with no phone or email; one child",
    notes="missing assessment_recent (EHR written 09/02/2026, letter 03/11/2026) and lead_practitioner "
          "(Mrs Okonjo named with role and school but no contact details anywhere); Greek feminine "
          "surname Papadopoulou for the mother")
