from dataclasses import replace

from inboxbot.attention import FileNote, intake_of
from parsers.model import Attachment, DocStatus, DocumentText

from .daemon_helpers import parsed


def doc(name, status, kind="pdf", reason=""):
    return DocumentText(filename=name, content_type="application/pdf", status=status, kind=kind, reason=reason)


def test_files_not_read_are_kept_with_the_problem_and_the_reader_s_words():
    docs = [doc("ok.pdf", DocStatus.OK), doc("locked.pdf", DocStatus.ENCRYPTED),
            doc("big.pdf", DocStatus.TOO_LARGE, reason="the file is 31 MB, over the 30 MB limit"),
            doc("slow.pdf", DocStatus.TIMEOUT, reason="stopped after 60 s"), doc("bad.docx", DocStatus.CORRUPT, "docx"),
            doc("x.zip", DocStatus.UNSUPPORTED, "archive", "compressed archives (.zip) are not opened"),
            doc("scan.pdf", DocStatus.EMPTY, reason="the file has no text")]
    intake = intake_of(parsed(body="Hello"), docs)
    assert intake.files == (
        FileNote("locked.pdf", "password-protected"),
        FileNote("big.pdf", "over the size limit", "the file is 31 MB, over the 30 MB limit"),
        FileNote("slow.pdf", "took too long to read"),
        FileNote("bad.docx", "corrupt"),
        FileNote("x.zip", "a type of file the service does not read", "compressed archives (.zip) are not opened"),
        FileNote("scan.pdf", "no text could be read in it"),
    )
    assert not intake.empty


def test_logos_signatures_invitations_empty_text_parts_and_the_body_are_not_counted():
    docs = [doc("logo.png", DocStatus.EMPTY, "image"), doc("smime.p7s", DocStatus.UNSUPPORTED, "signature"),
            doc("invite.ics", DocStatus.UNSUPPORTED, "calendar"), doc("(body)", DocStatus.EMPTY, "text"),
            doc("", DocStatus.EMPTY, "text")]
    assert intake_of(parsed(body="Hello"), docs).files == ()


def test_empty_means_no_text_and_no_file():
    assert intake_of(parsed(body=" \n "), []).empty
    with_file = replace(parsed(body=""), attachments=(Attachment("a.pdf", "application/pdf", b"%PDF"),))
    assert not intake_of(with_file, []).empty
