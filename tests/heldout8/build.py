"""Write held-out set 8: cases/NNNN.eml + NNNN.json and README.md.

Run from anywhere: /work/main/.venv/bin/python tests/heldout8/build.py
Deterministic: the same inputs give byte-identical files.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
from engine import Case, label  # noqa: E402
from render import build_message  # noqa: E402
from readme import readme_text  # noqa: E402


def all_cases() -> list[Case]:
    fns = [getattr(m, n) for m in (cases_a, cases_b, cases_c, cases_d) for n in dir(m) if n.startswith("case") and n[4:].isdigit()]
    cases = sorted((f() for f in fns), key=lambda c: c.num)
    assert [c.num for c in cases] == list(range(1, len(cases) + 1))
    return cases


def main() -> None:
    out = HERE / "cases"
    out.mkdir(exist_ok=True)
    rows = []
    for case in all_cases():
        lab = label(case)
        (out / f"{case.num:04d}.eml").write_bytes(build_message(case))
        (out / f"{case.num:04d}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
        rows.append((case, lab))
    (HERE / "README.md").write_text(readme_text(rows), encoding="utf-8")
    print(f"wrote {len(rows)} cases to {out}")


if __name__ == "__main__":
    main()
