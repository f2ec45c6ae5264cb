"""parse_email: bytes in, ParsedEmail out, whatever the bytes are."""

from __future__ import annotations

import base64
import datetime as dt
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.limits import Limits
from parsers.mime import parse_email
from parsers.model import ParsedEmail

CRLF = b"\r\n"


def _email(*lines: str, body: str = "") -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode("utf-8", "surrogateescape")


def _outlook_submission() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Dawn Example <Dawn.Example@newham.gov.uk>"
    msg["To"] = "eastNAM@newham.gov.uk, =?utf-8?q?Zo=C3=AB_Test?= <zoe.test@newham.gov.uk>"
    msg["Cc"] = "Team: a.one@newham.gov.uk, b.two@newham.gov.uk;"
    msg["Subject"] = "Closure letter – Testfamily"
    msg["Date"] = "Mon, 23 Feb 2026 10:11:12 +0000"
    msg["Message-ID"] = "<abc123@example.test>"
    msg["In-Reply-To"] = "<query1@example.test>"
    msg["References"] = "<orig@example.test> <query1@example.test>"
    msg.set_content("Please find the closure letter attached.\n")
    msg.add_alternative("<p>Please find the <b>closure letter</b> attached.</p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 fictional", maintype="application", subtype="pdf", filename="Closure letter – Wiśniewska.pdf")
    return msg.as_bytes()


def test_headers_body_and_attachment_of_an_outlook_style_email():
    pe = parse_email(_outlook_submission())
    assert pe.sender.email == "dawn.example@newham.gov.uk"
    assert pe.sender.name == "Dawn Example"
    assert [a.email for a in pe.to] == ["eastnam@newham.gov.uk", "zoe.test@newham.gov.uk"]
    assert pe.to[1].name == "Zoë Test"
    assert [a.email for a in pe.cc] == ["a.one@newham.gov.uk", "b.two@newham.gov.uk"]  # group flattened
    assert pe.subject == "Closure letter – Testfamily"
    assert pe.date == dt.datetime(2026, 2, 23, 10, 11, 12, tzinfo=dt.timezone.utc)
    assert pe.message_id == "<abc123@example.test>"
    assert pe.in_reply_to == ("<query1@example.test>",)
    assert pe.references == ("<orig@example.test>", "<query1@example.test>")
    assert pe.text_body.strip() == "Please find the closure letter attached."
    assert "<b>closure letter</b>" in pe.html_body
    assert [a.filename for a in pe.attachments] == ["Closure letter – Wiśniewska.pdf"]
    assert pe.attachments[0].data == b"%PDF-1.4 fictional"
    assert pe.content_type == "multipart/mixed"
    assert pe.size > 0


def test_rfc2231_continuation_filename_as_iphone_sends_it():
    data = _email(
        "From: a@example.test",
        "Content-Type: multipart/mixed; boundary=\"Apple-Mail-1\"",
        body=(
            "--Apple-Mail-1\r\nContent-Type: text/plain\r\n\r\nSee attached\r\n"
            "--Apple-Mail-1\r\nContent-Type: application/pdf\r\n"
            "Content-Disposition: attachment;\r\n"
            " filename*0*=utf-8''Closure%20letter%20%E2%80%93%20;\r\n"
            " filename*1*=O%E2%80%99Brien%20family.pdf\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.b64encode(b"%PDF-1.4 x").decode() + "\r\n"
            "--Apple-Mail-1\r\nContent-Type: text/plain\r\n\r\nSent from my iPhone\r\n--Apple-Mail-1--\r\n"
        ),
    )
    pe = parse_email(data)
    assert [a.filename for a in pe.attachments] == ["Closure letter – O’Brien family.pdf"]
    assert "See attached" in pe.text_body and "Sent from my iPhone" in pe.text_body


def test_rfc2047_filename_inside_quoted_parameter():
    data = _email(
        "Content-Type: multipart/mixed; boundary=b",
        body=(
            "--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n"
            ' name="=?utf-8?B?TGV0dGVyIOKAkyBHb27Dp2FsdmVzLmRvY3g=?="\r\n'
            "Content-Disposition: attachment;\r\n"
            ' filename="=?utf-8?B?TGV0dGVyIOKAkyBHb27Dp2FsdmVzLmRvY3g=?="\r\n\r\nPK\r\n--b--\r\n'
        ),
    )
    assert parse_email(data).attachments[0].filename == "Letter – Gonçalves.docx"


