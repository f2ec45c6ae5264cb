import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from inboxbot.alerts import FAILED_KEY, Alerter
from inboxbot.config import load_config
from inboxbot.daemon import Daemon
from inboxbot.db import open_database
from inboxbot.models import AlertState, AuditEvent, OutboxItem
from inboxbot.outbox import RefusedSendError, queue
from inboxbot.replies import Rendered, Templates
from inboxbot import store

ROOT = Path(__file__).resolve().parents[2]
T0 = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)


def setup(tmp_path):
    cfg = load_config(ROOT / "config" / "inboxbot.toml", env={})
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    return cfg, db, Alerter(db, cfg, Templates(ROOT / "templates"), "test")


def alerts(db):
    with db.sessions() as s:
        return s.query(OutboxItem).filter(OutboxItem.purpose == "alert").all()


def test_alert_once_after_threshold_then_not_again_for_a_day(tmp_path):
    cfg, db, a = setup(tmp_path)
    n = cfg.timing.failures_before_alert
    results = [a.failure("inbox:east", "cannot read the east inbox", "AUTHENTICATIONFAILED", T0 + dt.timedelta(minutes=i)) for i in range(n + 5)]
    assert results.count(True) == 1 and results.index(True) == n - 1
    [item] = alerts(db)
    assert item.recipients == list(cfg.admins)
    assert b"AUTHENTICATIONFAILED" in item.raw and b"Auto-Submitted: auto-generated" in item.raw
    a.success("inbox:east", T0 + dt.timedelta(hours=1))
    for i in range(n):
        a.failure("inbox:east", "x", "y", T0 + dt.timedelta(hours=2, minutes=i))
    assert len(alerts(db)) == 1  # flapping: still within the repeat period
    for i in range(n):
        a.failure("inbox:east", "x", "y", T0 + dt.timedelta(hours=30, minutes=i))
    assert len(alerts(db)) == 2


def test_permanent_failure_alerts_at_once(tmp_path):
    _, db, a = setup(tmp_path)
    assert a.failure("smtp", "cannot send", "535 bad credentials", T0, immediate=True)
    assert len(alerts(db)) == 1


def test_inbox_lease_one_holder_taken_over_when_expired(tmp_path):
    _, db, _ = setup(tmp_path)
    with db.transaction() as s:
        assert store.claim_inbox(s, "east", "eastNAM@newham.gov.uk", "host-a:1", T0, 60)
    with db.transaction() as s:
        assert not store.claim_inbox(s, "east", "eastNAM@newham.gov.uk", "host-b:2", T0 + dt.timedelta(seconds=30), 60)
    with db.transaction() as s:
        assert store.claim_inbox(s, "east", "eastNAM@newham.gov.uk", "host-a:1", T0 + dt.timedelta(seconds=30), 60)  # renew
    with db.transaction() as s:
        assert store.claim_inbox(s, "east", "eastNAM@newham.gov.uk", "host-b:2", T0 + dt.timedelta(seconds=91), 60)


# --- refusals (5xx): one alert for the condition, one naming the emails that finally failed ----------


class RefusingTransport:
    """A fake SMTP server: refuses every message to `unknown` (550 5.1.1), or the whole session."""

    def __init__(self, unknown=()):
        self.unknown = set(unknown)
        self.refuse_session = False
        self.delivered = []  # outbox ids, in order

    def send(self, items, on_result):
        for item in items:
            if self.refuse_session:
                raise RefusedSendError("at MAIL FROM: 554 5.7.1 relay denied", server_problem=True)
            if self.unknown & set(item.recipients):
                on_result(item, RefusedSendError("at RCPT: 550 5.1.1 <address>: user unknown"))
            else:
                self.delivered.append(item.id)
                on_result(item, None)


def refusing_daemon(tmp_path, transport):
    cfg, db, _ = setup(tmp_path)
    return Daemon(cfg, db, mailboxes={}, transport=transport, checker=object(), owner="test")


def reply(db, n, to, now):
    raw = f"To: {to}\r\nMessage-ID: <r{n}@x>\r\nSubject: reply {n}\r\n\r\nfictional\r\n".encode()
    with db.transaction() as s:
        item = queue(s, Rendered(f"<r{n}@x>", "a@newham.gov.uk", (to,), f"reply {n}", "query", raw),
                     purpose="query", now=now, dedupe_key=f"reply:{n}")
        s.flush()
        return item.id


def alerts_about(db, key):
    return [a for a in alerts(db) if a.dedupe_key.startswith(f"alert:{key}:")]


def run_until(d, until, start=T0):
    """Call send_outbox at each time a pending row falls due, up to `until`."""
    at = start
    while at <= until:
        d.send_outbox(at)
        with d.db.sessions() as s:
            at = s.scalar(select(func.min(OutboxItem.next_attempt_at)).where(OutboxItem.status == "pending"))
        if at is None:
            return


