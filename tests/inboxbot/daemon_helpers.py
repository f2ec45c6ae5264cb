"""Small builders for unit tests: fictional people only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from parsers.model import Address, Child, Kind, LeadPractitioner, ParsedEmail, Pathway


def parsed(
    *,
    sender: str = "dawn.example@newham.gov.uk",
    name: str = "Dawn Example",
    headers: list[tuple[str, str]] | None = None,
    content_type: str = "multipart/mixed",
    subject: str = "Closure letter - Testfamily",
    message_id: str = "<abc@example>",
    in_reply_to: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    body: str = "",
) -> ParsedEmail:
    return ParsedEmail(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        subject=subject,
        sender=Address(name, sender),
        to=(Address("", "eastnam@newham.gov.uk"),),
        cc=(),
        reply_to=(),
        date=dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.timezone.utc),
        headers=tuple(headers or []),
        content_type=content_type,
        text_body=body,
        attachments=(),
    )


@dataclass(frozen=True)
class Result:
    id: str
    title: str
    satisfied: bool
    reason: str = ""
    evidence: str = ""
    ask: str = ""


@dataclass(frozen=True)
class FakeOutcome:
    """Mirrors inboxbot.checker.Outcome's fields that the daemon reads."""

    kind: Kind = Kind.SUBMISSION
    pathway: Pathway = Pathway.ONE
    neighbourhood: str | None = "east"
    family: str | None = "Testfamily"
    children: tuple[Child, ...] = (Child("Sam Testfamily", dt.date(2015, 4, 3)),)
    lead_practitioner: LeadPractitioner | None = LeadPractitioner("Lee Example", "DSL", "School", "lee@school.example", None)
    assessment_date: dt.date | None = dt.date(2026, 9, 1)
    letter_date: dt.date | None = dt.date(2026, 11, 2)
    review_date: dt.date | None = None
    next_review_date: dt.date | None = None
    documents: tuple = ()
    results: tuple[Result, ...] = ()
    missing: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    kind_reason: str = ""

    def to_json(self) -> dict:
        return {"kind": str(self.kind), "pathway": str(self.pathway), "missing": list(self.missing)}
