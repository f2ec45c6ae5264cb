"""Read the written cases back, independently of how they were built, and cross-check them with their labels.

Run from the repository root:  python -m tests.heldout5.readback [--dump NNNN]
It extracts the text of every part (body, .docx, PDF, photos via tesseract, attached messages) and checks
what can be checked mechanically: the documents list, names and DOB-free children, the lead practitioner's
details, placeholders in letters, 7-bit CRLF bytes. The judgement calls were made when writing each case.
"""

from __future__ import annotations

import email
import io
import json
import pathlib
import re
import subprocess
import sys
import tempfile
from email import policy

CASES = pathlib.Path(__file__).parent / "cases"
PLACEHOLDERS = ("Name/Title/Contact Details", "(delete as appropriate)", "X Family", "child DOB", "Dear (family)")


def part_text(part) -> str:
    ctype = part.get_content_type()
    data = part.get_payload(decode=True) or b""
    name = part.get_filename() or ""
    if ctype.startswith("text/") and not name:
        text = part.get_content()
        return re.sub(r"<[^>]+>", " ", text) if ctype == "text/html" else text
    if name.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            out += [" | ".join(c.text for c in row.cells) for row in t.rows]
        return "\n".join(out)
    if name.endswith(".pdf"):
        import pypdfium2
        pdf = pypdfium2.PdfDocument(data)
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if ctype.startswith("image/"):
        with tempfile.NamedTemporaryFile(suffix=".img") as f:
            f.write(data)
            f.flush()
            return subprocess.run(["tesseract", f.name, "-"], capture_output=True, text=True).stdout
    return ""


def walk(msg) -> list[tuple[str | None, str]]:
    """(filename or None, text) for every leaf part, depth first, descending into attached messages."""
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            continue
        if part.is_multipart():
            continue
        out.append((part.get_filename(), part_text(part)))
    return out


def check(stem: str) -> list[str]:
    raw = (CASES / f"{stem}.eml").read_bytes()
    label = json.loads((CASES / f"{stem}.json").read_text(encoding="utf-8"))
    problems = []
    if any(b > 127 for b in raw):
        problems.append("not 7-bit")
    if re.search(rb"[^\r]\n", raw):
        problems.append("bare LF")
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = walk(msg)
    names = [n for n, _ in parts if n]
    listed = [d["filename"] for d in label["documents"] if d["filename"] != "(body)"]
    if names != listed:
        problems.append(f"documents {names} != label {listed}")
    text = "\n".join(t for _, t in parts)
    flat = re.sub(r"\s+", " ", text)
    for child in label["children"]:
        first = child["name"].split()[0]
        if first not in flat:
            problems.append(f"child {child['name']} not named")
    lp = label["lead_practitioner"]
    if lp:
        for key in ("name", "email", "phone"):
            if lp[key] and lp[key] not in flat:
                problems.append(f"lead practitioner {key} {lp[key]!r} not found")
    letter_types = {"closure_letter", "closure_notification"}
    letter_names = {d["filename"] for d in label["documents"] if d["type"] in letter_types}
    letter_text = " ".join(t for n, t in parts if (n in letter_names) or ("(body)" in letter_names and not n))
    found = [p for p in PLACEHOLDERS if p in re.sub(r"\s+", " ", letter_text)]
    if "template_text" in label["missing"] and not found:
        problems.append("template_text missing but no placeholder in the letter")
    if "template_text" not in label["missing"] and found:
        problems.append(f"placeholders left in the letter: {found}")
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["--dump"]:
        raw = (CASES / f"{argv[1]}.eml").read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for name, text in walk(msg):
            print(f"===== {name or '(text part)'}")
            print(text.strip())
        return 0
    bad = 0
    for path in sorted(CASES.glob("*.eml")):
        problems = check(path.stem)
        bad += bool(problems)
        print(path.stem, "ok" if not problems else "; ".join(problems))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
