"""Turn tagged documents into bytes (docx, pdf, plain/HTML body) and cases into RFC 5322 messages."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from engine import Block, Case, Doc

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _stable_zip(raw: bytes) -> bytes:
    # python-docx stamps zip members with the wall clock; rewrite them so builds are byte-identical.
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_bytes(doc: Doc, author: str, when: dt.datetime) -> bytes:
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.created = when
    d.core_properties.modified = when
    d.core_properties.title = doc.title
    for b in doc.blocks:
        if b.kind == "h":
            d.add_heading(b.content, level=2)
        elif b.kind == "p":
            for line in b.content.split("\n"):
                d.add_paragraph(line)
        else:
            rows = b.content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    buf = io.BytesIO()
    d.save(buf)
    return _stable_zip(buf.getvalue())


def pdf_bytes(doc: Doc, author: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    ss = getSampleStyleSheet()
    buf = io.BytesIO()
    tpl = SimpleDocTemplate(buf, pagesize=A4, invariant=1, author=author, title=doc.title)
    flow = []
    for b in doc.blocks:
        if b.kind == "h":
            flow.append(Paragraph(html.escape(b.content), ss["Heading3"]))
        elif b.kind == "p":
            flow.append(Paragraph(html.escape(b.content).replace("\n", "<br/>"), ss["BodyText"]))
        else:
            cells = [[Paragraph(html.escape(c), ss["BodyText"]) for c in row] for row in b.content]
            t = Table(cells, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
        flow.append(Spacer(1, 6))
    tpl.build(flow)
    return buf.getvalue()


def body_text(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "t":
            out.append("\n".join(" | ".join(r) for r in b.content))
        else:
            out.append(b.content)
    return "\n\n".join(out) + "\n"


def body_html(blocks: list[Block]) -> str:
    parts = []
    for b in blocks:
        if b.kind == "h":
            parts.append(f"<p><b>{html.escape(b.content)}</b></p>")
        elif b.kind == "p":
            parts.append("<p>" + html.escape(b.content).replace("\n", "<br>") + "</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>"
                           for r in b.content)
            parts.append(f'<table border="1" cellspacing="0">{rows}</table>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">'
            + "\n".join(parts) + "</body></html>\n")


MIME_OF = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": ("application", "pdf"),
}


def message_id(case: Case) -> str:
    h = hashlib.sha1(f"heldout8-{case.num}".encode()).hexdigest().upper()
    if case.client == "gmail":
        return f"<CA+{h[:30]}@mail.gmail.com>"
    if case.client == "iphone":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@newham.gov.uk>"
    return f"<LO2P265MB{h[:28]}@LO2P265MB{h[28:32]}.GBRP265.PROD.OUTLOOK.COM>"


def _cte(text: str) -> str | None:
    # Non-ASCII text must still travel 7-bit, as the corpus promises.
    return None if text.isascii() else "quoted-printable"


def _fix_boundaries(msg: EmailMessage, case: Case) -> None:
    # The stdlib picks random boundaries; derive them from the case so builds are byte-identical.
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            h = hashlib.sha1(f"heldout8-{case.num}-{n}".encode()).hexdigest()
            n += 1
            if case.client == "iphone":
                b = f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
            elif case.client == "gmail":
                b = "000000000000" + h[:16]
            else:
                b = f"_00{n}_{h[:28].upper()}_"
            part.set_boundary(b)


def build_message(case: Case) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"{case.sender[0]} <{case.sender[1]}>"
    msg["To"] = ", ".join(case.to)
    if case.cc:
        msg["Cc"] = ", ".join(case.cc)
    msg["Subject"] = case.subject
    msg["Date"] = format_datetime(case.sent)
    msg["Message-ID"] = message_id(case)
    if case.in_reply_to:
        msg["In-Reply-To"] = case.in_reply_to
        msg["References"] = case.in_reply_to
    if case.client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22G86)"
    elif case.client == "gmail":
        msg["X-Gm-Message-State"] = "AOJu0Yw" + hashlib.sha1(str(case.num).encode()).hexdigest()[:20]
    else:
        msg["X-MS-Has-Attach"] = "yes" if case.docs and any(d.fmt != "body" for d in case.docs) else ""
    text = body_text(case.body)
    if case.quoted:
        text += "\n" + "\n".join(case.quoted) + "\n"
    if case.client == "iphone":
        text += "\nSent from my iPhone\n"
    msg.set_content(text, cte=_cte(text))
    if case.client != "iphone":
        quoted_html = "".join(f"<div>{html.escape(q)}</div>" for q in case.quoted)
        page = body_html(case.body).replace("</body>", quoted_html + "</body>")
        msg.add_alternative(page, subtype="html", cte=_cte(page))
    for d in case.docs:
        if d.fmt == "body":
            continue
        data = (docx_bytes(d, case.sender[0], case.sent.replace(tzinfo=None)) if d.fmt == "docx"
                else pdf_bytes(d, case.sender[0]))
        maintype, subtype = MIME_OF[d.fmt]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=d.filename)
    if case.client not in ("iphone", "gmail"):
        msg["Content-Language"] = "en-GB"
    _fix_boundaries(msg, case)
    # Bodies are encoded at 76 columns already; generating with a longer header limit keeps a long
    # msg-id in In-Reply-To intact (at 78 the stdlib RFC 2047-encodes it and threading breaks).
    raw = msg.as_bytes(policy=SMTP.clone(max_line_length=998))
    if max(raw) >= 128:
        bad = raw[[i for i, ch in enumerate(raw) if ch >= 128][0] - 80:][:160]
        raise AssertionError(f"not 7-bit clean: {bad!r}")
    return raw
