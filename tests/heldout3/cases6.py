"""Pathway 3 cases 19-21 and Appendix 4 notifications (pathway none) 22-24."""

from .people import AMINA, BEN, CIARA, LEON, LP, MAYA, RHYS, D, T, base

L_ = ["letter"]
E_ = ["ehr"]

CASES = [
    base(
        id=19, hood="east", pathway="3", worker=BEN, client="iphone", date=T(2026, 2, 24, 21, 37), html=False,
        subject="Taylor - closing letter (EHR to follow)", family="Taylor", parent="Miss Taylor", parent_full="Jade Taylor",
        children=[("Mason Taylor", D(2024, 1, 9), "09/01/2024", "Little Acorns Nursery")],
        lp=LP("Dionne Walsh", "Family Support Lead", "Little Acorns Nursery"),
        taf_roles="the health visitor and Mason’s nursery key worker",
        plan=[("", "Mason to attend nursery 3 days a week", "Miss Taylor", "from 02/03/2026, review 17/04/2026"),
              ("", "Speech and language drop-in appointment", "Miss Taylor with nursery", "20/03/2026"),
              ("", "Check-in visit at home", "Dionne Walsh", "13/03/2026")],
        risk="If Miss Taylor stops taking Mason to nursery, his speech delay is likely to get worse and she may "
             "become isolated again.",
        escalate="If there are signs of neglect or Miss Taylor’s ex-partner returns, nursery should ring LBN Triage "
                 "and inform the Early Help Partnership Team.",
        story=dict(concern="Young mother, isolated, Mason’s speech delay and a history of an abusive ex-partner.",
                   work="Since September I have supported Jade to set up routines, get a nursery place and attend "
                        "the Freedom Programme.",
                   progress="Mason now goes to nursery and Jade has finished the programme and has no contact with "
                            "her ex.",
                   level2="The family is ready to step down to universal services at level 2."),
        consent_date="", meeting_date="18/02/2026", meeting_place="Little Acorns Nursery",
        comp={"consent": ("template", L_), "lead_practitioner": ("nocontact", L_), "team_around_family": ("roles", L_),
              "smart_plan": ("table_std", L_), "contingency": ("full", L_), "rationale": ("yes", L_),
              "meeting": ("held_taf", L_)},
        letter=dict(fmt="pdf", style="template", fname="Taylor closing letter.pdf", date=D(2026, 2, 24),
                    date_text="24/02/2026", salutation="Dear Jade,"),
        assessment=None,
        body="Hi East NAM, closing letter for Mason Taylor attached. EHR to follow when I’m back at my desk tomorrow.\n"
             "Ben", no_email_sig=True,
        notes="missing assessment_attached (EHR 'to follow'), lead_practitioner (named without contact details), "
              "team_around_family (roles only); one child; iPhone plain text"),
    base(
        id=20, hood="west", pathway="3", worker=CIARA, date=T(2026, 1, 15, 9, 20),
        subject="Adeleke family: transition from Families First", family="Adeleke", parent="Mrs Adeleke",
        parent_full="Funmilayo Adeleke",
        children=[("Tolu Adeleke", D(2009, 10, 8), "8th October 2009", "Greenway Academy"),
                  ("Bisi Adeleke", D(2012, 1, 30), "30/01/12", "Greenway Academy"),
                  ("Kehinde Adeleke", D(2015, 5, 5), "5.5.15", "Thornfield Primary School"),
                  ("Ebun Adeleke", D(2025, 11, 20), None, "")],
        lp=LP("Kieran Doyle", "Youth Worker", "Stratford Youth Zone", "07700 900276", "kieran.doyle@newham.gov.uk"),
        taf=[("Mrs Patience Ogun", "Head of Year 11", "Greenway Academy", "020 7946 0852"),
             ("Sadia Rahman", "Health Visitor", "Newham 0-19 Health Visiting Team (Stratford)", "020 7946 0564")],
        plan=[("Tolu’s GCSE preparation", "Homework club three evenings a week", "Mrs Ogun", "review 27/02/2026"),
              ("Tolu’s anger", "Weekly sessions at the youth zone", "Kieran Doyle", "13/03/2026"),
              ("Ebun’s health checks", "New birth and 8-week checks completed", "Sadia Rahman", "30/01/2026")],
        risk="If Tolu drops out of the youth sessions his anger at home may escalate and put his younger siblings "
             "at risk, and Mrs Adeleke may struggle with a new baby.",
        escalate="If there is any violence at home or Tolu goes missing, Kieran must refer to LBN Triage and tell "
                 "the Early Help Partnership Team.",
        story=dict(concern="Conflict between Tolu and his parents, including one incident of damage at home.",
                   work="Families First worked with the family from June on communication, set up mediation sessions "
                        "and linked Tolu with the youth zone.",
                   progress="There have been no incidents since September and Tolu is attending school every day.",
                   level2="The remaining needs are at level 2 and can be led by the youth zone."),
        consent_date="7 January 2026", meeting_date="7 January 2026", meeting_place="Greenway Academy",
        dobs_in=["letter", "ehr"],
        comp={"consent": ("signed_form", L_), "lead_practitioner": ("block", L_), "team_around_family": ("bullets", L_),
              "smart_plan": ("table_odd", L_), "contingency": ("full", L_), "rationale": ("yes", L_),
              "meeting": ("held_taf", L_)},
        letter=dict(fmt="docx", style="formal", fname="Adeleke - Transition letter.docx", date=D(2026, 1, 14),
                    date_text="14th January 2026", salutation="Dear Mr and Mrs Adeleke,", closing="Yours sincerely,"),
        assessment=dict(type="ehr", fmt="docx", fname="Adeleke EHR.docx", date=D(2025, 12, 18),
                        date_text="18/12/2025", start_text="09/06/2025",
                        reviews=[("09/06/2025", "Record opened."), ("22/09/2025", "Three-month review at home."),
                                 ("18/12/2025", "Review: ready to plan step down; baby Ebun born in November.")]),
        body="Good morning,\n\nPlease find attached the transition letter and Early Help Record for the Adeleke "
             "family.\n\nMany thanks,",
        notes="missing children_dobs (the baby, Ebun, is named without a date of birth anywhere); four children with "
              "DOBs in mixed formats; formal numbered letter"),
    base(
        id=21, hood="south", pathway="3", worker=MAYA, date=T(2026, 10, 29, 16, 2),
        subject="Santos family - step down from FF", family="Santos", parent="Ms Santos", parent_full="Mariana Santos",
        children=[("Lucas Santos", D(2011, 12, 12), "12/12/2011", "Canning Vale Academy"),
                  ("Sofia Santos", D(2019, 3, 3), "03/03/2019", "St Bartholomew’s RC Primary School")],
        lp=LP("Bernadette Quinn", "Family Liaison Officer", "St Bartholomew’s RC Primary School", "020 7946 0848"),
        taf=[("Tom Ashdown", "Head of Year 9", "Canning Vale Academy"), ("Grace Nwosu", "School Nurse", "Newham 0-19 Health Service")],
        plan=[("", "Sofia to attend the nurture group", "Bernadette Quinn", "27/11/2026"),
              ("", "Lucas to meet the school nurse about his sleep", "Grace Nwosu", "13/11/2026"),
              ("", "Ms Santos to attend the debt advice appointment", "Ms Santos", "06/11/2026")],
        risk="If Ms Santos does not keep up with the plan, the children’s attendance and the family’s finances are "
             "likely to deteriorate.",
        escalate="If the family are at risk of eviction or the children are not being cared for, school should "
                 "contact the Early Help Partnership Team and refer to LBN Triage.",
        story=dict(concern="Lucas’s attendance, mother’s debts and Sofia’s behaviour after the family’s move.",
                   work="Families First supported Ms Santos with a debt management plan and morning routines.",
                   progress="Attendance has improved to over 90% for both children.",
                   level2="The family can now be supported at level 2 by the schools."),
        consent_date="4 November", meeting_date="21/10/2026", meeting_place="St Bartholomew’s RC Primary School",
        comp={"consent": ("pending", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("table_std", E_), "contingency": ("full", E_), "rationale": ("yes", E_),
              "meeting": ("held_taf", L_)},
        letter=dict(fmt="pdf", style="template", fname="Santos closure letter.pdf", date=D(2026, 10, 28),
                    date_text="28 October 2026", placeholders=["dear_family"]),
        assessment=dict(type="ehr", fmt="pdf", fname="Santos Early Help Record.pdf", date=D(2026, 3, 31),
                        date_text="31/03/2026", start_text="12/01/2026",
                        reviews=[("12/01/2026", "Record opened."), ("31/03/2026", "Review: good progress, step down planned.")]),
        body="Hello South NAM,\n\nPlease find attached the closing letter and Early Help Record for the Santos family.\n\n"
             "Thanks,",
        notes="missing assessment_recent (EHR last updated 31/03/2026, seven months before the letter), consent (to be "
              "obtained at a later visit), template_text ('Dear (family)'); LP phone only"),
    base(
        id=22, hood="central", pathway="none", worker=LEON, date=T(2026, 4, 28, 12, 30),
        subject="Notification of case closure – Petrov family", family="Petrov", parent="Ms Petrova",
        children=[("Daniil Petrov", D(2016, 6, 6), "06/06/2016"), ("Alina Petrova", D(2020, 2, 29), "29/02/2020")],
        letter=dict(fmt="pdf", fname="Petrov - notification of closure.pdf", date=D(2026, 4, 28),
                    date_text="28 April 2026",
                    extra=["The Single Assessment found the concerns in the referral to be unsubstantiated."]),
        cc=[("Anita Sharma", "a.sharma@rookwood.newham.sch.uk")],
        body="Dear Central NAM,\n\nFor your information, please find attached the notification of case closure for "
             "the Petrov family (no ongoing early help required).\n\nRegards,",
        notes="complete; Appendix 4 notification as PDF; a leap-day DOB"),
    base(
        id=23, hood="east", pathway="none", worker=AMINA, date=T(2026, 5, 12, 15, 48), no_email_sig=True,
        subject="Case closure - Ali", family="Ali", parent="Mrs Ali",
        children=[("Zara Ali", D(2014, 9, 1), "1 September 2014")],
        letter=dict(fmt="body", date=D(2026, 5, 12), date_text="Date: 12/05/2026", placeholders=["delete"], sig="first"),
        body="Hi,\n\nPlease see the closure notification below.",
        notes="missing signature (first name only, no email signature), template_text ('(delete as appropriate)'); "
              "Appendix 4 pasted into the body"),
    base(
        id=24, hood="west", pathway="none", worker=RHYS, client="owa", date=T(2026, 7, 1, 10, 10),
        subject="FF closure – no ongoing early help – Kowalczyk", family="Kowalczyk", parent="Ms Kowalczyk",
        children=[("Oliwia Kowalczyk", D(2013, 3, 18), "18/03/2013", "Hollybrook Primary School"),
                  ("Filip Kowalczyk", D(2017, 10, 10), None, "Hollybrook Primary School")],
        letter=dict(fmt="docx", fname="Kowalczyk closure notification.docx", date=D(2026, 6, 30),
                    date_text="30/06/2026", svc="Families First"),
        assessment=dict(type="ehr", fmt="docx", fname="Kowalczyk EHR closing summary.docx", date=D(2026, 6, 24),
                        date_text="24/06/2026", start_text="03/02/2026"),
        story=dict(concern="Oliwia’s low mood after her grandmother’s death."),
        body="Hi West NAM,\n\nFamilies First are closing the Kowalczyk family with no ongoing early help needed. "
             "Notification and closing EHR attached for your records.\n\nThanks",
        notes="missing children_dobs (Filip has no DOB anywhere); Appendix 4 from Families First; EHR attached for "
              "information"),
]
