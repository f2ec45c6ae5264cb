"""The requirement checkers: small named objects, one question each, with a docstring a
coordinator can read. Each takes the evidence of one case and its parameters (from the
pathway rules file) and answers satisfied or not, with the reason and where it looked.

A checker never says "satisfied" without pointing at the text that satisfies it: a false
"complete" is the worst error this service can make.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from parsers.analyse import assessment_date_of
from parsers.dates import DATE_RE, find_dates, months_before
from parsers.model import Analysis, ClassifiedDocument, DocType, LeadPractitioner, Pathway
from parsers.people import NAME, NAME_WORD, fold, is_closing, is_name, sign_off
from parsers.sentences import Sentence, sentences

EMAIL_SOURCE = "email"  # the cover note (the email's own and forwarded text), as a document type name
_FLAGS = re.IGNORECASE | re.MULTILINE


# --- what a checker sees ---------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One readable text that counts as evidence: a document, or the email's cover note."""

    name: str  # filename, or "the email"
    type: str  # a DocType value, or "email"
    text: str
    doc: ClassifiedDocument | None = None
    _sentences: list[Sentence] = field(default_factory=list, compare=False, repr=False)

    def sents(self) -> list[Sentence]:
        if not self._sentences:
            # A page break inside a sentence (a scan's page ends on "... may", the next begins "build up")
            # does not end it.
            text = re.sub(r"(?<=[a-z,])[ \t]*\n?[ \t]*\f\s*(?=[a-z])", " ", self.text)
            self._sentences.extend(_answered(sentences(text)))
        return self._sentences


# A form's question is no statement ("Has the family consented to early help?" says nothing either way); its
# answer says whether it holds. "Yes" makes the question a statement; "No", "TBC" or "Not yet" leaves nothing.
_QUESTION_END = re.compile(r"(?<=\?)[ \t]+(?=\S)")
_YES = re.compile(r"^\s*(?:yes|yep|yeah|confirmed|✓|✔)\b|^\s*[✓✔]", re.IGNORECASE)
_NOT_SO = re.compile(
    r"^\s*(?:no|not|none|nil|n/?a|tbc|tbd|tba|unknown|unsure|unclear|pending|awaiting|to\s+be|not\s+known|don.t\s+know|\?|[-–—]+\s*$)\b",
    re.IGNORECASE)


_WH = re.compile(r"^\s*(?:\d+[.)]\s*)?(?:what|why|how|who|when|where|which)\b", re.IGNORECASE)


def _answered(sents: list[Sentence]) -> list[Sentence]:
    """Questions read with their answers: "Consent given? Yes – verbally on 3/3" becomes one statement
    ("Consent given: Yes – verbally on 3/3"), and so does an open question with its answer ("What if risk
    escalates: Ms Lee will refer to Triage"); a question answered otherwise ("No", "TBC"), or not at all, is
    dropped (a heading stays a heading), and its answer stands on its own."""
    parts = [Sentence(t, s.heading, s.section) for s in sents for t in _QUESTION_END.split(s.text)]
    out: list[Sentence] = []
    i = 0
    while i < len(parts):
        s = parts[i]
        if not s.text.rstrip().endswith("?"):
            out.append(s)
            i += 1
            continue
        answer = parts[i + 1] if i + 1 < len(parts) and not parts[i + 1].text.rstrip().endswith("?") else None
        # "Why is the case closing? The family ..." is answered by any statement; "Has ... ?" only by a yes.
        affirmed = answer is not None and _YES.match(answer.text) and not _NOT_SO.match(_YES.sub("", answer.text).lstrip(" ,.;:–—-"))
        if affirmed or answer is not None and _WH.match(s.text) and not answer.heading and not _NOT_SO.match(answer.text):
            # (an open question is no label: "When is the final meeting – 20 March" must not read "final meeting: 20 March")
            joint = ": " if affirmed else " – "
            out.append(Sentence(f"{s.text.rstrip()[:-1].rstrip()}{joint}{answer.text}", False, answer.section or s.section))
            i += 2
            continue
        if s.heading:
            out.append(s)
        i += 1
    return out


@dataclass(frozen=True)
class Evidence:
    """Everything the checkers may look at for one case (one or more emails merged)."""

    analyses: tuple[Analysis, ...]
    sources: tuple[Source, ...]
    pathway: Pathway
    reference_date: dt.date | None
    assessment_types: tuple[str, ...] = ()  # document types that count as this pathway's assessment

    def of_types(self, types: Sequence[str]) -> list[Source]:
        wanted = set(types)
        return [s for s in self.sources if s.type in wanted or "any" in wanted]

    @property
    def documents(self) -> list[ClassifiedDocument]:
        return [d for a in self.analyses for d in a.documents]


@dataclass(frozen=True)
class Verdict:
    satisfied: bool
    reason: str
    evidence: str | None = None


class ParamError(ValueError):
    """A requirement's parameters in the rules file are wrong; the message names the key."""


