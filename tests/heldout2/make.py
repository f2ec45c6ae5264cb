"""Generate held-out set 2: `python -m tests.heldout2.make` writes tests/heldout2/cases/NNNN.eml + .json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import docs
from .assess import ehr_blocks, plan_doc_blocks, sa_blocks, taf_review_blocks
from datetime import timedelta

from .label import label, ref_date
from .letters import letter_blocks
from .mail import build, quote_block
from .model import Case, fmt_date, months_before
from .parts import children_line, email_sig, req_blocks

OUT = Path(__file__).resolve().parent / "cases"
NAM = {h: (f"{h.capitalize()} NAM", f"{h}NAM@newham.gov.uk") for h in ("east", "west", "central", "south")}


def letter_file(c: Case):
    blocks = letter_blocks(c)
    kind = "Notification of closure" if c.style == "notice" else "Closure letter"
    fn = c.extra.get("letter_fn") or f"{kind} - {c.family}.{c.letter}"
    title = f"{kind} {c.family}"
    data = docs.to_docx(blocks, c.worker.name, c.email_date) if c.letter == "docx" else \
        docs.to_pdf(blocks, title, c.worker.name)
    return fn, data


def assess_file(c: Case):
    if c.assess == "sa_pdf":
        fn = c.extra.get("assess_fn") or f"Single Assessment - {c.family}.pdf"
        printed = fmt_date(c.email_date.date(), "slash0")
        return fn, docs.to_export_pdf(sa_blocks(c), "Single Assessment", "Liquidlogic-style CMS (LBN)", printed,
                                      c.extra.get("case_ref", f"{400000 + c.n * 37}"))
    if c.assess == "sa_docx":
        return c.extra.get("assess_fn") or f"SA {c.family}.docx", docs.to_docx(sa_blocks(c), c.worker.name,
                                                                              c.email_date)
    return (c.extra.get("assess_fn") or f"Early Help Record - {c.family}.docx",
            docs.to_docx(ehr_blocks(c), c.worker.name, c.email_date))


def files(c: Case) -> list[tuple[str, bytes, str]]:
    out = []
    if c.kind == "taf_review":
        fn = c.extra.get("review_fn", f"TAF review - {c.family}.docx")
        return [(fn, docs.to_docx(taf_review_blocks(c), c.lp.name, c.email_date), "taf_review")]
    if c.letter in ("docx", "pdf"):
        fn, data = letter_file(c)
        out.append((fn, data, "closure_notification" if c.style == "notice" else "closure_letter"))
        if c.extra.get("letter_both"):
            out.append((fn.rsplit(".", 1)[0] + ".pdf", docs.to_pdf(letter_blocks(c), fn, c.worker.name),
                        out[0][2]))
    if c.assess:
        fn, data = assess_file(c)
        out.append((fn, data, "single_assessment" if c.assess.startswith("sa") else "early_help_record"))
    if c.extra.get("plan_doc"):
        out.append((c.extra["plan_doc"], docs.to_docx(plan_doc_blocks(c), c.worker.name, c.email_date),
                    "early_help_record"))
    return out


def body_text(c: Case) -> str:
    parts = [c.extra.get("greeting", "Hi,"), ""]
    if c.cover:
        parts += [c.cover, ""]
    if c.letter == "none" and c.children and c.kind == "submission":
        parts += [f"Children: {children_line(c)}", ""]
    body_parts = req_blocks(c, "body")
    for k in ("consent", "rationale", "meeting", "lead_practitioner", "team_around_family", "smart_plan",
              "contingency"):
        if k in body_parts:
            parts.append(docs.to_text(body_parts[k]).rstrip())
            parts.append("")
    if c.letter == "body":
        parts.append(docs.to_text(letter_blocks(c)).rstrip())
        if c.signature == "full":
            parts += ["", email_sig(c)]
        return "\n".join(parts) + "\n"
    parts += [c.extra.get("closing", "Thanks"), "", email_sig(c)]
    if c.extra.get("quoted"):
        parts.append(c.extra["quoted"])
    return "\n".join(parts) + "\n"


def check_dates(c: Case) -> None:
    """No assessment within 10 days of the 6-month line; every printed assessment date on the same side."""
    if not c.assess or c.kind == "not_a_submission":
        return
    line = months_before(ref_date(c), 6)
    assert abs((c.assess_date - line).days) > 10, c.n
    printed = [c.assess_date] if c.assess_first else [c.assess_date - timedelta(days=21),
                                                      c.assess_date + timedelta(days=5)]
    assert len({d >= line for d in printed + [c.assess_date]}) == 1, c.n


def build_case(c: Case) -> tuple[bytes, dict]:
    check_dates(c)
    if "builder" in c.extra:
        return c.extra["builder"](c)
    fs = files(c)
    body = body_text(c)
    frm = c.lp if c.kind == "taf_review" else c.worker
    to = [c.extra["to"]] if "to" in c.extra else [NAM[c.hood]]
    cc = list(c.extra.get("cc", []))
    if c.fw == "manager":
        m = c.manager
        inner = quote_block(f"{frm.name} <{frm.email}>", c.extra["inner_date"], f"{m.name} <{m.email}>",
                            c.subject, body)
        body = c.extra.get("fw_note", "Hi NAM,\n\nPlease see below and attached, forwarded on behalf of my team.") \
            + "\n\n" + email_sig(c, m) + "\n" + inner
        subject, frm = "FW: " + c.subject, m
    else:
        subject = c.subject
    if c.extra.get("nam_cc"):
        to, cc = [c.extra["nam_cc"]], [NAM[c.hood]] + cc
    raw = build(c.client, (frm.name, frm.email), to, subject, c.email_date, body,
                [(fn, data) for fn, data, _ in fs], cc=cc, seed=f"h2-{c.n}",
                in_reply_to=c.extra.get("in_reply_to"), extra=c.extra.get("headers"))
    documents = ([{"filename": "(body)", "type": "closure_notification" if c.style == "notice" else "closure_letter"}]
                 if c.letter == "body" else [])
    documents += [{"filename": fn, "type": t} for fn, _, t in fs]
    return raw, label(c, documents)


def all_cases() -> list[Case]:
    from .cases_a import CASES as A
    from .cases_b import CASES as B
    from .cases_c import CASES as C
    return A + B + C


def main(argv=None) -> int:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    cases = all_cases()
    for c in cases:
        raw, lab = build_case(c)
        stem = f"{c.n:04d}"
        (OUT / f"{stem}.eml").write_bytes(raw)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
