"""Re-read the written cases and check their structure against the labels.

Checks MIME order of filenames against `documents`, CRLF and 7-bit, the inbox address, and that
each labelled child's first name and each named lead practitioner appear in the readable text
(docx/text PDF; scans are OCR'd with tesseract when it is installed).
"""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

from docx import Document

CASES = Path(__file__).parent / "cases"


def text_of(name: str, data: bytes) -> str:
    if name.endswith(".docx"):
        d = Document(io.BytesIO(data))
        cells = [c.text for tb in d.tables for r in tb.rows for c in r.cells]
        return "\n".join([x.text for x in d.paragraphs] + cells)
    if name.endswith(".pdf"):
        with tempfile.TemporaryDirectory() as tmp:
            f = Path(tmp) / "a.pdf"
            f.write_bytes(data)
            out = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True).stdout
            if out.strip() or not shutil.which("tesseract"):
                return out
            subprocess.run(["pdftoppm", "-r", "150", "-png", str(f), str(Path(tmp) / "p")], check=True)
            return "\n".join(subprocess.run(["tesseract", str(png), "-"], capture_output=True,
                                            text=True).stdout for png in sorted(Path(tmp).glob("p*.png")))
    return ""


def main() -> int:
    bad = 0
    for eml in sorted(CASES.glob("*.eml")):
        raw = eml.read_bytes()
        lab = json.loads(eml.with_suffix(".json").read_text())
        probs = []
        raw.decode("ascii")
        if b"\n" in raw.replace(b"\r\n", b""):
            probs.append("bare LF")
        m = message_from_bytes(raw, policy=policy.default)
        names, text = [], []
        for part in m.walk():
            fn = part.get_filename()
            if fn:
                names.append(fn)
                text.append(text_of(fn, part.get_payload(decode=True)))
            elif part.get_content_type() == "text/plain":
                text.append(part.get_content())
        want = [d["filename"] for d in lab["documents"] if d["filename"] != "(body)"]
        if names != want:
            probs.append(f"documents {names} != {want}")
        addr = (m["To"] or "") + (m["Cc"] or "")
        if f"{lab['neighbourhood']}nam@" not in addr.lower():
            probs.append("inbox not in To/Cc")
        blob = " ".join(" ".join(text).split())
        for child in lab["children"]:
            if child["name"].split()[0] not in blob:
                probs.append(f"child {child['name']} not found")
        lp = lab["lead_practitioner"]
        if lp and lp["name"] not in blob:
            probs.append("LP name not found")
        for k in ("email", "phone"):
            if lp and lp.get(k) and lp[k] not in blob:
                probs.append(f"LP {k} not found")
        if probs:
            bad += 1
            print(eml.name, probs)
    print("checked", len(list(CASES.glob("*.eml"))), "cases,", bad, "with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
