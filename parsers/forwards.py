"""Messages quoted inside a body: inline forwards and replies.

Managers forward a worker's submission inline (FW:), and replies quote the
NAM query and the original submission below the new text. Mail clients write
the quoted header block differently:

* Outlook desktop/OWA: an optional "-----Original Message-----" or a rule of
  underscores, then "From: / Sent: / To: / Cc: / Subject:" lines (bold "*From:*"
  when the HTML was flattened by another client);
* Apple Mail: "Begin forwarded message:" then "From: / Subject: / Date: / To:",
  or "On 9 Oct 2026, at 10:32, Name <addr> wrote:" with ">"-quoted lines below;
* Gmail: "---------- Forwarded message ---------" then "From: / Date: / Subject: / To:",
  or "On Mon, 9 Oct 2026 at 10:32, Name <addr> wrote:".
"""

from __future__ import annotations

import re

from parsers.headers import addresses
from parsers.model import Address, InlineForward

_FIELD = re.compile(r"^[ \t>]*\*?(From|Sent|Date|To|Cc|Subject)\*?:[ \t]*(.*)$", re.IGNORECASE)
_WROTE = re.compile(r"^[ \t>]*On (.{4,300}?) wrote:[ \t]*$")
# the sender at the end of a "wrote:" line: 'Name <addr>', a bare address, or failing those the last ", " part
_WROTE_SENDER = re.compile(r"(?:^|,\s*|\s)((?:[^,<>]*<[^<>\s]+@[^<>\s]+>)|[^,\s<>]+@[^,\s<>]+)\s*$")
_MAX_SCAN_CHARS = 2_000_000  # bodies bigger than this are not scanned for quotes


def find_inline_forwards(text: str) -> tuple[InlineForward, ...]:
    """Quoted messages in a plain-text body, in the order they appear (newest first)."""
    if not text:
        return ()
    lines = text[:_MAX_SCAN_CHARS].splitlines()
    starts: list[tuple[int, int, dict[str, str]]] = []  # (first line, first body line, fields)
    i = 0
    while i < len(lines):
        block = _header_block(lines, i)
        if block is not None:
            end, fields = block
            starts.append((i, end, fields))
            i = end
            continue
        wrote = _WROTE.match(lines[i])
        if wrote:
            starts.append((i, i + 1, _wrote_fields(wrote.group(1))))
        i += 1
    out: list[InlineForward] = []
    for n, (_, body_start, fields) in enumerate(starts):
        body_end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        body = "\n".join(_unquote(line) for line in lines[body_start:body_end]).strip()
        sender = addresses([fields.get("from", "")])
        out.append(
            InlineForward(
                sender=sender[0] if sender else Address(fields.get("from", "").strip(), ""),
                sent=fields.get("sent", fields.get("date", "")).strip(),
                to=fields.get("to", "").strip(),
                cc=fields.get("cc", "").strip(),
                subject=fields.get("subject", "").strip(),
                body=body,
            )
        )
    return tuple(out)


def _header_block(lines: list[str], i: int) -> tuple[int, dict[str, str]] | None:
    """A quoted header block starting at line i: (index after it, fields), or None.

    It must start with From: and hold at least two of Sent/Date/To/Subject in
    the next few lines, so a sentence such as "From: the school" is not one.
    """
    first = _FIELD.match(lines[i])
    if not first or first.group(1).lower() != "from":
        return None
    fields = {"from": first.group(2)}
    j = i + 1
    while j < len(lines) and j <= i + 8:
        match = _FIELD.match(lines[j])
        if match:
            fields.setdefault(match.group(1).lower(), match.group(2))
        elif lines[j].strip(" \t>") == "":
            if len(fields) > 1:
                break
        elif fields and lines[j].startswith((" ", "\t")):
            pass  # a folded To:/Cc: line
        else:
            break
        j += 1
    if len(set(fields) & {"sent", "date", "to", "subject"}) < 2:
        return None
    return j, fields


def _wrote_fields(text: str) -> dict[str, str]:
    match = _WROTE_SENDER.search(text)
    if match:
        return {"from": match.group(1).strip(), "sent": text[: match.start()].strip(" ,")}
    sent, _, sender = text.rpartition(", ")
    return {"from": sender, "sent": sent}


def _unquote(line: str) -> str:
    return re.sub(r"^(?:> ?)+", "", line)
