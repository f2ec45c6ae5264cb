"""The README of held-out set 8, with its case table."""
from __future__ import annotations

from collections import Counter

from engine import Case

INTRO = """# Held-out set 8: step-down submissions written differently

{n} fictional emails to the Newham NAM inboxes, each `cases/NNNN.eml` (RFC 5322, CRLF, 7-bit) with its truth in
`cases/NNNN.json` (same schema and conventions as /work/shared/corpus/README.md). Written independently of the
checker (its parsers, rules and tuning data were not read) to measure how it generalises.

Everything is invented: people, schools, addresses, phone numbers (Ofcom drama ranges 07700 900xxx and
020 7946 0xxx); council staff on newham.gov.uk, partners on invented .sch.uk / .nhs.uk domains.

Regenerate (deterministic, byte-identical): `/work/main/.venv/bin/python tests/heldout8/build.py`

Labels are true by construction: every paragraph or table of every document is tagged (in `cases_a.py`,
`cases_b.py`) with the requirement ids it satisfies (and `dob:<child>` for each child's date of birth shown);
`engine.label` computes `missing` from those tags and the pathway's required set (assessment recency from the two
dates, template_text from `placeholder` tags). Nothing is read back from the written files.

Writers: a social worker in a hurry (whole letter one paragraph in the body), a Families First coach whose letter
is mostly a table 'Area | What we did | What happens next | Who | When', a CP-plan step-down with numbered headings
in a non-template order, Appendix 4 notifications addressed to a school, surnames only in the subject,
double-barrelled and hyphenated names, dates as '1st Sept 2026', 'Sept 1', '1/9/26', and consent as 'Mum is in
agreement with the plan' (consent) versus 'Mum is thinking about it' (no consent).

## Counts

{counts}

## Cases

| case | kind | pathway | inbox | missing | what it exercises |
|---|---|---|---|---|---|
"""


def readme_text(rows: list[tuple[Case, dict]]) -> str:
    kinds = Counter(lab["kind"] for _, lab in rows)
    paths = Counter(lab["pathway"] for _, lab in rows)
    judged = [lab for _, lab in rows if lab["pathway"] != "unknown"]
    complete = sum(1 for lab in judged if not lab["missing"])
    counts = ("- kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + "\n"
              "- pathway: " + ", ".join(f"{k} {v}" for k, v in sorted(paths.items())) + "\n"
              f"- complete (judged cases with `missing: []`): {complete} of {len(judged)}")
    lines = [INTRO.format(n=len(rows), counts=counts)]
    for case, lab in rows:
        missing = ", ".join(lab["missing"]) or "-"
        lines.append(f"| {case.num:04d} | {lab['kind']} | {lab['pathway']} | {lab['neighbourhood']} | "
                     f"{missing} | {case.exercises} |\n")
    return "".join(lines)
