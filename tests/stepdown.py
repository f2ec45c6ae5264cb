"""Fictional step-down letters and emails for tests (invented people, schools and numbers).

Builders take keyword switches so each test spoils exactly one thing.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from parsers.model import Address, DocStatus, DocumentText, ParsedEmail

WORKER = "Priya Testworker"


def letter(
    *,
    date: str = "12 March 2026",
    heading: str = "Transition to Early Help: Quill Family, Ada Quill (DOB 03/09/2016), Ben Quill (DOB 4 May 2019)",
    consent: str = "You told me you are happy for your family to have early help and you gave your consent on 2 March 2026.",
    lead: str = "Your Early Help Lead Practitioner is Nora Pellow, Pastoral Lead, Fernbank Primary School (n.pellow@fernbank.example.org).",
    taf: str = "The professionals in your Team Around the Family are: Owen Marsh, School Nurse, Fernbank Health Service; Ruth Keel, Family Support Worker, Elm Family Hub.",
    work: str = "Since October I have worked with you on routines and you completed a parenting course. Things have improved a lot. "
                "Your needs can now be met at level 2 through early help.",
    risks: str = "If you stop engaging with the plan, the progress could be lost and the children's needs may escalate. "
                 "Contingency: if concerns grow, the lead practitioner will make a referral to LBN Triage.",
    meeting: str = "We held the final CIN meeting on 9 March 2026 with you and Ms Pellow.",
    closing: str = "With best wishes for the future",
    signer: str = f"{WORKER}\nSocial Worker\nIntervention Team 9",
    social_care: str = "social care",
) -> str:
    parts = [
        "Private & Confidential", "Ms Quill", "1 Example Road", "London", "", date, "", "Dear Ms Quill,", "", heading, "",
        f"I am writing to confirm that {social_care} involvement with you will now come to an end. {consent}", "",
        work, "", risks, "", meeting, "", "Next Steps", "", lead, "", taf, "",
        "These professionals are now responsible for actively participating in early help for your family.", "",
        closing, "", signer,
    ]
    return "\n".join(parts)


PLAN = "\n".join([
    "Early Help Family Plan",
    "Family\tQuill family",
    "What needs to happen\tWho will do it\tBy when",
    "Attend the parenting follow-up group\tMs Quill\t20/04/2026",
    "Offer Ada weekly mentoring\tMs Pellow (Pastoral Lead)\tBy 30/04/2026",
    "Book a GP review for Ben\tMs Quill\t15/05/2026",
])

SINGLE_ASSESSMENT = "\n".join([
    "Single Assessment",
    "Assessment type Single Assessment (Children Act 1989, s.17)",
    "Team Intervention Team 9",
    "Allocated worker Priya Testworker",
    "Assessment start date 01/12/2025",
    "Date of assessment 20/01/2026",
    "Date authorised 25/01/2026",
    "1. Child(ren) subject of the assessment",
    "Name Date of birth Gender School / setting",
    "Ada Quill 03/09/2016 Female Fernbank Primary School",
    "Ben Quill 04/05/2019 Male Fernbank Primary School",
    "5. Parenting capacity",
    "Ms Quill is a caring parent.",
    "12. Recommendations",
    "Outcome: step down to early help.",
    "Printed by Priya Testworker on 11/03/2026 10:00 Page 1 of 1",
])


def doc(filename: str, text: str, status: DocStatus = DocStatus.OK, ocr_pages: int = 0) -> DocumentText:
    return DocumentText(filename=filename, content_type="application/pdf", status=status, text=text, pages=1, ocr_pages=ocr_pages)


def parsed(
    body: str = "Hi,\n\nPlease find attached the closure letter and assessment for the Quill family.\n\nThanks\n\nPriya",
    *,
    subject: str = "Closure letter - Quill family",
    to: str = "eastNAM@newham.gov.uk",
    sender: str = "priya.testworker@newham.gov.uk",
    date: dt.datetime = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.timezone.utc),
    headers: tuple[tuple[str, str], ...] = (),
    content_type: str = "multipart/mixed",
    in_reply_to: tuple[str, ...] = (),
) -> ParsedEmail:
    return ParsedEmail(
        message_id="<test@example>", in_reply_to=in_reply_to, references=in_reply_to, subject=subject,
        sender=Address(WORKER, sender), to=(Address("", to.lower()),), cc=(), reply_to=(), date=date,
        headers=headers, content_type=content_type, text_body=body, attachments=(),
    )


def eml(body: str, *, subject: str = "Closure letter - Quill family", to: str = "westNAM@newham.gov.uk",
        attachments: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{WORKER} <priya.testworker@newham.gov.uk>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Thu, 12 Mar 2026 10:00:00 +0000"
    msg["Message-ID"] = "<fixture@example>"
    msg.set_content(body)
    for name, data, ctype in attachments:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)
