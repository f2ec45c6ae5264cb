import datetime as dt

from inboxbot.attention import FileNote, Intake
from inboxbot.decide import Budget, CaseState, DecideSettings, Inbound, UnreadableFile, decide
from inboxbot.followup_settings import FollowupSettings
from inboxbot.policy import Screening
from parsers.model import Kind, Pathway

from .daemon_helpers import FakeOutcome, Result

NOW = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)
S = DecideSettings()
OK = Screening("ok", "allowed domain")


def inbound(**kw):
    base = dict(inbox="east", sender="dawn.example@newham.gov.uk", date=NOW, screening=OK)
    base.update(kw)
    return Inbound(**base)


def case(**kw):
    base = dict(id=7, ref="EH-000007", status="awaiting_information", pathway="1", neighbourhood="east",
                transition_date=dt.date(2026, 11, 2), taf_review_due=None, matched_by="thread")
    base.update(kw)
    return CaseState(**base)


def test_complete_submission_is_acknowledged_with_taf_due_six_weeks_after_letter():
    d = decide(FakeOutcome(), inbound(), None, S, NOW)
    assert d.folder == "processed" and d.reply.template == "acknowledgement"
    assert d.reply.missing == ()
    assert d.case.case_id is None and d.case.status == "acknowledged"
    assert d.case.fields["transition_date"] == dt.date(2026, 11, 2)
    assert d.case.fields["taf_review_due"] == dt.date(2026, 12, 14)
    assert d.reply.taf_review_due == dt.date(2026, 12, 14)


def test_transition_falls_back_to_email_date_in_london():
    late = dt.datetime(2026, 6, 30, 23, 30, tzinfo=dt.timezone.utc)  # 1 July in London (BST)
    d = decide(FakeOutcome(letter_date=None), inbound(date=late), None, S, NOW)
    assert d.case.fields["transition_date"] == dt.date(2026, 7, 1)


def test_missing_items_give_a_query_listing_each_with_its_ask():
    results = (Result("consent", "Consent", False, "not mentioned", ask="Confirm the family agreed."),
               Result("smart_plan", "SMART plan", False, "no plan table", ask="Attach the plan."))
    d = decide(FakeOutcome(missing=("smart_plan", "consent"), results=results), inbound(), None, S, NOW)
    assert d.folder == "awaiting" and d.reply.template == "query"
    assert d.reply.missing == ("consent", "smart_plan")
    assert [i.ask for i in d.reply.items] == ["Confirm the family agreed.", "Attach the plan."]
    assert d.case.status == "awaiting_information"


def test_unknown_pathway_asks_which():
    d = decide(FakeOutcome(pathway=Pathway.UNKNOWN), inbound(), None, S, NOW)
    assert d.reply.template == "pathway_query" and d.reply.missing == ("pathway",)
    assert d.case.status == "awaiting_pathway"


def test_password_protected_file_is_named_in_query():
    files = (UnreadableFile("SA.pdf", "password-protected"),)
    d = decide(FakeOutcome(missing=("assessment_attached",)), inbound(unreadable=files), None, S, NOW)
    assert d.reply.unreadable == files


def test_reply_updates_matched_case_and_acknowledges():
    d = decide(FakeOutcome(kind=Kind.REPLY_WITH_MISSING_ITEM), inbound(), case(), S, NOW)
    assert d.case.case_id == 7 and d.case.status == "acknowledged" and d.reply.template == "acknowledgement"
    assert d.case.fields["acknowledged_at"] == NOW


def test_unmatched_reply_and_taf_review_need_a_person():
    assert decide(FakeOutcome(kind=Kind.REPLY_WITH_MISSING_ITEM), inbound(), None, S, NOW).folder == "needs_attention"
    d = decide(FakeOutcome(kind=Kind.TAF_REVIEW), inbound(), None, S, NOW)
    assert d.folder == "needs_attention" and d.reply is None


def test_taf_review_logged_without_reply():
    o = FakeOutcome(kind=Kind.TAF_REVIEW, review_date=dt.date(2026, 12, 10), next_review_date=dt.date(2027, 1, 21))
    d = decide(o, inbound(screening=Screening("partner", "partner domain")), case(status="acknowledged"), S, NOW)
    assert d.reply is None and d.folder == "processed"
    assert d.case.fields == {"last_taf_review": dt.date(2026, 12, 10), "taf_review_due": dt.date(2027, 1, 21)}


def test_taf_review_without_next_date_is_due_again_after_the_default_interval():
    o = FakeOutcome(kind=Kind.TAF_REVIEW, review_date=dt.date(2026, 12, 10), next_review_date=None)
    d = decide(o, inbound(), case(status="acknowledged"), S, NOW)
    assert d.case.fields == {"last_taf_review": dt.date(2026, 12, 10), "taf_review_due": dt.date(2027, 1, 21)}
    none = DecideSettings(followups=FollowupSettings(next_review_weeks=0))
    assert decide(o, inbound(), case(status="acknowledged"), none, NOW).case.fields["taf_review_due"] is None


