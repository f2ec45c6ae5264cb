"""Text for each requirement component, by variant. `c` is the case dict (see cases*.py)."""

from __future__ import annotations

CONSENT_GIVEN = {"template", "verbal_date", "you_happy", "signed_form", "abbrev", "nonnative", "both_parents",
                 "chatty", "ehr_signed"}
CONSENT_MISSING = {"declined", "pending", "hedged", "none"}


def consent(c, variant, voice="they"):
    p, cd = c["parent"], c.get("consent_date", "")
    lp = c.get("lp") or {}
    agency = lp.get("agency", "the school")
    she = c.get("she", "she")
    return {
        "template": "I am writing to confirm that we have discussed transition to early help support for you and your "
                    "family and you have consented to receiving early help.",
        "verbal_date": f"{p} gave her verbal consent on {cd} for the family to receive early help support from {agency}."
        if voice == "they" else f"On {cd} you gave your verbal consent for the family to receive early help from {agency}.",
        "you_happy": f"When I visited you at home on {cd} you told me you are happy for {lp.get('first', 'the school')} "
                     f"to carry on supporting you, and you agreed to the early help plan.",
        "signed_form": f"{p} signed the early help consent form on {cd} (copy on file).",
        "abbrev": f"Consent for EH obtained from {c.get('parent_role', 'mum')} at home visit {cd} (verbal).",
        "nonnative": f"The mother was explained about early help and she has gave her agreement for it on {cd}, "
                     f"she is agree that {agency} will continue the support.",
        "both_parents": f"Both parents agreed at the meeting on {cd} to continue with early help support led by {agency}.",
        "chatty": f"{c['parent_first']} is fully on board btw - she said yes to early help when I saw her on {cd} "
                  f"and was actually really pleased {lp.get('first', 'school')} is taking over.",
        "declined": f"{p} told me on {cd} that {she} does not want any further support from services and has declined "
                    f"early help. Universal services remain available to the family.",
        "pending": f"I have not yet been able to get {p}'s consent to early help. I will raise it again at my closing "
                   f"visit on {cd}.",
        "hedged": f"I raised early help with {p} on {cd}. {she.capitalize()} was unsure and said {she} needed to talk "
                  f"it over with her partner first; I have not heard back.",
        "none": "",
    }[variant]


def contingency(c, variant):
    if variant == "none":
        return ""
    risk, esc = c["risk"], c["escalate"]
    if variant == "half":
        return risk
    if variant == "full":
        return f"{risk} {esc}"
    raise ValueError(variant)


def rationale(c, variant):
    s = c["story"]
    if variant == "none":
        return ""
    return f"{s['work']} {s['progress']} {s['level2']}"


MEETING_HELD = {"held_cin", "held_taf", "held_abbrev", "held_transition"}


def meeting(c, variant):
    md = c.get("meeting_date", "")
    lp = c.get("lp") or {}
    return {
        "held_cin": f"The final Child in Need meeting was held on {md} with {c['parent']}, {lp.get('name', 'the lead practitioner')} "
                    f"and the professionals named in this letter.",
        "held_transition": f"We held a transition meeting on {md}; {lp.get('name', 'the lead practitioner')} attended and "
                           f"we went through the plan below.",
        "held_taf": f"A Team Around the Family meeting took place on {md} at {c.get('meeting_place', 'the school')} "
                    f"and the family plan was reviewed.",
        "held_abbrev": f"Final CIN held {md} - LP and TAF present.",
        "planned": f"A transition meeting with {lp.get('name', 'the new lead practitioner')} and the family will be "
                   f"arranged for after the Easter holidays.",
        "planned_taf": "The first TAF meeting will be booked by the lead practitioner within the next six weeks.",
        "none": "",
    }[variant]


