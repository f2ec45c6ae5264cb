"""Email bytes -> ParsedEmail.

The standard library's `email` package with `policy.default` does the MIME work;
every header access is guarded because real-world mail breaks the header
registry in ways that raise (bad dates, broken encoded-words, bad addresses).
"""

from __future__ import annotations

import email
import email.utils
import re
from email import policy
from email.message import EmailMessage, Message

from parsers.htmltext import html_to_text
from parsers.model import Address, Attachment, ParsedEmail

_MSGID_RE = re.compile(r"<[^<>\s]+>")


def parse_email(data: bytes, *, depth: int = 0) -> ParsedEmail:
    """Decode raw RFC 5322 bytes. Never raises on malformed input."""
    msg = email.message_from_bytes(data, policy=policy.default)
    return _from_message(msg, depth)


def _from_message(msg: Message, depth: int) -> ParsedEmail:
    headers = tuple((k, _safe_str(v)) for k, v in _raw_headers(msg))
    defects: list[str] = [type(d).__name__ for d in getattr(msg, "defects", [])]
    attachments: list[Attachment] = []
    forwarded: list[ParsedEmail] = []
    texts: list[str] = []
    htmls: list[str] = []
    _walk(msg, depth, attachments, forwarded, texts, htmls, defects, top=True)
    body = "\n\n".join(t for t in texts if t.strip())
    if not body.strip() and htmls:
        body = "\n\n".join(html_to_text(h) for h in htmls)
    return ParsedEmail(
        message_id=_first_msgid(_header(msg, "Message-ID")),
        in_reply_to=tuple(_MSGID_RE.findall(_header(msg, "In-Reply-To"))),
        references=tuple(_MSGID_RE.findall(_header(msg, "References"))),
        subject=_header(msg, "Subject").strip(),
        sender=(_addresses(msg, "From") or (Address("", ""),))[0],
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        reply_to=_addresses(msg, "Reply-To"),
        date=_date(_header(msg, "Date")),
        headers=headers,
        content_type=_content_type(msg),
        text_body=body,
        attachments=tuple(attachments),
        forwarded=tuple(forwarded),
        defects=tuple(defects),
    )


def _walk(
    part: Message,
    depth: int,
    attachments: list[Attachment],
    forwarded: list[ParsedEmail],
    texts: list[str],
    htmls: list[str],
    defects: list[str],
    top: bool = False,
) -> None:
    ctype = _content_type(part)
    if part.is_multipart() and ctype != "message/rfc822":
        payload = part.get_payload()
        if not isinstance(payload, list):
            return
        if ctype == "multipart/alternative":
            # Prefer the plain text alternative; keep HTML only as a fallback.
            plain = [p for p in payload if _content_type(p) == "text/plain"]
            others = [p for p in payload if _content_type(p) not in ("text/plain", "text/html")]
            html = [p for p in payload if _content_type(p) == "text/html"]
            for sub in plain or html:
                _walk(sub, depth, attachments, forwarded, texts, htmls, defects)
            for sub in others:
                _walk(sub, depth, attachments, forwarded, texts, htmls, defects)
            return
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, depth, attachments, forwarded, texts, htmls, defects)
        return
    if ctype == "message/rfc822":
        inner = part.get_payload()
        inner_msg = inner[0] if isinstance(inner, list) and inner else None
        if isinstance(inner_msg, Message):
            fwd = _from_message(inner_msg, depth + 1)
            forwarded.append(fwd)
            attachments.extend(fwd.attachments)
        return
    filename = _filename(part)
    disposition = (part.get_content_disposition() or "").lower()
    if not filename and ctype in ("text/plain", "text/html") and disposition != "attachment":
        text = _text(part)
        if ctype == "text/plain":
            texts.append(text)
        else:
            htmls.append(text)
        return
    if not filename and ctype.startswith("text/") and disposition != "attachment":
        return  # e.g. text/calendar invitations, delivery-status: headers tell what they are
    if not filename and ctype.startswith("message/"):
        return
    data = _bytes(part, defects)
    attachments.append(
        Attachment(
            filename=filename,
            content_type=ctype,
            data=data,
            inline=disposition == "inline" or bool(part.get("Content-ID")) and disposition != "attachment",
            depth=depth,
        )
    )


def _raw_headers(msg: Message) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    try:
        items = msg.items()
    except Exception:  # header registry failure on one header: fall back to raw
        items = list(getattr(msg, "_headers", []))
    for k, v in items:
        out.append((k, v))
    return out


def _safe_str(value: object) -> str:
    try:
        return str(value)
    except Exception:
        return repr(value)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:
        raw = [v for k, v in getattr(msg, "_headers", []) if k.lower() == name.lower()]
        value = raw[0] if raw else None
    if value is None:
        return ""
    return _safe_str(value)


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    raw = []
    try:
        raw = [str(v) for v in msg.get_all(name) or []]
    except Exception:
        raw = [str(v) for k, v in getattr(msg, "_headers", []) if k.lower() == name.lower()]
    out = []
    for display, addr in email.utils.getaddresses(raw):
        if display or addr:
            out.append(Address(display.strip(), addr.strip().lower()))
    return tuple(out)


def _first_msgid(value: str) -> str:
    found = _MSGID_RE.findall(value)
    if found:
        return found[0]
    return value.strip()


def _date(value: str):
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except Exception:
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        import datetime as dt

        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        try:
            name = part.get_param("name")
            if isinstance(name, tuple):
                name = email.utils.collapse_rfc2231_value(name)
        except Exception:
            name = None
    if not name:
        return ""
    name = str(name)
    if "=?" in name:
        try:
            from email.header import decode_header, make_header

            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    return name.strip()


def _text(part: Message) -> str:
    try:
        content = part.get_content()
        if isinstance(content, bytes):
            return content.decode("utf-8", "replace")
        return str(content)
    except Exception:
        payload = part.get_payload(decode=True) or b""
        if isinstance(payload, bytes):
            return payload.decode("utf-8", "replace")
        return str(payload)


def _bytes(part: Message, defects: list[str]) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"undecodable part: {type(exc).__name__}")
        return b""
    if payload is None:
        raw = part.get_payload()
        return raw.encode("utf-8", "replace") if isinstance(raw, str) else b""
    return payload