def test_taf_review_older_than_the_last_one_logged_is_not_recorded():
    o = FakeOutcome(kind=Kind.TAF_REVIEW, review_date=dt.date(2026, 12, 10), next_review_date=dt.date(2027, 1, 21))
    d = decide(o, inbound(), case(status="acknowledged", last_taf_review=dt.date(2027, 1, 20)), S, NOW)
    assert d.folder == "processed" and d.case is None and d.reply is None
    d = decide(o, inbound(), case(status="acknowledged", last_taf_review=dt.date(2026, 12, 10)), S, NOW)
    assert d.case.fields["taf_review_due"] == dt.date(2027, 1, 21)  # the same review again: recorded


def test_no_reply_to_automated_not_allowed_partner_duplicates_and_non_submissions():
    assert decide(FakeOutcome(kind=Kind.NOT_A_SUBMISSION), inbound(), None, S, NOW).reply is None
    d = decide(FakeOutcome(kind=Kind.NOT_A_SUBMISSION), inbound(screening=Screening("automated", "Auto-Submitted: auto-replied")), None, S, NOW)
    assert d.folder == "not_submission" and d.reply is None and d.case is None
    d = decide(FakeOutcome(), inbound(screening=Screening("automated", "x")), None, S, NOW)
    assert d.folder == "needs_attention" and d.reply is None
    d = decide(FakeOutcome(), inbound(screening=Screening("not_allowed", "lookalike", spoof=True)), None, S, NOW)
    assert d.folder == "needs_attention" and d.reply is None and d.case is None and d.audit_event == "spoof_suspected"
    d = decide(FakeOutcome(), inbound(screening=Screening("partner", "partner domain")), None, S, NOW)
    assert d.folder == "needs_attention" and d.reply is None
    d = decide(FakeOutcome(), inbound(duplicate=True), None, S, NOW)
    assert d.reply is None and d.case is None and d.audit_event == "duplicate"


def test_budget_stops_replies_but_keeps_the_case():
    d = decide(FakeOutcome(), inbound(), None, DecideSettings(replies_per_sender_per_day=2), NOW, Budget(sender_replies=2))
    assert d.reply is None and d.case is not None and d.folder == "needs_attention"
    d = decide(FakeOutcome(), inbound(), case(), DecideSettings(replies_per_case_per_day=3), NOW, Budget(case_replies=3))
    assert d.reply is None


def test_pathway_none_closes_without_taf_review():
    d = decide(FakeOutcome(pathway=Pathway.NONE), inbound(), None, S, NOW)
    assert d.case.status == "closed" and d.reply.taf_review_due is None and "taf_review_due" not in d.case.fields


def test_reacknowledging_keeps_the_existing_due_date():
    d = decide(FakeOutcome(), inbound(), case(status="acknowledged", taf_review_due=dt.date(2026, 12, 1)), S, NOW)
    assert d.case.fields["taf_review_due"] == dt.date(2026, 12, 1) and "acknowledged_at" not in d.case.fields


# --- not a submission: robot mail is filed unread, anything else goes to a person with a reason ---

NOT_SUB = FakeOutcome(kind=Kind.NOT_A_SUBMISSION, pathway=Pathway.UNKNOWN)


def person(intake=Intake(), screening=OK, outcome=NOT_SUB):
    return decide(outcome, inbound(screening=screening, intake=intake), None, S, NOW)


def test_only_robot_mail_is_filed_unread():
    for why in ("Auto-Submitted: auto-replied", "delivery or read report (multipart/report)",
                "mailing list or newsletter (List-Id / List-Unsubscribe)", "Precedence: bulk"):
        d = person(screening=Screening("automated", why))
        assert d.folder == "not_submission" and d.reason == f"automated mail: {why}" and d.reply is None


def test_a_person_s_email_without_a_letter_needs_a_person():
    d = person()
    assert d.folder == "needs_attention" and d.reply is None and d.case is None
    assert d.reason == "no closure letter or assessment recognised in an email from a person"
    assert d.code == "from_a_person" and d.audit_event == "not_a_submission"


def test_meeting_invitation_from_a_person_needs_a_person():
    d = person(outcome=FakeOutcome(kind=Kind.NOT_A_SUBMISSION, kind_reason="meeting invitation"))
    assert d.folder == "needs_attention" and d.code == "meeting_invitation" and "meeting invitation" in d.reason


def test_unreadable_attachment_is_named_with_why():
    files = (FileNote("Closure letter.pdf", "password-protected"),)
    d = person(Intake(files=files))
    assert d.folder == "needs_attention" and d.code == "attachment_unreadable"
    assert d.reason.startswith('attachment "Closure letter.pdf" could not be read (password-protected); '
                               "no closure letter or assessment recognised")


