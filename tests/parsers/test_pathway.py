from parsers.model import ClassifiedDocument, DocType, Pathway
from parsers.pathway import decide_pathway
from tests.stepdown import doc

# A Families First coach's letter with no pathway named, no assessment attached, and nothing from social care.
COACH_LETTER = """Families First, London Borough of Newham
4 March 2026
Dear Ms Quill,
Over the past months we have worked on routines and the family's needs are now level 2, so Families First
will close. Your Early Help Lead Practitioner is Nora Pellow, Pastoral Lead at Fernbank Primary School.
Yours sincerely
Sam Testworker"""


def _pathway(letter: str, cover: str) -> Pathway:
    letters = [ClassifiedDocument(doc=doc("letter.pdf", letter), type=DocType.CLOSURE_LETTER, is_assessment=False)]
    return decide_pathway(documents=letters, cover=cover, thread="", subject="Quill letter")[0]


def test_families_first_closing_and_the_record_to_follow_say_pathway_3():
    assert _pathway(COACH_LETTER, "Letter attached, the EHR will follow tomorrow.") is Pathway.THREE
    # near miss: the same letter written by social care says nothing of Families First or its record
    social_care = COACH_LETTER.replace("Families First, London", "Assessment and Intervention, London").replace(
        "so Families First\nwill close", "so the social care involvement\nwill end")
    assert _pathway(social_care, "Letter attached.") is Pathway.UNKNOWN


NEUTRAL_LETTER = ("4 March 2026\nDear Ms Quill,\nOur work together is ending and Ms Pellow at Elm Primary will be your lead "
                  "practitioner.\nYours sincerely\nSam Testworker")


def test_families_first_abbreviated_or_stepping_down_to_universal_is_pathway_3():
    for cover in ("FF closure for the Quill family attached.", "Step down to universal - Quill"):
        assert _pathway(NEUTRAL_LETTER, cover) is Pathway.THREE, cover
    # near misses: universal services named in passing, and "ff" in lower case, say nothing of the route
    assert _pathway(NEUTRAL_LETTER, "If universal services become aware of need they will refer; ff closure") is Pathway.UNKNOWN


def test_a_stated_step_down_from_the_assessment_team_outweighs_the_record_s_name():
    review = ("Early Help Record - Plan Review (Team Around the Family)\nRoute into early help: step down from the "
              "Assessment Team after a Single Assessment\nProgress and actions")
    docs = [ClassifiedDocument(doc=doc("TAF review.docx", review), type=DocType.TAF_REVIEW, is_assessment=False)]
    assert decide_pathway(documents=docs, cover="Review attached.", thread="", subject="TAF review")[0] is Pathway.TWO
    # near miss: without the stated route the record's name and the team's name do not tell them apart
    plain = review.replace("step down from the Assessment Team after a Single Assessment", "Assessment Team")
    docs = [ClassifiedDocument(doc=doc("TAF review.docx", plain), type=DocType.TAF_REVIEW, is_assessment=False)]
    assert decide_pathway(documents=docs, cover="Review attached.", thread="", subject="TAF review")[0] is Pathway.UNKNOWN
