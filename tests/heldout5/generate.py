"""Write tests/heldout5/cases/NNNN.eml and NNNN.json, and the case table of README.md.

Run from the repository root:  python -m tests.heldout5.generate
Deterministic: the same code writes the same bytes.
"""

from __future__ import annotations

import json
import pathlib
import sys

from . import (cases_followup, cases_none, cases_other, cases_p1a, cases_p1b, cases_p2, cases_p3,
               cases_p3b)
from .case import Case
from .mail import to_bytes

HERE = pathlib.Path(__file__).parent
ORDER = [
    cases_p1a.case_pritchard,
    cases_p1a.case_kowalczyk,
    cases_p1a.case_warsame,
    cases_p1a.case_yildiz,
    cases_p1b.case_hossain,
    cases_p1b.case_kazlauskas,
    cases_p1b.case_popescu,
    cases_p1b.case_dogan,
    cases_p2.case_chowdhury,
    cases_p2.case_wisniewska,
    cases_p2.case_pryce,
    cases_p2.case_maxamed,
    cases_p2.case_aydin,
    cases_p3.case_karim,
    cases_p3.case_zajac,
    cases_p3b.case_griffiths,
    cases_p3b.case_ozturk,
    cases_p3b.case_conceicao,
    cases_p3b.case_miah,
    cases_p3b.case_kilic,
    cases_none.case_abdullahi,
    cases_none.case_kaminska,
    cases_none.case_lloyd,
    cases_followup.case_uddin_reply,
    cases_followup.case_mazur_reply,
    cases_followup.case_islam_reply,
    cases_followup.case_cumar_review,
    cases_followup.case_roberts_review,
    cases_other.case_question,
    cases_other.case_invite,
    cases_other.case_newsletter,
    cases_other.case_recall,
    cases_other.case_accepted,
]


def all_cases() -> list[Case]:
    return [make() for make in ORDER]


def write(out: pathlib.Path = HERE / "cases") -> list[tuple[str, Case, dict]]:
    out.mkdir(exist_ok=True)
    done = []
    for i, case in enumerate(all_cases(), 1):
        stem = f"{i:04d}"
        label = case.label()
        (out / f"{stem}.eml").write_bytes(to_bytes(case.mail))
        (out / f"{stem}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        done.append((stem, case, label))
    return done


def table(done: list[tuple[str, Case, dict]]) -> str:
    rows = ["| case | kind | pathway | inbox | missing | what it exercises |", "|---|---|---|---|---|---|"]
    for stem, case, label in done:
        missing = ", ".join(label["missing"]) or "–"
        rows.append(f"| {stem} | {label['kind']} | {label['pathway']} | {label['neighbourhood']} | {missing} | "
                    f"{case.exercises} |")
    return "\n".join(rows) + "\n"


def summary(done: list[tuple[str, Case, dict]]) -> str:
    """Counts by kind and pathway, and how many submissions are complete."""
    kinds = ["submission", "reply_with_missing_item", "taf_review", "not_a_submission"]
    paths = ["1", "2", "3", "none", "unknown"]
    rows = ["| kind | " + " | ".join(paths) + " | total |", "|---" * (len(paths) + 2) + "|"]
    for k in kinds + ["total"]:
        got = [lab for _, _, lab in done if k in ("total", lab["kind"])]
        counts = [sum(lab["pathway"] == p for lab in got) for p in paths]
        rows.append(f"| {k} | " + " | ".join(str(c) for c in counts) + f" | {len(got)} |")
    subs = [lab for _, _, lab in done if lab["kind"] == "submission" and lab["pathway"] != "unknown"]
    by_n: dict[int, int] = {}
    for lab in subs:
        by_n[len(lab["missing"])] = by_n.get(len(lab["missing"]), 0) + 1
    rows += ["", "Submissions by number of missing requirements: "
             + ", ".join(f"{n} missing: {c}" for n, c in sorted(by_n.items())) + "."]
    return "\n".join(rows) + "\n"


def main() -> int:
    done = write()
    readme = HERE / "README.md"
    marker = "<!-- cases -->"
    text = readme.read_text(encoding="utf-8") if readme.exists() else marker + "\n"
    head = text.split(marker)[0]
    readme.write_text(head + marker + "\n\n" + summary(done) + "\n" + table(done), encoding="utf-8")
    print(f"wrote {len(done)} cases to {HERE / 'cases'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
