"""Cases 24-30: replies supplying a missing item, a TAF review, and emails that are not submissions."""
from __future__ import annotations

from tests.heldout7.build import H, OL, P, T, Case, Doc, uk
from tests.heldout7.common import d, kids


def _quote(lines: str) -> P:
    return P("\n".join("> " + x if x else ">" for x in lines.split("\n")))


def c24() -> Case:
    # reply supplying the Single Assessment (pathway 1)
    ch = [("Jasleen Gill", "2011-03-27"), ("Arjun Gill", "2014-06-15")]
    sa = [H("Single Assessment – Gill (updated at closure)"),
          T([["Child", "Date of birth"]] + [[n, d(b, "slash")] for n, b in ch]),
          P("Date completed: 29/09/2026"),
          P("Update: the CIN plan (since December 2025) addressed Mr Gill's alcohol use. He has been abstinent "
            "for eight months, works with the alcohol service and the children report feeling safe; their needs "
            "can now be met at early help level 2.", "rationale"),
          P("The final CIN meeting was held on 22/09/2026 with both parents and the school.", "transition_meeting")]
    return Case(
        inbox="central", kind="reply_with_missing_item", pathway="1",
        sender=("Naveed Iqbal", "naveed.iqbal@newham.gov.uk"), sent=uk(2026, 10, 9, 9, 35),
        subject="RE: Gill family – step down: Single Assessment missing",
        in_reply_to="<nam.query.gill.20261007@newham.gov.uk>",
        body=[P("Hi Rehana,\n\nSorry about that – the updated SA is attached now.\n\nNaveed\n\nNaveed Iqbal\n"
                "Social Worker, Intervention Team 4"),
              P("From: Central NAM <centralNAM@newham.gov.uk>\nSent: 07 October 2026 15:02\nSubject: Gill family "
                "– step down: Single Assessment missing"),
              _quote("Dear Naveed,\n\nThank you for the closure letter for the Gill family (Pathway 1, CIN plan). "
                     "The Single Assessment was not attached. Could you send it so we can take the case to NAM?\n\n"
                     "Many thanks\nEarly Help Partnership Team")],
        attachments=[Doc("Gill SA updated Sept 2026.docx", "single_assessment", "docx", sa, is_assessment=True)],
        family="Gill", children=ch, lp=None, assessment_date="2026-09-29", letter_date=None,
        notes="reply to the NAM query (In-Reply-To) supplying the Single Assessment only; judged on this email "
              "alone: the SA carries DOBs, rationale and the final CIN meeting; consent, LP, team, plan, "
              "contingency and the letter's signature were only in the original submission",
        exercises="reply: SA supplied (Outlook-style quoted query)")


def c25() -> Case:
    # reply supplying consent and the LP's contact details in the body only (pathway 3)
    ch = [("Kayla Garvey", "2016-07-13")]
    lp = {"name": "Nadia Petrov", "role": "Learning Mentor", "agency": "Saltmarsh Fields Primary School",
          "email": "npetrov@saltmarshfields.newham.sch.uk", "phone": "020 7946 0395"}
    return Case(
        inbox="west", kind="reply_with_missing_item", pathway="3",
        sender=("Amara Kingsley-Obi", "amara.kingsley-obi@newham.gov.uk"), sent=uk(2026, 4, 16, 14, 0),
        subject="Re: Garvey – closure letter query",
        in_reply_to="<nam.query.garvey.20260414@newham.gov.uk>",
        body=[P("Hi,\n\nAnswers below:\n\n1. Consent – Mrs Garvey gave written consent for early help on "
                "02/04/2026 (form signed at the TAF meeting).\n2. Lead Practitioner contact details – Nadia "
                "Petrov, Learning Mentor, Saltmarsh Fields Primary School, npetrov@saltmarshfields.newham.sch.uk, "
                f"020 7946 0395.\n\nThis is for Kayla Garvey (DOB {d(ch[0][1], 'dot')}).", "consent",
                "lead_practitioner"),
              P("Amara\nFamilies First Coach\n\nSent from my iPhone"),
              P("On 14 Apr 2026, at 11:20, West NAM <westNAM@newham.gov.uk> wrote:"),
              _quote("Hello Amara,\nThanks for the Garvey closure letter (Families First, pathway 3). Before NAM we "
                     "need: evidence of the family's consent, and the Lead Practitioner's contact details.\n"
                     "Early Help Partnership Team (West)")],
        family="Garvey", children=ch, lp=lp, assessment_date=None, letter_date=None, mailer="iphone",
        notes="reply in the body only (no attachments) supplying consent and the LP's contact details; judged on "
              "this email alone, so everything else from the original submission is missing",
        exercises="reply: numbered answers in body, no attachment")


