"""Held-out set 2, pathway 1 cases (Intervention / 0-25 SEND after a CIN or CP plan)."""

from __future__ import annotations

from .cast import (ASANTE, BELL, DELANEY, FORD, GRACE, GRANT, HUTTON, IQBAL, LIS, MOYO, OKONJO, OLUSOLA, PIKE, PRICE,
                   PRIYA, RAHMAN, SANDRA, TOM, VARMA, YEO, D, at, case, ch)

CASES = [
    case(1, "east", "1", "Adeyemi", "Ms Adeyemi", [ch("Tobi Adeyemi", (2017, 11, 2), "slash")], PRIYA,
         D(2026, 3, 16), letter="pdf", style="template", lp=DELANEY, taf=[RAHMAN, HUTTON], taf_layout="bullets",
         consent="verbal", meeting_date=D(2026, 3, 5), assess="sa_pdf", assess_date=D(2025, 12, 8),
         extra={"story": "attend", "greeting": "Good morning East NAM,"},
         subject="Step down CIN to early help - Adeyemi",
         cover="Please find attached the closure letter and Single Assessment for Tobi Adeyemi. Tobi has been on a "
               "Child in Need plan since December and we are now stepping down to early help with school leading.",
         notes="complete; close-to-template letter as PDF; SA case-management export; DOB 'DOB: 2/11/2017'"),
    case(2, "south", "1", "Gonçalves", "Mrs Gonçalves",
         [ch("Beatriz Gonçalves", (2015, 3, 14), "mon", "born "), ch("Tiago Gonçalves", (2019, 9, 22), "mon", "born "),
          ch("Lara Gonçalves", (2025, 6, 3), "mon", "born ")], TOM, D(2026, 5, 20), letter="docx", style="warm",
         lp=PIKE, taf=[VARMA, PRICE, LIS], taf_layout="table", plan="list",
         consent="homevisit", meeting_date=D(2026, 5, 12), assess="sa_pdf", assess_date=D(2025, 9, 30),
         extra={"story": "mh", "first_name": "Ana", "consent_date": D(2026, 4, 29)},
         subject="Closure letter + SA – Gonçalves family (CIN step down)",
         cover="Attached is the closure letter and Single Assessment for the Gonçalves children, closing to "
               "Intervention after 7 months on a CIN plan. Health visiting will lead.",
         notes="missing assessment_recent: SA completed 2025-09-30, over 6 months before the letter (2026-05-20); "
               "long warm letter (.docx); health visitor LP; TAF as a table; plan as a list; DOBs 'born 14 Mar 2015'"),
    case(3, "central", "1", "Brennan", "Ms Brennan", [ch("Connor Brennan", (2009, 11, 2), "slash0", "d.o.b ")],
         PRIYA, D(2026, 6, 10), letter="pdf", style="terse", lp=BELL, taf=[OLUSOLA, FORD], plan_heads=(
             "Action", "Responsible", "Timescale"), consent="signed", contingency="half", meeting_date=D(2026, 6, 2),
         where={"meeting": "body", "rationale": "assess"}, assess="sa_pdf", assess_first=D(2025, 6, 2),
         assess_date=D(2026, 4, 20), fw="manager", manager=SANDRA,
         extra={"story": "teen", "inner_date": at(2026, 6, 10, 16, 40), "consent_date": D(2026, 5, 28),
                "greeting": "Hi Sandra,", "closing": "Can you sign off and send to Central NAM please. Thanks"},
         subject="Step down - Pathway 1 - Connor Brennan",
         cover="Connor's CIN plan is ending and I'm recommending step down to early help with the youth service. "
               "Letter and updated SA attached.",
         notes="missing contingency: only 'the main risk is ...', no plan should risk escalate; practice leader "
               "forwards inline (FW:); final CIN meeting only in the worker's quoted email; terse letter PDF; SA first "
               "completed 2025-06-02 but updated 2026-04-20 (recent; rationale in the SA update); youth worker LP"),
    case(4, "west", "1", "Osei", "Mr and Mrs Osei",
         [ch("Ama Osei", (2016, 1, 5), "dots", "DOB "), ch("Kofi Osei", (2018, 7, 30), "dots", "DOB ")], GRACE,
         D(2026, 4, 28), client="iphone", letter="pdf", style="para", lp=ASANTE, taf=[LIS, VARMA], plan="vague",
         consent="tobe", meeting="tba", assess="sa_pdf", assess_date=D(2026, 2, 2), extra={"story": "send"},
         subject="Osei closure",
         cover="Hi, closure letter and single assessment attached for Ama and Kofi. Ending the CIN plan (0-25 SEND), "
               "stepping down to school.",
         notes="missing consent ('will be sought'), smart_plan (Area/Plan/Timescale: ongoing), transition_meeting "
               "('to be arranged'); iPhone Mail, paraphrased letter as PDF; SENCo LP; DOBs '05.01.16'"),
    case(5, "south", "1", "Ali", "Ms Ali",
         [ch("Zara Ali", (2013, 7, 19)), ch("Yusuf Ali", (2020, 2, 9), "slash")], TOM, D(2026, 7, 8),
         letter="docx", style="template", lp=GRANT, taf_mode="placeholder", plan_heads=("Need", "Action", "Who", "When"),
         consent="meeting", rationale=False, meeting_date=D(2026, 6, 30), assess="sa_pdf", assess_date=D(2026, 3, 23),
         placeholders=("Name/Title/Contact Details",), signature="first", extra={"story": "dv"},
         subject="OFFICIAL-SENSITIVE: Closure letter and SA - Ali",
         cover="Please see attached closure documents. Family stepping down from a Child Protection plan (ended in "
               "March, then CIN) to early help with the family hub.",
         notes="missing rationale (no work summary or reason anywhere; SA written at the start of the plan), "
               "signature (first name only), team_around_family and template_text (TAF left as "
               "'Name/Title/Contact Details'); family hub LP; 4-column plan table"),
    case(6, "east", "1", "Kowalski", "Mrs Kowalska",
         [ch("Mikołaj Kowalski", (2017, 11, 2), "slash"), ch("Zofia Kowalska", (2021, 4, 1), shown=False)], PRIYA,
         D(2026, 9, 14), letter="pdf", style="template", lp=IQBAL, lp_mode="nocontact", taf=[MOYO, HUTTON],
         taf_layout="table", consent="happy", meeting_date=D(2026, 9, 3), where={"smart_plan": "plan"},
         claims_sa=True, extra={"story": "attend", "plan_doc": "Family plan - Kowalski.docx"},
         subject="Closure letter & SA - Kowalski (step down from CIN)",
         cover="Please find attached the closure letter, family plan and Single Assessment for the Kowalski "
               "family. The CIN plan has ended and the final CIN meeting agreed step down.",
         notes="missing assessment_attached (cover says the SA is attached; it is not), children_dobs (Zofia has no "
               "DOB anywhere), lead_practitioner (learning mentor named without contact details); plan only in a "
               "separate family plan .docx"),
    case(7, "central", "1", "Begum", "Ms Begum",
         [ch("Nabila Khan", (2019, 8, 8), pre="("), ch("Rayan Khan", (2022, 1, 17), pre="(")], TOM, D(2026, 10, 5),
         client="owa", letter="body", style="template", lp=OKONJO, taf=[VARMA, MOYO], consent="declined",
         contingency="escalate_only", meeting_date=D(2026, 9, 24), assess="sa_pdf", assess_date=D(2026, 7, 1),
         extra={"story": "attend", "greeting": "Dear colleagues,", "consent_date": D(2026, 9, 24)},
         subject="Transition to early help - Begum/Khan",
         cover="Below is the closure letter I have sent to Ms Begum; the CIN plan for Nabila and Rayan has closed. "
               "Single Assessment attached.",
         notes="missing consent (declined), contingency (only what to do if risk escalates, no risks of "
               "non-engagement); letter pasted into the body with the email signature after it; children's surname "
               "differs from mother's; DOBs '(08/08/2019)'"),
    case(8, "west", "1", "Yılmaz", "Mr Yılmaz",
         [ch("Elif Yılmaz", (2012, 11, 2), "long", "born "), ch("Deniz Yılmaz", (2014, 5, 23), "long", "born ")],
         PRIYA, D(2026, 11, 10), letter="docx", style="para", lp=YEO, taf=[HUTTON, FORD], taf_layout="bullets",
         consent="agreed_plan", meeting_date=D(2026, 11, 2), assess="sa_pdf", assess_date=D(2026, 2, 16),
         placeholders=("(delete as appropriate)", "Dear (family)"), signature="notitle",
         extra={"story": "teen", "lp_layout": "lines"}, subject="Yılmaz – CIN closure – letter and assessment",
         cover="Closure letter and SA attached. CIN plan closed at final CIN meeting, stepping down to the "
               "school's pastoral team.",
         notes="missing assessment_recent (SA 2026-02-16, letter 2026-11-10), signature (name without job title), "
               "template_text ('Dear (family)', '(delete as appropriate)' with both options); DOBs "
               "'born 2nd November 2012'; LP details on separate lines"),
]
