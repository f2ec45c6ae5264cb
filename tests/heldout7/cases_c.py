"""Cases 17-23: remaining pathway-3 cases and Appendix 4 notifications (pathway none)."""
from __future__ import annotations

from tests.heldout7.build import H, OL, P, T, UL, Case, Doc, uk
from tests.heldout7.common import council_sig, d, export_noise, kids, signoff


def c17() -> Case:
    # letter in the body as labelled lines; consent 'to be confirmed'; EHR reviewed too long ago
    ch = [("Amira Benali", "2012-06-06"), ("Yanis Benali", "2015-03-03")]
    lp = {"name": "Colette Harland", "role": "Inclusion Manager", "agency": "Little Ilford Park School",
          "email": "charland@littleilfordpark.newham.sch.uk", "phone": "020 7946 0284"}
    body = [
        P("Date of letter: 14/05/2026"),
        P("FAMILY: Benali (mum Samira Benali)"),
        P(f"CHILDREN: {kids(ch, 'dot', ' / ')}"),
        P("ROUTE: Families First -> universal services (Pathway 3)"),
        P("CONSENT: to be confirmed with mum at the TAF – she wants to talk to her husband first."),
        P("TAF MEETING: held 07/05/2026 at Little Ilford Park School (mum, Ms Harland, Mr Osei, coach).",
          "transition_meeting"),
        P("WORK DONE / WHY CLOSING: 9 months FF support – Amira's attendance 78% -> 93%, Yanis diagnosed with "
          "dyslexia and now supported, mum attending ESOL. Needs now level 2, school can lead.", "rationale"),
        P("LEAD PRACTITIONER: Colette Harland, Inclusion Manager, Little Ilford Park School, 020 7946 0284, "
          "charland@littleilfordpark.newham.sch.uk", "lead_practitioner"),
        P("TAF: Kofi Osei, Educational Psychologist, Newham Educational Psychology Service, 020 7946 0290",
          "team_around_family"),
        P("PLAN:\n* Amira – attendance monitored weekly – Ms Harland – to end of summer term (22/07/2026)\n"
          "* Yanis – reading intervention 3x a week – Mr Osei to advise school by 05/06/2026\n"
          "* Mum – continue ESOL level 1 – Mrs Benali – exam 26/06/2026", "smart_plan"),
        P("IF IT GOES WRONG: attendance could drop again and Yanis could fall further behind. If mum disengages, "
          "Ms Harland reconvenes the TAF within 10 school days; any safeguarding concern straight to LBN Triage.",
          "contingency"),
        P("Thanks,\nMehmet Yilmaz\nFamilies First Coach, Families First East\n07700 900295", "signature"),
    ]
    ehr = [H("Early Help Record"), P(kids(ch, "long")),
           P("Assessment completed: 02/09/2025\nPlan reviewed at TAF: 11/11/2025"),
           P("Needs: attendance, literacy, parental isolation.")]
    return Case(
        inbox="east", kind="submission", pathway="3",
        sender=("Mehmet Yilmaz", "mehmet.yilmaz@newham.gov.uk"), sent=uk(2026, 5, 14, 8, 55),
        subject="BENALI – step down", body=body, body_type="closure_letter",
        attachments=[Doc("EHR Benali.pdf", "early_help_record", "pdf", ehr, is_assessment=True)],
        family="Benali", children=ch, lp=lp, assessment_date="2025-11-11", letter_date="2026-05-14",
        notes="missing consent ('to be confirmed with mum at the TAF'), assessment_recent (EHR completed "
              "2025-09-02, last reviewed at TAF 2025-11-11; line 2025-11-14); letter in the body as capitalised "
              "labelled lines; DOBs as d.m.yy",
        exercises="labelled lines in body; consent 'to be confirmed'; EHR 'reviewed at' just too old")


def c18() -> Case:
    # third person; LP named without contact details
    ch = [("Ruby Shah", "2017-09-09")]
    lp = {"name": "Anil Deshmukh", "role": "Family Support Worker", "agency": "Beckton Globe Family Hub",
          "email": None, "phone": None}
    letter = [
        P("Date: 30 March 2026"),
        P("Dear Ms Shah"),
        P(f"Re: Transition to Early Help for Ruby Shah (born {d(ch[0][1], 'slash')})"),
        P("Ms Meera Shah has consented to the family receiving early help; she signed the consent form at the TAF "
          "meeting held on 24 March 2026.", "consent", "transition_meeting"),
        P("The Families First coach has supported the family since September 2025 following Ruby's "
          "bed-wetting and school refusal after the family's eviction. The family has since been rehoused, Ruby "
          "is back in school full time and the enuresis clinic has discharged her. The family's remaining needs "
          "can be met by universal services, so the coach is closing the case.", "rationale"),
        P("Mr Anil Deshmukh, Family Support Worker at Beckton Globe Family Hub, will be the family's Lead "
          "Practitioner.", ),
        P("Ms Rosa Delgado (Class Teacher, Winsor Park Primary School) and Nurse Tamsin Adeleke (School Nurse, "
          "Thamesgate Children's Health) will remain part of the Team Around the Family.", "team_around_family"),
        T([["Action", "Who", "By when"],
           ["Fortnightly home visit", "Anil Deshmukh", "from 07/04/2026 to 30/06/2026"],
           ["Morning drop-off plan for Ruby", "Rosa Delgado", "by 20/04/2026"],
           ["Continence check", "Tamsin Adeleke", "by 15/05/2026"]], "smart_plan"),
        P("If Ms Shah stops engaging, Ruby's attendance is likely to fall again. Should that happen, or any new "
          "concern arise, Mr Deshmukh will call a TAF review within two weeks and seek advice from the Early Help "
          "Partnership Team; where there is risk of significant harm he will refer to LBN Triage.", "contingency"),
        signoff("Helena Voss", "Families First Coach, Families First West", "Yours sincerely"),
    ]
    lp_line = letter[4]
    lp_line.tags = ()
    ehr = [H("Early Help Record – review"), P("Child: Ruby Shah, DOB 09/09/2017"),
           P("Date of review: 24/03/2026"), P("Outcome: step down to universal services.")]
    return Case(
        inbox="west", kind="submission", pathway="3",
        sender=("Helena Voss", "helena.voss@newham.gov.uk"), sent=uk(2026, 3, 30, 11, 10),
        subject="Shah – Families First closure letter and EHR",
        body=[P("Hello,\n\nPlease find attached. Pathway 3.\n\nHelena Voss\nFamilies First Coach\nLondon Borough of "
                "Newham")],
        attachments=[Doc("Shah closure letter March 2026.pdf", "closure_letter", "pdf", letter),
                     Doc("Shah EHR review.docx", "early_help_record", "docx", ehr, is_assessment=True)],
        family="Shah", children=ch, lp=lp, assessment_date="2026-03-24", letter_date="2026-03-30",
        notes="missing lead_practitioner: named with role and agency but no email or phone anywhere; third-person "
              "letter ('Ms Meera Shah has consented', 'Mr Deshmukh will be the Lead Practitioner')",
        exercises="third person; LP without contact details")


