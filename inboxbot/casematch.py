"""Which existing case an email belongs to. Pure, over a lookup the store implements.

In order of confidence (issue 3, item 8):
1. a case reference (EH-000123) in the subject, or bracketed in the body (our replies quote it);
2. `In-Reply-To` / `References` naming one of our replies, or an email already filed to a case;
3. the same family surname with at least one matching child date of birth, among open cases.
The first hit wins; `Match.how` records which, for the case log.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

CASE_REF = re.compile(r"\bEH-(\d{6})\b")
_BRACKETED_REF = re.compile(r"\[(EH-\d{6})\]")


def format_ref(case_id: int) -> str:
    return f"EH-{case_id:06d}"


@dataclass(frozen=True)
class CaseKey:
    """Enough of a case to match on (the store fills it)."""

    id: int
    ref: str
    family: str | None
    dobs: frozenset[dt.date]
    status: str


class CaseLookup(Protocol):
    def by_ref(self, ref: str) -> CaseKey | None: ...

    def by_message_ids(self, message_ids: Sequence[str]) -> CaseKey | None:
        """The case of one of our replies, or of an email already filed, with one of these Message-IDs."""

    def by_family(self, family_key: str) -> Sequence[CaseKey]:
        """Open cases whose family key (`family_key()`) is this, newest first."""


@dataclass(frozen=True)
class Match:
    case: CaseKey
    how: str  # "reference" | "thread" | "family_dob"


def family_key(family: str | None) -> str:
    """A surname compared loosely: accents, case, apostrophes and a trailing 'family' ignored."""
    if not family:
        return ""
    s = unicodedata.normalize("NFKD", family)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\bfamily\b", " ", s)
    s = s.replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^a-z]", "", s)


def refs_in(subject: str, body: str = "") -> list[str]:
    refs = [f"EH-{m}" for m in CASE_REF.findall(subject or "")]
    refs += _BRACKETED_REF.findall(body or "")
    seen: list[str] = []
    for r in refs:
        if r not in seen:
            seen.append(r)
    return seen


def match_case(
    *,
    subject: str,
    body: str,
    in_reply_to: Iterable[str],
    references: Iterable[str],
    family: str | None,
    dobs: Iterable[dt.date | None],
    lookup: CaseLookup,
) -> Match | None:
    """The case this email belongs to, or None for a new case."""
    for ref in refs_in(subject, body):
        case = lookup.by_ref(ref)
        if case is not None:
            return Match(case, "reference")
    thread = [m for m in list(in_reply_to) + list(reversed(list(references))) if m]
    if thread:
        case = lookup.by_message_ids(thread)
        if case is not None:
            return Match(case, "thread")
    key = family_key(family)
    wanted = {d for d in dobs if d is not None}
    if key and wanted:
        for case in lookup.by_family(key):
            if case.dobs & wanted:
                return Match(case, "family_dob")
    return None
