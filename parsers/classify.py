"""What kind of document is this: closure letter, Appendix 4 notification, Single Assessment,
Early Help Record, TAF review, or something else.

Scored on the document's title area (its first lines weigh most: that is where a form or a
letter says what it is), its section headings, and its filename. The filename alone decides
only when the text cannot be read (a password-protected PDF still has a telling name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.model import DocType, DocumentText
from parsers.people import is_closing

# (pattern, weight) per type. Title patterns are searched in the first lines only.
_TITLE: dict[DocType, list[tuple[str, float]]] = {
    DocType.CLOSURE_NOTIFICATION: [
        (r"notification\s+of\s+(?:case\s+)?closure|case\s+closure\s+notification", 6),
    ],
    DocType.CLOSURE_LETTER: [
        (r"transition\s+to\s+early\s+help|step(?:ping)?[\s-]*down\s+to\s+early\s+help|case\s+closure\s+letter", 5),
        (r"^\s*dear\b", 2),
        (r"private\s*(?:&|and)\s*confidential", 1),
        # a terse letter's heading in the closing team's words ("Closure to Children's Social Care - Eze family")
        (r"^\s*(?:case\s+)?closure\s+(?:to|from|by)\s+children'?s\s+social\s+care\b", 4),
    ],
    DocType.SINGLE_ASSESSMENT: [
        (r"single\s+assessment|child\s+(?:and|&)\s+family\s+assessment|\bC\s?&\s?F\s+assessment|statutory\s+assessment", 6),
    ],
    DocType.TAF_REVIEW: [
        (r"plan\s+review\b|\bTAF\s+(?:meeting\s+)?review\b|team\s+around\s+the\s+family\s+(?:meeting\s+)?review\b|review\s+of\s+(?:the\s+)?(?:early\s+help\s+)?(?:family\s+)?plan", 7),
    ],
    DocType.EARLY_HELP_RECORD: [
        (r"early\s+help\s+record|\bEHR\b", 5),
        (r"(?:early\s+help\s+|smart\s+|family\s+)+plan\b", 4),
        (r"early\s+help\s+assessment", 5),
        (r"assessment\s+(?:and|&)\s+(?:family\s+|support\s+)?plan", 4),
    ],
}

_BODY: dict[DocType, list[tuple[str, float]]] = {
    DocType.CLOSURE_NOTIFICATION: [
        (r"(?:does|do)\s+not\s+require\s+(?:ongoing\s+|any\s+(?:further\s+)?)?early\s+help", 3),
        (r"not\s+considered\s+at\s+this\s+time\s+that\s+the\s+family\s+requires?\s+early\s+help", 3),
        (r"no\s+(?:ongoing|further)\s+early\s+help", 2),
        (r"^\s*dear\s+colleague", 1.5),
        (r"notify\s+you\s+of\s+(?:case\s+)?closure", 2),
    ],
    DocType.CLOSURE_LETTER: [
        (r"early\s+help\s+lead\s+practitioner", 1.5),
        (r"team\s+around\s+the\s+family", 0.5),
        (r"(?:involvement|work)\s+with\s+(?:you|your\s+family)[^.]{0,60}(?:end|clos|finish)", 2),
        (r"clos(?:e|ing)\s+your\s+(?:family'?s?\s+)?case", 2),
        (r"^\s*(?:with\s+best\s+wishes|yours\s+sincerely|kind\s+regards|best\s+wishes)", 1),
        (r"^\s*dear\b", 1),
    ],
    DocType.SINGLE_ASSESSMENT: [
        (r"assessment\s+type|date\s+of\s+assessment|assessment\s+(?:start|completed)\s+date|^\s*assessment\s+completed\b", 2),
        (r"child(?:\(ren\))?\s+subject\s+of\s+(?:the\s+)?assessment", 2),
        (r"parenting\s+capacity|family\s+and\s+environmental\s+factors|developmental\s+needs", 2),
        (r"children\s+act\s+1989|s\.\s?17\b|section\s+17\b", 1),
        (r"manager'?s\s+(?:comments|authorisation)|date\s+authorised", 1),
    ],
    DocType.TAF_REVIEW: [
        (r"date\s+of\s+(?:the\s+)?TAF\s+review|next\s+review\s+date|review\s+number|date\s+of\s+(?:this\s+)?review", 2),
        (r"progress\s+(?:since\s+(?:the\s+)?(?:transition|last\s+review)|against\s+(?:the\s+)?plan)|route\s+into\s+early\s+help", 2),
    ],
    DocType.EARLY_HELP_RECORD: [
        (r"what\s+are\s+we\s+worried\s+about|what\s+we\s+are\s+worried\s+about|what(?:'s|’s|\s+is)\s+working\s+well"
         r"|what\s+needs\s+to\s+happen", 2),
        (r"date\s+(?:early\s+help\s+record\s+)?started|date\s+plan\s+agreed|date\s+of\s+plan", 2),
        (r"families\s+first\s+coach", 0.5),
    ],
}

_FILENAME: dict[DocType, str] = {
    DocType.CLOSURE_NOTIFICATION: r"notification|app(?:endix)?\.?\s*4\b",
    DocType.CLOSURE_LETTER: r"closure\s*letter|app(?:endix)?\.?\s*2\b|letter|transition|step[\s-]*down",
    DocType.SINGLE_ASSESSMENT: r"single\s*assessment|\bSA\b|_SA_|assessment",
    DocType.TAF_REVIEW: r"review",
    DocType.EARLY_HELP_RECORD: r"\bEHR\b|early\s*help\s*record|plan",
}

_OTHER_TITLE = re.compile(
    r"consent\s+(?:to|form)|attendance\s+(?:report|record)|genogram|referral\s+form|chronology|minutes",
    re.IGNORECASE,
)

_ASSESSMENT_CONTENT = re.compile(
    r"what\s+(?:are\s+we|we\s+are)\s+worried\s+about|what(?:'s|’s|\s+is)\s+working\s+well|^\s*assessment\b|summary\s+of\s+(?:progress|assessment)"
    r"|assessment\s+(?:and|&)\s+(?:family\s+|support\s+)?plan"
    r"|early\s+help\s+record\b(?!\s*[-–—]\s*plan\s+review)|early\s+help\s+assessment",
    re.IGNORECASE | re.MULTILINE,
)

_FLAGS = re.IGNORECASE | re.MULTILINE
_FIRST_LINE_BONUS = 2.0

# A review says what it is in its title, at the very top ("Early Help Record – Plan Review"); further
# down the first lines, "TAF review" is a meeting in a plan row ("Hold the first TAF review meeting").
_TITLE_LINES: dict[DocType, int] = {DocType.TAF_REVIEW: 4}

# The structure of a TAF review: a review of an existing early help plan after a TAF meeting, with the
# review's date, the next review and the progress made against the plan.
_REVIEW_STRUCTURE = re.compile(
    r"^\s*(?:date\s+of\s+(?:the\s+|this\s+)?(?:TAF\s+)?review(?:\s+meeting)?|next\s+review(?:\s+date)?|review\s+(?:date|number|no\.?))\s*[:\t|]"
    r"|progress\s+(?:since\s+(?:the\s+)?(?:transition|last\s+review)|against\s+(?:the\s+)?plan)|route\s+into\s+early\s+help",
    re.IGNORECASE | re.MULTILINE,
)
# The features of an Appendix 2 closure letter: written to the family, closing the case, handing over
# to early help and a lead practitioner.
_LETTER_GREETING = re.compile(r"^\s*dear\b", re.IGNORECASE | re.MULTILINE)
# A salutation to the family: not "Dear Colleague" (the Appendix 4 notification's greeting), our team or "all".
_FAMILY_GREETING = re.compile(
    r"^\s*dear\s+(?!(?:all|team|colleagues?|everyone|sir|madam|nam|ehp|east|west|central|south|early\s+help|"
    r"families\s+first|partnership|triage)\b)\S", re.IGNORECASE | re.MULTILINE)
_LETTER_SHAPE_BONUS = 3.0
_LETTER_CLOSING = re.compile(
    r"transition\s+to\s+early\s+help|step(?:ping)?[\s-]*down|(?:involvement|work)\s+with\s+(?:you|your\s+family|the\s+family)[^.]{0,60}"
    r"(?:end|clos|finish)|clos(?:e|ed|ing|ure)\b[^.]{0,40}\b(?:case|involvement|social\s+care|families\s+first)|lead\s+practitioner",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Classification:
    type: DocType
    is_assessment: bool
    scores: dict[str, float]


# What a closure letter is about: the case or plan ending, early help going on, someone leading it, consent.
_ENDING = re.compile(r"\b(?:clos(?:e|es|ed|ing|ure)|end(?:s|ed|ing)?|come\s+to\s+an\s+end|step(?:ping)?[\s-]*down|no\s+longer)\b", re.IGNORECASE)
_AGREEING = re.compile(r"consent|agreed|happy\s+for|accept", re.IGNORECASE)
_CLOSURE_TOPICS = (
    _ENDING,
    re.compile(r"early\s+help|families\s+first|universal\s+services", re.IGNORECASE),
    re.compile(r"lead\s+(?:practitioner|professional)|\bwill\s+(?:lead|be\s+your)\b", re.IGNORECASE),
    _AGREEING,
)
# A document to the family may abbreviate (EH, TAF, LP) and misspell ("Lead Practioner"); a cover note to a
# colleague does too, so the email body is held to the words written out.
_CLOSURE_TOPICS_SHORTHAND = (
    _ENDING,
    re.compile(r"early\s+help|families\s+first|universal\s+services|\b(?-i:EH|TAF)\b|team\s+around\s+the\s+family", re.IGNORECASE),
    re.compile(r"lead\s+(?:pract\w*|professional)|\b(?-i:LP)\b|\bwill\s+(?:lead|be\s+your)\b", re.IGNORECASE),
    _AGREEING,
)
_MIN_LETTER_WORDS = 80


def letter_to_family(text: str, *, shorthand: bool = True) -> bool:
    """A closure letter by its shape, whatever its heading: a salutation to the family, a letter's worth of
    text, a sign-off, and what a closure letter is about (`shorthand`: written in abbreviations too). Each
    salutation is tried: a cover note to a colleague by first name ("Dear Hannah") may come first."""
    topics = _CLOSURE_TOPICS_SHORTHAND if shorthand else _CLOSURE_TOPICS
    for greeting in _FAMILY_GREETING.finditer(text):
        lines = text[greeting.start():].splitlines()
        end = next((i for i, line in enumerate(lines) if i > 0 and is_closing(line)), None)
        if end is None:
            continue
        letter = "\n".join(lines[:end])
        if len(letter.split()) >= _MIN_LETTER_WORDS and sum(bool(rx.search(letter)) for rx in topics) >= 3:
            return True
    return False


_EHR_TITLE = re.compile(r"early\s+help\s+record|\bEHR\b", re.IGNORECASE)
# A letter set out as labelled rows: an addressee row ("To<tab>Ms Lee") near the top. The family, not a
# colleague or a team (an Appendix 4 notification goes to professionals).
_ADDRESSEE_ROW = re.compile(
    r"^\s*(?:to|addressed\s+to|recipient)\s*(?:\t|:)\s*(?!(?:all|team|colleagues?|everyone|nam|ehp|early\s+help|"
    r"families\s+first|partnership|triage|lbn|the\s+early)\b)\S", re.IGNORECASE)
# Its label then the name: after a tab or colon, or glued to it ("FromJo Bell") where a label's cell or bold
# run was written without a space.
_SIGNED_ROW = re.compile(r"^\s*(?:signed(?:\s+by)?|from|written\s+by|signature)(?:\s*[\t:]\s*\S|(?-i:[A-Z][a-z]))",
                         re.IGNORECASE | re.MULTILINE)
_FORM_LETTER_BONUS = 4.0


def form_letter_to_family(text: str) -> bool:
    """A closure letter set out in tables: an addressee row among its first lines, a row for who it is
    from or signed by, and what a closure letter is about (the ending, early help going on, a lead, consent)."""
    head = _head(text, 6).splitlines()
    if not any(_ADDRESSEE_ROW.match(line) for line in head) or not _SIGNED_ROW.search(text):
        return False
    if _LETTER_GREETING.search(_head(text, _GREETING_LINES)):
        return False  # a letter with a salutation is judged as one (letter_to_family)
    return len(text.split()) >= _MIN_LETTER_WORDS and sum(bool(rx.search(text)) for rx in _CLOSURE_TOPICS_SHORTHAND) >= 3


# A letter written as short labelled lines ("Consent: ...", "Lead practitioner: ..."), as some workers write
# one in the email body. It names itself a letter among its first lines: its addressee (not an address
# header of a forwarded email), its date as a letter's, or a letter's heading.
_LABELLED_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z /&'()\-]{0,40}?\s*:\s*\S", re.MULTILINE)
_LETTER_LABEL = re.compile(
    r"^\s*(?:to\s*:(?![^\n]*@)|date\s+of\s+(?:the\s+)?letter\s*:|letter\s+date\s*:)\s*\S"
    r"|^\s*(?:re|subject)\s*:\s*(?:transition\s+to\s+early\s+help|notification\s+of\s+(?:case\s+)?closure|case\s+closure)",
    re.IGNORECASE | re.MULTILINE)
_FORWARD_HEADER = re.compile(r"^\s*(?:sent|from)\s*:.*(?:@|\d{4})", re.IGNORECASE | re.MULTILINE)
_MIN_LABELLED_LINES = 5


def labelled_letter(text: str) -> DocType | None:
    """A closure letter or Appendix 4 notification set out as labelled lines: it says it is a letter among
    its first lines, holds a letter's worth of labelled lines, is signed off, and is about closing (a
    notification by its own heading or wording, a letter by the closure letter's topics written out)."""
    head = _head(text, 6)
    if not _LETTER_LABEL.search(head) or _FORWARD_HEADER.search(head):
        return None
    if len(_LABELLED_LINE.findall(text)) < _MIN_LABELLED_LINES or len(text.split()) < _MIN_LETTER_WORDS:
        return None
    if not (any(is_closing(line) for line in text.splitlines()) or _SIGNED_ROW.search(text)):
        return None
    if re.search(_TITLE[DocType.CLOSURE_NOTIFICATION][0][0], head, _FLAGS) or any(
            re.search(rx, text, _FLAGS) for rx, _ in _BODY[DocType.CLOSURE_NOTIFICATION][:3]):
        return DocType.CLOSURE_NOTIFICATION
    if sum(bool(rx.search(text)) for rx in _CLOSURE_TOPICS) >= 3:
        return DocType.CLOSURE_LETTER
    return None


