"""One email and its extracted documents -> an `Analysis`: what it is, which pathway, who.

Pure: no I/O, no clock. Rules about what is *missing* live in `inboxbot.checker`; this
module only reads out facts (with the text they came from kept on the Analysis so the
checker can look for evidence).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from parsers.classify import classify, classify_text, labelled_letter, letter_to_family
from parsers.dates import find_dates
from parsers.model import (
    BODY_FILENAME,
    Address,
    Analysis,
    ClassifiedDocument,
    DocStatus,
    DocType,
    DocumentText,
    Kind,
    ParsedEmail,
    Pathway,
)
from parsers.pathway import decide_pathway
from parsers.people import (
    children_by_first_name,
    children_in_lists,
    children_in_tables,
    children_with_dobs,
    family_names,
    fold,
    is_closing,
    lead_practitioner_mentions,
    merge_children,
    merge_lead_practitioners,
    repair_glyphs,
    siblings_in_prose,
)
from parsers.quoting import Segment, split_body

LONDON = ZoneInfo("Europe/London")

# The four NAM inboxes (seed 000, section 2.2 step 6d). Callers may pass their own mapping.
DEFAULT_NAM_ADDRESSES: Mapping[str, str] = {
    "eastnam@newham.gov.uk": "east",
    "westnam@newham.gov.uk": "west",
    "centralnam@newham.gov.uk": "central",
    "southnam@newham.gov.uk": "south",
}
# Our own team's addresses: text quoted from these is our query, never the worker's evidence.
TEAM_ADDRESS_RE = re.compile(r"(?:east|west|central|south)nam@|earlyhelppartnershipteam@", re.IGNORECASE)

LETTER_TYPES = (DocType.CLOSURE_LETTER, DocType.CLOSURE_NOTIFICATION)
STEP_DOWN_TYPES = (
    DocType.CLOSURE_LETTER,
    DocType.CLOSURE_NOTIFICATION,
    DocType.SINGLE_ASSESSMENT,
    DocType.EARLY_HELP_RECORD,
    DocType.TAF_REVIEW,
)

# Subjects of the notices mail clients and servers write themselves: auto-replies, bounces, read
# receipts, meeting responses (inboxbot.policy files these unread).
_NOTICE_SUBJECTS = (
    r"automatic\s+reply|auto(?:matic)?[\s-]*reply|out\s+of\s+(?:the\s+)?office|undeliverable|undelivered|delivery\s+"
    r"(?:status\s+notification|has\s+failed|failure)|mail\s+delivery|returned\s+mail|read\s*:|not\s+read\s*:|accepted\s*:"
    r"|declined\s*:|tentative\s*:"
)
AUTOMATIC_SUBJECT = re.compile(rf"^\s*(?:{_NOTICE_SUBJECTS})", re.IGNORECASE)
_INVITATION_SUBJECT = re.compile(r"^\s*(?:invitation\s*:|updated\s+invitation|canceled\s*:|cancelled\s*:)", re.IGNORECASE)
MEETING_INVITATION = "meeting invitation"  # the kind_reason inboxbot.decide tells apart (a person wrote it)
_MEETING_BODY = re.compile(r"microsoft\s+teams\s+meeting|join\s+(?:the\s+)?(?:teams\s+)?meeting|meeting\s+id\s*:", re.IGNORECASE)
_ANSWERING = re.compile(r"\bas\s+(?:you\s+)?(?:requested|asked)|\bsorry\b|\bapologies\b|\bmissing\b|\bfor(?:got|gotten)\b|\bhere\s+is\s+the\b", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:OFFICIAL[-\s]SENSITIVE\s*[:\-]?\s*)?(?:re|aw|sv)\s*:)", re.IGNORECASE)


def analyse(email: ParsedEmail, docs: Sequence[DocumentText], nam_addresses: Mapping[str, str] | None = None) -> Analysis:
    """Read one email (and the documents extracted from its attachments, in the same order)."""
    nam = {k.lower(): v for k, v in (nam_addresses or DEFAULT_NAM_ADDRESSES).items()}
    neighbourhood = _neighbourhood(email, nam)
    segments = split_body(email.text_body, email.sender)
    evidence_segments, thread_segments = _split_evidence(segments)
    cover = "\n\n".join(s.text for s in evidence_segments if s.text)
    thread = "\n\n".join(s.text for s in thread_segments if s.text)

    classified = [_classify(doc) for doc in docs]
    body_doc = _body_letter(cover, classified)
    if body_doc is not None:
        classified.insert(0, body_doc)

    email_day = email.date.astimezone(LONDON).date() if email.date else None
    letter_date = _letter_date(classified, email_day)
    reference = letter_date or email_day

    kind, kind_reason = _kind(email, classified, segments, cover)
    if kind is Kind.NOT_A_SUBMISSION:
        return Analysis(
            email=email, neighbourhood=neighbourhood, kind=kind, pathway=Pathway.UNKNOWN,
            documents=tuple(classified), family=None, children=(), lead_practitioner=None,
            assessment_date=None, letter_date=None, cover_text=cover, thread_text=thread,
            reference_date=email_day, kind_reason=kind_reason, pathway_reason="not a submission",
        )

    pathway, pathway_reason = decide_pathway(
        documents=classified, cover=cover, thread=thread, subject=email.subject + "\n" + "\n".join(s.subject for s in segments),
    )

    readable = [c for c in classified if c.doc.readable]
    texts = [c.doc.text for c in readable] + ([cover] if body_doc is None else [])

    # Children: the letter's heading and children lists, then tables and "Name (DOB ...)" anywhere.
    mentions = []
    # Letters first (their heading lists the children); OCR text last (its spellings are the least sure).
    ordered = sorted(readable, key=lambda c: (c.doc.ocr_pages > 0, 0 if c.type in LETTER_TYPES else 1))
    for scanned in (False, True):
        batch = [c for c in ordered if (c.doc.ocr_pages > 0) is scanned]
        weight = 0.3 if scanned else 1.0
        for c in batch:
            mentions += [replace(m, weight=weight) for m in children_in_lists(c.doc.text, reference)]
        for c in batch:
            mentions += [replace(m, weight=weight) for m in children_with_dobs(c.doc.text, reference)]
            mentions += [replace(m, weight=weight) for m in children_in_tables(c.doc.text, reference)]
    # With nothing attached to read (a reply in the body only), the body is where the worker names the children.
    if not readable and body_doc is None:
        mentions += children_in_lists(cover, reference) + children_with_dobs(cover, reference)
    # A PDF that printed a box for a letter it had no glyph for: spell the name as the rest of the email does.
    vocabulary = set(re.findall(r"[^\W\d_]+", " ".join([email.subject, cover] + texts + [c.doc.filename for c in classified])))
    mentions = [replace(m, name=repair_glyphs(m.name, vocabulary)) for m in mentions]
    children = merge_children(mentions)
    family = _family(email, classified, cover, thread, children)
    family = repair_glyphs(family, vocabulary) if family else None
    prose = [m for c in ordered if c.type in LETTER_TYPES
             for m in siblings_in_prose(c.doc.text, children, family) + children_by_first_name(c.doc.text, family, reference)]
    if prose:
        children = merge_children(mentions + prose)

    lp_mentions = []
    for c in ordered:
        lp_mentions += lead_practitioner_mentions(c.doc.text)
    lp_mentions += lead_practitioner_mentions(cover)
    lead = merge_lead_practitioners(lp_mentions)

    assessment_date = _assessment_date(classified, pathway, reference)
    review_date, next_review = _review_dates(classified)
    return Analysis(
        email=email, neighbourhood=neighbourhood, kind=kind, pathway=pathway, documents=tuple(classified),
        family=family, children=tuple(children), lead_practitioner=lead, assessment_date=assessment_date,
        letter_date=(letter_date or email_day) if _has_readable_letter(classified) else None,
        review_date=review_date, next_review_date=next_review, cover_text=cover, thread_text=thread,
        reference_date=reference, kind_reason=kind_reason, pathway_reason=pathway_reason,
    )


# --- where it was sent ---------------------------------------------------------------


def _neighbourhood(email: ParsedEmail, nam: Mapping[str, str]) -> str | None:
    for addr in email.to + email.cc:
        if addr.email.lower() in nam:
            return nam[addr.email.lower()]
    # Delivery headers name the inbox when it was Bcc'd or the mail is a system message.
    for header in ("Delivered-To", "X-Original-To", "Envelope-To", "X-MS-Exchange-Organization-OriginalEnvelopeRecipients"):
        for value in email.header_all(header):
            for addr, hood in nam.items():
                if addr in value.lower():
                    return hood
    for fwd in email.forwarded:
        hood = _neighbourhood(fwd, nam)
        if hood:
            return hood
    return None


# --- body: own text, forwarded text, our quoted query ------------------------------------


def _is_team(addr: Address) -> bool:
    return bool(TEAM_ADDRESS_RE.search(addr.email) or TEAM_ADDRESS_RE.search(addr.name))


def _split_evidence(segments: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Segments up to the first one our team wrote count as evidence; that one and all below it
    are the thread of our query (used only to tell the pathway and family, never as evidence)."""
    evidence: list[Segment] = []
    thread: list[Segment] = []
    in_thread = False
    for seg in segments:
        if seg.depth > 0 and _is_team(seg.author):
            in_thread = True
        if in_thread and seg.depth > 0:
            thread.append(seg)
        else:
            evidence.append(seg)
    return evidence, thread


