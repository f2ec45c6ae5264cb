"""The pure follow-up planner: what is due, when (London time), and to whom."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from inboxbot.clock import LONDON
from inboxbot.followup_settings import FollowupSettings
from inboxbot.followups import (
    CaseFacts,
    FollowupPolicy,
    Recipients,
    chase_state,
    next_review_due,
    pending,
    plan_followups,
    return_window_end,
    taf_review_due,
)

UTC = timezone.utc
RECIPIENTS = Recipients(
    allowed_domains=("newham.gov.uk",),
    partner_domains=("newham.sch.uk", "nhs.net"),
    coordinators={"east": ("east.coordinator@newham.gov.uk",)},
)
POLICY = FollowupPolicy.build(FollowupSettings(), RECIPIENTS)

# Fictional case: transition (closure letter) Tuesday 1 September 2026.
CASE = CaseFacts(
    ref="EH-000101",
    neighbourhood="east",
    state="complete",
    received_at=datetime(2026, 9, 3, 14, 5, tzinfo=UTC),
    transition_date=date(2026, 9, 1),
    pathway="1",
    family="Testerton",
    lead_practitioner_name="Pat Example",
    lead_practitioner_email="p.example@kestrelway.newham.sch.uk",
    lead_agency="Kestrel Way Primary School",
    worker_email="sw.one@newham.gov.uk",
)
ACK = datetime(2026, 9, 3, 14, 6, tzinfo=UTC)


def london(y, m, d, h=9, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=LONDON)


def test_first_review_due_six_weeks_after_the_letter_not_the_email():
    assert taf_review_due(CASE, POLICY.settings) == date(2026, 10, 13)
    no_letter = replace(CASE, transition_date=None)  # falls back to the email's date (London)
    assert taf_review_due(no_letter, POLICY.settings) == date(2026, 10, 15)


def test_reminder_two_weeks_before_on_the_day_and_overdue_note():
    plan = plan_followups(CASE, POLICY, ACK)
    assert [(f.what, f.due, f.to) for f in plan] == [
        ("taf_reminder", london(2026, 9, 29), ("p.example@kestrelway.newham.sch.uk",)),
        ("taf_due", london(2026, 10, 13), ("p.example@kestrelway.newham.sch.uk",)),
        ("taf_overdue", london(2026, 10, 14), ("east.coordinator@newham.gov.uk",)),
    ]
    assert {f.key for f in plan} == {
        "taf_reminder:EH-000101:2026-10-13",
        "taf_due:EH-000101:2026-10-13",
        "taf_overdue:EH-000101:2026-10-13",
    }


def test_times_follow_the_clock_change():
    # Transition 15 Sep 2026: due Tue 27 Oct, after the clocks go back on Sun 25 Oct.
    case = replace(CASE, transition_date=date(2026, 9, 15))
    reminder, due, overdue = plan_followups(case, POLICY, ACK)
    assert reminder.due == london(2026, 10, 13) and reminder.due.utcoffset() == timedelta(hours=1)
    assert due.due == london(2026, 10, 27) and due.due.utcoffset() == timedelta(0)
    assert due.due.astimezone(UTC).hour == 9 and reminder.due.astimezone(UTC).hour == 8
    # And in spring: due Tue 31 Mar 2026, after the clocks go forward on Sun 29 Mar.
    spring = replace(CASE, transition_date=date(2026, 2, 17), received_at=datetime(2026, 2, 18, tzinfo=UTC))
    _, due, _ = plan_followups(spring, POLICY, datetime(2026, 2, 18, 12, tzinfo=UTC))
    assert due.due.isoformat() == "2026-03-31T09:00:00+01:00"


def test_reminders_move_off_weekends_and_bank_holidays():
    # Transition Sat 22 Aug 2026 (a weekend letter): due Sat 3 Oct; the reminder 14 days
    # before is Sat 19 Sep -> Fri 18 Sep; the due-day reminder Fri 2 Oct; overdue Mon 5 Oct.
    case = replace(CASE, transition_date=date(2026, 8, 22), received_at=datetime(2026, 8, 24, tzinfo=UTC))
    reminder, due, overdue = plan_followups(case, POLICY, datetime(2026, 8, 24, 12, tzinfo=UTC))
    assert (reminder.due, due.due, overdue.due) == (london(2026, 9, 18), london(2026, 10, 2), london(2026, 10, 5))
    # Due on Good Friday 2027 (26 Mar): the overdue note waits for Tue 30 Mar (after Easter Monday).
    easter = replace(CASE, taf_review_due=date(2027, 3, 26))
    *_, overdue = plan_followups(easter, POLICY, datetime(2027, 1, 4, tzinfo=UTC))
    assert overdue.due == london(2027, 3, 30)


def test_case_already_overdue_when_acknowledged_gets_its_reminder_at_once():
    now = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)  # three weeks after the due date
    plan = plan_followups(CASE, POLICY, now)
    # Only the latest of the lead practitioner's reminders (not a misleading "due in 2
    # weeks"), and the coordinators' note, both now.
    assert [(f.what, f.due) for f in plan] == [("taf_due", now), ("taf_overdue", now)]
    assert all(f.target == date(2026, 10, 13) for f in plan)


def test_case_acknowledged_inside_the_reminder_window():
    now = datetime(2026, 10, 5, 11, tzinfo=UTC)
    plan = plan_followups(CASE, POLICY, now)
    assert [(f.what, f.due) for f in plan] == [
        ("taf_reminder", now),
        ("taf_due", london(2026, 10, 13)),
        ("taf_overdue", london(2026, 10, 14)),
    ]


def test_sent_keys_are_dropped_and_replanning_is_stable():
    plan = plan_followups(CASE, POLICY, ACK)
    later = plan_followups(CASE, POLICY, datetime(2026, 9, 30, tzinfo=UTC))
    assert {f.key for f in later} == {f.key for f in plan}
    left = pending(later, {"taf_reminder:EH-000101:2026-10-13"})
    assert [f.what for f in left] == ["taf_due", "taf_overdue"]


def test_lead_practitioner_outside_permitted_domains_goes_to_coordinators_with_reason():
    case = replace(CASE, lead_practitioner_email="someone@gmail.com")
    reminder, due, _ = plan_followups(case, POLICY, ACK)
    assert reminder.to == ("east.coordinator@newham.gov.uk",)
    assert "allowed or partner domain" in (reminder.redirected or "")
    nhs = replace(CASE, lead_practitioner_email="hv.example@nhs.net")
    assert plan_followups(nhs, POLICY, ACK)[0].to == ("hv.example@nhs.net",)
    lookalike = replace(CASE, lead_practitioner_email="x@newham.sch.uk.example.com")
    assert plan_followups(lookalike, POLICY, ACK)[0].redirected


def test_a_taf_review_moves_the_plan_to_the_next_due_date():
    reviewed = replace(CASE, last_taf_review=date(2026, 10, 8), taf_review_due=date(2026, 11, 19))
    plan = plan_followups(reviewed, POLICY, datetime(2026, 10, 9, tzinfo=UTC))
    assert {f.target for f in plan} == {date(2026, 11, 19)}
    assert [f.what for f in plan] == ["taf_reminder", "taf_due", "taf_overdue"]


def test_next_review_due_defaults():
    s = FollowupSettings()
    assert next_review_due(date(2026, 10, 8), date(2026, 12, 1), s) == date(2026, 12, 1)
    assert next_review_due(date(2026, 10, 8), None, s) == date(2026, 11, 19)
    assert next_review_due(date(2026, 10, 8), None, replace(s, next_review_weeks=0)) is None
    no_more = replace(CASE, last_taf_review=date(2026, 10, 8), taf_review_due=None)
    assert plan_followups(no_more, POLICY, ACK) == []


def test_chaser_after_five_working_days_counting_bank_holidays():
    # Query sent Wednesday 1 April 2026; Good Friday and Easter Monday do not count.
    case = replace(CASE, state="awaiting_information", missing=("consent",),
                   last_query_at=datetime(2026, 4, 1, 10, 30, tzinfo=UTC))
    (chaser,) = plan_followups(case, POLICY, datetime(2026, 4, 1, 11, tzinfo=UTC))
    assert (chaser.what, chaser.due, chaser.to) == ("chaser", london(2026, 4, 10), ("sw.one@newham.gov.uk",))
    assert chaser.key == "chaser:EH-000101:2026-04-01"
    assert chase_state(case, POLICY, date(2026, 4, 9)) == "waiting"
    assert chase_state(case, POLICY, date(2026, 4, 10)) == "chased"
    assert chase_state(case, POLICY, date(2026, 4, 16)) == "chased"
    assert chase_state(case, POLICY, date(2026, 4, 17)) == "flagged"


def test_chaser_only_to_a_permitted_worker_address():
    case = replace(CASE, state="awaiting_information", worker_email="someone@example.org",
                   last_query_at=datetime(2026, 4, 1, 10, 30, tzinfo=UTC))
    assert plan_followups(case, POLICY, datetime(2026, 4, 1, 11, tzinfo=UTC)) == []


def test_closed_cases_need_nothing_and_the_return_window_is_three_months():
    assert plan_followups(replace(CASE, state="other"), POLICY, ACK) == []
    assert return_window_end(CASE, POLICY.settings) == date(2026, 12, 1)
