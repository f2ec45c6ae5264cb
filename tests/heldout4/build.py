"""Turn a case plan into (eml bytes, label dict)."""

from __future__ import annotations

from . import docs as R
from .assess import early_help_record, family_plan, single_assessment, taf_review
from .fmt import sent_line
from .label import missing
from .letter import write_letter
from .mail import build, msgid, quote_block

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360f8cf000000030101"
                    "00c9fe92ef0000000049454e44ae426082")


def render(doc, c) -> bytes:
    author = c["worker"]["name"]
    if doc.form == "docx":
        return R.to_docx(doc.blocks, author, doc.filename.rsplit(".", 1)[0])
    if doc.form == "pdf":
        return R.to_pdf(doc.blocks, author, doc.filename.rsplit(".", 1)[0])
    if doc.form == "export":
        return R.to_pdf(doc.blocks, "CareDesk Reporting", "Single Assessment", doc.header, doc.footer)
    if doc.form == "scan":
        return R.to_scan(doc.blocks, sum(map(ord, doc.filename)))
    raise ValueError(doc.form)


def email_sig(w) -> str:
    lines = [w["name"], w["title"], w["team"], w.get("org", "London Borough of Newham")]
    if w.get("phone"):
        lines.append(f"T: {w['phone']}")
    return "\n".join(lines)


def assemble(c: dict) -> tuple[bytes, dict]:
    w = c["worker"]
    docs = []
    body_letter = None
    if c.get("letter"):
        letter = write_letter(c)
        if c["letter"] == "body":
            letter.filename = "(body)"
            body_letter = "\n".join(R.plain_lines(letter.blocks)).strip()
        docs.append(letter)
    for spec in c.get("attach", []):
        kind = spec["kind"]
        if kind == "letter":
            continue
        d = {"sa": single_assessment, "ehr": early_help_record, "plan": family_plan,
             "review": taf_review}[kind](c, spec)
        docs.append(d)
    # attachment order as the case lists it ("letter" marks where the letter goes)
    files = []
    for spec in c.get("attach", []):
        if spec["kind"] == "letter":
            for form, name in spec["as"]:
                files.append((name, letter, form))
        else:
            d = next(x for x in docs if x.filename == spec["name"])
            files.append((spec["name"], d, d.form))
    parts = []
    for name, d, form in files:
        keep = d.form
        d.form = form
        parts.append((name, render(d, c)))
        d.form = keep
    if c.get("letter") and c["letter"] != "body":
        letter.filename = files[[f[1] for f in files].index(letter)][0]

    cover = c.get("cover", "")
    text = cover
    if body_letter:
        text = (cover + "\n\n" if cover else "") + body_letter
        if c.get("sig", "full") == "full" and c.get("email_sig", True):
            text += "\n\n" + email_sig(w)
    elif c.get("email_sig", True):
        text += "\n\n" + email_sig(w)
    subject = c["subject"]
    frm, to, cc = (w["name"], w["email"]), c["to"], c.get("cc", [])
    date, time = c["email_date"], c.get("time", "11:20")
    m = dict(client=c.get("client", "outlook"), seed=c["id"], frm=frm, to=to, cc=cc, subject=subject,
             date=date, time=time, body=text, attachments=parts)
    if c.get("forward"):
        f = c["forward"]
        inner = quote_block(frm, sent_line(f["orig_date"], "16:02"), f["orig_to"], subject, text)
        m.update(frm=f["manager"], subject="FW: " + subject, to=to, cc=f.get("cc", []),
                 body=f["comment"] + "\n\n" + inner, client="outlook")
    if c.get("reply"):
        r = c["reply"]
        q = quote_block(to[0], sent_line(r["query_date"], "09:41"), [frm], "RE: " + subject, r["query"])
        o = quote_block(frm, sent_line(r["orig_date"], "15:05"), to, subject, r["orig_body"])
        m.update(subject="RE: " + subject, body=text + "\n\n" + q + "\n\n" + o,
                 in_reply_to=r["query_id"], references=[msgid(c["id"] + "orig"), r["query_id"]])
    if c.get("inline_png"):
        m["inline_png"] = PNG
    m.update(c.get("mail_extra", {}))
    raw = build(m)

    doclist = []
    if body_letter:
        doclist.append({"filename": "(body)", "type": docs[0].type})
    if c.get("inline_png"):
        doclist.append({"filename": "image001.png", "type": "other"})
    for name, d, _ in files:
        doclist.append({"filename": name, "type": d.type})
    readable = [d for d in docs if d.form != "enc"]
    miss, adate = missing(c, readable, set(c.get("cover_carries", ())))
    lp = c.get("lp") if c.get("lp_mode") in ("full", "nocontact") else None
    label = {
        "neighbourhood": c["hood"], "pathway": c["pathway"], "kind": c.get("kind", "submission"),
        "documents": doclist, "family": c["family"],
        "children": [{"name": k["name"], "dob": k["dob"] if _dob_seen(k, docs, c) else None} for k in c["children"]],
        "lead_practitioner": None if lp is None else {
            "name": lp["name"], "role": lp["role"], "agency": lp["agency"],
            "email": lp.get("email") if c["lp_mode"] == "full" else None,
            "phone": lp.get("phone") if c["lp_mode"] == "full" else None},
        "assessment_date": adate, "letter_date": c.get("letter_date") if c.get("letter") else None,
        "missing": miss, "notes": c["notes"],
    }
    return raw, label


def _dob_seen(k, docs, c) -> bool:
    return any("dob:" + k["name"] in d.carries for d in docs) or "dob:" + k["name"] in c.get("cover_carries", ())
