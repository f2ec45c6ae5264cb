import datetime as dt
from pathlib import Path

from inboxbot.alerts import Alerter
from inboxbot.config import load_config
from inboxbot.db import open_database
from inboxbot.models import OutboxItem
from inboxbot.replies import Templates
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
