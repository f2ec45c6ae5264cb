"""Score `inboxbot check` on the independent held-out set (or any labelled DIR).

    cd <repo root> && python /path/to/bench/heldout.py [DIR]

Runs `python -m inboxbot check --json DIR` from the current directory (the checkout under test),
scores it with `score()` from that checkout's bench/accuracy.py (this one's as a fallback), and lists,
per email, the requirement ids that differ (false missing / false satisfied) and any pathway, kind or
document-type mismatch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
DEFAULT_DIR = HERE / "tests" / "heldout" / "cases"


def repo_root() -> Path:
    cwd = Path.cwd()
    return cwd if (cwd / "inboxbot").is_dir() else HERE


def load_scorer(root: Path):
    for r in (root, HERE):
        if (r / "bench" / "accuracy.py").exists():
            sys.path.insert(0, str(r))
            try:
                from bench.accuracy import format_report, score
                return score, format_report
            except ImportError:
                sys.path.pop(0)
    raise SystemExit("cannot import score() from bench/accuracy.py")


def run_check(root: Path, d: Path) -> dict[str, dict]:
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, "-m", "inboxbot", "check", "--json", str(d)], cwd=root, env=env,
                          capture_output=True, text=True)
    preds = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            obj = json.loads(line)
            preds[Path(obj["file"]).stem] = obj
    if proc.returncode != 0 or not preds:
        sys.stderr.write(proc.stderr[-3000:])
    return preds


def differences(case: str, pred: dict, truth: dict) -> list[str]:
    out = []
    if "error" in pred:
        return [f"ERROR {pred['error']}"]
    tm, pm = set(truth["missing"]), set(pred.get("missing") or [])
    if pm - tm:
        out.append(f"false missing: {', '.join(sorted(pm - tm))}")
    if tm - pm:
        out.append(f"false satisfied: {', '.join(sorted(tm - pm))}")
    for key in ("pathway", "kind"):
        if pred.get(key) != truth[key]:
            out.append(f"{key}: got {pred.get(key)}, want {truth[key]}")
    pdocs = {d["filename"]: d["type"] for d in pred.get("documents") or []}
    for d in truth["documents"]:
        if pdocs.get(d["filename"]) != d["type"]:
            out.append(f"doc {d['filename']!r}: got {pdocs.get(d['filename'])}, want {d['type']}")
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    d = Path(argv[0]).resolve() if argv else DEFAULT_DIR
    root = repo_root()
    score, format_report = load_scorer(root)
    preds = run_check(root, d)
    pairs = []
    for j in sorted(d.glob("*.json")):
        truth = json.loads(j.read_text())
        pairs.append((j.stem, preds.get(j.stem, {"error": "no output for this email"}), truth))
    print(f"checker: {root}   set: {d}\n")
    print(format_report(score(pairs)))
    print("\nper-email differences:")
    clean = 0
    for case, pred, truth in pairs:
        diffs = differences(case, pred, truth)
        if not diffs:
            clean += 1
            continue
        print(f"  {case} [{truth['kind']}, p{truth['pathway']}] {truth['notes']}")
        for line in diffs:
            print(f"      {line}")
    print(f"\n{clean}/{len(pairs)} emails fully agree (missing, pathway, kind, document types)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
