"""Pathway 1 cases (Intervention / 0-25 SEND after a CIN or CP plan)."""

from .people import FOLA, HANNAH, LP, MERCY, TOMASZ, D, T, base

L_ = ["letter"]

CASES = [
    base(
        id=1, hood="east", pathway="1", worker=FOLA, date=T(2026, 3, 10, 15, 42),
        subject="Case closure letter + SA – Okonkwo/Eze family (step down from CIN)",
        family="Okonkwo", parent="Ms Okonkwo", parent_full="Chidinma Okonkwo",
        children=[("Adaeze Eze", D(2012, 10, 14), "14/10/2012", "Greenway Academy"),
                  ("Tobenna Eze", D(2015, 3, 3), "03/03/2015", "Thornfield Primary School"),
                  ("Kamsi Okonkwo-Eze", D(2020, 7, 27), "27/07/2020", "Thornfield Primary School (Nursery)")],
        lp=LP("Lorraine Hatcher", "Designated Safeguarding Lead", "Thornfield Primary School", "020 7946 0804",
              "lhatcher@thornfield.newham.sch.uk"),
        taf=[("Dr Samuel Idowu", "GP", "Barking Road Medical Centre"),
             ("Claire Bowen", "School Nurse", "Newham 0-19 Health Service"),
             ("Marcus Fenwick", "Head of Year 8", "Greenway Academy")],
        plan=[("Attendance", "Meet Ms Okonkwo to review Adaeze's attendance", "Mr Fenwick (Greenway Academy)", "27/03/2026"),
              ("Wellbeing", "Attend the Freedom Programme at Lark Lane Family Hub", "Ms Okonkwo", "30/04/2026"),
              ("Health", "Complete Kamsi's overdue health review", "Claire Bowen, School Nurse", "17/04/2026"),
              ("Coordination", "Hold the first TAF meeting", "Mrs Hatcher (Lead Practitioner)", "24/04/2026")],
        risk="If Ms Okonkwo stops engaging with the plan, the children could again be exposed to conflict at home and "
             "Adaeze's attendance is likely to drop.",
        escalate="If Mr Eze returns to the home in breach of the non-molestation order, or there is any new incident "
                 "of domestic abuse, the school should call the police and make a referral to LBN Triage the same day.",
        story=dict(concern="Referral from police after a domestic abuse incident witnessed by the children.",
                   work="Over the last eight months on a Child in Need plan I completed safety planning with Ms Okonkwo, "
                        "referred her to the IDVA service and supported her to obtain a non-molestation order.",
                   progress="Mr Eze has left the family home, there have been no further incidents since July and the "
                            "children say they feel safe.",
                   level2="The remaining needs (school attendance and emotional support) are at level 2 and can be met "
                          "by universal services, so the Child in Need plan was closed."),
        consent_date="", meeting_date="3 March 2026",
        comp={"consent": ("template", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("table_std", L_), "contingency": ("full", L_), "rationale": ("yes", L_),
              "meeting": ("held_cin", L_)},
        letter=dict(fmt="pdf", style="template", fname="Closure letter - Okonkwo.pdf", date=D(2026, 3, 10),
                    date_text="10 March 2026", salutation="Dear Ms Okonkwo and family,", sig="full"),
        assessment=dict(type="sa", fmt="pdf", fname="Single Assessment - Okonkwo (updated Jan 26).pdf",
                        date=D(2026, 1, 20), date_text="20/01/2026", start_text="05/01/2026", ref="CF-4471902",
                        footer="Printed 09/03/2026 16:02  OFFICIAL-SENSITIVE  Case ID 4471902"),
        body="Dear colleagues,\n\nPlease find attached the case closure letter and updated Single Assessment for the "
             "Okonkwo/Eze family, who are stepping down from a Child in Need plan to early help led by Thornfield "
             "Primary School.\n\nKind regards,",
        notes="complete; Appendix 2 close to template with salutation filled unusually; all components in the letter; "
              "SA export PDF with print-date footer"),
    base(
        id=2, hood="central", pathway="1", worker=TOMASZ, date=T(2026, 2, 13, 13, 5),
        subject="closing letter and SA - Haddad family - CIN ended",
        family="Haddad", parent="Ms Haddad", parent_full="Rania Haddad",
        children=[("Yusuf Haddad", D(2013, 6, 9), "9.6.13", "Kingsmead Academy"),
                  ("Lina Haddad", D(2018, 1, 22), "22.1.18", "Millpond Primary School")],
        lp=LP("Beatrice Nwachukwu", "Family Support Worker", "Cherrytree Family Hub", "020 7946 0455",
              "beatrice.nwachukwu@newham.gov.uk"),
        taf_roles="the school DSL, the school nurse and Yusuf’s CAMHS worker",
        plan=[("", "Attend CAMHS appointments with Yusuf", "Ms Haddad", "31/03/2026"),
              ("", "Weekly check-in with Lina at school", "Class teacher", "end of spring term (27/03/2026)"),
              ("", "Help Ms Haddad apply for the Household Support Fund", "Beatrice (Family Hub)", "27/02/2026")],
        risk="The main risk is that Ms Haddad becomes isolated again and stops taking Yusuf to CAMHS.",
        story=dict(concern="Yusuf disclosed self-harm at school and mother was struggling after the separation.",
                   work="On the CIN plan I did weekly visits, referred Yusuf to CAMHS and mother to the family hub for "
                        "the parenting course, and we made a safety plan together.",
                   progress="Yusuf is attending CAMHS every two weeks, there was no more self-harm since October and "
                            "mother completed the course.",
                   level2="Because of this the needs are now at level 2 and can be managed by the family hub and school.",
                   analysis_start="Yusuf is at risk of significant emotional harm; mother needs support to keep him safe.",
                   recs_start="Child in Need plan to be put in place with CAMHS referral and parenting support."),
        consent_date="4th February", meeting_date="10/02/2026",
        comp={"consent": ("nonnative", L_), "lead_practitioner": ("table", L_), "team_around_family": ("roles", L_),
              "smart_plan": ("list", L_), "contingency": ("half", L_), "rationale": ("yes", L_),
              "meeting": ("held_abbrev", ["body"])},
        letter=dict(fmt="docx", style="prose", fname="Haddad closing letter.docx", date=D(2026, 2, 12),
                    date_text="12.02.2026", salutation="Dear Ms Haddad,", closing="Best wishes for the future,",
                    opening="I write to inform you that"),
        assessment=dict(type="sa", fmt="docx", fname="SA Haddad.docx", date=D(2025, 11, 3), date_text="03/11/2025",
                        start_text="20/10/2025", start=True, ref="CF-3390127"),
        body="Good afternoon,\n\nPlease to find attached the closing letter and the SA for Haddad family.\n\n{meeting}\n\n"
             "Any question please let me know.",
        notes="missing contingency (only 'the main risk is'), team_around_family (roles only); non-native phrasing; "
              "final CIN meeting only in the body (abbreviated); SA written at start of CIN (recent)"),
    base(
        id=3, hood="south", pathway="1", worker=HANNAH, date=T(2026, 3, 19, 9, 12),
        subject="OFFICIAL-SENSITIVE: Step-down notification – Whitfield family",
        family="Whitfield", parent="Mrs Whitfield", parent_full="Donna Whitfield",
        children=[("Callum Whitfield", D(2010, 11, 30), "30th November 2010", "Canning Vale Academy"),
                  ("Maisie Whitfield", D(2016, 4, 8), "8th April 2016", "Rookwood Primary School")],
        lp=LP("Yetunde Alabi", "Family Support Practitioner", "Riverside Family Hub", "020 7946 0719",
              "yetunde.alabi@newham.gov.uk"),
        taf=[("Peter Langley", "SENCo", "Canning Vale Academy", "020 7946 0360"),
             ("Sunita Varma", "Youth Worker", "Eastgate Youth Hub", "07700 900902")],
        plan=[("Callum’s behaviour at school", "Weekly mentoring session with Callum", "Sunita Varma", "review 24/04/2026"),
              ("Maisie’s speech", "Re-refer Maisie to speech and language therapy", "Mrs Whitfield with GP", "03/04/2026"),
              ("Household finances", "Appointment with the debt advice worker at the hub", "Yetunde Alabi", "10/04/2026")],
        risk="Should the family disengage, Callum is at risk of exclusion and of being drawn back into the peer group "
             "associated with the earlier police involvement.",
        escalate="If Callum goes missing, is found carrying a weapon, or there is information suggesting exploitation, "
                 "the lead practitioner must contact LBN Triage immediately and inform the Early Help Partnership Team.",
        story=dict(concern="Concerns about Callum’s association with older young people and possible criminal exploitation.",
                   work="During the period of the Child in Need plan, I worked with Callum on exploitation awareness, "
                        "secured a mentoring place at Eastgate Youth Hub, and supported Mr and Mrs Whitfield with "
                        "consistent boundaries.",
                   progress="Callum has had no missing episodes since September and his attendance has risen to 94%.",
                   level2="The outstanding needs are assessed at level 2 of Newham’s continuum of need and no longer "
                          "require statutory intervention.",
                   analysis_start="Callum is at risk of criminal exploitation; the threshold for a Child in Need plan is met.",
                   recs_start="Child in Need plan recommended, with a referral to the exploitation panel."),
        consent_date="11 March 2026", meeting_date="",
        comp={"consent": ("signed_form", L_), "lead_practitioner": ("block", L_), "team_around_family": ("table", L_),
              "smart_plan": ("table_odd", ["plan"]), "contingency": ("full", ["plan"]), "rationale": ("yes", L_),
              "meeting": ("planned", L_)},
        letter=dict(fmt="pdf", style="formal", fname="Whitfield - case closure letter.pdf", date=D(2026, 3, 18),
                    date_text="18th March 2026", salutation="Dear Mr and Mrs Whitfield,", closing="Yours sincerely,",
                    address="Children and Young People’s Services\nNewham Dockside\n1000 Dockside Road\nLondon E16 2QU"),
        plan_doc=dict(fmt="docx", fname="Whitfield family plan.docx"),
        assessment=dict(type="sa", fmt="pdf", fname="Whitfield SA June 2025.pdf", date=D(2025, 6, 16),
                        date_text="16/06/2025", start_text="02/06/2025", start=True, ref="CF-2981554",
                        footer="Printed 17/03/2026 11:48  OFFICIAL-SENSITIVE"),
        body="Good morning,\n\nPlease find attached, for the attention of the Early Help Partnership Team, the case "
             "closure letter, the agreed family plan and the Single Assessment for the Whitfield family.\n\n"
             "Regards,",
        notes="missing assessment_recent (SA written at the start of the CIN plan, June 2025), transition_meeting "
              "(only 'will be arranged'); formal numbered sections; plan and contingency in a separate family plan "
              "with unusual headings"),
    base(
        id=4, hood="west", pathway="1", worker=MERCY, client="owa", date=T(2026, 3, 25, 16, 20),
        subject="Step down from CIN – Tiago Gonçalves (0-25 SEND)",
        family="Gonçalves", parent="Ms Gonçalves", parent_full="Fernanda Gonçalves",
        children=[("Tiago Gonçalves", D(2009, 9, 17), "17-Sep-2009", "Newham College")],
        lp=LP("Darnell Pierce", "Youth Worker", "Eastgate Youth Hub", "07700 900138"),
        taf=[("Alison Marchetti", "Transition Coordinator", "Newham College", "020 7946 0990"),
             ("Dr Helen Achebe", "Community Paediatrician", "Newham Child Development Centre")],
        plan=[("", "Attend the college transition review", "Alison Marchetti", "30 April 2026"),
              ("", "Meet Tiago fortnightly at the youth hub", "Darnell Pierce", "8 May 2026"),
              ("", "Book Tiago's medication review", "Ms Gonçalves", "17 April 2026")],
        risk="If Tiago stops attending college or the youth hub, there is a risk he becomes isolated and his "
             "behaviour at home escalates again, putting strain on Ms Gonçalves.",
        escalate="If there is any further incident of violence at home or Tiago goes missing, Darnell should contact "
                 "the 0-25 SEND duty worker or LBN Triage straight away.",
        story=dict(concern="Escalating aggression at home from Tiago (autism, ADHD) and a carer breakdown risk.",
                   work="Under the Child in Need plan we put in a short-break package, a positive behaviour support "
                        "plan, and a carer’s assessment for Ms Gonçalves.",
                   progress="There have been no incidents of aggression since December and Tiago started his college "
                            "course in January.",
                   level2="Tiago’s needs can now be met at level 2 by college and the youth hub."),
        consent_date="16 March", meeting_date="19 March 2026",
        comp={"consent": ("you_happy", L_), "lead_practitioner": ("slash", L_), "team_around_family": ("bullets", L_),
              "smart_plan": ("numbered", L_), "contingency": ("full", L_), "rationale": ("yes", L_),
              "meeting": ("held_transition", L_)},
        letter=dict(fmt="docx+body", style="sections", fname="Closure letter – Gonçalves.docx", date=D(2026, 3, 25),
                    date_text="25/03/2026", salutation="Dear Fernanda and Tiago,"),
        assessment=dict(type="sa", fmt="pdf", fname="SA_Goncalves_updated.pdf", date=D(2026, 1, 28),
                        date_text="28/01/2026", first_text="14/07/2025", start_text="30/06/2025",
                        ref="CF-3012876"),
        body="Hi West NAM,\n\nThe letter is attached and I have pasted it below too in case the attachment doesn't "
             "open. Updated SA also attached.\n\nThanks,\nMercy\n\n-----",
        notes="complete; letter attached as .docx AND pasted in the body; SA first completed 14/07/2025 (over 6 "
              "months before) but updated 28/01/2026 (recent); LP with phone only in 'name / role / phone' layout"),
]
