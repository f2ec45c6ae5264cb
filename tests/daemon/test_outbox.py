import datetime as dt
import socket

import pytest
from aiosmtpd.controller import Controller

from inboxbot.db import open_database
from inboxbot.models import OutboxItem
from inboxbot.outbox import MaildirTransport, SmtpTransport, backoff, queue, send_due
from inboxbot.replies import Rendered

NOW = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)


class Handler:
    def __init__(self):
        self.messages = []
        self.refuse = None  # e.g. "451 try later" / "550 no"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return self.refuse
        self.messages.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    h = Handler()
    c = Controller(h, hostname="127.0.0.1", port=free_port())
    c.start()
    yield h, c
    c.stop()


def rendered(n):
    raw = (f"From: a@newham.gov.uk\r\nTo: b@newham.gov.uk\r\nSubject: {n}\r\nMessage-ID: <m{n}@x>\r\n\r\n" + ("x" * 70 + "\r\n") * 30).encode()
    return Rendered(f"<m{n}@x>", "a@newham.gov.uk", ("b@newham.gov.uk",), str(n), "query", raw)


def fill(db, n=3):
    with db.transaction() as s:
        for i in range(n):
            queue(s, rendered(i), purpose="query", now=NOW, dedupe_key=f"reply:{i}")


def test_sends_and_marks_sent_once(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db)
    t = SmtpTransport("127.0.0.1", c.port)
    r = send_due(db, t, now=NOW, owner="t", retry_min=30, retry_max=3600)
    assert r.sent == 3 and len(h.messages) == 3
    assert h.messages[0].original_content.count(b"\r\n") >= 4
    assert send_due(db, t, now=NOW, owner="t", retry_min=30, retry_max=3600).sent == 0
    assert len(h.messages) == 3


def test_4xx_retried_with_backoff_then_sent(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 1)
    t = SmtpTransport("127.0.0.1", c.port)
    h.refuse = "451 4.3.0 try later"
    r = send_due(db, t, now=NOW, owner="t", retry_min=30, retry_max=3600)
    assert r.retried == 1 and r.sent == 0
    assert send_due(db, t, now=NOW + dt.timedelta(seconds=10), owner="t", retry_min=30, retry_max=3600).sent == 0
    h.refuse = None
    assert send_due(db, t, now=NOW + dt.timedelta(seconds=31), owner="t", retry_min=30, retry_max=3600).sent == 1


def test_5xx_marked_failed(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 1)
    h.refuse = "554 5.7.1 rejected"
    r = send_due(db, SmtpTransport("127.0.0.1", c.port), now=NOW, owner="t", retry_min=30, retry_max=3600)
    assert r.failed == 1 and r.failed_ids
    with db.sessions() as s:
        assert s.query(OutboxItem).one().status == "failed"


def test_connection_refused_is_transient(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 2)
    r = send_due(db, SmtpTransport("127.0.0.1", free_port(), timeout=2), now=NOW, owner="t", retry_min=30, retry_max=3600)
    assert r.server_error and r.retried == 2


def test_claims_are_exclusive(tmp_path):
    from inboxbot.outbox import claim_due

    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 3)
    a = claim_due(db, NOW, "a", 60)
    b = claim_due(db, NOW, "b", 60)
    assert len(a) == 3 and b == []
    assert len(claim_due(db, NOW + dt.timedelta(seconds=61), "b", 60)) == 3  # an expired claim is taken over


def test_maildir_transport(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 2)
    assert send_due(db, MaildirTransport(tmp_path / "out"), now=NOW, owner="t", retry_min=1, retry_max=2).sent == 2
    assert len(list((tmp_path / "out" / "new").iterdir())) == 2


def test_backoff():
    assert backoff(1, 30, 3600).total_seconds() == 30
    assert backoff(3, 30, 3600).total_seconds() == 120
    assert backoff(20, 30, 3600).total_seconds() == 3600
