"""Build RFC 5322 messages (CRLF, 7-bit clean) the way a few mail clients lay them out."""

from __future__ import annotations

import base64
import hashlib
import html
from email import charset as _cs
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

QP = _cs.Charset("utf-8")
QP.body_encoding = _cs.QP
QP.header_encoding = _cs.BASE64

MIMETYPES = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "png": ("image", "png"), "ics": ("text", "calendar")}


def _h(s: str) -> str | Header:
    return s if s.isascii() else Header(s, "utf-8")


def _addr(pair) -> str:
    name, mail = pair
    if not name:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    return f"{Header(name, 'utf-8').encode()} <{mail}>"


def _hex(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def to_html(text: str, client: str) -> str:
    paras = []
    for line in text.split("\n"):
        esc = html.escape(line) or "&nbsp;"
        if client in ("outlook", "nhsmail"):
            paras.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
        elif client == "owa":
            paras.append(f'<div class="elementToProof">{esc}</div>')
        else:
            paras.append(f"<div>{esc}</div>")
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '</head><body lang="EN-GB"><div class="WordSection1">') if client in ("outlook", "nhsmail") else \
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
    tail = "</div></body></html>" if client in ("outlook", "nhsmail") else "</body></html>"
    return head + "\n".join(paras) + tail


def _attachment(fn: str, data: bytes, client: str, seed: str):
    ext = fn.rsplit(".", 1)[-1].lower()
    maj, sub = MIMETYPES[ext]
    if maj == "image":
        part = MIMEImage(data, _subtype=sub)
    elif maj == "text":
        part = MIMEText(data.decode(), sub, "utf-8")
    else:
        part = MIMEApplication(data, _subtype=sub)
    if "Content-Type" in part and maj != "text":
        del part["Content-Type"]
        part["Content-Type"] = f"{maj}/{sub}"
    if fn.isascii():
        part.set_param("name", fn)
        part.add_header("Content-Disposition", "attachment", filename=fn)
    elif client in ("outlook", "owa", "nhsmail"):
        enc = "=?utf-8?B?" + base64.b64encode(fn.encode()).decode() + "?="
        part.set_param("name", enc)
        part.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        part.set_param("name", ("utf-8", "", fn))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
    if client in ("outlook", "owa", "nhsmail"):
        part.add_header("Content-Description", fn if fn.isascii() else "attachment")
    if client == "gmail":
        part.add_header("X-Attachment-Id", "f_" + _hex(seed + fn, 9))
        part.add_header("Content-ID", f"<f_{_hex(seed + fn, 9)}>")
    return part


def build(*, client: str, sender, to, cc=(), subject: str, date, body: str, attachments=(), msgid_seed: str,
          in_reply_to: str = "", references=(), extra_headers=(), inline_logo: bytes | None = None,
          html_body: bool = True) -> tuple[bytes, str]:
    """Return (message bytes, Message-ID)."""
    seed = msgid_seed
    if client == "gmail":
        outer_b = "000000000000" + _hex(seed + "m", 16)
        alt_b = "000000000000" + _hex(seed + "a", 16)
        msgid = f"<CA+{_hex(seed, 20)}{_hex(seed + 'x', 12)}@mail.gmail.com>"
    elif client == "iphone":
        outer_b = "Apple-Mail-" + _hex(seed, 8).upper() + "-" + _hex(seed + "1", 4).upper()
        alt_b = outer_b + "-ALT"
        msgid = f"<{_hex(seed, 8).upper()}-{_hex(seed + 'q', 4).upper()}-4D1E-9C2A-{_hex(seed + 'r', 12).upper()}@newham.gov.uk>"
    else:
        tag = "LO2P265MB" + str(int(_hex(seed, 6), 16) % 9000 + 1000)
        msgid = f"<{tag}{_hex(seed, 20).upper()}@{tag}.GBRP265.PROD.OUTLOOK.COM>"
        outer_b = "_004_" + msgid[1:30].replace("@", "").replace(".", "") + "_"
        alt_b = "_000_" + msgid[1:30].replace("@", "").replace(".", "") + "_"

    text_part = MIMEText(body, "plain", QP)
    if html_body and client != "iphone":
        alt = MIMEMultipart("alternative", boundary=alt_b)
        alt.attach(text_part)
        hp = MIMEText(to_html(body, client), "html", QP)
        alt.attach(hp)
        content = alt
        if inline_logo is not None:
            rel = MIMEMultipart("related", boundary=alt_b.replace("_000_", "_003_"), type="multipart/alternative")
            rel.attach(alt)
            img = MIMEImage(inline_logo, _subtype="png")
            img.set_param("name", "image001.png")
            img.add_header("Content-Description", "image001.png")
            img.add_header("Content-Disposition", "inline", filename="image001.png")
            img.add_header("Content-ID", "<image001.png@01DC7A1B.2C3D4E50>")
            rel.attach(img)
            content = rel
    else:
        content = text_part

    if attachments or client == "iphone":
        msg = MIMEMultipart("mixed", boundary=outer_b)
        msg.attach(content)
        for fn, data in attachments:
            msg.attach(_attachment(fn, data, client, seed))
        if client == "iphone":
            tail = MIMEText("\n\nSent from my iPhone", "plain", "us-ascii")
            msg.attach(tail)
    else:
        msg = content

    hdrs = []
    if client == "gmail":
        hdrs += [("Received", f"by mail-sor-f41.google.com with SMTPS id {_hex(seed + 'g', 10)}; {format_datetime(date)}"),
                 ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + sender[1].split("@")[1]
                  + "; s=google; h=mime-version:from:date:message-id:subject:to; bh=" + _hex(seed + 'b', 40) + "="),
                 ("X-Gm-Message-State", "AOJu0Y" + _hex(seed + "s", 30))]
    else:
        hdrs += [("Received", f"from {msgid.split('@')[1][:-1]} by AM0PR02MB5521.GBRP265.PROD.OUTLOOK.COM with HTTPS; "
                  f"{format_datetime(date)}")]
    hdrs += [("From", _addr(sender)), ("To", ", ".join(_addr(a) for a in to))]
    if cc:
        hdrs.append(("CC", ", ".join(_addr(a) for a in cc)))
    hdrs += [("Subject", _h(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", " ".join(list(references) or [in_reply_to]))]
    if client in ("outlook", "owa", "nhsmail"):
        hdrs += [("Thread-Topic", _h(subject.split(": ", 1)[-1])),
                 ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
                 ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                 ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        if client != "nhsmail":
            hdrs.append(("msip_labels", "MSIP_Label_5a1f_Enabled=True;MSIP_Label_5a1f_Name=OFFICIAL-SENSITIVE;"))
    if client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22D82)"))
    for k, v in extra_headers:
        hdrs.append((k, v))
    for k, v in hdrs:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # move structural headers to the end, as servers usually deliver them after the envelope ones
    ct = msg["Content-Type"]
    del msg["Content-Type"]
    mv = msg["MIME-Version"]
    del msg["MIME-Version"]
    msg["Content-Type"] = ct
    msg["MIME-Version"] = mv
    if client in ("outlook", "owa"):
        msg["X-OriginatorOrg"] = "newham.gov.uk"
    data = msg.as_bytes(policy=compat32.clone(linesep="\r\n", max_line_length=78))
    data.decode("ascii")
    return data, msgid
