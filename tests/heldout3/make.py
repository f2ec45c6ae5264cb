"""Write tests/heldout3/cases/NNNN.eml + .json:  python -m tests.heldout3.make"""

from __future__ import annotations

import json
from pathlib import Path

from . import assess, docs, letter, mime
from .label import make_label

OUT = Path(__file__).resolve().parent / "cases"
HOODS = {"east": "eastNAM@newham.gov.uk", "west": "westNAM@newham.gov.uk",
         "central": "centralNAM@newham.gov.uk", "south": "southNAM@newham.gov.uk"}


def email_sig(c):
    w = c["worker"]
    if c.get("no_email_sig"):
        return ""
    if w.get("sig"):
        return w["sig"]
    return (f"{w['name']}\n{w['role']} | {w['team']}\nLondon Borough of Newham\n"
            f"Newham Dockside, 1000 Dockside Road, London E16 2QU\nT: {w['phone']}\nE: {w['email']}")


def comp_text(c, req, voice="they"):
    return docs.to_text(letter._comp_blocks(c, req, "body", voice))


def body_text(c, letter_blocks):
    fields = {r: comp_text(c, r) for r in ("consent", "lead_practitioner", "team_around_family", "smart_plan",
                                             "contingency", "rationale", "meeting")}
    fields["children"] = letter.child_list(c, "body")
    fields["lp"] = fields.pop("lead_practitioner")
    fields["taf"] = fields.pop("team_around_family")
    fields["plan"] = fields.pop("smart_plan")
    fields.update(c.get("body_fields", {}))
    text = c["body"].format(**fields).strip("\n")
    L = c.get("letter") or {}
    if L.get("fmt") in ("body", "docx+body"):
        text += "\n\n" + docs.to_text(letter_blocks)
    sig = email_sig(c)
    if sig:
        text += "\n\n" + sig
    if c.get("quote"):
        text += "\n\n" + c["quote"].strip("\n")
    return text.replace("\r\n", "\n")


def small_png(seed: int) -> bytes:
    import io

    from PIL import Image, ImageDraw
    im = Image.new("RGB", (160, 48), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, 40, 44], fill=(0, 84, 150))
    d.text((48, 16), "Newham", fill=(0, 84, 150))
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build_case(c):
    parts, documents = [], []
    L = c.get("letter")
    lblocks = None
    if L:
        lblocks = letter.notification(c) if c["pathway"] == "none" or L.get("appendix4") else letter.closure_letter(c)
        if L.get("fmt") in ("body", "docx+body"):
            documents.append(("(body)", "closure_notification" if L.get("appendix4") or c["pathway"] == "none"
                              else "closure_letter"))
    ltype = "closure_notification" if (c["pathway"] == "none" or (L and L.get("appendix4"))) else "closure_letter"
    order = c.get("order", ["letter", "assessment", "plan", "review", "other"])
    for item in order:
        if item == "letter" and L and L.get("fmt") in ("pdf", "docx", "docx+body"):
            fmt = "docx" if L["fmt"] == "docx+body" else L["fmt"]
            parts.append((L["fname"], docs.render(lblocks, fmt, "Closure letter", c["worker"]["name"])))
            documents.append((L["fname"], ltype))
        elif item == "assessment" and c.get("assessment"):
            A = c["assessment"]
            blocks = assess.single_assessment(c) if A["type"] == "sa" else assess.early_help_record(c)
            parts.append((A["fname"], docs.render(blocks, A["fmt"], A["type"], c["worker"]["name"])))
            documents.append((A["fname"], "single_assessment" if A["type"] == "sa" else "early_help_record"))
        elif item == "plan" and c.get("plan_doc"):
            P = c["plan_doc"]
            parts.append((P["fname"], docs.render(assess.family_plan(c), P["fmt"], "Family plan", c["worker"]["name"])))
            documents.append((P["fname"], "early_help_record"))
        elif item == "review" and c.get("review"):
            R = c["review"]
            parts.append((R["fname"], docs.render(assess.taf_review(c), R["fmt"], "TAF review", c["lp"]["name"])))
            documents.append((R["fname"], "taf_review"))
        elif item == "other":
            for fn, data in c.get("other", []):
                parts.append((fn, data))
                documents.append((fn, "other"))
    logo = small_png(c["id"]) if c.get("logo") else None
    if logo:
        documents.insert(1 if documents and documents[0][0] == "(body)" else 0, ("image001.png", "other"))
    body = c["raw_body"] if c.get("raw_body") else body_text(c, lblocks)
    to = c.get("to") or [(c.get("to_name", c["hood"].capitalize() + " NAM"), HOODS[c["hood"]])]
    data, _mid = mime.build(client=c["client"], sender=(c["worker"]["name"], c["worker"]["email"]), to=to,
                            cc=c.get("cc", ()), subject=c["subject"], date=c["date"], body=body, attachments=parts,
                            msgid_seed=f"heldout3-{c['id']}", in_reply_to=c.get("in_reply_to", ""),
                            references=c.get("references", ()), extra_headers=c.get("headers", ()), inline_logo=logo,
                            html_body=c.get("html", True))
    return data, make_label(c, documents)


def all_cases():
    import importlib
    out = []
    for i in range(1, 10):
        try:
            mod = importlib.import_module(f"{__package__}.cases{i}")
        except ModuleNotFoundError:
            continue
        out += mod.CASES
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    seen = set()
    for c in all_cases():
        assert c["id"] not in seen
        seen.add(c["id"])
        data, label = build_case(c)
        (OUT / f"{c['id']:04d}.eml").write_bytes(data)
        (OUT / f"{c['id']:04d}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {len(seen)} cases to {OUT}")


if __name__ == "__main__":
    main()
