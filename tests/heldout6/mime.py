"""Assemble a case into RFC 5322 bytes (CRLF, 7-bit clean) for a handful of mail clients."""
from __future__ import annotations

import hashlib
from email import charset, policy
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from .kit import Case, Doc, blocks_html, blocks_text
from .render import render

QP = charset.Charset("utf-8")
QP.body_encoding = charset.QP
QP.header_encoding = charset.BASE64

MIMETYPES = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"),
    "scan": ("application", "pdf"),
    "png": ("image", "png"),
    "ics": ("text", "calendar"),
}
FOOTER = ("This email and any attachments are confidential and may contain personal or sensitive "
          "information. If you have received it in error please notify the sender and delete it. "
          "Emails sent to and from the London Borough of Newham may be monitored.")


def _h(c: Case, salt: str, n: int = 24) -> str:
    return hashlib.sha1(f"heldout6-{c.n}-{salt}".encode()).hexdigest()[:n].upper()


def _text(s: str, sub: str = "plain") -> MIMEText:
    return MIMEText(s, sub, QP)


def body_text(c: Case) -> str:
    s = blocks_text(c.body)
    if c.client in ("outlook", "owa") and c.sender[1].endswith("newham.gov.uk"):
        s += "\n\n" + FOOTER
    if c.client == "iphone":
        s += "\n\nSent from my iPhone"
    if c.quoted:
        s += "\n\n________________________________\n" + c.quoted
    return s + "\n"


def body_html(c: Case) -> str:
    s = blocks_html(c.body, "Aptos" if c.client == "owa" else "Calibri")
    extra = ""
    if c.client in ("outlook", "owa") and c.sender[1].endswith("newham.gov.uk"):
        extra += f'<p style="font-size:8pt;color:gray">{FOOTER}</p>'
    if c.quoted:
        q = "<br>\n".join(x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                          for x in c.quoted.split("\n"))
        extra += f'<hr><div id="divRplyFwdMsg">{q}</div>'
    return s.replace("</div></body>", extra + "</div></body>")


def attachment(c: Case, d: Doc, i: int) -> MIMEBase:
    main, sub = MIMETYPES[d.fmt]
    data = render(d)
    if main == "image":
        part = MIMEImage(data, sub)
    elif main == "text":
        part = MIMEText(data.decode(), sub, QP)
        part.set_param("method", "REQUEST")
    else:
        part = MIMEApplication(data, sub)
    name = d.filename
    fn = name if name.isascii() else ("utf-8", "", name)
    part.set_param("name", fn)
    if d.inline:
        part.add_header("Content-Disposition", "inline", filename=fn)
        part.add_header("Content-ID", f"<image{i:03d}.png@01DB{_h(c, 'cid', 8)}>")
    else:
        part.add_header("Content-Disposition", "attachment", filename=fn)
    if c.client in ("outlook", "owa", "nhsmail"):
        part.add_header("Content-Description", name if name.isascii() else "attachment")
    if c.client == "gmail":
        part.add_header("X-Attachment-Id", f"f_m{_h(c, str(i), 8).lower()}")
    return part


def build(c: Case) -> bytes:
    if c.raw is not None:
        return c.raw
    docs = [d for d in c.docs if not d.inline]
    inline = [d for d in c.docs if d.inline]
    if c.client == "iphone":
        root = MIMEMultipart("mixed", boundary=f"Apple-Mail-{_h(c, 'b', 8)}-{_h(c, 'c', 4)}")
        root.attach(_text(body_text(c)))
        for i, d in enumerate(docs):
            root.attach(attachment(c, d, i))
    else:
        bnd = ("000000000000" + _h(c, "b", 16).lower()) if c.client == "gmail" else f"_000_{_h(c, 'b')}_"
        alt = MIMEMultipart("alternative", boundary=bnd)
        alt.attach(_text(body_text(c)))
        alt.attach(_text(body_html(c), "html"))
        inner = alt
        if inline:
            inner = MIMEMultipart("related", boundary=bnd.replace("_000_", "_005_") + "r",
                                  type="multipart/alternative")
            inner.attach(alt)
            for i, d in enumerate(inline, 1):
                inner.attach(attachment(c, d, i))
        if docs:
            root = MIMEMultipart("mixed", boundary=bnd.replace("_000_", "_004_") + "m")
            root.attach(inner)
            for i, d in enumerate(docs):
                root.attach(attachment(c, d, i))
        else:
            root = inner
    # list the parts in MIME order so the label's documents match what is sent
    order = [d.filename for d in inline] + [d.filename for d in docs]
    c.docs.sort(key=lambda d: order.index(d.filename))
    _headers(c, root)
    return root.as_bytes(policy=policy.SMTP)


def _headers(c: Case, m: MIMEBase) -> None:
    dom = c.sender[1].split("@")[1]
    msgid = {"gmail": f"<CA+{_h(c, 'g', 30)}@mail.gmail.com>",
             "iphone": f"<{_h(c, 'i', 8)}-{_h(c, 'j', 4)}-{_h(c, 'k', 12)}@{dom}>"}.get(
        c.client, f"<LO2P265MB{_h(c, 'm', 28)}@LO2P265MB{_h(c, 'x', 4)}.GBRP265.PROD.OUTLOOK.COM>")
    hdrs = [("From", formataddr(c.sender)), ("To", ", ".join(formataddr(a) for a in c.to))]
    if c.cc:
        hdrs.append(("Cc", ", ".join(formataddr(a) for a in c.cc)))
    hdrs += [("Subject", c.subject), ("Date", format_datetime(c.date)), ("Message-ID", msgid)]
    if c.in_reply_to:
        hdrs += [("In-Reply-To", c.in_reply_to), ("References", c.in_reply_to)]
    if c.client in ("outlook", "owa", "nhsmail"):
        hdrs += [("Thread-Topic", c.subject.split(": ", 1)[-1]),
                 ("Thread-Index", "AQH" + _h(c, "t", 20).lower()),
                 ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                 ("X-MS-Has-Attach", "yes" if c.docs else ""),
                 ("X-MS-Exchange-Organization-AuthAs", "Internal" if dom == "newham.gov.uk" else "Anonymous")]
    elif c.client == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif c.client == "gmail":
        hdrs.append(("X-Gm-Message-State", "AOJu0Y" + _h(c, "s", 30).lower()))
    for k, v in reversed(hdrs):
        if k in m:
            del m[k]
        # put the envelope headers first, as a server delivers them
        m._headers.insert(0, (k, v))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
