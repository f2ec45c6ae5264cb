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
    # The heading this sentence stands under ("Risks", "Contingency plan"), if any: a section's title
    # says what its sentences are about even when they do not repeat it.
    section: str = ""


_END = re.compile(r"[.!?:;)]\s*$")
_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")
# A short title-case line: every word capitalised except small joining words.
_SECTION_TITLE = re.compile(r"^\s*(?:\d+[.)]\s*)?[A-Z][\w’'/-]*(?:\s+(?:[A-Z][\w’'/-]*|and|of|the|for|to|&|a|in))*\s*$")
_SECTION_SENTENCES = 3
# A line that stops on a word that needs more after it runs on into the next line: not a heading
# ("Your lead practitioner is Mrs Jo Bloggs, SENCo at" / "Oak Primary ...").
_RUNS_ON = re.compile(
    r"\b(?:at|of|the|a|an|and|or|to|for|with|in|on|by|from|is|are|was|will|be|your|our|their|his|her|(?-i:Mr|Mrs|Ms|Miss|Dr))\s*$|[&/–-]\s*$",
    re.IGNORECASE)
_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\s*$")
_HEADINGISH = re.compile(r"^\s*(?:\d+[.)]\s*)?[A-Z][^.!?]{0,90}$")
# A numbered or bulleted list item ("1 Jo Bloggs will ...", "2) ...", "• ..."), but not a date ("25 March 2026").
_LIST_ITEM = re.compile(r"^\s*(?:(?:\d{1,2}[.)]|[•*▪–-])\s+|\d{1,2}\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?-i:[A-Z]))", re.IGNORECASE)


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    buf: list[str] = []
    section = [""]  # the current heading; it stops applying after a few sentences (a heading leads a short section)
    since_heading = [0]

    def under() -> str:
        since_heading[0] += 1
        return section[0] if since_heading[0] <= _SECTION_SENTENCES else ""
    lines = [ln.rstrip() for ln in text.replace("\f", "\n").splitlines()]

    def flush() -> None:
        if buf:
            joined = re.sub(r"\s+", " ", " ".join(buf)).strip()
            for part in re.split(r"(?<=[.!?;])\s+(?=[\"'‘“(]?[A-Z0-9])", joined):
                if part.strip():
                    out.append(Sentence(part.strip(), False, under()))
            buf.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if "\t" in line:
            flush()  # a table row from a Word table: its own unit
            out.append(Sentence(re.sub(r"\s+", " ", line).strip(), False, under()))
            continue
        has_date = bool(_DATE.search(line))
        short_title = (_HEADINGISH.match(line) and len(line.split()) <= 12 and not _END.search(line) and not has_date
                       and not _RUNS_ON.search(line))
        if short_title and buf and _ENDS_WITH_YEAR.search(buf[-1]) and (not nxt or nxt[:1].isupper()):
            flush()  # a wrapped table cell ending in its date ("Course starts 15 September" / "2026"), then a heading
        if short_title and not buf and (not nxt or nxt[:1].isupper() or nxt[:1].isdigit() or _LIST_ITEM.match(nxt)):
            out.append(Sentence(line.strip(), True))
            section[0], since_heading[0] = line.strip(), 0
            continue
        if _SECTION_TITLE.match(line) and (not nxt or nxt[:1].isupper()):
            # "Consent", "Risks and contingency plan": a section title inside flowing PDF text.
            flush()
            out.append(Sentence(line.strip(), True))
            section[0], since_heading[0] = line.strip(), 0
            continue
        buf.append(line.strip())
        if _END.search(line) and (not nxt or nxt[:1].isupper() or _LIST_ITEM.match(nxt)):
            flush()
        elif re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*$", line) and (not nxt or nxt[:1].isupper()):
            flush()  # a plan row ending in its date: the next line is the next row
    flush()
    return out
