"""Bad input for the daemon, as it would reach a NAM inbox.

* `realworld_inputs()`: every file under `../shared/realworld/` (third-party test fixtures with
  their own licences: read there at run time, never copied into this repository). Emails go as
  they are (an `.mbox` file as the messages it holds); PDF, DOCX, Outlook .msg and TNEF files go
  as the attachment of a small fictional email from a council worker.
* `crafted_inputs()`: deterministic nasties the corpus lacks: a DOCX zip bomb, deep nesting,
  thousands of attachments, an attachment over the size limit, no headers at all.

Inputs carry no tracking header: the test identifies each by the bytes Dovecot holds for it.
"""

from __future__ import annotations

import csv
import io
import mailbox
import re
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from tests.faults.backlog import HOODS, NAM_ADDRESS, shared_dir

POLICY = SMTP.clone(max_line_length=998)

ATTACHMENT_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "msg": ("application", "vnd.ms-outlook"),
    "tnef": ("application", "ms-tnef"),
}


@dataclass(frozen=True)
class BadInput:
    name: str  # where it came from, e.g. "realworld/pdf/x.pdf" or "crafted/zip-bomb"
    raw: bytes
    hood: str
    note: str = ""  # why it is nasty (the realworld manifest's "interesting" column)


def realworld_dir() -> Path | None:
    return shared_dir("realworld")


def manifest(directory: Path) -> dict[str, dict[str, str]]:
    path = directory / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}


def submission_with(filename: str, data: bytes, kind: str, hood: str, n: int) -> bytes:
    """A small fictional step-down email from a council worker carrying one attachment."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = "Dawn Testworker <dawn.testworker@newham.gov.uk>"
    msg["To"] = f"{hood}NAM <{NAM_ADDRESS[hood]}>"
    msg["Subject"] = "Step down to Early Help - closure documents"
    msg["Date"] = "Mon, 02 Mar 2026 09:15:00 +0000"
    msg["Message-ID"] = f"<badinput-{n:04d}@test.newham.gov.uk>"
    msg.set_content(
        "Hello NAM coordinator,\n\n"
        "Please find attached the closure document for the family I am stepping down to Early Help.\n\n"
        "Kind regards,\nDawn Testworker\nSocial Worker, Assessment Team\n")
    maintype, subtype = ATTACHMENT_TYPES[kind]
    # TNEF travels as winmail.dat; the others keep their own names.
    name = "winmail.dat" if kind == "tnef" else filename
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def realworld_inputs(directory: Path | None = None) -> list[BadInput]:
    directory = directory or realworld_dir()
    if directory is None:
        return []
    notes = manifest(directory)
    out: list[BadInput] = []
    for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.parent != directory):
        rel = str(path.relative_to(directory))
        kind = path.parent.name
        hood = HOODS[len(out) % len(HOODS)]
        note = notes.get(rel, {}).get("interesting", "")
        if kind == "emails" and path.suffix == ".mbox":
            for i, key in enumerate(mailbox.mbox(str(path)).keys()):
                raw = mailbox.mbox(str(path)).get_bytes(key)
                out.append(BadInput(f"realworld/{rel}#{i}", raw, HOODS[len(out) % len(HOODS)], note))
        elif kind == "emails":
            out.append(BadInput(f"realworld/{rel}", path.read_bytes(), hood, note))
        elif kind in ATTACHMENT_TYPES:
            raw = submission_with(path.name, path.read_bytes(), kind, hood, len(out))
            out.append(BadInput(f"realworld/{rel}", raw, hood, note))
    return out


def is_password_protected(item: BadInput) -> bool:
    """A realworld PDF that needs a password to open (the manifest says so; "empty password" opens)."""
    note = item.note.lower()
    return item.name.startswith("realworld/pdf/") and "password" in note and not re.search(r"empty (user )?password", note)


def protected_pdf_carriers(realworld: list[BadInput], corpus: list) -> list[BadInput]:  # type: ignore[type-arg]
    """Each password-protected realworld PDF added to a different corpus submission that lacks
    something (so it gets a query), under a new Message-ID: the query must name the PDF."""
    import email as email_pkg
    from email.policy import default

    protected = [i for i in realworld if is_password_protected(i)]
    carriers = [c for c in corpus if c.kind == "submission" and c.label.get("missing")
                and c.label.get("pathway") in ("1", "2", "3") and c.sender.endswith("@newham.gov.uk")]
    out = []
    for n, (item, carrier) in enumerate(zip(protected, carriers)):
        msg = email_pkg.message_from_bytes(carrier.raw, policy=default)
        pdf = email_pkg.message_from_bytes(item.raw, policy=default)
        part = next(p for p in pdf.walk() if p.get_filename())
        if not msg.is_multipart():
            msg.make_mixed()
        msg.attach(part)
        del msg["Message-ID"]
        msg["Message-ID"] = f"<protected-pdf-{n}@test.newham.gov.uk>"
        out.append(BadInput(f"carrier/{item.name.rsplit('/', 1)[1]}", msg.as_bytes(policy=POLICY), carrier.hood,
                            item.note))
    return out


def _zip_bomb_docx(unzipped_mb: int = 200) -> bytes:
    """A .docx whose document.xml inflates to `unzipped_mb` MB (about 200 KB on the wire)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        with z.open("word/document.xml", "w") as f:
            f.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b"A" * (1024 * 1024)
            for _ in range(unzipped_mb):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def _nested(depth: int) -> bytes:
    head = (b"From: Dawn Testworker <dawn.testworker@newham.gov.uk>\r\nTo: eastNAM@newham.gov.uk\r\n"
            b"Subject: nested\r\nMessage-ID: <nested@test.newham.gov.uk>\r\nMIME-Version: 1.0\r\n")
    opening = b"".join(b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\nThe letter is at the bottom.\r\n" + closing


def _many_attachments(n: int) -> bytes:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = "Dawn Testworker <dawn.testworker@newham.gov.uk>"
    msg["To"] = NAM_ADDRESS["west"]
    msg["Subject"] = "Step down documents (all of them)"
    msg["Message-ID"] = "<many-attachments@test.newham.gov.uk>"
    msg.set_content("Please find attached.")
    for i in range(n):
        msg.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="pdf", filename=f"page-{i}.pdf")
    return msg.as_bytes()


def crafted_inputs() -> list[BadInput]:
    big = b"%PDF-1.4\n" + b"0" * (31 * 1024 * 1024) + b"\n%%EOF\n"
    return [
        BadInput("crafted/zip-bomb-docx", submission_with("Closure letter.docx", _zip_bomb_docx(), "docx", "east", 9001),
                 "east", "document.xml inflates to 200 MB"),
        BadInput("crafted/nested-multipart-500", _nested(500), "south", "500 nested multiparts"),
        BadInput("crafted/2000-attachments", _many_attachments(2000), "west", "2,000 attachments"),
        BadInput("crafted/31MB-attachment", submission_with("Assessment.pdf", big, "pdf", "central", 9002),
                 "central", "a 31 MB attachment"),
        BadInput("crafted/no-headers", b"\r\nJust a body, no headers at all.\r\n", "east", "no header block"),
        BadInput("crafted/binary-garbage", bytes(range(1, 256)) * 64, "west", "random bytes, no structure"),
        BadInput("crafted/header-only", b"Subject: nothing else\r\n", "south", "a header and no body"),
        BadInput("crafted/one-megabyte-header-line",
                 b"From: a@newham.gov.uk\r\nSubject: " + b"x" * (1024 * 1024) + b"\r\n\r\nbody\r\n", "central",
                 "a 1 MB unfolded header line"),
    ]
