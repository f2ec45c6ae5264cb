"""People named in step-down documents: the children (with dates of birth), the family name,
the Early Help Lead Practitioner, and the name/title that signs a letter off.

Text from PDFs breaks lines mid-sentence, so patterns allow any whitespace between words.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from parsers.dates import DATE_RE, MONTH_RE, find_dates, parse_date
from parsers.model import Child, LeadPractitioner

# A capitalised name word: letters with apostrophes/hyphens inside (O’Brien, Al-Amin, Zielińska).
_UP = r"[^\W\d_a-zß-ÿ]"  # an upper-case letter (approximation that works for Latin scripts)
# A PDF whose font lacks a letter prints a box (■) or U+FFFD in its place ("Wi■niewski"): still a name.
_LETTER = r"(?:[^\W\d_]|[\u25a0\ufffd])"
NAME_WORD = rf"(?-i:{_UP}{_LETTER}*(?:['’\-]{_UP}?{_LETTER}+)*)"  # case-sensitive even inside (?i) patterns
_TITLES = r"(?-i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
NAME = rf"{NAME_WORD}(?:[ ]+{NAME_WORD}){{1,3}}"

# Words that look like names in capitals but are not people.
_NOT_NAME_WORDS = {
    "dob", "d.o.b", "date", "birth", "family", "the", "and", "early", "help", "transition", "to", "of", "for",
    "notification", "case", "closure", "children", "child", "name", "names", "school", "primary", "academy",
    "health", "service", "services", "team", "newham", "london", "borough", "street", "road", "lane", "close",
    "avenue", "way", "walk", "court", "grove", "gardens", "mews", "yard", "crescent", "re", "social", "care",
    "families", "first", "assessment", "single", "record", "plan", "review", "age", "aged", "male", "female",
    "son", "daughter", "mother", "father", "parent", "dear", "yes", "no", "not", "in", "a", "setting", "ongoing",
    "contact", "tel", "email", "phone", "mobile", "gp", "surgery", "nursery", "centre", "hub", "officer",
    "worker", "coach", "lead", "practitioner", "manager", "visitor", "nurse", "senco", "dsl", "teacher",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "person", "id", "gender", "st", "next", "steps", "your", "our", "role", "catholic", "high", "community",
    "children's", "attended", "present", "plan", "update", "updated", "risk", "risks", "role", "agency", "address", "private", "confidential", "official", "sensitive",
}

_DOB_LABEL = r"(?:\(?\s*(?:DOB|D\.O\.B\.?|date\s+of\s+birth|born(?:\s+on)?)\s*[:\-]?\s*)"
_ADULT_ROLE = re.compile(
    r"^\s*(?:parent|mother|father|mum|dad|step-?(?:mother|father|parent)|carer|grand(?:mother|father|parent)"
    r"|partner|aunt|uncle|adult|guardian|foster)", re.IGNORECASE)
_CHILD_ROLE = re.compile(
    r"^\s*(?:[MF]\b|male|female|son|daughter|boy|girl|subject\s+child|child|\d{1,2}\s+(?:years?|months?)|aged?\s+\d)",
    re.IGNORECASE)

# Lines that list the children: the letter's heading and the "Children" row of a plan or form.
_LIST_HEADING = re.compile(
    r"(?:transition\s+to\s+early\s+help|notification\s+of\s+(?:case\s+)?closure|^\s*re\s*:|^\s*(?:[•*\-–]\s*)?child(?:ren|\(ren\))?(?!['’])\b(?:'?s)?\s*(?:names?)?\s*(?=[:\t]|\s+[A-Z]|\s*$)"
    r"|^\s*names?\s+of\s+child"
    # however the heading is worded, "<Surname> Family:" (or " – ") then the children
    rf"|^.{{0,80}}?(?<![\w’'-]){NAME_WORD}(?:-{NAME_WORD})?\s+(?-i:Family|family)\s*[:–—]\s*(?-i:(?={_UP})))",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE_START = re.compile(r"^\s*(?:I|We|You|As|This|Thank|Dear|Following|When|Further|Since|My|Our|Your)\b")


def fold(text: str) -> str:
    """Case- and accent-insensitive key for comparing names (Zielińska == Zielinska; O’Brien == O'Brien)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def is_name(candidate: str) -> bool:
    words = candidate.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(fold(w).strip(".,") in _NOT_NAME_WORDS for w in words):
        return False
    if any(_ROLE_WORDS.fullmatch(w) or _AGENCY_WORDS.fullmatch(w) or _ROLEISH.fullmatch(w) for w in words):
        return False  # "Language Therapist", "Primary School": a job or a place, not a person
    return all(re.fullmatch(NAME_WORD, w) for w in words)


@dataclass(frozen=True)
class ChildMention:
    name: str
    dob: dt.date | None
    labelled: bool  # the DOB was written with a "DOB"/"date of birth" label or in a children list
    weight: float = 1.0  # how much to trust its spelling (OCR text less)


def _clean_name(raw: str) -> str:
    raw = re.sub(rf"^(?:{_TITLES}\s+)", "", raw.strip())
    return re.sub(r"\s+", " ", raw).strip(" ,;:()")


def _items(heading: str) -> list[str]:
    """Split a list of children (commas/semicolons; a comma inside "Name, DOB: x" stays with its name)."""
    heading = re.sub(rf",\s*(?={_DOB_LABEL})", " ", heading, flags=re.IGNORECASE)
    # "Ada Quill - 03/09/2016": a dash before a date joins the child to its date of birth.
    return [p.strip() for p in re.split(r"[;,]|\band\b|\s[-–—]\s(?!\s*\d)", heading) if p.strip()]


_HEADING_WORDS_BEFORE = 4


def _in_a_sentence(before: str, after: str) -> bool:
    """The heading's words inside a sentence ("we have discussed transition to early help support for
    you"): several words before them and no colon or dash after them to open a list."""
    return len(before.split()) >= _HEADING_WORDS_BEFORE and not re.match(r"\s*[:\-–—]", after)


def _listed_family(items: list[tuple[str, dt.date | None]]) -> str | None:
    """The family a heading list names ("Quill Family"), when it names one before its children."""
    for name, dob in items:
        m = re.fullmatch(rf"(?:the\s+)?({NAME_WORD}(?:[ -]{NAME_WORD})?)\s+(?-i:Family|family)", name)
        if m and dob is None and fold(m.group(1)) not in _FAMILY_STOP:
            return m.group(1)
    return None


def _first_name_only(name: str) -> bool:
    return bool(re.fullmatch(NAME_WORD, name)) and fold(name) not in _NOT_NAME_WORDS and not _ROLEISH.fullmatch(name)


def children_in_lists(text: str, before: dt.date | None) -> list[ChildMention]:
    """Children from heading lines: "Transition to Early Help: X Family, Ann Lee 3/9/14, Bo Lee"."""
    out: list[ChildMention] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _LIST_HEADING.search(line)
        if not m:
            continue
        chunk = line[m.end():]
        if _in_a_sentence(line[:m.start()], chunk) or not chunk.strip() and line.strip()[:1].islower():
            continue  # "...for both\nchildren": the word wrapped from a sentence, not a "Children" heading
        listed = False
        if not chunk.strip(" :-–—\t") and re.match(r"^\s*(?:[•*\-–]\s*)?child", line, re.IGNORECASE):
            # "Children:" on its own line, then one child a line ("Ann Lee (DOB 3/9/14)", "Bo Lee"):
            # every line that starts with a name is a child, with or without a date of birth.
            for nxt in lines[i + 1:i + 9]:
                item = re.sub(r"^\s*[•*\-–]\s*", "", nxt).strip()
                head = re.split(r"[(,:\t]|\s[-–—]\s|\s+(?:DOB|D\.O\.B|born|date\s+of\s+birth|aged?)\b", item, maxsplit=1, flags=re.IGNORECASE)[0]
                if not item or len(item) > 90 or not is_name(_clean_name(head)) or re.match(rf"{_TITLES}\s", item):
                    break  # not a child's name (an adult is titled: "Mrs Jo Bloggs 22/09/2026" in a plan)
                chunk += "; " + item
                listed = True
        # A PDF wraps a long heading: continue while the next lines are not a sentence.
        for nxt in [] if listed else lines[i + 1:i + 3]:
            if not nxt.strip() or _SENTENCE_START.match(nxt) or len(nxt) > 120 and "." in nxt[:-1]:
                break
            if re.search(r"[A-Za-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", nxt) and not DATE_RE.search(nxt):
                break  # prose
            # Only a wrapped heading continues: the line so far ends mid-item (no closing bracket or date).
            tail = chunk.rstrip()
            if (tail.endswith(")") or re.search(rf"(?:{DATE_RE.pattern})$", tail, re.IGNORECASE)) and not re.match(r"^\s*[,;(]", nxt):
                break
            chunk += " " + nxt.strip()
        chunk = re.sub(r"^\s*[:\-–—]\s*", "", chunk)
        items = []
        for item in _items(chunk):
            dob = None
            found = find_dates(item)
            name_part = item
            if found:
                dob = found[0].date
                name_part = item[: found[0].start]
            name_part = re.sub(_DOB_LABEL + r".*$", "", name_part, flags=re.IGNORECASE)
            name_part = re.sub(r"\((?:aged?|\d).*$", "", name_part, flags=re.IGNORECASE)
            # A note after the name ("Bo Lee (youngest)", "(not at home)") is about the child, not part of the name.
            name_part = re.sub(r"\s*\([^()]*\)\s*$", "", name_part)
            name_part = re.sub(r"\s+(?:aged?\s*)?\d+\s*(?:years?|yrs?|months?)?.*$", "", name_part, flags=re.IGNORECASE)
            items.append((_clean_name(re.sub(r"[\s\-–—]+$", "", name_part)), dob))
        family = _listed_family(items)
        # The template's heading names the family once and the children by first name after it
        # ("Transition to Early Help: Quill Family, Ada 03/09/2016, Ben 04/05/2019").
        first_names = family is not None and any(dob and _first_name_only(name) for name, dob in items)
        for name, dob in items:
            if first_names and _first_name_only(name):
                name = f"{name} {family}"
            if re.search(r"\bfamily\b", name, re.IGNORECASE) or not is_name(name):
                continue
            if dob is not None and before is not None and dob >= before:
                dob = None
            out.append(ChildMention(name, dob, True))
    return out


# A household table row puts a relationship cell between the name and the date of birth
# ("Riya Patel | Child | 03/03/2017", "Riya Patel Son 03/03/2017"); only a child's relationship
# may stand there, so a parent's row or a plan row ("Ms Quill  20/04/2026") gives no child.
_CHILD_CELL = r"(?:child|son|daughter|step-?(?:son|daughter)|boy|girl|subject\s+child|sibling|(?-i:[MF])|male|female)"
# Between a name and its date of birth: an age ("Ada Quill, aged 9 (DOB ...)"), or a bracket that holds
# only the date ("Ben Quill (04/05/2019)").
_AGE_ASIDE = r"(?:,?\s*\(?(?:aged?\s+\d{1,2}(?:\s+(?:years?|yrs?))?|\d{1,2}\s+(?:years?|yrs?|months?)(?:\s+old)?)\)?\s*,?\s*)?"
_BRACKETED_DATE = r"\s*\((?=\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4})\s*\))"
_NAME_DOB_RE = re.compile(
    rf"(?<![\w’'])(?P<title>{_TITLES}\s+)?(?P<name>{NAME})(?:{_BRACKETED_DATE}|\s*[,:|\t]?\s*|\s+[–—-]\s+(?={_DOB_LABEL})){_AGE_ASIDE}"
    rf"(?:(?P<rel>{_CHILD_CELL})\s*[,|\t]?\s*)?"
    rf"(?P<label>{_DOB_LABEL})?(?:the\s+)?(?P<date>{DATE_RE.pattern})",
    re.IGNORECASE,
)
_ROW_RE = re.compile(rf"^\s*(?P<name>{NAME})[\t ]+(?P<rest>.*)$")
# What a form or letter writes where a date of birth is not known: the child is still one of the family.
_UNKNOWN_DOB = (r"(?:not\s+(?:yet\s+)?(?:known|given|recorded|provided|available|stated|supplied|confirmed)|unknown|unavailable"
                r"|n/?[ka]\b|tbc\b|tba\b|to\s+be\s+(?:confirmed|provided|added|given)|to\s+follow|awaited|pending|none\s+(?:given|recorded)"
                r"|\?+(?!\w)|[-–—]+(?!\s*\d))")
_DOB_UNKNOWN = re.compile(rf"^\s*{_UNKNOWN_DOB}", re.IGNORECASE)
_NAME_NO_DOB_RE = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME})\s*[,(]?\s*(?:DOB|D\.O\.B\.?|date\s+of\s+birth)\s*[:\-]?\s*(?:is\s+)?{_UNKNOWN_DOB}",
    re.IGNORECASE,
)
_DOB_HEADER = re.compile(r"date\s+of\s+birth|\bD\.?O\.?B\b", re.IGNORECASE)
# Not a date of birth, though it stands where one should: "born March 2021", "born in 2021", or a
# template's "child DOB" left with no date after it. The child is named; the date is still missing.
_NAME_PARTIAL_DOB_RE = re.compile(
    rf"(?<![\w’'])(?P<name>{NAME})\s*[,(]?\s*(?:born|DOB|D\.O\.B\.?|date\s+of\s+birth)\s*[:\-]?\s*(?:in\s+)?(?:{MONTH_RE}\s+)?(?:19|20)\d\d\b"
    rf"|(?<![\w’'])(?P<bare>{NAME})[ \t]+(?:child\s+)?(?:DOB|D\.O\.B\.?|date\s+of\s+birth)(?=[ \t]*(?:[,;)]|$|and\b))",
    re.IGNORECASE | re.MULTILINE,
)