def test_attachments_inside_a_forwarded_message_are_listed_depth_first():
    inner = EmailMessage()
    inner["From"] = "worker@newham.gov.uk"
    inner["Subject"] = "Step down"
    inner.set_content("Original cover note")
    inner.add_attachment(b"%PDF-1.4 inner", maintype="application", subtype="pdf", filename="inner.pdf")
    outer = EmailMessage()
    outer["From"] = "manager@newham.gov.uk"
    outer["Subject"] = "FW: Step down"
    outer.set_content("Forwarding")
    outer.add_attachment(b"%PDF-1.4 first", maintype="application", subtype="pdf", filename="first.pdf")
    outer.add_attachment(inner)
    outer.add_attachment(b"%PDF-1.4 last", maintype="application", subtype="pdf", filename="last.pdf")
    pe = parse_email(outer.as_bytes())
    assert [(a.filename, a.depth) for a in pe.attachments] == [("first.pdf", 0), ("inner.pdf", 1), ("last.pdf", 0)]
    assert pe.forwarded[0].subject == "Step down"
    assert "Original cover note" in pe.forwarded[0].text_body
    assert pe.text_body.strip() == "Forwarding"


def test_base64_encoded_message_rfc822_is_decoded():
    inner = b"Subject: inner\r\nContent-Type: text/plain\r\n\r\nInner text\r\n"
    data = _email(
        "Subject: outer", "Content-Type: message/rfc822", "Content-Transfer-Encoding: base64",
        body=base64.encodebytes(inner).decode().replace("\n", "\r\n"),
    )
    pe = parse_email(data)
    assert pe.forwarded[0].subject == "inner"
    assert "Inner text" in pe.forwarded[0].text_body


def test_inline_outlook_forward_is_read_from_the_body():
    body = (
        "Please log this.\r\n\r\n________________________________\r\n"
        "From: Sam Worker <Sam.Worker@newham.gov.uk>\r\nSent: 02 February 2026 13:56\r\n"
        "To: westNAM@newham.gov.uk\r\nSubject: Step down - Testfamily\r\n\r\nLetter attached.\r\n"
    )
    pe = parse_email(_email("Subject: FW: Step down", "Content-Type: text/plain; charset=utf-8", body=body))
    (fwd,) = pe.inline_forwards
    assert fwd.sender.email == "sam.worker@newham.gov.uk"
    assert fwd.subject == "Step down - Testfamily"
    assert fwd.sent == "02 February 2026 13:56"
    assert fwd.body == "Letter attached."


def test_apple_style_quote_is_read_from_the_body():
    body = "Attached now.\n\nOn 9 Oct 2026, at 10:32, NAM East <eastNAM@newham.gov.uk> wrote:\n\n> Please send the assessment.\n"
    pe = parse_email(_email("Subject: Re: x", body=body))
    (quote,) = pe.inline_forwards
    assert quote.sender.email == "eastnam@newham.gov.uk"
    assert quote.body == "Please send the assessment."


def test_html_only_email_is_converted_to_text():
    pe = parse_email(_email("Content-Type: text/html; charset=utf-8", body="<html><body><p>Hello</p><p>World &amp; all</p></body></html>"))
    assert pe.text_body.split() == ["Hello", "World", "&", "all"]


def test_empty_plain_alternative_falls_back_to_html():
    data = _email(
        "Content-Type: multipart/alternative; boundary=b",
        body="--b\r\nContent-Type: text/plain\r\n\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Real text</p>\r\n--b--\r\n",
    )
    assert parse_email(data).text_body == "Real text"


def test_calendar_and_delivery_status_parts_are_not_files():
    data = _email(
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
        body=(
            "--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed\r\n"
            "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\nAction: failed\r\n"
            "--b\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n--b--\r\n"
        ),
    )
    pe = parse_email(data)
    assert pe.attachments == ()
    assert pe.content_type == "multipart/report"
    assert pe.text_body.strip() == "Delivery failed"


def test_malformed_headers_do_not_break_parsing():
    data = (
        b"From: Caf\xe9 Owner <owner@example.test>\r\n"
        b"To: undisclosed-recipients:;\r\n"
        b"Cc: broken <<< address\r\n"
        b"Date: not a date at all\r\n"
        b"Subject: =?utf-8?B?broken?= \xe2\x84\xa2\r\n"
        b"Content-Type: text/plain; charset=x-unknown-charset\r\n\r\nbody \xff text\r\n"
    )
    pe = parse_email(data)
    assert pe.sender.email == "owner@example.test"
    assert pe.sender.name == "Café Owner"
    assert pe.to == ()
    assert pe.date is None
    assert "™" in pe.subject
    assert pe.text_body.startswith("body ")


def test_bare_mailer_daemon_sender_is_kept():
    assert parse_email(_email("From: MAILER-DAEMON", body="x")).sender.email == "mailer-daemon"


def test_path_in_filename_is_dropped():
    data = _email(
        "Content-Type: application/pdf; name=\"..\\\\..\\\\evil.pdf\"",
        "Content-Disposition: attachment; filename=\"/tmp/../x/letter.pdf\"",
        body="%PDF",
    )
    assert parse_email(data).attachments[0].filename == "letter.pdf"


def test_declared_multipart_without_parts_keeps_its_text():
    pe = parse_email(_email("Content-Type: multipart/mixed; boundary=never", body="Just text, no parts.\r\n"))
    assert "Just text" in pe.text_body
    assert pe.attachments == ()


