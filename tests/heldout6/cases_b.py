"""Cases 5-8: more pathway 1 step-downs (typos, another borough's form, body letter, iPhone)."""
from __future__ import annotations

from .common import NAM, D, council_sig, dots, single_assessment, slash, when
from .kit import Case, Doc, h, p, t

# ---- 5: typos and abbreviations; LP 'to be identified', plan 'to be agreed at the TAF' ----
_kids5 = [("Jayden Campbell", D(2011, 5, 3), "M"), ("Amelia-Rose Campbell", D(2015, 12, 28), "F")]
_letter5 = Doc("campbell closure ltr.docx", "closure_letter", "docx", [
    p("CIN Team (East) - LBN Childrens Social Care"),
    p("Date: 09/11/26"),
    p("Dear Ms Campbell"),
    p("RE: Jayden Campbell d.o.b 03/05/2011 and Amelia-Rose Campbell d.o.b 28/12/2015"),
    p("Im writing following the final CIN meeting which was held on 02/11/26 at Sandal Road Primary. "
      "Present was yourself, Ms Temi Adebayo (DSL, Sandal Road Primary), Chris Lowe (Young Carers worker, "
      "Newham Carers Network) and myself.", "transition_meeting", "team_around_family"),
    p("At the meeting you confirmed you consent to EH support going forward and your happy for "
      "information to be shared with the TAF.", "consent"),
    p("The childrens CIN plan started in May 26 due to concerns around Jayden's caring role for you "
      "following your surgery and his missing school. Since then Jayden has been linked in with the young "
      "carers project, the OT has put in adaptations, and Jaydens attendence is now 94%. Your health has "
      "improved and Amelia-Rose is thriving. The outstanding needs (Jayden's emotional wellbeing and some "
      "help with the house) are level 2 and dont need SW involvement so the CIN plan is closing.",
      "rationale"),
    p("Lead Practioner - to be identified at the 1st TAF meeting. The school have said they will "
      "consider it."),
    p("The EH plan is to be agreed at the TAF, the school will send it round after."),
    p("Contingency - if the family disengage or Jayden's attendence drops again theres a risk he "
      "slips back into a caring role and his education is affected. Should risk escalate or there are any "
      "safeguarding concerns the school to refer to LBN Triage / MASH straight away and seek advice from the "
      "EHP Team.", "contingency"),
    p("Regards\n\nDeirdre Mulholland\nSocial Worker, CIN Team (East)", "signature"),
], title="closure")
_sa5 = single_assessment("SA - Campbell.docx", "docx", _kids5, D(2026, 10, 12),
                         "Deirdre Mulholland", "CIN Team (East)", [
    h("Analysis"),
    p("Ms Campbell's recovery and the young carers input have reduced Jayden's caring role. Needs now "
      "at level 2. Recommendation: close CIN and step down to EH with school.")])
CASE5 = Case(
    5, "submission", "1", "east", "outlook",
    ("Deirdre Mulholland", "Deirdre.Mulholland@newham.gov.uk"), [("EastNAM", "EastNAM@newham.gov.uk")],
    "closure - campbell", when(2026, 11, 9, 17, 22),
    [p("hi,"),
     p("pls see attched closure letter + SA for the campbell family, CIN closing to EH. LP tbc at first "
       "TAF."),
     p("thx\nDee"),
     council_sig("Deirdre Mulholland", "Social Worker", "CIN Team (East)", "020 7946 0302",
                 "Deirdre.Mulholland@newham.gov.uk")],
    [_letter5, _sa5], family="Campbell", children=[(n, d) for n, d, _ in _kids5], lp=None,
    assessment_date=D(2026, 10, 12), letter_date=D(2026, 11, 9),
    exercises="typos and abbreviations (d.o.b, SW, EH, TAF, LP tbc); tricky negatives: LP 'to be "
              "identified', plan 'to be agreed at the TAF'",
    notes="missing lead_practitioner (only 'to be identified at the 1st TAF', LP null) and smart_plan "
          "(plan 'to be agreed at the TAF'); typos throughout; d.o.b dd/mm/yyyy")