def c26() -> Case:
    # Q&A reply supplying the Single Assessment whose Recommendations carry consent and LP (pathway 2)
    ch = [("Mohammed Ali Farah", "2012-01-05"), ("Hodan Farah", "2015-10-31")]
    lp = {"name": "Cerys Llewellyn", "role": "Designated Safeguarding Lead", "agency": "Pelham Hill Primary School",
          "email": "c.llewellyn@pelhamhill.newham.sch.uk", "phone": "020 7946 0612"}
    sa = [H("Single Assessment – Farah"), P(kids(ch, "long", "; ")),
          P("Assessment started: 15/09/2026\nDate completed: 02/10/2026\nAuthorised by manager: 06/10/2026"),
          H("Recommendations"),
          P("Step down to early help. Mrs Farah consented to early help on 01/10/2026 (signed). The Lead "
            "Practitioner will be Cerys Llewellyn, Designated Safeguarding Lead, Pelham Hill Primary School "
            "(c.llewellyn@pelhamhill.newham.sch.uk, 020 7946 0612).", "consent", "lead_practitioner"),
          P("Reasoning: the referral about Mohammed's bruising was explained (football injury, confirmed by the "
            "club); the family needs help with housing and Hodan's speech, which are level 2 needs. Work done: "
            "two home visits, school and GP checks, housing referral made.", "rationale")]
    return Case(
        inbox="south", kind="reply_with_missing_item", pathway="2",
        sender=("Ewa Zielinska", "ewa.zielinska@newham.gov.uk"), sent=uk(2026, 10, 13, 12, 45),
        subject="RE: NAM checklist – Farah", in_reply_to="<nam.query.farah.20261012@newham.gov.uk>",
        body=[P("Q: Single Assessment attached?\nA: Yes – attached now (completed 02/10/2026).\n\n"
                "Q: Pathway?\nA: 2 – Assessment Team, no plan.\n\nEwa Zielinska\nSocial Worker, Assessment Team 2"),
              P("-----Original Message-----\nFrom: South NAM\nSent: 12 October 2026 10:10"),
              _quote("NAM checklist – Farah (Pathway 2)\nQ: Single Assessment attached? A: No\nPlease send.")],
        attachments=[Doc("Farah - Single Assessment.pdf", "single_assessment", "pdf", sa, is_assessment=True)],
        family="Farah", children=ch, lp=lp, assessment_date="2026-10-02", letter_date=None,
        notes="reply in the sender's Q&A style supplying the Single Assessment; its Recommendations section "
              "carries consent, the LP with contact details and the rationale; SA completed 2026-10-02, authorised "
              "2026-10-06 (both recent; labelled date = completed)",
        exercises="reply: Q&A style; SA recommendations carry consent/LP")


