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
    "You agreed to early help at the final meeting. A week later you rang to say you no longer want any support, "
    "and you withdrew your consent.",
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
    lead = ("Nora Pellow, Pastoral Lead at Fernbank Primary School, has agreed to be the family's lead practitioner "
            "(n.pellow@fernbank.example.org).")
    o = outcome(*full(consent=said, lead=lead))
    assert "consent" in o.missing
    assert "lead_practitioner" not in o.missing


def test_awaiting_something_else_is_no_doubt_about_consent():
    meeting = "We held the final CIN meeting on 9 March 2026 with you and Ms Pellow. The GP review is awaiting a date from the surgery."
    assert "consent" not in outcome(*full(meeting=meeting)).missing


@pytest.mark.parametrize("said", [
    "Consent: awaiting the signed form from mum.",
    "Consent form pending.",
    "Early help is agreed in principle, pending Ms Quill's decision after she talks to her partner.",
])
def test_consent_still_awaited_is_missing(said):
    assert "consent" in outcome(*full(consent=said)).missing


def test_a_risk_of_refusal_is_not_a_refusal():
    risks = ("If support is refused or stops, the children's needs may escalate again. "
             "Contingency: if concerns grow, the lead practitioner will make a referral to LBN Triage.")
    assert "consent" not in outcome(*full(risks=risks)).missing


# --- transition / TAF meeting held -------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Thank you both for coming to our final Child in Need meeting on Monday 9th March at the school.",
    "Thanks for attending the transition meeting at Elm Family Hub on 9 March 2026.",
    "This letter follows the final Child in Need review meeting held at Fernbank Primary School on Monday 9th March 2026.",
    "At the core group and transition meeting on 9 March 2026 you both agreed to early help.",
])
def test_final_meeting_held_in_other_words(said):
    o = outcome(*full(meeting=said))
    assert "transition_meeting" not in o.missing
    assert verdict(o, "transition_meeting").evidence


@pytest.mark.parametrize("said", [
    "Thank you for agreeing to attend the final Child in Need meeting, which will be held at the school on 20 March 2026.",
    "The final Child in Need meeting will be held at Fernbank Primary School on 20 March 2026.",
    "The transition meeting is to be arranged; I will let you know the date.",
    "At the core group and transition meeting on 20 March 2026 we will agree the plan.",
])
def test_final_meeting_not_yet_held_is_missing(said):
    assert "transition_meeting" in outcome(*full(meeting=said)).missing


def test_what_was_done_at_the_final_meeting_shows_it_was_held():
    said = "Thank you for meeting with us on 9 March 2026. At that final Child in Need meeting you agreed to early help."
    assert "transition_meeting" not in outcome(*full(meeting=said)).missing


@pytest.mark.parametrize("said", [
    "At the final Child in Need meeting you will be asked to agree the plan.",
    "At the final Child in Need meeting we hope everyone agrees the plan.",
    "At that final Child in Need meeting, which is provisionally booked, you agreed to come along.",
])
def test_what_will_be_done_at_the_final_meeting_does_not_show_it(said):
    assert "transition_meeting" in outcome(*full(meeting=said)).missing


FF_SIGNER = "Priya Testworker\nFamilies First Coach\nFamilies First – Example Hub"
EHR = ("Early Help Record\nDate of assessment 02/03/2026\nFamily members\nAda Quill\tChild\t03/09/2016\n"
       "What we found\nMs Quill has worked hard and the family's needs are now at level 2.")


def pathway3(**letter_kwargs):
    text = letter(social_care="Families First", signer=FF_SIGNER, **letter_kwargs)
    return outcome(doc("letter.pdf", text), doc("EHR.docx", EHR))


def test_thanks_for_taking_part_in_the_taf_meeting_counts_for_pathway_3():
    o = pathway3(meeting="Thank you for taking part in the Team Around the Family meeting at Fernbank Primary School on 5 March 2026.")
    assert o.pathway.value == "3" and "transition_meeting" not in o.missing
    o = pathway3(meeting="The Team Around the Family meeting was held at Fernbank Primary School on 5 March 2026.")
    assert "transition_meeting" not in o.missing


def test_thanks_for_agreeing_to_come_to_the_next_taf_meeting_does_not_count():
    o = pathway3(meeting="Thank you for agreeing to come to the next Team Around the Family meeting, to be held at school on 20 March.")
    assert "transition_meeting" in o.missing


# --- SMART plan ---------------------------------------------------------------------------------


@pytest.mark.parametrize("plan", [
    # a last column headed just "By"
    "Family plan\nNeed\tAction\tWho\tBy\nSleep\tBedtime routine chart\tMs Quill\t20/04/2026\n"
    "Reading\tWeekly reading group\tClass teacher\tFrom 27/04/2026\n",
    # a PDF table whose header cells lost their tabs
    "Action Who By\nGP review of Ben's asthma Ms Quill 15/05/2026\nMentoring for Ada Ms Pellow By 30/04/2026\n",
    # bullets giving the deadline first, then who, then the action
    "Plan\n• By 20 April 2026 - Ms Pellow - start weekly mentoring with Ada\n"
    "• By 15 May 2026 - Ms Quill - book a GP review for Ben\n",
    # prose with the deadline first
    "What we agreed\nBy 20 April 2026 Ms Pellow will start weekly mentoring with Ada. "
    "By 15 May 2026 Mr Marsh will review Ben's asthma plan with you at home.\n",
    # a PDF table headed "Action Person Date"
    "Action Person Date\nMentoring for Ada once a week Ms Pellow from 20/04/2026\n"
    "Two asthma reviews Mr Marsh finish by 30/06/2026\n",
    # bullets grouped by whom they are for: "child – action – who – when"
    "PLAN:\n* Ada – attendance checked weekly – Ms Pellow – to end of summer term (22/07/2026)\n"
    "* Mum – parenting follow-up group – Ms Quill – 30/06/2026\n",
    # who, a dash, then the action with its dates to come
    "Plan:\nMs Pellow – weekly mentoring for Ada, 20 March to 30 April 2026.\nMs Quill – attend the parenting group on 24 March 2026.\n",
])
def test_plans_in_other_layouts_are_smart(plan):
    o = outcome(*full(plan=plan))
    assert "smart_plan" not in o.missing
    assert verdict(o, "smart_plan").evidence


