"""Why a person must look at an email the service does not handle by itself. Pure.

The service answers submissions, replies to its queries and TAF reviews on its own, and files
robot mail (auto-replies, bounces, read receipts, list mail: `inboxbot.policy`) unread in "Not a
submission", a folder nobody reads. Anything else goes to "Needs attention" with the reasons a
coordinator can act on, most pressing first: a suspected spoof, what was over a limit, which
attached file could not be opened and why, what was damaged in the MIME, then what the email is.

Each reason has a fixed `code` (for the INFO log and for counting) and a `text` in plain English.
The text may name an attached file, so it goes only to the message row and the audit table,
never to the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from inboxbot.policy import NO_SENDER
from parsers.model import BODY_FILENAME, DocStatus, DocumentText, ParsedEmail

MAX_FILES_NAMED = 3  # in one reason; the rest are counted
MAX_DEFECTS_NAMED = 5
MAX_FILENAME = 80  # characters of a file name shown (names can be hundreds long)

_PROBLEMS = {
    DocStatus.ENCRYPTED: "password-protected",
    DocStatus.CORRUPT: "corrupt",
    DocStatus.TOO_LARGE: "over the size limit",
    DocStatus.TIMEOUT: "took too long to read",
    DocStatus.UNSUPPORTED: "a type of file the service does not read",
    DocStatus.EMPTY: "no text could be read in it",
}
# Where the reader's own words say more than the problem: which limit, what is damaged, which type.
_DETAILED = (DocStatus.CORRUPT, DocStatus.TOO_LARGE, DocStatus.UNSUPPORTED)
# A document with no text is worth a word (a scan OCR could not read); a logo in the signature or
# an empty text part is not. Nor are an S/MIME signature and an invitation's .ics.
_DOCUMENT_KINDS = {"pdf", "docx", "odt", "rtf", "msg", "tnef"}
_NOT_DOCUMENTS = {"signature", "calendar"}


@dataclass(frozen=True)
class FileNote:
    """An attached file that could not be read."""

    filename: str
    problem: str  # plain English: "password-protected", "corrupt", "over the size limit", ...
    detail: str = ""  # the reader's own words, e.g. "the file is 31 MB, over the 30 MB limit"


@dataclass(frozen=True)
class Intake:
    """How far an email could be read: the parser's findings, gathered by the shell."""

    over_limits: tuple[str, ...] = ()  # ParsedEmail.over_limits
    defects: tuple[str, ...] = ()  # ParsedEmail.defects
    files: tuple[FileNote, ...] = ()  # attached files not read
    empty: bool = False  # no text and no attached file at all


@dataclass(frozen=True)
class Concern:
    code: str  # fixed vocabulary, safe for the log
    text: str  # for the message row: may name a file


def intake_of(email: ParsedEmail, documents: Sequence[DocumentText]) -> Intake:
    """The facts `concerns` reads, from the parsed email and what was extracted from its files."""
    files = tuple(
        FileNote(doc.filename or "(no name)", _PROBLEMS[doc.status], doc.reason if doc.status in _DETAILED else "")
        for doc in documents
        if doc.filename != BODY_FILENAME and doc.status in _PROBLEMS and _remarkable(doc)
    )
    empty = not email.text_body.strip() and not email.attachments and not email.over_limits
    return Intake(over_limits=email.over_limits, defects=email.defects, files=files, empty=empty)


def _remarkable(doc: DocumentText) -> bool:
    if doc.status is DocStatus.EMPTY:
        return doc.kind in _DOCUMENT_KINDS
    return doc.kind not in _NOT_DOCUMENTS


def concerns(intake: Intake, *, sender: str, spoof: str = "", invitation: bool = False,
             duplicate: bool = False) -> tuple[Concern, ...]:
    """Why a person must read an email that is not a submission and not robot mail.

    `sender` is "" for an allowed or partner sender, else why the sender is not allowed
    (`Screening.reason`); `spoof` is set instead when the sender looks forged. `duplicate`:
    another email with its Message-ID was filed before (said last: a copy, or a clash).
    """
    out: list[Concern] = []
    if spoof:
        out.append(Concern("spoof_suspected", f"sender looks forged: {spoof}"))
    out += [Concern("over_limit", f"over a limit: {note}") for note in intake.over_limits]
    if intake.files:
        out.append(Concern("attachment_unreadable", _files_text(intake.files)))
    if intake.defects:
        names = list(dict.fromkeys(intake.defects))
        shown = ", ".join(names[:MAX_DEFECTS_NAMED]) + (f" and {len(names) - MAX_DEFECTS_NAMED} more" if len(names) > MAX_DEFECTS_NAMED else "")
        out.append(Concern("mime_damaged", f"MIME structure damaged ({shown})"))
    if intake.empty:
        out.append(Concern("empty_message", "empty message: no text and no attachments"))
    elif invitation:
        out.append(Concern("meeting_invitation", "a meeting invitation from a person: answer it in the team calendar"))
    else:
        out.append(Concern("from_a_person", "no closure letter or assessment recognised in an email from a person"))
    if sender == NO_SENDER:
        out.append(Concern("no_sender", "no sender address, so no reply can go back"))
    elif sender and not spoof:
        out.append(Concern("sender_not_allowed", f"sender not allowed: {sender}"))
    if duplicate:
        out.append(Concern("duplicate", "an email with the same Message-ID was filed before"))
    return tuple(out)


def reason_text(found: Sequence[Concern]) -> str:
    """One line for the message row: the concerns in order."""
    return "; ".join(c.text for c in found)


def _files_text(files: Sequence[FileNote]) -> str:
    if len(files) == 1:
        name, why = _described(files[0])
        return f"attachment {name} could not be read {why}"
    more = len(files) - MAX_FILES_NAMED
    tail = f" and {more} more" if more > 0 else ""
    described = [_described(f) for f in files[:MAX_FILES_NAMED]]
    if len({(f.problem, f.detail) for f in files}) == 1:  # 2,000 copies of one broken file: say why once
        return f"{len(files)} attachments could not be read {described[0][1]}: {', '.join(n for n, _ in described)}{tail}"
    return f"{len(files)} attachments could not be read: {', '.join(' '.join(d) for d in described)}{tail}"


def _described(f: FileNote) -> tuple[str, str]:
    """('"name"', '(problem: detail)'), the name cut short when it is very long."""
    name = f.filename if len(f.filename) <= MAX_FILENAME else f.filename[: MAX_FILENAME - 1] + "…"
    if f.detail and f.problem == _PROBLEMS[DocStatus.UNSUPPORTED]:
        return f'"{name}"', f"({f.detail})"  # "compressed archives (.zip) are not opened"
    return f'"{name}"', f"({f.problem}: {f.detail})" if f.detail else f"({f.problem})"
