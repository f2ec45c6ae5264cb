"""Build test emails from the public corpus (fictional data): drop an attachment, reply to a query."""

from __future__ import annotations

import email
import email.utils
from email import policy
from email.message import EmailMessage
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cases"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus/cases")

P = policy.SMTP.clone(max_line_length=998)


def corpus(n: str) -> bytes:
    return (CORPUS / f"{n}.eml").read_bytes()


def _parts_named(msg, needle):
    return [p for p in msg.walk() if p.get_filename() and needle.lower() in p.get_filename().lower()]


def without_attachment(raw: bytes, needle: str, *, message_id: str | None = None) -> bytes:
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in list(msg.walk()):
        if part.is_multipart():
            keep = [p for p in part.get_payload() if not (p.get_filename() and needle.lower() in p.get_filename().lower())]
            part.set_payload(keep)
    if message_id:
        del msg["Message-ID"]
        msg["Message-ID"] = message_id
    return msg.as_bytes(policy=P)


def with_headers(raw: bytes, **headers: str) -> bytes:
    msg = email.message_from_bytes(raw, policy=policy.default)
    for name, value in headers.items():
        name = name.replace("_", "-")
        del msg[name]
        msg[name] = value
    return msg.as_bytes(policy=P)


def reply_to(query_raw: bytes, *, attach_from: bytes, needle: str, sender: str, nam: str, body: str = "Please find the Single Assessment attached.") -> bytes:
    """A worker's reply to our query carrying one attachment of `attach_from`."""
    query = email.message_from_bytes(query_raw, policy=policy.default)
    source = email.message_from_bytes(attach_from, policy=policy.default)
    part = _parts_named(source, needle)[0]
    msg = EmailMessage(policy=P)
    msg["From"] = sender
    msg["To"] = nam
    msg["Subject"] = "RE: " + query["Subject"].removeprefix("Re: ")
    msg["Date"] = email.utils.format_datetime(email.utils.localtime())
    msg["Message-ID"] = email.utils.make_msgid(domain="test.newham.gov.uk")
    msg["In-Reply-To"] = query["Message-ID"]
    msg["References"] = (query["References"] or "") + " " + query["Message-ID"]
    msg.set_content(body + "\n\n-----Original Message-----\n" + (query.get_body(("plain",)).get_content()))
    msg.add_attachment(part.get_content(), maintype=part.get_content_maintype(), subtype=part.get_content_subtype(),
                       filename=part.get_filename())
    return msg.as_bytes(policy=P)