def _compile(patterns: Sequence[str], where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, p in enumerate(patterns):
        try:
            out.append(re.compile(p, _FLAGS))
        except re.error as exc:
            raise ParamError(f"{where}[{i}]: not a valid regular expression ({exc})") from None
    return tuple(out)


def _quote(text: str, limit: int = 160) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Checker:
    """Base: a name, a plain-English docstring, typed parameters, and `check`."""

    name: ClassVar[str]
    Params: ClassVar[type]

    def __init__(self, params: Any) -> None:
        self.params = params

    @classmethod
    def build(cls, raw: Mapping[str, Any], where: str) -> "Checker":
        return cls(_build_params(cls.Params, raw, where))

    def check(self, ev: Evidence) -> Verdict:  # pragma: no cover - abstract
        raise NotImplementedError


def _build_params(kind: type, raw: Mapping[str, Any], where: str) -> Any:
    """Turn a TOML table into the checker's frozen Params dataclass, naming any bad key."""
    names = {f.name: f for f in dataclasses.fields(kind)}
    unknown = set(raw) - set(names)
    if unknown:
        raise ParamError(f"{where}: unknown parameter(s) {', '.join(sorted(unknown))}; expected some of {', '.join(sorted(names))}")
    values: dict[str, Any] = {}
    for name, f in names.items():
        key = f"{where}.{name}"
        if name not in raw:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:  # type: ignore[misc]
                raise ParamError(f"{key}: missing")
            continue
        value = raw[name]
        conv = f.metadata.get("convert")
        values[name] = conv(value, key) if conv else value
    return kind(**values)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParamError(f"{key}: must be a list of strings")
    return tuple(value)


def _patterns(value: Any, key: str) -> tuple[re.Pattern[str], ...]:
    return _compile(_strings(value, key), key)


def _groups(value: Any, key: str) -> tuple[tuple[re.Pattern[str], ...], ...]:
    if not isinstance(value, list) or not value or not all(isinstance(g, list) for g in value):
        raise ParamError(f"{key}: must be a non-empty list of lists of patterns")
    return tuple(_compile(g, f"{key}[{i}]") for i, g in enumerate(value))


def _int(value: Any, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ParamError(f"{key}: must be a whole number >= 0")
    return value


def _opt(convert, default=()):
    return field(default=default, metadata={"convert": convert})


# --- the generic phrase checker --------------------------------------------------------------


@dataclass(frozen=True)
class PhraseParams:
    documents: tuple[str, ...] = _opt(_strings, ("any",))
    # Every group must be matched by some sentence (not the same one necessarily).
    all_of: tuple[tuple[re.Pattern[str], ...], ...] = _opt(_groups, ())
    # A sentence that matches one of these does not count (negated, future, conditional).
    unless: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    # A sentence anywhere in the evidence that matches one of these defeats the requirement.
    veto: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    # A veto sentence that also matches one of these is not a veto ("if you decline ...").
    veto_unless: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    # Headings ("Consent", "Contingency plan") name a topic; they are not evidence of it.
    headings_count: bool = False
    # Optional, one list per `all_of` group: a sentence of a few words or more that stands under a
    # heading matching one of these counts for that group ("Risks" then "Mum may stop going ...").
    sections: tuple[tuple[re.Pattern[str], ...], ...] = _opt(_groups, ())
    section_min_words: int = field(default=5, metadata={"convert": _int})
    # Optional, one list per `all_of` group: weaker wording that counts for its group only in the same
    # passage as a sentence that says another group ("My assessment included home visits ..." two
    # sentences before "the needs are now at level 2" is the summary of the work behind that decision).
    near: tuple[tuple[re.Pattern[str], ...], ...] = _opt(_groups, ())
    near_sentences: int = field(default=3, metadata={"convert": _int})

    def __post_init__(self) -> None:
        if self.sections and len(self.sections) != len(self.all_of):
            raise ParamError("sections: needs one list of heading patterns per all_of group")
        if self.near and len(self.near) != len(self.all_of):
            raise ParamError("near: needs one list of patterns per all_of group")


def find_phrases(params: PhraseParams, ev: Evidence, what: str) -> Verdict:
    sources = ev.of_types(params.documents)
    if not sources:
        return Verdict(False, f"no readable document of the kind that would show {what}")
    for src in sources:
        for s in src.sents():
            if any(p.search(s.text) for p in params.veto) and not any(p.search(s.text) for p in params.veto_unless):
                return Verdict(False, f"{src.name} says otherwise: “{_quote(s.text)}”", src.name)
    found: list[tuple[Source, Sentence]] = []
    for i, group in enumerate(params.all_of):
        headings = params.sections[i] if params.sections else ()
        weaker = params.near[i] if params.near else ()
        hit = None
        for src in sources:
            sents = src.sents()
            for k, s in enumerate(sents):
                if s.heading and not params.headings_count:
                    continue
                said = any(p.search(s.text) for p in group) or (
                    s.section and len(s.text.split()) >= params.section_min_words and any(p.search(s.section) for p in headings)) or (
                    any(p.search(s.text) for p in weaker) and _passage_says_another(params, sents, k, i))
                if said and not any(p.search(s.text) for p in params.unless):
                    hit = (src, s)
                    break
            if hit:
                break
        if hit is None:
            return Verdict(False, f"nothing in the email or its documents shows {what}")
        found.append(hit)
    where = "; ".join(dict.fromkeys(f"{src.name}: “{_quote(s.text, 120)}”" for src, s in found))
    return Verdict(True, f"found in {', '.join(dict.fromkeys(src.name for src, _ in found))}", where)


def _passage_says_another(params: PhraseParams, sents: list[Sentence], k: int, group: int) -> bool:
    """Whether a sentence within `near_sentences` of sentence k, in the same passage (no heading
    in between), says one of the other groups in its own words."""
    others = [g for j, g in enumerate(params.all_of) if j != group]

    def says(s: Sentence) -> bool:
        return any(p.search(s.text) for g in others for p in g) and not any(p.search(s.text) for p in params.unless)

    for step in (1, -1):
        j = k + step
        while 0 <= j < len(sents) and abs(j - k) <= params.near_sentences and not sents[j].heading:
            if says(sents[j]):
                return True
            j += step
    return False


class Phrases(Checker):
    """Looks for sentences that say something (every listed topic must be covered), skipping
    negated or not-yet-done statements; a sentence that says the opposite defeats it."""

    name = "phrases"
    Params = PhraseParams

    def __init__(self, params: PhraseParams, what: str = "it") -> None:
        super().__init__(params)
        self.what = what

    def check(self, ev: Evidence) -> Verdict:
        return find_phrases(self.params, ev, self.what)


@dataclass(frozen=True)
class PerPathwayPhraseParams:
    pathways: dict[str, PhraseParams] = field(default_factory=dict)


class PhrasesByPathway(Checker):
    """As `phrases`, with different wording per pathway (Pathway 1: the final CIN / transition
    meeting was held; Pathway 3: a TAF meeting was held)."""

    name = "phrases_by_pathway"
    Params = PerPathwayPhraseParams

    @classmethod
    def build(cls, raw: Mapping[str, Any], where: str) -> "Checker":
        if set(raw) != {"pathways"} or not isinstance(raw["pathways"], dict):
            raise ParamError(f"{where}: expects one table, pathways.<pathway> = {{ phrase parameters }}")
        per = {str(k): _build_params(PhraseParams, v, f"{where}.pathways.{k}") for k, v in raw["pathways"].items()}
        return cls(PerPathwayPhraseParams(per))

    def check(self, ev: Evidence) -> Verdict:
        params = self.params.pathways.get(ev.pathway.value)
        if params is None:
            return Verdict(True, f"not needed for pathway {ev.pathway.value}")
        return find_phrases(params, ev, "it")


class TransitionMeeting(PhrasesByPathway):
    """As `phrases_by_pathway`; and on pathway 3 a TAF review document is itself the record of a TAF meeting
    held: it counts when its review date is not after the email and it records who was present or the
    progress reviewed, unless anything says the meeting was called off or is only an invitation or a draft."""

    name = "transition_meeting"

    def check(self, ev: Evidence) -> Verdict:
        verdict = super().check(ev)
        if verdict.satisfied or ev.pathway.value != "3":
            return verdict
        return _taf_review_held(ev) or verdict


_REVIEW_RECORDS = re.compile(
    r"^\s*(?:present|attended|attendees|attendance|who\s+(?:attended|was\s+present)|those\s+present|progress|review\s+of\s+(?:the\s+)?(?:plan|actions))\b"
    r"|[\t|]\s*progress\b", re.IGNORECASE | re.MULTILINE)
_CALLED_OFF = re.compile(
    r"\b(?:cancel+ed|postponed|did\s*n.t\s+go\s+ahead|did\s+not\s+(?:go\s+ahead|take\s+place|happen)|not\s+(?:yet\s+)?(?:been\s+)?held|"
    r"rearranged|invit(?:ed|ation)|agenda|draft)\b", re.IGNORECASE)


def _taf_review_held(ev: Evidence) -> Verdict | None:
    if any(_CALLED_OFF.search(src.text) for src in ev.sources):
        return None
    for a in ev.analyses:
        ref = a.reference_date or ev.reference_date
        if not (a.review_date and ref and a.review_date <= ref):
            continue
        for d in a.documents:
            if d.type is DocType.TAF_REVIEW and d.doc.readable and _REVIEW_RECORDS.search(d.doc.text):
                return Verdict(True, f"the TAF review records the meeting held on {a.review_date:%d/%m/%Y}", d.doc.filename)
    return None


# --- specific checkers --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChildrenParams:
    pass


class ChildrenDobs(Checker):
    """Every child of the family is named with a date of birth somewhere in the email."""

    name = "children_dobs"
    Params = ChildrenParams

    def check(self, ev: Evidence) -> Verdict:
        children = _children(ev)
        if not children:
            return Verdict(False, "no child is named with a date of birth")
        without = [c.name for c in children if c.dob is None]
        if without:
            return Verdict(False, f"{len(without)} of {len(children)} children named without a date of birth", ", ".join(without))
        return Verdict(True, f"all {len(children)} children are named with a date of birth",
                       ", ".join(f"{c.name} ({c.dob:%d/%m/%Y})" for c in children))


def _children(ev: Evidence):
    seen: dict[str, Any] = {}
    for a in ev.analyses:
        for c in a.children:
            key = fold(c.name)
            if key not in seen or (seen[key].dob is None and c.dob is not None):
                seen[key] = c
    return list(seen.values())


@dataclass(frozen=True)
class LeadParams:
    need_role_or_agency: bool = True
    need_contact: bool = True


class LeadPractitionerNamed(Checker):
    """A named Early Help Lead Practitioner, with their role or agency and an email or phone number."""

    name = "lead_practitioner"
    Params = LeadParams

    def check(self, ev: Evidence) -> Verdict:
        lps = [a.lead_practitioner for a in ev.analyses if a.lead_practitioner]
        if not lps:
            return Verdict(False, "no Early Help Lead Practitioner is named")
        lp = max(lps, key=lambda x: sum(1 for v in (x.role, x.agency, x.email, x.phone) if v))
        if self.params.need_role_or_agency and not (lp.role or lp.agency):
            return Verdict(False, "the lead practitioner is named without a role or agency", lp.name)
        if self.params.need_contact and not (lp.email or lp.phone):
            return Verdict(False, "the lead practitioner is named without an email address or phone number", lp.name)
        return Verdict(True, "named with role and contact details", _describe(lp))


def _describe(lp: LeadPractitioner) -> str:
    return ", ".join(v for v in (lp.name, lp.role, lp.agency, lp.email, lp.phone) if v)


@dataclass(frozen=True)
class TeamParams:
    documents: tuple[str, ...] = _opt(_strings, ("any",))
    # Where the Team Around the Family is listed (a sentence, a heading over a table, an "Attended" row).
    zone: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    zone_chars: int = field(default=600, metadata={"convert": _int})
    # A person's role or agency that makes them a professional (not a family member).
    professional: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    family_member: tuple[re.Pattern[str], ...] = _opt(_patterns, ())


_TITLE_WORD = r"(?-i:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"
_PERSON = re.compile(rf"(?<![\w’'])(?:{_TITLE_WORD}\s+{NAME_WORD}(?:[ ]{NAME_WORD})?|{NAME})")
_ROLE_AFTER = re.compile(r"\s*(?:\(([^()]{2,90})\)|[,\t]\s*([^;\n]{2,90})|\s[–—-]\s*([^;,\n()]{2,90})|[ ]+([^;,\n()]{2,60}))")
_VERB = re.compile(r"\b(?:is|are|was|were|will|has|have|had|would|can|could|should|may|who|when|if)\b", re.IGNORECASE)
_TAF_STOP = re.compile(
    r"^\s*(?:(?:family\s+|early\s+help\s+|smart\s+|updated\s+)*plan\b|risks?\b|contingency|consent|next\s+steps|recommendations"
    r"|summary|signed|what\s+|action\b|with\s+best\s+wishes|yours\s+|kind\s+regards|best\s+wishes|background|assessment\b)",
    re.IGNORECASE,
)


def taf_zones(text: str, triggers: Sequence[re.Pattern[str]], limit: int = 600) -> list[str]:
    """The stretches of text that list the Team Around the Family: from a trigger (a sentence
    "your Team Around the Family are: ...", a heading over a table, an "Attended" row) to the
    end of that sentence or list, a new heading, or the plan table."""
    zones = []
    for trig in triggers:
        for m in trig.finditer(text):
            # The zone starts where the trigger's sentence starts: "Jo Bloggs (Nurse) and Al Reyes (GP) will
            # also stay involved" names the team before the words that say what they are.
            back = text[max(0, m.start() - 300): m.start()]
            cut = [b.end() for b in re.finditer(r"[.!?:](?=\s)|\n\s*\n|\t", back)]
            start = m.start() - (len(back) - cut[-1]) if cut else max(0, text.rfind("\n", 0, m.start()) + 1)
            while start < m.start() and text[start].isspace():
                start += 1
            rest = text[start: m.start() + limit]
            lines = rest.split("\n")
            lead_in = text[start:m.start()].count("\n")  # lines of the trigger's sentence before the trigger
            kept = lines[: lead_in + 1]
            for line in lines[lead_in + 1:]:
                stripped = line.strip()
                if not stripped:
                    continue
                if _TAF_STOP.match(stripped) or re.search(r"\bwho\b.*\b(?:when|by)\b", stripped, re.IGNORECASE):
                    break
                kept.append(line)
            zone = "\n".join(kept)
            # A prose zone ends with its sentence; a list that was introduced by ":" ends with the list.
            end = re.search(r"(?<=[a-z0-9)\]])\.(?=\s+[A-Z])", zone)
            if end:
                zone = zone[: end.end()]
            zones.append(zone)
    return zones


def people_with_roles(zone: str) -> list[tuple[str, str]]:
    """ "Sunil Akintola, Family Support Worker, Tollbridge Family Hub" / "Ms Walker (Youth Worker, ...)"
    / table rows "Sunil Akintola<TAB>Family Support Worker<TAB>Tollbridge Family Hub"."""
    out = []
    # Join lines a PDF wrapped ("Hannah\nLatif (Health Visitor)"); Word table rows (tabs) stay apart.
    units: list[str] = []
    for line in zone.split("\n"):
        # A line that starts with a person's name starts a row of its own (PDF tables lose their tabs).
        starts_person = bool(re.match(rf"\s*[•*\-–]?\s*{_TITLE_WORD}\s+{NAME_WORD}", line)) or any(
            is_name(" ".join(line.split()[:n])) for n in (2, 3) if len(line.split()) > n)
        if "\t" in line or not units or "\t" in units[-1] or starts_person:
            units.append(line)
        else:
            units[-1] += " " + line.strip()
    for line in units:
        for m in _PERSON.finditer(line):
            person = re.sub(r"\s+", " ", m.group(0)).strip()
            words = person.split()
            titled = bool(re.fullmatch(_TITLE_WORD, words[0]))
            start = m.start()
            if not titled and not is_name(person):
                # Over-capture ("Family Paul Karim", "Sunil Akintola Family"): the first 2-3 word run that is a name.
                for k in range(len(words) - 1):
                    cand = next((" ".join(words[k:k + n]) for n in (3, 2) if k + n <= len(words) and is_name(" ".join(words[k:k + n]))), None)
                    if cand:
                        start = line.find(cand, m.start())
                        person = cand
                        break
                else:
                    continue
            if titled and fold(words[1]) in _NOT_PERSON:
                continue
            # a role in apposition before the name wins over words after it that name no job
            # ("the speech therapist, Dr Lena Sorvik, every fortnight")
            after, before = _role_after(line, start, person), _role_before(line, start)
            role = after if after and (not before or _JOB_TITLE.search(after)) else before
            if role:
                out.append((person, role))
    return out


def _role_after(line: str, start: int, person: str) -> str | None:
    """The role written after a name: "(School Nurse)", ", School Nurse, Example Service", "<TAB>School Nurse";
    in prose the role ends at the next comma ("Ms Voss, the school nurse, will stay involved")."""
    rm = _ROLE_AFTER.match(line, start + len(person))
    if not rm:
        return None
    if rm.group(4) is not None and line[:start].strip():
        return None  # "Newham Domestic Abuse Service": space-separated roles only in a table row that starts with the name
    role = next(g for g in rm.groups() if g is not None).strip()
    role = re.split(r"(?<=[a-z)])\.(?:\s|$)", role)[0]  # the role ends with its sentence
    if rm.group(2) is not None and _VERB.search(role) and "," in role:
        role = role.split(",")[0].strip()
    if len(role.split()) > 14 or _VERB.search(role) and not re.search(r"\bhead\s+of\b|\bfor\b", role, re.IGNORECASE):
        return None
    return role


# "The health visitor, Ms Ada Voss, will ...": the role in apposition before the name.
# Or owned by a child ("Ben's class teacher, Mr Ivo Lamb, ...", "Ada's mentor at Oak Primary, Mr Lamb").
_ROLE_BEFORE = re.compile(r"(?:\b(?:the|your|her|his|their|its)|(?-i:[A-Z])[\w-]*[’']s)\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+),\s*$", re.IGNORECASE)


def _role_before(line: str, start: int) -> str | None:
    m = _ROLE_BEFORE.search(line[max(0, start - 60):start])
    if not m or _VERB.search(m.group(1)):
        return None
    return m.group(1)


_NOT_PERSON = {"family", "team", "school", "service"}


class TeamAroundFamily(Checker):
    """At least one other professional of the Team Around the Family is named (a person with a
    role, not just "the school"); the lead practitioner and the worker do not count."""

    name = "team_around_family"
    Params = TeamParams

    def check(self, ev: Evidence) -> Verdict:
        exclude = _excluded_people(ev)
        for src in ev.of_types(self.params.documents):
            for zone in taf_zones(src.text, self.params.zone, self.params.zone_chars):
                # A placeholder left after the names filled in ("Mr Abara, Family Worker; Name/Title/Contact
                # Details") leaves those names standing; only what comes before it counts.
                blank = _TAF_PLACEHOLDER.search(zone)
                if blank:
                    zone = zone[:blank.start()]
                for person, role in people_with_roles(zone):
                    if any(p.search(role) for p in self.params.family_member):
                        continue
                    if not any(p.search(role) for p in self.params.professional):
                        continue
                    if _is_excluded(person, exclude):
                        continue
                    return Verdict(True, f"names {person} ({_quote(role, 60)})", f"{src.name}: {person}, {_quote(role, 60)}")
        found = self._named_anywhere(ev, exclude)
        if found:
            return found
        return Verdict(False, "no other professional of the Team Around the Family is named")

    def _named_anywhere(self, ev: Evidence, exclude: list[str]) -> Verdict | None:
        """Another professional named with a role or agency anywhere in the documents, even where no words
        introduce the team ("the final CIN meeting with you, Ms Ada Voss (DSL, Oak Primary) and ..."). Only the
        documents: the cover note may quote an earlier email about another family. Stricter than in a team
        zone: a name without a title needs a job title (not just a place: "Ashgrove Park, Primary School"); no
        managers who only endorse or countersign, no social worker (the worker's own service), no child, no
        one sharing the family's surname, and no one the sentence makes the lead practitioner."""
        family = _family_surnames(ev)
        for src in ev.of_types(self.params.documents):
            if src.type == EMAIL_SOURCE or _TAF_PLACEHOLDER.search(src.text):
                continue
            text = _letter_part(src.text) if src.name == "(body)" else src.text
            found = [pr for para in re.split(r"\n\s*\n", text) for pr in people_with_roles(para) + _people_with_possessive_role(para)]
            for person, role in found:
                titled = bool(re.match(_TITLE_WORD, person))
                # a plan table's next cell ("...\tBy 30 October 2026") is the action's date, not part of the role
                role = _CONTACT.sub("", _DATE_CELL.sub("", role)).strip(" ,;–-/")
                if (_VERB.search(role) or _NOT_A_TEAM_ROLE.search(role) or re.search(r"\d[/.\-]\d|\b\d+\s+(?:weeks?|days?|months?|years?)\b|\b(?:19|20)\d\d\b", role) or len(role.split()) > 10
                        or any(p.search(role) for p in self.params.family_member)
                        or not any(p.search(role) for p in self.params.professional)
                        or not titled and not _JOB_TITLE.search(role)):
                    continue
                words = [w for w in fold(person).split() if w.rstrip(".") not in ("mr", "mrs", "ms", "miss", "mx", "dr")]
                # a wrapped line may run another word into the name ("Kojo Grace Whitmore"): any word can tell
                if (_is_excluded(person, exclude) or _is_excluded(" ".join(words[-2:]), exclude)
                        or set(words) & family or _made_lead(src.text, person) or _only_in_history(text, person)):
                    continue
                return Verdict(True, f"names {person} ({_quote(role, 60)})", f"{src.name}: {person}, {_quote(role, 60)}")
        return None


_DATE_CELL = re.compile(r"\t[^\t]*(?:\d[/.\-]\d|\b(?:19|20)\d\d\b)[^\t]*")


# Outside a team list, these roles are no team member: a manager or supervisor who authorises or endorses,
# the NAM / partnership team, a social worker (the service stepping down), and a child's own details.
_NOT_A_TEAM_ROLE = re.compile(
    r"\b(?:team|service|group|practice|operations?|area)\s+manager\b|\bsupervisor\b|\bhead\s+of\s+service\b|\bsocial\s+worker\b"
    r"|\bNAM\b|\bpartnership\s+team\b|\breviewing\s+officer\b|\bIRO\b|\b(?:conference\s+)?chair(?:person)?\b|\bauthoris|\bcountersign|\bapprov|\bendors|^\s*(?:which|that|the\s+police)\b"
    r"|^\s*(?:(?:year|yr)\s*\d+\s*(?:[,;]|$|pupil|student|at\b|in\b)|reception|aged?|dob|d\.o\.b|born|pupil|student|maternal|paternal|ex-?partner|partner|step)\b",
    re.IGNORECASE)
_CONTACT = re.compile(r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)|\b(?:tel|phone|mobile|email)\b\.?:?")
_JOB_TITLE = re.compile(
    r"\b(?:worker|coach|manager|practitioner|officer|senco|dsl|nurse|visitor|teacher|head(?:teacher)?|mentor|co-?ordinator"
    r"|advis[oe]r|consultant|assistant|liaison|therapist|psychologist|gp|doctor|midwife|director|leader|deputy|tutor"
    r"|counsellor|clinician|psychiatrist|paediatrician|advocate|idva|isva|caseworker|navigator|key\s?worker|specialist"
    r"|chaplain|befriender|support\s+partner|lead|HV|SLT|SALT)\b",
    re.IGNORECASE)


# The case's history (who referred or raised the concern) and its sign-off (who approved or countersigned the
# step-down, the worker's manager or supervisor): no member of the team going forward.
_HISTORY = re.compile(
    r"\b(?:approv|authoris|countersign|endors|quality[\s-]+assur|signed\s+off|supervis)\w*|\bmy\s+(?:team\s+|line\s+)?manager\b"
    r"|\breferr(?:al|ed)\s+(?:was\s+)?(?:received\s+|made\s+)?(?:from|by)\b|\breferred\s+(?:the\s+family|the\s+children|\w+)\s+(?:to\s+(?:us|children.s\s+social\s+care|social\s+care|triage|MASH|the\s+front\s+door))"
    r"|\b(?:raised|reported)\s+(?:a\s+|the\s+|their\s+)?concerns?\b|\bcontacted\s+(?:us|LBN\s+triage|triage|MASH|the\s+front\s+door|children.s\s+social\s+care)\b"
    r"|\breason\s+for\s+(?:the\s+)?(?:referral|assessment)\b|\b(?:previous|former|previously\s+allocated)\b"
    # sources the assessment drew on ("Agency checks: Dr Ray (GP) consulted")
    r"|\bconsulted\b|\bagency\s+checks?\b|\binformation\s+(?:was\s+)?(?:gathered|obtained|sought|provided)\s+(?:from|by)\b",
    re.IGNORECASE)


def _only_in_history(text: str, person: str) -> bool:
    """Whether every mention of the person is in a sentence about the case's history or its sign-off."""
    spans = []
    for m in re.finditer(re.escape(person), text):
        before = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[max(0, m.start() - 200): m.start()])[-1]
        after = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[m.end(): m.end() + 200], maxsplit=1)[0]
        spans.append(before + person + after)
    return bool(spans) and all(_HISTORY.search(sp) for sp in spans)


