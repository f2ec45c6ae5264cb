"""Cases 19-24: a last submission, two replies, a TAF review and two emails that are not submissions."""
from __future__ import annotations

import datetime as dt

from common import email_sig, fd, kid_rows, single_assessment
from engine import Case, Doc, H, P, T, nam

UTC = dt.timezone.utc


def case19() -> Case:
    kids = [("Reggie Doyle-Akinola", dt.date(2020, 2, 29)), ("Florence Doyle-Akinola", dt.date(2023, 7, 15))]
    lp = {"name": "Yasmin Cotterill", "role": "Children's Centre Manager", "agency": "Silvertown Quays Children's "
          "Centre", "email": "y.cotterill@silvertownquays.newham.sch.uk", "phone": "020 7946 0463"}
    ld = dt.date(2026, 7, 30)
    blocks = [
        P(fd(ld, "long")),
        P("Dear Ms Doyle and Mr Akinola"),
        H("Your children"),
        P("Reggie Doyle-Akinola 29.02.2020 and Florence Doyle-Akinola 15.07.2023", "dob:Reggie Doyle-Akinola",
          "dob:Florence Doyle-Akinola"),
        H("Consent"),
        P("At the core group and transition meeting on 27 July 2026 you both agreed that early help from the "
          "children's centre should follow the end of the Child Protection Plan.", "consent", "transition_meeting"),
        H("Why the plan is ending"),
        P("The Child Protection Plan started in September 2025 because of neglect and Mr Akinola's drinking. He has "
          "been alcohol-free for six months with support from Change Grow Live, the home is clean and safe and both "
          "children are up to date with health checks. The review conference agreed the risk is now at level 2.",
          "rationale"),
        H("Who will help"),
        P("Lead Practitioner: Yasmin Cotterill, Children's Centre Manager, Silvertown Quays Children's Centre, "
          "020 7946 0463, y.cotterill@silvertownquays.newham.sch.uk. Also: Mr Gareth Lumley, Recovery Worker, "
          "Change Grow Live Newham; Ms Abimbola Ferris, Health Visitor, Newham 0-19 Health Service.",
          "lead_practitioner", "team_around_family"),
        H("Plan"),
        T([["What", "Who", "By when"],
           ["Fortnightly recovery sessions", "Mr Akinola with Gareth Lumley", "to 30 October 2026"],
           ["Florence's 3-year check", "Abimbola Ferris", "by 21 August 2026"],
           ["Reggie's school start support", "Yasmin Cotterill", "by 11 September 2026"]], "smart_plan"),
        H("If things go wrong"),
        P("If Mr Akinola drinks again or the family stops engaging, the children could again be neglected. Any "
          "relapse will be reported to the lead practitioner, who will call a TAF within 3 days; if the children are "
          "at risk of significant harm she will refer to LBN Triage at once.", "contingency"),
        P("With best wishes for the future"),
    ]
    letter = Doc("CP closure - Doyle-Akinola.pdf", "closure_letter", blocks, "pdf", title="Closure")
    sa = single_assessment(
        "Single Assessment Doyle-Akinola.pdf", kids, dt.date(2025, 12, 18), started=dt.date(2025, 11, 20),
        analysis="Review assessment for the second review conference: progress with alcohol use.",
        outcome="Child protection plan to continue for a further review period.", worker="Sophie Lindgren",
        team="Child Protection and Court Team")
    body = [P("Hi South NAM,"),
            P("Attached letter and the most recent SA for the Doyle-Akinola children, CP plan ended this week."),
            email_sig("Sophie Lindgren", "Social Worker", "Child Protection and Court Team", "020 7946 0817")]
    sent = dt.datetime(2026, 7, 30, 9, 48, tzinfo=UTC)
    return Case(19, "submission", "1", "south", ("Sophie Lindgren", "Sophie.Lindgren@newham.gov.uk"),
                "Closure of CP plan & step down", sent, "Doyle-Akinola", kids, lp, body, [letter, sa],
                "missing assessment_recent, signature: SA completed 2025-12-18, more than 6 months before the letter "
                "(2026-07-30); the letter ends at 'With best wishes for the future' with no name or title; "
                "headings in the writer's own words; child born on 29 February",
                "unsigned CP letter, old SA", to=[nam("south")], letter_date=ld,
                assessment_date=dt.date(2025, 12, 18))


