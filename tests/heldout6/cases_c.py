"""Cases 9-13: pathway 2 step-downs after a Single Assessment only."""
from __future__ import annotations

from .common import NAM, D, council_sig, long_date, single_assessment, slash, when
from .kit import Case, Doc, h, p, t

# ---- 9: consent and LP only in the SA's Recommendations section ----
_kids9 = [("Arif Rahman", D(2015, 9, 3), "M"), ("Nusrat Rahman", D(2019, 1, 21), "F")]
_lp9 = {"name": "Leanne Harte", "role": "Family Support Worker", "agency": "Little Ilford Children's Centre",
        "email": "leanne.harte@littleilfordcc.sch.uk", "phone": "020 7946 0569"}
_letter9 = Doc("Rahman - Closure Letter.docx", "closure_letter", "docx", [
    p("Assessment Team (East)"),
    p(long_date(D(2026, 10, 20))),
    p("Dear Ms Akhter,"),
    h("Transition to Early Help: Rahman Family - Arif (3rd September 2015), Nusrat (21st January 2019)"),
    p("Thank you for working with me over the last few weeks. My assessment found that the concerns in "
      "the referral (Arif's bruise, which was explained by the PE accident the school recorded) were not "
      "about abuse, but that you need help with Nusrat's toileting and sleep, with housing and with "
      "isolation since you arrived from Sylhet. This work can be done at early help level, so social care "
      "involvement will now end.", "rationale"),
    p("The professionals who will be involved in your early help support are: Rebecca Stone, Class "
      "Teacher and Deputy DSL, Little Ilford Primary; Sumaiya Chowdhury, Health Visitor, Newham 0-19 "
      "Health Service.", "team_around_family"),
    t([["What", "Who", "By when"],
       ["Continence referral for Nusrat", "Sumaiya Chowdhury", "27/11/2026"],
       ["Stay and Play sessions on Tuesdays", "Ms Akhter with Leanne Harte", "from 03/11/2026, review 15/12/2026"],
       ["Housing options appointment", "Leanne Harte", "by 30/11/2026"],
       ["Reading support group for Arif", "Rebecca Stone", "weekly until 12/02/2027"]], "smart_plan"),
    p("If you are not able to take part, Nusrat's development and the family's housing situation may get "
      "worse and the children could be more isolated. If the professionals are worried that the children "
      "are at risk of harm, they will contact LBN Triage; for other worries Leanne will speak to the Early "
      "Help Partnership Team.", "contingency"),
    p("With best wishes for the future\n\nGloria Mensah\nSocial Worker, Assessment Team (East)", "signature"),
], title="Closure letter")
_sa9 = single_assessment("Rahman SA.pdf", "pdf", _kids9, D(2026, 10, 14), "Gloria Mensah",
                         "Assessment Team (East)", [
    h("Analysis"),
    p("No evidence of physical abuse. Needs around development, housing and isolation are at level 2."),
    h("Recommendations"),
    p("Outcome: close to social care and step down to early help (Pathway 2). Ms Akhter consented to "
      "early help support on 14/10/2026 and is happy for information to be shared with the children's "
      "centre and school.", "consent"),
    p("Named Early Help Lead Practitioner: Leanne Harte, Family Support Worker, Little Ilford Children's "
      "Centre (020 7946 0569, leanne.harte@littleilfordcc.sch.uk).", "lead_practitioner")],
    dobfmt=lambda d: f"{d:%d %b %Y}")
CASE9 = Case(
    9, "submission", "2", "east", "outlook",
    ("Gloria Mensah", "Gloria.Mensah@newham.gov.uk"), [NAM["east"]],
    "Rahman family - closure after SA - step down to EH", when(2026, 10, 20, 15, 11),
    [p("Dear colleagues"), p("Please see attached closure letter and SA - Rahman family."),
     p("Regards\nGloria"),
     council_sig("Gloria Mensah", "Social Worker", "Assessment Team (East)", "020 7946 0188",
                 "Gloria.Mensah@newham.gov.uk")],
    [_letter9, _sa9], family="Rahman", children=[(n, d) for n, d, _ in _kids9], lp=_lp9,
    assessment_date=D(2026, 10, 14), letter_date=D(2026, 10, 20),
    exercises="tricky positive: consent and LP only in the SA Recommendations section, not in the letter",
    notes="complete; consent and lead practitioner appear only in the Recommendations section of the SA; "
          "mother's surname Akhter differs from the children's; DOBs as 3rd September 2015 and 03 Sep 2015")

# ---- 10: SA 'to follow'; bare family plan attached (not an assessment) ----
_kids10 = [("Chidi Okonkwo", D(2013, 10, 8)), ("Adaeze Okonkwo", D(2019, 2, 14))]
_lp10 = {"name": "Peter Lindqvist", "role": "Assistant Head (Inclusion)", "agency": "Marsh Lane Primary School",
         "email": "p.lindqvist@marshlane.sch.uk", "phone": "020 7946 0901"}
