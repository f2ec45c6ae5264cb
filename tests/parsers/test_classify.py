import pytest

from parsers.classify import classify, classify_text
from parsers.model import DocStatus, DocType
from tests.stepdown import PLAN, SINGLE_ASSESSMENT, doc, letter

NOTIFICATION = """10 May 2026
Dear Colleague
Notification of Case Closure: Quill Family, Ada Quill (DOB 03/09/2016)
I am writing to notify you of case closure for the above family to Families First.
It is not considered at this time that the family requires early help to meet their needs.
Best wishes
Jo Bloggs
Families First Coach"""

EHR = """Newham Early Help Record
Family Quill family
Date Early Help Record started 01/02/2026
Date updated / reviewed 01/03/2026
Assessment
What are we worried about? Routines at home.
What is working well? Mum is committed."""

REVIEW = """Early Help Record – Plan Review (TAF meeting)
Family Quill family
Date of TAF review 01/07/2026
Next review date 12/08/2026
Review number 1"""


@pytest.mark.parametrize(
    "text, filename, expected, assessment",
    [
        (letter(), "letter.docx", DocType.CLOSURE_LETTER, False),
        (NOTIFICATION, "notification.pdf", DocType.CLOSURE_NOTIFICATION, False),
        (SINGLE_ASSESSMENT, "SA.pdf", DocType.SINGLE_ASSESSMENT, True),
        (EHR, "record.pdf", DocType.EARLY_HELP_RECORD, True),
        (PLAN, "plan.docx", DocType.EARLY_HELP_RECORD, False),
        (REVIEW, "review.docx", DocType.TAF_REVIEW, False),
        ("Early Help – Consent to support and information sharing\nSigned: Ann Quill", "consent.pdf", DocType.OTHER, False),
        ("Holiday photos", "IMG_0001.pdf", DocType.OTHER, False),
    ],
)
def test_types(text, filename, expected, assessment):
    c = classify_text(text, filename)
    assert c.type is expected
    assert c.is_assessment is assessment


def test_password_protected_file_is_typed_by_its_name():
    c = classify(doc("Single Assessment - Quill.pdf", "", status=DocStatus.ENCRYPTED))
    assert c.type is DocType.SINGLE_ASSESSMENT


def test_logo_image_is_other():
    c = classify(doc("image001.png", "", status=DocStatus.EMPTY))
    assert c.type is DocType.OTHER


WARM_LETTER_WITH_TAF_PLAN = """3 March 2026
Dear Ada,
I wanted to write now that my work with you and Ben (born 4 May 2019) over these last months comes to an end.
The Team Around the Family meeting was held on 1 March 2026 and the plan below was agreed.
What\tWho\tBy when
Hold the first TAF review meeting\tNora Pellow\t30/03/2026
Book a dentist appointment\tAda\t20/03/2026
Nora Pellow (Pastoral Lead, Fernbank Primary) will be your Early Help Lead Practitioner from now on.
Take care"""


def test_a_closing_letter_mentioning_a_taf_review_meeting_is_a_letter_not_a_review():
    got = classify_text(WARM_LETTER_WITH_TAF_PLAN, "Ada Quill - letter.docx")
    assert got.type is DocType.CLOSURE_LETTER
    # the review itself, with its review dates, stays a review even if it greets someone
    assert classify_text("Dear colleagues,\n" + REVIEW + "\nThe lead practitioner will close the plan.", "review.docx").type is DocType.TAF_REVIEW


LETTER_ABOUT_THE_ASSESSMENT = """Assessment Service (North)
2 June 2026
Dear Mr Quill
What your Single Assessment found
We completed the Single Assessment after the nursery raised a worry about Ben's speech.
Ben is safe and well cared for, so social care will close the case and early help will continue.
Your lead practitioner will be Nora Pellow, Pastoral Lead at Fernbank Primary.
Yours sincerely
Sam Testworker"""

LETTER_ABOUT_THE_RECORD = """Families First (North)
Date: 2 June 2026
Dear Ada,
Moving on from Families First
At the meeting we reviewed your Early Help Record and agreed that my work with you can end.
Nora Pellow will lead your early help plan from now on.
With best wishes,
Sam Testworker"""


@pytest.mark.parametrize("text", [LETTER_ABOUT_THE_ASSESSMENT, LETTER_ABOUT_THE_RECORD])
def test_a_letter_naming_the_assessment_below_its_salutation_is_a_letter(text):
    assert classify_text(text, "Quill - outcome.docx").type is DocType.CLOSURE_LETTER


