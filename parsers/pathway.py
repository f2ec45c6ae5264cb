"""Which transition pathway a step-down follows (seed 000, section 2.1 and 2.3).

  1  Intervention or 0-25 SEND -> early help, after a Child in Need or Child Protection plan
  2  Assessment or 0-25 SEND -> early help, after a Single Assessment only
  3  Families First -> universal services, after Early Help Record work
  none  case closed with no ongoing early help (Appendix 4 notification)
  unknown  nothing tells them apart (0-25 SEND covers both 1 and 2, "social care" says neither)

Signals are weighed, not matched one by one: the route the worker states outright counts
most, then the closing team (signatures, letter heading), then what the documents show
(a CIN plan, an assessment-only closure, an Early Help Record).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.model import ClassifiedDocument, DocType, Pathway

_I = re.IGNORECASE | re.MULTILINE

# (pathway, weight, pattern, what it means) - searched in the evidence (cover note, documents).
_SIGNALS: list[tuple[Pathway, float, str, str]] = [
    (Pathway.ONE, 6, r"\bpathway\s*(?:1|one)\b", "the email says Pathway 1"),
    (Pathway.TWO, 6, r"\bpathway\s*(?:2|two)\b", "the email says Pathway 2"),
    (Pathway.THREE, 6, r"\bpathway\s*(?:3|three)\b", "the email says Pathway 3"),
    (Pathway.ONE, 3, r"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)(?<!\bwithout\sa\s)\b(?:child\s+in\s+need|CIN)\s+plan\b(?!\s+(?:was|is)\s+not)|\bchild\s+protection\s+plan\b|\bCP\s+plan\b", "a CIN/CP plan is mentioned"),
    (Pathway.ONE, 3, r"\bfinal\s+(?:CIN|child\s+in\s+need|core\s+group)\b|\bCIN\s+(?:review|meeting)s?\b|\bcore\s+group\b", "a (final) CIN or core group meeting"),
    (Pathway.ONE, 3, r"step(?:ping|ped)?[\s-]*down\s+(?:from\s+)?(?:a\s+)?(?:CIN|CP|child\s+in\s+need|child\s+protection)\b", "step down from CIN/CP"),
    (Pathway.ONE, 3, r"\bintervention\s+(?:team|service)\b", "the Intervention team"),
    (Pathway.TWO, 3, r"\bassessment\s+(?:team|service)\b", "the Assessment team"),
    # The route stated outright, as a TAF review's "Route into early help" field may put it.
    (Pathway.ONE, 2, r"step(?:ping|ped)?[\s-]*down\s+from\s+(?:the\s+)?intervention\s+(?:team|service)\b", "step down from the Intervention team"),
    (Pathway.TWO, 2, r"step(?:ping|ped)?[\s-]*down\s+from\s+(?:the\s+)?assessment\s+(?:team|service)\b", "step down from the Assessment team"),
    (Pathway.TWO, 3, r"(?:after|following|at\s+the\s+end\s+of)\s+(?:a|the|an|our)?\s*(?:single\s+)?assessment\s+only|\bSA\s+only\b|assessment\s+only", "closing after an assessment only"),
    (Pathway.TWO, 2, r"clos(?:e|ed|ing)\s+at\s+(?:the\s+)?assessment\s+stage|no\s+(?:CIN|child\s+in\s+need)\s+plan\s+(?:is\s+)?(?:needed|required)", "closing at the assessment stage"),
    # Workers write Families First as "FF" ("FF closure", "FF step down").
    (Pathway.THREE, 3, r"(?:families\s+first|\b(?-i:FF)\b)\s+(?:involvement|work|support|will\s+(?:be\s+)?clos|(?:are|is)\s+clos|clos|step(?:ping)?[\s-]*down)",
     "Families First is closing"),
    (Pathway.THREE, 3, r"(?:step(?:ping|ped)?[\s-]*down|clos(?:e|ed|ing|ure))\s+(?:from\s+(?:families\s+first|\b(?-i:FF)\b)|to\s+universal\b)",
     "step down from Families First to universal services"),
    (Pathway.THREE, 2, r"\bfrom\s+families\s+first\b", "from Families First"),
    # Pathway 3's assessment is the Early Help Record: an email or letter that speaks of it (even one still to
    # be sent) is about Families First work.
    (Pathway.THREE, 2, r"\b(?-i:EHR)s?\b|early\s+help\s+record", "an Early Help Record is spoken of"),
]

# The closing worker's own team, from a signature line: "Social Worker | Assessment Team 4".
_SIGNATURE_TEAM: list[tuple[Pathway, str]] = [
    (Pathway.ONE, r"^\s*(?:.*\|\s*)?intervention\s+(?:team|service)\b"),
    (Pathway.TWO, r"^\s*(?:.*\|\s*)?assessment\s+(?:team|service)\b"),
    (Pathway.THREE, r"^\s*(?:.*\|\s*)?families\s+first\s+(?:coach|team|\(|service|$)|^\s*(?:[^,\n]{3,40},\s*)?(?:senior\s+)?families\s+first\s+coach\b"),
]


def decide_pathway(*, documents: Sequence[ClassifiedDocument], cover: str, thread: str, subject: str) -> tuple[Pathway, str]:
    """The pathway and a plain-English reason."""
    types = {c.type for c in documents}
    letters = [c for c in documents if c.type is DocType.CLOSURE_LETTER]
    notifications = [c for c in documents if c.type is DocType.CLOSURE_NOTIFICATION]
    if notifications and not letters:
        return Pathway.NONE, "an Appendix 4 notification (no ongoing early help)"

    scores: dict[Pathway, float] = {Pathway.ONE: 0.0, Pathway.TWO: 0.0, Pathway.THREE: 0.0}
    reasons: dict[Pathway, list[str]] = {p: [] for p in scores}

    def add(p: Pathway, w: float, why: str) -> None:
        scores[p] += w
        if why not in reasons[p]:
            reasons[p].append(why)

    sources: list[tuple[str, float]] = [(subject, 1.0), (cover, 1.0), (thread, 0.8)]
    for c in documents:
        if not c.doc.readable:
            continue
        if c.type is DocType.SINGLE_ASSESSMENT:
            sources.append((_assessment_outcome_free(c.doc.text), 0.8))
        else:
            sources.append((c.doc.text, 1.0))
    for text, factor in sources:
        if not text:
            continue
        for p, w, pattern, why in _SIGNALS:
            if re.search(pattern, text, _I):
                add(p, w * factor, why)
        for p, pattern in _SIGNATURE_TEAM:
            if re.search(pattern, text, _I):
                add(p, 2 * factor, "the closing worker's team")

    # What the documents show.
    for c in documents:
        if c.type is DocType.SINGLE_ASSESSMENT and c.doc.readable:
            outcome = _recommended_outcome(c.doc.text)
            if outcome == "cin":
                add(Pathway.ONE, 3, "the Single Assessment led to a CIN/CP plan")
            elif outcome == "step_down":
                add(Pathway.TWO, 3, "the Single Assessment recommends stepping down")
            add(Pathway.ONE, 0.5, "a Single Assessment is attached")
            add(Pathway.TWO, 0.5, "a Single Assessment is attached")
        elif c.type is DocType.SINGLE_ASSESSMENT:
            add(Pathway.ONE, 0.5, "a Single Assessment is attached")
            add(Pathway.TWO, 0.5, "a Single Assessment is attached")
        if c.type is DocType.EARLY_HELP_RECORD and c.is_assessment:
            add(Pathway.THREE, 3, "an Early Help Record assessment is attached")

    # A letter that says social care is closing is not a Families First closure.
    for c in letters:
        if c.doc.readable and re.search(r"(?:children'?s\s+)?social\s+care\s+(?:involvement|will\s+be\s+clos|(?:are|is)\s+clos)", c.doc.text, _I):
            add(Pathway.ONE, 0.5, "social care is closing")
            add(Pathway.TWO, 0.5, "social care is closing")
            scores[Pathway.THREE] -= 2

    best = max(scores, key=lambda p: scores[p])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 2.5 or ranked[0] - ranked[1] < 1.5:
        if not letters and not types & {DocType.SINGLE_ASSESSMENT, DocType.EARLY_HELP_RECORD, DocType.TAF_REVIEW}:
            return Pathway.UNKNOWN, "no closure letter or assessment says which route"
        return Pathway.UNKNOWN, "nothing tells pathway 1, 2 or 3 apart (" + _fmt(scores) + ")"
    return best, "; ".join(reasons[best][:3])


def _fmt(scores: dict[Pathway, float]) -> str:
    return ", ".join(f"{p.value}: {s:g}" for p, s in scores.items())


_RECS = re.compile(r"^\s*(?:\d+\.\s*)?recommendations?\b.*$", _I)


def _recommendations(text: str) -> str:
    m = _RECS.search(text)
    if not m:
        return ""
    end = re.search(r"^\s*(?:\d+\.\s*)?manager'?s?\s+(?:comments|decision|authorisation)", text[m.end():], _I)
    return text[m.end(): m.end() + (end.start() if end else 1500)]


def _assessment_outcome_free(text: str) -> str:
    """The assessment without its recommendations (their outcome is weighed separately)."""
    recs = _recommendations(text)
    return text.replace(recs, "") if recs else text


def _recommended_outcome(text: str) -> str | None:
    recs = _recommendations(text)
    if not recs:
        return None
    if re.search(r"(?:child\s+in\s+need|CIN|child\s+protection|CP)\s+plan|s\.?\s?47|section\s+47|transfer\s+to\s+(?:the\s+)?intervention", recs, _I) and not re.search(
        r"step(?:ping)?[\s-]*down|close\s+to\s+children'?s\s+social\s+care|closed\s+to", recs, _I
    ):
        return "cin"
    if re.search(r"step(?:ping)?[\s-]*down|transition\s+to\s+early\s+help|(?:closed?|closing)\s+(?:to|by)\s+children'?s\s+social\s+care|early\s+help", recs, _I):
        return "step_down"
    return None
