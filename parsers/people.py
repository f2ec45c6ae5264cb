"""People named in step-down documents: the children (with dates of birth), the family name,
the Early Help Lead Practitioner, and the name/title that signs a letter off.

Text from PDFs breaks lines mid-sentence, so patterns allow any whitespace between words.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from parsers.dates import DATE_RE, find_dates, parse_date
from parsers.model import Child, LeadPractitioner

# A capitalised name word: letters with apostrophes/hyphens inside (O’Brien, Al-Amin, Zielińska).
_UP = r"[^\W\d_a-zß-ÿ]"  # an upper-case letter (approximation that works for Latin scripts)
NAME_WORD = rf"(?-i:{_UP}[^\W\d_]*(?:['’\-]{_UP}?[^\W\d_]+)*)"  # case-sensitive even inside (?i) patterns
_TITLES = r"(?-i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"

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
    r"(?:transition\s+to\s+early\s+help|notification\s+of\s+(?:case\s+)?closure|^\s*re\s*:|^\s*children\b|^\s*child(?:\(ren\))?\b"
    r"|^\s*names?\s+of\s+child)",
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


def _clean_name(raw: str) -> str:
    raw = re.sub(rf"^(?:{_TITLES}\s+)", "", raw.strip())
    return re.sub(r"\s+", " ", raw).strip(" ,;:()")


def _items(heading: str) -> list[str]:
    """Split a list of children (commas/semicolons; a comma inside "Name, DOB: x" stays with its name)."""
    heading = re.sub(rf",\s*(?={_DOB_LABEL})", " ", heading, flags=re.IGNORECASE)
    return [p.strip() for p in re.split(r"[;,]|\band\b|\s[-–—]\s", heading) if p.strip()]


def children_in_lists(text: str, before: dt.date | None) -> list[ChildMention]:
    """Children from heading lines: "Transition to Early Help: X Family, Ann Lee 3/9/14, Bo Lee"."""
    out: list[ChildMention] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _LIST_HEADING.search(line)
        if not m:
            continue
        chunk = line[m.end():]
        # A PDF wraps a long heading: continue while the next lines are not a sentence.
        for nxt in lines[i + 1:i + 3]:
            if not nxt.strip() or _SENTENCE_START.match(nxt) or len(nxt) > 120 and "." in nxt[:-1]:
                break
            if re.search(r"[A-Za-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", nxt) and not DATE_RE.search(nxt):
                break  # prose
            chunk += " " + nxt.strip()
        chunk = re.sub(r"^\s*[:\-–—]\s*", "", chunk)
        for item in _items(chunk):
            dob = None
            found = find_dates(item)
            name_part = item
            if found:
                dob = found[0].date
                name_part = item[: found[0].start]
            name_part = re.sub(_DOB_LABEL + r".*$", "", name_part, flags=re.IGNORECASE)
            name_part = re.sub(r"\((?:aged?|\d).*$", "", name_part, flags=re.IGNORECASE)
            name_part = re.sub(r"\s+(?:aged?\s*)?\d+\s*(?:years?|yrs?|months?)?.*$", "", name_part, flags=re.IGNORECASE)
            name = _clean_name(name_part)
            if re.search(r"\bfamily\b", name, re.IGNORECASE) or not is_name(name):
                continue
            if dob is not None and before is not None and dob >= before:
                dob = None
            out.append(ChildMention(name, dob, True))
    return out


_NAME_DOB_RE = re.compile(
    rf"(?<![\w’'])(?P<title>{_TITLES}\s+)?(?P<name>{NAME})\s*[,:]?\s*(?P<label>{_DOB_LABEL})?(?P<date>{DATE_RE.pattern})",
    re.IGNORECASE,
)
_ROW_RE = re.compile(rf"^\s*(?P<name>{NAME})[\t ]+(?P<rest>.*)$")


def children_with_dobs(text: str, before: dt.date | None) -> list[ChildMention]:
    """ "Ann Lee (DOB 03/09/2014)", "Ann Lee, DOB: 3 Sept 2014", table rows "Ann Lee 03/09/2014 Female"."""
    out: list[ChildMention] = []
    flat = re.sub(r"[ \t]*\n[ \t]*", " \n", text)
    for m in _NAME_DOB_RE.finditer(flat):
        if m.group("title"):
            continue  # "Ms Begum 15/07/2026": an adult with a deadline in a plan
        name = _clean_name(m.group("name").replace("\n", " "))
        if not is_name(name):
            continue
        between = flat[m.end("name"):m.start("date")]
        if "\n" in between and not m.group("label"):
            continue
        dob = parse_date(m.group("date"))
        if dob is None or (before is not None and dob >= before) or dob.year < 1990:
            continue
        out.append(ChildMention(name, dob, bool(m.group("label"))))
    # Table rows of family members with no DOB given: "Chidi Lee  M  Meadowbank Primary".
    for line in text.splitlines():
        rm = _ROW_RE.match(line.replace("\t", " \t"))
        if not rm:
            continue
        rest = rm.group("rest")
        if DATE_RE.match(rest.strip()) or not _CHILD_ROLE.match(rest) or _ADULT_ROLE.search(rest.split("\t")[0]):
            continue
        if re.search(r"\b(?:parent|mother|father|carer)\b", rest, re.IGNORECASE):
            continue
        name = _clean_name(rm.group("name"))
        if is_name(name):
            out.append(ChildMention(name, None, False))
    return out


def merge_children(mentions: list[ChildMention]) -> list[Child]:
    """One Child per person: same folded name, or same first name and DOB (OCR misreads a surname)."""
    merged: list[list] = []  # [name, dob]
    for mention in mentions:
        key = fold(mention.name)
        first = key.split()[0]
        for entry in merged:
            ekey = fold(entry[0])
            same = ekey == key or (
                ekey.split()[0] == first and mention.dob is not None and entry[1] == mention.dob
            ) or (ekey.split()[0] == first and ekey.split()[-1][:3] == key.split()[-1][:3] and (entry[1] is None or mention.dob is None))
            if same:
                if entry[1] is None and mention.dob is not None:
                    entry[1] = mention.dob
                break
        else:
            merged.append([mention.name, mention.dob])
    return [Child(name, dob) for name, dob in merged]


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
    r"(?:early\s+help\s+)?lead\s+(?:early\s+help\s+)?(?:practitioner|professional)(?:\s+for\s+(?:the|your)\s+(?:family|plan))?"
    r"(?:\s+(?:will\s+be|is\s+going\s+to\s+be|is|has\s+been\s+agreed\s+as|has\s+been\s+identified\s+as)|\s*:|[ ]*\t|[ ]*\|)\s*:?\s*",
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
    for key, rx in (
        ("name", r"^\s*name\s*[:\t ]\s*(.+)$"),
        ("role", r"^\s*(?:role|job\s+title|title|position)\s*[:\t ]\s*(.+)$"),
        ("agency", r"^\s*(?:agency|organisation|organization|service|setting|school)\s*[:\t ]\s*(.+)$"),
        ("email", r"^\s*e-?mail(?:\s+address)?\s*[:\t ]\s*(.+)$"),
        ("phone", r"^\s*(?:phone|tel(?:ephone)?|mobile|contact\s+number)\s*[:\t ]\s*(.+)$"),
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
        role = paren.group(1).strip()
        agency = (paren.group(2) or "").strip() or agency
    if role and not _ROLE_WORDS.search(role) and _AGENCY_WORDS.search(role) and not agency:
        role, agency = None, role
    return LeadPractitioner(
        name=name,
        role=role or None,
        agency=agency or None,
        email=email.group(0).rstrip(".") if email else None,
        phone=re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None,
    )


def lead_practitioner_mentions(text: str) -> list[LeadPractitioner]:
    """Every lead practitioner named in `text` (placeholders and "to be confirmed" give none)."""
    out: list[LeadPractitioner] = []
    for m in re.finditer(r"^\s*lead\s+practitioner\s*$", text, re.IGNORECASE | re.MULTILINE):
        lp = _lp_from_fields(text[m.end():m.end() + 400])
        if lp:
            out.append(lp)
    for m in _LP_TRIGGER.finditer(text):
        lp = _lp_from_sentence(text[m.end():m.end() + 500])
        if lp:
            out.append(lp)
    return out


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

_CLOSINGS = re.compile(
    r"^\s*(?:with\s+)?(?:(?:very\s+)?best\s+wishes|kind(?:est)?\s+regards|warm\s+regards|best\s+regards|regards|yours\s+sincerely"
    r"|yours\s+faithfully|many\s+thanks|thanks|thank\s+you|sincerely|all\s+the\s+best)(?:\s+for\s+the\s+future)?\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_CLOSING_ANY = re.compile(
    r"(?:with\s+)?(?:(?:very\s+)?best\s+wishes|kind(?:est)?\s+regards|yours\s+sincerely|yours\s+faithfully)(?:\s+for\s+the\s+future)?\s*[,.!]?",
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
        if _CLOSINGS.match(lines[i]):
            idx = i
            break
    tail: list[str]
    if idx is None:
        # PDF text sometimes glues a footer to the closing ("OFFICIAL-SENSITIVEWith best wishes").
        found = list(_CLOSING_ANY.finditer(text))
        if not found:
            return SignOff(None, None, False)
        tail = text[found[-1].end():].splitlines()
    else:
        tail = lines[idx + 1:]
    kept = [ln.strip() for ln in tail if ln.strip() and not _NOISE_LINE.match(ln)]
    if not kept:
        return SignOff(None, None, True)
    # A scanned signature can OCR as one line of noise before the typed name.
    name = None
    start = 0
    for j, line in enumerate(kept[:3]):
        cand = _clean_name(re.sub(r"\s*[,(].*$", "", line))
        if is_name(cand) or re.fullmatch(rf"{NAME}", cand):
            name = cand
            start = j
            break
    if name is None:
        return SignOff(None, None, True)
    # "Jo Bloggs, Social Worker" on one line, or the title on the next line.
    same_line = kept[start][len(name):].strip(" ,–—-()") if kept[start].startswith(name) else ""
    title = None
    if same_line and _ROLE_WORDS.search(same_line):
        title = same_line
    elif start + 1 < len(kept):
        nxt = kept[start + 1]
        if (_ROLE_WORDS.search(nxt) or _AGENCY_WORDS.search(nxt)) and not EMAIL_RE.search(nxt) and not re.match(r"^\s*(?:t|tel|m|mob|e|email|phone)\s*[:.]", nxt, re.IGNORECASE) and len(nxt) < 80:
            title = nxt
    if title and _PLACEHOLDER_TITLE.search(title):
        title = None
    return SignOff(name, title, True)


_PLACEHOLDER_TITLE = re.compile(r"job\s*title|name\s*/", re.IGNORECASE)
