"""The retention job: the pure plan, then the deletion on SQLite and on a real PostgreSQL, the
daily job in the shared job store, and the CLI. Fictional people only."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import select, text

from inboxbot import retention
from inboxbot.clock import LONDON, ManualClock
from inboxbot.config import StorageConfig
from inboxbot.models import AuditEvent, Base, Case, CaseEvent, CaseStatus, Message, OutboxItem, OutboxStatus
from inboxbot.retention import ClosedCase, SentMail, StoredMail, next_run, plan_retention
from tests.inboxbot.followup_helpers import make_config, open_db, start_scheduler

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
DAY = dt.timedelta(days=1)
SETTINGS = StorageConfig(keep_raw_mail=True, raw_mail_retention_days=365, closed_case_retention_days=730)


# --- the plan ------------------------------------------------------------------------------------


def test_received_mail_goes_at_its_expiry_or_sooner_when_the_period_was_shortened():
    on_time = StoredMail(1, NOW - 365 * DAY, NOW)  # expires exactly now
    not_yet = StoredMail(2, NOW - 364 * DAY, NOW + DAY)
    # Stored when the period was two years; the setting now in force says one.
    shortened = StoredMail(3, NOW - 400 * DAY, NOW + 330 * DAY)
    # keep_raw_mail off: no bytes and no expiry, but what was read from it is stored.
    no_expiry_old = StoredMail(4, NOW - 366 * DAY, None)
    no_expiry_new = StoredMail(5, NOW - 10 * DAY, None)
    plan = plan_retention([on_time, not_yet, shortened, no_expiry_old, no_expiry_new], [], [], SETTINGS, NOW)
    assert plan.mail == (1, 3, 4)
    longer = StorageConfig(raw_mail_retention_days=1000)  # lengthening does not extend an expiry
    assert plan_retention([on_time, shortened], [], [], longer, NOW).mail == (1,)


def test_sent_mail_goes_after_the_period_but_never_while_waiting_to_be_sent():
    sent = [
        SentMail(1, OutboxStatus.SENT, NOW - 365 * DAY),
        SentMail(2, OutboxStatus.SENT, NOW - 364 * DAY),
        SentMail(3, OutboxStatus.FAILED, NOW - 500 * DAY),
        SentMail(4, OutboxStatus.CANCELLED, NOW - 500 * DAY),
        SentMail(5, OutboxStatus.PENDING, NOW - 500 * DAY),
    ]
    assert plan_retention([], sent, [], SETTINGS, NOW).sent == (1, 3, 4)


def test_closed_case_goes_after_the_period_from_closure_or_its_last_change():
    long_closed = ClosedCase(1, "EH-000001", CaseStatus.CLOSED, NOW - 730 * DAY, NOW - 730 * DAY)
    recently_closed = ClosedCase(2, "EH-000002", CaseStatus.CLOSED, NOW - 729 * DAY, NOW - 729 * DAY)
    # Closed long ago, but a TAF review was logged on it a year ago: the period starts again.
    touched = ClosedCase(3, "EH-000003", CaseStatus.CLOSED, NOW - 1000 * DAY, NOW - 365 * DAY)
    no_closed_at = ClosedCase(4, "EH-000004", CaseStatus.CLOSED, None, NOW - 800 * DAY)
    still_open = ClosedCase(5, "EH-000005", CaseStatus.ACKNOWLEDGED, None, NOW - 3000 * DAY)
    plan = plan_retention([], [], [long_closed, recently_closed, touched, no_closed_at, still_open], SETTINGS, NOW)
    assert [c.ref for c in plan.cases] == ["EH-000001", "EH-000004"]
    shorter = StorageConfig(closed_case_retention_days=365)
    assert [c.id for c in plan_retention([], [], [touched, recently_closed], shorter, NOW).cases] == [3, 2]


@pytest.mark.parametrize("now, expected", [
    (dt.datetime(2027, 6, 1, 2, 29, tzinfo=UTC), dt.datetime(2027, 6, 1, 3, 30, tzinfo=LONDON)),  # 03:29 BST
    (dt.datetime(2027, 6, 1, 2, 30, tzinfo=UTC), dt.datetime(2027, 6, 2, 3, 30, tzinfo=LONDON)),  # 03:30 BST: next day
    # The night the clocks go forward (28 Mar 2027, 01:00 UTC) and back (31 Oct 2027, 01:00 UTC).
    (dt.datetime(2027, 3, 27, 12, 0, tzinfo=UTC), dt.datetime(2027, 3, 28, 2, 30, tzinfo=UTC)),
    (dt.datetime(2027, 10, 30, 12, 0, tzinfo=UTC), dt.datetime(2027, 10, 31, 3, 30, tzinfo=UTC)),
])
def test_the_daily_run_is_at_half_past_three_london_time(now, expected):
    assert next_run(now) == expected


# --- the database: SQLite and a real PostgreSQL ---------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def db_url(request, tmp_path):
    return f"sqlite:///{tmp_path}/inboxbot.db" if request.param == "sqlite" else request.getfixturevalue("postgres_db")


@pytest.fixture
def db(db_url):
    database = open_db(db_url)
    yield database
    database.dispose()


def add_case(s, family, *, status, closed, changed=None):
    """A case, as the daemon leaves it, with its history; `family` marks its personal data."""
    lp = f"lp.{family.lower()}@kestrelway.newham.sch.uk"
    case = Case(neighbourhood="east", pathway="none" if status == CaseStatus.CLOSED else "1", status=status, missing=[],
                family=family, family_key=family.lower(), children=[{"name": f"Amara {family}", "dob": "2015-03-09"}],
                lead_practitioner={"name": f"Pat {family}-Lead", "role": "DSL", "agency": "Kestrel Way Primary School",
                                   "email": lp, "phone": None},
                lp_email=lp, worker_email="sw.one@newham.gov.uk", transition_date=closed.date(),
                received_date=closed.date(), received_at=closed, acknowledged_at=closed,
                closed_at=closed if status == CaseStatus.CLOSED else None,
                outcome={"family": family, "children": [{"name": f"Amara {family}", "dob": "2015-03-09"}]},
                created_at=closed, updated_at=changed or closed)
    s.add(case)
    s.flush()
    case.ref = f"EH-{case.id:06d}"
    s.add(CaseEvent(case_id=case.id, at=closed, event="created", from_status=None, to_status=status, missing=[],
                    note=f"letter for the {family} family"))
    return case


def add_mail(s, family, *, seen, case_id=None, keep=True, n):
    raw = f"From: {family.lower()}@mail.test\r\nSubject: Closure letter - {family}\r\n\r\nAmara {family}\r\n".encode()
    row = Message(inbox="east", folder="INBOX", source_id=f"1:{n}", uidvalidity=1, uid=n, message_id=f"<m{n}@mail.test>",
                  sender=f"{family.lower()}@mail.test", status="filed", kind="submission", pathway="none",
                  case_id=case_id, target_folder="Processed", filed_folder="Processed", reason="complete: acknowledged",
                  error=f"ValueError: {family}.pdf", attempts=1, size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
                  raw=raw if keep else None, raw_expires_at=seen + 365 * DAY if keep else None, date=seen,
                  seen_at=seen, decided_at=seen, filed_at=seen, outcome={"family": family},
                  extracted=[{"filename": f"{family}.pdf", "text": f"Dear Ms {family}"}])
    s.add(row)
    s.flush()
    s.add(AuditEvent(at=seen, event="received", inbox="east", message_row_id=row.id))
    return row


def add_sent(s, family, *, created, case_id=None, status=OutboxStatus.SENT, n, message_row_id=None, to=None,
             purpose="acknowledgement"):
    to = to or [f"lp.{family.lower()}@kestrelway.newham.sch.uk"]
    row = OutboxItem(message_id=f"<o{n}@inboxbot.test>", dedupe_key=f"{purpose}:{n}", purpose=purpose,
                     template=purpose, case_id=case_id, source_message_id=message_row_id,
                     sender="earlyhelppartnershipteam@newham.gov.uk", recipients=to,
                     subject=f"Re: Closure letter - {family}", raw=f"Subject: {family}\r\n\r\nAmara {family}\r\n".encode(),
                     status=status, attempts=1, next_attempt_at=created, created_at=created,
                     last_error=f"550 <{to[0]}>: no such user" if status == OutboxStatus.FAILED else None,
                     sent_at=created if status == OutboxStatus.SENT else None)
    s.add(row)
    s.flush()
    s.add(AuditEvent(at=created, event="reply_queued", case_id=case_id, outbox_id=row.id, recipients=to,
                     template=purpose, message_row_id=message_row_id))
    if status == OutboxStatus.FAILED:
        s.add(AuditEvent(at=created, event="send_failed", case_id=case_id, outbox_id=row.id, recipients=to,
                         template=purpose, detail=row.last_error))
    return row


def seed(db):
    """Something of every kind, on each side of its period. Returns the row ids by name."""
    with db.transaction() as s:
        old = add_case(s, "Oldfield", status=CaseStatus.CLOSED, closed=NOW - 800 * DAY)
        recent = add_case(s, "Newfield", status=CaseStatus.CLOSED, closed=NOW - 100 * DAY)
        reviewed = add_case(s, "Reviewby", status=CaseStatus.CLOSED, closed=NOW - 900 * DAY, changed=NOW - 200 * DAY)
        open_ = add_case(s, "Openshaw", status=CaseStatus.ACKNOWLEDGED, closed=NOW - 1500 * DAY)
        old_mail = add_mail(s, "Oldfield", seen=NOW - 800 * DAY, case_id=old.id, n=1)
        add_sent(s, "Oldfield", created=NOW - 800 * DAY, case_id=old.id, n=1, message_row_id=old_mail.id,
                 status=OutboxStatus.FAILED)
        add_sent(s, "Oldfield", created=NOW - 750 * DAY, case_id=old.id, n=2, status=OutboxStatus.PENDING)
        recent_mail = add_mail(s, "Newfield", seen=NOW - 100 * DAY, case_id=recent.id, n=2)
        add_sent(s, "Newfield", created=NOW - 100 * DAY, case_id=recent.id, n=3)
        loose_old = add_mail(s, "Loosemore", seen=NOW - 366 * DAY, n=3)  # not a submission, no case
        loose_unkept = add_mail(s, "Unkeptson", seen=NOW - 400 * DAY, keep=False, n=4)
        loose_new = add_mail(s, "Recentley", seen=NOW - 300 * DAY, n=5)
        coordinators = ["east.coordinator@newham.gov.uk"]
        digest_old = add_sent(s, "Digestow", created=NOW - 400 * DAY, n=4, to=coordinators)
        digest_new = add_sent(s, "Digestnew", created=NOW - 10 * DAY, n=5, to=coordinators)
        return {"old": old.id, "old_ref": old.ref, "recent": recent.id, "reviewed": reviewed.id, "open": open_.id,
                "old_mail": old_mail.id, "recent_mail": recent_mail.id, "loose_old": loose_old.id,
                "loose_unkept": loose_unkept.id, "loose_new": loose_new.id, "digest_old": digest_old.id,
                "digest_new": digest_new.id}


def everything(db) -> str:
    """Every value in every table, as one lower-case string, to search for personal data."""
    parts = []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                for value in row:
                    parts.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    return "\n".join(parts).lower()


def counts(db):
    with db.sessions() as s:
        return {model.__tablename__: s.query(model).count() for model in (Case, CaseEvent, Message, OutboxItem)}


def retention_audit(db):
    with db.sessions() as s:
        return [json.loads(a.detail) for a in s.scalars(select(AuditEvent).where(AuditEvent.event == "retention")
                                                          .order_by(AuditEvent.id))]


def test_what_is_past_its_period_goes_the_rest_stays_and_the_run_is_recorded(db, db_url, tmp_path, caplog):
    from inboxbot.scheduler import run_followup_job

    ids = seed(db)
    svc = start_scheduler(make_config(tmp_path, db_url), db, ManualClock(NOW))  # the job store, shared
    try:
        for case_id, ref in ((ids["old"], ids["old_ref"]), (ids["recent"], "EH-000002")):
            svc.aps.add_job(run_followup_job, "date", run_date=NOW + DAY, id=f"followup:taf_due:{ref}:2025-06-01",
                            args=(case_id, "taf_due", "2025-06-01"))
        before = everything(db)
        assert "oldfield" in before and "loosemore" in before and "unkeptson" in before and "digestow" in before

        dry = retention.run(db, SETTINGS, NOW, dry_run=True)
        assert (dry.mail, dry.sent_mail, dry.cases, dry.case_refs) == (3, 2, 1, [ids["old_ref"]])
        assert everything(db) == before and retention_audit(db) == []

        caplog.set_level("INFO", logger="inboxbot.retention")
        report = retention.run(db, SETTINGS, NOW, actor="test")
        assert (report.mail, report.sent_mail, report.cases, report.case_refs) == (3, 2, 1, [ids["old_ref"]])
        assert retention_audit(db) == [{"mail": 3, "sent_mail": 2, "cases": 1, "raw_mail_retention_days": 365,
                                         "closed_case_retention_days": 730, "complete": True}]
        assert "cleared 3 received and 2 sent email(s), deleted 1 closed case(s)" in caplog.text
        assert "oldfield" not in caplog.text.lower() and ids["old_ref"] not in caplog.text

        # Gone: the old case, the mail past its period; nothing personal of them is left anywhere.
        after = everything(db)
        for gone in ("oldfield", "loosemore", "unkeptson", "digestow"):
            assert gone not in after, gone
        for kept in ("newfield", "reviewby", "openshaw", "recentley", "digestnew"):
            assert kept in after, kept
        assert counts(db) == {"cases": 3, "case_events": 3, "messages": 5, "outbox": 5}
        assert svc.aps.get_job(f"followup:taf_due:{ids['old_ref']}:2025-06-01") is None
        assert svc.aps.get_job("followup:taf_due:EH-000002:2025-06-01") is not None

        with db.sessions() as s:
            assert s.get(Case, ids["old"]) is None
            assert s.get(Case, ids["recent"]).children == [{"name": "Amara Newfield", "dob": "2015-03-09"}]
            # The message rows stay for the audit trail and duplicate detection.
            for key in ("old_mail", "loose_old", "loose_unkept"):
                m = s.get(Message, ids[key])
                assert (m.raw, m.outcome, m.extracted, m.sender, m.error, m.case_id) == (None,) * 6
                assert m.sha256 and m.size and m.message_id and m.status == "filed" and m.filed_folder == "Processed"
                assert m.seen_at and m.filed_at and m.reason == "complete: acknowledged"
            # SQL NULL, not the JSON text 'null': a second run must not find them again.
            assert s.scalar(text("SELECT count(*) FROM messages WHERE outcome IS NULL")) == 3
            assert s.get(Message, ids["recent_mail"]).raw is not None
            assert s.get(Message, ids["loose_new"]).outcome == {"family": "Recentley"}
            pending = s.scalar(select(OutboxItem).where(OutboxItem.dedupe_key == "acknowledgement:2"))
            # An email for the deleted case still waiting to go is cancelled, not sent empty.
            assert (pending.status, pending.raw, pending.recipients, pending.case_id) == (
                OutboxStatus.CANCELLED, b"", [], None)
            digest = s.get(OutboxItem, ids["digest_old"])
            assert (digest.raw, digest.subject, digest.status) == (b"", "", OutboxStatus.SENT)
            assert digest.recipients == ["east.coordinator@newham.gov.uk"]  # who got what stays
            assert s.get(OutboxItem, ids["digest_new"]).raw != b""
            # The deleted case's audit rows stay, without the case or its people.
            failed = s.scalar(select(AuditEvent).where(AuditEvent.event == "send_failed"))
            assert (failed.case_id, failed.recipients, failed.detail, failed.template) == (
                None, None, None, "acknowledgement")
            queued = s.scalars(select(AuditEvent).where(AuditEvent.event == "reply_queued")).all()
            assert sum(a.recipients is None for a in queued) == 2 and len(queued) == 5

        # A second run finds nothing more, and records that too.
        again = retention.run(db, SETTINGS, NOW + dt.timedelta(minutes=5), actor="test")
        assert (again.mail, again.sent_mail, again.cases) == (0, 0, 0)
        assert retention_audit(db)[-1]["mail"] == 0 and len(retention_audit(db)) == 2
        assert counts(db) == {"cases": 3, "case_events": 3, "messages": 5, "outbox": 5}
    finally:
        svc.shutdown()


def test_a_case_that_changes_after_planning_is_left_for_the_next_run(db, monkeypatch):
    ids = seed(db)
    with db.sessions() as s:
        planned = retention.gather(s)
    # An email matched by its reference reopens the old case while the run is under way.
    with db.transaction() as s:
        case = s.get(Case, ids["old"])
        case.status, case.updated_at = CaseStatus.AWAITING_INFORMATION, NOW - DAY
    monkeypatch.setattr(retention, "gather", lambda session: planned)
    report = retention.run(db, SETTINGS, NOW)
    assert report.cases == 0 and report.case_refs == []
    with db.sessions() as s:
        case = s.get(Case, ids["old"])
        assert case.family == "Oldfield" and len(case.events) == 1
        assert s.scalar(select(OutboxItem.status).where(OutboxItem.dedupe_key == "acknowledgement:2")) == OutboxStatus.PENDING
    assert retention_audit(db)[0]["cases"] == 0


# --- the daily job ------------------------------------------------------------------------------


def retention_jobs(svc):
    return [(j.id, j.next_run_time) for j in svc.aps.get_jobs() if j.id.startswith("retention:")]


def test_the_daily_job_is_in_the_shared_store_once_and_runs_at_half_past_three(db, db_url, tmp_path):
    config = make_config(tmp_path, db_url)
    clock = ManualClock(NOW)
    first = start_scheduler(config, db, clock)
    second = start_scheduler(config, db, clock)  # another process on the same database
    try:
        first.schedule_retention()
        second.schedule_retention()
        assert retention_jobs(second) == [("retention:2027-06-02", dt.datetime(2027, 6, 2, 3, 30, tzinfo=LONDON))]
        with db.transaction() as s:
            ref = add_case(s, "Oldfield", status=CaseStatus.CLOSED, closed=NOW - 800 * DAY).ref

        clock.set(dt.datetime(2027, 6, 2, 2, 29, tzinfo=UTC))
        assert first.run_due() == []
        clock.set(dt.datetime(2027, 6, 2, 2, 30, tzinfo=UTC))  # 03:30 BST
        assert first.run_due() == ["retention:2027-06-02"]
        with db.sessions() as s:
            assert s.scalar(select(Case).where(Case.ref == ref)) is None
        assert retention_audit(db) == [{"mail": 0, "sent_mail": 0, "cases": 1, "raw_mail_retention_days": 365,
                                         "closed_case_retention_days": 730, "complete": True}]
        # The next night's run is there once, whichever process adds it.
        assert retention_jobs(first) == [("retention:2027-06-03", dt.datetime(2027, 6, 3, 3, 30, tzinfo=LONDON))]
        second.schedule_retention()
        assert len(retention_jobs(second)) == 1
        # The other process's scheduler fired at the same moment: it does not run it again.
        assert second.run_retention(clock.now()) is None and len(retention_audit(db)) == 1

        clock.set(dt.datetime(2027, 6, 3, 2, 30, tzinfo=UTC))
        assert second.run_due() == ["retention:2027-06-03"]
        assert [a["cases"] for a in retention_audit(db)] == [1, 0]
    finally:
        first.shutdown()
        second.shutdown()


def test_the_daemon_schedules_the_daily_run(tmp_path):
    import threading
    from pathlib import Path

    from inboxbot.daemon import Daemon

    url = f"sqlite:///{tmp_path}/inboxbot.db"
    config = make_config(tmp_path, url)
    for inbox in config.inboxes.values():
        Path(inbox.maildir).parent.mkdir(parents=True, exist_ok=True)
    db = open_db(url)
    daemon = Daemon(config, db)
    stop = threading.Event()
    thread = threading.Thread(target=daemon.run, args=(stop,), kwargs={"install_signals": False}, daemon=True)
    thread.start()
    jobs = []
    try:
        for _ in range(200):
            with db.engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'apscheduler_jobs'")).scalar():
                    jobs = conn.execute(text("SELECT id FROM apscheduler_jobs WHERE id LIKE 'retention:%'")).all()
                    if jobs:
                        break
            stop.wait(0.05)
    finally:
        stop.set()
        thread.join(30)
        db.dispose()
    assert [j[0] for j in jobs] == [f"retention:{next_run(dt.datetime.now(UTC)).date().isoformat()}"]


# --- the command line ---------------------------------------------------------------------------


def config_file(tmp_path, url):
    """A TOML config on the given database, inboxes as Maildirs (never opened here)."""
    inboxes = "".join(
        f'[inboxes.{hood}]\naddress = "{hood}NAM@newham.gov.uk"\nmaildir = "{tmp_path}/mail/{hood}"\n'
        f'coordinators = ["{hood}.coordinator@newham.gov.uk"]\n' for hood in ("east", "west", "central", "south"))
    path = tmp_path / "inboxbot.toml"
    path.write_text(f'[database]\nurl = "{url}"\n[smtp]\nfrom = "Early Help <earlyhelppartnershipteam@newham.gov.uk>"\n'
                    f'[senders]\nallowed_domains = ["newham.gov.uk"]\n{inboxes}'
                    f'[storage]\nclosed_case_retention_days = 730\n')
    return str(path)


@pytest.fixture
def cli(tmp_path):
    """(config file, its database, the wall clock's now): the CLI reads the real time."""
    url = f"sqlite:///{tmp_path}/inboxbot.db"
    database = open_db(url)
    yield config_file(tmp_path, url), database, dt.datetime.now(UTC)
    database.dispose()


def test_cli_retention_dry_run_then_run(cli, capsys):
    from inboxbot.cli import main

    path, db, now = cli
    with db.transaction() as s:
        old = add_case(s, "Oldfield", status=CaseStatus.CLOSED, closed=now - 731 * DAY).ref
        add_case(s, "Newfield", status=CaseStatus.CLOSED, closed=now - 729 * DAY)
        add_mail(s, "Loosemore", seen=now - 366 * DAY, n=1)

    assert main(["retention", "--config", path, "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["dry_run"], out["mail"], out["sent_mail"], out["cases"], out["case_refs"]) == (True, 1, 0, 1, [old])
    assert counts(db)["cases"] == 2 and retention_audit(db) == []

    assert main(["retention", "--config", path]) == 0
    out = capsys.readouterr().out
    assert f"closed cases that were deleted (closed over 730 days ago): 1 ({old})" in out
    assert "received emails whose stored copy was cleared (older than 365 days): 1" in out
    assert counts(db)["cases"] == 1 and "oldfield" not in everything(db) and "loosemore" not in everything(db)
    with db.sessions() as s:
        run = s.scalar(select(AuditEvent).where(AuditEvent.event == "retention"))
        assert run.actor.startswith("cli:") and json.loads(run.detail)["cases"] == 1


def test_cli_cases_close_ends_follow_ups_and_starts_the_period(cli, capsys):
    from inboxbot.cli import main
    from inboxbot.config import load_config

    path, db, now = cli
    with db.transaction() as s:
        case = add_case(s, "Openshaw", status=CaseStatus.ACKNOWLEDGED, closed=now - 60 * DAY)
        add_sent(s, "Openshaw", created=now - DAY, case_id=case.id, n=1, status=OutboxStatus.PENDING,
                 purpose="taf_overdue")
        ref = case.ref
    svc = start_scheduler(load_config(path, env={}), db, ManualClock(now))  # plans the case's follow-ups
    svc.shutdown()  # the jobs stay in the store, as when the daemon stops

    def jobs():
        with db.engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM apscheduler_jobs WHERE id LIKE :p"), {"p": f"%:{ref}:%"}).scalar()

    assert jobs() > 0
    assert main(["cases", "close", ref.lower(), "--config", path]) == 0
    assert capsys.readouterr().out.startswith(f"{ref} closed (was acknowledged)")
    with db.sessions() as s:
        case = s.scalar(select(Case).where(Case.ref == ref))
        assert case.status == CaseStatus.CLOSED and case.closed_at >= now and case.updated_at == case.closed_at
        assert [(e.event, e.from_status, e.to_status) for e in case.events][-1] == (
            "closed", CaseStatus.ACKNOWLEDGED, CaseStatus.CLOSED)
        assert s.scalar(select(OutboxItem.status).where(OutboxItem.case_id == case.id)) == OutboxStatus.CANCELLED
        closed = s.scalar(select(AuditEvent).where(AuditEvent.event == "case_closed"))
        assert closed.case_id == case.id and closed.actor.startswith("cli:")
    assert jobs() == 0

    assert main(["cases", "--config", path, "close", ref]) == 0
    assert capsys.readouterr().out.startswith(f"{ref} was already closed")
    assert main(["cases", "close", "EH-999999", "--config", path]) == 1
    # Closed today: nothing is deleted until the period has passed.
    assert main(["retention", "--config", path, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["cases"] == 0
