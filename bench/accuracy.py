"""Score `inboxbot check` against a labelled corpus (NNNN.eml + NNNN.json).

    python bench/accuracy.py [CORPUS_DIR] [--jobs N] [--cache DIR] [--details]

Prints document-type, pathway and kind accuracy, per-requirement precision/recall (for
"missing"), micro-F1 over `missing` for submissions, exact-set accuracy, field accuracy and
the count of false completes. `score(pairs)` is importable so a test can hold the targets.

`--cache DIR` keeps extracted document text on disk keyed by the attachment's sha256: a
development convenience for the tuning loop (OCR dominates the run time), not used by the product.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from inboxbot.checker import check  # noqa: E402
from inboxbot.rules import REQUIREMENT_IDS, load_rules  # noqa: E402
from parsers.analyse import analyse  # noqa: E402
from parsers.extract import DEFAULT_LIMITS, extract_document  # noqa: E402
from parsers.mime import parse_email  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "cases"
if not DEFAULT_CORPUS.exists():
    DEFAULT_CORPUS = Path("/work/shared/corpus/cases")


@dataclass
class Report:
    n: int = 0
    doc_total: int = 0
    doc_correct: int = 0
    pathway_correct: int = 0
    kind_correct: int = 0
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    sub_n: int = 0
    exact: int = 0
    false_completes: list[str] = field(default_factory=list)
    field_total: Counter = field(default_factory=Counter)
    field_correct: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def acc(self, k: int, total: int | None = None) -> float:
        total = self.n if total is None else total
        return k / total if total else 0.0

    @property
    def doc_accuracy(self) -> float:
        return self.acc(self.doc_correct, self.doc_total)

    @property
    def pathway_accuracy(self) -> float:
        return self.acc(self.pathway_correct)

    @property
    def kind_accuracy(self) -> float:
        return self.acc(self.kind_correct)

    @property
    def micro_f1(self) -> float:
        tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    @property
    def exact_accuracy(self) -> float:
        return self.acc(self.exact, self.sub_n)

    def field_accuracy(self, name: str) -> float:
        return self.acc(self.field_correct[name], self.field_total[name])


def _norm(s: Any) -> Any:
    return s.strip().casefold() if isinstance(s, str) else s


def score(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> Report:
    """`pairs`: (case id, predicted label dict from Outcome.to_json(), true label dict)."""
    r = Report()
    for case, pred, truth in pairs:
        r.n += 1
        if "error" in pred:
            r.errors.append(f"{case}: {pred['error']}")
            pred = {k: None for k in truth} | {"documents": [], "children": [], "missing": []}
        tdocs = truth["documents"]
        pdocs = {d["filename"]: d["type"] for d in pred.get("documents", [])}
        for d in tdocs:
            r.doc_total += 1
            if pdocs.get(d["filename"]) == d["type"]:
                r.doc_correct += 1
            else:
                r.mismatches.append(f"{case} doc {d['filename']!r}: {pdocs.get(d['filename'])} != {d['type']}")
        r.pathway_correct += pred.get("pathway") == truth["pathway"]
        r.kind_correct += pred.get("kind") == truth["kind"]
        if pred.get("pathway") != truth["pathway"]:
            r.mismatches.append(f"{case} pathway: {pred.get('pathway')} != {truth['pathway']}")
        if pred.get("kind") != truth["kind"]:
            r.mismatches.append(f"{case} kind: {pred.get('kind')} != {truth['kind']}")
        tmiss, pmiss = set(truth["missing"]), set(pred.get("missing") or [])
        if truth["kind"] == "submission":
            r.sub_n += 1
            for rid in REQUIREMENT_IDS:
                if rid in pmiss and rid in tmiss:
                    r.tp[rid] += 1
                elif rid in pmiss:
                    r.fp[rid] += 1
                elif rid in tmiss:
                    r.fn[rid] += 1
            r.exact += tmiss == pmiss
            if tmiss and not pmiss and truth["pathway"] != "unknown":
                r.false_completes.append(case)
        if tmiss != pmiss:
            r.mismatches.append(f"{case} missing: +{sorted(pmiss - tmiss)} -{sorted(tmiss - pmiss)} ({truth['kind']}, p{truth['pathway']})")
        if truth["kind"] != "not_a_submission":
            r.field_total["family"] += 1
            r.field_correct["family"] += _norm(pred.get("family")) == _norm(truth["family"])
            r.field_total["children"] += 1
            tch = sorted((_norm(c["name"]), c["dob"]) for c in truth["children"])
            pch = sorted((_norm(c["name"]), c["dob"]) for c in pred.get("children") or [])
            ok = tch == pch
            r.field_correct["children"] += ok
            if not ok:
                r.mismatches.append(f"{case} children: {pch} != {tch}")
            tlp, plp = truth["lead_practitioner"], pred.get("lead_practitioner")
            r.field_total["lp_email"] += 1
            ok = _norm((tlp or {}).get("email")) == _norm((plp or {}).get("email"))
            r.field_correct["lp_email"] += ok
            if not ok:
                r.mismatches.append(f"{case} lp_email: {(plp or {}).get('email')} != {(tlp or {}).get('email')}")
            for key in ("assessment_date", "letter_date"):
                r.field_total[key] += 1
                ok = pred.get(key) == truth[key]
                r.field_correct[key] += ok
                if not ok:
                    r.mismatches.append(f"{case} {key}: {pred.get(key)} != {truth[key]}")
            if truth["family"] and _norm(pred.get("family")) != _norm(truth["family"]):
                r.mismatches.append(f"{case} family: {pred.get('family')} != {truth['family']}")
    return r


def format_report(r: Report) -> str:
    out = [f"emails: {r.n}   submissions: {r.sub_n}   errors: {len(r.errors)}"]
    out.append(f"document type accuracy: {r.doc_accuracy:.3f} ({r.doc_correct}/{r.doc_total})")
    out.append(f"pathway accuracy:       {r.pathway_accuracy:.3f} ({r.pathway_correct}/{r.n})")
    out.append(f"kind accuracy:          {r.kind_accuracy:.3f} ({r.kind_correct}/{r.n})")
    out.append("per-requirement (missing, submissions):   precision  recall   tp  fp  fn")
    for rid in REQUIREMENT_IDS:
        tp, fp, fn = r.tp[rid], r.fp[rid], r.fn[rid]
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        out.append(f"  {rid:<22} {p:9.3f} {rc:8.3f} {tp:4d} {fp:3d} {fn:3d}")
    out.append(f"micro-F1 over missing (submissions): {r.micro_f1:.3f}")
    out.append(f"exact-set accuracy (submissions):    {r.exact_accuracy:.3f} ({r.exact}/{r.sub_n})")
    for name in ("family", "children", "lp_email", "assessment_date", "letter_date"):
        out.append(f"field accuracy {name:<16} {r.field_accuracy(name):.3f} ({r.field_correct[name]}/{r.field_total[name]})")
    out.append(f"FALSE COMPLETES: {len(r.false_completes)} {' '.join(r.false_completes)}")
    return "\n".join(out)


# --- running the pipeline over a corpus -----------------------------------------------------

_CACHE: Path | None = None
_RULES = None


def _init(cache: str | None, rules_path: str | None) -> None:
    global _CACHE, _RULES
    _CACHE = Path(cache) if cache else None
    _RULES = load_rules(rules_path)


def _extract(att):
    if _CACHE is None:
        return extract_document(att, DEFAULT_LIMITS)
    key = _CACHE / (hashlib.sha256(att.data).hexdigest() + ".pkl")
    if key.exists():
        return pickle.loads(key.read_bytes())
    doc = extract_document(att, DEFAULT_LIMITS)
    tmp = key.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps(doc))
    tmp.replace(key)
    return doc


def _run_one(path: str) -> tuple[str, dict[str, Any]]:
    try:
        email = parse_email(Path(path).read_bytes())
        docs = [_extract(a) for a in email.attachments]
        return path, check([analyse(email, docs)], _RULES).to_json()
    except Exception as exc:  # report it as that case's error; keep scoring the rest
        return path, {"error": f"{type(exc).__name__}: {exc}"}


def run(corpus: Path, jobs: int = 2, cache: str | None = None, rules_path: str | None = None) -> list[tuple[str, dict, dict]]:
    files = sorted(corpus.glob("*.eml"))
    out = []
    if jobs <= 1:
        _init(cache, rules_path)
        results = map(_run_one, map(str, files))
        for path, pred in results:
            out.append((Path(path).stem, pred, json.loads(Path(path).with_suffix(".json").read_text())))
        return out
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(cache, rules_path)) as pool:
        for path, pred in pool.map(_run_one, map(str, files), chunksize=4):
            out.append((Path(path).stem, pred, json.loads(Path(path).with_suffix(".json").read_text())))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--cache", help="cache extracted text here (development only)")
    ap.add_argument("--rules", help="rules file (default: shipped)")
    ap.add_argument("--details", action="store_true", help="list every mismatch")
    args = ap.parse_args(argv)
    if args.cache:
        Path(args.cache).mkdir(parents=True, exist_ok=True)
    pairs = run(Path(args.corpus), args.jobs, args.cache, args.rules)
    report = score(pairs)
    if args.details:
        for line in report.errors + report.mismatches:
            print(line)
        print()
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