_letter10 = Doc("Okonkwo closure letter.pdf", "closure_letter", "pdf", [
    p("London Borough of Newham, Assessment Team Central"),
    p("Date: 13 November 2026"),
    p("Dear Mr and Mrs Okonkwo"),
    h("Transition to Early Help: Okonkwo Family, Chidi 08/10/2013, Adaeze 14/02/2019"),
    p("I am writing to confirm that we have discussed transition to early help support for you and your "
      "family and you have consented to receiving early help. This means that social care involvement "
      "with you will now come to an end.", "consent"),
    p("The assessment looked into the school's concern about Chidi's behaviour and the arguments at home. "
      "You have both been open with me, have started the Triple P course and Chidi now has a plan at school. "
      "There are no safeguarding concerns and the remaining needs can be met by early help.", "rationale"),
    p("Your identified Early Help Lead Practitioner is Peter Lindqvist, Assistant Head (Inclusion), Marsh "
      "Lane Primary School, 020 7946 0901, p.lindqvist@marshlane.sch.uk.", "lead_practitioner"),
    p("The professionals in your Team Around the Family are Peter Lindqvist and Dr Hana Yilmaz, Clinical "
      "Psychologist, Newham Child and Family Consultation Service.", "team_around_family"),
    p("If the plan is not followed the arguments at home could increase and Chidi's behaviour could lead "
      "to exclusion. If there is any incident of violence or the children are at risk of significant harm, "
      "the school will refer to LBN Triage immediately.", "contingency"),
    p("Yours sincerely\n\nCallum Fraser\nSocial Worker, Assessment Team Central", "signature"),
], title="letter")
_plan10 = Doc("Okonkwo family plan.docx", "early_help_record", "docx", [
    h("Family plan - Okonkwo"),
    t([["What", "Who", "By when"],
       ["Finish Triple P (8 sessions)", "Mr and Mrs Okonkwo", "by 19/12/2026"],
       ["Behaviour support plan reviewed", "Peter Lindqvist", "04/12/2026"],
       ["Family therapy consultation", "Dr Hana Yilmaz", "first session by 15/01/2027"]], "smart_plan")],
    title="plan")
CASE10 = Case(
    10, "submission", "2", "central", "outlook",
    ("Callum Fraser", "Callum.Fraser@newham.gov.uk"), [NAM["central"]],
    "Okonkwo - step down (SA to follow)", when(2026, 11, 13, 10, 20),
    [p("Hi Central NAM,"),
     p("Attached is the closure letter and family plan for the Okonkwo family. The SA is still waiting for "
       "my manager to authorise it so I'll send that on as soon as it's signed off."),
     p("Cheers,\nCallum Fraser\nSocial Worker | Assessment Team Central | LBN")],
    [_letter10, _plan10], family="Okonkwo", children=_kids10, lp=_lp10,
    assessment_date=None, letter_date=D(2026, 11, 13),
    exercises="SA 'to follow' (not attached); the plan is only in a separate plan document",
    notes="missing assessment_attached: the cover note says the SA will follow once authorised; the "
          "attached family plan (typed early_help_record) is not an assessment but carries the SMART plan")

# ---- 11: professionals by role only; letter signed with a first name ----
_kids11 = [("Ethan Li", D(2014, 7, 19), "M"), ("Chloe Li", D(2017, 11, 2), "F")]
_lp11 = {"name": "Aoife Brennan", "role": "Pastoral Manager", "agency": "Albert Basin School",
         "email": "abrennan@albertbasin.sch.uk", "phone": "020 7946 0337"}
