"""MIME builders for held-out set 2: Outlook / OWA, iPhone Mail, Google Workspace school, plain."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
from email import charset as _cs
from email import policy
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

QP = _cs.Charset("utf-8")
QP.header_encoding = _cs.QP
QP.body_encoding = _cs.QP
B64 = _cs.Charset("utf-8")
B64.body_encoding = _cs.BASE64

MIME = {"pdf": ("application", "pdf"), "png": ("image", "png"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


def h(seed: str, n: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def addr(name: str, email: str) -> str:
    return formataddr((name, email), charset="utf-8")


def _text(body: str, cs=QP) -> MIMEText:
    return MIMEText(body, "plain", cs)


def _html(body: str, client: str) -> MIMEText:
    paras = "".join(f"<p class=MsoNormal>{html.escape(p) or '&nbsp;'}</p>\n" for p in body.split("\n"))
    extra = "<div id=\"ms-outlook-mobile-signature\">Get Outlook for iOS</div>" if client == "outlook_ios" else ""
    doc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>"
           f"<body lang=EN-GB><div class=WordSection1>\n{paras}{extra}</div></body></html>")
    return MIMEText(doc, "html", QP)


def _attach(fn: str, data: bytes, client: str, date: dt.datetime, n: int) -> MIMEBase:
    ext = fn.rsplit(".", 1)[-1].lower()
    maintype, sub = MIME[ext]
    part = MIMEImage(data, sub) if maintype == "image" else MIMEApplication(data, sub)
    ascii_ok = fn.isascii()
    if client == "iphone":
        name = fn if ascii_ok else ("utf-8", "", fn)
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    else:
        enc = fn if ascii_ok else Header(fn, "utf-8").encode()
        part.set_param("name", enc)
        if client in ("outlook", "owa", "outlook_ios"):
            part.add_header("Content-Description", enc)
            stamp = format_datetime(date)
            part.add_header("Content-Disposition", "attachment", filename=enc, size=str(len(data)),
                            **{"creation-date": stamp, "modification-date": stamp})
        else:
            part.add_header("Content-Disposition", "attachment", filename=enc)
            part.add_header("X-Attachment-Id", f"f_m{h(fn + str(n), 9).lower()}{n}")
    return part


def build(client: str, frm: tuple[str, str], to: list[tuple[str, str]], subject: str, date: dt.datetime,
          body: str, attachments: list[tuple[str, bytes]] = (), cc: list[tuple[str, str]] = (),
          in_reply_to: str | None = None, references: str | None = None, extra: dict | None = None,
          seed: str = "") -> bytes:
    seed = seed or subject + str(date)
    hid = h(seed)
    if client == "iphone":
        top = MIMEMultipart("mixed", boundary=f"Apple-Mail-{h(seed + 'b', 8)}-{h(seed + 'c', 4)}")
        top.attach(_text(body, QP))
        for i, (fn, data) in enumerate(attachments):
            top.attach(_attach(fn, data, client, date, i))
        top.attach(MIMEText("\n\nSent from my iPhone", "plain", "us-ascii"))
        msgid = f"<{h(seed + 'id', 8)}-{h(seed + 'id2', 4)}-{h(seed + 'id3', 4)}@newham.gov.uk>"
    else:
        b = "000000000000" + h(seed, 16).lower() if client == "gmail" else f"_000_{hid}GBRP2_"
        alt = MIMEMultipart("alternative", boundary=b)
        alt.attach(_text(body, B64 if client == "gmail" else QP))
        alt.attach(_html(body, client))
        if attachments:
            mb = "000000000000" + h(seed + "m", 16).lower() if client == "gmail" else f"_004_{hid}GBRP2_"
            top = MIMEMultipart("mixed", boundary=mb)
            top.attach(alt)
            for i, (fn, data) in enumerate(attachments):
                top.attach(_attach(fn, data, client, date, i))
        else:
            top = alt
        if client == "gmail":
            msgid = f"<CA+{h(seed + 'g', 20).lower()}@mail.gmail.com>"
        else:
            msgid = f"<LO2P265MB{h(seed + 'o', 28)}@LO2P265MB{h(seed, 4)}.GBRP265.PROD.OUTLOOK.COM>"
    for part in top.walk():
        if part is not top:
            del part["MIME-Version"]
    top["From"] = addr(*frm)
    top["To"] = ", ".join(addr(*a) for a in to)
    if cc:
        top["Cc"] = ", ".join(addr(*a) for a in cc)
    top["Subject"] = Header(subject, "utf-8").encode() if not subject.isascii() else subject
    top["Date"] = format_datetime(date)
    top["Message-ID"] = msgid
    if in_reply_to:
        top["In-Reply-To"] = in_reply_to
        top["References"] = references or in_reply_to
    if client in ("outlook", "owa", "outlook_ios"):
        top["Thread-Topic"] = Header(subject.split(": ", 1)[-1], "utf-8").encode()
        top["Thread-Index"] = "AQH" + h(seed + "t", 25).lower()
        top["Accept-Language"] = "en-GB, en-US"
        top["Content-Language"] = "en-GB"
        top["X-MS-Has-Attach"] = "yes" if attachments else ""
        top["msip_labels"] = "MSIP_Label_9f1e_Name=OFFICIAL-SENSITIVE;MSIP_Label_9f1e_Enabled=True;"
        top["X-OriginatorOrg"] = frm[1].split("@")[1]
    elif client == "iphone":
        top["X-Mailer"] = "iPhone Mail (22D82)"
    elif client == "gmail":
        top["X-Gm-Message-State"] = "AOJu0Y" + h(seed + "x", 20).lower()
    for k, v in (extra or {}).items():
        top[k] = v
    if "MIME-Version" not in top:
        top["MIME-Version"] = "1.0"
    raw = top.as_bytes(policy=policy.SMTP)
    received = (f"Received: from LO2P265MB{h(seed, 4)}.GBRP265.PROD.OUTLOOK.COM by "
                f"LO4P265MB{h(seed + 'r', 4)}.GBRP265.PROD.OUTLOOK.COM with HTTPS;\r\n {format_datetime(date)}\r\n")
    return received.encode() + raw


def quote_block(frm: str, sent: dt.datetime, to: str, subject: str, body: str, cc: str = "") -> str:
    """An Outlook-style inline forward / reply header and body."""
    lines = ["", "From: " + frm, "Sent: " + sent.strftime("%d %B %Y %H:%M"), "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Subject: " + subject, "", body]
    return "\n".join(lines)