def children_with_dobs(text: str, before: dt.date | None) -> list[ChildMention]:
    """ "Ann Lee (DOB 03/09/2014)", "Ann Lee, DOB: 3 Sept 2014", table rows "Ann Lee 03/09/2014 Female"."""
    out: list[ChildMention] = []
    flat = re.sub(r"[ \t]*\n[ \t]*", " \n", text)
    for m in _NAME_DOB_RE.finditer(flat):
        if m.group("title"):
            continue  # "Ms Begum 15/07/2026": an adult with a deadline in a plan
        name = _clean_name(m.group("name").replace("\n", " "))
        rel = m.group("rel")
        words = name.split()
        if len(words) > 2 and re.fullmatch(_CHILD_CELL, words[-1], re.IGNORECASE):
            name, rel = " ".join(words[:-1]), words[-1]  # "Riya Patel Child 03/03/2017": the name ran into the cell
        if not is_name(name):
            continue
        between = flat[m.end("name"):m.start("date")]
        if "\n" in between and not m.group("label"):
            continue
        dob = parse_date(m.group("date"))
        if dob is None or (before is not None and dob >= before) or dob.year < 1990:
            continue
        out.append(ChildMention(name, dob, bool(m.group("label") or rel)))
    # A child said to have no known date of birth: "Mark Ivanov (DOB not known)", "Mark Ivanov, date of birth: TBC".
    for m in _NAME_NO_DOB_RE.finditer(flat):
        name = _clean_name(m.group("name").replace("\n", " "))
        if is_name(name):
            out.append(ChildMention(name, None, True))
    for m in _NAME_PARTIAL_DOB_RE.finditer(flat):
        name = _clean_name(m.group("name") or m.group("bare"))
        if is_name(name):
            out.append(ChildMention(name, None, True))
    # Table rows of family members with no DOB given: "Chidi Lee  M  Meadowbank Primary", and in a
    # household table whose header asks for the date of birth, "Mark Ivanov  Not known".
    lines = text.splitlines()
    out += _household_rows_without_dob(lines)
    for i, line in enumerate(lines):
        rm = _ROW_RE.match(line.replace("\t", " \t"))
        if not rm:
            continue
        rest = rm.group("rest")
        if _DOB_UNKNOWN.match(rest) and any(_DOB_HEADER.search(h) for h in lines[max(0, i - 8):i]):
            continue  # read by _household_rows_without_dob
        if DATE_RE.match(rest.strip()) or not _CHILD_ROLE.match(rest) or _ADULT_ROLE.search(rest.split("\t")[0]):
            continue
        if re.search(r"\b(?:parent|mother|father|carer)\b", rest, re.IGNORECASE):
            continue
        name = _clean_name(rm.group("name"))
        if is_name(name):
            out.append(ChildMention(name, None, False))
    return out


