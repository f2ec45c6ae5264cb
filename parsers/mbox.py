"""mbox bytes -> the RFC 5322 messages in it.

Maildir and IMAP hand us one message at a time; mbox files turn up in test
suites and exports. mboxo/mboxrd quoting (">From " at line start) is undone.
"""

from __future__ import annotations

import re

_FROM_LINE = re.compile(rb"^From [^\r\n]*\r?\n", re.MULTILINE)
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def is_mbox(data: bytes) -> bool:
    """True when the bytes start with an mbox "From " separator line."""
    return data.startswith(b"From ") and b"\n" in data[:1000] and b":" in data[:2000]


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file, each without its "From " separator line."""
    starts = [m for m in _FROM_LINE.finditer(data)]
    if not starts or starts[0].start() != 0:
        return [data] if data.strip() else []
    messages: list[bytes] = []
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(data)
        body = data[match.end() : end]
        # the blank line before the next "From " belongs to the separator
        if body.endswith(b"\r\n\r\n"):
            body = body[:-2]
        elif body.endswith(b"\n\n"):
            body = body[:-1]
        if body.strip():
            messages.append(_QUOTED_FROM.sub(rb"\1", body))
    return messages
