"""Pathway 2 cases (Assessment team, after a Single Assessment only)."""

from .people import FERN, GARETH, LP, NADIA, OLU, D, T, base

L_ = ["letter"]


CASES = [
    base(
        id=9, hood="east", pathway="2", worker=GARETH, date=T(2026, 4, 20, 8, 55),
        subject="Ahmed - SA closure - step down to EH", family="Ahmed", parent="Mr Ahmed", parent_full="Bilal Ahmed",
        she="he", parent_role="dad",
        children=[("Maryam Ahmed", D(2012, 7, 7), "07/07/2012", "Kingsmead Academy"),
                  ("Hamza Ahmed", D(2014, 12, 1), "01/12/2014", "Kingsmead Academy")],
        lp=LP("Shona McBride", "Learning Mentor", "Kingsmead Academy", None, "s.mcbride@kingsmead.newham.sch.uk"),
        taf_roles="school, GP and the young carers service",
        vague_prose="School will continue to support Maryam and Hamza and dad will keep in touch with the young "
                    "carers service as needed.",
        story=dict(concern="Maryam (13) was caring for her father after his stroke and missing school.",
                   work="Assessment completed with home visits and a carer’s assessment for Mr Ahmed; adult social "
                        "care have put a package of care in place and Maryam was referred to the young carers service.",
                   progress="Maryam’s attendance has improved and she no longer does personal care for her father.",
                   level2="Needs are at level 2 and can be met by school without statutory involvement."),
        consent_date="14/04",
        comp={"consent": ("abbrev", ["body"]), "lead_practitioner": ("block", L_), "team_around_family": ("roles", L_),
              "smart_plan": ("vague_prose", L_), "rationale": ("yes", ["sa"])},
        letter=dict(fmt="docx", style="prose", fname="Ahmed letter.docx", date=D(2026, 4, 17), date_text="17/4/26",
                    salutation="Dear Mr Ahmed,", closing="Best wishes,"),
        assessment=dict(type="sa", fmt="pdf", fname="SA - Ahmed.pdf", date=D(2025, 9, 3), date_text="03/09/2025",
                        start_text="11/08/2025", ref="CF-3055641", footer="Printed 17/04/2026 08:31"),
        body="Hi,\n\n- Ahmed family, SA done, closing to EH\n- {consent}\n- LP = Shona McBride at Kingsmead (details "
             "in letter)\n- letter + SA attached\n\nThanks",
        notes="missing assessment_recent (SA from September 2025, 7 months before the letter), contingency (not "
              "mentioned), smart_plan (vague prose), team_around_family (roles only); terse bullet-point sender; "
              "consent only in the body (abbreviated); LP email only"),
    base(
        id=10, hood="central", pathway="2", worker=NADIA, client="owa", date=T(2026, 7, 8, 14, 33),
        subject="Transition to Early Help – Campbell family", family="Campbell", parent="Ms Campbell",
        parent_full="Tanisha Campbell",
        children=[("Jayden Campbell", D(2013, 2, 14), "14th Feb 2013", "Kingsmead Academy"),
                  ("Amelia Campbell-Reid", D(2017, 9, 5), "5th Sept 2017", "Rookwood Primary School"),
                  ("Noah Reid", D(2022, 4, 18), "18th April 2022", "")],
        lp=LP("Rachel Adebayo", "Health Visitor", "Newham 0-19 Health Visiting Team (Forest Gate)", "020 7946 0562",
              "rachel.adebayo@nhs.net"),
        taf=[("Sarah Okafor", "Class Teacher", "Rookwood Primary School", "020 7946 0731"),
             ("Kelly Dunn", "Children’s Centre Manager", "Cherrytree Family Hub")],
        plan=[("", "Noah’s 2½-year developmental review", "Rachel Adebayo", "31/07/2026"),
              ("", "Ms Campbell to attend the Family Hub stay-and-play weekly", "Ms Campbell", "from 13/07/2026, review 28/08/2026"),
              ("", "Apply for 2-year-old funded childcare for Noah", "Ms Campbell with Kelly Dunn", "21/08/2026")],
        risk="If Ms Campbell does not engage, Noah’s speech delay may go unaddressed and her low mood may return, "
             "affecting the care of all three children.",
        escalate="If her mental health deteriorates or the children are left unsupervised, the health visitor should "
                 "contact the GP and LBN Triage and let the Early Help Partnership Team know.",
        story=dict(concern="Anonymous referral that the children were left alone; mother reported low mood.",
                   work="My assessment included three home visits, a GP liaison and a referral to Talking Therapies.",
                   progress="The allegation was not substantiated; Ms Campbell is now receiving treatment and her "
                            "mood has improved.",
                   level2="The family’s remaining needs sit at level 2 and early help is the right level of support."),
        dobs_in=["sa"],
        comp={"consent": ("template", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("bullets", L_),
              "smart_plan": ("list", L_), "contingency": ("full", L_), "rationale": ("yes", L_)},
        letter=dict(fmt="pdf", style="template", fname="Campbell closure letter.pdf", date=D(2026, 7, 8),
                    date_text="8th July 2026", salutation="Dear Tanisha,", placeholders=["x_family", "child_dob"],
                    sig="name"),
        assessment=dict(type="sa", fmt="pdf", fname="Campbell SA.pdf", date=D(2026, 6, 15), date_text="15/06/2026",
                        start_text="22/05/2026", ref="CF-4417760", footer="Printed 08/07/2026 14:05"),
        body="Good afternoon,\n\nPlease see attached the closure letter and SA for the Campbell family (Assessment "
             "Team Central).\n\nWarm regards,",
        notes="missing signature (name without job title), template_text ('X Family' and 'child DOB' left in the "
              "title line); DOBs given in the SA instead"),
    base(
        id=11, hood="south", pathway="2", worker=OLU, date=T(2026, 9, 15, 12, 40),
        subject="Step down – Yılmaz family (SA completed)", family="Yılmaz", parent="Ms Yılmaz", parent_full="Ayşe Yılmaz",
        children=[("Elif Yılmaz", D(2020, 3, 12), "12/03/2020", "Little Acorns Nursery"),
                  ("Emir Yılmaz", D(2024, 6, 5), None, "")],
        lp=LP("Joy Ekwueme", "Health Visitor", "Newham 0-19 Health Visiting Team (Canning Town)", "020 7946 0603",
              "joy.ekwueme@nhs.net"),
        taf=[("Melissa Tran", "Nursery Manager", "Little Acorns Nursery, Custom House", "020 7946 0188"),
             ("Hatice Demir", "Family Support Worker", "Riverside Family Hub", "020 7946 0721")],
        plan=[("Emir’s weight", "Monthly weighing at the baby clinic", "Joy Ekwueme (HV)", "review 30/10/2026"),
              ("Elif’s attendance", "Daily attendance at nursery, monitored weekly", "Melissa Tran", "16/10/2026"),
              ("Isolation", "Turkish-speaking parents’ group at the hub", "Hatice Demir", "09/10/2026")],
        risk="Without support Ms Yılmaz is likely to become isolated again and Emir’s weight may fall.",
        escalate="If Emir drops below the 2nd centile or there are signs of neglect, Joy should refer to LBN Triage "
                 "and inform the Early Help Partnership Team.",
        story=dict(concern="Health visitor concern about Emir’s weight faltering and mother’s isolation.",
                   work="During the assessment I arranged a paediatric review for Emir and linked Ms Yılmaz with an "
                        "interpreter and the family hub.",
                   progress="Emir is now gaining weight steadily and Elif attends nursery every day.",
                   level2="The family’s needs are at level 2 and can be met by health and the family hub."),
        consent_date="9 September",
        comp={"consent": ("hedged", L_), "lead_practitioner": ("table", L_), "team_around_family": ("table", L_),
              "smart_plan": ("table_odd", L_), "contingency": ("full", L_), "rationale": ("yes", L_)},
        letter=dict(fmt="pdf", style="reordered", fname="Yılmaz closure letter.pdf", date=D(2026, 9, 14),
                    date_text="14 September 2026", salutation="Dear Ms Yılmaz,"),
        assessment=dict(type="sa", fmt="docx", fname="Single Assessment Yılmaz.docx", date=D(2026, 8, 20),
                        date_text="20 August 2026", start_text="31 July 2026"),
        body="Dear colleagues,\n\nPlease find the closure letter and Single Assessment for the Yılmaz family "
             "attached.\n\nKind regards,",
        notes="missing children_dobs (Emir named without a DOB anywhere), consent (hedged: mother unsure, will "
              "speak to partner); non-ASCII filenames; headings reordered"),
    base(
        id=12, hood="west", pathway="2", worker=FERN, client="iphone", date=T(2026, 10, 5, 18, 22), html=False,
        subject="Kai Lewis - SA + plan", family="Lewis", parent="Ms Lewis", parent_full="Chantelle Lewis",
        children=[("Kai Lewis", D(2009, 5, 26), "26/5/2009", "Newham College")],
        lp=LP("Andre Mullings", "Senior Youth Worker", "Newham Youth Empowerment Service", "07700 900519",
              "andre.mullings@newham.gov.uk"),
        taf=[("Lucy Harrow", "Careers Adviser", "Newham College"), ("Dr Omar Farouk", "GP", "Forest Lane Practice")],
        plan=[("", "Weekly one-to-one sessions with Kai", "Andre Mullings", "27/11/2026"),
              ("", "Careers guidance appointment", "Lucy Harrow", "23/10/2026"),
              ("", "Register with a dentist and book a GP health check", "Kai with Ms Lewis", "06/11/2026")],
        risk="If Kai disengages from the youth service and college, there is a risk he returns to the group he was "
             "associating with and is exploited.",
        escalate="Any missing episode, arrest or intelligence of exploitation should be referred to LBN Triage "
                 "immediately by the youth worker.",
        story=dict(concern="Police stop and search: Kai found with a large amount of cash; concerns of exploitation.",
                   work="The assessment included direct work with Kai, a strategy discussion and a referral to the "
                        "Youth Empowerment Service.",
                   progress="Kai has engaged well with Andre, re-enrolled at college and there are no further police "
                            "contacts.",
                   level2="His needs are now at level 2 and can be met by the youth service and college.",
                   lived="Kai was seen alone three times."),
        consent_date="18/09/2026",
        comp={"consent": ("signed_form", ["sa"]), "lead_practitioner": ("prose", ["sa"]),
              "team_around_family": ("inline", ["body"]), "smart_plan": ("table_std", ["plan"]),
              "contingency": ("full", ["plan"]), "rationale": ("yes", ["sa"])},
        letter=None,
        assessment=dict(type="sa", fmt="pdf", fname="SA_KaiLewis.pdf", date=D(2026, 9, 22), date_text="22/09/2026",
                        start_text="01/09/2026", ref="CF-4630198"),
        plan_doc=dict(fmt="docx", fname="Kai Lewis - early help plan.docx"),
        body="Hi, SA and plan for Kai Lewis attached. Closing letter will follow once my manager has signed it off.\n\n"
             "{taf}\n\nFern", no_email_sig=True,
        notes="missing signature (no closure letter in the email: SA and family plan only); TAF named in the body; "
              "consent and LP in the SA; plan and contingency in the family plan; iPhone"),
]
