"""The persistent schedule, driven by a manual clock through a case's life.

A real APScheduler job store on a real SQLite file; two scheduler instances one after the other
stand for a restart. The outbox is inspected directly: the daemon's sender is not under test.
"""

from __future__ import annotations

import datetime as dt
import email
import time
from email import policy

import pytest
from sqlalchemy import select

from inboxbot.clock import LONDON, ManualClock
from inboxbot.followup_settings import FollowupSettings, MeetingSchedule
from inboxbot.models import Case, CaseEvent, CaseStatus, OutboxItem, OutboxStatus
from inboxbot.scheduler import FollowupScheduler, on_case_changed, run_followup_job
from tests.inboxbot.followup_helpers import COORDINATOR, UTC, make_config, new_case, open_db, start_scheduler

LP = "p.example@kestrelway.newham.sch.uk"


def london(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=LONDON)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def env(request, tmp_path):
    # The same life on SQLite (the default) and on a real PostgreSQL server.
    url = f"sqlite:///{tmp_path}/inboxbot.db" if request.param == "sqlite" else request.getfixturevalue("postgres_db")
    db = open_db(url)
    config = make_config(tmp_path, url)
    clock = ManualClock(dt.datetime(2026, 9, 3, 14, 6, tzinfo=UTC))
    started: list[FollowupScheduler] = []

    def start(settings=None, **kw):
        svc = start_scheduler(config, db, clock, settings, **kw)
        started.append(svc)
        return svc

    yield db, config, clock, start
    for svc in started:
        svc.shutdown()
    db.dispose()


def outbox(db):
    with db.sessions() as s:
        return list(s.scalars(select(OutboxItem).order_by(OutboxItem.id)))


def keys(db, status=None):
    return [o.dedupe_key for o in outbox(db) if status is None or o.status == status]


def job_ids(svc):
    return sorted(j.id for j in svc.aps.get_jobs())


