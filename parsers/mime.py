"""Email bytes -> ParsedEmail.

The standard library's `email` with `policy.default` splits the MIME tree and
decodes transfer encodings and RFC 2231 parameters. Header values are read raw
and decoded in `parsers.headers` (with mail-parser's address and date
scanners), because the header registry raises on real-world mail. Every step
that touches the message is guarded: a malformed email is a finding recorded
in `defects`, never an exception.
"""

from __future__ import annotations

import email
import email.message
import email.parser
import email.utils
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.message import Message

from parsers import headers as hdr
from parsers.forwards import find_inline_forwards
from parsers.htmltext import html_to_text
from parsers.limits import DEFAULT_LIMITS, MB, Limits
from parsers.model import Address, Attachment, ParsedEmail

log = logging.getLogger(__name__)

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TNEF_MAGIC = b"\x78\x9f\x3e\x22"
_PATH_SEPARATORS = re.compile(r"[\\/]")
_FILENAME_JUNK = re.compile(r"[\x00-\x1f\x7f]")
# message/* parts that carry a whole message we should read as a forward
_MESSAGE_CONTAINERS = {"message/rfc822", "message/global"}


@dataclass
class _State:
    """What one parse_email call counts across nested forwards."""

    limits: Limits
    files: int = 0
    skipped: int = 0  # file parts past limits.max_attachments, not read
    over_limits: list[str] = field(default_factory=list)

    def note(self, reason: str) -> None:
        if reason not in self.over_limits:
            self.over_limits.append(reason)


