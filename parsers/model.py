"""Frozen, typed values that the parsers produce: bytes in, these out.

Nothing here does I/O. The service (`inboxbot`) consumes these values and never
looks at raw MIME or file bytes itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Address:
    name: str
    email: str  # lower-cased addr-spec, "" when absent or unparseable

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2] if "@" in self.email else ""


@dataclass(frozen=True)
class Attachment:
    """A MIME leaf part that carries a file (it has a filename, or is a non-text part)."""

    filename: str  # decoded; "" when the part has none
    content_type: str
    data: bytes
    inline: bool = False
    depth: int = 0  # 0 = the email itself, 1 = inside an attached message/rfc822, ...
    content_id: str = ""  # without angle brackets; set on inline images (cid: references)


@dataclass(frozen=True)
class InlineForward:
    """A message quoted in a body under "-----Original Message-----" / "From: ... Sent: ..."
    (Outlook) or "On ... wrote:" / "Begin forwarded message:" (Apple), as far as the
    quoted header lines say. Fields the quote does not give are ""."""

    sender: Address
    sent: str  # the date line as written (clients localise it; not parsed)
    to: str
    cc: str
    subject: str
    body: str  # the quoted text below the header lines, up to the next quoted message


@dataclass(frozen=True)
class ParsedEmail:
    """One email as the mail server delivered it, decoded."""

    message_id: str  # with angle brackets, "" when absent
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    sender: Address  # From
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: dt.datetime | None  # aware; None when absent or unparseable
    headers: tuple[tuple[str, str], ...]  # every header in order, names as written
    content_type: str  # of the top-level part, e.g. "multipart/report"
    text_body: str  # the main body as plain text (HTML converted when no text part)
    attachments: tuple[Attachment, ...]  # depth-first MIME order, inside forwards too
    forwarded: tuple["ParsedEmail", ...] = ()  # attached message/rfc822 parts
    # What was wrong with the MIME: the email package's defect class names for every part walked
    # (e.g. "StartBoundaryNotFoundDefect"), and our own notes ("multipart without parts").
    defects: tuple[str, ...] = ()
    html_body: str = ""  # the HTML alternative as sent ("" when none)
    inline_forwards: tuple[InlineForward, ...] = ()  # messages quoted in text_body, newest first
    over_limits: tuple[str, ...] = ()  # plain-English: which resource limit the email exceeded
    size: int = 0  # bytes of the raw message
    skipped_files: int = 0  # file parts not read because the email had more than Limits.max_attachments

    def header(self, name: str) -> str | None:
        """First value of header `name` (case-insensitive), or None."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]

    @property
    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc


class DocStatus(StrEnum):
    OK = "ok"
    EMPTY = "empty"  # readable but no text (e.g. a logo image with nothing OCR could read)
    ENCRYPTED = "encrypted"  # password-protected: present but unreadable
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"  # a file type we do not read (zip, executable, ...)
    TOO_LARGE = "too_large"  # over a configured limit
    TIMEOUT = "timeout"  # parsing ran past the per-document time limit


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class DocumentText:
    """What could be read from one attached file (or from the email body)."""

    filename: str
    content_type: str
    status: DocStatus
    text: str = ""  # all readable text; pages separated by "\f"
    tables: tuple[Table, ...] = ()
    pages: int = 0
    ocr_pages: int = 0  # pages whose text came from OCR
    reason: str = ""  # plain-English reason when status is not OK
    seconds: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    kind: str = ""  # which reader read it: pdf, docx, odt, rtf, msg, tnef, image, text, other
    table_pages: int = 0  # PDF pages read for plan tables (border lines, or pdfplumber's layout model)

    @property
    def readable(self) -> bool:
        return self.status is DocStatus.OK and bool(self.text.strip())

    def to_json(self) -> dict[str, Any]:
        """Plain JSON, so what was read (OCR above all) need not be read again after a restart."""
        return {"filename": self.filename, "content_type": self.content_type, "status": str(self.status),
                "text": self.text, "tables": [[list(r) for r in t.rows] for t in self.tables],
                "pages": self.pages, "ocr_pages": self.ocr_pages, "reason": self.reason, "kind": self.kind,
                "table_pages": self.table_pages}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentText:
        return cls(filename=data["filename"], content_type=data["content_type"], status=DocStatus(data["status"]),
                   text=data.get("text", ""), tables=tuple(Table(tuple(tuple(r) for r in t)) for t in data.get("tables", ())),
                   pages=data.get("pages", 0), ocr_pages=data.get("ocr_pages", 0), reason=data.get("reason", ""),
                   kind=data.get("kind", ""), table_pages=data.get("table_pages", 0))


BODY_FILENAME = "(body)"


# --- What the analysis reads out of an email ---------------------------------


class DocType(StrEnum):
    CLOSURE_LETTER = "closure_letter"  # Appendix 2
    CLOSURE_NOTIFICATION = "closure_notification"  # Appendix 4
    SINGLE_ASSESSMENT = "single_assessment"
    EARLY_HELP_RECORD = "early_help_record"
    TAF_REVIEW = "taf_review"
    OTHER = "other"


class Kind(StrEnum):
    SUBMISSION = "submission"
    REPLY_WITH_MISSING_ITEM = "reply_with_missing_item"
    TAF_REVIEW = "taf_review"
    NOT_A_SUBMISSION = "not_a_submission"


class Pathway(StrEnum):
    ONE = "1"
    TWO = "2"
    THREE = "3"
    NONE = "none"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Child:
    name: str
    dob: dt.date | None


@dataclass(frozen=True)
class LeadPractitioner:
    name: str
    role: str | None = None
    agency: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class ClassifiedDocument:
    """A document of the email (an attachment, or the body when it holds the letter) with its type."""

    doc: DocumentText
    type: DocType
    is_assessment: bool = False  # a Single Assessment / EHR assessment (not a bare plan or a review)
    date: dt.date | None = None  # the letter date, or the assessment's written/updated date


@dataclass(frozen=True)
class Analysis:
    """Everything read out of one email, before any rule is applied."""

    email: ParsedEmail
    neighbourhood: str | None  # east | west | central | south, from the NAM address it was sent to
    kind: Kind
    pathway: Pathway
    documents: tuple[ClassifiedDocument, ...]
    family: str | None
    children: tuple[Child, ...]
    lead_practitioner: LeadPractitioner | None
    assessment_date: dt.date | None
    letter_date: dt.date | None
    review_date: dt.date | None = None  # TAF reviews: the meeting date
    next_review_date: dt.date | None = None  # TAF reviews: the next review date
    # Added for the checker (inboxbot.checker reads these; all have defaults so older callers still work):
    cover_text: str = ""  # the email's own text and forwarded worker text: counts as evidence
    thread_text: str = ""  # our team's quoted query and what it quotes: never evidence, only context
    reference_date: dt.date | None = None  # the letter's date, else the email's Date (Europe/London)
    kind_reason: str = ""  # why `kind` was chosen, in plain English
    pathway_reason: str = ""  # why `pathway` was chosen, in plain English