@pytest.mark.parametrize("plan", [
    "Plan\n• Ongoing - school - keep an eye on attendance\n• As required - health visitor - check in with mum\n",
    "Action Who By\nMentoring for Ada School Ongoing\nGP review Mum When needed\n",
    "Contacts\nNora Pellow - Pastoral Lead - 020 7946 0123\nOwen Marsh - School Nurse - 020 7946 0456\n",
    # the family listed as "Name Person Date" over dates of birth
    "Household\nName Person Date\nAda Quill child 03/09/2016\nBen Quill child 04/05/2019\n",
    # grouped bullets without a deadline
    "PLAN:\n* Ada – attendance checked weekly – Ms Pellow – ongoing\n* Mum – parenting group – Ms Quill – as needed\n",
    # who – what, dated before the letter: work done, not a plan
    "Work done:\nMs Pellow – weekly mentoring for Ada, 5 January 2026.\nMs Quill – attended the parenting group on 3 February 2026.\n",
])
def test_plans_without_deadlines_are_not_smart(plan):
    assert "smart_plan" in outcome(*full(plan=plan)).missing


# --- Team Around the Family ---------------------------------------------------------------------


@pytest.mark.parametrize("taf", [
    "She will be supported by Mr Tobias Renn (Family Support Worker, Elm Family Hub) and Ms Ada Voss (School Nurse).",
    "Ms Pellow will work with Mrs Jo Crane (Speech and Language Therapist, Example Children's Therapy Service).",
    "Working with her: Mr Ivo Lamb (Youth Worker, Example Youth Project).",
    "Also involved: Ms Ruth Keel (Housing Officer, Example Housing Solutions).",
    "The other people who know the family are Mrs Dana Holt (Community Link Worker, Elm Family Hub).",
    "Agencies involved\nMs Ada Voss, School Nurse, Example 0-19 Service\nMr Ivo Lamb, Youth Worker, Example Youth Project",
])
def test_other_professionals_named_under_other_introductions(taf):
    o = outcome(*full(taf=taf))
    assert "team_around_family" not in o.missing
    assert verdict(o, "team_around_family").evidence


@pytest.mark.parametrize("taf", [
    "She will be supported by the class teacher and the health visitor.",
    "Also involved: the school nurse and the housing officer.",
    "Ms Pellow will work with you and Ada's father, Mr Tom Quill (Dad).",
    # the lead practitioner is not one of the "others"
    "Working with you: Nora Pellow, Pastoral Lead, Fernbank Primary School.",
])
def test_roles_only_family_or_the_lead_practitioner_are_not_the_team(taf):
    assert "team_around_family" in outcome(*full(taf=taf)).missing


def test_a_placeholder_left_after_a_named_professional_keeps_that_professional():
    taf = ("The professionals supporting the family are: Mr Tobias Renn, Family Support Worker, Elm Family Hub; "
           "Name/Title/Contact Details – as appropriate.")
    o = outcome(*full(taf=taf))
    assert "team_around_family" not in o.missing and "template_text" in o.missing


def test_a_named_professional_after_the_placeholder_does_not_count():
    # only what was filled in before the leftover template text stands (what follows may be the template's own example)
    taf = ("The professionals supporting the family are: Name/Title/Contact Details; "
           "for example Mr Tobias Renn, Family Support Worker, Elm Family Hub.")
    assert "team_around_family" in outcome(*full(taf=taf)).missing


# --- rationale -----------------------------------------------------------------------------------


@pytest.mark.parametrize("work", [
    # pathway-2 style: the assessment is the work, and what remains can be supported elsewhere
    "We assessed the family after the nursery noticed a burn on Ben's hand. We spoke to both children and found it was an "
    "accident at a barbecue. What remains, the rent arrears, can be supported through early help, so social care will close the case.",
    # progress since a month, and no longer needing the service that is closing
    "Since January the family has moved into a settled flat and Ada goes to school every day. "
    "Your family no longer needs a social worker, which is why my work with you is ending.",
    # warm prose: the needs that remain are ones the school can keep supporting
    "Over the last four months we have worked on bedtimes and on Ben's asthma plan. "
    "These are needs the school can continue to support, so social care will close.",
])
def test_rationale_in_other_words(work):
    o = outcome(*full(work=work))
    assert "rationale" not in o.missing
    assert verdict(o, "rationale").evidence


@pytest.mark.parametrize("work", [
    "Social care will close your case on 20 March 2026.",
    "We assessed the family after the nursery raised a concern.",  # the work, without any reason to step down
    "Your family no longer needs a social worker.",  # a reason, without the work done
])
def test_a_bare_closure_or_half_a_rationale_is_missing(work):
    meeting = "The final CIN meeting took place on 9 March 2026."
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


@pytest.mark.parametrize("work", [
    # third person, a labelled answer: the plan as the subject, what the child has since done
    "Why we are closing: The CIN plan addressed Ada's school refusal. Ada has settled in Year 5 and attends every day. "
    "Remaining needs are level 2.",
    # an outcomes list after a length of support, and universal services carrying on
    "Eight months of family coaching: attendance up from 71% to 95%, rent arrears cleared. Universal services can carry on.",
    # the assessment as the work, without a determiner, and early help being enough
    "Referral after Ben missed two health appointments. Assessment found a transport problem; she has changed GP surgery. "
    "Early help is enough now.",
    # the goals met, in the record's update line
    "Ms Quill has been attending the parent group since January. Update: all outcomes met; step down to universal services.",
])
def test_rationale_in_third_person_and_labelled_layouts(work):
    o = outcome(*full(work=work))
    assert "rationale" not in o.missing
    assert verdict(o, "rationale").evidence