@dataclass
class _Collected:
    """What the walk of one message (not its forwards) gathers."""

    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[ParsedEmail] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    htmls: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def parse_email(data: bytes, *, depth: int = 0, limits: Limits = DEFAULT_LIMITS) -> ParsedEmail:
    """Decode raw RFC 5322 bytes into a ParsedEmail. Never raises on malformed input.

    `depth` is how deep this message sits inside attached messages (0 for the
    email as delivered). An email over `limits.max_message_bytes` is read for
    its headers only, and `over_limits` says why.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        data = str(data).encode("utf-8", "surrogateescape")
    data = bytes(data)
    state = _State(limits)
    try:
        if data.startswith(_OLE2_MAGIC):
            return _outlook_file(data, depth)
        if len(data) > limits.max_message_bytes:
            state.note(
                f"the email is {len(data) / MB:.0f} MB, over the {limits.max_message_bytes / MB:.0f} MB size limit "
                "(only its headers were read)"
            )
            return _headers_only(data, depth, state, ())
        msg = email.message_from_bytes(data, policy=policy.default)
        return _from_message(msg, depth, state, len(data))
    except Exception as exc:  # RecursionError on pathological nesting, or a stdlib bug
        log.warning("MIME parsing failed (%s); reading headers only", type(exc).__name__)
        return _headers_only(data, depth, state, (f"unparseable MIME: {type(exc).__name__}",))


def _from_message(msg: Message, depth: int, state: _State, size: int) -> ParsedEmail:
    raw = _raw_headers(msg)
    found = _Collected()
    _walk(msg, depth, state, found, mime_depth=0)
    if state.skipped and depth == 0:
        # Counted over the whole email, forwards included; a forward reports its count, not a note.
        most = state.limits.max_attachments
        state.note(f"the email has {state.files + state.skipped} attached files, over the limit of {most} "
                   f"(only the first {most} were read)")
    plain = "\n\n".join(t for t in found.texts if t.strip())
    html = "\n\n".join(h for h in found.htmls if h.strip())
    body = plain
    if not body.strip() and html:
        body = html_to_text(html)
    return _build(raw, depth, state, size, found, body, html)


def _build(
    raw: list[tuple[str, str]],
    depth: int,
    state: _State,
    size: int,
    found: _Collected,
    body: str,
    html: str,
) -> ParsedEmail:
    def values(name: str) -> list[str]:
        lname = name.lower()
        return [v for k, v in raw if k.lower() == lname]

    def first(name: str) -> str:
        found_values = values(name)
        return found_values[0] if found_values else ""

    return ParsedEmail(
        message_id=hdr.first_message_id(first("Message-ID")),
        in_reply_to=hdr.message_ids(first("In-Reply-To")),
        references=hdr.message_ids(" ".join(values("References"))),
        subject=hdr.decode_text(first("Subject")),
        sender=(hdr.addresses(values("From")[:1]) or (Address("", ""),))[0],
        to=hdr.addresses(values("To")),
        cc=hdr.addresses(values("Cc")),
        reply_to=hdr.addresses(values("Reply-To")),
        date=hdr.parse_date(first("Date")),
        headers=tuple((k, hdr.decode_text(v)) for k, v in raw),
        content_type=_top_content_type(raw),
        text_body=body,
        attachments=tuple(found.attachments),
        forwarded=tuple(found.forwarded),
        defects=tuple(dict.fromkeys(found.defects)),
        html_body=html,
        inline_forwards=_inline_forwards(body),
        over_limits=tuple(state.over_limits),
        size=size,
        skipped_files=state.skipped,
    )


def _walk(part: Message, depth: int, state: _State, found: _Collected, mime_depth: int) -> None:
    if mime_depth > state.limits.max_mime_depth:
        state.note(f"MIME parts nested deeper than {state.limits.max_mime_depth} levels were not read")
        return
    # What the email package found wrong while splitting this part (boundaries, headers, base64).
    found.defects.extend(_defect_name(d) for d in getattr(part, "defects", None) or ())
    ctype = _content_type(part)
    if ctype in _MESSAGE_CONTAINERS:
        _forward(part, depth, state, found)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if not isinstance(payload, list):
            return
        subparts = [p for p in payload if isinstance(p, Message)]
        if ctype == "multipart/alternative":
            subparts = _choose_alternative(subparts)
        for sub in subparts:
            _walk(sub, depth, state, found, mime_depth + 1)
        return
    if ctype.startswith("multipart/"):
        # Declared multipart whose boundary never appears: the stdlib keeps the
        # body as one string. Read it as text so the words are not lost.
        found.defects.append("multipart without parts")
        text = _text(part, found.defects)
        if text.strip():
            found.texts.append(text)
        return
    filename = _filename(part)
    disposition = _disposition(part)
    if not filename and disposition != "attachment":
        if ctype == "text/plain" or ctype == "text":
            found.texts.append(_text(part, found.defects))
            return
        if ctype == "text/html":
            found.htmls.append(_text(part, found.defects))
            return
        if ctype.startswith("text/") or ctype.startswith("message/"):
            return  # text/calendar, delivery-status, rfc822-headers: the headers say what they are
    _add_attachment(part, ctype, filename, disposition, depth, state, found)


def _choose_alternative(parts: list[Message]) -> list[Message]:
    """Of an alternative, the plain text (or HTML when the plain text is empty) plus non-text alternatives."""
    plain = [p for p in parts if _content_type(p) == "text/plain" and not _filename(p)]
    html = [p for p in parts if _content_type(p) == "text/html" and not _filename(p)]
    others = [p for p in parts if p not in plain and p not in html]
    # Outlook.com invitations carry an empty text/plain beside the real HTML.
    if plain and not any(_text(p, []).strip() for p in plain):
        plain = []
    chosen = plain or html
    # Keep the HTML too when plain text is chosen: it becomes html_body.
    return chosen + [p for p in html if p not in chosen] + others


def _add_attachment(
    part: Message,
    ctype: str,
    filename: str,
    disposition: str,
    depth: int,
    state: _State,
    found: _Collected,
) -> None:
    if state.files >= state.limits.max_attachments:
        state.skipped += 1
        return
    state.files += 1
    data = _bytes(part, found.defects)
    content_id = _header_value(part, "Content-ID").strip().strip("<>")
    found.attachments.append(
        Attachment(
            filename=filename,
            content_type=ctype,
            data=data,
            inline=disposition == "inline" or (bool(content_id) and disposition != "attachment"),
            depth=depth,
            content_id=content_id,
        )
    )


def _forward(part: Message, depth: int, state: _State, found: _Collected) -> None:
    """An attached message: parse it as an email of its own, one level deeper."""
    if depth + 1 > state.limits.max_forward_depth:
        state.note(f"messages attached more than {state.limits.max_forward_depth} levels deep were not read")
        return
    inner = _inner_message_bytes(part, found.defects)
    if inner is None:
        return
    fwd = parse_email(inner, depth=depth + 1, limits=_remaining(state))
    state.files += len(fwd.attachments)
    state.skipped += fwd.skipped_files
    for note in fwd.over_limits:
        state.note(note)
    found.forwarded.append(fwd)
    found.attachments.extend(fwd.attachments)


def _remaining(state: _State) -> Limits:
    from dataclasses import replace

    return replace(state.limits, max_attachments=max(0, state.limits.max_attachments - state.files))


def _inner_message_bytes(part: Message, defects: list[str]) -> bytes | None:
    cte = _header_value(part, "Content-Transfer-Encoding").strip().lower()
    payload = part.get_payload()
    if cte in ("base64", "quoted-printable"):
        # RFC 2046 forbids encoding message/rfc822, but some clients do; the
        # stdlib then parses the base64 text as headers. Decode it ourselves.
        defects.append("encoded message/rfc822")
        body = _raw_body(part)
        if body is not None:
            import base64
            import quopri

            try:
                if cte == "base64":
                    return base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", body) + b"==", validate=False)
                return quopri.decodestring(body)
            except Exception:
                defects.append("undecodable message/rfc822")
                return None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        try:
            return payload[0].as_bytes(policy=policy.compat32)
        except Exception:
            try:
                return payload[0].as_string(policy=policy.compat32).encode("utf-8", "surrogateescape")
            except Exception:
                defects.append("unserialisable message/rfc822")
                return None
    if isinstance(payload, (str, bytes)):
        return payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else payload
    return None


def _raw_body(part: Message) -> bytes | None:
    """The undecoded body of a message/* part, as it was in the email."""
    payload = part.get_payload()
    try:
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            # The bogus "message" the stdlib made of the encoded text: its
            # serialisation is the encoded text again (headers, blank line, body).
            return payload[0].as_bytes(policy=policy.compat32)
        if isinstance(payload, str):
            return payload.encode("ascii", "ignore")
    except Exception:
        return None
    return None


def _inline_forwards(body: str):
    try:
        return find_inline_forwards(body)
    except Exception:  # a quote we could not read is just text
        return ()


# --- headers of one part -----------------------------------------------------


def _raw_headers(msg: Message) -> list[tuple[str, str]]:
    try:
        items = list(msg.raw_items())
    except Exception:
        items = list(getattr(msg, "_headers", []))
    out = []
    for key, value in items:
        try:
            out.append((str(key), value if isinstance(value, str) else str(value)))
        except Exception:
            continue
    return out


def _header_value(part: Message, name: str) -> str:
    lname = name.lower()
    for key, value in _raw_headers(part):
        if key.lower() == lname:
            return hdr.decode_text(value)
    return ""


def _top_content_type(raw: list[tuple[str, str]]) -> str:
    for key, value in raw:
        if key.lower() == "content-type":
            main = hdr.decode_text(value).split(";", 1)[0].strip().lower()
            if re.fullmatch(r"[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+", main):
                return main
            return "text/plain"
    return "text/plain"


def _view(part: Message) -> Message:
    """The part's MIME headers in a compat32 message, built once per part.

    compat32 parses Content-Type/Content-Disposition parameters (RFC 2231
    continuations included) with plain string splitting: it never raises, and
    is an order of magnitude faster than `policy.default`'s header registry,
    which re-parses the header on every access.
    """
    cached = getattr(part, "_inboxbot_view", None)
    if cached is not None:
        return cached
    view = email.message.Message()
    try:
        view.set_default_type(part.get_default_type())  # message/rfc822 inside multipart/digest
    except Exception:
        pass
    for key, value in _raw_headers(part):
        if key.lower() in ("content-type", "content-disposition", "content-id", "content-transfer-encoding"):
            try:
                view[key] = hdr.unescape_raw(value)
            except Exception:
                continue
    try:
        part._inboxbot_view = view  # type: ignore[attr-defined]
    except Exception:
        pass
    return view


def _content_type(part: Message) -> str:
    try:
        return _view(part).get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _disposition(part: Message) -> str:
    try:
        return (_view(part).get_content_disposition() or "").lower()
    except Exception:
        return ""


def _filename(part: Message) -> str:
    """The part's file name, decoded (RFC 2231, RFC 2047, raw 8-bit), without any path."""
    view = _view(part)
    try:
        name = view.get_filename() or view.get_param("name")
    except Exception:
        name = None
    if isinstance(name, tuple):  # an RFC 2231 triple that was not collapsed
        try:
            name = email.utils.collapse_rfc2231_value(name)
        except Exception:
            name = name[2] if len(name) == 3 else ""
    if not name:
        return ""
    name = hdr.decode_text(str(name))
    # "..\\..\\evil.exe" and "C:\\Users\\x\\letter.pdf": keep the last component only
    name = _PATH_SEPARATORS.split(name)[-1]
    return _FILENAME_JUNK.sub("", name).strip().strip('"').strip()


def _charset(part: Message) -> str | None:
    try:
        return _view(part).get_content_charset()
    except Exception:
        return None


# --- content ---------------------------------------------------------------


def _text(part: Message, defects: list[str]) -> str:
    data = _bytes(part, defects)
    return hdr.decode_bytes(data, _charset(part)).replace("\r\n", "\n").replace("\r", "\n")


def _bytes(part: Message, defects: list[str]) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        defects.append(f"undecodable part: {type(exc).__name__}")
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _defect_name(defect: object) -> str:
    return type(defect).__name__


# --- fallbacks ---------------------------------------------------------------


def _headers_only(data: bytes, depth: int, state: _State, defects: tuple[str, ...]) -> ParsedEmail:
    """Just the header block, for an email too big or too broken to walk."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        end = data.find(b"\n\n")
    head = data[: end if end >= 0 else min(len(data), 256 * 1024)]
    try:
        msg = email.parser.BytesHeaderParser(policy=policy.compat32).parsebytes(head)
        raw = _raw_headers(msg)
    except Exception:
        raw = []
    found = _Collected(defects=list(defects))
    try:
        return _build(raw, depth, state, len(data), found, "", "")
    except Exception:
        return ParsedEmail(
            message_id="", in_reply_to=(), references=(), subject="", sender=Address("", ""), to=(), cc=(),
            reply_to=(), date=None, headers=(), content_type="text/plain", text_body="", attachments=(),
            defects=defects, over_limits=tuple(state.over_limits), size=len(data),
        )


def _outlook_file(data: bytes, depth: int) -> ParsedEmail:
    """An Outlook .msg (OLE2) file handed over as if it were an email: keep it as one attachment
    so the .msg reader can open it, instead of reading binary as headers."""
    return ParsedEmail(
        message_id="", in_reply_to=(), references=(), subject="", sender=Address("", ""), to=(), cc=(),
        reply_to=(), date=None, headers=(), content_type="application/vnd.ms-outlook", text_body="",
        attachments=(Attachment("message.msg", "application/vnd.ms-outlook", data, depth=depth),),
        defects=("not an RFC 822 message: an Outlook .msg file",), size=len(data),
    )