# A table of the family's children, read by its header row: a column that holds names ("Name", "Child",
# "Child / young person", "Full name") and a column that holds dates of birth, in any order and with any
# other columns between ("Name | School | DOB").
_NAME_COLUMN = re.compile(r"^(?:(?:full|child(?:'s|ren'?s)?|young\s+person'?s)\s+)?names?$|^child(?:ren)?(?:\s*/\s*young\s+person)?$|^young\s+person$", re.IGNORECASE)
_DOB_COLUMN = re.compile(r"^(?:date\s+of\s+birth|d\.?\s?o\.?\s?b\.?|born|birth\s+date)(?:\s*\(.*\))?$", re.IGNORECASE)
_ADULT_CELL = re.compile(r"\b(?:parent|mother|father|mum|dad|carer|step-?(?:mother|father)|grand\w+|partner|adult|guardian)\b", re.IGNORECASE)
_OLDEST_CHILD_YEARS = 26  # the 0-25 SEND service works with young people up to 25
_TABLE_ROWS = 12


def _forename_first(cell: str) -> str:
    """A case-management export writes "QUILL, Ada": the forename first, the surname as a name is spelled."""
    m = re.fullmatch(rf"\s*(?-i:([A-Z][A-Z'’\-]+(?:[ ][A-Z][A-Z'’\-]+)?)),\s*({NAME_WORD}(?:[ ]+{NAME_WORD})?)\s*", cell)
    if not m:
        return cell
    surname = re.sub(r"(?<=[A-Za-z])([A-Z]+)", lambda x: x.group(1).lower(), m.group(1))
    return f"{m.group(2)} {surname}"


def children_in_tables(text: str, before: dt.date | None) -> list[ChildMention]:
    """Children from a tabbed table whose header row names a name column and a date-of-birth column: each
    row below with a name in the one and a date in the other, until the table ends. A row that says it is
    a parent or carer is not a child."""
    out: list[ChildMention] = []
    lines = text.splitlines()
    for i, header in enumerate(lines):
        cells = [c.strip() for c in header.split("\t")]
        if len(cells) < 2:
            continue
        name_col = next((k for k, c in enumerate(cells) if _NAME_COLUMN.match(c)), None)
        dob_col = next((k for k, c in enumerate(cells) if _DOB_COLUMN.match(c)), None)
        if name_col is None or dob_col is None:
            continue
        for line in lines[i + 1:i + 1 + _TABLE_ROWS]:
            row = [c.strip() for c in line.split("\t")]
            if len(row) != len(cells):
                break
            name = _clean_name(_forename_first(row[name_col]))
            if not is_name(name):
                break
            if any(_ADULT_CELL.search(c) for k, c in enumerate(row) if k != name_col):
                continue
            found = find_dates(row[dob_col])
            dob = found[0].date if found and found[0].start == 0 else None
            if dob is not None and before is not None and (dob >= before or before.year - dob.year > _OLDEST_CHILD_YEARS):
                continue  # not a child's date of birth: a date to come, or an adult's
            if dob is None and row[dob_col] and not _DOB_UNKNOWN.match(row[dob_col]):
                continue
            out.append(ChildMention(name, dob, True))
    return out


def _split_row(line: str) -> tuple[str, str] | None:
    """A household row's name and the cells after it. The name is cut where a word stops being
    part of a name ("Lucia Reyes Not recorded": the name is "Lucia Reyes")."""
    cells = [c.strip() for c in line.split("\t")]
    first, after = cells[0], " ".join(c for c in cells[1:] if c)
    words = first.split()
    for n in (4, 3, 2):
        if any(_DOB_UNKNOWN.match(w) for w in words[2:n]):
            continue  # "Ben Quaye TBC": the marker is the next cell, not a third name
        if len(words) >= n and is_name(_clean_name(" ".join(words[:n]))):
            return _clean_name(" ".join(words[:n])), (" ".join(words[n:]) + " " + after).strip()
    return None


def _household_rows_without_dob(lines: list[str]) -> list[ChildMention]:
    """Rows of a household table whose header asks for the date of birth, read from the header down
    while the rows still start with a name: a row whose date-of-birth cell is blank, a dash, or says
    "Not recorded" / "unknown" / "n/k" / "TBC" is a child with no date of birth (never dropped)."""
    out: list[ChildMention] = []
    for i, header in enumerate(lines):
        if not (_DOB_HEADER.search(header) and re.match(r"^\s*(?:(?:full\s+)?names?|child(?:ren)?(?:'s\s+name)?)\b", header, re.IGNORECASE)):
            continue
        if len(header.split()) > 10:
            continue  # a sentence that mentions dates of birth, not a column header
        for line in lines[i + 1:i + 13]:
            if not line.strip():
                continue
            row = _split_row(line)
            if row is None:
                break
            name, rest = row
            if DATE_RE.search(rest):
                continue  # a dated row: children_with_dobs reads it
            if re.search(r"\b(?:parent|mother|father|mum|dad|carer|step-?(?:mother|father)|grand\w+|partner|adult|guardian)\b", rest, re.IGNORECASE):
                continue
            if not rest or _DOB_UNKNOWN.match(rest) or _CHILD_ROLE.match(rest):
                out.append(ChildMention(name, None, True))
    return out


