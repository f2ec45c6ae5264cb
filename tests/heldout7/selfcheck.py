"""Read the written set back and confirm a few facts the labels assert (not the checker: a sanity pass).

Run from the worktree root: /work/main/.venv/bin/python -m tests.heldout7.selfcheck
"""
from __future__ import annotations

import email
import io
import json
import subprocess
import tempfile
from datetime import date
from email.policy import default
from pathlib import Path

CASES = Path(__file__).parent / "cases"
PLACEHOLDERS = ["Name/Title/Contact Details", "(delete as appropriate)", "X Family", "child DOB", "Dear (family)"]


def part_text(part) -> str:
    data = part.get_payload(decode=True)
    ct = part.get_content_type()
    if ct == "application/pdf":
        with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
            f.write(data)
            f.flush()
            return subprocess.run(["pdftotext", "-layout", f.name, "-"], capture_output=True, text=True).stdout
    if ct.endswith("wordprocessingml.document"):
        import docx
        d = docx.Document(io.BytesIO(data))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    return data.decode("utf-8", "replace")


def dob_forms(iso: str) -> list:
    x = date.fromisoformat(iso)
    return [x.strftime("%d/%m/%Y"), f"{x.day}.{x.month}.{x.strftime('%y')}", x.strftime("%d-%b-%Y"),
            f"{x.day} {x.strftime('%B')} {x.year}", f"{x.strftime('%B')} {x.year}"]


def main() -> None:
    problems = []
    for j in sorted(CASES.glob("*.json")):
        lab = json.loads(j.read_text())
        raw = j.with_suffix(".eml").read_bytes()
        raw.decode("ascii")
        assert b"\n" not in raw.replace(b"\r\n", b""), j
        msg = email.message_from_bytes(raw, policy=default)
        names = [p.get_filename() for p in msg.walk() if p.get_filename()]
        want = [d["filename"] for d in lab["documents"] if d["filename"] != "(body)"]
        if names != want:
            problems.append((j.name, "documents", names, want))
        text = "\n".join(part_text(p) for p in msg.walk() if not p.is_multipart()
                         and p.get_content_type() != "text/html")
        flat = " ".join(text.split())
        for ch in lab["children"]:
            if ch["name"].split()[0] not in flat:
                problems.append((j.name, "child", ch["name"]))
            if ch["dob"] and not any(f in flat for f in dob_forms(ch["dob"])):
                problems.append((j.name, "dob", ch))
        lp = lab["lead_practitioner"]
        if lp:
            for k in ("email", "phone"):
                if lp[k] and lp[k] not in flat:
                    problems.append((j.name, "lp", k, lp[k]))
        has_ph = any(p in flat for p in PLACEHOLDERS)
        if has_ph != ("template_text" in lab["missing"]):
            problems.append((j.name, "placeholder", has_ph))
    print("\n".join(map(str, problems)) or "ok: %d cases" % len(list(CASES.glob("*.json"))))


if __name__ == "__main__":
    main()
