"""python -m tests.heldout4.make  -> tests/heldout4/cases/NNNN.eml + .json and README.md (deterministic)."""

from __future__ import annotations

import json
from pathlib import Path

from . import cases1, cases2, nonsub
from .build import assemble
from .fmt import D, margin_days, minus_months

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
ORDER = ["neighbourhood", "pathway", "kind", "documents", "family", "children", "lead_practitioner",
         "assessment_date", "letter_date", "missing", "notes"]


def sanity(c, raw: bytes, label: dict):
    """Guards against a plan that would make the label arguable."""
    adate = label["assessment_date"]
    if adate and label["kind"] != "not_a_submission":
        ref = label["letter_date"] or c["email_date"]
        assert margin_days(adate, ref) >= 14, (c["id"], "assessment too near the six-month line")
        for spec in c.get("attach", []):
            if spec.get("kind") == "sa" and not spec.get("updated") and adate >= minus_months(D(ref), 6).isoformat():
                start = D(spec["date"]).toordinal() - spec.get("span", 12)
                assert start >= minus_months(D(ref), 6).toordinal(), (c["id"], "SA start date across the line")
    if c.get("lp_mode") == "nocontact" and c.get("lp"):
        for x in (c["lp"].get("email"), c["lp"].get("phone")):
            assert not x or x.encode() not in raw, (c["id"], "LP contact leaked")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def table_row(cid, label) -> str:
    miss = ", ".join(label["missing"]) or "\u2013"
    note = label["notes"].replace("|", "/")
    return f"| {cid} | {label['kind']} | {label['pathway']} | {label['neighbourhood']} | {miss} | {note} |"


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    rows = []
    items = []
    for c in cases1.cases() + cases2.cases():
        raw, label = assemble(c)
        sanity(c, raw, label)
        items.append((c["id"], raw, label))
    items += nonsub.cases()
    for cid, raw, label in sorted(items, key=lambda x: x[0]):
        label = {k: label[k] for k in ORDER}
        (OUT / f"{cid}.eml").write_bytes(raw)
        (OUT / f"{cid}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
        rows.append(table_row(cid, label))
    readme = [
        "# Held-out set 4", "",
        "Written independently of the checker and of the other held-out sets, to measure generalisation only. "
        "Regenerate with `python -m tests.heldout4.make` (deterministic). Labels are computed from what each "
        "writer put into each document (see `parts.py`, `label.py`), following the corpus README conventions. "
        "All people, schools, hubs and numbers are invented (Ofcom drama ranges 07700 900xxx, 020 7946 0xxx).", "",
        "| case | kind | pathway | inbox | missing | what it exercises |", "|---|---|---|---|---|---|", *rows, ""]
    (HERE / "README.md").write_text("\n".join(readme))
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
