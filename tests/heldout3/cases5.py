"""Pathway 3 cases (Families First -> universal services, with an Early Help Record)."""

from .people import ALEKS, IMRAN, JODIE, LP, SHANELLE, D, T, base

L_ = ["letter"]
E_ = ["ehr"]

CASES = [
    base(
        id=15, hood="east", pathway="3", worker=JODIE, date=T(2026, 3, 9, 20, 14),
        subject="O’Brien fam – FF closing letter + EHR :)", family="O’Brien", parent="Ms O’Brien",
        parent_full="Siobhan O’Brien",
        children=[("Ciarán O’Brien", D(2014, 7, 19), "19/07/2014", "Hollybrook Primary School"),
                  ("Róisín O’Brien", D(2017, 11, 3), "03/11/2017", "Hollybrook Primary School")],
        lp=LP("Nathan Clarke", "Pastoral Lead", "Hollybrook Primary School", "020 7946 0129",
              "n.clarke@hollybrook.newham.sch.uk"),
        taf=[("Priti Shah", "Class Teacher", "Hollybrook Primary School"),
             ("Owen Grady", "Substance Misuse Worker", "Newham Recovery Service"),
             ("Laura Kemp", "Housing Officer", "Newham Housing Solutions")],
        plan=[("", "Attend weekly key-work sessions at the recovery service", "Ms O’Brien", "24/04/2026"),
              ("", "Breakfast club place for Ciarán and Róisín", "Nathan Clarke", "16/03/2026"),
              ("", "Complete the rent arrears payment plan", "Ms O’Brien with Laura Kemp", "30/04/2026")],
        risk="If Siobhan stops going to the recovery service there’s a real risk she relapses, and the kids’ "
             "attendance and routines would slip straight away.",
        escalate="If there’s any sign of relapse or the children are found without supervision, Nathan will speak "
                 "to the Early Help Partnership Team, and if the children are at risk of harm he will refer to LBN "
                 "Triage the same day.",
        story=dict(concern="Mum’s alcohol use, chaotic routines and poor school attendance for both children.",
                   work="Since October I’ve done weekly home visits with Siobhan on routines, supported her into the "
                        "recovery service and helped sort the rent arrears with housing.",
                   progress="Siobhan has been abstinent since November, attendance is up to 96% for both children "
                            "and the arrears plan is being paid.",
                   level2="The family no longer need Families First and the remaining needs can be met at level 2 by "
                          "school and the recovery service."),
        consent_date="2nd March", meeting_date="02/03/2026", meeting_place="Hollybrook Primary School",
        comp={"consent": ("chatty", ["body"]), "lead_practitioner": ("prose", L_),
              "team_around_family": ("attendees", E_), "smart_plan": ("table_std", E_), "contingency": ("full", L_),
              "rationale": ("yes", E_), "meeting": ("held_taf", E_)},
        letter=dict(fmt="docx", style="sections", fname="OBrien closing letter.docx", date=D(2026, 3, 9),
                    date_text="9th March 2026", salutation="Dear Siobhan,"),
        assessment=dict(type="ehr", fmt="pdf", fname="EHR - O’Brien - updated 02.03.26.pdf", date=D(2026, 3, 2),
                        date_text="02/03/2026", start_text="06/10/2025",
                        reviews=[("06/10/2025", "Early Help Record started with Siobhan at home."),
                                 ("15/12/2025", "Home visit review: routines improving, recovery service engaged."),
                                 ("02/03/2026", "Plan reviewed at school; step down to universal services agreed.")]),
        body="Hiya East NAM!!\n\nHope you’re all ok. Sending over the closing letter + updated EHR for the O’Brien "
             "family – stepping down from FF to universal (school leading).\n\n{consent}\n\nShout if you need "
             "anything else!!",
        notes="complete; chatty coach; consent only in the body; TAF attendees, plan, rationale and TAF meeting in the "
              "EHR; EHR with dated reviews table; curly apostrophes and Irish diacritics"),
    base(
        id=16, hood="west", pathway="3", worker=IMRAN, date=T(2026, 3, 31, 10, 7),
        subject="Closure – Hassan family – FF to Universal", family="Hassan", parent="Ms Hassan",
        parent_full="Ifrah Hassan",
        children=[("Mohamed Hassan", D(2010, 2, 17), "17 Feb 2010", "Kingsmead Academy"),
                  ("Ayan Hassan", D(2012, 6, 28), "28 Jun 2012", "Kingsmead Academy"),
                  ("Ilhan Hassan", D(2018, 9, 9), "9 Sep 2018", "Hollybrook Primary School")],
        lp=LP("Stephanie Lowe", "Family Support Worker", "Lark Lane Family Hub", None, "stephanie.lowe@newham.gov.uk"),
        taf=[("Adam Kowalski", "Head of Year 10", "Kingsmead Academy", "020 7946 0233"),
             ("Dr Yewande Bello", "GP", "Forest Lane Practice")],
        vague_plan=[("Education", "School to support Mohamed with his GCSE options"),
                    ("Family", "Hub to offer parenting support to Ms Hassan")],
        risk="If Mohamed continues to refuse school, he is at risk of not sitting his GCSEs.",
        story=dict(concern="Mohamed (16) refusing school and conflict at home with his mother.",
                   analysis_start="Needs at level 3 (targeted): Families First work to start on school refusal and "
                                  "family conflict.",
                   recs_start="Families First coach to complete weekly sessions with Mohamed and Ms Hassan."),
        consent_date="28/08/2025",
        comp={"consent": ("template", L_), "lead_practitioner": ("slash", L_), "team_around_family": ("bullets", L_),
              "smart_plan": ("vague", E_), "contingency": ("half", L_), "rationale": ("none", L_),
              "meeting": ("planned_taf", L_)},
        letter=dict(fmt="pdf", style="template", fname="Hassan Closure Letter.pdf", date=D(2026, 3, 30),
                    date_text="30/03/2026", salutation="Dear Ms Hassan,"),
        assessment=dict(type="ehr", fmt="docx", fname="Early Help Record Hassan.docx", date=D(2025, 8, 28),
                        date_text="28/08/2025", start_text="14/08/2025", start=True),
        body="Hi West NAM team,\n\nPlease find attached:\n• Case closure letter – Hassan family\n• Early Help Record\n\n"
             "Key points:\n• FF involvement ending, transition to Lark Lane Family Hub\n• LP: Stephanie Lowe (details "
             "in letter)\n• TAF to be booked by LP\n\nRegards,",
        notes="missing assessment_recent (EHR written August 2025 at the start of FF work, never updated), "
              "contingency (risk only), rationale (none; EHR from the start of the work), smart_plan (vague), "
              "transition_meeting (TAF still to be booked); bullet-point cover note"),
    base(
        id=17, hood="south", pathway="3", worker=ALEKS, date=T(2026, 6, 18, 15, 55),
        subject="Closure letter and updated EHR - family Dumitru", family="Dumitru", parent="Mrs Dumitru",
        parent_full="Elena Dumitru",
        children=[("Andrei Dumitru", D(2013, 4, 16), "16.04.2013", "Canning Vale Academy"),
                  ("Ioana Dumitru", D(2016, 8, 2), "02.08.2016", "Rookwood Primary School")],
        lp=LP("Marlene Thompson", "Family Hub Coordinator", "Riverside Family Hub", "020 7946 0722",
              "marlene.thompson@newham.gov.uk"),
        taf=[("Gabriel Lungu", "EAL Teacher", "Rookwood Primary School"),
             ("Naomi Fisher", "Attendance Officer", "Newham Attendance Service")],
        plan=[("", "Enrol Mrs Dumitru on ESOL course at the hub", "Marlene Thompson", "10/07/2026"),
              ("", "Daily attendance monitoring for Andrei", "Naomi Fisher", "17/07/2026"),
              ("", "Apply for free school meals for both children", "Mrs Dumitru", "30/06/2026")],
        risk="If mother is not engaging with the plan, the risk is that Andrei attendance drops again and the family "
             "is again in debt with the rent.",
        escalate="If this is happening or there is new concern for the children safety, Marlene will contact the "
                 "Early Help Partnership Team and, if need, make referral to LBN Triage.",
        story=dict(concern="Andrei’s attendance was 61% and the family had rent arrears and no recourse to benefits advice.",
                   work="I have work with mum on the morning routines and we did apply together for the benefits and "
                        "the free uniform, also I refer her to the ESOL class.",
                   progress="Now Andrei attendance is 93% and the rent is paid on time since February.",
                   level2="For this reason the family is ready for step down, the needs are on level 2 and can be "
                          "supported by the universal services."),
        consent_date="5th of June", meeting_date="11/06/2026", meeting_place="Riverside Family Hub",
        comp={"consent": ("nonnative", L_), "lead_practitioner": ("table", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("list", L_), "contingency": ("full", L_), "rationale": ("yes", L_),
              "meeting": ("held_taf", L_)},
        letter=dict(fmt="docx", style="prose", fname="Dumitru closure letter.docx", date=D(2026, 6, 18),
                    date_text="18.06.2026", salutation="Dear Mrs Dumitru,", sig="none"),
        assessment=dict(type="ehr", fmt="pdf", fname="EHR Dumitru update June.pdf", date=D(2026, 6, 11),
                        date_text="11/06/2026", start_text="19/01/2026",
                        reviews=[("19/01/2026", "Started the record with Mrs Dumitru."),
                                 ("23/03/2026", "Review: attendance better, benefits application sent."),
                                 ("11/06/2026", "Update: ready for step down.")]),
        body="Hello,\n\nI am sending you the closure letter and the updated Early Help Record for family Dumitru. "
             "The family is ready for step down, all is explained in the letter.\n\nThank you very much,\nAleksandra",
        notes="missing signature (nothing after 'With best wishes for the future'); non-native phrasing throughout"),
    base(
        id=18, hood="central", pathway="3", worker=SHANELLE, client="owa", date=T(2026, 5, 21, 13, 18),
        subject="Step down to universal services – Hossain family", family="Hossain", parent="Ms Akter",
        parent_full="Rumana Akter",
        children=[("Tahmid Hossain", D(2012, 3, 25), "25/03/2012", "Greenway Academy"),
                  ("Nusrat Hossain", D(2015, 7, 14), "14/07/2015", "Rookwood Primary School")],
        lp=LP("Kerry-Ann Douglas", "Pastoral Support Manager", "Greenway Academy", "020 7946 0850",
              "k.douglas@greenway.newham.sch.uk"),
        taf=[("Farhana Miah", "Bengali Family Support Worker", "Cherrytree Family Hub", "020 7946 0457"),
             ("Dr Paul Everett", "Clinical Psychologist", "Newham CAMHS")],
        plan=[("Tahmid feels calmer in school", "Weekly mentoring with Tahmid", "Greenway Academy", "03/07/2026"),
              ("Mum understands Tahmid’s anxiety", "Parent workshop on anxiety", "Cherrytree Family Hub", "19/06/2026"),
              ("Tahmid’s anxiety is treated", "Complete CBT sessions", "Newham CAMHS", "31/07/2026")],
        risk="Should Ms Akter or Tahmid withdraw from the plan, Tahmid’s anxiety and school avoidance are likely to "
             "return and Nusrat is likely to copy the pattern.",
        escalate="If Tahmid expresses thoughts of self-harm, the school must follow its safeguarding procedures, "
                 "contact CAMHS crisis and refer to LBN Triage.",
        story=dict(concern="Tahmid’s severe anxiety and school avoidance; conflict between mother and son.",
                   work="Families First provided weekly sessions on anxiety and routines, supported Ms Akter to attend "
                        "CAMHS appointments and linked the family with a Bengali-speaking support worker.",
                   progress="Tahmid is back in school full time and mother reports the home is calmer.",
                   level2="Needs are now at level 2 and can be met by the school with CAMHS and the family hub."),
        consent_date="6 May 2026", meeting_date="12 May 2026", meeting_place="Greenway Academy",
        comp={"consent": ("verbal_date", L_), "lead_practitioner": ("block", E_), "team_around_family": ("table", E_),
              "smart_plan": ("table_outcome", E_), "contingency": ("full", E_), "rationale": ("yes", E_),
              "meeting": ("held_taf", E_)},
        letter=dict(fmt="pdf", style="reordered", fname="Hossain – closure letter.pdf", date=D(2026, 5, 20),
                    date_text="20 May 2026", salutation="Dear Ms Akter,", placeholders=["lp_ntcd"]),
        assessment=dict(type="ehr", fmt="docx", fname="Hossain EHR (reviewed May 2026).docx", date=D(2026, 5, 12),
                        date_text="12/05/2026", start_text="02/12/2025",
                        reviews=[("02/12/2025", "Record opened after referral from Greenway Academy."),
                                 ("10/02/2026", "Review with Ms Akter and Tahmid at home."),
                                 ("12/05/2026", "Reviewed at the TAF meeting; step down agreed.")]),
        body="Good afternoon Central NAM,\n\nPlease find attached the closure letter and the reviewed Early Help "
             "Record for the Hossain family.\n\nBest wishes,",
        notes="missing template_text ('Name/Title/Contact Details' left for the lead practitioner in the letter); the "
              "lead practitioner, TAF, plan, contingency, rationale and TAF meeting are in the EHR"),
]