def case20() -> Case:
    kids = [("Tolu Adeyemi-Clarke", dt.date(2012, 8, 8)), ("Jess Adeyemi-Clarke", dt.date(2016, 11, 23))]
    qid = "<LO4P265MB7731A9E0C2D4B6F8A1C3E5D7F9B0A2C4@LO4P265MB7731.GBRP265.PROD.OUTLOOK.COM>"
    sa = single_assessment(
        "Updated SA Oct 2026 - Adeyemi-Clarke.pdf", kids, dt.date(2026, 9, 30), started=dt.date(2026, 9, 7),
        analysis="Updated assessment at the end of the CIN plan. Mother's mental health stable with treatment.",
        outcome="Since the CIN plan began in February, mother has engaged with the perinatal and adult mental "
                "health teams, the children's attendance is above 95% and there have been no further incidents. "
                "Needs are now at level 2 and the family can step down to early help.",
        outcome_tags=("rationale",), worker="Kofi Mensah", team="Intervention Team (Central)")
    body = [P("Hi Rehana,"),
            P("Sorry about that - the updated SA is attached now."),
            email_sig("Kofi Mensah", "Social Worker", "Intervention Team (Central)", "020 7946 0251")]
    quoted = ["From: Central NAM <centralNAM@newham.gov.uk>",
              "Sent: 19 October 2026 16:02",
              "Subject: Step down - Adeyemi-Clarke",
              "",
              "Hi Kofi, thank you for the closure letter for the Adeyemi-Clarke family (CIN plan ended). The "
              "Single Assessment was not attached - could you send it please?",
              "Rehana, Early Help Partnership Team"]
    sent = dt.datetime(2026, 10, 20, 8, 36, tzinfo=UTC)
    return Case(20, "reply_with_missing_item", "1", "central", ("Kofi Mensah", "Kofi.Mensah@newham.gov.uk"),
                "RE: Step down - Adeyemi-Clarke", sent, "Adeyemi-Clarke", kids, None, body, [sa],
                "reply to the NAM team's query (In-Reply-To) supplying the updated Single Assessment (2026-09-30), "
                "whose outcome section gives the rationale; everything else was only in the original submission, "
                "so it is missing from this email; pathway 1 from the quoted query ('CIN plan ended')",
                "reply supplying the SA", to=[nam("central")], in_reply_to=qid, quoted=quoted,
                assessment_date=dt.date(2026, 9, 30))


def case21() -> Case:
    kids = [("Remy Castellanos-Byrne", dt.date(2015, 4, 17)), ("Sol Castellanos-Byrne", dt.date(2019, 10, 3))]
    qid = "<CWLP265MB5520F1E3D5B7A9C0E2F4A6B8C0D2E4F6@CWLP265MB5520.GBRP265.PROD.OUTLOOK.COM>"
    body = [P("Hi Kathy,"),
            P("Yes - Mum is in agreement with the plan. She confirmed it with me by phone on 1/9/26 and said she "
              "is happy for the school to lead the early help for Remy and Sol.", "consent"),
            email_sig("Joseph Nakamura-Reid", "Families First Coach", "Families First (East)", "07700 900864")]
    quoted = ["> From: East NAM <eastNAM@newham.gov.uk>",
              "> Sent: 01 September 2026 11:15",
              "> Subject: Closure - Castellanos-Byrne - Families First to universal services",
              ">",
              "> Hi Joseph, thanks for the letter and EHR. The letter does not say whether the family has "
              "consented to early help - can you confirm?",
              "> Kathy"]
    sent = dt.datetime(2026, 9, 2, 10, 5, tzinfo=UTC)
    return Case(21, "reply_with_missing_item", "3", "east", ("Joseph Nakamura-Reid",
                                                              "Joseph.Nakamura-Reid@newham.gov.uk"),
                "RE: Closure - Castellanos-Byrne - Families First to universal services", sent, "Castellanos-Byrne",
                kids, None, body, [],
                "reply to the NAM team's query (In-Reply-To) supplying only the consent ('Mum is in agreement with "
                "the plan', confirmed by phone '1/9/26'); no attachment, children named by first name without "
                "DOBs; pathway 3 from the quoted query; everything else missing from this email",
                "reply supplying consent in words", client="iphone", to=[nam("east")], in_reply_to=qid,
                quoted=quoted)