def test_refused_past_the_period_fails_with_exactly_one_alert_naming_the_rows(tmp_path):
    t = RefusingTransport(unknown={"gone@newham.gov.uk"})
    d = refusing_daemon(tmp_path, t)
    ids = [reply(d.db, i, "gone@newham.gov.uk", T0) for i in range(3)]
    hours = d.config.timing.refused_retry_hours
    run_until(d, T0 + dt.timedelta(hours=hours + 1))
    with d.db.sessions() as s:
        assert {r.status for r in s.query(OutboxItem).filter(OutboxItem.purpose == "query")} == {"failed"}
        assert not s.query(AlertState).filter(AlertState.key.like("refused:%")).count()  # no alert per row
    [failed] = alerts_about(d.db, FAILED_KEY)
    assert b"3 email(s) could not be sent" in failed.raw
    assert f"#{ids[0]}, #{ids[1]}, #{ids[2]}".encode() in failed.raw and b"gone@" not in failed.raw
    # Nothing went out while they were refused: the condition was alerted once, too.
    assert len(alerts_about(d.db, "smtp-refusing")) == 1
    d.send_outbox(T0 + dt.timedelta(hours=hours + 5))
    assert len(alerts_about(d.db, FAILED_KEY)) == 1 and t.delivered == [a.id for a in alerts(d.db)]


def test_session_refusal_alerts_once_is_cleared_by_a_success_and_sends_each_reply_once(tmp_path):
    t = RefusingTransport()
    d = refusing_daemon(tmp_path, t)
    t.refuse_session = True
    ids = [reply(d.db, i, "worker@newham.gov.uk", T0) for i in range(5)]
    for minutes in range(0, 600, 10):  # ten hours of refusals, new replies now and then
        if minutes % 60 == 0:
            ids.append(reply(d.db, 100 + minutes, "worker@newham.gov.uk", T0 + dt.timedelta(minutes=minutes)))
        d.send_outbox(T0 + dt.timedelta(minutes=minutes))
    assert len(alerts_about(d.db, "smtp-refusing")) == 1 and t.delivered == []
    with d.db.sessions() as s:
        assert s.get(AlertState, "smtp-refusing").failures > d.config.timing.failures_before_alert
        assert s.query(OutboxItem).filter(OutboxItem.status == "failed").count() == 0
    t.refuse_session = False
    back = T0 + dt.timedelta(hours=10)
    ids.append(reply(d.db, 999, "worker@newham.gov.uk", back))
    d.send_outbox(back)  # the new reply goes out and releases the held ones ...
    d.send_outbox(back)  # ... which go out at once, not after their back-off
    assert sorted(i for i in t.delivered if i in ids) == sorted(ids)
    assert len(t.delivered) == len(set(t.delivered))
    with d.db.sessions() as s:
        assert s.get(AlertState, "smtp-refusing").failures == 0
    # Refusing again within alert_repeat_hours: counted, but no second alert (the throttle) ...
    t.refuse_session = True
    for minutes in range(0, 60, 10):
        reply(d.db, 2000 + minutes, "worker@newham.gov.uk", back + dt.timedelta(minutes=minutes))
        d.send_outbox(back + dt.timedelta(minutes=minutes))
    assert len(alerts_about(d.db, "smtp-refusing")) == 1
    # ... and a second one once it has passed.
    later = T0 + dt.timedelta(hours=d.config.timing.alert_repeat_hours + 1)
    for minutes in range(0, 60, 10):
        reply(d.db, 3000 + minutes, "worker@newham.gov.uk", later + dt.timedelta(minutes=minutes))
        d.send_outbox(later + dt.timedelta(minutes=minutes))
    assert len(alerts_about(d.db, "smtp-refusing")) == 2


def failed_row(db, n, at, purpose="query"):
    """An outbox row as send_due leaves it after the last refusal."""
    oid = reply(db, n, "gone@newham.gov.uk", at)
    with db.transaction() as s:
        s.get(OutboxItem, oid).status = "failed"
        s.get(OutboxItem, oid).purpose = purpose
        s.add(AuditEvent(at=at, event="send_failed", outbox_id=oid, detail="at RCPT: 550 5.1.1"))
    return oid


def test_failed_sends_named_in_one_alert_an_hour_none_left_out(tmp_path):
    cfg, db, a = setup(tmp_path)
    assert not a.sends_failed([], T0)
    first = [failed_row(db, i, T0) for i in range(2)]
    assert a.sends_failed(first, T0)
    late = failed_row(db, 2, T0 + dt.timedelta(minutes=10))
    failed_row(db, 3, T0 + dt.timedelta(minutes=10), purpose="alert")  # an alert never begets an alert
    assert not a.sends_failed([late], T0 + dt.timedelta(minutes=10))  # within the hour: waits
    assert not a.sends_failed([], T0 + dt.timedelta(minutes=59))
    restarted = Alerter(db, cfg, Templates(ROOT / "templates"), "test")  # the wait survives a restart
    assert restarted.sends_failed([], T0 + dt.timedelta(minutes=61))
    assert not restarted.sends_failed([], T0 + dt.timedelta(hours=3))
    one, two = alerts_about(db, FAILED_KEY)
    assert b"2 email(s)" in one.raw and f"#{first[0]}, #{first[1]}".encode() in one.raw
    assert b"1 email(s)" in two.raw and f"outbox #{late}\r\n".encode() in two.raw.replace(b"=\r\n", b"")
    with db.sessions() as s:
        told = [e.outbox_id for e in s.query(AuditEvent).filter(AuditEvent.event == "failure_reported")]
    assert sorted(told) == sorted(first + [late])