def _letter_part(body: str) -> str:
    """A letter pasted into the email body, up to its sign-off: what follows (the email signature, an earlier
    email quoted below it, perhaps about another family) is not the letter."""
    lines = body.splitlines()
    first = next((i for i, ln in enumerate(lines) if is_closing(ln)), None)
    return body if first is None else "\n".join(lines[: first + 4])


def _made_lead(text: str, person: str) -> bool:
    """Whether the sentence around this mention makes the person the lead practitioner ("Ms Lee (SENCo) from
    Oak Primary will be your Early Help Lead Practitioner"), however the lines were wrapped."""
    for m in re.finditer(re.escape(person), text):
        after = re.split(r"[.!?](?:\s|$)|\n\s*\n", text[m.end(): m.end() + 200], maxsplit=1)[0]
        before = re.split(r"[.!?:](?:\s|$)", text[max(0, m.start() - 80): m.start()])[-1]
        if _LEAD_WORDS.search(after) or re.search(r"lead\s+(?:practitioner|professional)\s+(?:is|will\s+be)\s*$", before, re.IGNORECASE):
            return True
    return False


# "Siobhan Carey your health visitor", "Ada Voss, Tobi's Head of Year": a role owned by the family after the name.
_POSSESSIVE_ROLE = re.compile(rf"({NAME}),?[ ]+(?:your|her|his|their|the\s+children.s|(?-i:[A-Z])[a-z]+[’']s)[ ]+((?:[\w’'/-]+[ ]+){{0,4}}[\w’'/-]+)")