# ---- 6: agency worker using another borough's numbered form; SA too old ----
_kids6 = [("Kian O'Brien", D(2010, 1, 15), "M"), ("Ava O'Brien", D(2013, 8, 9), "F"),
          ("Rory O'Brien", D(2021, 3, 30), "M")]
_lp6 = {"name": "Mandeep Gill", "role": "Family Support Worker", "agency": "Rosetta Fields Children's Centre",
        "email": "mandeep.gill@rosettafields.sch.uk", "phone": "07700 900417"}
_form6 = Doc("Step Down Summary Form - OBrien.docx", "closure_letter", "docx", [
    h("LONDON BOROUGH OF HARROWFIELD - CHILDREN'S SERVICES"),
    h("STEP DOWN TO EARLY HELP - SUMMARY AND CLOSURE (FORM SD1)"),
    p("(used for a Newham case - Intervention Team Central)"),
    p("1. Date of form: 04/11/2026"),
    p("2. Family: O'Brien. Parent/carer: Shannon O'Brien, 12 Kelvedon Court, London E13 9RT"),
    t([["3. Children", "DOB", "Legal status"],
       ["Kian O'Brien", "15/01/2010", "CIN"], ["Ava O'Brien", "09/08/2013", "CIN"],
       ["Rory O'Brien", "30/03/2021", "CIN"]]),
    p("4. Summary of involvement and reason for step down: Open on a CIN plan since 06/2026 after "
      "concerns about Ms O'Brien's alcohol use. She has completed the Change Grow Live programme, tests "
      "have been negative since August, and maternal grandmother is a stable support. Children's needs "
      "are now at level 2 - step down to early help is recommended.", "rationale"),
    p("5. Consent: Ms O'Brien gave verbal and written consent to early help on 27/10/2026.", "consent"),
    p("6. Transition meeting: Final CIN review / transition meeting held 27/10/2026, attended by "
      "Ms O'Brien, Mandeep Gill (Rosetta Fields CC), Ms Jo Harker (DSL, Carpenters Lane Academy) and the "
      "allocated SW.", "transition_meeting"),
    p("7. Lead professional: Mandeep Gill, Family Support Worker, Rosetta Fields Children's Centre. "
      "Mob 07700 900417, mandeep.gill@rosettafields.sch.uk", "lead_practitioner"),
    p("8. Other professionals: Ms Jo Harker, DSL, Carpenters Lane Academy; Bukola Ade, Recovery Worker, "
      "Change Grow Live Newham.", "team_around_family"),
    t([["9. Outcome", "Action", "Responsible", "Timescale"],
       ["Kian re-engages in college", "Careers advice appointment", "Jo Harker", "by 30/11/2026"],
       ["Mum maintains abstinence", "Monthly aftercare group", "Bukola Ade / Ms O'Brien", "monthly, next 08/12/2026"],
       ["Rory ready for nursery", "Apply for 2-year funded place", "Mandeep Gill", "by 15/12/2026"]],
      "smart_plan"),
    p("10. Risks and contingency: If Ms O'Brien relapses or stops attending aftercare the children may "
      "again be exposed to unpredictable care and Kian may take on a caring role. Any relapse reported "
      "to the lead professional should trigger a TAF within a week; if the children are at risk of "
      "significant harm a referral must be made to LBN Triage.", "contingency"),
    p("Completed by: Tendai Moyo, Locum Social Worker (agency), Intervention Team Central, Newham",
      "signature"),
], title="SD1")
_sa6 = single_assessment("SA OBrien.pdf", "pdf", _kids6, D(2026, 3, 12), "Tendai Moyo",
                         "Intervention Team Central", [
    h("Recommendation"),
    p("Concerns about parental alcohol use are substantiated; a Child in Need plan is recommended.")],
    start=D(2026, 2, 2))