# A form's label glued to its value, where the label was its own bold run or cell with no space or colon
# after it ("ConsentBoth parents agreed", "TAF meetingHeld 3 June"): a word of three or more lower-case
# letters running into a capitalised word, among a line's first words. Names that change case inside
# ("McAvoy", "DeShawn", "MacLeod") have fewer lower-case letters before the capital. The first such join ends
# the label: a later one is the value's own ("FromJo BloggsFamilies First Coach").
_GLUED_LABEL = re.compile(r"^((?:[^\W\d_][\w'’/&-]*[ \t]+){0,4}?[^\W\d_]*[a-z]{3})(?=[A-Z][a-z])", re.MULTILINE)


# The same with an agency's name run into the email address in the next cell or run ("Oak Primary
# Schoolj.bell@oak.sch.uk"): a capitalised organisation word straight before a lower-case address.
_GLUED_EMAIL = re.compile(r"\b(School|Academy|Centre|Nursery|Practice|College|Trust)(?=[a-z][\w.+'’-]*@[\w-]+\.)")


def unglue_labels(text: str) -> str:
    text = _GLUED_LABEL.sub(lambda m: m.group(1) + ": ", text)
    return _GLUED_EMAIL.sub(r"\1 ", text)


def _classify(doc: DocumentText) -> ClassifiedDocument:
    if doc.readable and doc.text:
        doc = replace(doc, text=unglue_labels(doc.text))
    c = classify(doc)
    return ClassifiedDocument(doc=doc, type=c.type, is_assessment=c.is_assessment)


