"""MIME messages as different senders' mail clients shape them, built by hand for byte-level control.

Headers are written in 7-bit form here (RFC 2047 words, RFC 2231 parameters), and the compat32 policy
is used so the library never re-encodes them; output has CRLF line endings like an IMAP FETCH.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import quopri
from dataclasses import dataclass, field
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

LN = "\n"


@dataclass
class Att:
    """An attached file: its name, bytes, MIME type and document type for the label."""

    filename: str
    data: bytes
    ctype: str
    dtype: str
    inline_cid: str | None = None


@dataclass
class Mail:
    client: str  # outlook | iphone | gmail | thunderbird | owa_html
    frm: str
    to: list[str]
    subject: str
    date: dt.datetime
    msgid: str
    text: str
    html: str | None = None
    cc: list[str] = field(default_factory=list)
    attachments: list = field(default_factory=list)  # Att or Mail (forwarded as attachment)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)
    calendar: str | None = None
    rfc822_name: str = "message.eml"


def enc_words(s: str) -> str:
    """RFC 2047 for a header value only when it needs it."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(a: str) -> str:
    """'Name <x@y>' with the display name RFC 2047 encoded when not ASCII."""
    if "<" in a:
        name, rest = a.split("<", 1)
        name = name.strip().strip('"')
        if all(ord(c) < 128 for c in name):
            q = f'"{name}"' if any(c in name for c in ",.()") else name
            return f"{q} <{rest}"
        return f"{Header(name, 'utf-8').encode()} <{rest}"
    return a


def _tag(s: str, n: int = 12) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n].upper()


def _text_part(text: str, subtype: str, cte: str) -> Message:
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="utf-8"'
    p["Content-Transfer-Encoding"] = cte
    raw = text.encode("utf-8")
    if cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode()
    else:
        payload = quopri.encodestring(raw).decode()
    p.set_payload(payload)
    return p


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode()


def _rfc2231(name: str) -> str:
    from urllib.parse import quote
    return "utf-8''" + quote(name, safe="")


def _att_part(a: Att, style: str, when: dt.datetime) -> Message:
    p = Message()
    ascii_name = all(ord(c) < 128 for c in a.filename)
    if style == "outlook":
        shown = a.filename if ascii_name else Header(a.filename, "utf-8").encode(maxlinelen=900)
        p["Content-Type"] = f'{a.ctype}; name="{shown}"'
        p["Content-Description"] = shown
        stamp = when.astimezone(dt.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
        disp = "inline" if a.inline_cid else "attachment"
        p["Content-Disposition"] = (f'{disp}; filename="{shown}"; size={len(a.data)}; '
                                    f'creation-date="{stamp}"; modification-date="{stamp}"')
    elif style == "iphone" and not ascii_name:
        p["Content-Type"] = f"{a.ctype}; name*={_rfc2231(a.filename)}"
        p["Content-Disposition"] = f"attachment; filename*={_rfc2231(a.filename)}"
    else:
        shown = a.filename if ascii_name else Header(a.filename, "utf-8").encode(maxlinelen=900)
        p["Content-Type"] = f'{a.ctype}; name="{shown}"'
        p["Content-Disposition"] = f'{"inline" if a.inline_cid else "attachment"}; filename="{shown}"'
    if a.inline_cid:
        p["Content-ID"] = f"<{a.inline_cid}>"
    if style == "gmail":
        p["X-Attachment-Id"] = "f_" + _tag(a.filename, 9).lower()
        p["Content-ID"] = p["X-Attachment-Id"]
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(_b64(a.data))
    return p


def _multipart(subtype: str, boundary: str, parts: list[Message], extra: str = "") -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};{extra}\n\tboundary="{boundary}"'
    for part in parts:
        m.attach(part)
    return m


def _boundaries(mail: Mail) -> tuple[str, str, str]:
    t = _tag(mail.msgid, 40)
    if mail.client in ("outlook", "owa_html"):
        core = mail.msgid.strip("<>").split("@")[0][:40] + "GBRP2"
        return f"_004_{core}_", f"_000_{core}_", f"_006_{core}_"
    if mail.client == "iphone":
        return (f"Apple-Mail-{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:32]}",
                f"Apple-Mail-{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:31]}A", "")
    if mail.client == "gmail":
        return f"000000000000{t[:16].lower()}", f"000000000000{t[16:32].lower()}", ""
    return f"------------{t[:24]}", f"------------{t[16:40]}", ""