def lp_text(c, variant, voice="you"):
    """Lead practitioner as text lines (a list of blocks)."""
    lp = c.get("lp")
    if variant == "placeholder":
        return [("p", "Your identified Early Help Lead Practitioner is Name/Title/Contact Details – as appropriate.")]
    if variant == "tbc":
        return [("p", "The Early Help Lead Practitioner is to be confirmed - the school will let us know who will take "
                      "this on after the summer.")]
    if variant == "none" or not lp:
        return []
    contact = []
    if lp.get("phone"):
        contact.append(("Tel", lp["phone"]))
    if lp.get("email"):
        contact.append(("Email", lp["email"]))
    who = "Your identified Early Help Lead Practitioner" if voice == "you" else "The Early Help Lead Practitioner"
    if variant == "nocontact":
        return [("p", f"{who} is {lp['name']}, {lp['role']} at {lp['agency']}.")]
    if variant == "prose":
        ct = " or ".join(f"on {v}" if k == "Tel" else f"by email at {v}" for k, v in contact)
        return [("p", f"{who} is {lp['name']}, {lp['role']} at {lp['agency']}. "
                      f"{lp['first']} can be contacted {ct}.")]
    if variant == "slash":
        return [("p", f"{who} is {lp['name']} / {lp['role']}, {lp['agency']} / {' / '.join(v for _, v in contact)}")]
    if variant == "table":
        return [("p", f"{who}:"), ("kv", [("Name", lp["name"]), ("Role", lp["role"]), ("Agency", lp["agency"])] + contact)]
    if variant == "block":
        lines = [lp["name"], lp["role"], lp["agency"]] + [f"{k}: {v}" for k, v in contact]
        return [("p", f"{who}:"), ("p", "\n".join(lines))]
    raise ValueError(variant)


TAF_NAMED = {"inline", "bullets", "table", "attendees"}


def taf_text(c, variant, voice="you"):
    taf = c.get("taf", [])
    intro = ("The professionals who will be involved in your early help support – your Team Around the Family – are:"
             if voice == "you" else "Team Around the Family:")
    if variant == "none":
        return []
    if variant == "placeholder":
        return [("p", intro + " Name/Title/Contact Details, Name/Title/Contact Details – as appropriate.")]
    if variant == "roles":
        return [("p", f"{intro} {c['taf_roles']}.")]
    if variant == "inline":
        return [("p", intro + " " + "; ".join(f"{t[0]} ({t[1]}, {t[2]})" for t in taf) + ".")]
    if variant == "bullets":
        return [("p", intro), ("bullets", [f"{t[0]} – {t[1]}, {t[2]}" + (f" – {t[3]}" if len(t) > 3 else "") for t in taf])]
    if variant == "table":
        return [("p", intro), ("table", [["Name", "Role", "Service", "Contact"]] +
                                [[t[0], t[1], t[2], t[3] if len(t) > 3 else ""] for t in taf])]
    if variant == "attendees":
        return [("p", "Present: " + ", ".join(f"{t[0]} ({t[1]})" for t in taf) + f", {c['parent']}.")]
    raise ValueError(variant)


PLAN_SMART = {"table_std", "table_odd", "table_outcome", "list", "numbered"}
PLAN_HEADS = {"table_std": ["What", "Who", "By when"],
              "table_odd": ["Need identified", "Agreed action", "Person responsible", "Review / target date"],
              "table_outcome": ["Outcome for the child", "Steps", "Lead agency", "Complete by"]}


def plan_text(c, variant):
    items = c.get("plan", [])
    if variant == "none":
        return []
    if variant == "table_std":
        return [("table", [PLAN_HEADS[variant]] + [[a, w, d] for (_n, a, w, d) in items])]
    if variant in ("table_odd", "table_outcome"):
        return [("table", [PLAN_HEADS[variant]] + [[n, a, w, d] for (n, a, w, d) in items])]
    if variant == "list":
        return [("bullets", [f"{a} – {w} – by {d}" for (_n, a, w, d) in items])]
    if variant == "numbered":
        return [("p", "\n".join(f"{i}. {w} to {a[0].lower() + a[1:]} by {d}." for i, (_n, a, w, d) in enumerate(items, 1)))]
    if variant == "vague":
        return [("table", [["Area", "Plan", "Timescale"]] + [[n, v, "Ongoing"] for (n, v) in c["vague_plan"]])]
    if variant == "vague_prose":
        return [("p", c["vague_prose"])]
    raise ValueError(variant)