def c27() -> Case:
    # TAF review from the lead practitioner (pathway 3)
    ch = [("Bilal Chaudhry", "2013-04-28"), ("Zara Chaudhry", "2016-11-16")]
    lp = {"name": "Fiona Gallacher", "role": "Designated Safeguarding Lead", "agency": "Mossley Park Junior School",
          "email": "fgallacher@mossleypark.newham.sch.uk", "phone": "020 7946 0858"}
    review = [
        H("Early Help Record – plan review (TAF)"),
        T([["Family", "Chaudhry"], ["Children", kids(ch, "slash", "; ")],
           ["Route into early help", "Pathway 3 – stepped down from Families First in June 2026"],
           ["Date of TAF meeting", "15/09/2026 (held at school; mum, Ms Gallacher, Mr Lowe attended)"],
           ["Lead Practitioner", "Fiona Gallacher, DSL, Mossley Park Junior School, 020 7946 0858, fgallacher@mossleypark.newham.sch.uk"]]),
        P("Family consent: Mrs Chaudhry continues to consent to early help (re-confirmed at this review).", "consent"),
        P("TAF members: Mr Kenneth Lowe, Attendance Officer, Mossley Park Junior School; Ms Adaora Eke, Health "
          "Visitor, Thamesgate Children's Health.", "team_around_family"),
        P("Progress since step-down: Bilal's attendance 91% -> 96%; Zara settled in Year 5. Needs remain at level "
          "2, so the plan continues with school as lead.", "rationale"),
        T([["Action", "Who", "By when"],
           ["Attendance check-in every Monday", "Kenneth Lowe", "to 18/12/2026"],
           ["Sleep-hygiene advice for Zara", "Adaora Eke", "by 09/10/2026"],
           ["Next TAF review", "Fiona Gallacher", "27/10/2026"]], "smart_plan"),
        P("If attendance falls below 90% or mum stops coming to reviews, risk of drift back to neglect; Ms Gallacher "
          "will seek advice from the Early Help Partnership Team and refer to LBN Triage if there is risk of "
          "significant harm.", "contingency"),
    ]
    review[1].tags = ("lead_practitioner", "transition_meeting")
    return Case(
        inbox="east", kind="taf_review", pathway="3",
        sender=("Fiona Gallacher", "fgallacher@mossleypark.newham.sch.uk"), sent=uk(2026, 9, 16, 15, 30),
        subject="TAF review – Chaudhry – 15.09.26",
        cc=["EarlyHelpPartnershipTeam@newham.gov.uk"],
        body=[P("Dear Early Help Partnership Team,\n\nPlease find attached the first TAF review for the Chaudhry "
                "family since they stepped down from Families First.\n\nFiona Gallacher\nDSL, Mossley Park Junior "
                "School")],
        attachments=[Doc("Chaudhry TAF review Sept 2026.docx", "taf_review", "docx", review)],
        family="Chaudhry", children=ch, lp=lp, assessment_date=None, letter_date=None,
        notes="TAF review from the lead practitioner (school DSL, external .sch.uk sender), Cc the Early Help "
              "Partnership Team; judged literally: no Early Help Record assessment and no letter, so "
              "assessment_attached and signature are missing",
        exercises="TAF review (external school sender)", mailer="gmail")


def _not_submission(inbox, sender, sent, subject, text, notes, exercises, attachments=()) -> Case:
    return Case(inbox=inbox, kind="not_a_submission", pathway="unknown", sender=sender, sent=sent, subject=subject,
                body=[P(text)], attachments=list(attachments), notes=notes, exercises=exercises,
                mailer="outlook" if sender[1].endswith("newham.gov.uk") else "gmail")


def c28() -> Case:
    return _not_submission(
        "south", ("Priscilla Amankwah", "p.amankwah@ropewalk.newham.sch.uk"), uk(2026, 9, 29, 8, 10),
        "Can we bring a family to NAM?",
        "Hello,\n\nWe have a Year 4 pupil whose attendance has dropped and mum has told us she is struggling since "
        "her partner left. We don't think it is a social care referral yet. Could we bring this to the next NAM for "
        "advice, and is there a form we should fill in first?\n\nMany thanks\nPriscilla Amankwah\nDeputy DSL, Royal "
        "Wharf Primary School",
        "a school asks whether it may bring a family to NAM for advice; no step-down, no documents",
        "not a submission: school asks for NAM advice")


def c29() -> Case:
    return _not_submission(
        "west", ("Kwabena Mensah", "kwabena.mensah@newham.gov.uk"), uk(2026, 7, 2, 17, 48),
        "Closure letter template?",
        "Hi West NAM,\n\nI'm new to Assessment Team 4. Could someone send me the latest closure letter template "
        "(Appendix 2) and the Appendix 4 one? Also, who is the Early Help Partnership Coordinator for West at the "
        "moment?\n\nThanks a lot\nKwabena Mensah\nSocial Worker (ASYE), Assessment Team 4",
        "a new social worker asks for the closure letter templates; mentions Appendix 2/4 but submits nothing",
        "not a submission: template request")


def c30() -> Case:
    notes_doc = Doc("NAM agenda items - Thamesgate health.docx", "other", "docx", [
        H("Items for Thursday's East NAM"),
        OL(["Update on the new health-visiting duty line (020 7946 0999).",
            "Request: can step-down letters copy in the named health visitor?"])])
    return _not_submission(
        "east", ("Dr Rosalind Okafor-Price", "rosalind.okafor-price@thamesgatehealth.nhs.uk"),
        uk(2026, 11, 17, 19, 2), "Apologies for Thursday's NAM + agenda items",
        "Dear colleagues,\n\nApologies – I cannot attend Thursday's East NAM. I have attached two agenda items from "
        "the health-visiting team; Hannah will attend in my place.\n\nBest wishes\nDr Rosalind Okafor-Price\nNamed "
        "Nurse for Safeguarding Children, Thamesgate Children's Health",
        "apologies for the NAM meeting with an agenda attachment (type other); mentions step-down letters "
        "but is not one",
        "not a submission: NAM apologies with attachment", [notes_doc])