@pytest.mark.parametrize("work", [
    "Ten months of coaching.",  # the work, no reason
    "Remaining needs are light-touch.",  # a reason, no work
    "The goals will be agreed at the TAF. Universal services can carry on.",  # no work done, goals not met
    "Why we are closing: to be discussed at the final meeting.",
])
def test_third_person_half_rationales_are_missing(work):
    meeting = "The final CIN meeting took place on 9 March 2026."
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


# --- contingency -----------------------------------------------------------------------------------

ESCALATION = "If Ms Pellow thinks the children are at risk of harm she will refer to LBN Triage."


@pytest.mark.parametrize("risk", [
    "If the plan isn't kept to, Ada may fall behind again and Ms Quill could become isolated.",
    "If Ada's attendance drops again, her progress at school will suffer.",
])
def test_risks_of_not_keeping_to_the_plan_in_other_words(risk):
    o = outcome(*full(risks=f"{risk} {ESCALATION}"))
    assert "contingency" not in o.missing


@pytest.mark.parametrize("risks", [
    "If Ada's attendance drops again, her progress at school will suffer.",  # the risk without an escalation route
    "The main worry remains the rent arrears. " + ESCALATION,  # a worry, not the impact of not engaging
    "If Ada's attendance drops, the school will contact you.",  # no slide back, no consequence
])
def test_half_a_contingency_is_missing(risks):
    assert "contingency" in outcome(*full(risks=risks)).missing


@pytest.mark.parametrize("risks", [
    # a slide in attendance and what it would risk, then a review and Triage
    "Should Ada's attendance dip under 92% again, the family risks losing the progress made; Ms Pellow will hold a "
    "review and, if a child is at risk of significant harm, refer to LBN Triage.",
    # a longer condition, then note form without a verb
    "If Ben's nursery attendance slips or Ms Quill stops coming to the reviews, risk of neglect returning. "
    "Any safeguarding concern straight to LBN Triage.",
    # the team brought back within a set time
    "If Ms Quill disengages, Ms Pellow reconvenes the TAF within 5 school days.",
])
def test_contingency_in_note_form_and_third_person(risks):
    assert "contingency" not in outcome(*full(risks=risks)).missing


@pytest.mark.parametrize("risks", [
    "Should Ada's attendance dip, the school will phone Ms Quill.",  # no consequence, no escalation
    "Any questions straight to Ms Pellow.",  # not a concern, not a safeguarding route
    "Ms Pellow reconvenes the TAF each term.",  # a routine meeting, not a contingency
    "Ms Quill stops coming to the reviews sometimes.",  # no condition, no escalation
])
def test_note_form_near_misses_are_not_a_contingency(risks):
    assert "contingency" in outcome(*full(risks=risks)).missing


def _taf_review(present_heading: str, cover: str, day: str = "10/03/2026"):
    review = ("Early Help Record – Plan Review (Team Around the Family)\nFamily\tQuill\nDate of review\t" + day + "\n"
              "Route into early help\tStep down from Families First (Pathway 3)\n\n"
              f"{present_heading}\nMs Quill (mum)\nOwen Marsh, School Nurse, Example 0-19 Service\n"
              "Progress since the last review\nAda's attendance is 97% this half term.\n")
    return outcome(doc("TAF review Quill.docx", review), body=cover)


def test_a_taf_review_of_a_meeting_held_shows_the_taf_meeting():
    o = _taf_review("Present at the meeting", "Please find attached the TAF review from today's meeting for the Quill family.")
    assert o.pathway.value == "3" and "transition_meeting" not in o.missing
    o = _taf_review("Notes", "Please find attached the TAF review from today's meeting for the Quill family.")
    assert "transition_meeting" not in o.missing


def test_an_invitation_list_or_a_cancelled_meeting_is_not_a_meeting_held():
    o = _taf_review("Invited to the meeting", "Today's TAF meeting was cancelled; attached is the draft review.")
    assert "transition_meeting" in o.missing


@pytest.mark.parametrize("said", [
    "You told me you are happy for Miss Dunn to keep helping you and the children.",
    "Mum confirmed she wants the hub to carry on working with the family.",
    "Consent to early help: given by mother on 02/03/2026.",
])
def test_consent_said_indirectly_counts(said):
    assert "consent" not in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", [
    "Mum agreed to early help but then rang to say she no longer wanted it.",
    "You agreed to early help on 2 March but later changed your mind.",
    "You agreed that we could share information with the school and GP.",
    "You said you would think about it and let me know.",
])
def test_consent_taken_back_or_never_given_to_early_help_is_missing(said):
    assert "consent" in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", [
    "On 9 March 2026 we met for the final Child in Need meeting at the school.",
    "As agreed at the transition meeting last week, I attach the plan.",
])
def test_final_meeting_met_or_referred_back_to_counts(said):
    assert "transition_meeting" not in outcome(*full(meeting=said)).missing


def test_as_agreed_at_the_taf_meeting_counts_for_pathway_3():
    assert "transition_meeting" not in pathway3(meeting="As agreed at the TAF meeting, the school will lead the plan.").missing
    assert "transition_meeting" in pathway3(meeting="We reviewed your Early Help Record at a home visit on 5 March 2026.").missing


@pytest.mark.parametrize("taf", [
    "The team around your family will include Ms Ada Voss, School Nurse, and Mr Ivo Lamb, Youth Worker.",
    "Professional network\nName\tRole\tAgency\nAda Voss\tSchool Nurse\tExample 0-19 Service",
    "Alongside Ms Pellow, Ms Ada Voss (Health Visitor) will keep visiting.",
])
def test_more_ways_of_naming_the_team(taf):
    assert "team_around_family" not in outcome(*full(taf=taf)).missing


def test_plan_lines_naming_who_first_then_action_and_deadline_are_smart():
    plan = "Plan\n- Ms Pellow: weekly mentoring for Ada, starting by 20/04/2026\n- Ms Quill: book a GP review for Ben by 15/05/2026\n"
    assert "smart_plan" not in outcome(*full(plan=plan)).missing


def test_contact_lines_with_start_dates_are_not_a_plan():
    plan = "Who is involved\nLead practitioner: Ms Nora Pellow, from 1 March 2026\nHealth visitor: Ms Ada Voss, until 30 April 2026\n"
    assert "smart_plan" in outcome(*full(plan=plan)).missing