_letter11 = Doc("Li family - letter.docx", "closure_letter", "docx", [
    p("Assessment Team South, LBN"),
    p("Date: 29 October 2026"),
    p("Dear Mrs Li,"),
    h("Transition to Early Help: Li Family"),
    p("Ethan Li (19/07/2014) and Chloe Li (02/11/2017)"),
    p("Thank you for speaking with me. You told me on 21 October that you are happy to have early help "
      "from the school and you signed the consent form.", "consent"),
    p("I looked into the concerns raised after Ethan was found alone at the park late in the evening. "
      "I found a loving home; you were working a late shift and the childminder had let you down. You have "
      "now arranged after-school club and Ethan has a phone. Because the children are safe and the "
      "remaining needs (childcare and Ethan's friendships) are level 2, social care will close.", "rationale"),
    p("Your Early Help Lead Practitioner is Aoife Brennan, Pastoral Manager at Albert Basin School "
      "(020 7946 0337, abrennan@albertbasin.sch.uk).", "lead_practitioner"),
    p("The school nurse and the GP will also be part of the Team Around the Family."),
    t([["What", "Who", "By when"],
       ["After-school club place confirmed", "Aoife Brennan", "06/11/2026"],
       ["Friendship group for Ethan", "Aoife Brennan", "weekly until 18/12/2026"],
       ["Apply for childcare element of Universal Credit", "Mrs Li", "by 20/11/2026"]], "smart_plan"),
    p("If the childcare falls through again or the family do not engage, Ethan may again be left without "
      "supervision. Should that happen, or there be any concern of significant harm, the school will "
      "refer to LBN Triage and contact the Early Help Partnership Team.", "contingency"),
    p("Thanks,\nJo"),
], title="letter")
_sa11 = single_assessment("SA_Li_Oct26.docx", "docx", _kids11, D(2026, 10, 26),
                          "Joanna Pietrzak", "Assessment Team South", [
    h("Conclusion"),
    p("Unsubstantiated neglect concern. Practical childcare needs at level 2; step down to early help "
      "with school.")])
CASE11 = Case(
    11, "submission", "2", "south", "owa",
    ("Joanna Pietrzak", "Joanna.Pietrzak@newham.gov.uk"), [NAM["south"]],
    "Li - step down after SA", when(2026, 10, 29, 13, 45),
    [p("Hello, please see attached. Thanks"),
     council_sig("Joanna Pietrzak", "Social Worker", "Assessment Team South", "020 7946 0772",
                 "Joanna.Pietrzak@newham.gov.uk")],
    [_letter11, _sa11], family="Li", children=[(n, d) for n, d, _ in _kids11], lp=_lp11,
    assessment_date=D(2026, 10, 26), letter_date=D(2026, 10, 29),
    exercises="TAF by role only ('the school nurse and the GP'); letter signed 'Jo' (first name only)",
    notes="missing team_around_family (only roles named) and signature (the letter ends 'Thanks, Jo'; "
          "the cover email's signature block is not the letter's)")

# ---- 12: scanned image-only letter; SA .docx with tables ----
_kids12 = [("Precious Nwosu", D(2016, 2, 29), "F"), ("David Nwosu", D(2020, 8, 13), "M")]
_lp12 = {"name": "Yetunde Bakare", "role": "Families First Coach", "agency": "Families First (West)",
         "email": "Yetunde.Bakare@newham.gov.uk", "phone": "020 7946 0458"}
_letter12 = Doc("Nwosu scanned letter.pdf", "closure_letter", "scan", [
    p("LONDON BOROUGH OF NEWHAM - ASSESSMENT TEAM WEST"),
    p("2nd November 2026"),
    p("Dear Miss Nwosu"),
    h("Transition to Early Help: Nwosu Family, Precious 29/02/2016, David 13/08/2020"),
    p("I am writing to confirm that we have discussed transition to early help support for you and your "
      "family and you have consented to receiving early help from Families First. This means that social "
      "care involvement with you will now come to an end.", "consent"),
    p("Summary: my assessment followed the police notification in September. You have ended the "
      "relationship, moved to your mother's and registered David at nursery. The children are safe; the "
      "remaining needs are emotional support and housing, which are level 2 needs.", "rationale"),
    p("Your Early Help Lead Practitioner is Yetunde Bakare, Families First Coach, 020 7946 0458, "
      "Yetunde.Bakare@newham.gov.uk. The other professionals are listed in the plan in the assessment.",
      "lead_practitioner"),
    p("With best wishes for the future"),
    p("[signed]"),
    p("Hollie Grant\nSocial Worker, Assessment Team West", "signature"),
], title="scan")
_sa12 = single_assessment("Nwosu - Single Assessment.docx", "docx", _kids12, D(2026, 10, 27),
                          "Hollie Grant", "Assessment Team West", [
    h("Recommendations and plan"),
    t([["Professional", "Role", "Agency"],
       ["Yetunde Bakare", "Families First Coach (Lead)", "Families First (West)"],
       ["Mr Owen Pritchard", "Headteacher / DSL", "Greenhill Lane Primary"],
       ["Fiona Agyeman", "Nursery Manager", "Little Acorns Nursery, Stratford"]], "team_around_family"),
    t([["Action", "Who", "When"],
       ["Early Help Record and first TAF", "Yetunde Bakare", "by 04/12/2026"],
       ["Housing register application", "Miss Nwosu", "by 20/11/2026"],
       ["Play therapy referral for Precious", "Mr Pritchard", "by 27/11/2026"]], "smart_plan"),
    t([["Risk if family do not engage", "Contingency"],
       ["Miss Nwosu may resume the relationship; children exposed to domestic abuse",
        "Lead practitioner calls a TAF within 5 days; refer to LBN Triage if risk of significant harm"]],
      "contingency")])