def c19() -> Case:
    # EHR printed from the case system; first completed long ago but updated recently; complete
    ch = [("Leon Mbeki-Walsh", "2010-12-12"), ("Ava Mbeki-Walsh", "2013-10-10")]
    lp = {"name": "Duncan Fairweather", "role": "Assistant SENCo", "agency": "Canning Town Community School",
          "email": "d.fairweather@canningtowncs.newham.sch.uk", "phone": "020 7946 0733"}
    noise = export_noise("EHM", "EH-20931", "18/08/2026 14:55", "n.achterberg")
    letter = [
        P("18 August 2026"),
        P("Dear Ms Mbeki-Walsh,"),
        H(f"Transition to Early Help: Mbeki-Walsh family – {kids(ch, 'dash')}"),
        P("I am writing to confirm that we have discussed transition to early help support for you and your family "
          "and you have consented to receiving early help. This means that Families First involvement with you "
          "will now come to an end.", "consent"),
        P("Families First supported you from November 2025 after Leon's arrest. Leon completed the YOS programme, "
          "is back in education and Ava's anxiety is managed with school counselling. You feel confident to carry "
          "on with help from the school.", "rationale"),
        P("The TAF meeting on 11 August 2026 (you, Leon, Mr Fairweather and Ms Oduwole) agreed this plan.",
          "transition_meeting"),
        P("Your identified Early Help Lead Practitioner is Duncan Fairweather, Assistant SENCo, Canning Town "
          "Community School – d.fairweather@canningtowncs.newham.sch.uk – 020 7946 0733.", "lead_practitioner"),
        P("The professionals who will be involved in your early help support – your Team Around the Family – are: "
          "Ms Grace Oduwole, School Counsellor, Canning Town Community School (020 7946 0734).",
          "team_around_family"),
        T([["What", "Who", "By when"],
           ["Weekly mentoring for Leon", "Duncan Fairweather", "from 07/09/2026 to 18/12/2026"],
           ["Counselling for Ava (8 sessions)", "Grace Oduwole", "by 30/11/2026"],
           ["Attend parents' evening", "Ms Mbeki-Walsh", "01/10/2026"]], "smart_plan"),
        P("If the family disengages, Leon may return to offending and Ava's anxiety may worsen. If Leon is "
          "arrested again or there are signs of exploitation, the school will refer to LBN Triage the same day.",
          "contingency"),
        signoff("Nils Achterberg", "Families First Coach, Families First South", "With best wishes for the future"),
    ]
    ehr = [H("Early Help Record (EHM print)"), T([["Child", "DOB"]] + [[n, d(b, "slash")] for n, b in ch]),
           T([["Assessment start", "05/11/2025"], ["Assessment completed", "19/12/2025"],
              ["Assessment last updated", "11/08/2026"]]),
           P("Update August 2026: all outcomes met; step down to universal services.")]
    return Case(
        inbox="south", kind="submission", pathway="3",
        sender=("Nils Achterberg", "nils.achterberg@newham.gov.uk"), sent=uk(2026, 8, 18, 15, 10),
        subject="Mbeki-Walsh closure – EHM printouts",
        body=[P("Hi,\n\nLetter and EHR printed to PDF from EHM attached.\n\nNils Achterberg\nFamilies First Coach")],
        attachments=[Doc("EHM_Letter_MbekiWalsh.pdf", "closure_letter", "export", letter, noise=noise),
                     Doc("EHM_EHR_MbekiWalsh.pdf", "early_help_record", "export", ehr, is_assessment=True,
                         noise=noise)],
        family="Mbeki-Walsh", children=ch, lp=lp, assessment_date="2026-08-11", letter_date="2026-08-18",
        notes="complete; both documents print-to-PDF from the case system with header/footer on every page; EHR "
              "started 2025-11-05, completed 2025-12-19 (over 6 months) but last updated 2026-08-11: recent",
        exercises="print-to-PDF noise; old EHR updated recently")
