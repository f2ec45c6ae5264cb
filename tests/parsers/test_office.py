"""RTF, ODT, images, plain text, and the extract_document dispatcher."""

from __future__ import annotations

import io

import pytest

from parsers.extract import extract_document, kind_of
from parsers.limits import Limits
from parsers.model import Attachment, DocStatus
from tests.parsers.fixtures import docx, para, text_pdf


def test_rtf_is_read():
    rtf = rb"{\rtf1\ansi\ansicpg1252 {\b Closure letter}\par Caf\'e9 meeting held on 3 March 2026.\par}"
    doc = extract_document(Attachment("letter.rtf", "application/rtf", rtf))
    assert doc.status is DocStatus.OK
    assert "Closure letter" in doc.text and "Café meeting" in doc.text


def test_odt_is_read_with_tables():
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    odt = OpenDocumentText()
    odt.text.addElement(P(text="Early help plan for the Testfamily"))
    table = Table(name="plan")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for who, when in (("Who", "By when"), ("Ms Testmother", "30/04/2026")):
        row = TableRow()
        for value in (who, when):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    odt.text.addElement(table)
    buf = io.BytesIO()
    odt.write(buf)
    doc = extract_document(Attachment("plan.odt", "application/vnd.oasis.opendocument.text", buf.getvalue()))
    assert doc.status is DocStatus.OK
    assert "Early help plan for the Testfamily" in doc.text
    assert doc.tables[0].rows == (("Who", "By when"), ("Ms Testmother", "30/04/2026"))


def test_small_images_are_logos_and_large_ones_are_read():
    from PIL import Image, ImageDraw, ImageFont

    logo = io.BytesIO()
    Image.new("RGB", (90, 40), "white").save(logo, "PNG")
    doc = extract_document(Attachment("image001.png", "image/png", logo.getvalue()))
    assert doc.status is DocStatus.EMPTY and "logo" in doc.reason

    page = Image.new("L", (1200, 500), 255)
    ImageDraw.Draw(page).text((40, 100), "Photographed consent form signed", fill=0, font=ImageFont.load_default(size=40))
    buf = io.BytesIO()
    page.save(buf, "JPEG")
    doc = extract_document(Attachment("photo.jpg", "image/jpeg", buf.getvalue()))
    assert doc.status is DocStatus.OK and doc.ocr_pages == 1
    assert "consent form" in doc.text


def test_image_decompression_bomb_is_too_large():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buf, "PNG")
    doc = extract_document(Attachment("bomb.png", "image/png", buf.getvalue()), Limits(max_image_pixels=1_000_000))
    assert doc.status is DocStatus.TOO_LARGE


def test_file_size_limit():
    doc = extract_document(Attachment("big.pdf", "application/pdf", b"%PDF" + b"0" * 3000), Limits(max_bytes=1000))
    assert doc.status is DocStatus.TOO_LARGE
    assert "limit" in doc.reason


@pytest.mark.parametrize(
    ("att", "kind"),
    [
        (Attachment("scan.bin", "application/octet-stream", b"%PDF-1.4 ..."), "pdf"),
        (Attachment("Letter.PDF", "application/pdf", b"junk"), "pdf"),
        (Attachment("letter.docx", "application/octet-stream", b"PK\x03\x04"), "docx"),
        (Attachment("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22rest"), "tnef"),
        (Attachment("mail.msg", "application/octet-stream", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "msg"),
        (Attachment("old.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "doc"),
        (Attachment("image001.png", "image/png", b"\x89PNG"), "image"),
        (Attachment("notes.txt", "text/plain", b"hello"), "text"),
        (Attachment("invite.ics", "text/calendar", b"BEGIN:VCALENDAR"), "calendar"),
        (Attachment("smime.p7s", "application/pkcs7-signature", b"0\x82"), "signature"),
        (Attachment("files.zip", "application/zip", b"PK\x03\x04"), "archive"),
        (Attachment("x.exe", "application/octet-stream", b"MZ"), "other"),
    ],
)
def test_kind_of(att, kind):
    assert kind_of(att) == kind


@pytest.mark.parametrize("kind_att", [
    Attachment("old.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
    Attachment("x.exe", "application/octet-stream", b"MZ\x90\x00"),
    Attachment("files.zip", "application/zip", b"PK\x03\x04\x00"),
])
def test_unsupported_files_say_why(kind_att):
    doc = extract_document(kind_att)
    assert doc.status is DocStatus.UNSUPPORTED
    assert doc.reason


def test_garbage_in_every_reader_is_reported_not_raised():
    junk = b"\x00\x01garbage\xff" * 50
    for name, ctype in [("a.pdf", "application/pdf"), ("a.docx", ""), ("a.odt", ""), ("a.rtf", "application/rtf"),
                        ("a.msg", "application/vnd.ms-outlook"), ("winmail.dat", "application/ms-tnef"),
                        ("a.png", "image/png"), ("a.txt", "text/plain"), ("a.html", "text/html")]:
        doc = extract_document(Attachment(name, ctype, junk))
        assert doc.status in set(DocStatus), name
        if doc.status is not DocStatus.OK:
            assert doc.reason, name


def test_empty_file():
    doc = extract_document(Attachment("a.pdf", "application/pdf", b""))
    assert doc.status is DocStatus.EMPTY


def test_documents_carry_their_kind_and_timings():
    doc = extract_document(Attachment("l.docx", "", docx(para("Hello"))))
    assert doc.kind == "docx" and doc.seconds
    doc = extract_document(Attachment("l.pdf", "", text_pdf([["Hello there, a text page"]])))
    assert doc.kind == "pdf" and "pdf" in doc.seconds