def test_message_over_the_size_limit_is_read_for_headers_only():
    data = _outlook_submission()
    pe = parse_email(data, limits=Limits(max_message_bytes=100))
    assert pe.subject == "Closure letter – Testfamily"
    assert pe.attachments == ()
    assert pe.over_limits and "over the" in pe.over_limits[0]


def test_attachment_count_limit_counts_inside_forwards_too():
    msg = EmailMessage()
    msg.set_content("many")
    for i in range(5):
        msg.add_attachment(b"x", maintype="application", subtype="octet-stream", filename=f"f{i}.bin")
    inner = EmailMessage()
    inner.set_content("forwarded")
    for i in range(2):
        inner.add_attachment(b"x", maintype="application", subtype="octet-stream", filename=f"g{i}.bin")
    msg.add_attachment(inner)
    pe = parse_email(msg.as_bytes(), limits=Limits(max_attachments=3))
    assert [a.filename for a in pe.attachments] == ["f0.bin", "f1.bin", "f2.bin"]
    assert pe.skipped_files == 4
    assert pe.over_limits == ("the email has 7 attached files, over the limit of 3 (only the first 3 were read)",)


def test_mime_defects_of_every_part_are_kept():
    data = _email("Content-Type: multipart/mixed; boundary=outer",
                  body="--outer\r\nContent-Type: multipart/related; boundary=inner\r\n\r\nno inner boundary here\r\n"
                       "--outer\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8\r\n--outer--\r\n")
    pe = parse_email(data)
    assert "StartBoundaryNotFoundDefect" in pe.defects  # of the inner multipart, not the top level
    assert "hello" in pe.text_body


def test_deep_nesting_is_cut_off_not_a_crash():
    depth = 3000
    head = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n" for i in range(depth))
    data = (head + "Content-Type: text/plain\r\n\r\ndeep\r\n").encode()
    pe = parse_email(data)
    assert isinstance(pe, ParsedEmail)


def test_forward_depth_limit():
    data = b"Subject: level0\r\n"
    for i in range(8):
        data = b"Subject: level%d\r\nContent-Type: message/rfc822\r\n\r\n" % (i + 1) + data
    pe = parse_email(data, limits=Limits(max_forward_depth=3))
    depth = 0
    while pe.forwarded:
        pe, depth = pe.forwarded[0], depth + 1
    assert depth == 3


def test_outlook_msg_file_handed_over_as_an_email_becomes_an_attachment():
    pe = parse_email(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert pe.attachments[0].filename == "message.msg"
    assert pe.defects


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(data):
    assert isinstance(parse_email(data), ParsedEmail)


_header_names = st.sampled_from(
    ["From", "To", "Cc", "Subject", "Date", "Content-Type", "Content-Disposition", "Content-Transfer-Encoding",
     "Message-ID", "References", "MIME-Version", "X-Other"]
)
_header_values = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "multipart/mixed; boundary=b", "multipart/alternative; boundary=\"b\"", "message/rfc822", "text/plain; charset=\"utf-8\"",
        "text/html; charset=x-mac-cyrillic", "application/pdf; name*0*=utf-8''a%E2; name*1*=%80.pdf",
        "attachment; filename=\"=?utf-8?B?w6k=?=.pdf\"", "base64", "quoted-printable", "x-uuencode", "Group: a@b.c, d@e.f;",
        "=?utf-8?q?broken", "=?x-unknown?B?AAAA?=", "\udcff\udcfe", "<a@b> <c@d", "Mon, 32 Foo 2026 25:61:00 +9999",
    ]),
)
_lines = st.lists(st.tuples(_header_names, _header_values), max_size=8)
_bodies = st.lists(
    st.one_of(
        st.just("--b"), st.just("--b--"), st.just("Content-Type: message/rfc822"), st.just("Content-Type: multipart/mixed; boundary=b"),
        st.just("Content-Transfer-Encoding: base64"), st.just(""), st.just("=?utf-8?B?w6k=?="), st.just("JVBERi0xLjQ="),
        st.text(max_size=60),
    ),
    max_size=30,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lines, _bodies, st.sampled_from(["\r\n", "\n", "\r"]))
def test_malformed_mime_never_raises(headers, body_lines, newline):
    text = newline.join(f"{k}: {v}" for k, v in headers) + newline + newline + newline.join(body_lines)
    pe = parse_email(text.encode("utf-8", "surrogateescape"))
    assert isinstance(pe, ParsedEmail)
    for att in pe.attachments:
        assert isinstance(att.data, bytes)
    assert isinstance(pe.text_body, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_structure_never_raises(data):
    base = bytearray(_outlook_submission())
    for _ in range(data.draw(st.integers(1, 20))):
        pos = data.draw(st.integers(0, len(base) - 1))
        action = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            base[pos] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del base[pos : pos + data.draw(st.integers(1, 40))]
        else:
            base[pos:pos] = data.draw(st.sampled_from([b"\r\n", b"--", b"=?", b";", b"\"", b"\xff", b"\r\n\r\n", b"boundary="]))
        if not base:
            break
    assert isinstance(parse_email(bytes(base)), ParsedEmail)
