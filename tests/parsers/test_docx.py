"""DOCX read from the XML: what python-docx drops is kept, what was deleted is not, zip bombs are refused."""

from __future__ import annotations

import io
import zipfile

from parsers.extract import extract_document
from parsers.limits import Limits
from parsers.model import Attachment, DocStatus
from tests.parsers.fixtures import docx, para

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _read(data: bytes, limits: Limits = Limits(), name: str = "letter.docx"):
    return extract_document(Attachment(name, DOCX_TYPE, data), limits)


def test_paragraphs_tables_and_order():
    body = (
        para("Dear Ms Testmother,")
        + "<w:tbl><w:tr><w:tc>" + para("What") + "</w:tc><w:tc>" + para("Who") + "</w:tc><w:tc>" + para("By when") + "</w:tc></w:tr>"
        + "<w:tr><w:tc>" + para("Attend group") + "</w:tc><w:tc>" + para("Ms Testmother") + "</w:tc><w:tc>" + para("30/04/2026") + "</w:tc></w:tr></w:tbl>"
        + para("Yours sincerely")
    )
    doc = _read(docx(body))
    assert doc.status is DocStatus.OK
    assert doc.text.splitlines() == ["Dear Ms Testmother,", "What\tWho\tBy when", "Attend group\tMs Testmother\t30/04/2026", "Yours sincerely"]
    assert doc.tables[0].rows == (("What", "Who", "By when"), ("Attend group", "Ms Testmother", "30/04/2026"))


def test_tracked_insertions_count_and_deletions_do_not():
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Consent was </w:t></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>not </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t>given</w:t></w:r></w:ins></w:p>'
        '<w:moveFrom w:id="3" w:author="x"><w:p><w:r><w:t>moved away</w:t></w:r></w:p></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="x"><w:p><w:r><w:t>moved here</w:t></w:r></w:p></w:moveTo>'
    )
    doc = _read(docx(body))
    assert doc.text.splitlines() == ["Consent was given", "moved here"]


def test_content_controls_and_checkboxes():
    body = (
        '<w:sdt><w:sdtPr><w:alias w:val="Lead practitioner"/></w:sdtPr><w:sdtContent>'
        + para("Alex Example, Family Liaison Officer")
        + "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Consent given </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc = _read(docx(body))
    assert doc.text.splitlines() == ["Alex Example, Family Liaison Officer", "Consent given ☒"]


def test_text_box_is_read_once_not_twice():
    box = "<w:txbxContent>" + para("Text in a box") + "</w:txbxContent>"
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Anchor </w:t></w:r><w:r><mc:AlternateContent>'
        f"<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    doc = _read(docx(body))
    assert doc.text.splitlines() == ["Anchor ", "Text in a box"]


def test_main_part_is_found_through_the_package_relationships():
    doc = _read(docx(para("Renamed main part"), main_part="word/blah.xml"))
    assert doc.text == "Renamed main part"


def test_zip_bomb_is_refused_by_its_declared_size():
    big = b"0" * (5 * 1024 * 1024)
    doc = _read(docx(para("x"), extra={"word/media/bomb.bin": big}), Limits(max_unzipped_bytes=1024 * 1024))
    assert doc.status is DocStatus.TOO_LARGE
    assert "MB" in doc.reason


def test_zip_bomb_that_lies_about_its_size_is_not_inflated_past_the_lie():
    import struct

    data = bytearray(docx(para("A" * 200_000)))
    # Make the central directory claim document.xml inflates to 100 bytes (offset 24: uncompressed size).
    name = b"word/document.xml"
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == name:
            struct.pack_into("<I", data, pos + 24, 100)
        pos = data.find(b"PK\x01\x02", pos + 4)
    doc = _read(bytes(data), Limits(max_unzipped_bytes=10_000))
    # the declared sizes pass the check; the read stops at the declared size and the CRC fails
    assert doc.status is DocStatus.CORRUPT
    assert len(doc.text) == 0


def test_real_read_cap_applies_even_when_headers_are_small():
    doc = _read(docx(para("B" * 50_000)), Limits(max_unzipped_bytes=20_000))
    assert doc.status is DocStatus.TOO_LARGE


def test_password_protected_docx_is_encrypted():
    import olefile  # noqa: F401  (comes with extract-msg)

    ole = _ole_with_stream("EncryptedPackage")
    doc = _read(ole)
    assert doc.status is DocStatus.ENCRYPTED


def _ole_with_stream(name: str) -> bytes:
    """A minimal OLE2 compound file holding one stream, written by hand (512-byte sectors)."""
    import struct

    sector = 512
    header = bytearray(sector)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 0x2C, 1)  # one FAT sector
    struct.pack_into("<I", header, 0x30, 1)  # directory starts at sector 1
    struct.pack_into("<I", header, 0x38, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 0x3C, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x44, 0xFFFFFFFE)
    struct.pack_into("<I", header, 0x4C, 0)  # DIFAT[0] = FAT at sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 0x4C + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * sector)
    struct.pack_into("<III", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE)  # FAT, dir, stream data
    def entry(ename: str, etype: int, start: int, size: int, child: int = 0xFFFFFFFF) -> bytes:
        e = bytearray(128)
        encoded = (ename + "\x00").encode("utf-16-le")
        e[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", e, 64, len(encoded), etype, 1)
        struct.pack_into("<III", e, 68, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)
    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry(name, 2, 2, 4096) + b"\x00" * 256
    data = b"\x00" * 4096  # a 4096-byte stream lives in normal sectors (2..9)
    fat_entries = [0xFFFFFFFD, 0xFFFFFFFE] + list(range(3, 10)) + [0xFFFFFFFE]
    fat = bytearray(b"\xff" * sector)
    for i, v in enumerate(fat_entries):
        struct.pack_into("<I", fat, 4 * i, v)
    return bytes(header) + bytes(fat) + directory + data


def test_word_97_file_named_docx_is_unsupported():
    doc = _read(_ole_with_stream("WordDocument"))
    assert doc.status is DocStatus.UNSUPPORTED
    assert ".doc" in doc.reason


def test_not_a_zip_is_corrupt():
    assert _read(b"PK\x03\x04 but broken").status is DocStatus.CORRUPT
    assert _read(b"plain text named .docx").status is DocStatus.CORRUPT