def test_warm_prose_rationale_counts():
    work = ("It has been a pleasure working with you. You have turned things around: Ada is back in school full time. "
            "I am confident the school can give you the help you still need.")
    meeting = "The final CIN meeting took place on 9 March 2026."
    assert "rationale" not in outcome(*full(work=work, meeting=meeting)).missing
    # warmth and the help to come, without the work behind them
    work = "It has been a pleasure meeting you. I am confident the school can give you the help you still need."
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


@pytest.mark.parametrize("said", [
    "You consented to information being shared with the school and the GP.",
    "Mum signed the consent to share information form.",
    "Mum gave consent for the referral to CAMHS.",
    "Mum consented to the assessment.",
])
def test_consent_to_something_other_than_early_help_is_missing(said):
    assert "consent" in outcome(*full(consent=said)).missing


def test_consent_to_early_help_and_to_sharing_information_counts():
    said = "You consented to early help and to information being shared with the school."
    assert "consent" not in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("taf", [
    "This step-down is supported by my manager, Ms Jo Bloggs (Team Manager, Intervention Team 9).",
    "It has been a pleasure working with you and the children.",
])
def test_a_manager_endorsing_the_step_down_is_not_the_team(taf):
    assert "team_around_family" in outcome(*full(taf=taf)).missing


@pytest.mark.parametrize("said", [
    "Thank you in advance for attending the final Child in Need meeting on 20 March 2026.",
    "Thanks for coming to the transition meeting next week.",
    "The final CIN meeting held at the school on 20 March was cancelled.",
])
def test_a_meeting_still_ahead_or_called_off_is_missing(said):
    assert "transition_meeting" in outcome(*full(meeting=said)).missing


def test_thanks_in_advance_for_the_taf_meeting_is_missing():
    o = pathway3(meeting="Thank you in advance for attending the Team Around the Family meeting on 20 March 2026.")
    assert "transition_meeting" in o.missing


def test_needs_supported_by_a_statutory_plan_is_no_reason_to_step_down():
    work = ("We assessed the family after the school raised a concern. "
            "Ada's needs can best be supported through a Child in Need plan.")
    meeting = "The final CIN meeting took place on 9 March 2026."
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


@pytest.mark.parametrize("taf", [
    "Key contacts\nNora Pellow\tPastoral Lead\tFernbank Primary School\nAda Voss\tSchool Nurse\tExample 0-19 Service",
    "Who's who\nMs Ada Voss – School Nurse\nMr Ivo Lamb – Youth Worker",
    "Your support network: Ms Ada Voss (School Nurse) and Mr Ivo Lamb (Youth Worker).",
    "Ms Ada Voss, the school nurse, will also stay involved.",
    "The health visitor, Ms Ada Voss, will continue to visit.",
])
def test_team_named_in_contact_lists_and_appositions(taf):
    o = outcome(*full(taf=taf))
    assert "team_around_family" not in o.missing
    assert "Voss" in verdict(o, "team_around_family").evidence


@pytest.mark.parametrize("taf", [
    "Key contacts\nthe school office\tFernbank Primary School\t020 7946 0000",
    "Your mum, Ms Rose Quill, will continue to visit on Sundays.",
    "Ms Ada Voss, who will stay involved, is your neighbour.",
])
def test_contacts_without_a_named_professional_are_not_the_team(taf):
    assert "team_around_family" in outcome(*full(taf=taf)).missing


def test_deciding_not_to_carry_on_is_a_risk_of_non_engagement():
    risks = ("Should you decide not to carry on with the support, the children's needs may not be met. "
             "Any safeguarding concern will be referred to LBN Triage straight away.")
    assert "contingency" not in outcome(*full(risks=risks)).missing
    assert "contingency" in outcome(*full(risks="Should you decide not to carry on with the support, please tell Ms Pellow.")).missing


def test_whoever_is_named_as_lead_practitioner_is_never_an_other_professional():
    from inboxbot.requirements import Source, _named_as_lead
    text = ("Your lead practitioner\nMs Nora Pellow\nPastoral Lead, Fernbank Primary School\n\n"
            "Mr Ivo Lamb will be your lead practitioner, working with Ms Ada Voss (School Nurse).")
    assert _named_as_lead(Source("letter.pdf", "closure_letter", text)) == ["Ms Nora Pellow", "Mr Ivo Lamb"]


def test_a_handover_or_step_down_meeting_held_is_the_transition_meeting():
    assert "transition_meeting" not in outcome(*full(meeting="We held a handover meeting with you and Ms Pellow on 9 March 2026.")).missing
    assert "transition_meeting" not in outcome(*full(meeting="The step-down meeting took place at the school on 9 March 2026.")).missing
    assert "transition_meeting" in outcome(*full(meeting="A handover meeting will be arranged with Ms Pellow.")).missing


@pytest.mark.parametrize("said", [
    "At the TAF review on 5 March 2026 we agreed the plan.",
    "The TAF review took place on 5 March 2026.",
    "We reviewed the plan together at a TAF on 5 March 2026.",
    "The last TAF, on 5 March 2026, agreed that Families First can close.",
    "The Team Around the Family review meeting on 5 March agreed the updated plan.",
])
def test_taf_review_or_bare_taf_held_counts_for_pathway_3(said):
    assert "transition_meeting" not in pathway3(meeting=said).missing


@pytest.mark.parametrize("said", [
    "At the TAF review on 20 March 2026 we will agree the plan.",
    "The TAF review is on 20 March 2026.",
    "A TAF meeting is planned for 20 March 2026.",
])
def test_taf_still_ahead_is_missing_for_pathway_3(said):
    assert "transition_meeting" in pathway3(meeting=said).missing


def test_final_cin_meeting_still_ahead_is_missing():
    assert "transition_meeting" in outcome(*full(meeting="At the final CIN meeting on 20 March 2026 we will agree the plan.")).missing