def _similar(a: str, b: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.75


_GLYPH = re.compile(r"[\u25a0\ufffd]")


def repair_glyphs(name: str, vocabulary: set[str]) -> str:
    """ "Wi■niewski" -> "Wiśniewski" when the email spells the word out elsewhere (a filename, the
    subject, a .docx copy): each box stands for one letter; an ambiguous or unseen word stays as it is."""
    if not _GLYPH.search(name):
        return name
    out = []
    for word in name.split():
        if _GLYPH.search(word):
            rx = re.compile("".join("." if _GLYPH.match(c) else re.escape(c) for c in word) + r"\Z")
            cands = {v for v in vocabulary if rx.match(v) and not _GLYPH.search(v)}
            word = cands.pop() if len(cands) == 1 else _repair_by_context(word, vocabulary)
        out.append(word)
    return " ".join(out)


_CONTEXT = 3


def _repair_by_context(word: str, vocabulary: set[str]) -> str:
    """A box whose neighbours are spelled out in a related word ("Wi■niewska" beside "Wiśniewski": the
    feminine and masculine forms of one surname): the letter the other word has between the same
    neighbours, when there is exactly one such letter."""
    chars = list(word)
    for i, c in enumerate(chars):
        if not _GLYPH.match(c):
            continue
        left, right = word[max(0, i - _CONTEXT):i], word[i + 1:i + 1 + _CONTEXT]
        if len(left) + len(right) < 2 * _CONTEXT - 1 or _GLYPH.search(left + right):
            continue
        anchor = r"\A" if i < _CONTEXT else ""
        rx = re.compile(anchor + re.escape(left) + r"(\w)" + re.escape(right))
        letters = {m.group(1) for v in vocabulary if not _GLYPH.search(v) for m in [rx.search(v)] if m}
        if len(letters) == 1:
            chars[i] = letters.pop()
    return "".join(chars)


def merge_children(mentions: list[ChildMention]) -> list[Child]:
    """One Child per person: the same name (accents and case aside), or the same surname and date
    of birth with a near-identical first name (OCR reads "Mikołaj" as "Mikotaj"). The spelling
    seen most often wins."""
    merged: list[dict] = []
    for mention in mentions:
        key = fold(mention.name)
        words = key.split()
        for entry in merged:
            ewords = fold(entry["name"]).split()
            same = ewords == words or (
                ewords[-1] == words[-1] and _similar(ewords[0], words[0])
                and (mention.dob is None or entry["dob"] is None or entry["dob"] == mention.dob)
            ) or (
                mention.dob is not None and entry["dob"] == mention.dob and _similar(" ".join(ewords), key)
            )
            if same:
                if entry["dob"] is None and mention.dob is not None:
                    entry["dob"] = mention.dob
                entry["spellings"][mention.name] = entry["spellings"].get(mention.name, 0) + mention.weight
                break
        else:
            merged.append({"name": mention.name, "dob": mention.dob, "spellings": {mention.name: mention.weight}})
    out = []
    for entry in merged:
        best = max(entry["spellings"].items(), key=lambda kv: kv[1])[0]
        out.append(Child(best, entry["dob"]))
    return out


def siblings_in_prose(text: str, known: list[Child], family: str | None) -> list[ChildMention]:
    """Children named only by first name alongside their siblings ("Nii and Kwabena have kept their
    school places"): a first name listed with known children's first names that is not one of them.
    They get the family name and no date of birth, so `children_dobs` asks for it."""
    if not known or not family:
        return []
    firsts = {fold(c.name.split()[0]) for c in known}
    adults = _adult_first_names(text)
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(rf"(?<![\w’'\-]){NAME_WORD}(?![\w’'\-])", text)]
    runs: list[list[tuple[str, int, int]]] = []
    for tok in tokens:
        if runs and re.fullmatch(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*", text[runs[-1][-1][2]:tok[1]]):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    out: list[ChildMention] = []
    for run in runs:
        # "Custom House and Nii": a word straight after another capitalised word belongs to a place name.
        run = [t for t in run if not re.search(rf"{NAME_WORD}[ ]+$", text[max(0, t[1] - 30):t[1]])]
        if len(run) < 2 or not any(fold(t[0]) in firsts for t in run):
            continue
        for word, start, end in run:
            k = fold(word)
            if k in firsts or k in adults or k in _NOT_NAME_WORDS or _ROLEISH.fullmatch(word) or k in _SIBLING_STOP:
                continue
            surname = re.match(rf"[ ]+({NAME_WORD})", text[end:end + 40])
            if surname and fold(surname.group(1)) != fold(family):
                continue  # "with you, Rayan, Lauren Achterberg": a first name with a surname of its own is not a sibling
            if re.search(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*$", text[max(0, start - 6):start]):
                continue
            out.append(ChildMention(f"{word} {family}", None, False))
            firsts.add(k)
    return out


# A child given by first name only: listed with a sibling word ("Ada Quill and her brother Ben"; not "Mum
# has help from her brother Tom", an uncle), or with a date of birth
# beside it ("Ada (03/09/2016)", "Ben, born 4 May 2019").
_RELATION = r"(?:his|her|their|your)\s+(?:(?:little|younger|older|big|baby|twin|half-)\s*)?(?:brother|sister|son|daughter|sibling)"
_FIRST_NAME_CHILD = re.compile(
    rf"(?:\band\s+{_RELATION}\s+(?P<rel>{NAME_WORD})(?![\w’'\-]|[ ]+{NAME_WORD})"
    rf"|(?<![\w’'\-])(?P<first>{NAME_WORD})(?=\s*(?:\(\s*|,\s*)(?:{_DOB_LABEL})?(?:the\s+)?\d))"
    rf"(?:\s*(?:\(\s*|,\s*)?(?P<label>{_DOB_LABEL})?(?:the\s+)?(?P<date>{DATE_RE.pattern}))?",
    re.IGNORECASE,
)


def children_by_first_name(text: str, family: str | None, before: dt.date | None) -> list[ChildMention]:
    """Children the letter names by first name only, given the family name: after "his sister" / "their
    son", or with their date of birth beside the first name. An adult's name (greeted, or titled) is not one."""
    if not family:
        return []
    adults = _adult_first_names(text)
    out: list[ChildMention] = []
    for m in _FIRST_NAME_CHILD.finditer(text):
        word = m.group("rel") or m.group("first")
        k = fold(word)
        if k in adults or k in _NOT_NAME_WORDS or k in _SIBLING_STOP or _ROLEISH.fullmatch(word) or k == fold(family):
            continue
        if word.isupper() or re.search(rf"(?<![\w’'\-]){NAME_WORD}\s+{re.escape(word)}(?![\w’'\-])", text):
            continue  # an acronym ("TAF (03/03/2026)"), or a surname: somewhere it follows a first name
        if m.group("first") and not m.group("date"):
            continue  # no date after all ("Ada (9)")
        dob = parse_date(m.group("date")) if m.group("date") else None
        if dob is not None and ((before is not None and dob >= before) or dob.year < 1990):
            dob = None
        out.append(ChildMention(f"{word} {family}", dob, True))
    return out


def _adult_first_names(text: str) -> set[str]:
    """First names the text shows to be adults': the people the letter greets ("Dear Siân", "Dear Pani
    Zając, dear Ewelina") and anyone given an adult's title ("Ms Siân Pritchard")."""
    out = set()
    for m in re.finditer(r"^\s*dear\b(.*)$", text, re.IGNORECASE | re.MULTILINE):
        out |= {fold(w) for w in re.findall(rf"(?<![\w’'\-]){NAME_WORD}", m.group(1))}
    for m in re.finditer(rf"(?<![\w’'])(?-i:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+({NAME_WORD})(?=\s+{NAME_WORD})", text):
        out.add(fold(m.group(1)))
    return out


_SIBLING_STOP = {"mum", "dad", "mummy", "daddy", "nan", "nana", "grandma", "grandad", "i", "you", "we", "they", "he", "she",
                 "school", "nursery", "college", "camhs", "gp", "police", "mr", "mrs", "ms", "miss", "dr"}


# --- family name -------------------------------------------------------------

_FAMILY_RES = [
    re.compile(rf"(?:transition\s+to\s+early\s+help|notification\s+of\s+(?:case\s+)?closure)\s*[:\-–—]\s*(?:the\s+)?(?P<f>{NAME_WORD}(?:[ \-]{NAME_WORD})?)\s+family\b", re.IGNORECASE),
    re.compile(rf"^\s*family(?:\s+name)?\s*[:\t ]\s*(?:the\s+)?(?P<f>{NAME_WORD}(?:[ \-]{NAME_WORD})?)(?:\s+family)?\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(rf"\b(?:the|for)\s+(?P<f>{NAME_WORD}(?:-{NAME_WORD})?)\s+family\b"),
    re.compile(rf"(?P<f>{NAME_WORD})\s+family\b"),
]
_FAMILY_STOP = {"the", "x", "this", "your", "our", "a", "whole", "wider", "early", "help", "team", "around", "dear",
                "step", "transition", "closure", "notification", "case", "for", "of", "same", "new", "my", "each",
                "families", "first", "nam", "around the", "foster", "birth", "extended", "other"}


def family_names(text: str) -> list[str]:
    """Candidate family names in `text`, best first ("Okafor" from "Transition to Early Help: Okafor Family")."""
    out: list[str] = []
    for rx in _FAMILY_RES:
        for m in rx.finditer(text):
            name = m.group("f").strip()
            if fold(name) in _FAMILY_STOP or fold(name.split()[0]) in _FAMILY_STOP:
                continue
            if not re.match(_UP, name):
                continue
            out.append(name)
    return out


_ROLEISH = re.compile(
    r"(?i:therapist|language|speech|adviser|advisor|visitor|worker|officer|manager|teacher|nurse|coach|mentor|assistant|lead"
    r"|head|deputy|senior|principal|designated|safeguarding|inclusion|pastoral|welfare|attendance|youth|housing|money|debt"
    r"|children's|young|carers?|borough|council|trust|partnership|network|agency|ltd|limited|cic|charity|therapies|clinic)"
)


# --- lead practitioner ---------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<!\d)(?:\+44\s?\(?0?\)?\s?|0)(?:\d[\s-]?){9,10}(?!\d)")
_LP_TRIGGER = re.compile(
    # (or a terse letter's bare "Lead:" field, at a line's start only: "lead" inside a sentence is anyone's)
    r"(?:(?:early\s+help\s+)?lead\s+(?:early\s+help\s+)?(?:practitioner|professional)(?:\s*\(LP\))?|\bLP\b|(?m:^)[ \t]*lead(?=[ \t]*:))(?:\s+for\s+(?:the|your)\s+(?:family|plan))?(?:\s+(?:contact\s+)?details)?"
    r"(?:\s+(?:will\s+be|is\s+going\s+to\s+be|is|has\s+been\s+agreed\s+as|has\s+been\s+identified\s+as)"
    # "Early Help Lead Practitioner agreed with the family: Jo Bloggs, ..."
    r"|\s+(?:agreed|identified|chosen|nominated)(?:\s+(?:with|by)\s+(?:the\s+)?(?:family|parents?|carers?|you))?\s*:"
    r"|\s+(?:going\s+forward|from\s+now\s+on|from\s+here)\s*:"
    # A form's label glued to its value where the label was its own cell or bold run ("Lead PractitionerJo Bell").
    r"|(?-i:(?=[A-Z][a-z]))"
    r"|\s*:|[ ]*\t|[ ]*\||[ ]+[–—-][ ]+)\s*:?\s*",
    re.IGNORECASE,
)
_PLACEHOLDER_LP = re.compile(r"name\s*/\s*title|to\s+be\s+(?:confirmed|agreed|identified|decided|allocated)|\bTBC\b|\bTBA\b|not\s+yet\s+(?:identified|agreed|known)", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(?:lead|worker|coach|manager|practitioner|officer|senco|dsl|nurse|visitor|teacher|head|mentor|coordinator|co-ordinator"
    r"|advisor|adviser|consultant|assistant|support|liaison|inclusion|safeguarding|pastoral|therapist|psychologist|gp|doctor"
    r"|midwife|director|leader|deputy|senior|social|youth|welfare|attendance|family|key|link|specialist|navigator|caseworker)\b",
    re.IGNORECASE,
)
_AGENCY_WORDS = re.compile(
    r"\b(?:school|academy|college|primary|secondary|nursery|hub|centre|center|service|services|health|nhs|surgery|practice"
    r"|trust|council|borough|families\s+first|charity|project|clinic|team|partnership|foundation|children'?s\s+centre)\b",
    re.IGNORECASE,
)


def _lp_from_fields(block: str) -> LeadPractitioner | None:
    """A "Lead Practitioner" section laid out as Name / Role / Agency / Email / Phone fields."""
    fields: dict[str, str] = {}
    # The block ends where the next section starts (the TAF table has its own "Name" column).
    end = re.search(r"^\s*(?:team\s+around|other\s+professionals|professionals\b|TAF\b)", block, re.IGNORECASE | re.MULTILINE)
    if end:
        block = block[: end.start()]
    for key, rx in (
        ("name", r"^\s*(?:full\s+)?name\s*[:\t| ]\s*(.+)$"),
        ("role", r"^\s*(?:role|job\s+title|title|position|designation)\s*[:\t| ]\s*(.+)$"),
        ("agency", r"^\s*(?:agency|organisation|organization|service|setting|school|team|base)\s*[:\t| ]\s*(.+)$"),
        ("email", r"^\s*e-?mail(?:\s+address)?\s*[:\t| ]\s*(.+)$"),
        ("phone", r"^\s*(?:phone|tel(?:ephone)?|mobile|contact\s+(?:number|no\.?)|telephone\s+number)\s*[:\t| ]\s*(.+)$"),
    ):
        m = re.search(rx, block, re.IGNORECASE | re.MULTILINE)
        if m:
            fields[key] = m.group(1).strip()
    name = fields.get("name", "")
    if not name or _PLACEHOLDER_LP.search(name) or not is_name(_clean_name(name)):
        return None
    email = EMAIL_RE.search(fields.get("email", ""))
    phone = PHONE_RE.search(fields.get("phone", ""))
    return LeadPractitioner(
        name=_clean_name(name),
        role=fields.get("role") or None,
        agency=fields.get("agency") or None,
        email=email.group(0).rstrip(".") if email else None,
        phone=re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None,
    )


_ZONE_END = re.compile(
    r"\n\s*\n|team\s+around\s+the\s+family|professionals\s+who|\n\s*(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|\n\s*(?:thanks|thank\s+you|regards)\b",
    re.IGNORECASE,
)


def _contact_zone(rest: str) -> str:
    """The sentence naming the lead practitioner and the next one (which often gives their
    number), stopping at a paragraph break, the TAF list or the email's sign-off."""
    zone = rest[:400]
    end = _ZONE_END.search(zone)
    if end:
        zone = zone[: end.start()]
    stops = [m.end() for m in re.finditer(r"(?<=[a-z)\]])\.\s+(?=[A-Z])", zone)]
    if len(stops) >= 2:
        zone = zone[: stops[1]]
    return zone


def _lp_from_sentence(after: str) -> LeadPractitioner | None:
    """ "Caroline Mitchell, Home-School Link Worker, Wharfside Primary School (c.m@x.sch.uk)." and variants."""
    raw_after = after
    after = re.sub(r"\s+", " ", after).strip()
    if _PLACEHOLDER_LP.match(after[:40]) or _PLACEHOLDER_LP.search(after[:30]):
        return None
    m = re.match(rf"(?:{_TITLES}\s+)?(?P<name>{NAME})", after)
    if not m:
        return None
    name = _clean_name(m.group("name"))
    if not is_name(name):
        # "Caroline Mitchell Home" style over-capture: try the first two words.
        words = name.split()
        name = " ".join(words[:2])
        if not is_name(name):
            return None
    rest = after[m.start("name") + len(name):]
    raw_rest = raw_after[raw_after.find(name.split()[-1]) + len(name.split()[-1]):] if name.split()[-1] in raw_after else rest
    # The sentence that names them, plus following sentences that give their contact details.
    sentence = re.split(r"(?<=[a-z)\]])\.\s+(?=[A-Z])", rest, maxsplit=1)[0]
    contact_zone = _contact_zone(raw_rest)
    email = EMAIL_RE.search(contact_zone)
    phone = PHONE_RE.search(contact_zone)
    descr = re.split(r"\(|\s[–—-]\s|\bwho\b|\btel\b|\bemail\b|\btelephone\b|\bon\s+0|\bcan\s+be\b|[:;]", sentence, maxsplit=1)[0]
    descr = EMAIL_RE.sub("", PHONE_RE.sub("", descr))
    parts = [p.strip(" .,") for p in re.split(r",|\s+at\s+|\s+from\s+", descr) if p.strip(" .,")]
    parts = [re.sub(r"^\(|\)$", "", p).strip() for p in parts]
    role = agency = None
    if parts:
        role = parts[0]
        if len(parts) > 1:
            agency = ", ".join(parts[1:])
    # "(Home-School Link Worker) at Wharfside Primary School"
    paren = re.match(r"\s*\(([^)]{3,60})\)\s*(?:at|from|,)?\s*([^.,(]{3,80})?", rest)
    if paren and _ROLE_WORDS.search(paren.group(1)) and not EMAIL_RE.search(paren.group(1)) and not PHONE_RE.search(paren.group(1)):
        inside = [x.strip() for x in paren.group(1).split(",") if x.strip()]
        role = inside[0]
        agency = ", ".join(inside[1:]) or (paren.group(2) or "").strip() or agency
    if role and not _ROLE_WORDS.search(role) and _AGENCY_WORDS.search(role) and not agency:
        role, agency = None, role
    return LeadPractitioner(
        name=name,
        role=role or None,
        agency=agency or None,
        email=email.group(0).rstrip(".") if email else None,
        phone=re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None,
    )


_LP_AGREED = re.compile(
    rf"(?:{_TITLES}\s+)?(?P<name>{NAME})(?P<descr>\s*\([^()]{{3,120}}\)|,[^.;]{{3,120}}?,)?\s+(?:has|have)\s+agreed\s+to\s+(?:be|act\s+as|take\s+on(?:\s+the\s+role\s+of)?)\s+"
    r"(?:the\s+|your\s+)?(?:early\s+help\s+)?lead\s+(?:practitioner|professional)",
)


# A heading over the lead practitioner's details ("Early Help Lead Practitioner", "Lead professional |").
_LP_HEADING = re.compile(
    r"^\s*(?:(?:contact\s+)?details\s+(?:for|of)\s+)?(?:(?:community|named|identified|your|the|new)\s+)*(?:early\s+help\s+)?lead\s+(?:early\s+help\s+)?"
    r"(?:practitioner|professional|worker|person)(?:\s*\(LP\))?(?:\s+(?:contact\s+)?details)?\s*[:|\t ]*$",
    re.IGNORECASE | re.MULTILINE,
)
_COLUMN_KEYS = (
    ("name", r"(?:full\s+)?name"),
    ("role", r"role|job\s+title|title|position|designation"),
    ("agency", r"agency|organi[sz]ation|service|setting|school|team|base"),
    ("email", r"e-?mail(?:\s+address)?"),
    ("phone", r"phone|tel(?:ephone)?|mobile|contact(?:\s+(?:number|no\.?|details))?"),
)


def _header_keys(cell: str) -> list[str]:
    """What a header cell names: one field ("Email"), or several in one cell ("Role / agency", "Contact details")."""
    parts = [p for p in re.split(r"\s*(?:/|&|\band\b|,)\s*", cell.strip()) if p]
    keys = [next((k for k, rx in _COLUMN_KEYS if re.fullmatch(rx, p, re.IGNORECASE)), None) for p in parts]
    return [k for k in keys if k] if all(keys) else []


def _lp_from_table(block: str) -> LeadPractitioner | None:
    """A lead practitioner table laid out across: a header row "Name | Role | Agency | Email" (tabs or
    pipes; a cell may name two fields, "Role / agency") and the person's row under it."""
    lines = [ln for ln in block.splitlines() if ln.strip()][:2]
    if len(lines) < 2:
        return None
    split = lambda ln: [c.strip() for c in re.split(r"\t|\s\|\s?|\|", ln.strip().strip("|"))]
    header, row = split(lines[0]), split(lines[1])
    if len(header) < 2 or len(row) != len(header):
        return None
    keys = [_header_keys(cell) for cell in header]
    if keys[0] != ["name"] or not all(keys) or sum(len(k) for k in keys) < 3:
        return None
    values: dict[str, str] = {}
    for names, value in zip(keys, row):
        # A cell under "Role / agency" holds "SENCo, Oak Primary School": the role first, then the agency.
        parts = [value] if len(names) == 1 else [p.strip() for p in value.split(",", len(names) - 1)]
        for key, part in zip(names, parts):
            if part:
                values.setdefault(key, part)
    name = _clean_name(values.get("name", ""))
    if not name or _PLACEHOLDER_LP.search(name) or not is_name(name):
        return None
    contact = " ".join(row[1:])
    email, phone = EMAIL_RE.search(contact), PHONE_RE.search(contact)
    return LeadPractitioner(name, values.get("role") or None, values.get("agency") or None,
                            email.group(0).rstrip(".") if email else None,
                            re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None)


# Where the person's card under the heading ends: the next section, or the letter's sign-off.
_CARD_END = re.compile(
    r"^\s*(?:team\s+around|other\s+professionals|professionals\b|TAF\b|plan\b|our\s+plan|contingency|if\s+things"
    r"|yours\s+(?:sincerely|faithfully)|kind\s+regards|best\s+wishes|with\s+best)", re.IGNORECASE)
_CARD_LINES = 5


def _lp_from_card(block: str) -> LeadPractitioner | None:
    """The person under the heading, as a sentence ("Mrs Jo Bloggs, SENCo, Oak Primary - tel ...") or
    as a card of lines (name; role; agency; contacts)."""
    lines: list[str] = []
    for line in block.splitlines():
        if not line.strip():
            if lines:
                break
            continue
        if lines and _CARD_END.match(line):
            break
        lines.append(line.strip())
        if len(lines) >= _CARD_LINES:
            break
    if not lines:
        return None
    first = re.sub(rf"^{_TITLES}\s+", "", lines[0]).strip(" .,")
    if len(lines) > 1 and is_name(first):
        details = lines[1:]
        contact = " ".join(details)
        email, phone = EMAIL_RE.search(contact), PHONE_RE.search(contact)
        plain = [d for d in details if not EMAIL_RE.search(d) and not PHONE_RE.search(d)]
        role_line = next((d for d in plain if _ROLE_WORDS.search(d)), None)
        role, _, rest = (role_line or "").partition(",")
        agency = rest.strip() or next((d.strip() for d in plain if _AGENCY_WORDS.search(d) and d != role_line), None)
        return LeadPractitioner(_clean_name(first), role.strip() or None, agency, email.group(0).rstrip(".") if email else None,
                                re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None)
    return _lp_from_sentence("\n".join(lines))


# Prose that makes someone the family's lead: "X will be the lead professional", "your key person will be X",
# "X has agreed to lead the early help plan", "X will coordinate the plan", "X is the main contact".
_LEADS = re.compile(
    r"\blead\s+(?:early\s+help\s+)?(?:practitioner|professional|worker|person|agency\s+contact)\b"
    r"|\bkey\s+(?:person|worker|contact|professional)\b|\bmain\s+(?:point\s+of\s+)?contact\b"
    r"|\bnamed\s+(?:worker|practitioner|professional)\b"
    r"|\b(?:lead|leads|leading|co-?ordinate|co-?ordinates|co-?ordinating|oversee|oversees|overseeing)\s+(?:on\s+)?(?:the|your|this|our)\s+"
    r"(?:family'?s?\s+|ongoing\s+|new\s+)?(?:early\s+help\s+|family\s+|TAF\s+)?(?:plan|support|work|TAF|team\s+around|network)"
    r"|\btak(?:e|es|ing)\s+(?:over\s+)?(?:the\s+)?lead\b|\b(?:be|as)\s+(?:the\s+)?lead\s+(?:for|on)\b"
    # "Early help will be led by Jo Bloggs" (not "a group led by ...": only the family's help, plan or support)
    r"|\b(?:early\s+help|(?:the|your|this)\s+(?:family'?s?\s+)?(?:early\s+help\s+)?(?:plan|support|work))\s+(?:will\s+(?:now\s+)?be\s+|is\s+(?:now\s+)?|are\s+)?led\s+by\b",
    re.IGNORECASE,
)
_PERSON_IN_PROSE = re.compile(rf"(?<![\w’'])(?:(?P<title>{_TITLES})\s+)?(?P<name>{NAME_WORD}(?:[ ]+{NAME_WORD}){{0,3}})")
# Someone else is the subject of the leading ("happy for the school to lead the plan"), or it is only hoped for.
_NOT_THEIR_LEAD = re.compile(r"\bfor\s+(?:the\s+|her\s+|his\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+to\s*$|\b(?:if|whether|unless|until)\b", re.IGNORECASE)
# A following sentence that is still about the same person: a pronoun or a contact label.
_CONTINUES = re.compile(r"^\s*(?:she|he|they|her|his|their|you\s+can|please\s+(?:contact|call|email)|contact|tel|telephone|phone|mobile|email|e-mail)\b", re.IGNORECASE)


def _people_in(sentence: str) -> list[tuple[str, int, int, bool]]:
    """Names in a sentence (name, start, end, titled); an over-long capitalised run is cut to the name in it."""
    out = []
    for m in _PERSON_IN_PROSE.finditer(sentence):
        words = m.group("name").split()
        titled = bool(m.group("title"))
        name = None
        for k in range(len(words)):
            for n in (4, 3, 2):
                cand = " ".join(words[k:k + n])
                if k + n <= len(words) and is_name(cand):
                    name = cand
                    break
            if name:
                break
        if name is None and titled and words and fold(words[0]) not in _NOT_NAME_WORDS and not _ROLEISH.fullmatch(words[0]):
            name = words[0]  # "Ms Quayle"
        if name:
            start = sentence.find(name, m.start())
            rest_words = words[words.index(name.split()[-1]) + 1:] if name.split()[-1] in words else []
            place = re.search(r"\b(?:at|from|in|of|to|near|via)\s+(?:the\s+)?$", sentence[:start], re.IGNORECASE)
            if not titled and (place or any(_AGENCY_WORDS.fullmatch(w) or _ROLEISH.fullmatch(w) for w in rest_words)):
                continue  # "at Westbourne Park Secondary", "Canning Town Family Hub": a place, not a person
            out.append((name, m.start() if titled and name == words[0] else start, start + len(name), titled))
    return out


def _describe(descr: str) -> tuple[str | None, str | None]:
    """Role and agency from what stands beside a name: "(Health Visitor, Newham 0-19 Health Service)",
    ", the Pastoral Manager at Riverbank Academy,", ", SENCo, Oak Primary –"."""
    descr = re.sub(r"\(\s*(?:(?:mobile|tel|phone|email|e-mail|on|or|at)\b\s*)*\)", "", EMAIL_RE.sub("", PHONE_RE.sub("", descr)))
    paren = re.search(r"\(([^()]{3,90})\)", descr)
    if paren and (_ROLE_WORDS.search(paren.group(1)) or _AGENCY_WORDS.search(paren.group(1))) and descr.strip().startswith("("):
        parts = [x.strip() for x in paren.group(1).split(",") if x.strip()]
        after = re.match(r"\s*(?:at|from|of|,)\s+([^,.;()]{3,80})", descr[paren.end():])
        return parts[0], ", ".join(parts[1:]) or (after.group(1).strip() if after else None)
    descr = re.split(r"\s[–—-]\s(?=\W*(?:e-?mail|tel|phone|mobile|contact|call|on\b|via\b|\d|[\w.+-]+@))|\bwho\b|\b(?:tel|email|e-mail|mobile|phone|telephone)\b|\bon\s+0|[:;]", descr, maxsplit=1)[0]
    descr = re.sub(r"^\s*,?\s*(?:is\s+)?(?:the|our|a|an|your)\s+", "", descr.strip(" ,"))
    parts = [p.strip(" .,") for p in re.split(r",|\s+at\s+|\s+from\s+|\s+based\s+at\s+|\s+with\s+", descr) if p.strip(" .,")]
    parts = [p for p in parts if len(p.split()) <= 8 and not _VERBISH.search(p)]
    if not parts:
        return None, None
    role, agency = parts[0], ", ".join(parts[1:]) or None
    if not _ROLE_WORDS.search(role) and _AGENCY_WORDS.search(role) and not agency:
        role, agency = None, role
    if role and not (_ROLE_WORDS.search(role) or _AGENCY_WORDS.search(role) or re.fullmatch(r"[A-Z]{2,6}", role)):
        return None, None
    return role, agency


_VERBISH = re.compile(r"\b(?:will|has|have|is|are|was|agreed|can|would|should)\b", re.IGNORECASE)


def _lp_from_prose(text: str) -> list[LeadPractitioner]:
    """ "Jo Bloggs (Health Visitor, Oak Health) has agreed to lead the early help plan. She can be reached on ...",
    "Going forward your key person will be Jo Bloggs, Pastoral Manager at Oak Academy – email ...",
    "Jo Bloggs, the DSL at Oak Primary, will be the lead professional for your family (mobile ...)"."""
    from parsers.sentences import sentences  # local: sentences is a sibling module with no other tie to people

    sents = [s.text for s in sentences(text)]
    out = []
    for i, sent in enumerate(sents):
        trig = _LEADS.search(sent)
        if not trig or _PLACEHOLDER_LP.search(sent):
            continue
        people = _people_in(sent)
        chosen = None
        # The person named just after the lead phrase ("your key person will be Jo Bloggs") ...
        for name, start, end, titled in people:
            between = r"[\s,:–—-]*(?:for\s+(?:the|your)\s+(?:family|plan|children)\s*)?(?:will\s+be|is|are|:|–|-|,)?\s*(?:now\s+)?"
            if start >= trig.end() and re.fullmatch(between + rf"(?:{_TITLES}\s+)?", sent[trig.end():start], re.IGNORECASE):
                chosen = (name, start, end)
                break
        # ... or the subject before it ("Jo Bloggs (...) has agreed to lead the plan").
        if chosen is None:
            before = [p for p in people if p[2] <= trig.start()]
            if before:
                name, start, end, _ = before[0]
                between = sent[end:trig.start()]
                if not _NOT_THEIR_LEAD.search(between) and not any(p[1] > end for p in before[1:] if not _same_person(p[0], name)):
                    chosen = (name, start, end)
        if chosen is None:
            continue
        name, start, end = chosen
        others = [p[1] for p in people if p[1] > end and not _same_person(p[0], name)]
        own = sent[end: min(others) if others else len(sent)]
        descr = own if start < trig.start() else own
        role, agency = _describe(descr[: trig.start() - end] if start < trig.start() else descr)
        if not (role or agency):
            continue
        contact = own
        for nxt in sents[i + 1:i + 3]:
            if not _CONTINUES.match(nxt) and not re.match(rf"^\s*(?:{_TITLES}\s+)?{re.escape(name.split()[-1])}\b", nxt):
                break
            contact += " " + nxt
        email, phone = EMAIL_RE.search(contact), PHONE_RE.search(contact)
        out.append(LeadPractitioner(_clean_name(name), role, agency, email.group(0).rstrip(".") if email else None,
                                    re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None))
    return out


def lead_practitioner_mentions(text: str) -> list[LeadPractitioner]:
    """Every lead practitioner named in `text` (placeholders and "to be confirmed" give none)."""
    out: list[LeadPractitioner] = []
    for m in _LP_AGREED.finditer(text):
        # "Jo Bloggs (Pastoral Lead, Oak Primary) has agreed to be the lead practitioner."
        lp = _lp_from_sentence(m.group("name") + (m.group("descr") or "") + text[m.end():m.end() + 300])
        if lp:
            out.append(lp)
    for m in _LP_HEADING.finditer(text):
        block = text[m.end():m.end() + 400]
        lp = _lp_from_fields(block) or _lp_from_table(block) or _lp_from_card(block)
        if lp:
            out.append(lp)
    for m in _LP_TRIGGER.finditer(text):
        lp = _lp_from_sentence(text[m.end():m.end() + 500])
        if lp:
            out.append(lp)
    return out + _lp_from_prose(text)


def merge_lead_practitioners(mentions: list[LeadPractitioner]) -> LeadPractitioner | None:
    """The most complete mention; contact details of the same person from other mentions fill gaps."""
    if not mentions:
        return None

    def completeness(lp: LeadPractitioner) -> int:
        return sum(1 for v in (lp.role, lp.agency, lp.email, lp.phone) if v)

    best = max(mentions, key=completeness)
    same = [lp for lp in mentions if _same_person(lp.name, best.name)]
    email = best.email or next((lp.email for lp in same if lp.email), None)
    phone = best.phone or next((lp.phone for lp in same if lp.phone), None)
    role = best.role or next((lp.role for lp in same if lp.role), None)
    agency = best.agency or next((lp.agency for lp in same if lp.agency), None)
    return LeadPractitioner(best.name, role, agency, email, phone)


def _same_person(a: str, b: str) -> bool:
    fa, fb = fold(a).split(), fold(b).split()
    return bool(fa and fb) and (fa == fb or fa[-1] == fb[-1])


# --- sign-off -------------------------------------------------------------------

# A closing (valediction) line is recognised by its make-up, not from a fixed list: a short line
# made only of closing words ("With warmest wishes", "Kind regards", "Many thanks again", "Yours
# sincerely", "All the very best for the future") with at least one word that carries the closing.
_CLOSING_CORE = {"regards", "wishes", "sincerely", "faithfully", "truly", "thanks", "thank", "cheers", "warmly",
                 "respectfully", "care", "best", "luck", "yours", "love"}
_CLOSING_WORDS = _CLOSING_CORE | {
    "with", "my", "our", "very", "many", "kind", "kindest", "warm", "warmest", "warmer", "good", "all", "the", "sincere",
    "heartfelt", "every", "you", "for", "future", "and", "again", "once", "to", "everyone", "in", "meantime", "take",
    "speak", "soon", "of", "your", "family", "a", "lot", "much", "so", "further", "ahead", "going", "forward", "onwards",
    "from", "me", "us", "wishing", "continued", "success", "greatest", "fond", "fondest", "most", "kindly", "hope",
}


def is_closing(line: str) -> bool:
    """A valediction line ("Kind regards", "With best wishes for the future", "Yours sincerely")."""
    words = re.findall(r"[a-z’']+", line.lower())
    if not words or len(words) > 8 or re.search(r"\d|@|:", line) or not re.match(r"^\s*[A-Z]", line):
        return False
    if re.search(r"[.?]\s*\S", line.strip()):
        return False  # prose, not a closing line
    return all(w in _CLOSING_WORDS for w in words) and any(w in _CLOSING_CORE for w in words)


_CLOSING_ANY = re.compile(
    r"(?:with\s+)?(?:(?:very\s+|warm(?:est)?\s+)?best\s+wishes|warm(?:est)?\s+(?:regards|wishes)|kind(?:est)?\s+regards|yours\s+sincerely|yours\s+faithfully)(?:\s+for\s+the\s+future)?\s*[,.!]?",
    re.IGNORECASE,
)
_NOISE_LINE = re.compile(r"^\s*(?:OFFICIAL(?:-SENSITIVE)?|Page\s+\d+.*|[^\w]*|.{1,3})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SignOff:
    name: str | None
    title: str | None
    closing_found: bool


def sign_off(text: str) -> SignOff:
    """The name and job title under a letter's last closing line ("With best wishes for the future")."""
    lines = text.splitlines()
    idx = None
    for i in range(len(lines) - 1, -1, -1):
        if is_closing(lines[i]):
            idx = i
            break
    tail: list[str]
    if idx is None:
        # PDF text sometimes glues a footer to the closing ("OFFICIAL-SENSITIVEWith best wishes").
        found = list(_CLOSING_ANY.finditer(text))
        if not found:
            return _form_signed(lines)
        tail = text[found[-1].end():].splitlines()
    else:
        tail = lines[idx + 1:]
    kept = [ln.strip() for ln in tail if ln.strip() and not _NOISE_LINE.match(ln)]
    if not kept:
        return SignOff(None, None, True)
    # A scanned signature can OCR as a line or two of noise before the typed name: take the first
    # name that has a job title under it (or beside it), else the first name.
    first_name_only: str | None = None
    for j, line in enumerate(kept[:4]):
        cand = _clean_name(re.sub(r"\s*[,(–—|].*$", "", line))
        if not (is_name(cand) or re.fullmatch(NAME, cand)):
            continue
        title = _title_after(kept, j, cand)
        if title:
            return SignOff(cand, title, True)
        first_name_only = first_name_only or cand
    return SignOff(first_name_only, None, True)


# A form is signed in a field at its foot, not under a valediction: "Completed by: Jo Bloggs, Social Worker".
_SIGNED_FIELD = re.compile(r"^\s*(?:(?:completed|signed|prepared|written|sent)(?:\s+off)?\s+by|signed|signature)\s*[:\t|]\s*(?P<who>.+)$", re.IGNORECASE)
_FORM_FOOT_LINES = 5


def _form_signed(lines: list[str]) -> SignOff:
    """A form's sign-off field among its last lines (no closing line above it)."""
    kept = [ln.strip() for ln in lines if ln.strip() and not _NOISE_LINE.match(ln)]
    for line in kept[-_FORM_FOOT_LINES:]:
        m = _SIGNED_FIELD.match(line)
        if m:
            who = m.group("who").strip()
            name = _clean_name(re.sub(r"\s*[,(–—|].*$", "", who))
            if is_name(name):
                return SignOff(name, _title_after([who], 0, name), True)
    return SignOff(None, None, False)


def _title_after(kept: list[str], j: int, name: str) -> str | None:
    """ "Jo Bloggs, Social Worker" on one line, or the job title on the next line."""
    line = kept[j]
    same_line = line[len(name):].strip(" ,–—-()|") if line.startswith(name) else ""
    title = None
    if same_line and _ROLE_WORDS.search(same_line):
        title = same_line
    elif j + 1 < len(kept):
        nxt = kept[j + 1]
        if (_ROLE_WORDS.search(nxt) or _AGENCY_WORDS.search(nxt)) and not EMAIL_RE.search(nxt) \
                and not re.match(r"^\s*(?:t|tel|m|mob|e|email|phone)\s*[:.]", nxt, re.IGNORECASE) and len(nxt) < 80:
            title = nxt
    if title and _PLACEHOLDER_TITLE.search(title):
        return None
    return title


_PLACEHOLDER_TITLE = re.compile(r"job\s*title|name\s*/", re.IGNORECASE)
