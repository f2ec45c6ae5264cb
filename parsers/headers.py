"""Raw header values -> decoded text, addresses and dates.

We read headers raw (`Message.raw_items()`) and decode them here instead of
going through `policy.default`'s header registry, because the registry raises
on real mail: a group in To: gives AttributeError ('Group' has no
'local_part'), a 135 KB To: of encoded-words takes seconds, 8-bit bytes in
From: give UndecodableBytes. mail-parser's address scanner and date parser
were written for exactly this forensic input, so addresses and dates use them,
with the standard library as the fallback.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
from email.header import decode_header

from parsers.model import Address

log = logging.getLogger(__name__)

_MAX_HEADER_CHARS = 64 * 1024  # beyond this a header is an attack or a bug, not information
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_MSGID_RE = re.compile(r"<[^<>\s]+>")
_LOCAL_ONLY = re.compile(r"[a-z0-9._+-]+")  # "MAILER-DAEMON": bounces often come from a bare local part
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Charset labels that mail clients send but Python does not know, or knows under
# a narrower codec than the client meant (Outlook's Korean and Chinese labels).
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-8-i": "iso-8859-8",
    "windows-874": "cp874",
    "unknown-8bit": "utf-8",
    "x-unknown": "utf-8",
    "x-user-defined": "cp1252",
    "us-ascii": "cp1252",  # "us-ascii" text with 8-bit bytes in it is nearly always Windows-1252
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",  # Windows-1252 is a superset that Outlook sends labelled as Latin-1
    "latin1": "cp1252",
    "latin-1": "cp1252",
}


def codec_for(charset: str | None) -> str:
    """A Python codec name for a MIME charset label; utf-8 when unknown."""
    import codecs

    label = (charset or "").strip().strip('"').lower()
    if not label:
        return "utf-8"
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "utf-8"


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in a declared charset -> text, never raising.

    When the declared charset is absent or wrong (8-bit bytes in "us-ascii"
    text, a UTF-8 body labelled Latin-1), UTF-8 is tried first because it is
    self-validating, then the declared codec with replacement characters.
    """
    codec = codec_for(charset)
    if codec.startswith("iso2022"):
        # 7-bit stateful encodings always "decode" as UTF-8 too, leaving escape
        # sequences in the text: decode them as declared even when damaged.
        return data.decode(codec, "replace")
    if codec != "utf-8":
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec if codec != "utf-8" else "cp1252", "replace")
    except (UnicodeDecodeError, LookupError):
        return data.decode("latin-1")


def unescape_raw(value: str) -> str:
    """A raw header value from `message_from_bytes` -> text.

    8-bit header bytes come back from the parser as surrogate escapes; real
    senders use UTF-8 (RFC 6532) or their Windows code page.
    """
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        raw = value.encode("utf-8", "surrogateescape")
        return decode_bytes(raw, None)
    return value


def decode_text(value: object) -> str:
    """Decode one raw header value (RFC 2047 encoded-words, raw 8-bit) to text. Never raises."""
    try:
        text = unescape_raw(str(value))
    except Exception:
        return ""
    if len(text) > _MAX_HEADER_CHARS:
        text = text[:_MAX_HEADER_CHARS]
    text = re.sub(r"\r?\n[ \t]", " ", text).replace("\r", "").replace("\n", " ")
    if "=?" not in text or not _ENCODED_WORD.search(text):
        return _CONTROL.sub("", text).strip()
    try:
        parts = []
        for chunk, charset in decode_header(text):
            if isinstance(chunk, bytes):
                # charset None: an unencoded run between encoded-words, which
                # decode_header hands back encoded as raw-unicode-escape
                piece = chunk.decode("raw-unicode-escape", "replace") if charset is None else decode_bytes(chunk, charset)
            else:
                piece = chunk
            parts.append(piece)
        decoded = "".join(parts)
    except Exception:  # a broken encoded-word: keep it as written
        decoded = text
    return _CONTROL.sub("", decoded).strip()


def addresses(raw_values: list[str]) -> tuple[Address, ...]:
    """Mailboxes in raw address header values (To, Cc, From ...). Groups are flattened."""
    from mailparser.utils import get_addresses

    out: list[Address] = []
    for raw in raw_values:
        text = unescape_raw(str(raw))[:_MAX_HEADER_CHARS]
        try:
            pairs = get_addresses(text, decode_names=True)
        except Exception:  # mail-parser's scanner is careful, but this is untrusted input
            pairs = []
        if not any(addr for _, addr in pairs):
            try:
                pairs = email.utils.getaddresses([text])
            except Exception:
                pairs = []
        for name, addr in pairs:
            name = decode_text(name).strip().strip('"').strip()
            addr = (addr or "").strip().strip("<>").lower()
            if "@" not in addr and not _LOCAL_ONLY.fullmatch(addr):
                addr = ""  # a display name mistaken for an address
            if name or addr:
                out.append(Address(name, addr))
    return tuple(out)


def message_ids(raw: str) -> tuple[str, ...]:
    return tuple(_MSGID_RE.findall(unescape_raw(raw or "")))


def first_message_id(raw: str) -> str:
    found = message_ids(raw)
    return found[0] if found else (raw or "").strip()


def parse_date(raw: str) -> dt.datetime | None:
    """A Date header -> an aware datetime in the sender's own offset; None if unreadable."""
    value = decode_text(raw)
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except Exception:
        parsed = None
    if parsed is None:
        try:
            from mailparser.dates import parse_mail_date

            parsed = parse_mail_date(value).value  # obsolete RFC 822 forms; UTC
        except Exception:
            parsed = None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed
