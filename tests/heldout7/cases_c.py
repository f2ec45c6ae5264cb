"""Cases 17-23: remaining pathway-3 cases and Appendix 4 notifications (pathway none)."""
from __future__ import annotations

from tests.heldout7.build import BREAK, H, P, T, Case, Doc, uk
from tests.heldout7.common import d, export_noise, kids, signoff


def c17() -> Case:
    # letter in the body as labelled lines; consent 'to be confirmed'; EHR reviewed too long ago
    ch = [("Amira Benali", "2012-06-06"), ("Yanis Benali", "2015-03-03")]
    lp = {"name": "Colette Harland", "role": "Inclusion Manager", "agency": "Lindenbrook School",
          "email": "charland@lindenbrook.newham.sch.uk", "phone": "020 7946 0284"}
    body = [
        P("Date of letter: 14/05/2026"),
        P("FAMILY: Benali (mum Samira Benali)"),
        P(f"CHILDREN: {kids(ch, 'dot', ' / ')}"),
        P("ROUTE: Families First -> universal services (Pathway 3)"),
        P("CONSENT: to be confirmed with mum at the TAF – she wants to talk to her husband first."),
        P("TAF MEETING: held 07/05/2026 at Lindenbrook School (mum, Ms Harland, Mr Osei, coach).",
          "transition_meeting"),
        P("WORK DONE / WHY CLOSING: 9 months FF support – Amira's attendance 78% -> 93%, Yanis diagnosed with "
          "dyslexia and now supported, mum attending ESOL. Needs now level 2, school can lead.", "rationale"),
        P("LEAD PRACTITIONER: Colette Harland, Inclusion Manager, Lindenbrook School, 020 7946 0284, "
          "charland@lindenbrook.newham.sch.uk", "lead_practitioner"),
        P("TAF: Kofi Osei, Educational Psychologist, Educational Psychology Service, 020 7946 0290",
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
           P("Assessment completed: 02/09/2025\nPlan reviewed at TAF: 28/10/2025"),
           P("Needs: attendance, literacy, parental isolation.")]
    return Case(
        inbox="east", kind="submission", pathway="3",
        sender=("Mehmet Yilmaz", "mehmet.yilmaz@newham.gov.uk"), sent=uk(2026, 5, 14, 8, 55),
        subject="BENALI – step down", body=body, body_type="closure_letter",
        attachments=[Doc("EHR Benali.pdf", "early_help_record", "pdf", ehr, is_assessment=True)],
        family="Benali", children=ch, lp=lp, assessment_date="2025-10-28", letter_date="2026-05-14",
        notes="missing consent ('to be confirmed with mum at the TAF'), assessment_recent (EHR completed "
              "2025-09-02, last reviewed at TAF 2025-10-28; line 2025-11-14); letter in the body as capitalised "
              "labelled lines; DOBs as d.m.yy",
        exercises="labelled lines in body; consent 'to be confirmed'; EHR last reviewed over 6 months ago")


def c18() -> Case:
    # third person; LP named without contact details
    ch = [("Ruby Shah", "2017-09-09")]
    lp = {"name": "Anil Deshmukh", "role": "Family Support Worker", "agency": "Beckmere Family Hub",
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
        P("Mr Anil Deshmukh, Family Support Worker at Beckmere Family Hub, will be the family's Lead "
          "Practitioner."),
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
    lp = {"name": "Duncan Fairweather", "role": "Assistant SENCo", "agency": "Copperfield Community School",
          "email": "d.fairweather@copperfieldcs.newham.sch.uk", "phone": "020 7946 0733"}
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
        P("Your identified Early Help Lead Practitioner is Duncan Fairweather, Assistant SENCo, Copperfield "
          "Community School – d.fairweather@copperfieldcs.newham.sch.uk – 020 7946 0733.", "lead_practitioner"),
        P("The professionals who will be involved in your early help support – your Team Around the Family – are: "
          "Ms Grace Oduwole, School Counsellor, Copperfield Community School (020 7946 0734).",
          "team_around_family"),
        BREAK,
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
           BREAK,
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


def c20() -> Case:
    # Appendix 4 notification in the third person; complete
    ch = [("Ezra Lindqvist", "2019-04-18")]
    letter = [
        P("Dear Colleague"),
        P(f"Notification of Case Closure: Lindqvist Family, Ezra Lindqvist, DOB {d(ch[0][1], 'long')}"),
        P("Date: 6 October 2026"),
        P("The purpose of this letter is to notify universal services that Children's Social Care has closed the "
          "case for the above family. The Single Assessment found that the injury reported by nursery was "
          "accidental and that Ezra's parents care for him well."),
        P("The family does not require early help at this time. Should universal services become aware of "
          "emerging needs, they should work together to reassess the family's situation and deliver early help "
          "in line with the Early Help Framework. Any risk of significant harm at level 3 should be referred "
          "directly to LBN Triage."),
        P("Any questions about the family's involvement with Children's Social Care may be directed to the "
          "writer."),
        signoff("Imogen Castellano", "Practice Leader, Assessment Team 2", "Best Wishes"),
    ]
    return Case(
        inbox="central", kind="submission", pathway="none",
        sender=("Imogen Castellano", "imogen.castellano@newham.gov.uk"), sent=uk(2026, 10, 6, 12, 30),
        subject="Notification of closure (no ongoing EH) – Lindqvist",
        body=[P("For information – Appendix 4 notification attached. No early help required.\n\nImogen Castellano\n"
                "Practice Leader, Assessment Team 2")],
        attachments=[Doc("Appendix 4 - Lindqvist.docx", "closure_notification", "docx", letter)],
        family="Lindqvist", children=ch, lp=None, assessment_date=None, letter_date="2026-10-06",
        notes="complete; Appendix 4 notification written in the third person; no assessment attached (not needed)",
        exercises="Appendix 4, third person")


def c21() -> Case:
    # Appendix 4 in the body as labelled lines; one child without DOB
    ch = [("Harvey Quinlan", "2009-05-29"), ("Poppy Quinlan", "2012-02-17"), ("Alfie Quinlan", None)]
    body = [
        P("Date: 24/02/2026"),
        P("To: Universal services (school, GP, health visiting); NAM for information"),
        P("Subject: Notification of Case Closure – Quinlan family"),
        P(f"Children: Harvey Quinlan – {d(ch[0][1], 'slash')}; Poppy Quinlan – {d(ch[1][1], 'slash')}; "
          "Alfie Quinlan (youngest)"),
        P("Closed to: Families First"),
        P("Outcome: family engaged briefly, concerns resolved, no ongoing early help needed."),
        P("If needs emerge: universal services to reassess and offer early help under the Early Help Framework. "
          "Risk of significant harm (level 3): refer to LBN Triage."),
        P("Questions: contact me on 07700 900244."),
        P("Best wishes\nShabnam Chowdhury\nFamilies First Coach, Families First East\nLondon Borough of Newham",
          "signature"),
    ]
    return Case(
        inbox="east", kind="submission", pathway="none",
        sender=("Shabnam Chowdhury", "shabnam.chowdhury@newham.gov.uk"), sent=uk(2026, 2, 24, 16, 20),
        subject="Closure notification - Quinlan (no EH)", body=body, body_type="closure_notification",
        family="Quinlan", children=ch, lp=None, assessment_date=None, letter_date="2026-02-24",
        notes="missing children_dobs: Alfie Quinlan is named without a date of birth; Appendix 4 notification "
              "written in the email body as labelled lines",
        exercises="Appendix 4 in body as labelled lines; one child without DOB")


def c22() -> Case:
    # non-native writer; '(delete as appropriate)' left; no signature
    ch = [("Gintaras Petrauskas", "2014-08-08"), ("Ugne Petrauskaite", "2018-01-26")]
    letter = [
        P("Dear Colleague"),
        P(f"Notification of Case Closure: Petrauskas family, {kids(ch, 'slash')}"),
        P("Date: 17/06/2026"),
        P("I am writing for notify you about case closure for the above family to Children's Social Care/Families "
          "First (delete as appropriate).", "PLACEHOLDER"),
        P("We think at this moment the family do not need early help for meet their needs. The concerns from the "
          "referral was not confirmed in the assessment. But if universal services see emerging need in future, "
          "they should work together and reassess, and give early help following the Early Help Framework."),
        P("If in future there is risk of significant harm on level 3, please refer direct to LBN Triage."),
        P("Best Wishes"),
    ]
    return Case(
        inbox="west", kind="submission", pathway="none",
        sender=("Renata Oliveira", "renata.oliveira@newham.gov.uk"), sent=uk(2026, 6, 17, 10, 5),
        subject="closure notification Petrauskas",
        body=[P("Hello,\n\nI attach the notification of the closure for Petrauskas family, they don't need early "
                "help.\n\nThank you\nRenata Oliveira\nSocial Worker, Assessment Team 4\n020 7946 0217")],
        attachments=[Doc("Notification closure Petrauskas.pdf", "closure_notification", "pdf", letter)],
        family="Petrauskas", children=ch, lp=None, assessment_date=None, letter_date="2026-06-17",
        notes="missing template_text ('Children's Social Care/Families First (delete as appropriate)' both options "
              "left), signature (nothing after 'Best Wishes'; the cover email's signature does not count); writer's "
              "first language is not English; Lithuanian feminine surname for the daughter",
        exercises="non-native; '(delete as appropriate)' left; unsigned notification")


def c23() -> Case:
    # 'the network' in an Appendix 4 notification; complete
    ch = [("Idris Mahmood", "2015-11-03"), ("Layla Mahmood", "2020-09-21")]
    letter = [
        P("9 November 2026"),
        P("Dear Colleague"),
        H(f"Notification of Case Closure: Mahmood family – Idris ({d(ch[0][1], 'ord')}) and Layla "
          f"({d(ch[1][1], 'ord')})"),
        P("I am writing to let the network know that the Mahmood family's case has closed to Children's Social "
          "Care. The assessment found the concerns about Layla's bruising were unsubstantiated, and the family is "
          "well supported by relatives."),
        P("It is not considered at this time that the family requires early help. Professionals supporting the "
          "family should, if they become aware of emerging need, work together to reassess and deliver early help "
          "in line with the Early Help Framework; any risk of significant harm should go directly to LBN Triage."),
        signoff("Tobias Wren", "Social Worker, Assessment Team 3", "Best Wishes"),
    ]
    return Case(
        inbox="south", kind="submission", pathway="none",
        sender=("Tobias Wren", "tobias.wren@newham.gov.uk"), sent=uk(2026, 11, 9, 9, 5),
        subject="Mahmood – Appendix 4 (no further action)", html=True,
        body=[P("Dear South NAM,\n\nPlease see attached notification for the network.\n\nTobias Wren\nSocial Worker, "
                "Assessment Team 3")],
        attachments=[Doc("Mahmood notification of closure.pdf", "closure_notification", "pdf", letter)],
        family="Mahmood", children=ch, lp=None, assessment_date=None, letter_date="2026-11-09",
        notes="complete; Appendix 4 notification addressed to 'the network' / 'professionals supporting the "
              "family'; DOBs as ordinals",
        exercises="Appendix 4 to 'the network'; ordinal DOBs")
