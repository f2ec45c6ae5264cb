"""Held-out set 2: Appendix 4 notifications, a reply, a TAF review and three non-submissions."""

from __future__ import annotations

from . import docs
from .cast import DANIEL, DELANEY, GRANT, IMRAN, MOYO, NIAMH, PRIYA, RAHMAN, TOM, D, Person, at, case, ch
from .label import label
from .mail import build, h, quote_block

ORIG = {k: "orig" for k in ("consent", "lead_practitioner", "team_around_family", "smart_plan", "contingency",
                            "rationale", "meeting")}
BELLO = Person("Maryam Bello", "Early Help Partnership Coordinator (South)", "Early Help Partnership Team",
               "southNAM@newham.gov.uk", "020 7946 0900")
QUERY_ID = "<LO2P265MB7730QUERYBAJWA0618@LO2P265MB7730.GBRP265.PROD.OUTLOOK.COM>"


def _nonsub(c, body, attachments=(), headers=None):
    nam = (f"{c.hood.capitalize()} NAM", f"{c.hood}NAM@newham.gov.uk")
    to = [nam] + list(c.extra.get("more_to", []))
    raw = build("outlook", (c.worker.name, c.worker.email), to, c.subject, c.email_date, body,
                [(fn, data) for fn, data in attachments], seed=f"h2-{c.n}", extra=headers)
    return raw, label(c, [{"filename": fn, "type": "other"} for fn, _ in attachments])


