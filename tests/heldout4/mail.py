"""Assemble an email as the NAM inbox would receive it (RFC 5322, CRLF, 7-bit)."""

from __future__ import annotations

import base64
import hashlib
import html
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr

from .fmt import rfc2822

POL = policy.SMTP.clone(max_line_length=76)
MIME_OF = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}
CAUTION = ("CAUTION: This email originated from outside of the London Borough of Newham. Do not click links "
           "or open attachments unless you recognise the sender and know the content is safe.")


def _h(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def msgid(seed: str, client: str = "outlook") -> str:
    if client == "iphone":
        return f"<{_h(seed, 8)}-{_h(seed + 'a', 4)}-{_h(seed + 'b', 4)}-{_h(seed + 'c', 12)}@newham.gov.uk>"
    if client == "gmail":
        return f"<CA+{base64.b64encode(_h(seed, 30).encode()).decode()[:40]}@mail.gmail.com>"
    box = f"LO{2 + int(_h(seed, 1), 16) % 3}P265MB{int(_h(seed + 'm', 4), 16) % 9000 + 1000}"
    return f"<{box}{_h(seed + 'x', 27)}@{box}.GBRP265.PROD.OUTLOOK.COM>"


def to_html(text: str, client: str) -> str:
    paras = []
    for block in text.split("\n\n"):
        inner = "<br>\n".join(html.escape(x) for x in block.split("\n"))
        if client == "owa":
            paras.append(f'<div class="elementToProof" style="font-family: Aptos, sans-serif; '
                         f'font-size: 12pt;">{inner}</div><div><br></div>')
        else:
            paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
            '<body lang="EN-GB"><div class="WordSection1">\n')
    if client == "owa":
        head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">\n'
    return head + "\n".join(paras) + "\n</div></body></html>\n"


def _addr(pair) -> str:
    name, email = pair
    return formataddr((name, email)) if name else email


def build(m: dict) -> bytes:
    """m: client, frm, to, cc, subject, date, time, body, attachments [(name, bytes)], seed,
    in_reply_to, references, extra_headers, html (bool), inline_png (bytes or None)."""
    client = m.get("client", "outlook")
    seed = m["seed"]
    msg = EmailMessage(policy=POL)
    msg["From"] = _addr(m["frm"])
    msg["To"] = ", ".join(_addr(a) for a in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(_addr(a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    if client in ("outlook", "owa"):
        msg["Thread-Topic"] = m["subject"].split(": ", 1)[-1] if m["subject"][:3] in ("RE:", "FW:") else m["subject"]
        msg["Thread-Index"] = "AQH" + base64.b64encode(bytes.fromhex(_h(seed + "t", 40))).decode()[:25]
    msg["Date"] = rfc2822(m["date"], m.get("time", "10:12"))
    msg["Message-ID"] = m.get("message_id") or msgid(seed, client)
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = " ".join(m.get("references") or [m["in_reply_to"]])
    if client in ("outlook", "owa"):
        msg["Accept-Language"] = "en-GB, en-US"
        msg["X-MS-Has-Attach"] = "yes" if m.get("attachments") else ""
        msg["X-MS-Exchange-Organization-SCL"] = "1"
        msg["X-OriginatorOrg"] = "newham.gov.uk"
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22E240)"
    elif client == "gmail":
        msg["X-Gm-Message-State"] = "AOJu0Y" + _h(seed + "g", 20).lower()
        msg["X-Google-Smtp-Source"] = "AGHT+IF" + _h(seed + "s", 24).lower()
    for k, v in m.get("extra_headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    body = m["body"]
    if client == "gmail":
        body = CAUTION + "\n\n" + body
    if client == "iphone":
        body = body + "\n\nSent from my iPhone"
    msg.set_content(body, cte="quoted-printable")
    if m.get("html", client != "iphone"):
        msg.add_alternative(to_html(body, client), subtype="html", cte="quoted-printable")
    if m.get("inline_png"):
        msg.get_payload()[-1].add_related(m["inline_png"], "image", "png", cid="<image001.png@01DC1A2B.5E6F7080>",
                                          filename="image001.png", disposition="inline")
    for name, data in m.get("attachments", []):
        if isinstance(data, EmailMessage):
            msg.add_attachment(data)
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        maintype, subtype = MIME_OF[ext].split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if client == "gmail" and msg.is_multipart():
        msg.set_boundary("0000000000" + _h(seed + "b", 18).lower())
    elif client == "iphone" and msg.is_multipart():
        msg.set_boundary("Apple-Mail-" + _h(seed + "b", 8) + "-" + _h(seed + "c", 4) + "-" + _h(seed + "d", 4))
    elif msg.is_multipart():
        msg.set_boundary("_004_" + _h(seed + "b", 40) + "_")
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart() and p is not msg):
        part.set_boundary(f"_{i:03d}_{_h(seed + str(i), 36)}_")
    if client in ("outlook", "owa"):
        msg["Content-Language"] = "en-GB"
    raw = msg.as_bytes(policy=POL)
    raw.decode("ascii")  # 7-bit clean or die
    return raw


def quote_block(frm, sent: str, to, subject: str, body: str, cc=None) -> str:
    """An Outlook-style quoted message header block, as used in replies and inline forwards."""
    lines = ["________________________________", f"From: {_addr(frm)}", f"Sent: {sent}",
             f"To: {', '.join(_addr(a) for a in to)}"]
    if cc:
        lines.append(f"Cc: {', '.join(_addr(a) for a in cc)}")
    lines += [f"Subject: {subject}", "", body]
    return "\n".join(lines)