CASE12 = Case(
    12, "submission", "2", "west", "outlook",
    ("Hollie Grant", "Hollie.Grant@newham.gov.uk"), [NAM["west"]],
    "Nwosu family - transition to EH", when(2026, 11, 2, 16, 2),
    [p("Hi,"), p("Signed letter (scanned) and SA attached for the Nwosu family. Moving to Families First."),
     p("Hollie Grant\nSocial Worker\nAssessment Team West")],
    [_letter12, _sa12], family="Nwosu", children=[(n, d) for n, d, _ in _kids12], lp=_lp12,
    assessment_date=D(2026, 10, 27), letter_date=D(2026, 11, 2),
    exercises="scanned image-only letter (OCR); TAF, plan and contingency only in the SA's tables",
    notes="complete; the closure letter is scanned, image-only, hand-signed; TAF, SMART plan and "
          "contingency appear only in tables in the SA .docx; a 29 February DOB")

# ---- 13: 'child DOB' left in the letter for a child whose DOB is nowhere ----
_kids13 = [("Mariam Diallo", D(2013, 6, 6), "F"), ("Ibrahima Diallo", D(2016, 10, 27), "M"),
           ("Fatou Diallo", None, "F")]
_lp13 = {"name": "Rachel Obi", "role": "Deputy Headteacher and DSL", "agency": "Kingsford Way Primary School",
         "email": "r.obi@kingsfordway.sch.uk", "phone": "020 7946 0650"}
_letter13 = Doc("Diallo Closure.docx", "closure_letter", "docx", [
    p("Date: 6th November 2026"),
    p("Dear Madame Diallo"),
    h("Transition to Early Help: Diallo Family, 06/06/2013, 27/10/2016, child DOB"),
    p("Mariam, Ibrahima and Fatou"),
    p("I am writing to confirm that we have discussed transition to early help support for you and your "
      "family and you have consented to receiving early help. This means that social care involvement with "
      "you will now come to an end.", "consent"),
    p("My assessment looked at the family's overcrowding and Mariam's caring for her younger siblings. "
      "You have been rehoused to a three-bedroom flat, Fatou has a nursery place and Mariam is attending "
      "the young carers group, so the family's needs are now level 2.", "rationale"),
    p("Your identified Early Help Lead Practitioner is Rachel Obi, Deputy Headteacher and DSL, Kingsford "
      "Way Primary School - 020 7946 0650 / r.obi@kingsfordway.sch.uk.", "lead_practitioner"),
    p("The professionals who will be involved in your early help support - your Team Around the Family - "
      "are: Rachel Obi, and Samira Haddad, Young Carers Worker, Newham Young Carers.", "team_around_family"),
    t([["What", "Who", "By when"],
       ["Young carers assessment for Mariam", "Samira Haddad", "by 27/11/2026"],
       ["ESOL course enrolment for Madame Diallo", "Rachel Obi", "by 11/12/2026"],
       ["TAF meeting", "Rachel Obi", "by 15/12/2026"]], "smart_plan"),
    p("If the family do not engage, Mariam's school work may suffer and she may again miss school to look "
      "after Fatou. If risk escalates, school will seek advice from the Early Help Partnership Team or "
      "refer to LBN Triage if there is risk of significant harm.", "contingency"),
    p("With best wishes for the future\n\nSunita Varma\nSocial Worker, Assessment Team (East)", "signature"),
], title="Closure")
_letter13.blocks[2].tags = frozenset({"PLACEHOLDER"})
_sa13 = single_assessment("SA Diallo.pdf", "pdf", _kids13, D(2026, 10, 30), "Sunita Varma",
                          "Assessment Team (East)", [
    h("Outcome"), p("Needs at level 2; step down to early help with Kingsford Way Primary.")])
CASE13 = Case(
    13, "submission", "2", "east", "outlook",
    ("Sunita Varma", "Sunita.Varma@newham.gov.uk"), [NAM["east"]],
    "Diallo - closure letter and SA", when(2026, 11, 6, 12, 0),
    [p("Please find attached."),
     council_sig("Sunita Varma", "Social Worker", "Assessment Team (East)", "020 7946 0125",
                 "Sunita.Varma@newham.gov.uk")],
    [_letter13, _sa13], family="Diallo", children=[(n, d) for n, d, _ in _kids13], lp=_lp13,
    assessment_date=D(2026, 10, 30), letter_date=D(2026, 11, 6),
    exercises="template placeholder 'child DOB' left for the youngest; her DOB appears nowhere",
    notes="missing children_dobs (Fatou Diallo's DOB is 'child DOB' in the letter and 'not recorded' "
          "in the SA) and template_text ('child DOB' left in the heading)")
