"""The pathway rules file (TOML) -> frozen, validated `Rules`.

Validated once, at load: a wrong key, a bad regular expression or an unknown checker is a
`RulesError` that names the key, so a coordinator editing the file sees exactly what to fix.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from inboxbot.requirements import CHECKERS, Checker, ParamError
from parsers.model import Pathway

REQUIREMENT_IDS = (
    "children_dobs", "consent", "lead_practitioner", "team_around_family", "smart_plan", "contingency",
    "rationale", "assessment_attached", "assessment_recent", "transition_meeting", "template_text", "signature",
)
RULES_ENV = "INBOXBOT_RULES"
DEFAULT_RULES_PATH = Path(__file__).resolve().parents[1] / "config" / "pathways" / "newham.toml"
_DOC_TYPES = {"closure_letter", "closure_notification", "single_assessment", "early_help_record", "taf_review", "other", "email", "any"}


class RulesError(ValueError):
    """The rules file is invalid; the message names the file and the key."""


@dataclass(frozen=True)
class Requirement:
    id: str
    title: str
    ask: str  # what would satisfy it, in words for the reply to the worker
    checker: Checker


@dataclass(frozen=True)
class Rules:
    name: str
    pathways: Mapping[str, tuple[str, ...]]  # pathway value -> requirement ids that apply
    requirements: Mapping[str, Requirement]
    assessment_types: Mapping[str, tuple[str, ...]]  # pathway value -> doc types that are its assessment
    source: str = ""

    def for_pathway(self, pathway: Pathway | str) -> tuple[Requirement, ...]:
        key = pathway.value if isinstance(pathway, Pathway) else str(pathway)
        return tuple(self.requirements[r] for r in self.pathways.get(key, ()))


def default_rules_path() -> Path:
    """`$INBOXBOT_RULES` if set, else the Newham rules shipped with the package."""
    env = os.environ.get(RULES_ENV)
    return Path(env) if env else DEFAULT_RULES_PATH


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and validate a rules file (default: `default_rules_path()`)."""
    path = Path(path) if path is not None else default_rules_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path}: not valid TOML ({exc})") from None
    try:
        return parse_rules(raw, source=str(path))
    except (RulesError, ParamError) as exc:
        raise RulesError(f"{path}: {exc}") from None


def parse_rules(raw: Mapping[str, Any], source: str = "") -> Rules:
    """Validate an already-parsed TOML document."""
    allowed = {"name", "pathways", "requirements", "assessment"}
    unknown = set(raw) - allowed
    if unknown:
        raise RulesError(f"unknown top-level key(s): {', '.join(sorted(unknown))}")
    reqs_raw = _table(raw, "requirements")
    requirements: dict[str, Requirement] = {}
    for rid, body in reqs_raw.items():
        requirements[rid] = _requirement(rid, body)
    pathways_raw = _table(raw, "pathways")
    pathways: dict[str, tuple[str, ...]] = {}
    valid_pathways = {p.value for p in Pathway}
    for key, ids in pathways_raw.items():
        where = f"pathways.{key}"
        if key not in valid_pathways:
            raise RulesError(f"{where}: unknown pathway (expected one of {', '.join(sorted(valid_pathways))})")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise RulesError(f"{where}: must be a list of requirement ids")
        for i in ids:
            if i not in requirements:
                raise RulesError(f"{where}: requirement '{i}' is not defined under [requirements]")
        pathways[key] = tuple(ids)
    assessment_raw = _table(raw, "assessment", required=False)
    types_raw = assessment_raw.get("pathways", {})
    if not isinstance(types_raw, dict):
        raise RulesError("assessment.pathways: must be a table of pathway = [document types]")
    assessment_types: dict[str, tuple[str, ...]] = {}
    for key, types in types_raw.items():
        where = f"assessment.pathways.{key}"
        if key not in valid_pathways:
            raise RulesError(f"{where}: unknown pathway")
        if not isinstance(types, list) or not all(isinstance(t, str) and t in _DOC_TYPES for t in types):
            raise RulesError(f"{where}: must be a list of document types ({', '.join(sorted(_DOC_TYPES))})")
        assessment_types[key] = tuple(types)
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise RulesError("name: must be a string")
    return Rules(
        name=name,
        pathways=MappingProxyType(pathways),
        requirements=MappingProxyType(requirements),
        assessment_types=MappingProxyType(assessment_types),
        source=source,
    )


def _table(raw: Mapping[str, Any], key: str, required: bool = True) -> Mapping[str, Any]:
    value = raw.get(key)
    if value is None:
        if required:
            raise RulesError(f"{key}: missing table [{key}]")
        return {}
    if not isinstance(value, dict):
        raise RulesError(f"{key}: must be a table")
    return value


def _requirement(rid: str, body: Any) -> Requirement:
    where = f"requirements.{rid}"
    if not isinstance(body, dict):
        raise RulesError(f"{where}: must be a table")
    unknown = set(body) - {"title", "ask", "checker", "params"}
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("title", "ask", "checker"):
        if not isinstance(body.get(key), str) or not body[key].strip():
            raise RulesError(f"{where}.{key}: missing or not text")
    checker_cls = CHECKERS.get(body["checker"])
    if checker_cls is None:
        raise RulesError(f"{where}.checker: unknown checker '{body['checker']}' (known: {', '.join(sorted(CHECKERS))})")
    params = body.get("params", {})
    if not isinstance(params, dict):
        raise RulesError(f"{where}.params: must be a table")
    try:
        checker = checker_cls.build(params, f"{where}.params")
    except ParamError as exc:
        raise RulesError(str(exc)) from None
    for value in params.get("documents", []) if isinstance(params.get("documents"), list) else []:
        if value not in _DOC_TYPES:
            raise RulesError(f"{where}.params.documents: unknown document type '{value}'")
    if hasattr(checker, "what"):
        checker.what = body["title"][0].lower() + body["title"][1:]  # type: ignore[attr-defined]
    return Requirement(id=rid, title=body["title"].strip(), ask=body["ask"].strip(), checker=checker)
