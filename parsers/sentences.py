"""Cut document text into sentences and headings, for phrase rules.

PDF text wraps lines mid-sentence and Word tables come out one row per line, so a
"sentence" here is: prose joined across wrapped lines and split at . ! ? ; and table
rows / short title lines kept on their own and marked as headings when they look like one
(a heading such as "Risks, impact of non-engagement and contingency plan" names a topic;
it is not evidence that the topic was written about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str
    heading: bool


_END = re.compile(r"[.!?:;)]\s*$")
_HEADINGISH = re.compile(r"^\s*(?:\d+[.)]\s*)?[A-Z][^.!?]{0,90}$")


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    buf: list[str] = []
    lines = [ln.rstrip() for ln in text.replace("\f", "\n").splitlines()]

    def flush() -> None:
        if buf:
            joined = re.sub(r"\s+", " ", " ".join(buf)).strip()
            for part in re.split(r"(?<=[.!?;])\s+(?=[\"'‘“(]?[A-Z0-9])", joined):
                if part.strip():
                    out.append(Sentence(part.strip(), False))
            buf.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "\t" in line:
            flush()  # a table row from a Word table: its own unit
            out.append(Sentence(re.sub(r"\s+", " ", line).strip(), False))
            continue
        short_title = _HEADINGISH.match(line) and len(line.split()) <= 12 and not _END.search(line)
        if short_title and not buf and (not nxt or nxt[:1].isupper() or nxt[:1].isdigit()):
            out.append(Sentence(line.strip(), True))
            continue
        buf.append(line.strip())
        if _END.search(line) and (not nxt or nxt[:1].isupper()):
            flush()
    flush()
    return out