def _people_with_possessive_role(text: str) -> list[tuple[str, str]]:
    """The role is the words up to the first that is no part of a job title ("Siobhan Carey your health
    visitor, and ..." gives "health visitor")."""
    out = []
    for m in _POSSESSIVE_ROLE.finditer(text):
        if not is_name(m.group(1)):
            continue
        role = re.split(r"\b(?:and|who|will|is|was|has|to|at|from|with|for|on)\b", m.group(2))[0].strip()
        if role and _JOB_TITLE.search(role):
            out.append((m.group(1), role))
    return out


def _family_surnames(ev: Evidence) -> set[str]:
    names = [c.name for c in _children(ev)] + [a.family or "" for a in ev.analyses]
    return {fold(n).split()[-1] for n in names if n and n.split()}


# The template's "Name/Title/Contact Details" left for the team (not a column header "Name/Title | Agency").
_TAF_PLACEHOLDER = re.compile(r"name\s*/\s*(?:job\s+)?title(?![^\n]{0,24}?[\t|])", re.IGNORECASE)


def _excluded_people(ev: Evidence) -> list[str]:
    """The lead practitioner, the worker (sender, letter signer, allocated worker): not "other" professionals."""
    names = []
    for a in ev.analyses:
        if a.lead_practitioner:
            names.append(a.lead_practitioner.name)
        names.append(a.email.sender.name)
        for d in a.documents:
            if not d.doc.readable:
                continue
            if d.type in (DocType.CLOSURE_LETTER, DocType.CLOSURE_NOTIFICATION):
                so = sign_off(d.doc.text)
                if so.name:
                    names.append(so.name)
            for m in re.finditer(r"(?:allocated\s+worker|families\s+first\s+coach|social\s+worker)\s*[:\t ]\s*([^\n,]+)", d.doc.text, re.IGNORECASE):
                names.append(m.group(1).strip())
    for src in ev.sources:
        names.extend(_named_as_lead(src))
    return [n for n in names if n]


