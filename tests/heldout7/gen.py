"""Write tests/heldout7/cases/NNNN.eml + NNNN.json and the README table.

Run from the worktree root: /work/main/.venv/bin/python -m tests.heldout7.gen
Deterministic: the same code writes the same bytes.
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.heldout7 import cases_a, cases_b, cases_c, cases_d
from tests.heldout7.build import label, message

HERE = Path(__file__).parent


def all_cases() -> list:
    out = []
    for mod in (cases_a, cases_b, cases_c, cases_d):
        out += [getattr(mod, n)() for n in sorted(dir(mod)) if n.startswith("c") and n[1:].isdigit()]
    return out


def main() -> None:
    cases = all_cases()
    outdir = HERE / "cases"
    outdir.mkdir(exist_ok=True)
    rows = []
    for n, c in enumerate(cases, 1):
        lab = label(c)
        (outdir / f"{n:04d}.eml").write_bytes(message(c, n))
        (outdir / f"{n:04d}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
        rows.append(f"| {n:04d} | {c.kind} | {c.pathway} | {c.inbox} | {', '.join(lab['missing']) or '–'} | "
                    f"{c.exercises} |")
    head = (HERE / "README.head.md").read_text()
    (HERE / "README.md").write_text(head + "\n| case | kind | pathway | inbox | missing | what it exercises |\n"
                                    "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
