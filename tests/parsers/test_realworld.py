"""Every file in shared/realworld/ (third-party malformed emails and documents) goes through
parse_email and extract_document without an unhandled exception, with a status on each document.

The files are never copied into this repository (their licences differ): they are read in place.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from parsers.extract import extract_document
from parsers.limits import DEFAULT_LIMITS
from parsers.mbox import is_mbox, split_mbox
from parsers.mime import parse_email
from parsers.model import Attachment, DocStatus, ParsedEmail

REALWORLD = Path(os.environ.get("INBOXBOT_REALWORLD", Path(__file__).resolve().parents[2].parent / "shared" / "realworld"))
if not REALWORLD.is_dir():
    REALWORLD = Path("/work/shared/realworld")

pytestmark = pytest.mark.skipif(
    not (REALWORLD / "MANIFEST.tsv").is_file(),
    reason=f"shared/realworld/ is not here ({REALWORLD}); it is third-party data kept outside the repository",
)


def _files(folder: str) -> list[Path]:
    base = REALWORLD / folder
    return sorted(p for p in base.iterdir() if p.is_file()) if base.is_dir() else []


def _manifest() -> dict[str, dict[str, str]]:
    with open(REALWORLD / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_manifest_lists_every_file():
    listed = set(_manifest())
    present = {f"{p.parent.name}/{p.name}" for folder in ("emails", "pdf", "docx", "msg", "tnef") for p in _files(folder)}
    assert present <= listed


def _check_doc(doc, att: Attachment) -> None:
    assert isinstance(doc.status, DocStatus)
    assert doc.filename == att.filename
    if doc.status is not DocStatus.OK:
        assert doc.reason, f"{att.filename}: {doc.status} without a reason"


@pytest.mark.slow
@pytest.mark.parametrize("path", _files("emails") if REALWORLD.is_dir() else [], ids=lambda p: p.name)
def test_email_and_its_attachments(path: Path):
    data = path.read_bytes()
    messages = split_mbox(data) if is_mbox(data) else [data]
    assert messages
    for raw in messages:
        email = parse_email(raw)
        assert isinstance(email, ParsedEmail)
        assert isinstance(email.text_body, str)
        for att in email.attachments:
            _check_doc(extract_document(att, DEFAULT_LIMITS), att)


@pytest.mark.slow
@pytest.mark.parametrize(
    "path",
    [p for folder in ("pdf", "docx", "msg", "tnef") for p in _files(folder)] if REALWORLD.is_dir() else [],
    ids=lambda p: p.name,
)
def test_document(path: Path):
    # upstream names are "<project>--<name>"; TNEF streams arrive as winmail.dat
    name = "winmail.dat" if path.parent.name == "tnef" else path.name.split("--", 1)[-1]
    att = Attachment(name, "application/octet-stream", path.read_bytes())
    _check_doc(extract_document(att, DEFAULT_LIMITS), att)


KNOWN = {
    "pdf/pdfminer--encryption_aes-128.pdf": DocStatus.ENCRYPTED,
    "pdf/pikepdf--graph-encrypted.pdf": DocStatus.ENCRYPTED,
    "pdf/pypdfsamples--libreoffice-writer-password.pdf": DocStatus.ENCRYPTED,
    "pdf/pdfplumber--pr-138-example.pdf": DocStatus.OK,  # empty user password: readable
    "pdf/pdfplumber--empty.pdf": DocStatus.EMPTY,
    "pdf/ocrmypdf--invalid.pdf": DocStatus.CORRUPT,
    "pdf/pikepdf--congress.pdf": DocStatus.OK,  # scan: OCR
    "docx/docx2python--ControlTest.docx": DocStatus.OK,  # text only in a content control
    "docx/pandoc--text_in_shape_format.docx": DocStatus.OK,  # text only in shapes
    "tnef/teamworktnef--badchecksum.tnef": DocStatus.CORRUPT,
    "msg/omparser--issue-16-rtf-sample-email-with-attachment.msg": DocStatus.OK,
}


@pytest.mark.parametrize("rel", sorted(KNOWN))
def test_known_outcomes(rel: str):
    path = REALWORLD / rel
    if not path.is_file():
        pytest.skip(f"{rel} not present")
    name = "winmail.dat" if rel.startswith("tnef/") else path.name.split("--", 1)[-1]
    doc = extract_document(Attachment(name, "application/octet-stream", path.read_bytes()))
    assert doc.status is KNOWN[rel], doc.reason


def test_content_control_and_shape_text_are_found():
    path = REALWORLD / "docx/pandoc--text_in_shape_format.docx"
    if not path.is_file():
        pytest.skip("fixture absent")
    doc = extract_document(Attachment("x.docx", "", path.read_bytes()))
    # the shapes' text is in the XML twice (mc:Choice and its VML mc:Fallback): read once
    assert doc.text.count("for Writing Technical Documents") == 1
    assert "Institute of Physics" in doc.text