def case22() -> Case:
    kids = [("Rayhan Miah", dt.date(2014, 12, 2)), ("Sabiha Miah", dt.date(2018, 6, 30))]
    lp = {"name": "Natalie Dupré-Owusu", "role": "Designated Safeguarding Lead", "agency": "Thornbury Wells Primary "
          "School", "email": "n.dupre-owusu@thornburywells.newham.sch.uk", "phone": "020 7946 0318"}
    review = dt.date(2026, 10, 12)
    blocks = [
        H("Early Help Record - Plan Review (Team Around the Family)"),
        P(f"Date of review: {fd(review, 'slash')}\nNext review: {fd(dt.date(2026, 11, 23), 'slash')}\n"
          "Route into early help: step down from the Assessment Team after a Single Assessment"),
        H("Family"),
        P("Parent: Rokeya Begum"),
        kid_rows(kids, "slash"),
        H("Lead Practitioner"),
        P("Natalie Dupré-Owusu, Designated Safeguarding Lead, Thornbury Wells Primary School - "
          "n.dupre-owusu@thornburywells.newham.sch.uk, 020 7946 0318", "lead_practitioner"),
        H("Present"),
        P("Rokeya Begum; Natalie Dupré-Owusu; Mr Imran Chaudhry, Family Support Worker, Beckton Globe Family Hub; "
          "Ms Grace Whitmore, School Nurse, Newham 0-19 Health Service.", "team_around_family"),
        P("Family agree with the plan: Yes - Mrs Begum signed the review.", "consent"),
        H("Progress and actions"),
        T([["Action", "Progress", "Who", "By when"],
           ["Sabiha's toileting plan", "Dry most days", "Grace Whitmore", "27/11/2026"],
           ["Rayhan's reading catch-up", "Up two levels", "Natalie Dupré-Owusu", "18/12/2026"],
           ["ESOL course for Mrs Begum", "Enrolled", "Imran Chaudhry", "6/11/2026"]], "smart_plan"),
        H("Risks and contingency"),
        P("If Mrs Begum stops attending reviews the children's progress may stall and Rayhan's attendance could drop "
          "again. If attendance falls below 90% or there are new safeguarding concerns, the DSL will speak to the "
          "Early Help Partnership Team within a week and refer to LBN Triage if a child is at risk of significant "
          "harm.", "contingency"),
    ]
    doc = Doc("TAF review 12.10.26.docx", "taf_review", blocks, "docx", title="TAF review")
    body = [P("Good afternoon,"),
            P("Please find attached the TAF review for the Miah family held today."),
            P("Natalie Dupré-Owusu\nDSL | Thornbury Wells Primary School")]
    sent = dt.datetime(2026, 10, 12, 15, 20, tzinfo=UTC)
    return Case(22, "taf_review", "2", "west", ("Natalie Dupré-Owusu", "n.dupre-owusu@thornburywells.newham.sch.uk"),
                "TAF review - Miah - 12.10.26", sent, "Miah", kids, lp, body, [doc],
                "TAF review from the lead practitioner (school DSL, external Google Workspace); review 2026-10-12, "
                "next review 2026-11-23; mother's surname (Begum) differs from the children's (Miah); judged "
                "literally: no assessment, no rationale, no letter sign-off",
                "TAF review from a school", client="gmail", to=[nam("west")],
                cc=["EarlyHelpPartnershipTeam@newham.gov.uk"])


def case23() -> Case:
    body = [P("Hello,"),
            P("Could someone send me the Teams link for Thursday's South NAM please? I'm the new inclusion lead at "
              "our school and I was told to join from this half term. Also is there an agenda I should look at "
              "beforehand?"),
            P("Many thanks,\nPaula Hendricks\nInclusion Lead, Custom House Lane Primary School\n020 7946 0095")]
    sent = dt.datetime(2026, 11, 2, 12, 11, tzinfo=UTC)
    return Case(23, "not_a_submission", "unknown", "south", ("Paula Hendricks",
                                                              "p.hendricks@customhouselane.newham.sch.uk"),
                "NAM Thursday - Teams link?", sent, None, [], None, body, [],
                "not a submission: a new school inclusion lead asks for the NAM meeting link and agenda",
                "human query about the meeting", client="gmail", to=[nam("south")])


def case24() -> Case:
    body = [P("Hi both,"),
            P("Quick question - I have a family moving to Basildon at the end of the month. Assessment done, no "
              "further action from us and no early help needed, but the school here will lose them anyway. Do I "
              "still need to send an Appendix 4 to the NAM inbox, or only to the new area? Don't want to send it "
              "if it just creates work for you."),
            P("Thanks\nMohammed"),
            email_sig("Mohammed Iqbal", "Social Worker", "Assessment Team (Central)", "020 7946 0637")]
    sent = dt.datetime(2026, 8, 19, 11, 2, tzinfo=UTC)
    return Case(24, "not_a_submission", "unknown", "central", ("Mohammed Iqbal", "Mohammed.Iqbal@newham.gov.uk"),
                "Question re Appendix 4 for a family leaving Newham", sent, None, [], None, body, [],
                "not a submission: a social worker asks whether an Appendix 4 is needed for a family moving out of "
                "the borough; no family named, nothing attached",
                "human question mentioning Appendix 4", to=[nam("central")])
