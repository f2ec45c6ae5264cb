"""Hypothesis strategies for malformed MIME: emails that break the rules in the ways mail clients,
gateways and attackers do (bad boundaries, unknown charsets and encodings, broken encoded-words,
bare CR/LF, 8-bit and NUL bytes in headers, RFC 2231 parameters that do not decode, attachments
whose bytes are not what their type says).
"""

from __future__ import annotations

from hypothesis import strategies as st

_ADDRESSES = [
    b"Dawn Testworker <dawn.testworker@newham.gov.uk>", b"<>", b"@@", b"undisclosed-recipients:;",
    b"\"Dawn (newham.gov.uk)\" <dawn@gmail.com>", b"=?utf-8?B?RGF3bg==?= <dawn@newham.gov.uk>",
    b"dawn@newham.gov.uk (Dawn", b"\xff\xfe@newham.gov.uk", b"a" * 300 + b"@newham.gov.uk",
    b"mailer-daemon@newham.gov.uk", b"",
]
_CONTENT_TYPES = [
    b"text/plain", b"text/plain; charset=x-unknown-charset", b"text/plain; charset=utf-7",
    b"text/html; charset=\"utf-8", b"text/plain; charset=", b"application/pdf; name=\"letter.pdf\"",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"application/ms-tnef",
    b"application/vnd.ms-outlook", b"message/rfc822", b"image/png", b"garbage", b"/", b"text/",
    b"multipart/report; report-type=delivery-status",
]
_ENCODINGS = [b"7bit", b"8bit", b"binary", b"base64", b"quoted-printable", b"x-uuencode", b"bogus", b""]
_FILENAMES = [
    b"filename=\"Closure letter.pdf\"", b"filename*=utf-8''%ZZ%E2%80", b"filename*0=\"a\"; filename*2=\"c\"",
    b"filename=\"../../etc/passwd\"", b"filename=\"\"", b"filename=\"" + b"A" * 500 + b".pdf\"",
    b"filename=\"\xe9t\xe9.docx\"", b"filename==?utf-8?Q?bad=ZZ?=", b"name=winmail.dat",
]
_MAGIC = [b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x78\x9f\x3e\x22", b"{\\rtf1", b""]


def _no_newlines(data: bytes) -> bytes:
    return data.replace(b"\r", b" ").replace(b"\n", b" ")


header_value = st.one_of(
    st.text(max_size=80).map(lambda s: s.encode("utf-8", "surrogatepass").replace(b"\n", b" ").replace(b"\r", b" ")),
    st.binary(max_size=120).map(_no_newlines),
    st.builds(lambda cs, enc, payload: b"=?" + cs + b"?" + enc + b"?" + _no_newlines(payload) + b"?=",
              st.sampled_from([b"utf-8", b"x-bogus", b"", b"iso-8859-1*en"]), st.sampled_from([b"B", b"Q", b"X"]),
              st.binary(max_size=40)),
    st.binary(min_size=998, max_size=3000).map(_no_newlines),
)


@st.composite
def _headers(draw: st.DrawFn, content_type: bytes) -> list[bytes]:
    lines = []
    if draw(st.booleans()):
        lines.append(b"From: " + draw(st.sampled_from(_ADDRESSES)))
    if draw(st.booleans()):
        lines.append(b"To: " + draw(st.sampled_from([b"eastNAM@newham.gov.uk", b"", b"westNAM@newham.gov.uk, ,,"])))
    if draw(st.booleans()):
        lines.append(b"Subject: " + draw(header_value))
    if draw(st.booleans()):
        lines.append(b"Message-ID: " + draw(st.sampled_from([b"<a@b>", b"", b"<<>>", b"no-brackets", b"<x@y> <z@w>"])))
    if draw(st.booleans()):
        lines.append(b"Date: " + draw(st.sampled_from([b"Mon, 32 Foo 2026 99:99:99 +9999", b"yesterday", b""])))
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from([b"X-Odd", b"Auto-Submitted", b"In-Reply-To", b"References", b"Bad Name",
                                     b"Authentication-Results", b"\xff", b""]))
        lines.append(name + b": " + draw(header_value))
    lines.append(b"MIME-Version: 1.0")
    lines.append(b"Content-Type: " + content_type)
    if draw(st.booleans()):
        lines.append(b"Content-Transfer-Encoding: " + draw(st.sampled_from(_ENCODINGS)))
    draw(st.randoms()).shuffle(lines)
    return lines


@st.composite
def _leaf(draw: st.DrawFn) -> bytes:
    ctype = draw(st.sampled_from(_CONTENT_TYPES))
    lines = [b"Content-Type: " + ctype]
    if draw(st.booleans()):
        lines.append(b"Content-Disposition: attachment; " + draw(st.sampled_from(_FILENAMES)))
    if draw(st.booleans()):
        lines.append(b"Content-Transfer-Encoding: " + draw(st.sampled_from(_ENCODINGS)))
    body = draw(st.sampled_from(_MAGIC)) + draw(st.binary(max_size=2000))
    if draw(st.booleans()):
        body = body.replace(b"\r\n", b"\n")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _multipart(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        boundary = draw(st.sampled_from([b"b1", b"", b"=_x", b"a" * 80, b"--", b"b1 b2"]))
        used = draw(st.sampled_from([boundary, boundary, b"other"]))  # sometimes the wrong boundary
        parts = draw(st.lists(children, max_size=4))
        out = b"Content-Type: multipart/" + draw(st.sampled_from([b"mixed", b"alternative", b"related", b"signed"]))
        out += b"; boundary=\"" + boundary + b"\"\r\n\r\n" + draw(st.sampled_from([b"", b"preamble\r\n"]))
        for p in parts:
            out += b"--" + used + b"\r\n" + p + b"\r\n"
        if draw(st.booleans()):  # sometimes no closing delimiter
            out += b"--" + used + b"--\r\n"
        return out

    return build()


mime_part = st.recursive(_leaf(), _multipart, max_leaves=8)


@st.composite
def malformed_email(draw: st.DrawFn) -> bytes:
    """One malformed email: headers, then a (possibly broken) MIME tree, with odd line endings."""
    part = draw(mime_part)
    head_of_part, _, body = part.partition(b"\r\n\r\n")
    content_type = head_of_part.split(b"\r\n")[0].removeprefix(b"Content-Type: ")
    headers = draw(_headers(content_type))
    raw = b"\r\n".join(headers) + b"\r\n\r\n" + body
    eol = draw(st.sampled_from([b"\r\n", b"\r\n", b"\n", b"\r"]))
    if eol != b"\r\n":
        raw = raw.replace(b"\r\n", eol)
    if draw(st.booleans()):
        raw = raw.replace(b"e", b"e\x00", 1)  # a NUL byte
    return raw
