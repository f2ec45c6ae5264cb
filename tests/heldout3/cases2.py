"""More pathway 1 cases, and the first pathway 2 case."""

from .people import GEMMA, KWAME, LP, PRIYA, ROSA, D, T, base

L_ = ["letter"]

CASES = [
    base(
        id=5, hood="east", pathway="1", worker=KWAME, date=T(2026, 4, 3, 17, 48),
        subject="Begum / Rahman - closure to EH",
        family="Rahman", parent="Ms Begum", parent_full="Shirin Begum",
        children=[("Ayaan Rahman", D(2017, 2, 5), "05.02.2017", "Millpond Primary School"),
                  ("Inaya Rahman", D(2019, 12, 19), "19.12.2019", "Millpond Primary School"),
                  ("Zayd Rahman", D(2023, 8, 1), "01.08.2023", "")],
        lp=LP("Fatima Hussain", "Health Visitor", "Newham 0-19 Health Visiting Team (Manor Park)"),
        taf=[("Joanne Kirby", "Family Liaison Officer", "Millpond Primary School"),
             ("Tariq Mahmood", "Speech and Language Therapist", "Newham Children’s SLT Service")],
        vague_plan=[("Health", "HV to keep supporting mum with Zayd’s development"),
                    ("School", "School to keep an eye on Ayaan and Inaya")],
        risk="If Ms Begum does not take up support, the home conditions may slip back and Zayd’s development "
             "could fall further behind.",
        escalate="If the home conditions deteriorate again or there is any injury to the children, the health "
                 "visitor should discuss with the Early Help Partnership Team and refer to LBN Triage.",
        story=dict(concern="Neglect: poor home conditions and missed health appointments for the three children.",
                   work="Since the CIN plan started in October we arranged a deep clean with housing, got all three "
                        "children’s health appointments back on track and linked mum with a befriender.",
                   progress="The home has stayed clean at every unannounced visit since December and the children’s "
                            "immunisations are up to date.",
                   level2="The children’s needs are now at level 2, so statutory involvement is no longer needed."),
        consent_date="27 March 2026", meeting_date="26/03/2026",
        comp={"consent": ("declined", L_), "lead_practitioner": ("nocontact", L_),
              "team_around_family": ("inline", L_), "smart_plan": ("vague", L_), "contingency": ("full", L_),
              "rationale": ("yes", L_), "meeting": ("held_cin", L_)},
        letter=dict(fmt="pdf", style="sections", fname="Rahman closure letter.pdf", date=D(2026, 4, 2),
                    date_text="Thursday 2 April 2026", salutation="Dear Shirin,", sig="first",
                    closing="With best wishes for the future,"),
        assessment=dict(type="sa", fmt="pdf", fname="Rahman_SA_Feb2026.pdf", date=D(2026, 2, 9),
                        date_text="09/02/2026", start_text="26/01/2026", ref="CF-4102253",
                        footer="Printed 02/04/2026 17:30"),
        body="Hiya,\n\nSending over the closure bits for the Begum/Rahman kids - CIN closed at the final meeting last "
             "week. Mum said no to EH tbh but the HV will still be around anyway. SA attached.\n\nCheers",
        notes="missing consent (declined), lead_practitioner (named, no contact details), signature (first name only), "
              "smart_plan (vague Area/Plan/Timescale table); chatty sender"),
    base(
        id=6, hood="central", pathway="1", worker=ROSA, client="iphone", date=T(2026, 3, 16, 19, 2),
        subject="Mensah closure letter & SA", html=False,
        family="Mensah", parent="Ms Mensah", parent_full="Abena Mensah",
        children=[("Kojo Mensah", D(2015, 5, 21), "21 May 2015", "St Bartholomew’s RC Primary School"),
                  ("Efua Mensah", D(2021, 10, 2), "2 Oct 2021", "")],
        lp=LP("Grace Whitmore", "SENCo", "St Bartholomew’s RC Primary School", "020 7946 0847",
              "gwhitmore@stbartholomews.newham.sch.uk"),
        plan=[("Kojo’s needs are met at school", "Apply for an EHC needs assessment for Kojo", "Grace Whitmore (SENCo)",
               "30/04/2026"),
              ("Efua is healthy", "Take Efua to the 2-year review at the health centre", "Ms Mensah", "15/04/2026"),
              ("Calm, safe parenting", "Join the Incredible Years parenting group", "Ms Mensah with the Family Hub",
               "22/05/2026")],
        risk="Without the ongoing support Kojo’s behaviour is likely to escalate at home and Ms Mensah may again "
             "resort to physical chastisement.",
        escalate="Any new disclosure of physical chastisement or a mark on either child must be referred to LBN "
                 "Triage on the same day, and the lead practitioner should inform the Early Help Partnership Team.",
        story=dict(concern="Kojo disclosed being hit with a belt; Child Protection enquiry led to a Child in Need plan.",
                   work="CIN plan since September 2025: safety plan, parenting work on alternatives to physical "
                        "chastisement, and a referral for Kojo’s suspected ADHD.",
                   progress="No further disclosures, Kojo reports feeling safe and Ms Mensah uses the strategies "
                            "from the parenting sessions.",
                   level2="Remaining needs (Kojo’s SEN and parenting support) are at level 2.",
                   lived="Kojo was seen alone at school; Efua was observed at home."),
        consent_date="", meeting_date="11/3",
        comp={"consent": ("template", L_), "lead_practitioner": ("prose", L_),
              "team_around_family": ("placeholder", L_), "smart_plan": ("table_outcome", ["sa"]),
              "contingency": ("full", ["sa"]), "rationale": ("yes", ["sa"]), "meeting": ("held_abbrev", ["body"])},
        letter=dict(fmt="pdf", style="template", fname="Closure letter Mensah.pdf", date=D(2026, 3, 16),
                    date_text="16/03/2026", salutation="Dear Ms Mensah,", placeholders=["delete"]),
        assessment=dict(type="sa", fmt="pdf", fname="SA Mensah.pdf", date=D(2026, 3, 2), date_text="02/03/2026",
                        start_text="16/02/2026", ref="CF-3877310",
                        footer="Printed 16/03/2026 18:40 by R Kerr – OFFICIAL-SENSITIVE"),
        body="Hi, pls see attached closure letter + SA for the Mensah family.\n{meeting}\nThanks\nRosalind",
        no_email_sig=True,
        notes="missing team_around_family ('Name/Title/Contact Details' placeholder, nobody named elsewhere), "
              "template_text (placeholder and '(delete as appropriate)'); plan, contingency and rationale only in the "
              "SA; final CIN meeting only in the body; iPhone, plain text"),
    base(
        id=7, hood="south", pathway="1", worker=GEMMA, date=T(2026, 5, 7, 11, 26),
        subject="RE: Kaur family – step down letter",
        family="Kaur", parent="Mrs Kaur", parent_full="Harpreet Kaur",
        children=[("Simran Kaur", D(2011, 1, 13), "13/01/11", "Canning Vale Academy"),
                  ("Arjun Singh", D(2014, 8, 29), "29/08/14", "Rookwood Primary School")],
        lp=LP("Mr Daniel Osei", "Pastoral Manager", "Canning Vale Academy", "020 7946 0391",
              "d.osei@canningvale.newham.sch.uk"),
        taf=[("Laura Pritchard", "School Counsellor", "Canning Vale Academy", "020 7946 0392"),
             ("PC Ryan Holt", "Safer Schools Officer", "Metropolitan Police (East Area)", "")],
        plan=[("", "Weekly counselling session for Simran", "Laura Pritchard", "29/05/2026"),
              ("", "Attendance review meeting with Mrs Kaur", "Mr Osei", "22/05/2026"),
              ("", "Arjun to join the after-school football club", "Mrs Kaur", "15/05/2026")],
        risk="The main risk is that Simran’s school refusal returns if the plan is not followed.",
        consent_date="next Tuesday (12 May)", meeting_date="28 April 2026",
        comp={"consent": ("pending", L_), "lead_practitioner": ("table", L_), "team_around_family": ("table", L_),
              "smart_plan": ("table_std", L_), "contingency": ("half", L_), "rationale": ("none", L_),
              "meeting": ("held_cin", L_)},
        story={},
        letter=dict(fmt="docx", style="reordered", fname="Kaur - closure letter v2.docx", date=D(2026, 5, 6),
                    date_text="6 May 2026", salutation="Dear Mrs Kaur,"),
        body="Hi both,\n\nApologies, I forgot to copy in the NAM inbox on my last email. Please find attached the "
             "closure letter and the SA for the Kaur family (CIN plan closed).\n\nMany thanks,",
        in_reply_to="<LO2P265MB7714C0A1D2E3F40516273849ABCDEF01@LO2P265MB7714.GBRP265.PROD.OUTLOOK.COM>",
        quote="From: Gemma Hollis <gemma.hollis@newham.gov.uk>\nSent: 06 May 2026 16:51\nTo: Daniel Osei "
              "<d.osei@canningvale.newham.sch.uk>\nSubject: Kaur family – step down letter\n\nHi Daniel,\n\n"
              "As discussed on the phone, the closure letter for the Kaur family is attached.\n\nThanks\nGemma",
        to=[("South NAM", "SouthNAM@newham.gov.uk"), ("Daniel Osei", "d.osei@canningvale.newham.sch.uk")],
        notes="missing assessment_attached (cover note says the SA is attached but it is not), consent (still to be "
              "obtained), contingency (risk only), rationale (no summary of work); headings reordered (Next Steps "
              "first); NAM inbox address capitalised"),
    base(
        id=8, hood="west", pathway="2", worker=PRIYA, date=T(2026, 6, 2, 10, 4),
        subject="Step down following Single Assessment – Nowak family",
        family="Nowak", parent="Mrs Nowak", parent_full="Katarzyna Nowak",
        children=[("Zuzanna Nowak", D(2016, 3, 30), "30/03/2016", "Hollybrook Primary School"),
                  ("Mikołaj Nowak", D(2019, 11, 11), "11/11/2019", "Hollybrook Primary School")],
        dobs_in=["sa"],
        lp=LP("Mrs Eilidh Ross", "Family Liaison Officer", "Hollybrook Primary School", "020 7946 0128",
              "e.ross@hollybrook.newham.sch.uk"),
        taf=[("Dr Anjali Mehta", "GP", "Westbury Road Surgery"),
             ("Bronwen Lloyd", "Housing Officer", "Newham Housing Solutions")],
        plan=[("", "Weekly check-in with Zuzanna (nurture group)", "Mrs Ross", "03/07/2026"),
              ("", "Register with the Family Hub for English classes", "Mrs Nowak", "19/06/2026"),
              ("", "Follow up the overcrowding banding review", "Bronwen Lloyd", "17/07/2026")],
        risk="If the family do not engage with the plan, Zuzanna’s anxiety and poor attendance are likely to worsen.",
        escalate="Should there be any incident of domestic abuse or new safeguarding concern, the school must refer "
                 "to LBN Triage and notify the Early Help Partnership Team.",
        story=dict(concern="Referral from school: Zuzanna reported arguments at home and said she was scared.",
                   work="The assessment involved home visits, direct work with Zuzanna and checks with police, "
                        "health and school.",
                   progress="No evidence of domestic abuse was found; the arguments relate to overcrowding and "
                            "financial stress, and the parents have been open and cooperative.",
                   level2="The family’s needs are at level 2 and can be met through early help led by the school."),
        consent_date="21 May 2026",
        comp={"consent": ("verbal_date", ["sa"]), "lead_practitioner": ("prose", ["sa"]),
              "team_around_family": ("inline", L_), "smart_plan": ("table_std", L_),
              "contingency": ("full", ["sa"]), "rationale": ("yes", ["sa"])},
        letter=dict(fmt="pdf", style="template", fname="Nowak - Appendix 2 letter.pdf", date=D(2026, 6, 1),
                    date_text="1 June 2026", salutation="Dear Mr and Mrs Nowak,"),
        assessment=dict(type="sa", fmt="pdf", fname="Single Assessment - Nowak.pdf", date=D(2026, 5, 22),
                        date_text="22/05/2026", start_text="27/04/2026", ref="CF-4290018",
                        footer="Printed 01/06/2026 09:15  OFFICIAL-SENSITIVE"),
        body="Dear West NAM,\n\nPlease find attached the case closure letter and the Single Assessment for the "
             "Nowak family. Consent and the lead practitioner are recorded in the Recommendations section of the SA.\n\n"
             "Kind regards,",
        notes="complete; consent, lead practitioner, contingency and rationale only in the SA (Recommendations / "
              "Analysis); children's DOBs only in the SA"),
]
