import datetime as dt

import pytest

from parsers.analyse import analyse, assessment_date_of, letter_date_of
from parsers.model import DocStatus, DocType, Kind, Pathway
from tests.stepdown import PLAN, SINGLE_ASSESSMENT, doc, letter, parsed


def test_submission_pathway_1():
    a = analyse(parsed(), [doc("Closure letter.pdf", letter()), doc("SA.pdf", SINGLE_ASSESSMENT), doc("Plan.docx", PLAN)])
    assert a.kind is Kind.SUBMISSION
    assert a.neighbourhood == "east"
    assert a.pathway is Pathway.ONE
    assert a.family == "Quill"
    assert [(c.name, c.dob) for c in a.children] == [("Ada Quill", dt.date(2016, 9, 3)), ("Ben Quill", dt.date(2019, 5, 4))]
    assert a.lead_practitioner and a.lead_practitioner.email == "n.pellow@fernbank.example.org"
    assert a.letter_date == dt.date(2026, 3, 12)
    assert a.assessment_date == dt.date(2026, 1, 20)
    assert [d.type for d in a.documents] == [DocType.CLOSURE_LETTER, DocType.SINGLE_ASSESSMENT, DocType.EARLY_HELP_RECORD]


def test_nam_address_case_insensitive_and_in_cc():
    a = analyse(parsed(to="SouthNAM@Newham.gov.uk"), [doc("letter.pdf", letter())])
    assert a.neighbourhood == "south"


def test_letter_in_body_is_a_document():
    body = "Hi, the letter is below.\n\n" + letter() + "\n\nPriya Testworker\nSocial Worker\nT: 020 3373 0000"
    a = analyse(parsed(body), [])
    assert a.documents[0].doc.filename == "(body)"
    assert a.documents[0].type is DocType.CLOSURE_LETTER