def test_case_life_reminders_restart_overdue_and_a_review_that_cancels(env):
    db, config, clock, start = env
    svc = start()

    # 1. Two cases acknowledged on Thu 3 Sep 2026; both letters dated Tue 1 Sep: due Tue 13 Oct.
    with db.transaction() as s:
        quiet = new_case(s, clock.now(), family="Testerton")  # no review will ever come
        reviewed = new_case(s, clock.now(), family="Samplewood")  # its review comes in time
        quiet_id, reviewed_id = quiet.id, reviewed.id
    with db.sessions() as s:
        assert s.get(Case, quiet_id).taf_review_due == dt.date(2026, 10, 13)
    assert job_ids(svc) == sorted(
        f"followup:{what}:{ref}:2026-10-13"
        for ref in ("EH-000001", "EH-000002") for what in ("taf_reminder", "taf_due", "taf_overdue")
    )
    reminder_job = svc.aps.get_job("followup:taf_reminder:EH-000001:2026-10-13")
    assert reminder_job.next_run_time == london(2026, 9, 29)  # 09:00 BST = 08:00 UTC

    # 2. Nothing before its time.
    clock.set(dt.datetime(2026, 9, 29, 7, 59, tzinfo=UTC))
    assert svc.run_due() == []

    # 3. The reminder two weeks before, to the lead practitioner only, as a new message.
    clock.set(dt.datetime(2026, 9, 29, 8, 0, tzinfo=UTC))
    assert sorted(svc.run_due()) == [
        "followup:taf_reminder:EH-000001:2026-10-13", "followup:taf_reminder:EH-000002:2026-10-13"]
    rows = outbox(db)
    assert [r.dedupe_key for r in rows] == ["taf_reminder:EH-000001:2026-10-13", "taf_reminder:EH-000002:2026-10-13"]
    assert rows[0].recipients == [LP] and rows[0].purpose == "taf_reminder" and rows[0].case_id == quiet_id
    msg = email.message_from_bytes(rows[0].raw, policy=policy.default)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] is None and msg["References"] is None
    assert msg["Reply-To"] == "eastNAM@newham.gov.uk"
    assert msg["X-Inboxbot-Case"] == "EH-000001"
    assert msg["Subject"] == "[EH-000001] TAF review due 13 Oct 2026 – Testerton family"
    body = msg.get_body(("plain",)).get_content()
    assert "Tuesday 13 October 2026" in body and "Amara" not in body and "2015" not in body
    assert b"\r\n" in rows[0].raw and b"\n" not in rows[0].raw.replace(b"\r\n", b"")

    # 4. The same job run again (a duplicate, or a second instance) sends nothing more.
    run_followup_job(quiet_id, "taf_reminder", "2026-10-13")
    assert len(outbox(db)) == 2

    # 5. Restart: a second scheduler on the same database file. Simulate the crash APScheduler
    #    cannot recover from by itself: a job removed from the store but never run.
    svc.aps.remove_job("followup:taf_due:EH-000001:2026-10-13")
    svc.shutdown()
    svc = start()
    assert job_ids(svc) == sorted(
        f"followup:{what}:{ref}:2026-10-13" for ref in ("EH-000001", "EH-000002") for what in ("taf_due", "taf_overdue")
    )
    assert svc.run_due() == [] and len(outbox(db)) == 2  # nothing lost, nothing repeated

    # 6. A TAF review for the second case arrives on Thu 8 Oct, naming its next review for
    #    Tue 1 Dec (what the daemon's decide() records), while its reminder still sits unsent
    #    in the outbox (say SMTP was down).
    clock.set(dt.datetime(2026, 10, 8, 10, 0, tzinfo=UTC))
    with db.transaction() as s:
        case = s.get(Case, reviewed_id)
        case.last_taf_review = dt.date(2026, 10, 6)
        case.taf_review_due = dt.date(2026, 12, 1)
        s.add(CaseEvent(case_id=case.id, at=clock.now(), event="taf_review", from_status=case.status,
                        to_status=case.status, missing=[]))
        on_case_changed(s, case, clock.now())
    assert keys(db, OutboxStatus.CANCELLED) == ["taf_reminder:EH-000002:2026-10-13"]
    assert job_ids(svc) == sorted([
        "followup:taf_due:EH-000001:2026-10-13", "followup:taf_overdue:EH-000001:2026-10-13",
        "followup:taf_reminder:EH-000002:2026-12-01", "followup:taf_due:EH-000002:2026-12-01",
        "followup:taf_overdue:EH-000002:2026-12-01",
    ])

    # 7. The due date: only the case without a review is reminded.
    clock.set(dt.datetime(2026, 10, 13, 8, 0, tzinfo=UTC))
    assert svc.run_due() == ["followup:taf_due:EH-000001:2026-10-13"]
    due_row = outbox(db)[-1]
    assert due_row.recipients == [LP] and "due today" in due_row.subject

    # 8. The day after: overdue, a note to the coordinators, and the case in the digest.
    clock.set(dt.datetime(2026, 10, 14, 8, 0, tzinfo=UTC))
    assert svc.run_due() == ["followup:taf_overdue:EH-000001:2026-10-13"]
    note = outbox(db)[-1]
    assert note.recipients == [COORDINATOR] and note.dedupe_key == "taf_overdue:EH-000001:2026-10-13"
    settings = FollowupSettings(meetings={"east": MeetingSchedule(dt.date(2026, 9, 15))})
    digest_svc = FollowupScheduler(config, settings, db, clock)
    from inboxbot.meetings import next_digest

    slot = next_digest("east", settings.meetings["east"], settings.digest, digest_svc.policy.calendar, clock.now())
    digest, wording, _ = digest_svc.digest("east", slot, clock.now())
    assert [(c.ref, c.days_overdue) for c in digest.reviews_overdue] == [("EH-000001", 1)]
    assert "EH-000002" not in [c.ref for c in digest.reviews_overdue]
    assert "EH-000001 (Testerton)" in wording.text

    # 9. Another restart much later: nothing is sent twice, the reviewed case's plan survives.
    svc.shutdown()
    svc = start()
    assert svc.run_due() == []
    assert keys(db, OutboxStatus.PENDING) == [
        "taf_reminder:EH-000001:2026-10-13", "taf_due:EH-000001:2026-10-13", "taf_overdue:EH-000001:2026-10-13"]
    clock.set(dt.datetime(2026, 11, 17, 9, 0, tzinfo=UTC))  # 1 Dec - 14 days, GMT now
    assert svc.run_due() == ["followup:taf_reminder:EH-000002:2026-12-01"]


