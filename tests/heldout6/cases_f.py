"""Cases 24-26: replies supplying a missing item and a TAF review."""
from __future__ import annotations

from .common import NAM, D, council_sig, early_help_record, single_assessment, slash, when
from .kit import Case, Doc, h, p, t

# ---- 24: reply supplying the Single Assessment ----
_kids24 = [("Kai Thompson", D(2014, 5, 14), "M"), ("Mia Thompson", D(2017, 2, 3), "F")]
_sa24 = single_assessment("Thompson SA Oct 2026.pdf", "pdf", _kids24, D(2026, 10, 5), "Lewis Carter",
                          "Intervention Team (East)", [
    h("Analysis"),
    p("Since the CIN plan began in April, Ms Thompson has engaged with substance misuse services and "
      "has been abstinent for five months; the children's attendance and presentation have improved. "
      "Needs are now at level 2 and it is recommended that the CIN plan closes and the family step down "
      "to early help.", "rationale"),
    h("Recommendations"),
    p("Ms Thompson consented to a step-down to early help on 02/10/2026.", "consent")],
    printed=D(2026, 11, 20))
_q24 = ("From: NAM East <eastNAM@newham.gov.uk>\nSent: 19 November 2026 11:02\n"
        "To: Lewis Carter <Lewis.Carter@newham.gov.uk>\nSubject: RE: Thompson - CIN closure\n\n"
        "Hi Lewis,\nThank you for the closure letter for the Thompson family (Pathway 1, CIN closure). "
        "The Single Assessment was not attached - please could you send it so we can log the "
        "transition?\n\nKind regards\nEarly Help Partnership Team (East)")
CASE24 = Case(
    24, "reply_with_missing_item", "1", "east", "outlook",
    ("Lewis Carter", "Lewis.Carter@newham.gov.uk"), [NAM["east"]],
    "RE: Thompson - CIN closure", when(2026, 11, 20, 9, 14),
    [p("Sorry about that - SA now attached."),
     council_sig("Lewis Carter", "Social Worker", "Intervention Team (East)", "020 7946 0917",
                 "Lewis.Carter@newham.gov.uk")],
    [_sa24], quoted=_q24, in_reply_to="<LO2P265MB6Q24NAMQUERY0001@LO2P265MB6Q24.GBRP265.PROD.OUTLOOK.COM>",
    family="Thompson", children=[(n, d) for n, d, _ in _kids24], lp=None,
    assessment_date=D(2026, 10, 5), letter_date=None,
    exercises="reply to the NAM query supplying only the missing SA; judged on this email alone",
    notes="reply (In-Reply-To the NAM query, quoted) supplying the Single Assessment; the SA carries "
          "the DOBs, consent and rationale; everything only in the original letter (LP, TAF, plan, "
          "contingency, final CIN meeting, signature) is missing from this email; assessment recent "
          "against the email date")

# ---- 25: reply supplying signed consent, and the TAF now held ----
_cons25 = Doc("Consent form signed - Mensah-Bonsu.pdf", "other", "pdf", [
    h("Families First - Consent to Early Help and Information Sharing"),
    t([["Child", "Date of birth"], ["Kojo Mensah-Bonsu", "04/04/2012"], ["Ama Mensah-Bonsu", "19/10/2017"]]),
    p("I, Abena Mensah-Bonsu, agree to my family receiving ongoing early help from universal services and "
      "to information being shared with the professionals in my Team Around the Family.", "consent"),
    p("Signed: A. Mensah-Bonsu          Date: 18/11/2026")], title="Consent")
_q25 = ("From: West NAM <westNAM@newham.gov.uk>\nSent: 13 November 2026 10:30\n"
        "To: Aleksandra Nowicka <Aleksandra.Nowicka@newham.gov.uk>\nSubject: RE: Step down - Mensah-Bonsu\n\n"
        "Hi Aleks, thanks. For the Mensah-Bonsu step-down from Families First (Pathway 3) we still need "
        "evidence of consent and confirmation that the TAF meeting has taken place.\nWest NAM")