_LEAD_WORDS = re.compile(r"\blead\s+(?:practitioner|professional)\b|\bwill\s+lead\s+(?:your|the|their)\b", re.IGNORECASE)


def _named_as_lead(src: Source) -> list[str]:
    """Whoever a sentence or heading names as the lead practitioner, read here too: if the reading of the
    lead practitioner missed them, they must still not pass for an "other" professional of the team.
    The lead is the person named last before the words "lead practitioner" ("Ms Lee, Pastoral Lead, will be
    your lead practitioner, working with Mr Ray (GP)"), else the first after them ("Your lead practitioner is
    Ms Lee"); under a "Lead practitioner" heading, the first person below it."""
    names = []
    sents = src.sents()
    for k, s in enumerate(sents):
        lead = _LEAD_WORDS.search(s.text)
        if not lead:
            continue
        if s.heading and k + 1 < len(sents):
            people = _people_in(sents[k + 1].text)
        else:
            before = [(i, n) for i, n in _people_in(s.text) if lead.start() - 150 <= i < lead.start()]
            people = before[-1:] or [(i, n) for i, n in _people_in(s.text) if i > lead.start()]
        if people:
            names.append(people[0][1])
    return names


def _people_in(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _PERSON.finditer(text):
        person = re.sub(r"\s+", " ", m.group(0)).strip()
        words = person.split()
        if re.fullmatch(_TITLE_WORD, words[0]) and fold(words[1]) not in _NOT_PERSON or is_name(person):
            out.append((m.start(), person))
    return out


def _is_excluded(person: str, exclude: list[str]) -> bool:
    p = [w for w in fold(person).split() if w.rstrip(".") not in ("mr", "mrs", "ms", "miss", "mx", "dr")]
    titled = len(fold(person).split()) != len(p)
    for name in exclude:
        n = fold(name).split()
        if not n or not p:
            continue
        if p[-1] == n[-1] and (titled or len(p) == 1 or p[0] == n[0]):
            return True
    return False


@dataclass(frozen=True)
class PlanParams:
    documents: tuple[str, ...] = _opt(_strings, ("any",))
    who_column: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    when_column: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    # A deadline that is not a calendar date ("end of the summer term", "within 4 weeks").
    deadline: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    min_timed_actions: int = field(default=2, metadata={"convert": _int})
    # Action sentences outside a table: someone (action_who) will do something (action_sentence) by a date.
    action_sentence: tuple[re.Pattern[str], ...] = _opt(_patterns, ())
    action_who: tuple[re.Pattern[str], ...] = _opt(_patterns, ())


class SmartPlan(Checker):
    """The agreed SMART plan is there: actions with who does them and by when (a What / Who /
    By when table, or action lines naming who and a deadline). "Ongoing" is not a deadline."""

    name = "smart_plan"
    Params = PlanParams

    def check(self, ev: Evidence) -> Verdict:
        for src in ev.of_types(self.params.documents):
            n = self._table_actions(src, ev.reference_date)
            if n >= self.params.min_timed_actions:
                return Verdict(True, f"a plan table with {n} dated actions and who does them", src.name)
        for src in ev.of_types(self.params.documents):
            rows = [line for line in src.text.splitlines()
                    if self._list_action(line, ev.reference_date) or self._owner_first(line, ev.reference_date)]
            if len(rows) >= self.params.min_timed_actions:
                return Verdict(True, f"{len(rows)} plan lines giving the action, who and by when", f"{src.name}: “{_quote(rows[0], 100)}”")
        for src in ev.of_types(self.params.documents):
            hits = [s.text for s in src.sents()
                    if any(p.search(s.text) for p in self.params.action_sentence)
                    and (any(p.search(s.text) for p in self.params.action_who) or _named_doer(s.text)) and self._timed(s.text)]
            if len(hits) >= self.params.min_timed_actions:
                return Verdict(True, f"{len(hits)} actions with who and by when", f"{src.name}: “{_quote(hits[0], 100)}”")
        return Verdict(False, "no plan with actions, who and by when (a plan saying only “ongoing” does not count)")

    def _list_action(self, line: str, reference: dt.date | None) -> bool:
        """A plan line without a table header: "action – who – by when" (dashes, pipes or tabs between
        the parts): one part a deadline, another naming a person, role or agency, and the action first
        (or last, after the deadline and who: "By 1 May – Ms Lee – book the review").
        A household row ("Ann Lee | Child | 03/09/2014") is not one: a date of birth is no deadline."""
        line = re.sub(r"^\s*(?:\d{1,2}[.)]|[a-z][.)])\s+", "", line)  # a numbered list's "1." or "a)"
        cells = [c.strip(" •*-–—·") for c in re.split(r"\s[–—-]\s|\s*\|\s*|\t", line) if c.strip(" •*-–—·")]
        if len(cells) < 3:
            return False
        timed = [i for i, c in enumerate(cells) if len(c) <= 40 and self._deadline(c, reference)]
        if not timed:
            return False
        others = [c for i, c in enumerate(cells) if i not in timed]
        if timed[0] == 0 and len(others) >= 2 and self._owner(others[0]):
            # "By 23 January – Ms Lee – set up a weekly review": deadline, who, then the action
            others = others[1:] + others[:1]
        # Who may come first ("Ms Lee – weekly mentoring – from ..."), or whom the line is for ("Amira – attendance
        # monitored weekly – Ms Harland – by ..."): then the action is the second part.
        start = 1 if len(others) >= 3 and len(others[0].split()) <= 2 or self._only_owner(others[0]) else 0
        for k in range(min(start, len(others) - 1) + 1):
            action = others[k]
            if len(action.split()) >= 2 and not self._only_owner(action):
                return any(self._owner(c) for j, c in enumerate(others) if j != k and (j > k or self._only_owner(c)))
        return False

    def _owner_first(self, line: str, reference: dt.date | None) -> bool:
        """A plan line that names who first, then the action and its deadline: "• Ms Lee: weekly mentoring
        for Ada, starting by 20/04/2026". A contact line ("Ms Lee: 020 7946 0123") has no action."""
        m = re.match(r"^\s*(?:[•*\-–]\s*|\d+[.)]\s*)?([^:\t|]{2,60}):\s*(?P<rest>[A-Za-z][^\t|]{10,200})$", line)
        if not m:
            return self._owner_dash_action(line, reference)
        if not m or not self._owner(m.group(1)) or self._only_owner(m.group("rest")) or _PERSON.match(m.group("rest")):
            return False  # "Health visitor: Ms Voss, from 1 March" lists a person, not an action
        rest = m.group("rest")
        deadline = re.search(r"\b(?:by|before|no\s+later\s+than|until|within)\b(?P<when>.{3,40})$", rest, re.IGNORECASE)
        return bool(deadline) and len(rest[: deadline.start()].split()) >= 2 and self._deadline(deadline.group("when"), reference)

    def _owner_dash_action(self, line: str, reference: dt.date | None) -> bool:
        """ "Ms Lee – weekly mentoring for Ada, 3 March to 27 March 2026": who, a dash, then the action with its
        dates. With no "by" to mark a deadline, only a date from the letter's day on makes it a plan still to
        carry out ("Ms Lee – met the family on 2 January" is work done)."""
        m = re.match(r"^\s*(?:[•*]\s*|\d+[.)]\s*)?([^:\t|–—]{2,40}?)\s[–—-]\s(?P<rest>[A-Za-z][^\t|–—]{10,200})$", line)
        if reference is None or not m or not self._owner(m.group(1)) or self._only_owner(m.group("rest")) or _PERSON.match(m.group("rest")):
            return False
        rest = m.group("rest")
        dates = find_dates(rest)
        return bool(dates) and len(rest[: dates[0].start].split()) >= 2 and any(f.date >= reference for f in dates)

    def _only_owner(self, cell: str) -> bool:
        """A cell that is just a person or a role ("Ann Lee", "Class teacher"): a household or contact
        row, not an action. An action may name people ("Help Ms Lee apply for the grant")."""
        cell = re.sub(r"\([^)]*\)", "", cell).strip()
        if re.search(r"\b(?:to|will)\b", cell):
            return False
        return is_name(cell) or bool(_PERSON.fullmatch(cell)) or (
            len(cell.split()) <= 3 and any(p.search(cell) for p in self.params.action_who))

    def _deadline(self, text: str, reference: dt.date | None) -> bool:
        """A date that could be a plan's deadline (not years before the letter), or a term / "within 4 weeks"."""
        dates = [f.date for f in find_dates(text)]
        if dates:
            return reference is None or any(d >= months_before(reference, 12) for d in dates)
        return any(p.search(text) for p in self.params.deadline)

    def _owner(self, cell: str) -> bool:
        cell = re.sub(r"\([^)]*\)", "", cell).strip()
        return len(cell.split()) <= 6 and (any(p.search(cell) for p in self.params.action_who) or is_name(cell)
                                           or bool(_PERSON.fullmatch(cell)))

    def _is_header(self, text: str) -> bool:
        return bool(text) and any(p.search(text) for p in self.params.who_column) and any(p.search(text) for p in self.params.when_column)

    def _timed(self, text: str) -> bool:
        return bool(DATE_RE.search(text)) or any(p.search(text) for p in self.params.deadline)

    def _table_actions(self, src: Source, reference: dt.date | None = None) -> int:
        lines = src.text.replace("\f", "\n").splitlines()
        best = 0
        for i in range(len(lines)):
            first = lines[i]
            if not any(p.search(first) for p in self.params.who_column + self.params.when_column):
                continue
            # The header row: one line ("What | Who | By when"), or short cells a PDF put on lines of their own.
            header = first if len(first) <= 120 else ""
            if not self._is_header(header):
                cells = lines[i:i + 4]
                header = " ".join(c for c in cells if len(c.strip()) <= 40)
                if not all(len(c.strip()) <= 40 for c in cells[:2]) or not self._is_header(header):
                    continue
            # Rows follow the header until a heading-like line of prose: count the timed ones.
            timed = 0
            for row in lines[i + 1:i + 40]:
                if re.match(r"^\s*(?:risks?|contingency|consent|team\s+around|signed|next\s+steps|\d+\.\s)", row, re.IGNORECASE):
                    break
                if self._deadline(row, reference):
                    timed += 1
            best = max(best, timed)
        return best


# "2. Nadia Chowdhury will book the GP appointment by 1 September 2026": a plan item whose subject is a
# person's name (no title or role word), who will do something by a date.
_NAMED_DOER = re.compile(rf"^\s*(?:\(?\d{{1,2}}[.):]?\s+|[•*\-–]\s*)?(?P<name>{NAME})\s+(?:will|is\s+going\s+to|has\s+agreed\s+to|to)\s+(?!be\b)\w+"
                         rf"[^.]{{3,160}}\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?:{DATE_RE.pattern}|\w+\s+(?:term|half[-\s]term))", re.IGNORECASE)


def _named_doer(sentence: str) -> bool:
    m = _NAMED_DOER.match(sentence)
    return bool(m) and is_name(m.group("name"))


@dataclass(frozen=True)
class RecentParams:
    months: int = field(default=6, metadata={"convert": _int})


class AssessmentRecent(Checker):
    """The attached assessment was written or updated within the window before the letter's
    date (else the email's date). Only judged when the assessment is attached."""

    name = "assessment_recent"
    Params = RecentParams

    def check(self, ev: Evidence) -> Verdict:
        attached = _assessments(ev)
        if not attached:
            return Verdict(True, "not judged: no readable assessment is attached")
        dates = [d for d in (assessment_date_of(x.doc.text) for x in attached) if d]
        if not dates:
            return Verdict(False, "the assessment's date (written or updated) could not be found", attached[0].doc.filename)
        if ev.reference_date is None:
            return Verdict(False, "no letter or email date to judge the assessment's age against")
        newest = max(dates)
        line = months_before(ev.reference_date, self.params.months)
        if newest >= line:
            return Verdict(True, f"assessment dated {newest:%d/%m/%Y}, within {self.params.months} months of {ev.reference_date:%d/%m/%Y}", attached[0].doc.filename)
        return Verdict(False, f"assessment dated {newest:%d/%m/%Y} is more than {self.params.months} months before {ev.reference_date:%d/%m/%Y}", attached[0].doc.filename)


@dataclass(frozen=True)
class AttachedParams:
    pass


def _assessments(ev: Evidence) -> list[ClassifiedDocument]:
    return [d for d in ev.documents if d.is_assessment and d.doc.readable and d.type.value in ev.assessment_types]


class AssessmentAttached(Checker):
    """The assessment is attached and readable: the Single Assessment (pathways 1-2) or the updated
    Early Help Record (pathway 3). A bare family plan, a review or a password-protected file does not count."""

    name = "assessment_attached"
    Params = AttachedParams

    def check(self, ev: Evidence) -> Verdict:
        types = ev.assessment_types
        if not types:
            return Verdict(True, f"no assessment is required for pathway {ev.pathway.value}")
        found = _assessments(ev)
        if found:
            return Verdict(True, "attached", found[0].doc.filename)
        locked = [d for d in ev.documents if d.type.value in types and not d.doc.readable]
        if locked:
            return Verdict(False, f"{locked[0].doc.filename} cannot be opened ({locked[0].doc.reason or locked[0].doc.status.value})", locked[0].doc.filename)
        return Verdict(False, "no " + " or ".join(t.replace("_", " ") for t in types) + " is attached")


@dataclass(frozen=True)
class TemplateParams:
    documents: tuple[str, ...] = _opt(_strings, ("closure_letter", "closure_notification"))
    placeholders: tuple[re.Pattern[str], ...] = _opt(_patterns, ())


class TemplateText(Checker):
    """No unfilled template text is left in the letter ("Name/Title/Contact Details",
    "(delete as appropriate)", "X Family", "child DOB", "Dear (family)")."""

    name = "template_text"
    Params = TemplateParams

    def check(self, ev: Evidence) -> Verdict:
        letters = ev.of_types(self.params.documents)
        for src in letters:
            for p in self.params.placeholders:
                m = p.search(src.text)
                if m:
                    return Verdict(False, f"unfilled template text “{_quote(m.group(0), 60)}”", src.name)
        if not letters:
            return Verdict(True, "no readable letter, so no template text to fill")
        return Verdict(True, "no unfilled template text in the letter")


@dataclass(frozen=True)
class SignatureParams:
    documents: tuple[str, ...] = _opt(_strings, ("closure_letter", "closure_notification"))


class Signature(Checker):
    """The letter closes with the sender's full name and job title (a first name alone, a name
    without a title, or nothing after the closing, fails)."""

    name = "signature"
    Params = SignatureParams

    def check(self, ev: Evidence) -> Verdict:
        letters = ev.of_types(self.params.documents)
        if not letters:
            return Verdict(False, "there is no readable letter to be signed")
        problems = []
        for src in letters:
            so = sign_off(src.text)
            if so.name and so.title:
                return Verdict(True, f"signed off by {so.name}, {so.title}", src.name)
            signed = _signed_in_other_layouts(src.text, so.closing_found, _workers(ev))
            if signed:
                return Verdict(True, f"signed off by {signed[0]}, {signed[1]}", src.name)
            if not so.closing_found:
                problems.append(f"{src.name}: no sign-off found")
            elif not so.name:
                problems.append(f"{src.name}: no name under the closing")
            else:
                problems.append(f"{src.name}: {so.name} without a job title")
        return Verdict(False, "the letter is not signed with a name and job title", "; ".join(problems))


# A form's sign-off fields ("Completed by: Jo Bloggs, Social Worker", "Name: ... / Job title: ...").
# Also in other words: "Letter written by ...", a form's "Who completed this form? ...", a table's "From | ...".
_SIGNED_FIELD = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:(?:this\s+|the\s+)?(?:letter|form|report)\s+)?(?:completed|signed|prepared|written|submitted)(?:\s+off)?\s+by"
    r"|^\s*(?:\d+[.)]\s*)?who\s+(?:completed|wrote|prepared|signed)\s+(?:this|the)\s+(?:form|letter|report)\s*\?"
    r"|^\s*(?:\d+[.)]\s*)?(?:signed|signature|author|from"
    r"|name(?:\s+of\s+(?:worker|practitioner|social\s+worker|author|person\s+completing(?:\s+this\s+form)?))?|worker(?:.s\s+name)?)\s*(?=[:\t])",
    re.IGNORECASE)