def test_already_overdue_case_is_reminded_at_once(env):
    db, config, clock, start = env
    clock.set(dt.datetime(2026, 11, 2, 15, 30, tzinfo=UTC))  # the letter was dated 1 Sep
    svc = start()
    with db.transaction() as s:
        new_case(s, clock.now())
    assert sorted(svc.run_due()) == ["followup:taf_due:EH-000001:2026-10-13", "followup:taf_overdue:EH-000001:2026-10-13"]
    rows = outbox(db)
    assert [(r.purpose, r.recipients) for r in rows] == [("taf_due", [LP]), ("taf_overdue", [COORDINATOR])]
    assert "was due 13 Oct 2026" in rows[0].subject


def test_a_followup_another_process_queued_meanwhile_is_not_an_error(env, monkeypatch):
    # Two hosts run the same job: the second passes the "already sent?" check just before the
    # first commits, then finds the key in the outbox. That is a job done, not a failure.
    db, config, clock, start = env
    clock.set(dt.datetime(2026, 11, 2, 15, 30, tzinfo=UTC))
    svc = start()
    with db.transaction() as s:
        case_id = new_case(s, clock.now()).id
    svc.run_due()
    monkeypatch.setattr("inboxbot.scheduler.sent_keys", lambda *_a, **_k: set())  # the race
    assert svc.send_followup(case_id, "taf_due", dt.date(2026, 10, 13), clock.now()) is False
    assert keys(db).count("taf_due:EH-000001:2026-10-13") == 1


def test_clock_change_weekend_keeps_nine_oclock_london(env):
    db, config, clock, start = env
    svc = start()
    with db.transaction() as s:
        new_case(s, clock.now(), transition=dt.date(2026, 9, 15))  # due Tue 27 Oct, after 25 Oct
    job = svc.aps.get_job("followup:taf_due:EH-000001:2026-10-27")
    assert job.next_run_time.astimezone(UTC) == dt.datetime(2026, 10, 27, 9, 0, tzinfo=UTC)  # GMT
    clock.set(dt.datetime(2026, 10, 13, 8, 0, tzinfo=UTC))  # BST: 09:00 London
    assert svc.run_due() == ["followup:taf_reminder:EH-000001:2026-10-27"]
    clock.set(dt.datetime(2026, 10, 27, 8, 59, tzinfo=UTC))
    assert svc.run_due() == []
    clock.set(dt.datetime(2026, 10, 27, 9, 0, tzinfo=UTC))
    assert svc.run_due() == ["followup:taf_due:EH-000001:2026-10-27"]


def test_chaser_once_after_five_working_days_over_easter_then_flagged(env):
    db, config, clock, start = env
    clock.set(dt.datetime(2026, 4, 1, 10, 30, tzinfo=UTC))  # query sent Wed 1 Apr 2026
    svc = start()
    with db.transaction() as s:
        case_id = new_case(s, clock.now(), status=CaseStatus.AWAITING_INFORMATION, missing=("consent",)).id
    (job,) = svc.aps.get_jobs()
    assert job.id == "followup:chaser:EH-000001:2026-04-01"
    assert job.next_run_time == london(2026, 4, 10)  # Good Friday and Easter Monday skipped
    clock.set(dt.datetime(2026, 4, 10, 8, 0, tzinfo=UTC))
    assert svc.run_due() == [job.id]
    (row,) = outbox(db)
    assert row.recipients == ["sw.one@newham.gov.uk"]
    assert "consent" in row.raw.decode()
    svc.run_due(dt.datetime(2026, 5, 1, tzinfo=UTC))
    assert len(outbox(db)) == 1  # one chaser only

    # The missing item arrives before a second query period: the case is acknowledged and the
    # chaser plan is replaced by the TAF review plan.
    clock.set(dt.datetime(2026, 4, 14, 9, 0, tzinfo=UTC))
    with db.transaction() as s:
        case = s.get(Case, case_id)
        case.status = CaseStatus.ACKNOWLEDGED
        case.missing = []
        s.add(CaseEvent(case_id=case_id, at=clock.now(), event="acknowledged",
                        from_status=CaseStatus.AWAITING_INFORMATION, to_status=CaseStatus.ACKNOWLEDGED, missing=[]))
        on_case_changed(s, case, clock.now())
    assert {j.id.split(":")[1] for j in svc.aps.get_jobs()} == {"taf_reminder", "taf_due", "taf_overdue"}