def test_each_kind_of_unreadable_attachment_says_which():
    files = (FileNote("a.pdf", "corrupt", "the PDF is damaged and cannot be opened"),
             FileNote("b.pdf", "over the size limit", "the file is 31 MB, over the 30 MB limit"),
             FileNote("c.docx", "took too long to read"),
             FileNote("d.zip", "a type of file the service does not read", "compressed archives (.zip) are not opened"))
    d = person(Intake(files=files))
    assert d.reason.startswith('4 attachments could not be read: "a.pdf" (corrupt: the PDF is damaged and cannot be opened), '
                               '"b.pdf" (over the size limit: the file is 31 MB, over the 30 MB limit), '
                               '"c.docx" (took too long to read) and 1 more')


def test_a_file_of_a_type_not_read_says_which_type():
    d = person(Intake(files=(FileNote("d.zip", "a type of file the service does not read", "compressed archives (.zip) are not opened"),)))
    assert d.reason.startswith('attachment "d.zip" could not be read (compressed archives (.zip) are not opened); ')
    d = person(Intake(files=(FileNote("d.bin", "a type of file the service does not read"),)))
    assert d.reason.startswith('attachment "d.bin" could not be read (a type of file the service does not read); ')


def test_many_files_with_one_problem_say_it_once():
    files = tuple(FileNote(f"page-{i}.pdf", "corrupt", "the PDF is damaged") for i in range(50))
    d = person(Intake(files=files))
    assert d.reason.startswith('50 attachments could not be read (corrupt: the PDF is damaged): '
                               '"page-0.pdf", "page-1.pdf", "page-2.pdf" and 47 more; ')


def test_over_a_limit_comes_first():
    note = "the email has 2000 attached files, over the limit of 50 (only the first 50 were read)"
    d = person(Intake(over_limits=(note,), defects=("StartBoundaryNotFoundDefect",)))
    assert d.code == "over_limit"
    assert d.reason.startswith(f"over a limit: {note}; MIME structure damaged (StartBoundaryNotFoundDefect); ")


def test_damaged_mime_names_the_defects():
    defects = ("StartBoundaryNotFoundDefect", "MissingHeaderBodySeparatorDefect", "InvalidBase64PaddingDefect",
               "CloseBoundaryNotFoundDefect", "multipart without parts", "NonPrintableDefect", "undecodable part: X")
    d = person(Intake(defects=defects))
    assert d.code == "mime_damaged"
    assert d.reason.startswith("MIME structure damaged (StartBoundaryNotFoundDefect, MissingHeaderBodySeparatorDefect, "
                               "InvalidBase64PaddingDefect, CloseBoundaryNotFoundDefect, multipart without parts and 2 more)")


def test_empty_message_without_a_sender():
    d = person(Intake(empty=True), screening=Screening("not_allowed", "no sender address"))
    assert d.folder == "needs_attention" and d.code == "empty_message"
    assert d.reason == "empty message: no text and no attachments; no sender address, so no reply can go back"


def test_sender_outside_the_allowed_domains_is_said_after_what_the_email_is():
    d = person(screening=Screening("not_allowed", "sender's domain is not an allowed domain"))
    assert d.folder == "needs_attention" and d.audit_event == "not_a_submission"
    assert d.reason == ("no closure letter or assessment recognised in an email from a person; "
                        "sender not allowed: sender's domain is not an allowed domain")


def test_suspected_spoof_is_said_first_and_audited_as_such():
    d = person(Intake(defects=("NonPrintableDefect",)), screening=Screening("not_allowed", "DMARC fail for the sender's domain", spoof=True))
    assert d.folder == "needs_attention" and d.audit_event == "spoof_suspected" and d.code == "spoof_suspected"
    assert d.reason.startswith("sender looks forged: DMARC fail for the sender's domain; MIME structure damaged")


def test_the_log_code_never_carries_the_file_name():
    d = person(Intake(files=(FileNote("Testfamily closure.pdf", "corrupt"),)))
    assert "Testfamily" in d.reason and "Testfamily" not in d.log_code
    assert decide(FakeOutcome(), inbound(), None, S, NOW).log_code == "acknowledged"


def test_a_submission_with_a_damaged_file_is_still_answered():
    files = (UnreadableFile("SA.pdf", "password-protected"),)
    intake = Intake(files=(FileNote("SA.pdf", "password-protected"),), defects=("NonPrintableDefect",))
    d = decide(FakeOutcome(missing=("assessment_attached",)), inbound(unreadable=files, intake=intake), None, S, NOW)
    assert d.folder == "awaiting" and d.reply.template == "query" and d.reply.unreadable == files


def test_a_shared_message_id_does_not_send_a_person_s_email_to_the_unread_folder():
    d = decide(NOT_SUB, inbound(duplicate=True), None, S, NOW)
    assert d.folder == "needs_attention" and d.audit_event == "not_a_submission"
    assert d.reason.endswith("; an email with the same Message-ID was filed before")
    robot = decide(NOT_SUB, inbound(duplicate=True, screening=Screening("automated", "Precedence: bulk")), None, S, NOW)
    assert robot.folder == "not_submission"
    assert decide(FakeOutcome(), inbound(duplicate=True), None, S, NOW).audit_event == "duplicate"
