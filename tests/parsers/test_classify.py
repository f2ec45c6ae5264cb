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