def build(mail: Mail) -> Message:
    """The whole message as a compat32 Message tree with the client's layout and headers."""
    mixed_b, alt_b, rel_b = _boundaries(mail)
    style = mail.client
    when = mail.date
    cte = {"outlook": "quoted-printable", "owa_html": "quoted-printable", "iphone": "quoted-printable",
           "gmail": "quoted-printable", "thunderbird": "8bit"}[style]
    if cte == "8bit":
        cte = "quoted-printable"
    files = [a for a in mail.attachments if isinstance(a, Att) and not a.inline_cid]
    inline = [a for a in mail.attachments if isinstance(a, Att) and a.inline_cid]
    forwarded = [a for a in mail.attachments if isinstance(a, Mail)]

    if style == "owa_html":
        body: Message = _text_part(mail.html or "", "html", cte)
    elif mail.calendar is not None:
        cal = Message()
        method = "REPLY" if "METHOD:REPLY" in mail.calendar else "REQUEST"
        cal["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
        cal["Content-Transfer-Encoding"] = "base64"
        cal.set_payload(_b64(mail.calendar.replace("\n", "\r\n").encode()))
        body = _multipart("alternative", alt_b, [_text_part(mail.text, "plain", cte),
                                                 _text_part(mail.html or "", "html", cte), cal])
    elif mail.html is not None:
        body = _multipart("alternative", alt_b, [_text_part(mail.text, "plain", cte),
                                                 _text_part(mail.html, "html", cte)])
    else:
        body = _text_part(mail.text, "plain", cte)
    if inline:
        body = _multipart("related", rel_b, [body] + [_att_part(a, style, when) for a in inline],
                          ' type="multipart/alternative";')

    wrapped = []
    for f in forwarded:
        wrap = Message()
        wrap["Content-Type"] = f'message/rfc822; name="{f.rfc822_name}"'
        wrap["Content-Disposition"] = f'attachment; filename="{f.rfc822_name}"'
        wrap.set_payload([build(f)])
        wrapped.append(wrap)
    if style == "iphone" and (files or forwarded):
        # Apple Mail puts the attachments where the cursor was; the signature and any quote follow in a last part
        head, _, tail = mail.text.partition("\n\nSent from my iPhone")
        head, sent = head + "\n", "\n\nSent from my iPhone" + tail
        parts = [_text_part(head, "plain", cte)] + [_att_part(a, style, when) for a in files] + wrapped
        parts.append(_text_part(sent, "plain", cte))
        root = _multipart("mixed", mixed_b, parts)
    elif files or forwarded:
        root = _multipart("mixed", mixed_b, [body] + [_att_part(a, style, when) for a in files] + wrapped)
    else:
        root = body

    hdr: list[tuple[str, str]] = []
    hdr.append(("From", addr(mail.frm)))
    hdr.append(("To", ", ".join(addr(x) for x in mail.to)))
    if mail.cc:
        hdr.append(("CC", ", ".join(addr(x) for x in mail.cc)))
    hdr.append(("Subject", enc_words(mail.subject)))
    if style in ("outlook", "owa_html"):
        hdr.append(("Thread-Topic", enc_words(mail.subject.split(": ", 1)[-1] if mail.subject[:3] in ("RE:", "FW:")
                                               else mail.subject)))
        hdr.append(("Thread-Index", base64.b64encode(hashlib.sha1(mail.msgid.encode()).digest()[:22]).decode()))
    hdr.append(("Date", format_datetime(when)))
    hdr.append(("Message-ID", mail.msgid))
    if mail.references:
        hdr.append(("References", " ".join(mail.references)))
    if mail.in_reply_to:
        hdr.append(("In-Reply-To", mail.in_reply_to))
    if style in ("outlook", "owa_html"):
        hdr += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                ("X-MS-Has-Attach", "yes" if (files or forwarded) else ""), ("X-MS-TNEF-Correlator", "")]
    elif style == "iphone":
        hdr.append(("X-Mailer", "iPhone Mail (22E252)"))
    elif style == "thunderbird":
        hdr.append(("User-Agent", "Mozilla Thunderbird"))
    hdr += mail.extra
    out = Message()
    for k, v in hdr:
        out[k] = v
    if style == "gmail":
        out["MIME-Version"] = "1.0"
    for k, v in root.items():
        out[k] = v
    out.set_payload(root.get_payload())
    if style != "gmail":
        out["MIME-Version"] = "1.0"
    return out


def to_bytes(mail: Mail) -> bytes:
    data = build(mail).as_bytes(policy=compat32.clone(linesep="\r\n", max_line_length=78))
    if any(b > 127 for b in data):
        raise ValueError(f"{mail.msgid}: not 7-bit clean")
    return data


def documents(mail: Mail) -> list[Att]:
    """Attachments in MIME order, depth first, as the label lists them."""
    return _order(mail)


def _order(mail: Mail) -> list[Att]:
    inline = [a for a in mail.attachments if isinstance(a, Att) and a.inline_cid]
    out = list(inline)
    for a in mail.attachments:
        if isinstance(a, Att) and not a.inline_cid:
            out.append(a)
    for a in mail.attachments:
        if isinstance(a, Mail):
            out += _order(a)
    return out