_LETTER_HEADING = re.compile(
    r"^\s*(?:re\s*:\s*)?(?:transition\s+to\s+early\s+help|notification\s+of\s+(?:case\s+)?closure|case\s+closure\s+notification)",
    re.IGNORECASE | re.MULTILINE,
)


def _body_letter(cover: str, classified: list[ClassifiedDocument]) -> ClassifiedDocument | None:
    """The body holds the letter when it has a letter's salutation and heading, and either no letter is
    attached or the body is a copy of the attached letter (pasted "in case the attachment doesn't open")."""
    attached = [c for c in classified if c.type in LETTER_TYPES]
    if attached and not any(_pasted_copy(c.doc.text, cover) for c in attached if c.doc.readable):
        return None
    c = classify_text(cover, "")
    headed = bool(re.search(r"^\s*dear\b", cover, re.IGNORECASE | re.MULTILINE) and _LETTER_HEADING.search(cover))
    if headed and c.type in LETTER_TYPES:
        doc_type = c.type
    elif letter_to_family(cover, shorthand=False):
        doc_type = DocType.CLOSURE_NOTIFICATION if c.type is DocType.CLOSURE_NOTIFICATION else DocType.CLOSURE_LETTER
    elif (labelled := labelled_letter(cover)) is not None:
        doc_type = labelled
    else:
        return None
    doc = DocumentText(filename=BODY_FILENAME, content_type="text/plain", status=DocStatus.OK, text=cover, pages=1)
    return ClassifiedDocument(doc=doc, type=doc_type, is_assessment=False)