@pytest.mark.parametrize("said", [
    "Mum will give her consent once the case closes.",
    "Mum will sign the consent form once my involvement ends.",
    "Dad is expected to consent to early help once the CIN plan ends.",
    "The family will agree to early help when the plan closes.",
])
def test_consent_expected_only_later_is_missing(said):
    assert "consent" in outcome(*full(consent=said)).missing


def test_consent_expected_later_defeats_weaker_wording_elsewhere():
    said = "Mum will give her consent once the case closes. She is happy with the support from the school."
    assert "consent" in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", [
    "Mum was happy with the support she received from social care.",
    "You told me you were pleased with the help you had from the hub.",
    "Dad welcomed the support from the housing team last year.",
    "Mum wants support with her mental health.",
])
def test_liking_help_already_had_or_wanting_help_with_a_need_is_not_consent(said):
    assert "consent" in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", [
    "Mum is happy for the school to keep supporting the family.",
    "You said you would welcome ongoing support from the hub.",
    "You were pleased to accept the offer of support from Fernbank Primary School.",
])
def test_saying_yes_to_the_help_to_come_is_consent(said):
    o = outcome(*full(consent=said))
    assert "consent" not in o.missing and verdict(o, "consent").evidence


# --- template text -----------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", [
    "Transition to Early Help: Quill Family\nChild\tDOB\nAda Quill\t03/09/2016\nBen Quill\t04/05/2019",
    "Transition to Early Help: Quill Family\nChildren DOB\nAda Quill 3rd September 2016\nBen Quill 4 May 2019",
])
def test_a_child_dob_column_header_is_not_template_text(heading):
    assert "template_text" not in outcome(*full(heading=heading)).missing


def test_the_child_dob_placeholder_is_template_text():
    heading = "Transition to Early Help: Quill Family, child DOB, child DOB\n"
    o = outcome(*full(heading=heading))
    assert "template_text" in o.missing and "child DOB" in verdict(o, "template_text").reason


def test_a_name_title_column_header_is_neither_template_text_nor_an_empty_team():
    taf = "Team Around the Family\nName/Title\tAgency\tContact\nAda Voss, School Nurse\tExample 0-19 Service\t020 7946 0001"
    o = outcome(*full(taf=taf))
    assert "template_text" not in o.missing and "team_around_family" not in o.missing
    taf = "The professionals in your Team Around the Family are: Name/Title/Contact Details, Name/Title/Contact Details – as appropriate."
    o = outcome(*full(taf=taf))
    assert "template_text" in o.missing and "team_around_family" in o.missing


def test_only_the_person_named_as_lead_is_taken_for_the_lead():
    from inboxbot.requirements import Source, _named_as_lead
    text = "Your Team Around the Family: Mr Ivo Lamb (Youth Worker) and Ms Ada Voss will support the lead practitioner."
    assert _named_as_lead(Source("letter.pdf", "closure_letter", text)) == ["Ms Ada Voss"]


@pytest.mark.parametrize("said, missing", [
    ("Parental consent to early help: ☒ Yes ☐ No", False),
    ("Parental consent to early help: [x] Yes [ ] No", False),
    ("Parental consent to early help: ☐ Yes ☒ No", True),
    ("Parental consent to early help: ☐ Yes ☐ No", True),
])
def test_consent_tick_boxes(said, missing):
    assert ("consent" in outcome(*full(consent=said)).missing) is missing


def test_work_under_a_progress_heading_counts_but_a_reason_heading_is_no_reason():
    meeting = "The final CIN meeting took place on 9 March 2026."
    work = ("Summary of progress\nAda's attendance has improved to 96% and Ms Quill is attending a parenting group.\n"
            "Why we are closing\nThe concerns that led to the CIN plan have reduced and the family no longer need a social worker.")
    assert "rationale" not in outcome(*full(work=work, meeting=meeting)).missing
    work = ("Summary of progress\nAda's attendance has improved to 96% and Ms Quill is attending a parenting group.\n"
            "Reason for closure\nThe case is closing to Children's Social Care on 20 March.")
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


def test_a_provided_by_column_is_not_a_by_when_column():
    plan = "Area\tSupport offered\tProvided by\nSchool\tMentoring\tMs Pellow (since 01/03/2026)\nHealth\tGP reviews\tDr Marsh (since 02/03/2026)\n"
    assert "smart_plan" in outcome(*full(plan=plan)).missing


# --- Team Around the Family named anywhere, in any layout ------------------------------------------

NO_TEAM_ZONE = "These professionals are now responsible for actively participating in early help for your family."


@pytest.mark.parametrize("meeting", [
    # who came to the meeting, told in passing: a title and a bracketed role
    "We held the final CIN meeting on 9 March 2026 with you, Ms Pellow and Mr Hal Brann (Year 5 teacher, Fernbank Primary School).",
    # a role owned by the family after the name
    "At the final CIN meeting on 9 March 2026 you were there with Ms Pellow and Ines Farrow your health visitor.",
    # the role in apposition, mid-sentence
    "Ben now sees the speech therapist, Dr Lena Sorvik, every fortnight. The final CIN meeting took place on 9 March 2026.",
    # a role owned by a child, before the name
    "The final CIN meeting took place on 9 March 2026. Ben's class teacher, Mr Ivo Lamb, has set up a reward chart.",
    # a bullet "Name – role, agency – phone", and a table under other column names, each its own paragraph
    "The final CIN meeting took place on 9 March 2026.\n\n• Owen Marsh – School Nurse, Fernbank Health Service – 020 7946 0111",
    "The final CIN meeting took place on 9 March 2026.\n\nWho\tRole\tOrganisation\nOwen Marsh\tSchool Nurse\tFernbank Health Service",
    "The final CIN meeting took place on 9 March 2026 and was attended by Dr Hana Price, GP at Elm Surgery.",
])
def test_a_professional_named_with_a_role_anywhere_counts(meeting):
    o = outcome(*full(taf=NO_TEAM_ZONE, meeting=meeting))
    assert "team_around_family" not in o.missing
    assert verdict(o, "team_around_family").evidence


