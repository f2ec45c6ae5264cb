"""Decide what is missing from a step-down case: `check(analyses, rules) -> Outcome`.

Pure: takes the analyses of the emails of one case (the submission and any replies that
carry a missing item) and the rules, and returns a frozen Outcome in which every
requirement has a verdict, a reason, and where the evidence was found. Dates are judged
against the letter's date (else the email's date), never today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from inboxbot.requirements import EMAIL_SOURCE, Evidence, Source
from inboxbot.rules import Rules
from parsers.model import (
    Analysis,
    Child,
    DocStatus,
    DocType,
    Kind,
    LeadPractitioner,
    Pathway,
)

LABEL_KEYS = (
    "neighbourhood", "pathway", "kind", "documents", "family", "children", "lead_practitioner",
    "assessment_date", "letter_date", "missing",
)
_UNREADABLE = (DocStatus.ENCRYPTED, DocStatus.CORRUPT, DocStatus.TOO_LARGE, DocStatus.TIMEOUT)


@dataclass(frozen=True)
class RequirementResult:
    id: str
    title: str
    satisfied: bool
    reason: str  # plain English: why it is or is not satisfied
    evidence: str | None  # which document, and where, when something was found
    ask: str  # what would satisfy it (for the reply to the worker)


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    pathway: Pathway
    neighbourhood: str | None
    family: str | None
    children: tuple[Child, ...]
    lead_practitioner: LeadPractitioner | None
    assessment_date: dt.date | None
    letter_date: dt.date | None
    review_date: dt.date | None
    next_review_date: dt.date | None
    documents: tuple[tuple[str, str, str], ...]  # (filename, type, status)
    results: tuple[RequirementResult, ...]
    missing: tuple[str, ...]  # sorted requirement ids not satisfied
    unreadable: tuple[str, ...]  # filenames of encrypted / corrupt documents
    pathway_reason: str = ""
    kind_reason: str = ""

    @property
    def complete(self) -> bool:
        return self.pathway is not Pathway.UNKNOWN and not self.missing

    def to_json(self) -> dict[str, Any]:
        """Exactly the label keys, in the label format (ISO dates, sorted `missing`)."""
        lp = self.lead_practitioner
        return {
            "neighbourhood": self.neighbourhood,
            "pathway": self.pathway.value,
            "kind": self.kind.value,
            "documents": [{"filename": f, "type": t} for f, t, _ in self.documents],
            "family": self.family,
            "children": [{"name": c.name, "dob": c.dob.isoformat() if c.dob else None} for c in self.children],
            "lead_practitioner": None if lp is None else {
                "name": lp.name, "role": lp.role, "agency": lp.agency, "email": lp.email, "phone": lp.phone,
            },
            "assessment_date": _iso(self.assessment_date),
            "letter_date": _iso(self.letter_date),
            "missing": list(self.missing),
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def check(analyses: Sequence[Analysis], rules: Rules) -> Outcome:
    """Judge a case on everything received for it (one email, or a submission plus replies)."""
    if not analyses:
        raise ValueError("check() needs at least one analysed email")
    primary = _primary(analyses)
    pathway = _pathway(analyses, primary)
    evidence = Evidence(
        analyses=tuple(analyses),
        sources=tuple(_sources(analyses)),
        pathway=pathway,
        reference_date=_reference_date(analyses),
        assessment_types=tuple(rules.assessment_types.get(pathway.value, ())),
    )
    results: list[RequirementResult] = []
    if primary.kind is not Kind.NOT_A_SUBMISSION:
        for req in rules.for_pathway(pathway):
            verdict = req.checker.check(evidence)
            results.append(RequirementResult(req.id, req.title, verdict.satisfied, verdict.reason, verdict.evidence, req.ask))
    missing = tuple(sorted(r.id for r in results if not r.satisfied))
    documents = tuple((d.doc.filename, d.type.value, d.doc.status.value) for a in analyses for d in a.documents)
    unreadable = tuple(d.doc.filename for a in analyses for d in a.documents if d.doc.status in _UNREADABLE)
    return Outcome(
        kind=primary.kind,
        pathway=pathway,
        neighbourhood=_first(a.neighbourhood for a in analyses),
        family=_first(a.family for a in analyses),
        children=_children(analyses),
        lead_practitioner=_lead(analyses),
        assessment_date=_latest(a.assessment_date for a in analyses),
        letter_date=_latest(a.letter_date for a in analyses),
        review_date=_latest(a.review_date for a in analyses),
        next_review_date=_latest(a.next_review_date for a in analyses),
        documents=documents,
        results=tuple(results),
        missing=missing,
        unreadable=unreadable,
        pathway_reason=primary.pathway_reason,
        kind_reason=primary.kind_reason,
    )


def _primary(analyses: Sequence[Analysis]) -> Analysis:
    """The case's kind comes from the first real submission; else from the first email."""
    for a in analyses:
        if a.kind is Kind.SUBMISSION:
            return a
    for a in analyses:
        if a.kind is not Kind.NOT_A_SUBMISSION:
            return a
    return analyses[0]


def _pathway(analyses: Sequence[Analysis], primary: Analysis) -> Pathway:
    if primary.pathway is not Pathway.UNKNOWN:
        return primary.pathway
    for a in analyses:
        if a.pathway is not Pathway.UNKNOWN and a.kind is not Kind.NOT_A_SUBMISSION:
            return a.pathway
    return Pathway.UNKNOWN


def _sources(analyses: Sequence[Analysis]) -> list[Source]:
    out: list[Source] = []
    for a in analyses:
        if a.kind is Kind.NOT_A_SUBMISSION:
            continue
        for d in a.documents:
            if d.doc.readable:
                out.append(Source(d.doc.filename, d.type.value, d.doc.text, d))
        has_body_letter = any(d.doc.filename == "(body)" for d in a.documents)
        if a.cover_text.strip() and not has_body_letter:
            out.append(Source("the email", EMAIL_SOURCE, a.cover_text))
    return out


def _reference_date(analyses: Sequence[Analysis]) -> dt.date | None:
    letters = [a.letter_date for a in analyses if a.letter_date and _has_letter(a)]
    if letters:
        return max(letters)
    refs = [a.reference_date for a in analyses if a.reference_date]
    return max(refs) if refs else None


def _has_letter(a: Analysis) -> bool:
    return any(d.type in (DocType.CLOSURE_LETTER, DocType.CLOSURE_NOTIFICATION) and d.doc.readable for d in a.documents)


def _first(values):
    for v in values:
        if v:
            return v
    return None


def _latest(values):
    vals = [v for v in values if v]
    return max(vals) if vals else None


def _children(analyses: Sequence[Analysis]) -> tuple[Child, ...]:
    from parsers.people import fold

    seen: dict[str, Child] = {}
    for a in analyses:
        for c in a.children:
            key = fold(c.name)
            if key not in seen or (seen[key].dob is None and c.dob is not None):
                seen[key] = c
    return tuple(seen.values())


def _lead(analyses: Sequence[Analysis]) -> LeadPractitioner | None:
    lps = [a.lead_practitioner for a in analyses if a.lead_practitioner]
    if not lps:
        return None
    return max(lps, key=lambda x: sum(1 for v in (x.role, x.agency, x.email, x.phone) if v))
