"""Requirement wordings written differently from the public corpus: each test pairs a reading that
must count with near-misses that must not (a false "satisfied" is worse than a false "missing")."""

import pytest

from inboxbot.checker import check
from inboxbot.rules import load_rules
from parsers.analyse import analyse
from tests.stepdown import PLAN, SINGLE_ASSESSMENT, doc, letter, parsed

RULES = load_rules()


def outcome(*docs, body=None):
    email_obj = parsed(body) if body is not None else parsed()
    return check([analyse(email_obj, list(docs))], RULES)


def full(plan=PLAN, **letter_kwargs):
    return [doc("Closure letter - Quill.pdf", letter(**letter_kwargs)), doc("SA.pdf", SINGLE_ASSESSMENT), doc("Plan.docx", plan)]


def verdict(o, rid):
    return next(r for r in o.results if r.id == rid)


# --- consent ---------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "When we last met you agreed to have early help support once my involvement ends, and you signed the consent form.",
    "You said yes to support from the hub continuing after social care closes the case.",
])
def test_consent_with_a_start_condition_on_the_help_counts(said):
    o = outcome(*full(consent=said))
    assert "consent" not in o.missing
    assert verdict(o, "consent").evidence


@pytest.mark.parametrize("said", [
    "You agreed to early help at the final meeting. A week later you rang to say you no longer want any support, and you withdrew your consent.",
    "Ms Quill agreed to early help on 2 March 2026 but has since withdrawn her consent.",
    "You gave consent to early help in March; that consent was withdrawn on 20 March.",
    "Mum accepted the offer of early help at first, then changed her mind and does not want early help now.",
])
def test_consent_withdrawn_after_it_was_given_is_missing(said):
    o = outcome(*full(consent=said))
    assert "consent" in o.missing
    assert not o.complete


def test_the_right_to_withdraw_consent_later_is_not_a_withdrawal():
    said = "You gave your consent to early help on 2 March 2026. You can withdraw your consent at any time."
    assert "consent" not in outcome(*full(consent=said)).missing


def test_consent_only_to_information_sharing_and_undecided_about_help_is_missing():
    said = ("You agreed that the school and the GP may share information about the children. "
            "You have not yet decided whether you want early help, and you will let Ms Pellow know your decision next month.")
    lead = "Nora Pellow, Pastoral Lead at Fernbank Primary School, has agreed to be the family's lead practitioner (n.pellow@fernbank.example.org)."
    o = outcome(*full(consent=said, lead=lead))
    assert "consent" in o.missing
    assert "lead_practitioner" not in o.missing


def test_a_risk_of_refusal_is_not_a_refusal():
    risks = ("If support is refused or stops, the children's needs may escalate again. "
             "Contingency: if concerns grow, the lead practitioner will make a referral to LBN Triage.")
    assert "consent" not in outcome(*full(risks=risks)).missing
