"""Unknown pathway, a reply with the missing item, a TAF review, and three non-submissions."""

from .docs import render
from .people import FOLA, LP, PRIYA, SENDSW, D, T, W, base

L_ = ["letter"]
R_ = ["review"]
KOSTOVA = W("Maria Kostova", "Inclusion Lead", "Beaumont Park Primary School", "020 7946 0955",
            email="m.kostova@beaumontpark.org.uk",
            sig="Maria Kostova\nInclusion Lead & Deputy DSL\nBeaumont Park Primary School\n020 7946 0955")
NAM_Q = "<CWXP265MB3318A7C02B9E41D5F60718293A4B5C6D@CWXP265MB3318.GBRP265.PROD.OUTLOOK.COM>"
ORIG = "<LO2P265MB5120F1E2D3C4B5A6978800112233AABB@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"
EHPT = W("Early Help Partnership Team", "", "", "", email="EarlyHelpPartnershipTeam@newham.gov.uk")
DSL = W("Joanna Whitcombe", "DSL", "Beaumont Park Primary School", "", email="j.whitcombe@beaumontpark.org.uk")
NAS = dict(family=None, parent="", children=[], kind="not_a_submission", pathway="unknown")

CASES = [
    base(
        id=25, hood="south", pathway="unknown", worker=SENDSW, date=T(2026, 6, 24, 11, 50),
        subject="Closure letter – Amara Nwosu", family="Nwosu", parent="Mrs Nwosu", parent_full="Ngozi Nwosu",
        children=[("Amara Nwosu", D(2018, 11, 2), "02/11/2018")],
        lp=LP("Hayley Brooks", "SENCo", "Rookwood Primary School", "020 7946 0735", "h.brooks@rookwood.newham.sch.uk"),
        taf=[("Dr Ifeoma Obi", "Community Paediatrician", "Newham Child Development Centre")],
        plan=[("", "Sleep clinic referral", "Dr Obi", "31/07/2026"), ("", "Review the SEN support plan", "Hayley Brooks", "17/07/2026")],
        risk="If the plan is not followed Amara’s sleep and behaviour at home may deteriorate and Mrs Nwosu may "
             "struggle to cope.",
        escalate="If Mrs Nwosu says she cannot keep Amara safe, the school should contact LBN Triage.",
        story=dict(work="We have worked with the family since the autumn on Amara’s sleep and behaviour at home.",
                   progress="Things are much more settled.", level2="The remaining needs are at level 2."),
        comp={"consent": ("template", L_), "lead_practitioner": ("prose", L_), "team_around_family": ("inline", L_),
              "smart_plan": ("list", L_), "contingency": ("full", L_), "rationale": ("yes", L_)},
        letter=dict(fmt="docx", style="prose", fname="Closure letter Nwosu.docx", date=D(2026, 6, 23),
                    date_text="23 June 2026", salutation="Dear Mrs Nwosu,"),
        body="Hello,\n\nPlease find attached the closure letter for Amara.\n\nKind regards,",
        notes="0-25 SEND sender; letter says only 'social care'; no assessment attached, no CIN/CP or Single "
              "Assessment mentioned: nothing tells pathway 1 from 2; expected behaviour: ask which pathway applies"),
    base(
        id=26, hood="west", pathway="2", kind="reply_with_missing_item", worker=PRIYA, date=T(2026, 8, 12, 9, 3),
        subject="RE: Mwangi family – closure letter", family="Mwangi", parent="Ms Mwangi", parent_full="Wanjiru Mwangi",
        children=[("Baraka Mwangi", D(2016, 4, 22), "22/04/2016", "Hollybrook Primary School"),
                  ("Neema Mwangi", D(2021, 8, 13), "13/08/2021", "")],
        lp=LP("Olivia Grant", "Family Support Worker", "Lark Lane Family Hub", "020 7946 0449", "olivia.grant@newham.gov.uk"),
        story=dict(concern="Referral from the GP: Ms Mwangi disclosed feeling unable to cope with Baraka’s behaviour.",
                   work="The assessment included home visits, direct work with Baraka and liaison with the GP.",
                   progress="Ms Mwangi has started medication and counselling and Baraka’s behaviour has settled.",
                   level2="The needs are at level 2 and can be supported through early help at the family hub."),
        consent_date="17 July 2026",
        comp={"consent": ("verbal_date", ["sa"]), "lead_practitioner": ("prose", ["sa"]), "rationale": ("yes", ["sa"])},
        letter=None,
        assessment=dict(type="sa", fmt="pdf", fname="Single Assessment – Mwangi.pdf", date=D(2026, 7, 20),
                        date_text="20/07/2026", start_text="29/06/2026", ref="CF-4577215",
                        footer="Printed 12/08/2026 08:58"),
        in_reply_to=NAM_Q, references=(ORIG, NAM_Q),
        body="Hi Eleanor,\n\nSorry about that – SA now attached.\n\nBest,\nPriya",
        quote="From: West NAM <westNAM@newham.gov.uk>\nSent: 11 August 2026 15:20\nTo: Priya Raghunathan "
              "<priya.raghunathan@newham.gov.uk>\nSubject: RE: Mwangi family – closure letter\n\nHi Priya,\n\nThank you "
              "for the closure letter for the Mwangi family (Pathway 2 – step down after a Single Assessment). Could "
              "you please send us a copy of the Single Assessment? We cannot log the transition without it.\n\n"
              "Kind regards\nEleanor Fitzgerald\nEarly Help Partnership Coordinator (West)\n\nFrom: Priya Raghunathan "
              "<priya.raghunathan@newham.gov.uk>\nSent: 10 August 2026 17:02\nTo: West NAM <westNAM@newham.gov.uk>\n"
              "Subject: Mwangi family – closure letter\n\nHello,\n\nClosure letter attached.\n\nPriya",
        notes="reply (In-Reply-To) to the NAM query, quoting it Outlook-style; supplies only the Single Assessment, "
              "which carries consent, the LP and the rationale; everything else was only in the original submission"),
    base(
        id=27, hood="east", pathway="3", kind="taf_review", worker=KOSTOVA, client="gmail", date=T(2026, 6, 10, 16, 44),
        subject="Re: TAF review – Patel family", family="Patel", parent="Mrs Patel", parent_full="Nisha Patel",
        children=[("Aarav Patel", D(2016, 2, 11), "11/02/2016", "Beaumont Park Primary School"),
                  ("Diya Patel", D(2019, 5, 30), "30/05/2019", "Beaumont Park Primary School")],
        lp=LP("Maria Kostova", "Inclusion Lead", "Beaumont Park Primary School", "020 7946 0955", "m.kostova@beaumontpark.org.uk"),
        taf=[("Harjit Sandhu", "Family Support Worker", "Cherrytree Family Hub"),
             ("Dr Neil Carver", "Educational Psychologist", "Newham Educational Psychology Service")],
        plan=[("", "Aarav’s SEN support plan reviewed", "Maria Kostova", "10/07/2026"),
              ("", "Mrs Patel to complete the Cygnet course", "Mrs Patel with Harjit Sandhu", "17/07/2026"),
              ("", "EP consultation on Aarav’s sensory needs", "Dr Carver", "03/07/2026")],
        risk="If Mrs Patel stops attending the course, Aarav’s meltdowns at home are likely to increase and Diya may "
             "be hurt.",
        escalate="If Diya is injured or Mrs Patel cannot cope, school will call LBN Triage and tell the EHP Team.",
        story=dict(work="Families First supported the family from September to January with routines and a sensory "
                        "assessment for Aarav.",
                   progress="Home is much calmer.",
                   level2="The family stepped down to level 2 in February with the school leading."),
        consent_date="9 June 2026", meeting_date="9 June 2026", meeting_place="Beaumont Park Primary School",
        review=dict(fmt="docx", fname="Patel TAF review 09.06.26.docx", date_text="09/06/2026", next_text="21/07/2026",
                    route="Step down from Families First (Pathway 3)",
                    progress="Aarav has had fewer meltdowns at school; Mrs Patel has attended 4 of 6 Cygnet sessions."),
        comp={"consent": ("verbal_date", R_), "lead_practitioner": ("prose", R_), "team_around_family": ("attendees", R_),
              "smart_plan": ("table_std", R_), "contingency": ("full", R_), "rationale": ("yes", R_),
              "meeting": ("held_taf", R_)},
        to=[("Early Help Partnership Team", "EarlyHelpPartnershipTeam@newham.gov.uk")],
        cc=[("East NAM", "eastNAM@newham.gov.uk")],
        in_reply_to="<CWXP265MB11BC90AA7E6D4C3B2A190807060504@CWXP265MB11BC.GBRP265.PROD.OUTLOOK.COM>",
        body="Hi,\n\nAs requested, please find attached the plan review from yesterday's TAF for the Patel family.\n\n"
             "Best wishes,",
        quote="On Fri, 5 Jun 2026 at 10:02, Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk> wrote:\n"
              "> Dear Maria,\n>\n> A reminder that the Early Help Record plan review should be sent to us after "
              "each TAF meeting.\n>\n> Many thanks\n> Early Help Partnership Team",
        headers=[("X-Google-Smtp-Source", "AGHT+IE" + "q3Jm0xXb2nWc")],
        notes="TAF review (docx) from the lead practitioner at a school on Google Workspace, replying Gmail-style to "
              "an EHP team reminder; to EarlyHelpPartnershipTeam@ with the NAM inbox in Cc; review 09/06/2026, next "
              "21/07/2026; judged literally: no Early Help Record and no letter"),
    base(
        id=28, hood="east", worker=FOLA, date=T(2026, 4, 7, 8, 1), **NAS,
        subject="Automatic reply: Okonkwo family – query", html=True,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        raw_body="Thank you for your email. I am on annual leave until Monday 13 April 2026 with no access to emails.\n\n"
                 "For anything urgent please contact the Intervention Team (East) duty line on 020 7946 0300.\n\n"
                 "Folasade Adeyemi\nSocial Worker",
        notes="Exchange out-of-office auto-reply to a NAM email"),
    base(
        id=29, hood="south", worker=DSL, client="gmail", date=T(2026, 9, 8, 13, 27), **NAS,
        subject="Question about a closure letter we received",
        raw_body="Hello,\n\nI hope this is the right inbox. We have received a case closure letter from social care "
                 "for one of our families which names me as the Early Help Lead Practitioner, but nobody had spoken "
                 "to me about it beforehand and there was no plan attached. What should I do? Should I contact the "
                 "social worker directly?\n\nMany thanks,\nJoanna Whitcombe\nDSL, Beaumont Park Primary School",
        notes="a school DSL asks the NAM inbox a process question (no family named, nothing attached)"),
    base(
        id=30, hood="south", worker=EHPT, date=T(2026, 5, 5, 9, 0), **NAS,
        subject="South Early Help Partnership Network – summer term dates",
        raw_body="Dear colleagues,\n\nPlease find attached the flyer for the South Early Help Partnership Network this "
                 "summer term. Sessions cover step-down transitions, writing SMART plans and running TAF meetings.\n\n"
                 "Early Help Partnership Team",
        other=[("South EHP Network flyer – summer 2026.pdf", render(
            [("title", "South Early Help Partnership Network"),
             ("p", "Thursdays 10:00-12:00 at Riverside Family Hub: 14 May, 11 June and 9 July 2026."),
             ("bullets", ["Step-down transitions and the NAM", "Writing SMART family plans", "Running TAF meetings"])],
            "pdf", "Network flyer", "Early Help Partnership Team"))],
        notes="network event flyer (PDF) sent to the NAM inbox"),
]