def test_a_table_of_professionals_in_the_assessment_counts():
    sa = SINGLE_ASSESSMENT.replace("12. Recommendations", "12. Recommendations\nProfessional\tRole\tAgency\n"
                                   "Mr Hal Brann\tHeadteacher / DSL\tFernbank Primary School")
    docs = [doc("Closure letter - Quill.pdf", letter(taf=NO_TEAM_ZONE)), doc("SA.pdf", sa), doc("Plan.docx", PLAN)]
    assert "team_around_family" not in outcome(*docs).missing


@pytest.mark.parametrize("meeting", [
    # a manager who only approves the step-down
    "The final CIN meeting took place on 9 March 2026. This step-down was approved by Mrs Jo Hart (Team Manager, Intervention Team 9).",
    # a child with her school in brackets
    "The final CIN meeting took place on 9 March 2026. Ada Quill (Year 5, Fernbank Primary School) is doing well.",
    # a place, not a person
    "The final CIN meeting took place on 9 March 2026 at Ashgrove Park, Primary School hall.",
    # the lead practitioner, named with her role before the words that make her the lead
    "The final CIN meeting took place on 9 March 2026. Nora Pellow (Pastoral Lead) from Fernbank Primary will be your Early\n"
    "Help Lead Practitioner.",
    # roles without names
    "The final CIN meeting took place on 9 March 2026 with the class teacher and the health visitor.",
    # family, the worker, a meeting's chair, the NAM, a nursery's place name
    "The final CIN meeting took place on 9 March 2026. Ms Quill's partner, Mr Dan Rowe, attended.",
    "The final CIN meeting took place on 9 March 2026. Priya Testworker (Social Worker) chaired it.",
    "The final CIN meeting took place on 9 March 2026 and was chaired by Mrs Jo Hart, Independent Reviewing Officer.",
    "The final CIN meeting took place on 9 March 2026. Copy to: NAM Coordinator, Mrs Jo Hart.",
    "The final CIN meeting took place on 9 March 2026. Ben goes to Oak Park Nursery (Stratford).",
    # who referred the family, or raised the first concern: the case's history, not the team going forward
    "The final CIN meeting took place on 9 March 2026. The referral was received from Mrs Jo Hart (DSL, Elm Primary) after a bruise.",
    "The final CIN meeting took place on 9 March 2026. Mrs Jo Hart (DSL, Elm Primary) raised concerns in October.",
    # who approved the step-down, under any title
    "The final CIN meeting took place on 9 March 2026. This step-down has been agreed by my manager, Mr Jo Hart (Practice Lead).",
    "The final CIN meeting took place on 9 March 2026. Approved: Mrs Jo Hart (Practice Lead, Intervention Team 9).",
    # a source the assessment drew on
    "The final CIN meeting took place on 9 March 2026. Agency checks: Dr Hana Price (GP, Elm Surgery) was consulted.",
])
def test_near_misses_anywhere_are_not_the_team(meeting):
    assert "team_around_family" in outcome(*full(taf=NO_TEAM_ZONE, meeting=meeting)).missing


def test_a_professional_named_only_in_the_cover_note_outside_a_team_list_does_not_count():
    # the cover note may quote an earlier email about another family: only team lists count there
    body = ("Hi,\n\nClosure letter attached.\n\nPriya\n\nHi Priya - for the Marsh family, Mr Hal Brann (Year 5 teacher, "
            "Elm Primary) is still waiting on mum.\n")
    docs = [doc("Closure letter - Quill.pdf", letter(taf=NO_TEAM_ZONE)), doc("SA.pdf", SINGLE_ASSESSMENT), doc("Plan.docx", PLAN)]
    assert "team_around_family" in outcome(*docs, body=body).missing


# --- contingency: both halves, in other structures --------------------------------------------------


@pytest.mark.parametrize("risks", [
    # not able to take part, then an escalation in a conditional of its own
    "If you are not able to take part, Ben's speech may fall further behind. "
    "Should things deteriorate at home, Ms Pellow will contact the MASH the same day.",
    "In the event that Mum cannot keep the appointments, the progress could slip. "
    "In the event that safeguarding concerns re-emerge, the school will escalate to LBN Triage.",
    "Non-attendance at appointments would put Ben's health at risk. Any escalation in concerns will be referred to the Front Door.",
    "Should the family decline support, the children may again miss school. "
    "In the event that risk increases, any professional should contact LBN Triage.",
    "If you are not able to take part, Ben may fall behind. "
    "If there are concerns about the children's safety, the school will follow its safeguarding procedures.",
])
def test_contingency_in_conditional_structures(risks):
    o = outcome(*full(risks=risks))
    assert "contingency" not in o.missing
    assert verdict(o, "contingency").evidence


@pytest.mark.parametrize("risks", [
    # the first half only
    "If you are not able to take part, Ben's speech may fall further behind.",
    # the second half only
    "Should things deteriorate at home, Ms Pellow will contact the MASH the same day.",
    # a worry that is not about safety, met by an ordinary school policy
    "If you are not able to take part, Ben may fall behind. "
    "If there are concerns about Ada's attendance, the school will follow its attendance policy.",
    # a contact number with no condition, and a condition that is good news
    "If Ada's attendance improves, the school will reduce the check-ins. Contact LBN Triage on 020 3373 4600 for any concerns.",
    # a step that is only a talk at the next review is no escalation route
    "If you are not able to take part, Ben's speech may fall further behind. Should that happen, we will talk about it at the next review.",
])
def test_conditional_half_contingencies_are_missing(risks):
    assert "contingency" in outcome(*full(risks=risks)).missing


def test_a_two_column_risk_table_counts_and_a_page_break_does_not_end_a_sentence():
    table = ("If the family do not engage If risk escalates\n"
             "Ben's speech may fall further behind and Ada may stop going to school;\n"
             "Ms Quill's arrears may grow Lead practitioner to call a TAF; refer to LBN Triage if risk of significant harm\n")
    assert "contingency" not in outcome(*full(risks=table)).missing
    wrapped = ("If you do not engage, Ben's speech and the rent arrears may\n\fbuild up again and could return. "
               "If Ms Pellow is worried about harm she will refer to LBN Triage.")
    assert "contingency" not in outcome(*full(risks=wrapped)).missing
    header_only = "If the family do not engage If risk escalates\nLead practitioner to refer to LBN Triage if risk of harm\n"
    assert "contingency" in outcome(*full(risks=header_only)).missing