def _pasted_copy(letter: str, body: str, share: float = 0.6) -> bool:
    """Most of the letter's sentences of five words or more are in the body too (spacing and line
    breaks aside): the body carries the letter itself, not a note about it."""
    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", text).strip().lower()

    flat = norm(body)
    parts = [p for p in (norm(x) for x in re.split(r"(?<=[.!?])\s+|\n", letter)) if len(p.split()) >= 5]
    return len(parts) >= 3 and sum(p in flat for p in parts) >= share * len(parts)


# --- what kind of email ------------------------------------------------------------------


def _kind(email: ParsedEmail, classified: list[ClassifiedDocument], segments: list[Segment], cover: str) -> tuple[Kind, str]:
    auto = (email.header("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        return Kind.NOT_A_SUBMISSION, f"automatic message (Auto-Submitted: {auto})"
    if email.content_type == "multipart/report":
        return Kind.NOT_A_SUBMISSION, "delivery or read report"
    if any(a.content_type == "text/calendar" for a in email.attachments) or email.header("Content-Class") == "urn:content-classes:calendarmessage":
        return Kind.NOT_A_SUBMISSION, MEETING_INVITATION
    if AUTOMATIC_SUBJECT.match(email.subject):
        return Kind.NOT_A_SUBMISSION, "automatic reply, report or meeting response (subject)"
    if _INVITATION_SUBJECT.match(email.subject):
        return Kind.NOT_A_SUBMISSION, MEETING_INVITATION
    relevant = [c for c in classified if c.type in STEP_DOWN_TYPES]
    if not relevant:
        bulk = (email.header("Precedence") or "").lower() in ("bulk", "list", "junk") or email.header("List-Unsubscribe") or email.header("List-Id")
        if bulk:
            return Kind.NOT_A_SUBMISSION, "bulk or list mail with no step-down documents"
        if _MEETING_BODY.search(cover):
            return Kind.NOT_A_SUBMISSION, MEETING_INVITATION
    quotes_team = any(s.depth > 0 and _is_team(s.author) for s in segments)
    is_reply = bool(email.in_reply_to or email.references or _REPLY_SUBJECT.match(email.subject))
    if is_reply and quotes_team and not any(c.type is DocType.TAF_REVIEW for c in classified):
        return Kind.REPLY_WITH_MISSING_ITEM, "a reply to our query"
    if any(c.type is DocType.TAF_REVIEW for c in classified):
        return Kind.TAF_REVIEW, "carries an Early Help Record plan review"
    # A reply that does not quote us but answers a request ("as requested", "sorry, here is ...").
    # An assessment sent on its own in reply (every pathway's submission has a letter or notification) is
    # the item a query asked for, however the reply is worded.
    assessment_only = bool(relevant) and all(c.type in (DocType.SINGLE_ASSESSMENT, DocType.EARLY_HELP_RECORD) for c in relevant)
    answers = bool(email.in_reply_to) and bool(_REPLY_SUBJECT.match(email.subject)) and (
        bool(_ANSWERING.search(cover[:600])) or assessment_only)
    if answers and not any(c.type in LETTER_TYPES for c in classified):
        return Kind.REPLY_WITH_MISSING_ITEM, "a reply answering a request"
    if not relevant:
        if is_reply and quotes_team:
            return Kind.REPLY_WITH_MISSING_ITEM, "a reply to our query"
        return Kind.NOT_A_SUBMISSION, "no closure letter, notification, assessment, plan or review in it"
    return Kind.SUBMISSION, "carries step-down documents"


# --- dates ------------------------------------------------------------------------------


def _has_readable_letter(classified: list[ClassifiedDocument]) -> bool:
    return any(c.type in LETTER_TYPES and c.doc.readable for c in classified)


def letter_date_of(text: str) -> dt.date | None:
    """The date a letter is written on: the first date line before its salutation ("Dear ..."), on a
    line of its own or after "Date:"; failing that, the first date line in its first lines. A letter
    pasted under a cover note has two salutations ("Dear colleagues" ... date ... "Dear Ms Lee"):
    the date belongs to the first salutation that has one above it."""
    lines = text.splitlines()
    seen_salutation = False
    for i, line in enumerate(lines):
        if re.match(r"^\s*dear\b", line, re.IGNORECASE):
            seen_salutation = True
            continue
        if not seen_salutation and i >= 15 and not any(re.match(r"^\s*dear\b", ln, re.IGNORECASE) for ln in lines):
            break
        day = _date_line(line)
        if day is not None:
            if any(re.match(r"^\s*dear\b", ln, re.IGNORECASE) for ln in lines[i + 1:i + 8]) or not seen_salutation:
                return day
    return None


def _date_line(line: str) -> dt.date | None:
    """A line that is only a date, perhaps with a label or article ("the 4th of March 2026", "Date: 4/3/26")."""
    stripped = line.strip()
    found = find_dates(stripped)
    if not found:
        return None
    rest = (stripped[: found[0].start] + stripped[found[0].end:]).strip(" ,.:")
    if not rest or re.fullmatch(r"(?:(?:date(?:\s+of\s+(?:the\s+|this\s+)?letter)?|dated|sent|letter\s+date)\s*:?|the|on)", rest, re.IGNORECASE):
        return found[0].date
    return None


def _letter_date(classified: list[ClassifiedDocument], email_day: dt.date | None) -> dt.date | None:
    for c in classified:
        if c.type in LETTER_TYPES and c.doc.readable:
            day = letter_date_of(c.doc.text)
            if day:
                return day
    return None


_WRITTEN = re.compile(
    r"(?:date\s+of\s+(?:the\s+)?assessment|assessment\s+(?:completed|completion)\s*(?:date|on)?|date\s+(?:assessment\s+)?completed"
    r"|date\s+(?:of\s+)?(?:early\s+help\s+record|assessment)\s+(?:written|completed)|date\s+written"
    r"|(?<!next\s)completion\s+date|date\s+of\s+completion)\s*[:|\t ]\s*",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"(?:(?:assessment|record|early\s+help\s+record|EHR|plan)\s+(?:last\s+)?(?:updated|reviewed|revised)|date\s+(?:last\s+)?(?:updated|reviewed)(?:\s*/\s*(?:reviewed|updated))?"
    r"|last\s+(?:updated|reviewed|revised)|updated\s+on|reviewed\s+and\s+updated|updated\s+and\s+reviewed"
    r"|date\s+of\s+(?:this|the\s+last|last)\s+(?:update|review)|date\s+of\s+(?:the\s+)?update)\s*[:|\t ]\s*",
    re.IGNORECASE,
)
# "Review date", "Date of review", "Reviewed at TAF meeting:" say which review only at the top of a review
# record (its own date); further down a form they are as often the next review, still to come.
_REVIEWED_HEAD = re.compile(
    r"(?:(?<!next\s)(?:date\s+of\s+(?:the\s+)?review|review\s+date)(?!\s+(?:due|booked|planned))"
    r"|reviewed\s+(?:at|on|in)\b[^:|\t\n]{0,40}?(?=\s*[:|\t]))\s*[:|\t ]\s*",
    re.IGNORECASE,
)
_REVIEW_HEAD_LINES = 4
_STARTED = re.compile(r"(?:date\s+(?:early\s+help\s+record\s+|assessment\s+)?started|assessment\s+start\s+date|start\s+date)\s*[:|\t ]\s*", re.IGNORECASE)


def _labelled_dates(text: str, rx: re.Pattern[str]) -> list[dt.date]:
    out = []
    flat = re.sub(r"\s*\n\s*", " ", text)
    for m in rx.finditer(flat):
        found = find_dates(flat[m.end():m.end() + 25])
        if found and found[0].start < 4:
            out.append(found[0].date)
    return out


# A dated log of the record's reviews and updates: a table headed "Date | Update" (or "Date | Review",
# "Date | Entry" ...), or a section titled "Reviews and updates", "Review history", "Progress log".
_LOG_HEADER = re.compile(
    r"^\s*(?:(?:date|when)\b[\s|:]+(?:of\s+)?(?:updates?|reviews?|entry|entries|notes?|progress|details?|event|what\s+happened)\b"
    r"|(?:reviews?\s*(?:and|&)\s*updates?|updates?\s*(?:and|&)\s*reviews?|review\s+(?:history|log|record)s?|record\s+of\s+(?:reviews|updates)"
    r"|progress\s+(?:log|updates?|reviews?)|updates?\s+log)\s*:?\s*$)",
    re.IGNORECASE,
)
# A row for a review still to come ("21/07/2026 Next review", "... (booked)") is not an update; a past
# review that mentions a plan ("Review: step down planned") is.
_LOG_FUTURE = re.compile(r"^[\W\d]*(?:next|planned|provisional|booked|scheduled|due)\b|\((?:booked|planned|provisional|scheduled)\)", re.IGNORECASE)


def _review_log_dates(text: str) -> list[dt.date]:
    """The dates of the rows of a record's review / update log: each row starts with its date; a wrapped
    row carries on in lower case, and the first other line that is not a row ends the log."""
    lines = text.replace("\f", "\n").splitlines()
    out: list[dt.date] = []
    for i, line in enumerate(lines):
        if not _LOG_HEADER.match(line) or find_dates(line):
            continue
        for row in lines[i + 1:i + 40]:
            stripped = row.strip(" \t•*-–|")
            if not stripped or _LOG_HEADER.match(row):
                continue
            found = find_dates(stripped)
            if found and found[0].start == 0:
                if not _LOG_FUTURE.search(stripped[found[0].end:]):
                    out.append(found[0].date)
                continue
            if stripped[:1].isupper() or stripped[:1].isdigit():
                break
    return out


# A form's dates set out as a table row under a header row that names them ("Date started | Date
# completed | Outcome" over "10/09/2026 | 24/09/2026 | Step down"); a PDF may wrap the header over lines.
_COLUMN_LABELS = (
    ("started", re.compile(r"\bstart(?:ed)?\b", re.IGNORECASE)),
    ("completed", re.compile(r"\bcomplet(?:ed|ion)\b", re.IGNORECASE)),
    ("authorised", re.compile(r"\bauthori[sz](?:ed|ation)\b|\bsigned\s+off\b", re.IGNORECASE)),
    # Not "Review date": in a plan table that column holds the target dates of the actions.
    ("updated", re.compile(r"\b(?:updated|reviewed)\b", re.IGNORECASE)),
    ("printed", re.compile(r"\bprint(?:ed)?\b", re.IGNORECASE)),
)
_HEADER_LINES = 4
_HEADER_AREA = 10
_CELL_WORDS = 12


def _table_line(line: str) -> bool:
    """Short and not a sentence: a header or a row of a table, not prose that mentions a date."""
    stripped = line.strip()
    return len(stripped.split()) <= _CELL_WORDS and not stripped.endswith((".", ";", ","))


def _column_dates(text: str) -> dict[str, list[dt.date]]:
    """Dates read from header-over-row tables, by what their column header calls them. Read only when
    the header names exactly as many dates as the row holds, so each date gets its own label."""
    # Only in the form's header area: further down, a plan table's "Start date | Completed" columns are the
    # actions' dates, not the assessment's.
    lines = [line for line in text.replace("\f", "\n").splitlines() if line.strip()][:_HEADER_AREA]
    out: dict[str, list[dt.date]] = {}
    for i, line in enumerate(lines):
        found = find_dates(line)
        if not found or not _table_line(line):
            continue
        labels: list[str] = []
        for back in range(i - 1, max(-1, i - 1 - _HEADER_LINES), -1):
            header = lines[back]
            if find_dates(header) or not _table_line(header):
                break
            spans = sorted((m.start(), name) for name, rx in _COLUMN_LABELS for m in rx.finditer(header))
            labels = [name for _, name in spans] + labels
            if len(labels) >= len(found):
                break
        if len(labels) != len(found):
            continue
        for name, day in zip(labels, found):
            out.setdefault(name, []).append(day.date)
    return out


# A form field that dates the record itself: a short label made only of words naming the document and
# what was done to it ("Early Help Record completed", "Record reviewed / updated", "SA finalised on"),
# then the date, in a table cell or after a colon. A label with any other word ("Attendance contract
# reviewed", "Consent signed") dates something else.
_FIELD_WORDS = frozenset(
    "date dated of the this on at by its and or & / - ( ) single child family early help record records ehr sa assessment "
    "assessments form first initially originally last latest most recent recently was were been completed complete "
    "completion written finalised finalized end ended finished closed updated update reviewed review revised revision started start "
    "authorised authorized signed off printed print generated produced exported next due planned booked "
    # Where it was reviewed ("Assessment reviewed at TAF"): the meeting alone dates nothing.
    "taf meeting".split()
)
_FIELD_IGNORE = re.compile(
    r"\b(?:print(?:ed)?|generated|produced|exported|next|due|planned|booked|authori[sz]ed|signed|off)\b|\bby$", re.IGNORECASE)
# A date followed by "(planned)" or "(booked)" is still to come.
_FIELD_FUTURE = re.compile(r"^\s*\(?\s*(?:planned|booked|provisional|scheduled|due)\b", re.IGNORECASE)
_FIELD_UPDATED = re.compile(r"\b(?:updated|reviewed|revised|last\s+(?:update|review|revision)|latest\s+(?:update|review))\b", re.IGNORECASE)
_FIELD_WRITTEN = re.compile(
    r"\b(?:complet(?:ed|e|ion)|written|finali[sz]ed|end(?:ed)?|finished|closed)\b|^(?:date\s+of\s+(?:the\s+)?)?(?:(?:single\s+)?assessment|sa)(?:\s+date)?$"
    r"|^(?:date\s+of\s+(?:the\s+)?)?(?:early\s+help\s+record|ehr)(?:\s+date)?$", re.IGNORECASE)
_FIELD_STARTED = re.compile(r"\bstart(?:ed)?\b", re.IGNORECASE)
_FIELD_LABEL_WORDS = 8


def _field_kind(label: str) -> str | None:
    """What a field's label says was done to the record on its date: updated, completed or started."""
    label = re.sub(r"\s+", " ", label.replace("\t", " ").strip(" :|\t-–")).strip()
    words = re.findall(r"[A-Za-z]+|[&/()\-]", label.lower())
    if not words or len(words) > _FIELD_LABEL_WORDS or any(w not in _FIELD_WORDS for w in words):
        return None
    if _FIELD_IGNORE.search(label):
        return None
    return next((name for name, rx in (("updated", _FIELD_UPDATED), ("completed", _FIELD_WRITTEN), ("started", _FIELD_STARTED))
                 if rx.search(label)), None)


def _field_dates(text: str) -> dict[str, list[dt.date]]:
    """Dates of the record read from its form fields, by what the label says was done on that day. The
    label stands before the date on its line, or (a PDF's two-cell row) alone on the line above it."""
    out: dict[str, list[dt.date]] = {}
    above: str | None = None
    for line in text.replace("\f", "\n").splitlines():
        if not line.strip():
            continue
        start = 0
        dates = find_dates(line)
        for found in dates:
            label = line[start:found.start]
            if start == 0 and not label.strip() and above is not None:
                label = above
            start = found.end
            kind = _field_kind(label)
            if kind and not _FIELD_FUTURE.match(line[found.end:]):
                out.setdefault(kind, []).append(found.date)
        above = line if not dates else None
    return out


# A labelled date well after the letter is a review still to come ("to be reviewed on ..."), not the date
# the assessment was written or updated.
SCHEDULED_AFTER = dt.timedelta(days=14)


def assessment_date_of(text: str, filename: str = "", latest: dt.date | None = None) -> dt.date | None:
    """When the assessment was written, or its latest update ("written or updated"): a labelled
    date, or the newest row of its dated review log. Never the start, authorisation or print date
    of a case-management export, nor (given `latest`, the last plausible day) a date after `latest`."""
    def kept(days: list[dt.date]) -> list[dt.date]:
        return [d for d in days if latest is None or d <= latest]

    columns = _column_dates(text)
    fields = _field_dates(text)
    head = "\n".join([line for line in text.splitlines() if line.strip()][:_REVIEW_HEAD_LINES])
    updated = kept(_labelled_dates(text, _UPDATED) + _labelled_dates(head, _REVIEWED_HEAD) + _review_log_dates(text)
                   + columns.get("updated", []) + fields.get("updated", []))
    written = kept(_labelled_dates(text, _WRITTEN) + columns.get("completed", []) + fields.get("completed", []))
    if updated or written:
        return max(updated + written)
    started = kept(_labelled_dates(text, _STARTED) + columns.get("started", []) + fields.get("started", []))
    if started:
        return max(started)
    return None


_PATHWAY_ASSESSMENT = {Pathway.ONE: DocType.SINGLE_ASSESSMENT, Pathway.TWO: DocType.SINGLE_ASSESSMENT, Pathway.THREE: DocType.EARLY_HELP_RECORD}


def _assessment_date(classified: list[ClassifiedDocument], pathway: Pathway, reference: dt.date | None) -> dt.date | None:
    """The pathway's own assessment when it has one (an SA for 1-2, the EHR for 3), else any assessment."""
    wanted = _PATHWAY_ASSESSMENT.get(pathway)
    own = [c for c in classified if c.is_assessment and c.doc.readable and c.type is wanted]
    dates = []
    for c in own or classified:
        if c.is_assessment and c.doc.readable:
            day = assessment_date_of(c.doc.text, c.doc.filename, reference + SCHEDULED_AFTER if reference else None)
            if day:
                dates.append(day)
    return max(dates) if dates else None


def _review_dates(classified: list[ClassifiedDocument]) -> tuple[dt.date | None, dt.date | None]:
    for c in classified:
        if c.type is DocType.TAF_REVIEW and c.doc.readable:
            review = _labelled_dates(c.doc.text, re.compile(r"date\s+of\s+(?:the\s+)?(?:TAF\s+)?(?:review|meeting)\s*[:|\t ]\s*", re.IGNORECASE))
            nxt = _labelled_dates(c.doc.text, re.compile(r"next\s+(?:TAF\s+)?review(?:\s+date)?\s*(?:due|booked)?\s*[:|\t ]\s*", re.IGNORECASE))
            return (review[0] if review else None), (nxt[0] if nxt else None)
    return None, None


# --- family -----------------------------------------------------------------------------


def _family(email: ParsedEmail, classified: list[ClassifiedDocument], cover: str, thread: str, children) -> str | None:
    votes: Counter[str] = Counter()
    spelled: dict[str, str] = {}

    def vote(names: list[str], weight: float) -> None:
        for i, name in enumerate(names[:3]):
            key = fold(name)
            spelled.setdefault(key, name)
            votes[key] += weight / (i + 1)

    for c in classified:
        if c.doc.readable:
            w = 3.0 if c.type in LETTER_TYPES else 2.0 if c.type in STEP_DOWN_TYPES else 0.5
            vote(family_names(c.doc.text), w)
    vote(family_names(email.subject), 2.0)
    vote(family_names(cover), 1.5)
    vote(family_names(thread), 1.0)
    # A subject like "Step down - Pathway 3 - Kowalski" or "Closure letter - Okafor": a surname the children share.
    surnames = Counter(fold(ch.name.split()[-1]) for ch in children)
    for key in list(votes):
        if key in surnames:
            votes[key] += 1.0
    if not votes:
        shared = _shared_surname(children)
        if shared:
            return shared
        for ch in children:
            spelled.setdefault(fold(ch.name.split()[-1]), ch.name.split()[-1])
        if surnames:
            return spelled[surnames.most_common(1)[0][0]]
        return None
    return spelled[votes.most_common(1)[0][0]]


def _shared_surname(children) -> str | None:
    """The two-word surname that siblings share ("Sagal Abdi Mohamed", "Ilhan Abdi Mohamed" -> "Abdi Mohamed"):
    every child's name ends in the same two words after a first name of its own."""
    names = [ch.name.split() for ch in children]
    if len(names) < 2 or any(len(n) < 3 for n in names):
        return None
    tails = {fold(" ".join(n[-2:])) for n in names}
    firsts = {fold(n[0]) for n in names}
    if len(tails) == 1 and len(firsts) == len(names):
        return " ".join(names[0][-2:])
    return None
