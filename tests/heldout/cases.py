"""The case plans for submissions: one small declarative dict each.

req entries are (variant, where); variants starting "x_" do not satisfy the requirement; None = absent.
where: "letter" | "body" (cover note) | "sa" | "ehr" | "plan_doc".
assess: type "sa"/"ehr", age = days before the letter it was written, upd = days before the letter it was updated.
"""

from __future__ import annotations

DEFAULT_REQ = {
    "consent": ("verbal", "letter"), "lp": ("prose_both", "letter"), "taf": ("bullets", "letter"),
    "plan": ("table_ald", "letter"), "cont": ("both", "letter"), "rat": ("yes", "letter"),
}
MEET_DEFAULT = {"1": ("final_cin", "letter"), "2": (None, None), "3": ("taf_held", "letter")}


def L(fmt, date, dstyle="long", style="template", sign="ok", **kw):
    return dict(fmt=fmt, date=date, dstyle=dstyle, style=style, sign=sign, **kw)


def C(fam, worker, pathway, hood, letter, assess=None, req=None, **kw):
    return dict(fam=fam, worker=worker, pathway=pathway, hood=hood, letter=letter, assess=assess,
                req=req or {}, **kw)


SUBMISSIONS = [
    # ---- Pathway 1 (after a CIN plan) ----
    C("adebisi", "sw1", "1", "east", L("pdf", "2026-03-04", "ordinal_of"), dict(type="sa", fmt="pdf", age=70),
      dict(consent=("mum_agreed", "letter"), lp=("table", "letter")), cue="body", dob_style="inline",
      dob_dstyle="short_slash", client="outlook", notes="complete; explicit 'Transition Pathway 1' in the cover note"),
    C("rahman", "sw2", "1", "south", L("docx", "2026-04-21", "dots"), dict(type="sa", fmt="docx", age=100),
      dict(consent=("x_declined", "letter"), taf=("table", "letter"), plan=("bullets", "letter"),
           cont=("both_alt", "letter"), rat=("terse", "letter")),
      dob_style="table", dob_dstyle="dots", client="outlook", notes="father declined further support; implied P1 (CIN plan)"),
    C("costa", "sw3", "1", "west", L("pdf", "2026-05-12", "us", style="numbered"), dict(type="sa", fmt="pdf", age=230),
      dict(consent=("signed_form", "letter"), lp=("prose_email", "letter"), taf=("inline", "letter"),
           plan=("x_vague", "letter"), cont=("x_risk_only", "letter"), meet=("x_to_arrange", "letter")),
      cue="subject", client="iphone", notes="vague plan bullets; risk only; final CIN 'to be arranged'; SA ~7.5 months old"),
    C("thompson", "sw1", "1", "central", L("body", "2026-06-02", "us", style="plain"), dict(type="sa", fmt="pdf", age=40),
      dict(consent=("happy_school", "letter"), lp=("prose_phone", "letter"), plan=("numbered", "letter"),
           meet=("final_cin", "body")),
      client="outlook", notes="letter pasted in body; final CIN meeting only in the cover note; consent as 'happy for the school to lead'"),
    C("okeke", "sw2", "1", "east", L("docx", "2026-02-10", "day_long"), dict(type="sa", fmt="pdf", age=150),
      dict(consent=("x_next_visit", "letter"), lp=("x_nocontact", "letter"), taf=("x_roles", "letter"),
           plan=("table_orr", "letter"), meet=("transition", "letter")),
      client="gmail", notes="consent to be sought at next visit; LP without contacts; TAF roles only; 'Outcome/Responsible/Review date' table"),
    C("dumitru", "sw3", "1", "central", L("pdf", "2026-07-15", "slash", style="plain", sign="x_notitle"), None,
      dict(consent=("you_told_me", "letter"), lp=("table", "letter"), taf=("table", "letter"),
           cont=("x_escalate_only", "letter"), rat=(None, None)),
      claims_sa=True, client="outlook", notes="cover says SA attached but it is not; escalation only; no rationale; name without title"),
    C("yilmaz", "sw1", "1", "west", L("docx", "2026-09-08", "long", template="dear_family"), dict(type="sa", fmt="pdf", age=20),
      dict(plan=("bullets", "letter")), nodob=[1], dob_style="inline", dob_inline_form="born",
      client="outlook", notes="'Dear (family)' left; Aylin named without a DOB anywhere"),
    C("ali", "sw2", "1", "south", L("pdf", "2026-10-06", "mon_short"), dict(type="sa", fmt="pdf", age=250, upd=60),
      dict(consent=("keen", "letter"), lp=("table", "letter")), dob_style="sa", cue="letter",
      client="outlook", cc_lp=True, notes="DOBs only in the SA; SA first written >6 months ago but updated 2 months ago"),
    # ---- Pathway 2 (Single Assessment only) ----
    C("kowal", "as1", "2", "east", L("pdf", "2026-03-18", "ordinal"), dict(type="sa", fmt="pdf", age=30),
      dict(consent=("signed_form", "sa"), lp=("prose_both", "sa")), cue="subject", dob_style="inline",
      dob_inline_form="born", client="outlook", notes="consent and LP only in the SA Recommendations"),
    C("hussain", "as2", "2", "central", L("docx", "2026-04-29", "slash", style="plain"), dict(type="sa", fmt="docx", age=45),
      dict(consent=("x_not_discussed", "letter"), taf=("table", "letter"), plan=("x_vague_table", "letter")),
      dob_style="table", client="outlook", notes="consent not yet discussed; vague Need/Support/When table"),
    C("ivanova", "as1", "2", "west", L("body", "2026-05-27", "long"), dict(type="sa", fmt="pdf", age=215),
      dict(lp=("prose_email", "letter"), taf=("x_placeholder", "letter"), plan=("bullets", "letter"),
           rat=("terse", "letter")), dob_style="inline", client="iphone",
      notes="body letter; TAF left as Name/Title/Contact Details; SA ~7 months old"),
    C("walsh", "as2", "2", "east", L("pdf", "2026-06-23", "dots", style="numbered"), None,
      dict(consent=("mum_agreed", "letter"), lp=("x_tbc", "letter"), taf=("inline", "letter"),
           plan=("table_orr", "letter"), cont=("x_risk_only", "letter")),
      client="outlook", notes="LP to be confirmed; risk only; no SA attached"),
    C("santos", "as1", "2", "south", L("docx", "2026-08-04", "long", template="delete", sign="x_first"),
      dict(type="sa", fmt="pdf", age=90), dict(consent=("signed_form", "letter"), lp=("table", "letter"),
                                              plan=("numbered", "letter"), cont=("both_alt", "letter")),
      dob_style="table", dob_dstyle="mon_short", client="outlook",
      notes="'(delete as appropriate)' left with both options; signed with first name only"),
    C("lewis", "as2", "2", "central", L("pdf", "2026-09-29", "ordinal_of"), dict(type="sa", fmt="docx", age=160),
      dict(plan=("table_ald", "plan_doc")), plan_doc="docx", cue="letter", dob_style="table", dob_dstyle="dash_mon",
      client="gmail", notes="complete; plan in a separate plan document; SA 160 days old (inside)"),
    # ---- Pathway 3 (Families First, Early Help Record) ----
    C("oconnell", "ff1", "3", "east", L("pdf", "2026-03-25", "long"), dict(type="ehr", fmt="docx", age=50),
      dict(taf=("table", "letter")), cue="body", dob_style="inline", client="outlook",
      notes="complete; explicit 'Transition Pathway 3' in the cover note"),
    C("patel", "ff2", "3", "south", L("docx", "2026-05-05", "us", style="plain"), dict(type="ehr", fmt="pdf", age=25),
      dict(consent=("signed_form", "ehr"), meet=("taf_held2", "ehr"), lp=("table", "letter"),
           plan=("table_orr", "ehr")), dob_style="sa", client="outlook",
      notes="consent, TAF meeting and plan only in the EHR"),
    C("murphy", "ff3", "3", "west", L("pdf", "2026-06-16", "dots"), dict(type="ehr", fmt="docx", age=240),
      dict(consent=("x_next_visit", "letter"), lp=("prose_phone", "letter"), taf=("x_roles", "letter"),
           plan=("bullets", "letter"), meet=("x_taf_planned", "letter")), dob_style="table",
      client="iphone", notes="consent at next visit; TAF roles only; TAF meeting only planned; EHR ~8 months old"),
    C("kaur", "ff1", "3", "central", L("body", "2026-07-07", "ordinal", style="numbered"), None,
      dict(consent=("keen", "letter"), lp=("table", "letter"), taf=("inline", "letter"),
           cont=("x_escalate_only", "letter"), rat=("terse", "letter")), dob_style="inline",
      client="outlook", notes="body letter; escalation only; no EHR attached"),
    C("nguyen", "ff2", "3", "east", L("docx", "2026-08-18", "long", template="x_family"), dict(type="ehr", fmt="pdf", age=70),
      dict(consent=("you_told_me", "letter"), lp=("x_nocontact", "letter"), plan=("x_vague", "letter"),
           rat=(None, None)), dob_style="table", client="outlook",
      notes="'X Family' left; LP without contacts; vague plan; no rationale"),
    C("abara", "ff3", "3", "south", L("pdf", "2026-09-15", "day_long", style="plain", template="child_dob", sign="ok_pipe"),
      dict(type="ehr", fmt="pdf", age=260, upd=30),
      dict(consent=("mum_agreed", "letter"), lp=("prose_email", "letter"), taf=("table", "letter"),
           plan=("numbered", "letter"), cont=("both_alt", "letter"), meet=("taf_held2", "letter")),
      dob_style="table", client="outlook", notes="'child DOB' left in heading (DOBs in a table); EHR updated 30 days ago"),
    C("bailey", "ff1", "3", "west", L("docx", "2026-10-13", "slash", sign="x_none"), dict(type="ehr", fmt="docx", age=120),
      {}, nodob=[0], dob_style="inline", client="outlook", notes="nothing after the closing; Malachi without DOB anywhere"),
    # ---- no ongoing early help (Appendix 4) ----
    C("haddad", "sw1", "none", "east", L("pdf", "2026-03-11", "long"), None, {}, dob_style="inline", client="outlook",
      none_reason="the concerns about the children were not substantiated", notes="complete notification (PDF)"),
    C("williams", "as2", "none", "central", L("body", "2026-05-19", "slash"), None, {}, dob_style="table",
      dob_dstyle="dots", client="outlook", none_reason="the family's needs are met by universal services",
      notes="notification pasted in body"),
    C("begum", "ff2", "none", "south", L("docx", "2026-07-28", "us", template="delete", sign="x_notitle"), None, {},
      dob_style="inline", client="outlook", none_reason="the family no longer needs targeted support",
      notes="'(delete as appropriate)' left; signed without title"),
    C("nkemelu", "as1", "none", "west", L("pdf", "2026-09-22", "long"), dict(type="sa", fmt="pdf", age=35), {},
      nodob=[0], dob_style="inline", client="gmail", none_reason="no further social care involvement is required",
      notes="Adanna named without DOB; SA attached for information"),
    # ---- pathway unknown ----
    C("mensah", "send", "unknown", "central", L("docx", "2026-04-14", "long", style="plain"), None,
      dict(meet=(None, None)), dob_style="inline", client="outlook",
      notes="0-25 SEND sender, letter says only social care; no assessment attached; expected: ask which pathway"),
]