def test_a_record_titled_on_its_first_line_is_a_record_even_when_it_says_step_down():
    text = ("EARLY HELP RECORD - update at closure\nReview date: 24 June 2026\nProgress\nGood attendance.\n"
            "Outcome\nStep down to early help from universal services, school to lead.")
    assert classify_text(text, "EHR Quill review.docx").type is DocType.EARLY_HELP_RECORD


def test_a_letter_headed_with_the_assessment_above_its_salutation_is_still_a_letter():
    text = ("Single Assessment outcome\n2 June 2026\nDear Ms Quill,\nWe have finished the assessment. Social care will close "
            "the case and your lead practitioner will be Nora Pellow.\nYours sincerely\nSam Testworker")
    assert classify_text(text, "Quill.docx").type is DocType.CLOSURE_LETTER


def test_a_letter_below_a_long_address_block_is_a_letter():
    address = "Children's Services\nNorth Team\n1 Example Road\nLondon\nE1 1AA\nMs Ann Quill\n2 Example Street\nLondon\nE1 2BB\nOur ref: QX-1\n"
    text = address + LETTER_ABOUT_THE_ASSESSMENT.split("\n", 1)[1]
    assert classify_text(text, "Quill.pdf").type is DocType.CLOSURE_LETTER


# A letter in a hurry: no "Transition to Early Help" heading, abbreviations and a typo, a filename that says little.
TERSE_LETTER = """Assessment Team (North)
Date: 04/03/26
Dear Ms Quill
RE: Ada Quill d.o.b 03/09/2016
Im writing following the final CIN meeting held on 01/03/26 at Elm Primary with yourself, the DSL and myself.
At the meeting you said you consent to EH support and your happy for the school to share information with the TAF.
Ada's attendance is now 95% and the remaining needs are level 2 so the CIN plan is closing.
Lead Practioner - Sam Testworker, Learning Mentor at Elm Primary, who will call you next week.
If Ada's attendance drops the school will call a TAF and seek advice, and refer to Triage if there is risk of harm.
Regards

Priya Testworker
Social Worker"""


def test_a_letter_to_the_family_about_closing_is_a_closure_letter_by_its_shape():
    assert classify_text(TERSE_LETTER, "quill ltr.docx").type is DocType.CLOSURE_LETTER
    # near miss: the same text to a colleague is not a letter to the family
    assert classify_text(TERSE_LETTER.replace("Dear Ms Quill", "Dear Colleague"), "quill ltr.docx").type is DocType.OTHER


def test_a_family_plan_with_a_reviewed_action_is_not_a_review():
    plan = ("Family plan - Quill\nWhat\tWho\tBy when\nBehaviour support plan reviewed\tSam Testworker\t04/12/2026\n"
            "TAF review\tAll\t12/12/2026\nAttend the parenting group\tMs Quill\tby 19/12/2026")
    c = classify_text(plan, "Quill family plan.docx")
    assert c.type is DocType.EARLY_HELP_RECORD and not c.is_assessment
    # near miss: a review titled as one is still a review
    assert classify_text("Early Help Plan Review - Quill\n" + plan.split("\n", 1)[1], "review.docx").type is DocType.TAF_REVIEW


@pytest.mark.parametrize("text, expected, assessment", [
    # an assessment form whose recommendation says "step down to early help" is still the assessment
    ("C&F ASSESSMENT\nChild\tDOB\nAda Quill\t03/09/2016\nAssessment completed\t12/03/2026\nAnalysis\nAda is doing well.\n"
     "Recommendation\nStep down to early help.", DocType.SINGLE_ASSESSMENT, True),
    ("Family Support Assessment and Plan\nFamily: Quill\nWhat's working well\nRoutines\nWhat we are worried about\nSleep",
     DocType.EARLY_HELP_RECORD, True),
    ("TAF Meeting Review\nDate of meeting: 12/03/2026\nProgress against the plan\nGood.\nNext review date: 12/05/2026",
     DocType.TAF_REVIEW, False),
    # near miss: the same heading as a heading (no sentence) names a step-down form
    ("STEP DOWN TO EARLY HELP - SUMMARY\nFamily: Quill\nConsent: given on 02/03/2026", DocType.CLOSURE_LETTER, False),
])
def test_forms_worded_in_other_ways(text, expected, assessment):
    c = classify_text(text, "document.docx")
    assert (c.type, c.is_assessment) == (expected, assessment)


FORM_LETTER = """Date\t02/03/2026
To\tMr Tomas Quill
Re\tClosing the Child in Need plan – Quill family
Child\tDate of birth
Ada Quill\t03/09/2016
Why we are closing\tThe plan has ended: home routines are settled, Ada attends every day and the risks that brought
us in have gone. What help remains can be given by school through early help.
Consent\tMr Quill agreed to early help at the final meeting and signed the consent form.
Lead Practitioner\tMira Penn, Learning Mentor, Larkspur Primary, 020 7946 0001
Goal\tAction\tWho\tBy
Attendance\tMorning check-in\tMira Penn\t30/04/2026
If things go wrong\tSchool will call a meeting within a week and refer to triage if Ada is at risk.
Signed\tJo Bloggs, Social Worker"""


