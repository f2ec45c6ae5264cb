"""Write held-out set 6: cases/NNNN.eml + NNNN.json and the README table.

Run from the worktree root:  /work/main/.venv/bin/python -m tests.heldout6.generate
"""
from __future__ import annotations

import json
from pathlib import Path

import importlib
from .kit import label
from .mime import build

HERE = Path(__file__).parent
MODULES = ["cases_a", "cases_b", "cases_c", "cases_d", "cases_e", "cases_f", "cases_g"]


def main() -> None:
    out = HERE / "cases"
    out.mkdir(exist_ok=True)
    rows = []
    cases = []
    for name in MODULES:
        mod = importlib.import_module(f"{__package__}.{name}")
        cases += [v for k, v in sorted(vars(mod).items(), key=lambda kv: getattr(kv[1], "n", 0))
                  if k.startswith("CASE")]
    assert [c.n for c in cases] == list(range(1, len(cases) + 1))
    for c in cases:
        eml = build(c)
        eml.decode("ascii")   # 7-bit clean
        lab = label(c)
        (out / f"{c.n:04d}.eml").write_bytes(eml)
        (out / f"{c.n:04d}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
        rows.append(f"| {c.n:04d} | {c.kind} | {c.pathway} | {c.inbox} | "
                    f"{', '.join(lab['missing']) or '–'} | {c.exercises} |")
    readme = (HERE / "README.head.md").read_text() + "\n".join(rows) + "\n"
    (HERE / "README.md").write_text(readme)


if __name__ == "__main__":
    main()
