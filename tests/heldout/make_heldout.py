"""Write tests/heldout/cases/NNNN.eml + NNNN.json deterministically.

    python -m tests.heldout.make_heldout [OUTDIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import assess, emails, letters, render
from .cases import DEFAULT_REQ, SUBMISSIONS
from .context import build, lp_label, missing
from .dates import add_days, fmt

OUT = Path(__file__).resolve().parent / "cases"
LETTER_NAMES = ["{s} closure letter.{e}", "Case Closure Letter - {s}.{e}", "Transition letter {s} family.{e}",
                "{s} step down letter.{e}"]
SA_NAMES = ["Single Assessment - {s}.{e}", "SA {s} family.{e}", "{s} SA (final).{e}"]
EHR_NAMES = ["EHR {s}.{e}", "Early Help Record - {s} family.{e}"]


def render_doc(blocks, ext, title, author):
    return render.to_pdf(blocks, title, author) if ext == "pdf" else render.to_docx(blocks, author)


def submission(c, n):
    s, L, A = c["surname"], c["letter"], c["assess"]
    atts, docs, letter_text = [], [], None
    lblocks = letters.notification(c) if c["pathway"] == "none" else letters.closure_letter(c)
    ltype = "closure_notification" if c["pathway"] == "none" else "closure_letter"
    if L["fmt"] == "body":
        letter_text = render.to_text(lblocks)
        docs.append({"filename": "(body)", "type": ltype})
    else:
        name = (f"Closure notification {s}.{L['fmt']}" if ltype == "closure_notification"
                else LETTER_NAMES[n % len(LETTER_NAMES)].format(s=s, e=L["fmt"]))
        atts.append((name, L["fmt"], render_doc(lblocks, L["fmt"], "Closure letter", c["worker"]["name"])))
    if A:
        if A["type"] == "sa":
            name, blocks, t = SA_NAMES[n % len(SA_NAMES)], assess.single_assessment(c), "single_assessment"
        else:
            name, blocks, t = EHR_NAMES[n % len(EHR_NAMES)], assess.early_help_record(c), "early_help_record"
        atts.append((name.format(s=s, e=A["fmt"]), A["fmt"], render_doc(blocks, A["fmt"], t, c["worker"]["name"])))
    if c.get("plan_doc"):
        ext = c["plan_doc"]
        atts.append((f"Family plan {s}.{ext}", ext, render_doc(assess.family_plan_doc(c), ext, "Plan", c["worker"]["name"])))
    docs += [{"filename": a[0], "type": t} for a, t in zip(atts, _types(c))]
    body = emails.cover_note(c, n, letter_text)
    if c.get("client") == "iphone":
        body += "\nSent from my iPhone\n"
    cc = f"{c['lp']['name']} <{c['lp']['email']}>" if c.get("cc_lp") else None
    hdrs = emails.headers(c, n, emails.subject(c, n), c["email_date"], emails.HOOD[c["hood"]], cc)
    eml = render.assemble(hdrs, body, atts, boundary=f"{n:04d}hb", html=c.get("client") != "iphone")
    return eml, docs


def _types(c):
    out = [] if c["letter"]["fmt"] == "body" else ["closure_notification" if c["pathway"] == "none" else "closure_letter"]
    if c["assess"]:
        out.append("single_assessment" if c["assess"]["type"] == "sa" else "early_help_record")
    if c.get("plan_doc"):
        out.append("early_help_record")
    return out


def label(c, kind, docs, notes):
    L = c["letter"]
    return {"neighbourhood": c["hood"], "pathway": c["pathway"], "kind": kind, "documents": docs,
            "family": c["surname"], "children": [{"name": nm, "dob": dob} for nm, dob in c["children"]],
            "lead_practitioner": lp_label(c),
            "assessment_date": (c["assess"].get("updated") or c["assess"]["date"]) if c["assess"] else None,
            "letter_date": L["date"] if L else None, "missing": missing(c), "notes": notes}


NONE_REQ = {k: (None, None) for k in list(DEFAULT_REQ) + ["meet"]}


def reply(n):
    case = dict(fam="fofanah", worker="sw3", pathway="1", hood="east", letter=None, email_date="2026-05-20",
                assess=dict(type="sa", fmt="pdf", age=80), req=dict(NONE_REQ), client="outlook")
    c = build(case, n)
    w = c["worker"]
    sa = render.to_pdf(assess.single_assessment(c), "Single Assessment", w["name"])
    qdate = add_days(c["email_date"], -1)
    body = (f"Hi Rafiq,\n\nSorry about that – the SA is attached now.\n\n{w['name'].split()[0]}\n\n"
            f"{emails.email_sig(w, c['worker_phone'])}\n\n"
            f"From: East NAM <eastNAM@newham.gov.uk>\nSent: {fmt(qdate, 'day_long')} 11:02\n"
            f"To: {w['name']} <{w['name'].replace(' ', '.')}@newham.gov.uk>\nSubject: RE: Step down – Fofanah\n\n"
            f"Hi {w['name'].split()[0]},\n\nThanks for sending the step-down for the Fofanah family "
            "(Transition Pathway 1, after the CIN plan). Before it can go to the NAM we still need:\n"
            "- a copy of the Single Assessment\n- evidence of the family's consent to early help\n"
            "- a SMART plan saying who will do what by when\n- the contingency plan if things escalate\n"
            "- contact details for the lead practitioner\n\n"
            "Many thanks\nRafiq Chaudhry\nEarly Help Partnership Coordinator\n")
    qid = emails.mid("query-fofanah")
    hdrs = emails.headers(c, n, "RE: Step down – Fofanah", c["email_date"], emails.HOOD["east"],
                          extra=[("In-Reply-To", qid), ("References", f"{emails.mid('orig-fofanah')} {qid}")])
    fname = "Fofanah SA.pdf"
    eml = render.assemble(hdrs, body, [(fname, "pdf", sa)], boundary=f"{n:04d}hb")
    docs = [{"filename": fname, "type": "single_assessment"}]
    return eml, label(c, "reply_with_missing_item", docs,
                      "reply to a NAM query (In-Reply-To); carries only the SA written at the start of the CIN plan; "
                      "the quoted query lists consent/plan/contingency/LP and is not evidence")


def review(n):
    rd = "2026-03-10"
    req = {"consent": ("verbal", "review"), "lp": ("review", "review"), "taf": ("bullets", "review"),
           "plan": ("table_orr", "review"), "cont": ("x_risk_only", "review"), "rat": ("yes", "review"),
           "meet": ("taf_held", "review")}
    case = dict(fam="kowalczyk", worker="ff1", pathway="3", hood="west", letter=None, email_date=add_days(rd, 1),
                assess=None, req=req, client="gmail",
                review=dict(date=rd, next="2026-04-21", route="Step down from Families First (Transition Pathway 3), 20/01/2026",
                            cont="x_risk_only"))
    c = build(case, n)
    lp = c["lp"]
    doc = render.to_docx(assess.taf_review(c), lp["name"])
    body = ("CAUTION: This email originated from outside of the organisation. Do not click links or open attachments "
            "unless you recognise the sender and know the content is safe.\n\nHello EHPT,\n\nPlease find attached the "
            "updated plan from yesterday's TAF review for the Kowalczyk family. Next review is 21/04/2026.\n\n"
            f"Regards\n{lp['name']}\n{lp['role']}\n{lp['agency']}\n")
    hdrs = [("From", f"{lp['name']} <{lp['email']}>"),
            ("To", "Early Help Partnership Team <EarlyHelpPartnershipTeam@newham.gov.uk>"), ("Cc", emails.HOOD["west"]),
            ("Subject", "TAF review - Kowalczyk"), ("Date", "Wed, 11 Mar 2026 16:20:11 +0000"),
            ("Message-ID", "<CAHk7Qz9vR2xYp0LmN4tB8sW1eF6uJ3dK5aG7hC0iO2qE9wT4@mail.gmail.com>")]
    fname = "TAF review Kowalczyk March 2026.docx"
    eml = render.assemble(hdrs, body, [(fname, "docx", doc)], boundary=f"{n:04d}hb")
    return eml, label(c, "taf_review", [{"filename": fname, "type": "taf_review"}],
                      "TAF review from the lead practitioner (school, external); risk named without contingency")


def main(argv=None):
    out = Path((argv or sys.argv[1:] or [OUT])[0])
    out.mkdir(parents=True, exist_ok=True)
    items = []
    for i, case in enumerate(SUBMISSIONS, 1):
        c = build(case, i)
        eml, docs = submission(c, i)
        items.append((eml, label(c, "submission", docs, case["notes"])))
    items.append(reply(len(items) + 1))
    items.append(review(len(items) + 1))
    for hood, hdrs, body, notes in emails.non_submissions():
        hdrs = [(k, render.hdr_encode(v)) for k, v in hdrs]
        items.append((render.assemble(hdrs, body, boundary=f"{len(items) + 1:04d}hb"),
                      {"neighbourhood": hood, "pathway": "unknown", "kind": "not_a_submission", "documents": [],
                       "family": None, "children": [], "lead_practitioner": None, "assessment_date": None,
                       "letter_date": None, "missing": [], "notes": notes}))
    for i, (eml, lab) in enumerate(items, 1):
        (out / f"{i:04d}.eml").write_bytes(eml)
        (out / f"{i:04d}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} cases to {out}")


if __name__ == "__main__":
    main()
