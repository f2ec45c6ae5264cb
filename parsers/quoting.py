"""Split an email body into its own text and the messages quoted or forwarded below it.

Outlook quotes a thread as header blocks ("From: ... Sent: ... To: ... Subject: ..."),
sometimes under "-----Original Message-----" or a line of underscores; Apple Mail and
Gmail quote with "On <date>, <who> wrote:" followed by ">"-prefixed lines; Gmail and
Apple forwards start with "---------- Forwarded message ---------" / "Begin forwarded
message:". Each block becomes a `Segment` with its author, so the analysis can tell a
worker's forwarded submission (evidence) from our own query quoted in a reply (not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import Address

_EMAIL_RE = re.compile(r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+")
_SEPARATOR_RE = re.compile(
    r"^\s*(?:-{2,}\s*Original Message\s*-{2,}|_{10,}|-{5,}\s*Forwarded message\s*-{5,}|Begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_HEADER_RE = re.compile(r"^\s*\*?(From|Sent|Date|To|Cc|Subject)\s*:\*?\s*(.*)$", re.IGNORECASE)
_WROTE_RE = re.compile(r"^\s*On\b.{4,200}?\bwrote:\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    """One message's own text inside a body: the email itself (depth 0) or a quoted/forwarded one."""

    text: str
    author: Address  # who wrote this part ("" email when unknown)
    depth: int  # 0 = the email's own text; 1 = first quoted/forwarded message; ...
    subject: str = ""


def _address(raw: str) -> Address:
    found = _EMAIL_RE.findall(raw)
    email = found[-1].lower() if found else ""
    name = raw.split("<")[0].strip().strip('"').strip()
    if _EMAIL_RE.fullmatch(name or "x"):
        name = ""
    return Address(name, email)


def split_body(text: str, sender: Address | None = None) -> list[Segment]:
    """The body's own text first, then each quoted or forwarded message, in order."""
    sender = sender or Address("", "")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    segments: list[Segment] = []
    _split(lines, sender, 0, "", segments)
    return segments


def _split(lines: list[str], author: Address, depth: int, subject: str, out: list[Segment]) -> None:
    own: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # Apple / Gmail style: "On ..., X wrote:" then ">" lines.
        wrote = _WROTE_RE.match(line)
        if not wrote and i + 1 < len(lines) and re.match(r"^\s*On\b", line) and _WROTE_RE.match(line + " " + lines[i + 1].strip()):
            wrote = _WROTE_RE.match(line + " " + lines[i + 1].strip())
            if wrote:
                line = line + " " + lines[i + 1].strip()
                i += 1
        if wrote:
            quoted = []
            j = i + 1
            while j < len(lines) and (lines[j].startswith(">") or not lines[j].strip()):
                quoted.append(lines[j])
                j += 1
            if any(q.startswith(">") for q in quoted):
                out.append(Segment("\n".join(own).strip(), author, depth, subject))
                own = []
                who = _address(re.sub(r"^\s*On\b.*?,\s*(?=[^,]*<)|\s*wrote:\s*$", "", line))
                if not who.email:
                    who = _address(line)
                inner = [re.sub(r"^> ?", "", q) for q in quoted]
                _split(inner, who, depth + 1, "", out)
                lines_after = lines[j:]
                if any(x.strip() for x in lines_after):
                    # Text after a quote (rare: inline replies) stays with the outer author.
                    _split(lines_after, author, depth, subject, out)
                return
        # ">" quoting with no "wrote:" line, the quoted message opening on its own header block
        # (a phone's reply to an Outlook message).
        if line.startswith(">"):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            inner = [re.sub(r"^> ?", "", q) for q in lines[i:j]]
            quoted_block = _header_block(inner, 0)
            if quoted_block is not None:
                end, headers = quoted_block
                out.append(Segment("\n".join(own).strip(), author, depth, subject))
                _split(inner[end:], _address(headers.get("from", "")), depth + 1, headers.get("subject", ""), out)
                if any(x.strip() for x in lines[j:]):
                    _split(lines[j:], author, depth, subject, out)
                return
        # Outlook style header block, optionally after a separator line.
        start = i
        if _SEPARATOR_RE.match(line):
            start = i + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
        block = _header_block(lines, start)
        if block is not None:
            end, headers = block
            out.append(Segment("\n".join(own).strip(), author, depth, subject))
            who = _address(headers.get("from", ""))
            _split(lines[end:], who, depth + 1, headers.get("subject", ""), out)
            return
        own.append(lines[i])
        i += 1
    out.append(Segment("\n".join(own).strip(), author, depth, subject))


def _header_block(lines: list[str], start: int) -> tuple[int, dict[str, str]] | None:
    """A run of From/Sent/To/Subject lines starting at `start`: (index after it, headers)."""
    if start >= len(lines):
        return None
    m = _HEADER_RE.match(lines[start])
    if not m or m.group(1).lower() != "from":
        return None
    headers: dict[str, str] = {}
    j = start
    last = ""
    while j < len(lines):
        m = _HEADER_RE.match(lines[j])
        if m:
            last = m.group(1).lower()
            headers.setdefault(last, m.group(2).strip())
            j += 1
            continue
        if lines[j].startswith((" ", "\t")) and lines[j].strip() and last:
            headers[last] += " " + lines[j].strip()  # folded To/Cc lists
            j += 1
            continue
        break
    if "from" in headers and ("sent" in headers or "date" in headers) and ("subject" in headers or "to" in headers):
        return j, headers
    return None
