import datetime as dt

from parsers.people import (
    children_by_first_name,
    children_in_lists,
    children_in_tables,
    children_with_dobs,
    family_names,
    lead_practitioner_mentions,
    merge_children,
    merge_lead_practitioners,
    repair_glyphs,
    sign_off,
    siblings_in_prose,
)
from parsers.model import Child

REF = dt.date(2026, 3, 12)


def test_children_in_the_letter_heading():
    text = "Transition to Early Help: Quill Family, Ada Quill (DOB 03/09/2016), Ben Quill, Cy Quill 4.5.21\nI am writing"
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", None), ("Cy Quill", dt.date(2021, 5, 4))}


def test_wrapped_heading_continues_only_mid_item():
    text = "Transition to Early Help: Quill Family, Ada Quill 03/09/2016, Ben\nQuill 04/05/2019\nI am writing to you"
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert ("Ben Quill", dt.date(2019, 5, 4)) in got


def test_empty_dob_label_is_no_dob():
    text = "Children\tAda Quill (DOB 03/09/2016); Ben Quill (DOB )\nDate plan agreed\t01/03/2026"
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", None)}


def test_table_rows_and_labels():
    text = "Name\tDOB\tGender\nAda Quill\t03/09/2016\tF\nBen Quill\t\tM\tElm Nursery\nAnn Quill\t\tF\tParent"
    got = {(m.name, m.dob) for m in children_with_dobs(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", None)}


def test_plan_deadlines_are_not_dates_of_birth():
    text = "Attend the group\tMs Quill\t20/04/2026\nMentoring\tAda Quill\t30/04/2026"
    assert children_with_dobs(text, REF) == []


def test_merge_accents_and_ocr():
    merged = merge_children([
        *children_in_lists("Transition to Early Help: Quill Family, Zofia Wiśniewska 03/09/2016", REF),
        *children_with_dobs("Zofia Wisniewska 03/09/2016 F", REF),
    ])
    assert len(merged) == 1 and merged[0].dob == dt.date(2016, 9, 3)


def test_sibling_named_only_in_prose():
    known = [Child("Ada Quill", dt.date(2016, 9, 3))]
    found = siblings_in_prose("You moved to Custom House and Ada and Kit have kept their school places.", known, "Quill")
    assert [(m.name, m.dob) for m in found] == [("Kit Quill", None)]


def test_family_name():
    assert family_names("Transition to Early Help: O’Neill Family, Ada O’Neill")[0] == "O’Neill"


def test_lead_practitioner_sentence():
    text = ("Your identified Early Help Lead Practitioner is Nora Pellow, Pastoral Lead, Fernbank Primary School "
            "(n.pellow@fernbank.example.org).\n\nKind regards\nSam\nT: 020 7946 0999")
    lp = lead_practitioner_mentions(text)[0]
    assert (lp.name, lp.role, lp.agency, lp.email, lp.phone) == (
        "Nora Pellow", "Pastoral Lead", "Fernbank Primary School", "n.pellow@fernbank.example.org", None)


def test_lead_practitioner_fields():
    text = "Lead Practitioner\nName Nora Pellow\nRole SENCo\nAgency Fernbank Primary School\nPhone 020 7946 0123"
    lp = lead_practitioner_mentions(text)[0]
    assert (lp.name, lp.role, lp.agency, lp.phone) == ("Nora Pellow", "SENCo", "Fernbank Primary School", "020 7946 0123")


def test_lead_practitioner_placeholder_or_tbc_is_none():
    assert lead_practitioner_mentions("Your identified Early Help Lead Practitioner is Name/Title/Contact Details.") == []
    assert lead_practitioner_mentions("The lead practitioner is to be confirmed.") == []


def test_named_before_agreeing_to_lead():
    lp = lead_practitioner_mentions("Ms Nora Pellow (SENCo, Fernbank Primary School) has agreed to be the lead practitioner.")[0]
    assert lp.name == "Nora Pellow" and lp.role == "SENCo"


def test_sign_off():
    assert sign_off("Dear Ms Quill\n...\nYours sincerely\n\nSam Example\nSocial Worker").title == "Social Worker"
    first_only = sign_off("Dear Ms Quill\n...\nKind regards\nSam\n")
    assert first_only.closing_found and first_only.title is None
    scanned = sign_off("With best wishes for the future\n\nWN IN\n\nSam Example\n\nFamilies First Coach")
    assert (scanned.name, scanned.title) == ("Sam Example", "Families First Coach")
    assert sign_off("With best wishes for the future\n\nName/Job Title").title is None


def test_household_table_with_a_relationship_column():
    text = "Name | Relationship | Date of birth\nAda Quill | Child | 03/09/2016\nBo Quill Son 04.05.21\nAnn Quill | Parent |"
    got = {(m.name, m.dob) for m in children_with_dobs(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Bo Quill", dt.date(2021, 5, 4))}


def _lp(text):
    from parsers.people import merge_lead_practitioners

    return merge_lead_practitioners(lead_practitioner_mentions(text))


def test_lead_practitioner_block_under_a_longer_heading_with_pipes():
    text = "Who will support you\nEarly Help Lead Practitioner |\nName | Nora Pellow\nRole | SENCo\nSetting | Fernbank Primary\nEmail | n.pellow@fernbank.example.org\n\nTeam Around the Family\nName Role Agency Contact"
    lp = _lp(text)
    assert (lp.name, lp.role, lp.agency, lp.email) == ("Nora Pellow", "SENCo", "Fernbank Primary", "n.pellow@fernbank.example.org")


def test_lead_practitioner_table_laid_across():
    text = "Lead practitioner\nName\tRole\tAgency\tPhone\nNora Pellow\tSENCo\tFernbank Primary\t020 7946 0123\nTAF meeting"
    lp = _lp(text)
    assert (lp.name, lp.role, lp.agency, lp.phone) == ("Nora Pellow", "SENCo", "Fernbank Primary", "020 7946 0123")


def test_lead_practitioner_agreed_to_lead_the_plan_contact_in_next_sentence():
    text = "Nora Pellow (School Nurse, Fernbank Health Centre) will coordinate the family plan. You can contact her on 07700 900111."
    lp = _lp(text)
    assert (lp.name, lp.role, lp.agency, lp.phone) == ("Nora Pellow", "School Nurse", "Fernbank Health Centre", "07700 900111")


def test_key_person_and_lead_professional_forms():
    lp = _lp("From now on your key worker will be Nora Pellow, Learning Mentor at Fernbank Academy – email np@fernbank.example.org.")
    assert (lp.name, lp.role, lp.agency, lp.email) == ("Nora Pellow", "Learning Mentor", "Fernbank Academy", "np@fernbank.example.org")
    lp = _lp("Nora Pellow, the Family Support Worker at Tollgate Family Hub, is taking the lead for your family (tel 020 7946 0555).")
    assert (lp.name, lp.agency, lp.phone) == ("Nora Pellow", "Tollgate Family Hub", "020 7946 0555")


def test_someone_elses_contact_is_not_the_lead_practitioners():
    text = "Nora Pellow (SENCo, Fernbank Primary) has agreed to lead the plan.\nOther professionals:\nAl Reyes – Youth Worker (07700 900222)"
    lp = _lp(text)
    assert lp.name == "Nora Pellow" and lp.phone is None and lp.email is None


def test_a_parent_happy_for_the_school_to_lead_is_not_the_lead():
    assert _lp("Ms Quill is happy for the school to lead the support from here.") is None


def test_sign_off_any_closing_line():
    # Closings are recognised by their make-up, not from the template's list.
    for closing in ("With warmest wishes", "Warm regards,", "Many thanks again", "All the very best for the future",
                    "Yours sincerely", "Best,"):
        so = sign_off(f"Dear Ms Quill\nThe plan is attached.\n{closing}\n\nSam Example\nFamily Support Worker\n")
        assert (so.name, so.title) == ("Sam Example", "Family Support Worker"), closing
    # Prose that happens to use closing words is not a closing line.
    assert not sign_off("Dear Ms Quill\nThank you for your help. We met twice.\nSam Example\nSocial Worker").closing_found


def test_any_heading_that_names_the_family_lists_the_children():
    # however the heading is worded, "<Surname> Family:" then the children; a wrapped name and a child with no DOB
    text = "Moving on to early help – Quill Family: Ada Quill, born 3 Sep 2016, Ben\nQuaye\nThank you for all your work."
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quaye", None)}
    bullet = "• Children: Ada Quill, DOB 03-09-2016, Ben Quill, DOB: 04-05-2019"
    got = {(m.name, m.dob) for m in children_in_lists(bullet, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))}


def test_children_said_to_have_no_known_dob():
    table = "Name\tDate of birth / relationship\nAda Quill\t03/09/2016\nBen Quaye\tNot known\nMs Quill\tParent"
    got = {(m.name, m.dob) for m in children_with_dobs(table, REF)}
    assert ("Ben Quaye", None) in got and ("Ada Quill", dt.date(2016, 9, 3)) in got
    prose = "Ben Quaye (DOB not known) lives with his mother."
    assert [(m.name, m.dob) for m in children_with_dobs(prose, REF)] == [("Ben Quaye", None)]


import pytest  # noqa: E402


@pytest.mark.parametrize("cell", ["Not recorded", "unknown", "n/k", "TBC", "—", "", "Not known"])
def test_a_household_row_with_no_usable_dob_is_a_child_without_one(cell):
    # a PDF table loses its tabs: "Ben Quaye Not recorded" must not become a name "Ben Quaye Not"
    for sep in ("\t", " "):
        table = f"Name{sep}Date of birth{sep}Gender\nAda Quill{sep}03/09/2016{sep}F\nBen Quaye{sep}{cell}\nReason for assessment"
        got = {(m.name, m.dob) for m in children_with_dobs(table, REF)}
        assert got == {("Ben Quaye", None), ("Ada Quill", dt.date(2016, 9, 3))}, (sep, cell)


def test_a_children_heading_over_one_child_a_line_keeps_the_child_without_a_dob():
    text = "Children:\nAda Quill (DOB 03/09/2016)\nBen Quaye\nDear Ms Quill,"
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quaye", None)}


def test_a_missing_glyph_box_is_still_a_name_and_is_repaired_from_the_email():
    text = "Re: Wi\u25a0niak Family – Ola Wi\u25a0niak, DOB: 04-10-2011\nDear Ms Wi\u25a0niak"
    got = [(m.name, m.dob) for m in children_in_lists(text, REF)]
    assert got == [("Ola Wi\u25a0niak", dt.date(2011, 10, 4))]
    assert repair_glyphs("Ola Wi\u25a0niak", {"Wiśniak", "Letter"}) == "Ola Wiśniak"
    assert repair_glyphs("Ola Wi\u25a0niak", {"Wiśniak", "Wiániak"}) == "Ola Wi\u25a0niak"  # ambiguous: left alone


@pytest.mark.parametrize("text", [
    # introduced by role in one place, named with contacts under a later heading
    "The school's Pastoral Lead will lead your early help plan.\n\nContact details for your lead practitioner\n"
    "Mrs Nora Pellow, Pastoral Lead, Fernbank Primary School - telephone 020 7946 0111, email n.pellow@fernbank.example.org\n"
    "Yours sincerely",
    # heading, then one sentence
    "Early help lead practitioner\nMr Nora Pellow, Pastoral Lead, Fernbank Primary School. Phone 020 7946 0111; "
    "email n.pellow@fernbank.example.org\nTeam Around the Family\nMs Ann Other - Class Teacher",
    # heading, then a card of lines
    "Your lead practitioner\nMs Nora Pellow\nPastoral Lead\nFernbank Primary School\n"
    "n.pellow@fernbank.example.org / 020 7946 0111\nTeam Around the Family\n• Mr Owen Marsh, School Nurse",
    # "agreed with the family:"
    "Early Help Lead Practitioner agreed with the family: Nora Pellow, Pastoral Lead,\nFernbank Primary School "
    "(020 7946 0111 / n.pellow@fernbank.example.org).",
])
def test_lead_practitioner_under_a_heading_or_agreed_label(text):
    lp = merge_lead_practitioners(lead_practitioner_mentions(text))
    assert lp is not None and lp.name == "Nora Pellow"
    assert lp.email == "n.pellow@fernbank.example.org" and lp.phone == "020 7946 0111"
    assert lp.role == "Pastoral Lead"


def test_a_heading_over_a_placeholder_gives_no_lead_practitioner():
    text = "Your lead practitioner\nName/Title/Contact Details\nTeam Around the Family\nName/Title/Contact Details"
    assert lead_practitioner_mentions(text) == []


def test_children_with_ordinal_dobs_in_a_table_and_dashed_bullets():
    table = "Name\tBorn\tSchool\nAda Quill\tthe 4th of March 2015\tFernbank Primary\nBen Quill\t12.11.17\tFernbank Primary"
    got = [(c.name, c.dob) for c in children_with_dobs(table, None)]
    assert got == [("Ada Quill", dt.date(2015, 3, 4)), ("Ben Quill", dt.date(2017, 11, 12))]
    bullets = "- Ada Quill - born 2 Feb 2019\n- Ben Quill - born 10 Apr 2022"
    got = [(c.name, c.dob) for c in children_with_dobs(bullets, None)]
    assert got == [("Ada Quill", dt.date(2019, 2, 2)), ("Ben Quill", dt.date(2022, 4, 10))]


@pytest.mark.parametrize("text", [
    "I am writing about Ben Quill (11.02.2016) and his sister Ada Quill (born March 2021).",
    "Notification of Case Closure: Quill Family, Ada Quill child\nDOB, Ben Quill child DOB\nDear Colleague",
])
def test_a_child_with_only_a_month_and_year_or_an_empty_dob_is_listed_without_a_dob(text):
    got = {c.name: c.dob for c in children_with_dobs(text, None)}
    assert "Ada Quill" in got and got["Ada Quill"] is None


def test_a_worker_above_a_children_table_is_not_a_child():
    text = "Allocated worker Sam Testworker\nChild Date of birth\nAda Quill 03/09/2016"
    assert [c.name for c in children_with_dobs(text, None)] == ["Ada Quill"]


def test_the_parent_greeted_in_the_letter_is_not_a_sibling():
    known = [Child("Ada Quill", dt.date(2016, 9, 3))]
    text = "Ms Nia Quill\n1 Example Road\nDear Nia,\nWeekly check-in with Ada and Nia\tMrs Pellow\tEvery Friday"
    assert siblings_in_prose(text, known, "Quill") == []
    assert [m.name for m in siblings_in_prose("Weekly check-in with Ada and Nia.", known, "Quill")] == ["Nia Quill"]


def test_a_box_is_repaired_from_a_related_spelling_of_the_surname():
    vocabulary = {"Hanna", "Kraśnicki", "Quill"}
    assert repair_glyphs("Ola Kra\u25a0nicka", vocabulary) == "Ola Kraśnicka"
    # two different letters between the same neighbours: left as it is
    assert repair_glyphs("Ola Kra\u25a0nicka", vocabulary | {"Krasnicki"}) == "Ola Kra\u25a0nicka"


@pytest.mark.parametrize("text, role, agency", [
    ("Lead Practitioner (LP): Nora Pellow, Family Support Worker, Elm Hub, 020 7946 0111", "Family Support Worker", "Elm Hub"),
    ("Lead professional:\nNora Pellow\nSENCo, Fernbank Primary\nTel: 020 7946 0111", "SENCo", "Fernbank Primary"),
    ("Early help will be led by Mrs Nora Pellow, SENCo at Fernbank Primary (020 7946 0111).", "SENCo", "Fernbank Primary"),
    ("Your key worker will be Mrs Nora Pellow, SENCo at Fernbank Primary (020 7946 0111).", "SENCo", "Fernbank Primary"),
])
def test_more_ways_of_naming_the_lead_practitioner(text, role, agency):
    lp = merge_lead_practitioners(lead_practitioner_mentions(text))
    assert lp is not None and (lp.name, lp.role, lp.agency, lp.phone) == ("Nora Pellow", role, agency, "020 7946 0111")


def test_someone_leading_a_group_is_not_the_lead_practitioner():
    text = "Mum attends a parenting group led by Ms Ann Other (Parenting Practitioner, Elm Hub)."
    assert lead_practitioner_mentions(text) == []


def test_dobs_after_an_age_aside_or_alone_in_brackets():
    text = "This letter is about Ada Quill, aged 9 (DOB: 3rd September 2016) and Ben Quill (04/05/2019)."
    got = [(c.name, c.dob) for c in children_with_dobs(text, dt.date(2026, 5, 1))]
    assert got == [("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))]


@pytest.mark.parametrize("text, expected", [
    ("About Ada Quill (DOB 03/09/2016) and her brother Ben (DOB 04/05/2019).", [("Ben Quill", dt.date(2019, 5, 4))]),
    ("The Quill family - Ada (03/09/2016) and Ben, born 4 May 2019.",
     [("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))]),
    # named, but with no date of birth: still a child of the family, so the DOB is asked for
    ("About Ada Quill (DOB 03/09/2016) and her little brother Ben.", [("Ben Quill", None)]),
])
def test_children_named_by_first_name_only(text, expected):
    got = [(m.name, m.dob) for m in children_by_first_name(text, "Quill", dt.date(2026, 5, 1))]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Mum has support from her brother Tom, who lives nearby.",        # an uncle
    "The TAF (03/03/2026) agreed the plan.",                          # an acronym
    "Ada\nQuill (DOB 03/09/2016)",                                    # a surname wrapped onto the next line
    "Dear Nia,\nNia (03/03/2026) agreed the plan.",                   # the parent the letter greets
])
def test_first_name_readings_that_are_not_children(text):
    assert children_by_first_name(text, "Quill", dt.date(2026, 5, 1)) == []


def test_a_heading_that_names_the_family_then_the_children_by_first_name():
    text = "Notification of Case Closure: Quill Family, Ada 03/09/2016,\nBen 04/05/2019\n\nI am writing to notify you"
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))}
    # near miss: no family named in the heading, so a first name alone is no child
    assert children_in_lists("Transition to Early Help: Ada 03/09/2016, Ben 04/05/2019", REF) == []


def test_the_heading_words_inside_a_sentence_open_no_list():
    text = ("Transition to Early Help: Quill Family, Ada Quill 03/09/2016\n"
            "I confirm that we have discussed transition to early help support for you and your family\n"
            "The final meeting took place on 2 March 2026 with you, Sam Testworker and Jo Example (School Nurse)")
    assert [m.name for m in children_in_lists(text, REF)] == ["Ada Quill"]


def test_a_first_name_with_a_surname_of_its_own_is_not_a_sibling():
    known = [Child("Ada Quill", dt.date(2016, 9, 3))]
    text = "The meeting was held with you, Ada, Ben and Sam Testworker."
    assert [m.name for m in siblings_in_prose(text, known, "Quill")] == ["Ben Quill"]


def test_a_lead_practitioner_table_whose_header_cells_name_two_fields():
    text = ("Your Early Help Lead Practitioner\nName\tRole / agency\tContact\n"
            "Nora Pellow\tPastoral Lead, Fernbank Primary School\t020 7946 0001 / n.pellow@fernbank.example.org\n\n"
            "Team Around the Family\nName\tRole\tAgency\nOwen Marsh\tSchool Nurse\tFernbank Health Service")
    lp = merge_lead_practitioners(lead_practitioner_mentions(text))
    assert (lp.name, lp.role, lp.agency, lp.email, lp.phone) == (
        "Nora Pellow", "Pastoral Lead", "Fernbank Primary School", "n.pellow@fernbank.example.org", "020 7946 0001")
    # near miss: a placeholder in the name cell names nobody
    assert lead_practitioner_mentions(text.replace("Nora Pellow\t", "To be identified\t").split("\n\n")[0]) == []


def test_a_form_is_signed_in_a_field_at_its_foot():
    form = "STEP DOWN FORM\n1. Date of form: 04/03/2026\n2. Family: Quill\n10. Risks: none known.\nCompleted by: Priya Testworker, Social Worker, Intervention Team"
    so = sign_off(form)
    assert (so.name, so.title) == ("Priya Testworker", "Social Worker, Intervention Team")
    # near misses: a name without a title, and a signature field far from the foot of the form
    assert sign_off(form.replace(", Social Worker, Intervention Team", "")).title is None
    early = "STEP DOWN FORM\nCompleted by: Priya Testworker, Social Worker\n" + "\n".join(f"{i}. Item {i}" for i in range(1, 9))
    assert sign_off(early).name is None


def test_children_from_a_table_with_a_name_column_and_a_dob_column_anywhere():
    text = ("Household\nName\tSchool / setting\tD.O.B.\nAda Quill\tYear 3, Elm Primary\t03/09/2016\n"
            "Ben Quill\tElm Nursery\tnot known\nNia Quill\tMother\t01/01/1990\n\n"
            "Plan\nName\tAction\tBy when\nAttend the group\tMs Quill\t12/12/2026")
    got = [(m.name, m.dob) for m in children_in_tables(text, REF)]
    assert got == [("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", None)]
    # near miss: a table without a date-of-birth column (a plan's "By when") gives no children
    assert children_in_tables("Name\tRole\tBy when\nSam Testworker\tNurse\t03/09/2026", REF) == []


def test_more_ways_of_listing_children():
    listed = children_in_lists("Children\nAda Quill - 03/09/2016\nBen Quill - 04/05/2019\n\nThe plan", REF)
    assert [(m.name, m.dob) for m in listed] == [("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))]
    aged = children_with_dobs("Ada Quill, 9 years old (DOB: 3/9/16)", REF)
    assert [(m.name, m.dob) for m in aged] == [("Ada Quill", dt.date(2016, 9, 3))]
    export = children_in_tables("Name\tDate of Birth\tAge\nQUILL, Ada\t03/09/2016\t9", REF)
    assert [(m.name, m.dob) for m in export] == [("Ada Quill", dt.date(2016, 9, 3))]
    # near miss: a "Children" heading over prose lists nobody
    assert children_in_lists("Children\nThe children are doing well at Elm Primary.", REF) == []
    # near miss: a plan row's wrapped "children" above an adult with a deadline is no list
    assert children_in_lists("What\tWho\tBy when\nOffer breakfast club for both\nchildren\nMrs Jo Example 22/09/2026", REF) == []


def test_a_listed_child_with_a_note_and_no_date_of_birth_is_still_listed():
    text = "Children: Ada Quill – 03/09/2016; Ben Quill (youngest)\n\nOutcome: closed."
    got = {(m.name, m.dob) for m in children_in_lists(text, REF)}
    assert got == {("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", None)}
    # a note that is not after a name names nobody
    assert {m.name for m in children_in_lists("Children: (see the attached record)\n", REF)} == set()


def test_lead_practitioner_labels_qualified_or_glued_to_the_name():
    forward = lead_practitioner_mentions("Lead Practitioner going forward: Mira Penn, Learning Mentor, Larkspur Primary, 020 7946 0001\n")
    assert forward and forward[0].name == "Mira Penn" and forward[0].phone == "020 7946 0001"
    glued = lead_practitioner_mentions("Lead PractitionerMira Penn, Learning Mentor, Larkspur Primary, 020 7946 0001\n")
    assert glued and glued[0].name == "Mira Penn"
    # a placeholder glued to the label names nobody
    assert lead_practitioner_mentions("Lead PractitionerTBC\n") == []


def test_lead_practitioner_contact_details_line_and_leading_the_network():
    got = lead_practitioner_mentions("2. Lead Practitioner contact details – Mira Penn, Learning Mentor, Larkspur Primary, 020 7946 0001.\n")
    assert got and got[0].name == "Mira Penn" and got[0].phone == "020 7946 0001"
    prose = lead_practitioner_mentions("Ms Mira Penn, Learning Mentor at Larkspur Primary, will lead the network from now on (m.penn@example.org).\n")
    assert prose and prose[0].name == "Mira Penn" and prose[0].email == "m.penn@example.org"
    # someone else's network: not the family's lead
    assert lead_practitioner_mentions("Mira Penn is a Learning Mentor at Larkspur Primary and runs a network of volunteers.\n") == []


def test_a_bare_lead_field_at_a_line_start_names_the_lead_practitioner():
    found = lead_practitioner_mentions("Lead: Mira Penn, Learning Mentor, 07700 900001,\nm.penn@larkspur.example.org\n")
    assert found and found[0].name == "Mira Penn"
    # "lead" inside a sentence or a table's "Lead" column names nobody
    assert lead_practitioner_mentions("The school will take the lead: Mira Penn will phone weekly.\n") == []
    assert lead_practitioner_mentions("Action\tLead\tWhen\nReading\tMira Penn\t3/3/2026\n") == []