def out_of_office(c):
    body = ("Thank you for your email. I am on annual leave until Monday 21 September 2026 with no access to "
            "emails. For anything urgent please contact the Intervention Team 1 duty line on 020 7946 0100.\n")
    return _nonsub(c, body, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


def agenda(c):
    blocks = [("h", "West Neighbourhood Action Meeting – agenda"), ("p", "Thursday 14 May 2026, 2pm, Stratford "
              "Library meeting room 2 and Teams"),
              ("b", ["Welcome and introductions", "Step-down notifications received since last NAM",
                     "Cases for discussion (partners to send names by Tuesday)", "Early Help Directory update",
                     "AOB"])]
    att = [("West NAM agenda 14.05.26.pdf", docs.to_pdf(blocks, "West NAM agenda", c.worker.name))]
    body = ("Hi all,\n\nPlease find attached the agenda for next week's West NAM. A reminder that step-down "
            "submissions to this inbox should include the closure letter (Appendix 2), the Single Assessment or "
            "updated Early Help Record and the SMART family plan, with the family's consent and a named lead "
            "practitioner.\n\nMany thanks\n\n" + "\n".join([c.worker.name, c.worker.role, c.worker.agency]) + "\n")
    return _nonsub(c, body, att)


def recall(c):
    body = f'{c.worker.name} would like to recall the message, "Closure letter - Brennan".\n'
    return _nonsub(c, body)


def _taf_review():
    c = case(27, "east", "3", "Boateng", "Ms Boateng",
             [ch("Esi Boateng", (2016, 2, 14), "slash"), ch("Kwesi Boateng", (2018, 10, 1), "slash")], DELANEY,
             None, kind="taf_review", client="gmail", letter="none", lp=DELANEY, taf=[RAHMAN, MOYO],
             where={k: "review" for k in ORIG}, email_date=at(2026, 4, 23, 16, 48),
             extra={"story": "attend", "route": "Step down from Families First (Pathway 3), closed to Families First "
                                                "in March 2026", "review_date": D(2026, 4, 21),
                    "next_review": D(2026, 6, 2),
                    "to": ("Early Help Partnership Team", "EarlyHelpPartnershipTeam@newham.gov.uk"),
                    "cc": [("East NAM", "eastNAM@newham.gov.uk")],
                    "greeting": "CAUTION: This email originated from outside of the organisation. Do not click "
                                "links or open attachments unless you recognise the sender.\n\nDear EHP team,",
                    "good": ["children_dobs", "consent", "lead_practitioner", "team_around_family", "smart_plan",
                             "contingency", "transition_meeting", "template_text"]},
             subject="TAF review - Boateng family",
             cover="Please find attached the Early Help Record plan review from our first TAF after the family "
                   "stepped down from Families First. Next review is booked for 2 June.",
             notes="TAF review from the lead practitioner (DSL, external school on Google Workspace) to "
                   "EarlyHelpPartnershipTeam@ with the NAM inbox in Cc; review holds DOBs, consent, LP, attendees, "
                   "plan table and contingency; no letter, no EHR assessment, no step-down rationale")
    c.extra["closing"] = "Kind regards"
    return c


def _reply():
    quoted = quote_block("South NAM <southNAM@newham.gov.uk>", at(2026, 6, 16, 14, 5),
                         "Niamh Gallagher <Niamh.Gallagher@newham.gov.uk>", "RE: Closure letter - Bajwa family",
                         "Hi Niamh,\n\nThank you for the closure letter for the Bajwa family (closing after the "
                         "Single Assessment, Pathway 2). The Single Assessment was not attached - please could you "
                         "send it so that we can log the step-down for the next NAM?\n\nKind regards\n\n"
                         "Maryam Bello\nEarly Help Partnership Coordinator (South)\nEarly Help Partnership Team")
    return case(26, "south", "2", "Bajwa", "Mrs Bajwa", [ch("Zain Bajwa", (2015, 9, 9))], NIAMH, None,
                kind="reply_with_missing_item", letter="none", lp=GRANT, consent="recs", meeting="none",
                where={**ORIG, "consent": "assess", "lead_practitioner": "assess", "rationale": "assess"},
                assess="sa_pdf", assess_date=D(2026, 3, 2), email_date=at(2026, 6, 18, 11, 2),
                extra={"story": "dv", "greeting": "Hi Maryam,", "quoted": "\n" + quoted,
                       "in_reply_to": QUERY_ID, "to": ("South NAM", "southNAM@newham.gov.uk"),
                       "closing": "Apologies for the delay,"},
                subject="RE: Closure letter - Bajwa family",
                cover="Sorry about that - the Single Assessment for Zain is attached now.",
                notes="reply to the NAM query (In-Reply-To, quoted Outlook-style) supplying only the Single "
                      "Assessment (2026-03-02, recent against the email date 2026-06-18); consent, LP and rationale "
                      "are in the SA; TAF, plan, contingency and the signed letter were only in the original email")


CASES = [
    case(23, "west", "none", "Rossi", "Mr Rossi",
         [ch("Giulia Rossi", (2012, 11, 2), "full"), ch("Marco Rossi", (2016, 6, 6), "full")], DANIEL, D(2026, 2, 23),
         style="notice", lp_mode="absent", taf_mode="none", plan="none", consent="absent", contingency="none",
         meeting="none", subject="Notification of case closure - Rossi",
         cover="Please find attached the Appendix 4 notification. The Single Assessment found the concerns were "
               "unsubstantiated and the family do not need early help.",
         notes="complete; Appendix 4 notification as .docx"),
    case(24, "central", "none", "Mahmoud", "Ms Mahmoud", [ch("Omar Mahmoud", (2019, 1, 15), "slash0", "d.o.b ")],
         IMRAN, D(2026, 3, 9), client="iphone", letter="body", style="notice", lp_mode="absent", taf_mode="none",
         plan="none", consent="absent", contingency="none", meeting="none", signature="none",
         placeholders=("(delete as appropriate)",), extra={"greeting": "Hi all,"},
         subject="Closure notification Mahmoud",
         cover="Families First work with the family has ended and no ongoing early help is needed. Notification below.",
         notes="missing signature (nothing after 'Best Wishes', no email signature), template_text ('Children's "
               "Social Care/Families First (delete as appropriate)'); Appendix 4 pasted into an iPhone body"),
    case(25, "south", "none", "Evans", "Ms Evans",
         [ch("Lily Evans", (2011, 3, 3), shown=False), ch("Jack Evans", (2015, 8, 19), "slash")], TOM,
         D(2026, 10, 12), client="outlook_ios", letter="pdf", style="notice", lp_mode="absent", taf_mode="none",
         plan="none", consent="absent", contingency="none", meeting="none",
         subject="Appendix 4 - Evans - case closed",
         cover="CIN plan closed, no further involvement needed from us or early help. Notification attached.",
         notes="missing children_dobs (Lily named without a DOB anywhere); Appendix 4 as PDF; Outlook for iOS"),
    _reply(),
    _taf_review(),
    case(28, "east", "unknown", "Kowalski", "", [], TOM, None, kind="not_a_submission", letter="none",
         email_date=at(2026, 9, 15, 8, 2), subject="Automatic reply: Kowalski family - query from East NAM",
         extra={"builder": out_of_office}, notes="Exchange out-of-office auto-reply (Auto-Submitted: auto-replied)"),
    case(29, "west", "unknown", "", "", [], Person("Joel Ambrose", "Early Help Partnership Practitioner (West)",
         "Early Help Partnership Team", "Joel.Ambrose@newham.gov.uk", "020 7946 0911"), None,
         kind="not_a_submission", letter="none", email_date=at(2026, 5, 7, 12, 30),
         subject="West NAM agenda - Thursday 14 May", extra={"builder": agenda},
         notes="NAM agenda with a PDF attachment; the body describes what a step-down submission should include"),
    case(30, "central", "unknown", "", "", [], PRIYA, None, kind="not_a_submission", letter="none",
         email_date=at(2026, 6, 11, 9, 14), subject="Recall: Closure letter - Brennan",
         extra={"builder": recall}, notes="Outlook message recall request"),
]