def test_letter_attached_and_pasted_in_the_body_is_two_letters():
    # word-processor text wraps differently from the email's: the copy is recognised by its sentences
    attached = letter()
    body = "Hi, letter attached and below in case it won't open.\n\n" + attached.replace(". ", ".\n") + "\n\nPriya"
    a = analyse(parsed(body), [doc("Closure letter.docx", attached), doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert [(d.doc.filename, d.type) for d in a.documents[:2]] == [
        ("(body)", DocType.CLOSURE_LETTER), ("Closure letter.docx", DocType.CLOSURE_LETTER)]


def test_cover_note_about_an_attached_letter_is_not_a_letter():
    body = ("Dear colleagues,\n\nTransition to Early Help: Quill Family\n\nPlease find the closure letter attached. "
            "Mum consented to early help on 2 March.\n\nThanks\nPriya")
    a = analyse(parsed(body), [doc("Closure letter.docx", letter()), doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert all(d.doc.filename != "(body)" for d in a.documents)


def test_auto_reply_is_not_a_submission():
    a = analyse(parsed("I am out of the office.", headers=(("Auto-Submitted", "auto-replied"),)), [])
    assert a.kind is Kind.NOT_A_SUBMISSION
    assert a.pathway is Pathway.UNKNOWN and a.family is None and a.children == ()


def test_report_and_bulk_mail_are_not_submissions():
    assert analyse(parsed("Delivery failed", content_type="multipart/report"), []).kind is Kind.NOT_A_SUBMISSION
    news = parsed("In this issue: the NAM process", headers=(("Precedence", "bulk"),))
    assert analyse(news, []).kind is Kind.NOT_A_SUBMISSION


def test_reply_quoting_our_query():
    body = ("Hi, the assessment is attached as requested.\n\nSam\n\n"
            "From: eastNAM@newham.gov.uk <eastNAM@newham.gov.uk>\nSent: 1 March 2026 10:00\nTo: Sam\n"
            "Subject: RE: Quill\n\nThanks for the Quill family (Pathway 2) documents. Please send the Single Assessment."
            " We held the final CIN meeting on 1 March.")
    a = analyse(parsed(body, subject="RE: Quill", in_reply_to=("<q@x>",)), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert a.kind is Kind.REPLY_WITH_MISSING_ITEM
    assert "final CIN meeting" not in a.cover_text  # our query is never the worker's evidence
    assert "Pathway 2" in a.thread_text


def test_notification_is_pathway_none():
    text = "10 May 2026\nDear Colleague\nNotification of Case Closure: Quill Family, Ada Quill 03/09/2016\n" \
           "It is not considered at this time that the family requires early help.\nBest wishes\nSam Example\nSocial Worker"
    assert analyse(parsed(), [doc("App 4.pdf", text)]).pathway is Pathway.NONE


def test_no_route_is_unknown():
    plain = letter(signer="Sam Example\nSocial Worker", meeting="")
    assert analyse(parsed(), [doc("letter.docx", plain)]).pathway is Pathway.UNKNOWN


def test_encrypted_letter_gives_no_letter_date():
    a = analyse(parsed(), [doc("Closure letter.pdf", "", status=DocStatus.ENCRYPTED)])
    assert a.letter_date is None
    assert a.documents[0].type is DocType.CLOSURE_LETTER


def test_dates():
    assert letter_date_of("Private\nMs Quill\n\n12th March 2026\n\nDear Ms Quill\nOn 1 March 2020 ...") == dt.date(2026, 3, 12)
    sa = "Assessment start date 01/08/2025\nDate of assessment 20/08/2025\nAssessment updated 02/02/2026\nPrinted on 10/03/2026"
    assert assessment_date_of(sa) == dt.date(2026, 2, 2)
    assert assessment_date_of("Printed by X on 10/03/2026\nDate of assessment 20/08/2025") == dt.date(2025, 8, 20)


def test_letter_date_written_with_article():
    assert letter_date_of("Ms Quill\nthe 4th of March 2026\nDear Ms Quill,\nOn 1 May 2020") == dt.date(2026, 3, 4)


def test_letter_date_of_a_letter_pasted_under_a_cover_note():
    text = "Dear colleagues,\nMy letter is below.\n-----\n19/05/2026\nDear Ms Quill,\nOn 1 May 2020 ..."
    assert letter_date_of(text) == dt.date(2026, 5, 19)


def test_record_updated_counts_as_an_update():
    ehr = "Early Help Record\nDate of assessment 29/12/2025\nRecord updated 16/08/2026\nFamily members"
    assert assessment_date_of(ehr) == dt.date(2026, 8, 16)


@pytest.mark.parametrize("log, want", [
    # a "Date | Update" table: the newest row is the latest update, not the start date
    ("Date record started 05/01/2026\nReviews and updates\nDate\tUpdate\n05/01/2026\tRecord opened.\n"
     "20/03/2026\tHome visit: routines\nsettling, step down planned.\n02/06/2026\tReviewed with the school.\nFamily plan\n"
     "Book a GP review\tMs Quill\t30/07/2026", dt.date(2026, 6, 2)),
    ("Record started 05/01/2026\nReview history\n05/01/2026 Opened\n14/04/2026 Review at home\n30/06/2026 Next review", dt.date(2026, 4, 14)),
    # no log: the start date is all there is
    ("Date Early Help Record started 05/01/2026\nWhat are we worried about?\n20/03/2026 was a difficult day.", dt.date(2026, 1, 5)),
])
def test_a_dated_review_log_gives_the_latest_update(log, want):
    assert assessment_date_of("Early Help Record\n" + log) == want


def test_a_glyph_box_in_the_family_name_is_spelled_as_the_filename_does():
    from parsers.analyse import analyse
    from tests.stepdown import doc, letter, parsed

    text = letter(heading="Transition to Early Help: Wi\u25a0niak Family, Ola Wi\u25a0niak (DOB 03/09/2016)").replace("Quill", "Wi\u25a0niak")
    a = analyse(parsed("Hi,\n\nLetter attached.\n\nPriya", subject="Closure letter"), [doc("Closure letter - Wiśniak.pdf", text)])
    assert a.family == "Wiśniak" and a.children[0].name == "Ola Wiśniak"


PASTED_WITHOUT_HEADING = """Hello team, my letter to the family is below and the SA is attached.
Date: 2 June 2026
Dear Mr and Mrs Quill,
About Ada and Ben - the Child in Need plan has ended
Thank you for coming to the final Child in Need meeting on 28 May. As we discussed there, the plan has now ended
and I will stop visiting. You both told me you were happy to accept early help from the school and you signed the
consent form at the meeting. Ada is back in full-time lessons and Ben has settled at nursery, and the remaining
needs can be met without a social worker.
The Family Support Worker at Elm Family Hub will be your lead practitioner and will contact you within two weeks.
If things get harder again, the school will talk to the Early Help Partnership Team for advice.
Kind regards,
Priya Testworker
Social Worker"""


def test_letter_pasted_without_a_transition_heading_is_a_document():
    a = analyse(parsed(PASTED_WITHOUT_HEADING), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert [(d.doc.filename, d.type) for d in a.documents] == [
        ("(body)", DocType.CLOSURE_LETTER), ("SA.pdf", DocType.SINGLE_ASSESSMENT)]


def test_long_cover_note_to_the_team_is_not_a_letter():
    body = PASTED_WITHOUT_HEADING.replace("Dear Mr and Mrs Quill,", "Dear East NAM team,")
    a = analyse(parsed(body), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert all(d.doc.filename != "(body)" for d in a.documents)


def test_short_note_to_the_family_is_not_a_letter():
    body = "Dear Ms Quill,\nThe case is closing and early help will go on with the school as lead practitioner.\nKind regards\nPriya"
    a = analyse(parsed(body), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert all(d.doc.filename != "(body)" for d in a.documents)


@pytest.mark.parametrize("text, expected", [
    # a case-management print: the header row wraps over lines; completed, not authorised or printed
    ("CaseSys Single Assessment - QUILL\nPrinted on 19/05/2026 09:05 Page 1\nSingle Assessment - review\n"
     "Case reference Assessment started Assessment\ncompleted\nAuthorised by\nmanager\n"
     "QX-1000001 02/03/2026 24/03/2026 27/03/2026\nChild DOB\nAda Quill 03/09/2016", dt.date(2026, 3, 24)),
    ("Single Assessment\nStart date\tCompleted\tAuthorised\n01/10/2025\t14/10/2025\t20/10/2025", dt.date(2025, 10, 14)),
    ("Single Assessment\nDate completed\t20/06/2025\nReviewed and updated\t15/12/2025", dt.date(2025, 12, 15)),
    ("Single Assessment\nAssessment type\tUpdate\nDate of update\t28 April 2026", dt.date(2026, 4, 28)),
    ("Early Help Record\nDate of this review\t21/04/2026\nCompleted by\tSam Testworker", dt.date(2026, 4, 21)),
    ("Early Help Record - assessment and plan (reviewed)\nReviewed at TAF meeting: 22.09.2026", dt.date(2026, 9, 22)),
])
def test_assessment_dates_from_prints_and_update_labels(text, expected):
    assert assessment_date_of(text) == expected


def test_plan_review_dates_and_prose_are_not_assessment_dates():
    text = ("Single Assessment\nDate of assessment 10/04/2026\nPlan\nOutcome we want Responsible Review date\n"
            "Attend the group Ms Quill 23/06/2026\n"
            "Ms Quill completed the course and gave her consent to early help, which was recorded on\n01/05/2026")
    assert assessment_date_of(text) == dt.date(2026, 4, 10)


def test_letter_date_labelled_date_of_letter():
    text = "Closure of involvement - step down to early help\nDate of letter\t24.02.2026\nFamily\tQuill\nDear Ms Quill,\nText."
    assert letter_date_of(text) == dt.date(2026, 2, 24)


def test_siblings_sharing_a_two_word_surname_name_the_family():
    body = "Hi, letter attached."
    text = letter(heading="About Ada Abdi Quill, born 03/09/2016, and Ben Abdi Quill, born 04/05/2019").replace("Ms Quill", "Ms Hassan")
    a = analyse(parsed(body, subject="Closure letter"), [doc("Letter.docx", text), doc("SA.pdf", SINGLE_ASSESSMENT.replace("Quill", "Abdi Quill"))])
    assert a.family == "Abdi Quill"


def test_more_assessment_date_labels_and_a_scheduled_review_is_not_one():
    assert assessment_date_of("Single Assessment\nCompletion date: 12/03/2026") == dt.date(2026, 3, 12)
    assert assessment_date_of("EHR\nDate written 01/01/2026\nLast reviewed: 12/03/2026") == dt.date(2026, 3, 12)
    text = "Early Help Record\nDate written 01/01/2026\nReviewed on: 30/06/2026 (planned)"
    assert assessment_date_of(text, latest=dt.date(2026, 3, 15)) == dt.date(2026, 1, 1)


def test_a_plan_table_with_a_completed_column_gives_no_assessment_date():
    rows = "\n".join(f"Action {i}\tMs Quill\t01/0{i}/2026\t15/0{i}/2026" for i in range(1, 9))
    text = ("Early Help Record\nDate written 10/01/2026\nFamily Quill\nChildren\nAda Quill 03/09/2016\nWhat is working well\n"
            "Routines.\nWhat are we worried about\nSleep.\nPlan\nAction\tWho\tStart date\tCompleted\n" + rows)
    assert assessment_date_of(text) == dt.date(2026, 1, 10)


def test_a_review_date_counts_only_at_the_top_of_a_review_record():
    assert assessment_date_of("EARLY HELP RECORD - review\nReview date: 24 June 2026\nProgress\nGood.") == dt.date(2026, 6, 24)
    text = "Early Help Record\nDate written 10/01/2026\nFamily Quill\nWhat is working well\nRoutines.\nReview date: 30/06/2026"
    assert assessment_date_of(text) == dt.date(2026, 1, 10)


def test_letter_pasted_below_a_cover_note_to_a_colleague_by_first_name():
    body = "Dear Hannah,\nPlease log the letter below.\nKind regards\nPriya\n\n" + PASTED_WITHOUT_HEADING.split("\n", 2)[2]
    a = analyse(parsed(body), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert a.documents[0].doc.filename == "(body)" and a.documents[0].type is DocType.CLOSURE_LETTER


@pytest.mark.parametrize("text, expected", [
    # a form's own fields: the document named, then what was done to it, then the date
    ("Early Help Record - assessment and plan\nRecord started\t02/03/2026\nEarly Help Record completed\t15/04/2026\n"
     "Record reviewed / updated\t21/09/2026\nWhat is working well\nRoutines.", dt.date(2026, 9, 21)),
    # the same flattened by a PDF: the cells run together with spaces
    ("SINGLE ASSESSMENT\nSingle Assessment completed 07/05/2026 Worker Sam Testworker", dt.date(2026, 5, 7)),
    ("Single Assessment\nAssessment finalised on: 3rd May 2026\nChild Ada Quill", dt.date(2026, 5, 3)),
    ("Single Assessment\nStart date 01/02/2026 End date 12/03/2026", dt.date(2026, 3, 12)),
    ("Single Assessment\nDate of SA: 12/03/2026\nCase closed: 30/03/2026", dt.date(2026, 3, 12)),
    # a PDF's two-cell rows: the label on its own line, the date on the next; a print date is not one
    ("Early Help Record\nEarly Help Record completed\n15/06/2026\nRecord reviewed / updated\n28/10/2026\nDate printed\n"
     "20/11/2026", dt.date(2026, 10, 28)),
    # near misses: a plan row reviewed, a deadline, a print footer and a signature date are not the record's dates
    ("Early Help Record\nEarly Help Record completed\t10/01/2026\nPlan\nAttendance contract reviewed\t12/03/2026\n"
     "Complete by\t14/03/2026\nConsent signed\t15/03/2026\nPrinted 20/03/2026 Page 1 of 2", dt.date(2026, 1, 10)),
])
def test_assessment_dates_from_form_fields(text, expected):
    assert assessment_date_of(text) == expected


def test_a_cover_note_in_shorthand_to_a_colleague_is_not_a_body_letter():
    # near miss for the shorthand-tolerant letter shape: a long note to a colleague by first name, with
    # EH / TAF / LP and a sign-off, is still a cover note when no letter is attached
    body = ("Dear Hannah,\nThe SA for the Quill family is attached. The CIN plan is closing this week: mum gave consent "
            "at the last visit and the school DSL has said she will take on the LP role once the first TAF has met. "
            "I have not yet written the letter to the family, sorry, as I am waiting to hear from the school about "
            "dates for the TAF and whether the EH plan can start before half term. I will send the letter as soon as "
            "I can, hopefully by Friday, and I will copy you in to the invitation for the meeting with the family.\n"
            "Kind regards\nPriya Testworker\nSocial Worker")
    a = analyse(parsed(body), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert all(d.doc.filename != "(body)" for d in a.documents)


def test_a_record_reviewed_at_a_taf_meeting_is_dated_by_that_review():
    ehr = "Early Help Record\nOriginally completed\t14/08/2025\nAssessment reviewed at TAF\t03/06/2026\n"
    assert assessment_date_of(ehr) == dt.date(2026, 6, 3)
    # the meeting's own date says nothing about when the record was written or updated
    near = "Early Help Record\nOriginally completed\t14/08/2025\nTAF meeting\t03/06/2026\n"
    assert assessment_date_of(near) == dt.date(2025, 8, 14)


def test_a_reply_carrying_only_an_assessment_supplies_a_missing_item():
    body = "Q: Single Assessment attached?\nA: Yes, attached.\n\nSam"
    a = analyse(parsed(body, subject="RE: Quill", in_reply_to=("<q@x>",)), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert a.kind is Kind.REPLY_WITH_MISSING_ITEM
    # a reply that carries the letter too is a (re)submission, and a new email with only an assessment is not a reply
    again = analyse(parsed(body, subject="RE: Quill", in_reply_to=("<q@x>",)), [doc("SA.pdf", SINGLE_ASSESSMENT), doc("letter.docx", letter())])
    assert again.kind is Kind.SUBMISSION
    assert analyse(parsed(body, subject="Quill"), [doc("SA.pdf", SINGLE_ASSESSMENT)]).kind is Kind.SUBMISSION


def test_a_reply_in_the_body_only_names_the_children_there():
    body = ("Hi,\n\n1. Consent: Mr Reed signed the consent form on 02/03/2026.\n\nThis is for Bo Reed (DOB 3.9.16).\n\nSam\n\n"
            "From: eastNAM@newham.gov.uk <eastNAM@newham.gov.uk>\nSent: 1 March 2026 10:00\nTo: Sam\n"
            "Subject: RE: Reed\n\nBefore NAM we need evidence of consent.")
    a = analyse(parsed(body, subject="RE: Reed", in_reply_to=("<q@x>",)), [])
    assert [(c.name, c.dob) for c in a.children] == [("Bo Reed", dt.date(2016, 9, 3))]
    # with a document attached, the document names the children, not the cover note
    b = analyse(parsed(body, subject="RE: Reed", in_reply_to=("<q@x>",)), [doc("SA.pdf", SINGLE_ASSESSMENT)])
    assert "Bo Reed" not in {c.name for c in b.children}


@pytest.mark.parametrize("text, expected", [
    ("ConsentMr Reed signed the form", "Consent: Mr Reed signed the form"),
    ("TAF meetingHeld 3 June 2026", "TAF meeting: Held 3 June 2026"),
    ("Lead PractitionerMira Penn, Mentor", "Lead Practitioner: Mira Penn, Mentor"),
    # the first join ends the label; a later one belongs to the value
    ("FromMira PennLearning Mentor", "From: Mira PennLearning Mentor"),
    # names that change case inside, and glued words late in a sentence, are left alone
    ("Dear Ms McAvoy and Mr MacLeod", "Dear Ms McAvoy and Mr MacLeod"),
    ("Jo DeShawn", "Jo DeShawn"),
    # an agency's name run into the email address after it; an address that starts with the word stays
    ("Larkspur Primary Schoolm.penn@larkspur.example.org", "Larkspur Primary School m.penn@larkspur.example.org"),
    ("write to School.Office@larkspur.example.org", "write to School.Office@larkspur.example.org"),
    ("We met with the family at home on Monday and agreed theNext steps", "We met with the family at home on Monday and agreed theNext steps"),
])
def test_a_label_glued_to_its_value_is_separated(text, expected):
    from parsers.analyse import unglue_labels
    assert unglue_labels(text) == expected


def test_a_phone_reply_giving_consent_in_words_under_angle_quoted_headers():
    body = ("Yes, Mum agrees with the plan; she told me by phone today.\n\nSam\n\n"
            "> From: East NAM <eastNAM@newham.gov.uk>\n> Sent: 1 March 2026 10:00\n"
            "> Subject: Step down - Quill - Families First to universal services\n>\n"
            "> Has the family consented to early help?\n\nSent from my phone")
    a = analyse(parsed(body, subject="RE: Step down - Quill", in_reply_to=("<q@x>",)), [])
    assert a.kind is Kind.REPLY_WITH_MISSING_ITEM
    assert "consented" not in a.cover_text and "consented" in a.thread_text
