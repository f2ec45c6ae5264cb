"""PDF reading: pypdfium2 text, pdfplumber tables on plan pages only, OCR for scans, encryption, damage."""

from __future__ import annotations

import pytest

from parsers.extract import extract_document
from parsers.limits import Limits
from parsers.model import Attachment, DocStatus
from parsers.tables import looks_like_plan_table
from tests.parsers.fixtures import encrypt_pdf, scanned_pdf, text_pdf

LETTER = ["Dear Ms Testmother,", "Transition to Early Help - Sam Testchild 03/09/2014", "Your lead practitioner is Alex Example."]


def _pdf(data: bytes, name: str = "letter.pdf", limits: Limits = Limits()):
    return extract_document(Attachment(name, "application/pdf", data), limits)


def test_text_pdf_is_read_page_by_page():
    doc = _pdf(text_pdf([LETTER, ["Second page text here for the reader"]]))
    assert doc.status is DocStatus.OK
    assert doc.pages == 2
    first, second = doc.text.split("\f")
    assert "Transition to Early Help - Sam Testchild 03/09/2014" in first
    assert "Second page" in second
    assert doc.ocr_pages == 0 and doc.table_pages == 0 and doc.tables == ()
    assert doc.kind == "pdf" and "pdf" in doc.seconds


def test_plan_table_is_read_only_on_the_page_that_has_one():
    doc = _pdf(text_pdf([["Our agreed plan"], ["Nothing tabular here at all, just words."]], plan_table=True))
    assert doc.table_pages == 1
    rows = doc.tables[0].rows
    assert rows[0] == ("What", "Who", "By when")
    assert rows[1] == ("Attend the parenting group", "Ms Testmother", "30/04/2026")
    assert "pdf_tables" in doc.seconds


def test_borderless_plan_table_falls_back_to_pdfplumber(monkeypatch):
    import parsers.pdf

    called = []
    real = parsers.pdf.read_tables
    monkeypatch.setattr(parsers.pdf, "read_tables", lambda data, pages: called.append(pages) or real(data, pages))
    doc = _pdf(text_pdf([["Our agreed plan"]], plan_table=True, ruled=False))
    assert called == [[0]]
    assert doc.table_pages == 1
    assert any("Ms Testmother" in cell for table in doc.tables for row in table.rows for cell in row)


def test_ruled_table_does_not_need_pdfplumber(monkeypatch):
    import parsers.pdf

    called = []
    real = parsers.pdf.read_tables
    monkeypatch.setattr(parsers.pdf, "read_tables", lambda data, pages: called.append(pages) or real(data, pages))
    doc = _pdf(text_pdf([["Our agreed plan"]], plan_table=True))
    assert called == [[]]
    assert doc.tables[0].rows[2] == ("Check school attendance weekly", "Mr Example (DSL)", "15/05/2026")


def test_plan_table_heuristic():
    assert looks_like_plan_table("Action Who By when\nSomething Me 01/01/2026")
    assert looks_like_plan_table("What will happen\nWho\nTimescale\n")
    assert not looks_like_plan_table("We talked about who could help. The plan is ongoing.")


def test_password_protected_pdf_is_encrypted_not_corrupt():
    doc = _pdf(encrypt_pdf(text_pdf([LETTER]), "secret"))
    assert doc.status is DocStatus.ENCRYPTED
    assert "password" in doc.reason


def test_pdf_encrypted_with_an_empty_user_password_is_readable():
    doc = _pdf(encrypt_pdf(text_pdf([LETTER]), ""))
    assert doc.status is DocStatus.OK
    assert "Sam Testchild" in doc.text


def test_a_broken_pdf_after_an_encrypted_one_is_corrupt():
    # pdfium's last-error code is process-global: it must not leak from one file to the next
    _pdf(encrypt_pdf(text_pdf([LETTER]), "secret"))
    doc = _pdf(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF")
    assert doc.status is DocStatus.CORRUPT
    assert doc.reason


@pytest.mark.parametrize("data", [b"", b"%PDF-", b"not a pdf at all", b"%PDF-1.7\n" + b"\x00" * 500])
def test_damaged_pdfs_are_reported_not_raised(data):
    doc = _pdf(data)
    assert doc.status in (DocStatus.CORRUPT, DocStatus.EMPTY)
    assert doc.reason


def test_page_limit_reads_the_first_pages_and_says_so():
    doc = _pdf(text_pdf([[f"Page number {i} of the export"] for i in range(5)]), limits=Limits(max_pdf_pages=2))
    assert doc.status is DocStatus.OK
    assert doc.pages == 5
    assert doc.text.count("\f") == 1
    assert "first 2 of 5 pages" in doc.reason


SCAN = ["Dear Ms Testmother", "Your consent was given for early help.", "Lead practitioner telephone 020 7946 0136"]


def test_scanned_page_is_read_with_ocr():
    doc = _pdf(scanned_pdf(SCAN))
    assert doc.status is DocStatus.OK
    assert doc.ocr_pages == 1
    assert "consent was given" in doc.text
    assert "020 7946 0136" in doc.text


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_rotated_scan_is_turned_upright_before_ocr(angle):
    doc = _pdf(scanned_pdf(SCAN, rotate=angle))
    assert "consent was given" in doc.text


def test_ocr_page_limit_and_switch():
    scan = scanned_pdf(SCAN)
    off = _pdf(scan, limits=Limits(ocr=False))
    assert off.status is DocStatus.EMPTY and off.ocr_pages == 0
    limited = _pdf(scan, limits=Limits(max_ocr_pages=0))
    assert limited.ocr_pages == 0 and "scanned pages" in limited.reason