def test_a_letter_set_out_in_tables_and_addressed_to_the_family_is_a_closure_letter():
    assert classify_text(FORM_LETTER, "Quill.docx").type is DocType.CLOSURE_LETTER


def test_a_form_letter_with_its_label_glued_to_the_name_is_still_signed():
    glued = FORM_LETTER.replace("Signed\tJo Bloggs", "FromJo Bloggs")
    assert classify_text(glued, "Quill.docx").type is DocType.CLOSURE_LETTER


@pytest.mark.parametrize("change", [
    ("To\tMr Tomas Quill", "To\tAll colleagues"),     # addressed to professionals, not the family
    ("Signed\tJo Bloggs, Social Worker", "Social worker's notes end here"),  # nobody signs or sends it
])
def test_near_miss_form_letters_are_not_letters(change):
    text = FORM_LETTER.replace(*change)
    assert classify_text(text, "Quill.docx").type is not DocType.CLOSURE_LETTER


def test_an_early_help_record_reviewed_at_a_taf_meeting_is_still_the_record():
    reviewed = """Early Help Record – closing review
Ada Quill (DOB 03/09/2016)
Last updated: 21/01/2026 (TAF review)
Assessment
What are we worried about? Routines at home.
What is working well? Mum is committed."""
    c = classify_text(reviewed, "Quill EHR.docx")
    assert c.type is DocType.EARLY_HELP_RECORD and c.is_assessment


def test_a_review_with_the_reviews_own_fields_is_still_a_review():
    assert classify_text(REVIEW + "\nProgress against the plan: good.", "").type is DocType.TAF_REVIEW


LABELLED_LETTER = """Date of letter: 02/03/2026

To: Mr Tomas Quill

Re: Transition to Early Help – Quill family

Child: Ada Quill (DOB 03/09/2016)

Consent: Mr Quill agreed to early help at the final meeting and signed the consent form.

Why we are closing: home routines are settled, Ada attends every day and the worries that brought us in have
gone, so our involvement ends and school will carry on supporting the family through early help.

Lead Practitioner: Mira Penn, Learning Mentor, Larkspur Primary, 020 7946 0001

Plan: morning check-in with Ms Penn until 30/04/2026.

Kind regards,
Jo Bloggs
Social Worker"""


def test_a_letter_written_as_labelled_lines_is_a_closure_letter():
    from parsers.classify import labelled_letter
    assert labelled_letter(LABELLED_LETTER) is DocType.CLOSURE_LETTER
    notification = LABELLED_LETTER.replace("Re: Transition to Early Help", "Subject: Notification of Case Closure")
    assert labelled_letter(notification) is DocType.CLOSURE_NOTIFICATION


@pytest.mark.parametrize("change", [
    ("Date of letter: 02/03/2026\n\nTo: Mr Tomas Quill\n\nRe: Transition to Early Help – Quill family", "Summary of the case"),
    ("Kind regards,\nJo Bloggs", "Notes end"),  # not signed off
    ("To: Mr Tomas Quill", "To: Jo Bloggs <jo@example.org>\nSent: 01/03/2026 10:00"),  # a forwarded email's header
])
def test_near_miss_labelled_notes_are_not_letters(change):
    from parsers.classify import labelled_letter
    assert labelled_letter(LABELLED_LETTER.replace(*change)) is None


CSC_CLOSURE_LETTER = """09-Mar-2026
Closure to Children's Social Care - Quill family
Ada Quill 03-Sep-2016
The assessment found no ongoing safeguarding concerns; remaining needs are level 2.
Mum is in agreement with the plan.
Lead: Nora Pellow, Pastoral Lead, Fernbank Primary School
Sam Testworker
Social Worker, Assessment Team"""


def test_a_terse_letter_headed_closure_to_social_care_is_a_closure_letter():
    assert classify_text(CSC_CLOSURE_LETTER, "Quill.pdf").type is DocType.CLOSURE_LETTER
    # near miss: the same words deep in a form, not its heading, say nothing of the document
    buried = "Review notes\n" + CSC_CLOSURE_LETTER.replace("Closure to Children's Social Care - Quill family\n", "") + (
        "\nThe family asked about closure to children's social care.")
    assert classify_text(buried, "Quill.pdf").type is not DocType.CLOSURE_LETTER
