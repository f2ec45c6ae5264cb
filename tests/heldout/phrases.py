"""Wording variants for each requirement, as different workers would write them.

Every function takes the case context `c` and a variant name and returns blocks (see render.py).
Variants whose name starts with "x_" are ones that do NOT satisfy the requirement.
"""

from __future__ import annotations

from .dates import fmt


def consent(c, v):
    P, D = c["parent"], fmt(c["consent_date"], c["dstyle"])
    text = {
        "mum_agreed": f"Mum agreed to the family being supported through early help when I visited on {D}.",
        "signed_form": f"{c['parents_plural']} signed the consent form on {D} agreeing to ongoing early help.",
        "keen": f"{P} was keen to accept support from {c['lp_agency']} when our involvement ends.",
        "happy_school": f"{P} is happy for the school to lead the support from here.",
        "you_told_me": f"When we met on {D} you said yes to carrying on with help from {c['lp_agency']}.",
        "verbal": f"Verbal consent for the transition was given by {P} on {D}.",
        "x_not_discussed": "Consent not yet discussed with the family.",
        "x_declined": f"{c['father']} declined any further support and does not want early help involvement.",
        "x_next_visit": "We will seek consent at the next visit before the case is transferred.",
    }[v]
    return [("p", text)]


def lead(c, v):
    lp = c["lp"]
    if v == "x_tbc":
        return [("p", "The lead practitioner for the family is to be confirmed at the next NAM.")]
    if v == "x_placeholder":
        return [("p", "Your identified Early Help Lead Practitioner is Name/Title/Contact Details – as appropriate.")]
    n, r, a, e, ph = lp["name"], lp["role"], lp["agency"], lp["email"], lp["phone"]
    if v == "table":
        rows = [["Early Help Lead Practitioner", ""], ["Name", n], ["Role", r], ["Setting", a]]
        rows += [["Email", e]] if e else []
        rows += [["Phone", ph]] if ph else []
        return [("table", rows)]
    if v == "prose_both":
        return [("p", f"{n} ({r}, {a}) has agreed to lead the early help plan. "
                      f"{lp['pron'].capitalize()} can be reached on {ph} or at {e}.")]
    if v == "prose_email":
        return [("p", f"Going forward your key person will be {n}, {r} at {a} – email {e}.")]
    if v == "prose_phone":
        return [("p", f"{n}, the {r} at {a}, will be the lead professional for your family (mobile {ph}).")]
    if v == "x_nocontact":
        return [("p", f"{n}, {r} at {a}, will take over as your Early Help Lead Practitioner.")]
    raise KeyError(v)


def taf(c, v):
    t = c["taf"]
    if v == "bullets":
        return [("p", "Other professionals working with the family:"),
                ("bullets", [f"{n} – {r}, {a}" + (f" ({x})" if x else "") for n, r, a, x in t])]
    if v == "table":
        return [("p", "Team Around the Family"),
                ("table", [["Name", "Role", "Agency", "Contact"]] + [[n, r, a, x or "via school office"] for n, r, a, x in t])]
    if v == "inline":
        names = " and ".join(f"{n} ({r}, {a})" for n, r, a, _ in t)
        return [("p", f"{names} will also stay involved with your family.")]
    if v == "x_roles":
        roles = " and the ".join(r.lower() for _, r, _, _ in t)
        return [("p", f"The {roles} will continue to be involved with the family.")]
    if v == "x_placeholder":
        return [("p", "The professionals who will be involved in your early help support – your Team Around the "
                      "Family – are: Name/Title/Contact Details, Name/Title/Contact Details – as appropriate.")]
    raise KeyError(v)


def who(c, key):
    if key == "parent":
        return c["parent"]
    if key == "lp":
        return c["lp_short"]
    i = int(key[3:])
    n, r, _, _ = c["taf"][i]
    return r if c["taf_roles_only"] else f"{n} ({r})"


def plan(c, v):
    acts = c["actions"]
    ds = c["plan_dstyle"]
    if v == "bullets":
        return [("p", "Agreed plan:"),
                ("bullets", [f"{a} – {who(c, w)} – by {fmt(dd, ds)}" for a, w, dd in acts])]
    if v == "table_ald":
        return [("table", [["Action", "Lead", "Deadline"]] + [[a, who(c, w), fmt(dd, ds)] for a, w, dd in acts])]
    if v == "table_orr":
        return [("table", [["Outcome we want", "Responsible", "Review date"]]
                 + [[a, who(c, w), fmt(dd, ds)] for a, w, dd in acts])]
    if v == "numbered":
        return [("p", "\n".join(f"{i}. {who(c, w)} will {a[0].lower() + a[1:]} by {fmt(dd, ds)}."
                                for i, (a, w, dd) in enumerate(acts, 1)))]
    if v == "x_vague":
        return [("p", "Plan going forward:"),
                ("bullets", ["Ongoing support from school", "Continue to monitor attendance",
                             "Family to keep engaging with services as needed"])]
    if v == "x_vague_table":
        return [("table", [["Need", "Support", "When"], ["Attendance", "School support", "Ongoing"],
                           ["Health", "Health visitor support", "As required"]])]
    raise KeyError(v)


def contingency(c, v):
    risk, lp = c["risk"], c["lp_short"]
    text = {
        "both": f"If the family do not engage, there is a risk that {risk} and the children's needs would rise "
                f"back towards level 3. If concerns escalate, {lp} will bring the TAF forward and seek advice from "
                f"the Early Help Partnership Team, and will refer to LBN Triage if there is any risk of significant harm.",
        "both_alt": f"What worries us: {risk}; without support the progress made is likely to slip. "
                    f"Plan B – if things deteriorate, a professionals' meeting will be called within a week and "
                    f"a re-referral made to Children's Triage if needed.",
        "x_risk_only": f"The main risk is that {risk}.",
        "x_escalate_only": "Please contact LBN Triage if you have any worries.",
    }[v]
    return [("p", text)]


def rationale(c, v):
    text = {
        "yes": f"Over the last few months {c['work']}. {c['progress']} I am satisfied that the family's needs can "
               f"now be met at level 2 through early help, so I am closing the case.",
        "terse": f"Work done: {c['work']}. Outcome: {c['progress']} Needs now at level 2 – appropriate to step down.",
    }[v]
    return [("p", text)]


def meeting(c, v):
    D = fmt(c["meeting_date"], c["dstyle"])
    text = {
        "final_cin": f"The final Child in Need meeting took place on {D} with {c['lp_short']}, {c['parent']} "
                     f"and the other professionals.",
        "transition": f"We held the transition meeting at {c['lp_agency']} on {D}, which {c['lp_short']} attended.",
        "taf_held": f"A Team Around the Family meeting was held on {D} and the plan below was agreed there.",
        "taf_held2": f"TAF met on {D} (family, school and health present).",
        "x_to_arrange": "A final CIN meeting with the lead practitioner is to be arranged.",
        "x_taf_planned": "A TAF meeting will be booked by the school in the coming weeks.",
    }[v]
    return [("p", text)]