# --- signature in other layouts ------------------------------------------------------------------


@pytest.mark.parametrize("closing, signer", [
    # a form's sign-off field, name and title on one line
    ("", "Completed by: Priya Testworker, Senior Practitioner, Intervention Team 9"),
    # name and job title fields
    ("", "Name: Priya Testworker\nJob title: Social Worker"),
    # no closing line at all: the letter simply ends with the worker's name over the title (contact line after)
    ("", "Priya Testworker\nSocial Worker"),
    ("", "Priya Testworker\nSocial Worker\n020 7946 0000 | priya.testworker@newham.gov.uk"),
    # a signature field and a designation field
    ("", "Signature: Priya Testworker\nDesignation: Social Worker\nDate: 12/03/2026"),
    # the title as its usual abbreviation beside the name
    ("Yours sincerely", "Priya Testworker, SW"),
    # name and title split by a tab, signed for someone, an initial and surname, fields across a row
    ("Yours sincerely", "Priya Testworker\tSocial Worker"),
    ("Yours sincerely", "pp Priya Testworker\nSocial Worker"),
    ("Yours faithfully", "P. Testworker\nSocial Worker"),
    ("", "Name of worker: Priya Testworker\tRole: Social Worker\tDate: 12/03/2026"),
])
def test_a_letter_signed_in_other_layouts(closing, signer):
    o = outcome(*full(closing=closing, signer=signer))
    assert "signature" not in o.missing
    assert verdict(o, "signature").evidence


@pytest.mark.parametrize("closing, signer", [
    ("", "Completed by: Priya"),  # a first name only
    ("", "Completed by: Priya Testworker"),  # no job title
    ("", "Name: Priya Testworker\nJob title: Name/Title/Contact Details"),  # the template's placeholder
    ("With best wishes for the future", "Name: \nJob title: "),  # blank fields
    ("Yours sincerely", "Priya, SW"),  # a first name with an abbreviation
    ("Yours sincerely", "Social Worker"),  # a title without a name

    # a letter that ends on the lead practitioner's card or a list of the team is not signed by them
    ("", "Your lead practitioner\nName: Owen Marsh\nJob title: School Nurse"),
    ("", "Other professionals:\nOwen Marsh\nSchool Nurse"),
])
def test_form_sign_offs_without_name_and_title_fail(closing, signer):
    assert "signature" in outcome(*full(closing=closing, signer=signer)).missing


# --- a TAF review is the record of a TAF meeting held ---------------------------------------------

NEUTRAL_COVER = "Please find attached the second review for the Quill family. Things are going well."


def test_a_dated_taf_review_recording_who_was_present_shows_the_meeting_held():
    o = _taf_review("Present:", NEUTRAL_COVER)
    assert o.pathway.value == "3" and "transition_meeting" not in o.missing
    assert "10/03/2026" in verdict(o, "transition_meeting").reason


@pytest.mark.parametrize("heading, cover, day", [
    ("Present:", NEUTRAL_COVER, "20/03/2026"),  # the review date is after the email: a meeting still ahead
    ("Invited:", "Please find attached the invitation for the Quill family's review.", "10/03/2026"),
    ("Present:", "The review meeting was postponed; attached is what we have so far.", "10/03/2026"),
])
def test_a_future_invited_or_postponed_review_is_not_a_meeting_held(heading, cover, day):
    assert "transition_meeting" in _taf_review(heading, cover, day).missing


def test_in_a_letter_pasted_into_the_body_only_the_letter_names_the_team():
    meeting = "We held the final CIN meeting on 9 March 2026 with you, Ms Pellow and Mr Hal Brann (Year 5 teacher, Fernbank Primary School)."
    quoted = ("\n\nHi Priya - for the Marsh family, Mr Hal Brann (Year 5 teacher, Elm Primary) is still waiting to hear "
              "from mum, so please hold that one.\n")
    docs = [doc("SA.pdf", SINGLE_ASSESSMENT), doc("Plan.docx", PLAN)]
    o = outcome(*docs, body=letter(taf=NO_TEAM_ZONE, meeting=meeting))
    assert any(d[0] == "(body)" for d in o.documents)
    assert "team_around_family" not in o.missing
    o = outcome(*docs, body=letter(taf=NO_TEAM_ZONE) + quoted)
    assert any(d[0] == "(body)" for d in o.documents)
    assert "team_around_family" in o.missing


# --- questions and answers -----------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Has the family consented to Early Help? Yes – verbally on 3/3/2026.",
    "Consent given?\tYes, Ms Quill signed the form on 2 March 2026.",
])
def test_a_question_answered_yes_is_a_statement(said):
    o = outcome(*full(consent=said))
    assert "consent" not in o.missing
    assert "Yes" in verdict(o, "consent").evidence


@pytest.mark.parametrize("said", [
    "Has the family consented to Early Help?",  # a question is no statement
    "Has the family consented to Early Help? TBC",
    "Consent given?\tNo",
    "Has Ms Quill given consent for early help? Not yet.",
    "Has the family consented to Early Help? No – verbal consent to be sought at the TAF.",
    "Consent given? Yes – not yet signed.",
])
def test_a_question_not_answered_yes_is_no_consent(said):
    assert "consent" in outcome(*full(consent=said)).missing


def test_open_questions_are_read_with_their_answers():
    risks = ("What if the family does not engage? Ada's attendance may slip again and Ben could miss his checks. "
             "What if risk escalates? Ms Pellow will refer to LBN Triage the same day.")
    assert "contingency" not in outcome(*full(risks=risks)).missing
    work = ("Why is the case closing? The family has engaged well with the parenting course and the home is now safe. "
            "Needs can now be met by universal services.")
    assert "rationale" not in outcome(*full(work=work)).missing