def test_digest_job_sends_the_day_before_and_schedules_the_next(env):
    db, config, clock, start = env
    settings = FollowupSettings(meetings={"east": MeetingSchedule(dt.date(2026, 9, 15), dt.time(10, 0))})
    svc = start(settings)
    with db.transaction() as s:
        new_case(s, clock.now())
    assert svc.aps.get_job("digest:east:2026-09-15").next_run_time == london(2026, 9, 14)
    clock.set(dt.datetime(2026, 9, 14, 8, 0, tzinfo=UTC))
    assert svc.run_due() == ["digest:east:2026-09-15"]
    (row,) = [r for r in outbox(db) if r.purpose == "digest"]
    assert row.recipients == [COORDINATOR] and row.dedupe_key == "digest:east:2026-09-15"
    msg = email.message_from_bytes(row.raw, policy=policy.default)
    assert [p.get_filename() for p in msg.iter_attachments()] == [
        "case-log-east-2026-09-15.csv", "case-log-east-2026-09-15.xlsx"]
    text = msg.get_body(("plain",)).get_content()
    assert "EH-000001 (Testerton)" in text and "Amara" not in text
    csv_part = next(msg.iter_attachments())
    assert "EH-000001" in csv_part.get_content() and "Amara" not in csv_part.get_content()
    # The next digest: meeting Tue 29 Sep, digest Mon 28 Sep 09:00.
    assert svc.aps.get_job("digest:east:2026-09-29").next_run_time == london(2026, 9, 28)
    svc.shutdown()
    svc = start(settings)  # a restart before the next one does not resend the first
    assert svc.run_due(dt.datetime(2026, 9, 14, 12, 0, tzinfo=UTC)) == []


def test_a_job_hours_late_still_runs_in_the_real_background_scheduler(env):
    # APScheduler 3's default misfire_grace_time of 1 s would drop a job an hour late (as
    # after a service outage). The manual clock is an hour behind the wall clock, so the jobs
    # planned "at once" are an hour late by APScheduler's own clock.
    db, config, _, start = env
    clock = ManualClock(dt.datetime.now(UTC) - dt.timedelta(hours=1))
    svc = FollowupScheduler(config, FollowupSettings(), db, clock, templates_dir=None)
    with db.transaction() as s:
        new_case(s, clock.now(), transition=clock.now().date() - dt.timedelta(weeks=8))
    svc.start()  # not paused: APScheduler's own thread runs what is due
    try:
        deadline = time.monotonic() + 10
        while len(outbox(db)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sorted(r.purpose for r in outbox(db)) == ["taf_due", "taf_overdue"]
    finally:
        svc.shutdown()


def test_two_processes_sharing_the_job_store_send_each_reminder_once(env):
    # Two running schedulers (two `inboxbot run` hosts) on one job store: both may fire the
    # same job; the outbox's unique dedupe_key lets one reminder through.
    db, config, _, _ = env
    clock = ManualClock(dt.datetime.now(UTC) - dt.timedelta(minutes=5))
    services = [FollowupScheduler(config, FollowupSettings(), db, clock, templates_dir=None) for _ in range(2)]
    with db.transaction() as s:
        for k in range(3):
            new_case(s, clock.now(), transition=clock.now().date() - dt.timedelta(weeks=8), family=f"Testerton{k}")
    for svc in services:
        svc.start()
    try:
        deadline = time.monotonic() + 15
        while len(outbox(db)) < 6 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(2.0)  # time for a second, duplicate send to show up
        purposes = sorted(r.purpose for r in outbox(db))
        assert purposes == ["taf_due"] * 3 + ["taf_overdue"] * 3
        assert len(set(keys(db))) == len(keys(db))
        # Each scheduler's thread survived finding its job already done by the other (APScheduler
        # 3 lets JobLookupError kill the thread: no reminder from that process ever again).
        assert all(svc.aps._thread.is_alive() for svc in services)  # noqa: SLF001
    finally:
        for svc in services:
            svc.shutdown()