# A name run into the job title in the next cell or run ("Jo BloggsFamilies First Coach"): a word of three or
# more lower-case letters straight before a capitalised word; "McAvoy", "MacLeod" have fewer before the capital.
_GLUED_NAME_TITLE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")
_TITLE_FIELD = re.compile(r"^\s*(?:job\s+title|role|title|designation|position)\s*[:\t]\s*(\S.*)$", re.IGNORECASE)
_FOOTER_LINE = re.compile(r"^\s*(?:official|page\s+\d|\d+\s*$|www\.|tel|t:|e:|email|phone|mobile|london\s+borough)", re.IGNORECASE)


def _workers(ev: Evidence) -> list[str]:
    """Who may have written the letter: the senders, and the worker an assessment names."""
    names = [a.email.sender.name for a in ev.analyses if a.email.sender.name]
    for src in ev.sources:
        names += [m.group(1).strip() for m in re.finditer(
            r"^\s*(?:allocated\s+worker|social\s+worker|families\s+first\s+coach|worker)\s*[:\t ]\s*([^\n,\t]+)", src.text, _FLAGS)]
    return names


def _signed_in_other_layouts(text: str, after_closing: bool, workers: list[str]) -> tuple[str, str] | None:
    """A full name and job title that close the letter without the usual layout: a form's "Completed by"
    or "Name / Job title" fields among its last lines; with no closing line at all, the worker's name over
    a job title as the letter's last lines (not anyone's: a letter may end on a list of the team); under a
    closing, a name with an abbreviated title ("Jo Bloggs, SW"). A first name, a name without a title, or a
    blank field fails."""
    lines = [ln.strip() for ln in text.splitlines()
             if ln.strip() and not _FOOTER_LINE.match(ln) and _CONTACT.sub("", ln).strip(" |,;/–-\t")]
    last = lines[-6:]
    for k, line in enumerate(last):
        m = _SIGNED_FIELD.match(line)
        if not m:
            continue
        value = _GLUED_NAME_TITLE.sub("\t", line[m.end():].strip(" :\t"), count=1)
        name = re.sub(r"\s*[,(–—|\t].*$", "", value).strip()
        # a bare "Name:" field may be the lead practitioner's card at the letter's end: only the worker's name signs
        if not is_name(name) or re.match(r"\s*(?:\d+[.)]\s*)?name\b", line, re.IGNORECASE) and not _is_excluded(name, workers):
            continue
        title = re.split(r"\t|\s{3,}", value[len(name):].strip(" ,–—|()\t"))[0]
        title = re.sub(r"^(?:job\s+title|role|title|designation|position)\s*:\s*", "", title, flags=re.IGNORECASE)
        if not _is_job_title(title):
            field_title = next((t.group(1) for t in map(_TITLE_FIELD.match, last[k + 1:k + 3]) if t), "")
            title = field_title if _is_job_title(field_title) else (
                last[k + 1] if k + 1 < len(last) and _is_job_title(last[k + 1]) else "")
        if title and not _TAF_PLACEHOLDER.search(title):
            return name, title
    if not after_closing and len(last) >= 2:
        name, title = last[-2], last[-1]
        if is_name(name) and _is_job_title(title) and not re.search(r"[.!?]$", title) and _is_excluded(name, workers):
            return name, title
    if after_closing:
        return _under_closing(text)
    return None