CASE6 = Case(
    6, "submission", "1", "central", "outlook",
    ("Tendai Moyo", "Tendai.Moyo@newham.gov.uk"), [NAM["central"]],
    "O'Brien step down", when(2026, 11, 4, 14, 3),
    [p("Hello,"),
     p("Please find the step down form and the SA for the O'Brien family. Apologies it's on the "
       "Harrowfield form, it's the one I'm used to - all the info is in there."),
     p("Tendai Moyo\nLocum Social Worker\nIntervention Team Central")],
    [_form6, _sa6], family="O'Brien", children=[(n, d) for n, d, _ in _kids6], lp=_lp6,
    assessment_date=D(2026, 3, 12), letter_date=D(2026, 11, 4),
    exercises="agency worker uses another borough's numbered form; SA older than 6 months",
    notes="missing assessment_recent (SA completed 12/03/2026, letter 04/11/2026); the letter is a "
          "numbered step-down form from another (fictional) borough; SA from the start of the CIN plan "
          "but the form gives the rationale")

# ---- 7: whole letter in the email body with ALL-CAPS headings; only the SA attached ----
_kids7 = [("Zain Mahmood", D(2015, 1, 4), "M"), ("Sara Mahmood", D(2020, 6, 17), "F")]
_lp7 = {"name": "Claire Oduya", "role": "Health Visitor", "agency": "Newham 0-19 Health Service",
        "email": "claire.oduya@newham019.nhs.uk", "phone": "020 7946 0744"}
_sa7 = single_assessment("Mahmood SA reviewed 21.09.26.pdf", "pdf", _kids7, D(2026, 9, 21),
                         "Ruth Ansah", "Intervention Team West", [
    h("Analysis"),
    p("Mrs Mahmood has shown she can protect the children; Mr Mahmood has moved out and contact is "
      "via the court order. The children's needs are at level 2.")],
    dobfmt=lambda d: f"{d.day} {d:%B %Y}")
CASE7 = Case(
    7, "submission", "1", "west", "outlook",
    ("Ruth Ansah", "Ruth.Ansah@newham.gov.uk"), [NAM["west"]],
    "CASE CLOSURE LETTER - MAHMOOD - Zain & Sara", when(2026, 11, 12, 11, 40),
    [p("Hi West NAM - I've put the letter below rather than attaching it (Word keeps crashing). SA "
       "attached. Copy has gone to Mrs Mahmood by post."),
     p("----------------------------------------"),
     p("12 November 2026"),
     p("Dear Mrs Mahmood,"),
     h("TRANSITION TO EARLY HELP - ZAIN MAHMOOD (DOB 04/01/2015) AND SARA MAHMOOD (DOB 17/06/2020)"),
     p("I am writing to confirm that we have discussed transition to early help for you and the children "
       "and that you have consented to receiving early help. This means social care involvement with you "
       "will now come to an end.", "consent"),
     h("WHAT HAS HAPPENED"),
     p("The children were on a Child in Need plan from April 2026 after the domestic abuse incident in "
       "March. You have completed the Freedom Programme, the court has made a child arrangements order "
       "and Zain is getting support at school for his worries. There have been no incidents since April. "
       "We agreed at the final CIN meeting on 5 November 2026 - with you, Claire Oduya (HV) and "
       "Mr Gareth Pryce (Year 6 teacher and DSL, St Kilda's Primary) - that the children's needs can now "
       "be met through early help.", "rationale", "transition_meeting", "team_around_family"),
     h("YOUR EARLY HELP LEAD PRACTITIONER"),
     p("Claire Oduya, Health Visitor, Newham 0-19 Health Service - 020 7946 0744 / "
       "claire.oduya@newham019.nhs.uk", "lead_practitioner"),
     h("THE PLAN"),
     t([["What", "Who", "By when"],
       ["Sara's 2.5 year review and nursery place", "Claire Oduya", "18/12/2026"],
       ["Weekly worry-group for Zain", "Mr Pryce", "weekly to 12/02/2027"],
       ["IDVA safety plan review", "Mrs Mahmood with Safer Families IDVA", "by 30/11/2026"],
       ["First TAF", "Claire Oduya", "by 10/12/2026"]], "smart_plan"),
     h("IF THINGS GO WRONG"),
     p("If you stop engaging with the plan, the children could again be affected by the conflict at "
       "handovers and Zain's anxiety may get worse. If Mr Mahmood breaches the order or there is any "
       "incident, call 999; Claire will refer to LBN Triage if anyone believes the children are at risk "
       "of significant harm, and will ask the Early Help Partnership Team for advice on any lower-level "
       "worries.", "contingency"),
     p("Kind regards"),
     p("Ruth Ansah\nAdvanced Practitioner (Social Work)\nIntervention Team West\nLondon Borough of Newham\n"
       "020 7946 0610", "signature")],
    [_sa7], body_letter="closure_letter", family="Mahmood",
    children=[(n, d) for n, d, _ in _kids7], lp=_lp7, assessment_date=D(2026, 9, 21),
    letter_date=D(2026, 11, 12),
    exercises="letter pasted into the body with ALL-CAPS headings; only the SA attached",
    notes="complete; the closure letter is in the email body (dated 12 November 2026) and signed by "
          "the worker's name and title; the SA is the only attachment")