@pytest.mark.parametrize("risks", [
    "What if the family does not engage? TBC. What if risk escalates? TBC.",
    "What if the family does not engage? What if risk escalates?",  # the form's questions with no answers
])
def test_open_questions_without_answers_show_nothing(risks):
    assert "contingency" in outcome(*full(risks=risks)).missing


def test_a_final_meeting_question_answered_yes_shows_it_was_held():
    o = outcome(*full(meeting="Has the final CIN meeting taken place? Yes – on 9 March 2026 at the school."))
    assert "transition_meeting" not in o.missing


@pytest.mark.parametrize("said", [
    "Has the final CIN meeting taken place? No – provisionally booked for 20 March 2026.",
    "Has the final CIN meeting taken place?",
    "Once the final CIN meeting has taken place on 20 March, early help will start.",
    "The final CIN meeting has not taken place yet; it is booked for 20 March.",
])
def test_a_final_meeting_not_yet_taken_place_is_missing(said):
    assert "transition_meeting" in outcome(*full(meeting=said)).missing


@pytest.mark.parametrize("said", ["Consent: TBC", "Consent given - No", "Consent:\tpending", "Consent: not yet"])
def test_a_consent_field_left_open_or_answered_no_is_missing(said):
    assert "consent" in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", ["Consent: Yes (signed 02/03/2026)", "Consent: verbal, given by mum on 2/3/26."])
def test_a_consent_field_filled_in_counts(said):
    assert "consent" not in outcome(*full(consent=said)).missing


def test_numbered_plan_lines_naming_who_first_are_smart():
    plan = "Plan\n1. Ms Pellow – weekly mentoring for Ada – from 20/04/2026\n2. Mr Marsh – asthma review for Ben – by 15/05/2026\n"
    assert "smart_plan" not in outcome(*full(plan=plan)).missing


@pytest.mark.parametrize("plan", [
    "Contacts\n1. Ms Pellow – Pastoral Lead – from 20/04/2026\n2. Mr Marsh – School Nurse – from 01/05/2026\n",
    "Plan\n1. Ms Pellow – weekly mentoring for Ada – ongoing\n2. Mr Marsh – asthma review – as needed\n",
    "Family\n1. Ada Quill – Child – 03/09/2016\n2. Ben Quill – Child – 04/05/2019\n",
])
def test_numbered_contact_household_or_untimed_lines_are_not_a_plan(plan):
    assert "smart_plan" in outcome(*full(plan=plan)).missing


def test_no_longer_needing_a_social_worker_is_a_reason_to_step_down():
    work = "Ms Quill has completed the Freedom Programme and the children are settled. The family no longer requires a social worker."
    assert "rationale" not in outcome(*full(work=work)).missing


@pytest.mark.parametrize("said", [
    "When is the final CIN meeting? 20 March 2026 (provisionally booked).",
    "The final Child in Need meeting was provisionally booked for 20 March 2026.",
])
def test_an_open_question_is_no_label_and_provisional_is_not_held(said):
    assert "transition_meeting" in outcome(*full(meeting=said)).missing


@pytest.mark.parametrize("work", [
    "Six months of support is proposed. Universal services can carry on.",  # support still to come
    "Three months of coaching will be offered. Remaining needs are light-touch.",
    "She has stopped attending nursery. Remaining needs are manageable.",  # a step back, not work done
    "Mum has disengaged from the service. Remaining needs are manageable.",
])
def test_support_to_come_or_a_step_back_is_not_the_work_done(work):
    meeting = "The final CIN meeting took place on 9 March 2026."
    assert "rationale" in outcome(*full(work=work, meeting=meeting)).missing


@pytest.mark.parametrize("signer", [
    "Who completed this form? Priya Testworker, Social Worker, Intervention Team 9",
    "From\tPriya Testworker\tFamilies First Coach",
    "FromPriya TestworkerFamilies First Coach",  # label, name and title cells run together
    "Letter written by Priya Testworker, Social Worker, Intervention Team 9.",
])
def test_signed_in_form_and_table_layouts(signer):
    assert "signature" not in outcome(*full(closing="", signer=signer)).missing


@pytest.mark.parametrize("signer", [
    "Who completed this form? TBC",
    "From\tPriya",  # a first name only
    "FromPriyaFamilies First Coach",  # run together, still a first name only
    "FromPriya Testworker",  # run together, no job title
    "Letter written by Priya Testworker.",  # no job title
    "From 07/09/2026 Ms Pellow will lead the plan.",  # not a field
])
def test_form_and_table_sign_offs_without_a_full_name_and_title_are_missing(signer):
    assert "signature" in outcome(*full(closing="", signer=signer)).missing


@pytest.mark.parametrize("said", [
    "Mum is in agreement with the plan and Miss Dunn will lead it.",
    "Family agree with the plan: Yes - Mrs Quill signed it on 2 March.",
])
def test_the_family_agreeing_with_the_plan_is_consent(said):
    assert "consent" not in outcome(*full(consent=said)).missing


@pytest.mark.parametrize("said", [
    "Family agree with the plan: TBC",
    "Family agree with the plan: No",
    "Mum agreed with the plan to close the case.",  # closing, not help to come
    "The school agrees with the plan.",  # not the family
    "Mum is not in agreement with the plan.",
])
def test_agreeing_with_the_plan_answered_otherwise_or_by_others_is_not_consent(said):
    assert "consent" in outcome(*full(consent=said)).missing


def _plan_with_row(who: str) -> str:
    return PLAN + f"\nSpeech and language sessions\tReferred and first visit attended\t{who}\tBy 30 October 2026"


def test_a_professional_in_a_plan_table_s_who_cell_is_on_the_team():
    row = "Lena Sorvik, Speech and Language Therapist, Example Community Health"
    assert "team_around_family" not in outcome(*full(taf="", plan=_plan_with_row(row))).missing
    # near miss: the cell holds the lead practitioner, or a parent
    for who in ("Nora Pellow, Pastoral Lead, Fernbank Primary School", "Ms Quill (Mum)"):
        assert "team_around_family" in outcome(*full(taf="", plan=_plan_with_row(who))).missing