# A name as signed: a full name, or an initial and surname ("P. Testworker"), perhaps "pp" someone.
_SIGNED_NAME = re.compile(rf"^\s*(?:p\.?\s?p\.?\s+)?((?-i:[A-Z])\.?\s+{NAME_WORD}|{NAME})", re.IGNORECASE)


def _under_closing(text: str) -> tuple[str, str] | None:
    """The lines under the last closing, in layouts the usual reading misses: name and title split by a tab,
    "pp Jo Bloggs", "J. Bloggs", or the title as its abbreviation ("Jo Bloggs, SW")."""
    lines = text.splitlines()
    idx = max((i for i, ln in enumerate(lines) if is_closing(ln)), default=None)
    if idx is None:
        return None
    kept = [ln.strip() for ln in lines[idx + 1:] if ln.strip() and not _FOOTER_LINE.match(ln)][:4]
    for k, line in enumerate(kept):
        m = _SIGNED_NAME.match(line)
        if not m:
            continue
        name = m.group(1)
        if not (is_name(name) or re.fullmatch(rf"(?-i:[A-Z])\.?\s+{NAME_WORD}", name)):
            continue
        rest = line[m.end():].strip(" ,|–-()\t")
        title = rest if _is_job_title(rest) else kept[k + 1] if k + 1 < len(kept) and _is_job_title(kept[k + 1]) else ""
        if title and not _TAF_PLACEHOLDER.search(title):
            return name, title
        return None  # the first name-like line under the closing is the signer
    return None


# Job titles written as their usual abbreviations in a sign-off.
_ROLE_ABBREVIATION = r"(?-i:SW|SSW|ASW|NQSW|FFC|FSW|DSL|DDSL|SENCo|SENCO|HV|TM|ATM|PSW)"


def _is_job_title(text: str) -> bool:
    return bool(text) and len(text) < 80 and bool(_JOB_TITLE.search(text) or re.fullmatch(_ROLE_ABBREVIATION, text.strip()))


CHECKERS: dict[str, type[Checker]] = {
    c.name: c
    for c in (Phrases, PhrasesByPathway, TransitionMeeting, ChildrenDobs, LeadPractitionerNamed, TeamAroundFamily, SmartPlan,
              AssessmentRecent, AssessmentAttached, TemplateText, Signature)
}