# ---- 8: iPhone; SA from the start of the CIN plan; no rationale; contingency only 'main risk' ----
_kids8 = [("Andrei Ionescu", D(2012, 12, 12), "M"), ("Sofia Ionescu", D(2016, 5, 5), "F")]
_lp8 = {"name": "Michelle Dunn", "role": "Learning Mentor", "agency": "Cumberland Park Secondary School",
        "email": "m.dunn@cumberlandpark.sch.uk", "phone": "020 7946 0155"}
_letter8 = Doc("Ionescu letter.docx", "closure_letter", "docx", [
    p("18/11/2026"),
    p("Dear Mrs Ionescu"),
    h("Transition to Early Help: Ionescu Family, Andrei 12/12/2012, Sofia 05/05/2016"),
    p("I am writing to confirm that we have discussed transition to early help support for you and your "
      "family and you have consented to receiving early help. This means that social care involvement with "
      "you will now come to an end.", "consent"),
    p("The final CIN meeting took place on 12 November 2026 at Cumberland Park with you, Michelle Dunn "
      "and Anita Rao (CAMHS practitioner, Newham CAMHS).", "transition_meeting", "team_around_family"),
    p("Your identified Early Help Lead Practitioner is Michelle Dunn, Learning Mentor, Cumberland Park "
      "Secondary School, 020 7946 0155, m.dunn@cumberlandpark.sch.uk.", "lead_practitioner"),
    t([["What", "Who", "By when"],
       ["Attendance plan with weekly check-ins", "Michelle Dunn", "weekly, review 18/12/2026"],
       ["CAMHS assessment appointment for Andrei", "Anita Rao", "08/01/2027"],
       ["Parent workshop on school refusal", "Mrs Ionescu", "attend by 27/01/2027"]], "smart_plan"),
    p("The main risk is Andrei's school refusal."),
    p("With best wishes for the future\n\nFemi Balogun\nSocial Worker, Intervention Team (South)",
      "signature"),
], title="letter")
_sa8 = single_assessment("Single Assessment Ionescu.docx", "docx", _kids8, D(2026, 7, 20),
                         "Femi Balogun", "Assessment Team (South)", [
    h("Analysis"),
    p("Andrei has not attended school for most of the summer term; Mrs Ionescu is struggling with her "
      "own mental health and has not been able to get him to school."),
    h("Recommendation"),
    p("The threshold for a Child in Need plan is met. Recommended outcome: Child in Need plan, to "
      "be reviewed in three months.")])
CASE8 = Case(
    8, "submission", "1", "south", "iphone",
    ("Femi Balogun", "Femi.Balogun@newham.gov.uk"), [("southnam", "southNAM@newham.gov.uk")],
    "Ionescu closure", when(2026, 11, 18, 19, 4),
    [p("Hi, closure letter and SA for the Ionescu family attached - CIN ended last week. Femi")],
    [_letter8, _sa8], family="Ionescu", children=[(n, d) for n, d, _ in _kids8], lp=_lp8,
    assessment_date=D(2026, 7, 20), letter_date=D(2026, 11, 18),
    exercises="iPhone one-liner; SA written at the start of the CIN plan (no step-down rationale); "
              "'main risk' without contingency",
    notes="missing contingency (only 'The main risk is Andrei's school refusal.') and rationale (the "
          "letter gives no summary of work or reason; the SA is the start-of-CIN assessment recommending "
          "a CIN plan); sent from iPhone")
