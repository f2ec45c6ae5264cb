"""Held-out set 2, pathway 2 (after a Single Assessment) and pathway 3 (Families First) cases."""

from __future__ import annotations

from .cast import (ADEBAYO, ASANTE, BELL, CELINE, DANIEL, DELANEY, FORD, GRANT, HALE, HANNAH, HUTTON, IMRAN, IQBAL,
                   LIS, LUCY, MOYO, NIAMH, NOWICKA, OKONJO, OLUSOLA, PIKE, PRICE, RAHMAN, RUTH, VARMA, YEO, D, at,
                   case, ch)

SA_RECS = {"consent": "assess", "lead_practitioner": "assess", "rationale": "assess"}

CASES = [
    case(9, "central", "2", "Oduya", "Ms Oduya", [ch("Favour Oduya", (2017, 11, 2), "long")], HANNAH, D(2026, 2, 9),
         style="template", lp=NOWICKA, taf=[HUTTON, MOYO], consent="recs", where=dict(SA_RECS), assess="sa_pdf",
         assess_date=D(2025, 12, 15), extra={"story": "attend"}, subject="Closure letter and SA - Oduya family",
         cover="Closure letter and Single Assessment attached. Closing at the end of the assessment; consent and "
               "lead practitioner are in the Recommendations section of the SA.",
         notes="complete; consent, lead practitioner and rationale only in the SA export's Recommendations/Analysis; "
               "letter .docx close to template; DOB '2nd November 2017'"),
    case(10, "south", "2", "Hassan", "Ms Farah",
         [ch("Amal Hassan", (2010, 4, 14), "dots", "DOB "), ch("Idris Hassan", (2012, 9, 1), "slash0", "d.o.b "),
          ch("Sagal Hassan", (2016, 12, 25), "long", "born "), ch("Bilal Hassan", (2021, 6, 7), "slash")], DANIEL,
         D(2026, 3, 30), client="iphone", letter="pdf", style="terse", lp=ADEBAYO, taf_mode="none", plan="list",
         consent="considering", assess="sa_pdf", assess_date=D(2026, 1, 12), extra={"story": "attend"},
         subject="Hassan - step down to FF",
         cover="Hi, SA complete - NFA for social care, stepping down to Families First (Kemi). Docs attached.",
         notes="missing consent ('parents are considering'), team_around_family (none named); iPhone Mail, terse "
               "bullet letter as PDF; four children with mixed DOB formats; Families First coach as LP"),
    case(11, "west", "2", "Chen", "Ms Chen", [ch("Lucas Chen", (2017, 11, 2))], NIAMH, D(2026, 8, 24),
         style="warm", lp=None, lp_mode="tbc", taf_mode="roles", plan="vague", contingency="half",
         assess="sa_pdf", assess_date=D(2026, 1, 19), extra={"story": "send", "first_name": "Mei"},
         subject="RE Lucas Chen - closure following assessment",
         cover="Please find the closure letter and my Single Assessment for Lucas attached.",
         notes="missing assessment_recent (SA 2026-01-19, letter 2026-08-24), contingency (risk only), "
               "lead_practitioner ('to be confirmed'), smart_plan (vague), team_around_family (roles only)"),
    case(12, "east", "2", "Ahmed", "Mrs Ahmed",
         [ch("Inaya Ahmed", (2017, 11, 2), "mon", "born "), ch("Musa Ahmed", (2020, 3, 11), "mon", "born ")], DANIEL,
         None, letter="none", lp=DELANEY, taf=[RAHMAN, HUTTON], taf_layout="bullets",
         plan_heads=("What needs to happen", "Who", "When"), consent="signed", assess="sa_pdf",
         assess_date=D(2026, 2, 25), email_date=at(2026, 4, 22, 15, 12),
         extra={"story": "attend", "greeting": "Hi East NAM team,", "consent_date": D(2026, 4, 20)},
         subject="Step down - Ahmed family (SA only)",
         cover="I haven't done a separate letter for this one - everything is below and the Single Assessment is "
               "attached. Closing to the Assessment Team after the SA, no CIN plan.",
         notes="missing signature (no closure letter at all: everything in the email body, which is a cover note, "
               "not a letter); template_text satisfied; letter_date null"),
    case(13, "central", "2", "Adomako", "Mr Adomako", [ch("Kojo Adomako", (2023, 2, 10), "slash")], HANNAH,
         D(2026, 6, 1), style="template", lp=PIKE, taf=[PRICE, VARMA], placeholders=("X Family",),
         assess="sa_docx", assess_date=D(2026, 4, 7), extra={"story": "send", "letter_both": True},
         subject="Adomako - closure letter (word + pdf) and SA",
         cover="Attaching the letter in both formats and the SA. Case closing after Single Assessment, health "
               "visitor to lead.",
         notes="missing template_text ('X Family' in the heading); same letter attached as .docx and .pdf; SA as "
               ".docx; health visitor LP"),
    case(14, "south", "2", "Wiśniewski", "Ms Wiśniewska",
         [ch("Kacper Wiśniewski", (2011, 10, 4), "dash"), ch("Hanna Wiśniewska", (2014, 1, 20), "dash")], NIAMH,
         D(2026, 9, 2), letter="pdf", style="para", lp=BELL, taf=[FORD, HUTTON], taf_layout="table",
         plan_heads=("Outcome wanted", "Action", "Who", "By when"), consent="absent", assess="sa_pdf",
         assess_date=D(2026, 6, 15), extra={"story": "teen"}, subject="Closure - Wiśniewski - Assessment Team 1",
         cover="Letter and SA attached for the above family; assessment complete and stepping down to early help.",
         notes="missing consent (not mentioned anywhere); Polish feminine surname; DOBs '04-10-2011'; youth "
               "worker LP; TAF as table"),
    case(15, "west", "2", "Patel", "Mrs Patel",
         [ch("Aarav Patel", (2017, 11, 2), "slash"), ch("Diya Patel", (2019, 6, 30), "slash")], HANNAH,
         D(2026, 10, 19), style="template", lp=ASANTE, taf=[LIS, HUTTON], taf_layout="bullets",
         consent="homevisit", assess=None,
         extra={"story": "send", "greeting": "Dear Mr Asante,", "consent_date": D(2026, 10, 12),
                "nam_cc": ("Kwame Asante", "kasante@lyleparkacademy.org.uk")},
         subject="Patel family - transition to early help",
         cover="As discussed, please find attached the closure letter for the Patel family following my Single "
               "Assessment. I have copied in West NAM.",
         notes="missing assessment_attached (SA not attached, not claimed); LP in To, NAM inbox only in Cc"),
    # pathway 3
    case(16, "east", "3", "Taylor", "Ms Taylor",
         [ch("Kayla Taylor", (2014, 5, 5)), ch("Jayden Brown", (2018, 8, 18))], RUTH, D(2026, 7, 20), letter="pdf",
         style="template", lp=IQBAL, taf=[MOYO, HUTTON], consent="meeting", meeting_date=D(2026, 7, 9),
         where={"consent": "assess", "lead_practitioner": "assess", "meeting": "assess", "smart_plan": "assess"},
         assess="ehr_docx", assess_date=D(2026, 5, 11), extra={"story": "attend"},
         subject="Pathway 3 step down - Taylor",
         cover="Families First closing - letter and updated Early Help Record attached.",
         notes="complete; consent, LP, TAF meeting and the plan ('Action plan' section) only in the Early Help "
               "Record .docx; learning mentor LP with phone only"),
    case(17, "south", "3", "Mwangi", "Ms Mwangi", [ch("Neema Mwangi", (2017, 11, 2), "long")], LUCY, D(2026, 8, 17),
         client="iphone", style="warm", lp=GRANT, taf=[HUTTON, VARMA], taf_layout="table",
         plan_heads=("Action", "Lead", "Target date"), consent="happy", rationale=False, meeting_date=D(2026, 8, 6),
         assess="ehr_docx", assess_date=D(2025, 12, 1), extra={"story": "mh", "first_name": "Wanjiru"},
         subject="Mwangi closure FF", cover="Closure letter and EHR attached, sent from my phone sorry.",
         notes="missing assessment_recent (EHR 2025-12-01, letter 2026-08-17), rationale (no summary of work or "
               "reason; EHR written at the start of Families First work); iPhone Mail; warm letter .docx"),
    case(18, "central", "3", "Nguyen", "Ms Nguyen",
         [ch("Bao Nguyen", (2016, 3, 3)), ch("Linh Nguyen", (2019, 12, 12))], IMRAN, D(2026, 4, 13), style="terse",
         lp=OKONJO, taf=[LIS], plan="list", contingency="none", meeting="tba", placeholders=("child DOB",),
         assess="ehr_docx", assess_date=D(2026, 2, 9), extra={"story": "send"},
         subject="FF closure / step down to universal - Nguyen",
         cover="Please see attached closure letter and EHR. Stepping down from Families First to Hartley Fields.",
         notes="missing contingency (none), template_text ('child DOB' left; DOBs only in the EHR), "
               "transition_meeting (TAF 'to be arranged'); terse letter"),
    case(19, "west", "3", "O’Connell", "Ms O’Connell",
         [ch("Saoirse O’Connell", (2015, 7, 7), "slash"), ch("Finn O’Connell", (2018, 2, 2), "slash")], CELINE,
         D(2026, 5, 5), letter="pdf", style="para", lp=None, lp_mode="placeholder", taf=[MOYO, VARMA], plan="list", consent="signed", meeting_date=D(2026, 4, 28),
         placeholders=("Name/Title/Contact Details",), extra={"story": "dv"},
         subject="Step down from Families First – O’Connell",
         cover="Closure letter attached for Saoirse and Finn, Families First case closing to universal services.",
         notes="missing assessment_attached (no EHR), lead_practitioner and template_text (LP left as "
               "'Name/Title/Contact Details'); curly apostrophe in names and filename"),
    case(20, "south", "3", "Diallo", "Ms Diallo", [ch("Amara Diallo", (2025, 10, 30), "dots", "d.o.b ")], LUCY,
         D(2026, 7, 6), style="template", lp=PIKE, taf=[PRICE, HALE], plan_heads=("Action", "Lead", "Target date"),
         consent="meeting", meeting_date=D(2026, 6, 25), where={"rationale": "assess"}, assess="ehr_docx",
         assess_first=D(2025, 9, 8), assess_date=D(2026, 6, 1), extra={"story": "mh"},
         subject="Closure letter and updated EHR - Diallo",
         cover="Families First closing. Updated Early Help Record and closure letter attached.",
         notes="complete; EHR first completed 2025-09-08 but reviewed/updated 2026-06-01 (recent); rationale only "
               "in the EHR; baby DOB 'd.o.b 30.10.25'"),
    case(21, "east", "3", "Kaur", "Mrs Kaur",
         [ch("Arjun Singh", (2017, 11, 2), "slash"), ch("Simran Singh", (2013, 4, 9), "slash")], RUTH,
         D(2026, 11, 23), style="template", lp=NOWICKA, taf=[MOYO], plan="vague", consent="homevisit",
         meeting_date=D(2026, 11, 12), signature="none", assess="ehr_docx", assess_date=D(2026, 9, 28),
         extra={"story": "attend", "consent_date": D(2026, 10, 30)}, subject="EHR + closure letter Kaur/Singh",
         cover="Hi, step down from Families First to St Aldhelm's. Letter and EHR attached.",
         notes="missing signature (nothing after 'With best wishes for the future'), smart_plan (vague "
               "Area/Plan/Timescale)"),
    case(22, "central", "3", "Ivanova", "Ms Ivanova",
         [ch("Sofia Ivanova", (2014, 2, 28), "mon", "born "), ch("Mark Ivanov", (2010, 5, 5), shown=False)], IMRAN,
         D(2026, 1, 26), client="owa", letter="pdf", style="warm", lp=YEO, taf=[FORD, HUTTON],
         taf_layout="bullets", consent="agreed_plan", contingency="half", meeting_date=D(2026, 1, 15),
         assess="ehr_docx", assess_date=D(2025, 11, 10), extra={"story": "teen", "first_name": "Irina"},
         subject="Ivanova - closure to Universal Services",
         cover="Letter and EHR attached. Families First involvement has ended, Tollgate Wharf will lead.",
         notes="missing children_dobs (Mark has no DOB anywhere), contingency (risk only); warm letter as PDF"),
]

for _c in CASES:
    if _c.pathway == "2":
        _c.meeting = "none"  # no transition meeting is required or mentioned on pathway 2