CASE25 = Case(
    25, "reply_with_missing_item", "3", "west", "outlook",
    ("Aleksandra Nowicka", "Aleksandra.Nowicka@newham.gov.uk"), [NAM["west"]],
    "RE: Step down - Mensah-Bonsu", when(2026, 11, 19, 14, 6),
    [p("Hi both,"),
     p("Mum signed the consent form at the TAF yesterday (attached). The TAF meeting was held on "
       "18/11/2026 at Hallsville Road School with mum, the class teacher and the school nurse.",
       "transition_meeting"),
     p("Aleks\nAleksandra Nowicka | Families First Coach | Families First West")],
    [_cons25], quoted=_q25, in_reply_to="<LO2P265MB7Q25NAMQUERY0002@LO2P265MB7Q25.GBRP265.PROD.OUTLOOK.COM>",
    family="Mensah-Bonsu",
    children=[("Kojo Mensah-Bonsu", D(2012, 4, 4)), ("Ama Mensah-Bonsu", D(2017, 10, 19))], lp=None,
    exercises="reply supplying a signed consent form and confirming the TAF meeting; no LP details",
    notes="reply (In-Reply-To the NAM query, quoted) supplying a signed consent form (type other, with "
          "the DOBs) and confirming the TAF was held; 'the class teacher and the school nurse' are roles "
          "only, so team_around_family stays missing; no EHR or letter in this email")

# ---- 26: TAF review from a school on Google Workspace ----
_kids26 = [("Bence Kovacs", D(2013, 4, 4)), ("Lili Kovacs", D(2016, 9, 16))]
_lp26 = {"name": "Hannah Oyelowo", "role": "Designated Safeguarding Lead", "agency": "Rushmore Gate Primary School",
         "email": "h.oyelowo@rushmoregate.sch.uk", "phone": "020 7946 0536"}
_rev26 = Doc("TAF review 2 - Kovacs - 17.11.26.docx", "taf_review", "docx", [
    h("Early Help Record - Family Plan Review (TAF)"),
    t([["Route into early help", "Step-down from Families First (Transition Pathway 3), September 2026"],
       ["Date of TAF review", "17/11/2026"], ["Next review", "12/01/2027"],
       ["Lead Practitioner", "Hannah Oyelowo, DSL, Rushmore Gate Primary School, 020 7946 0536, "
        "h.oyelowo@rushmoregate.sch.uk"]], "lead_practitioner"),
    t([["Child", "DOB"], ["Bence Kovacs", "04/04/2013"], ["Lili Kovacs", "16/09/2016"]]),
    p("Present: Mrs Kovacs, Hannah Oyelowo (DSL), Marta Szabo (Family Support Worker, Rushmore Gate "
      "Children's Centre), Dr Femi Ajayi (Educational Psychologist, Newham EPS).",
      "team_around_family", "transition_meeting"),
    p("Background: Families First worked with the family from February to September 2026 after Bence's "
      "exclusion and the family's housing crisis; the family were rehoused, Bence got an in-school "
      "support plan, and needs reduced to level 2, so the case stepped down to the school.", "rationale"),
    p("Mrs Kovacs continues to consent to early help and to information being shared with the TAF.",
      "consent"),
    t([["What", "Who", "By when", "Progress"],
       ["EP assessment of Bence", "Dr Ajayi", "by 18/12/2026", "observation done 10/11"],
       ["Parenting group (6 weeks)", "Mrs Kovacs / Marta Szabo", "finish by 15/12/2026", "attended 4 of 4"],
       ["Lili's attendance above 95%", "Hannah Oyelowo", "review 12/01/2027", "96.2%"]], "smart_plan"),
    p("If Mrs Kovacs stops attending or Bence's behaviour escalates at home, the risk is a return to the "
      "crisis of last spring. The DSL will bring the review forward, seek advice from the Early Help "
      "Partnership Team, and refer to LBN Triage if there is a risk of significant harm.", "contingency")],
    title="TAF review")
CASE26 = Case(
    26, "taf_review", "3", "central", "gmail",
    ("Hannah Oyelowo", "h.oyelowo@rushmoregate.sch.uk"),
    [("Early Help Partnership Team", "EarlyHelpPartnershipTeam@newham.gov.uk")],
    "Kovacs - TAF review 2", when(2026, 11, 18, 8, 20), cc=[NAM["central"]],
    body=[p("Dear EHPT,"),
          p("Please find attached the second TAF review for the Kovacs family (stepped down from Families "
            "First in September). Things are going well."),
          p("Kind regards,\nHannah Oyelowo\nDSL | Rushmore Gate Primary School")],
    docs=[_rev26], family="Kovacs", children=_kids26, lp=_lp26, letter_date=None,
    exercises="TAF review sent to the EHPT with the NAM inbox in Cc, from a school on Google Workspace",
    notes="TAF review (route: Families First step-down, pathway 3) held 17/11/2026; judged literally: no "
          "EHR assessment attached and no closure letter (signature missing)")
