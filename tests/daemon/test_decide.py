import datetime as dt

from inboxbot.decide import Budget, CaseState, DecideSettings, Inbound, UnreadableFile, decide
from inboxbot.policy import Screening
from parsers.model import Kind, Pathway

from .helpers import FakeOutcome, Result

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