def _head(text: str, lines: int = 12) -> str:
    kept = [line for line in text.splitlines() if line.strip()]
    return "\n".join(kept[:lines])


# Types whose title is a form's heading. A letter names them in its subject line or first paragraph
# ("Outcome of your Single Assessment", "we reviewed your Early Help Record"), below its salutation.
_FORM_TYPES = (DocType.SINGLE_ASSESSMENT, DocType.EARLY_HELP_RECORD)


# A letter's salutation comes after the sender's and the family's addresses, the date and a reference.
_GREETING_LINES = 14


def _opens_as_letter(text: str) -> bool:
    return any(_LETTER_GREETING.match(line) for line in _head(text, _GREETING_LINES).splitlines())


_HEADING_WORDS = 12


def _heading_like(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= _HEADING_WORDS and not stripped.endswith((".", ";", ","))


def _title_zone(text: str, doc_type: DocType) -> str:
    """Where a type's title is looked for: the first lines, but for a form type in a document that opens
    as a letter (a salutation among its first lines), only the lines above the salutation."""
    head = _head(text, _TITLE_LINES.get(doc_type, 12))
    if doc_type is DocType.CLOSURE_LETTER and not _opens_as_letter(text):
        # With no salutation, "step down to early help" names the document only as a heading; in a form's
        # sentence ("Recommendation: step down to early help.") it is the form's content.
        head = "\n".join(line for line in head.splitlines() if _heading_like(line))
    if doc_type is DocType.TAF_REVIEW:
        # A row of a plan table ("TAF review\tAll\t12/12/2026") is an action, not the document's title.
        head = "\n".join(line for line in head.splitlines() if "\t" not in line.strip())
    if doc_type in _FORM_TYPES:
        lines = _head(text, _GREETING_LINES).splitlines()
        for i, line in enumerate(lines):
            if _LETTER_GREETING.match(line):
                return "\n".join(lines[:i])
        if form_letter_to_family(text):
            # Its rows below the addressee are the letter's content ("Plan: the early help plan will ...").
            i = next(i for i, line in enumerate(lines) if _ADDRESSEE_ROW.match(line))
            return "\n".join(lines[:i])
    return head


def _filename_type(filename: str) -> DocType | None:
    stem = re.sub(r"\.[A-Za-z0-9]{2,4}$", "", filename)
    stem = re.sub(r"[_]+", " ", stem)
    for doc_type in (DocType.CLOSURE_NOTIFICATION, DocType.TAF_REVIEW, DocType.SINGLE_ASSESSMENT,
                     DocType.EARLY_HELP_RECORD, DocType.CLOSURE_LETTER):
        if re.search(_FILENAME[doc_type], stem, re.IGNORECASE):
            return doc_type
    return None


def classify_text(text: str, filename: str = "") -> Classification:
    """Score the text for each document type and pick the best; OTHER when nothing fits."""
    scores: dict[str, float] = {}
    letter = _opens_as_letter(text)
    for doc_type in _TITLE:
        score = 0.0
        head = _title_zone(text, doc_type)
        # A letter's first line is its sender's address or a heading about the letter ("Single Assessment
        # outcome"), not a form's title.
        first = "" if letter and doc_type in _FORM_TYPES else _head(head, 1)
        for pattern, weight in _TITLE[doc_type]:
            if re.search(pattern, head, _FLAGS):
                score += weight
                # The very first line is where a form says what it is ("EARLY HELP RECORD - review").
                if first and re.search(pattern, first, _FLAGS) and not _LETTER_GREETING.match(first):
                    score += _FIRST_LINE_BONUS
        for pattern, weight in _BODY[doc_type]:
            if re.search(pattern, text, _FLAGS):
                score += weight
        scores[doc_type.value] = score
    # A letter to the family that closes the case and hands over to early help is a closure letter, even
    # when it mentions a TAF meeting or review; a review has the review's own fields.
    if (_LETTER_GREETING.search(_head(text, 8)) and len(_LETTER_CLOSING.findall(text)) >= 2
            and not _REVIEW_STRUCTURE.search(text)):
        scores[DocType.TAF_REVIEW.value] = min(scores[DocType.TAF_REVIEW.value], 0.0)
    # Written to the family and signed off like a letter, about closing: a letter, whatever form it names.
    signed_off = any(is_closing(line) for line in text.splitlines())
    if letter and signed_off and _FAMILY_GREETING.search(_head(text, _GREETING_LINES)) and (
            _LETTER_CLOSING.search(text) or letter_to_family(text)):
        scores[DocType.CLOSURE_LETTER.value] += _LETTER_SHAPE_BONUS
    # A record that was reviewed ("Early Help Record – closing review", "last updated at the TAF review") is
    # still the record: a TAF review has the review's own fields (its date, the next review, progress).
    review_fields = _REVIEW_STRUCTURE.search(text) or any(re.search(rx, text, _FLAGS) for rx, _ in _BODY[DocType.TAF_REVIEW])
    if _EHR_TITLE.search(_head(text, 1)) and not review_fields:
        scores[DocType.TAF_REVIEW.value] = min(scores[DocType.TAF_REVIEW.value], 0.0)
    # Laid out as a form (every part a labelled row) but addressed to the family and about closing: a letter.
    if form_letter_to_family(text):
        scores[DocType.CLOSURE_LETTER.value] += _FORM_LETTER_BONUS
    # A plan review's title also says "Early Help Record": the review title wins.
    if scores[DocType.TAF_REVIEW.value] >= 7:
        scores[DocType.EARLY_HELP_RECORD.value] -= 5
    # A letter that mentions the assessment is still a letter; an assessment quoting
    # "transition to early help" is still an assessment: the title line decides ties.
    by_file = _filename_type(filename)
    if by_file is not None:
        scores[by_file.value] += 1.0
    best_value, best_score = max(scores.items(), key=lambda kv: kv[1])
    best = DocType(best_value)
    if _OTHER_TITLE.search(_head(text, 3)) and best_score < 8:
        best, best_score = DocType.OTHER, 0.0
    if best_score < 4:
        best = DocType.OTHER
    return Classification(best, _is_assessment(best, text), scores)


def _is_assessment(doc_type: DocType, text: str) -> bool:
    if doc_type is DocType.SINGLE_ASSESSMENT:
        return True
    if doc_type is DocType.EARLY_HELP_RECORD:
        # A bare family plan (actions table only) is typed early_help_record but is not an assessment.
        return bool(_ASSESSMENT_CONTENT.search(text))
    return False


def classify_unreadable(filename: str) -> Classification:
    """An encrypted or corrupt file: only its name can say what it is."""
    doc_type = _filename_type(filename) or DocType.OTHER
    is_assessment = doc_type is DocType.SINGLE_ASSESSMENT or (
        doc_type is DocType.EARLY_HELP_RECORD and not re.search(r"plan", filename, re.IGNORECASE)
    )
    return Classification(doc_type, is_assessment, {})


def classify(doc: DocumentText) -> Classification:
    """Classify one extracted document (the filename helps; the text decides)."""
    if not doc.readable:
        if doc.content_type.startswith("image/") or re.search(r"\.(png|jpe?g|gif|bmp)$", doc.filename, re.IGNORECASE):
            return Classification(DocType.OTHER, False, {})
        return classify_unreadable(doc.filename)
    return classify_text(doc.text, doc.filename)
