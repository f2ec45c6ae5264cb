import datetime as dt
import socket

import aiosmtplib
import pytest
from aiosmtpd.controller import Controller

from inboxbot.commands import status_data
from inboxbot.db import open_database
from inboxbot.models import AuditEvent, OutboxItem
from inboxbot.outbox import (
    MaildirTransport,
    RefusedSendError,
    SmtpTransport,
    TransientSendError,
    _reply_error,
    backoff,
    queue,
    release_held,
    reply_text,
    retry_now,
    send_due,
)
from inboxbot.replies import Rendered

NOW = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)


class Handler:
    def __init__(self):
        self.messages = []
        self.refuse = None  # at DATA, e.g. "451 try later" / "550 no"
        self.refuse_mail = None  # at MAIL FROM, e.g. "554 5.7.1 relay denied"
        self.unknown = set()  # recipients refused at RCPT with 550 5.1.1

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.refuse_mail:
            return self.refuse_mail
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

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


def rendered(n, to="b@newham.gov.uk"):
    raw = (f"From: a@newham.gov.uk\r\nTo: {to}\r\nSubject: {n}\r\nMessage-ID: <m{n}@x>\r\n\r\n" + ("x" * 70 + "\r\n") * 30).encode()
    return Rendered(f"<m{n}@x>", "a@newham.gov.uk", (to,), str(n), "query", raw)


def fill(db, n=3, start=0, to="b@newham.gov.uk", now=NOW):
    with db.transaction() as s:
        for i in range(start, start + n):
            queue(s, rendered(i, to), purpose="query", now=now, dedupe_key=f"reply:{i}")


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


class Recording:
    """A transport that records what it was asked to send, slowly (so claims overlap)."""

    def __init__(self):
        import threading

        self.sent: list[int] = []
        self.lock = threading.Lock()

    def send(self, items, on_result):
        import time

        for item in items:
            time.sleep(0.01)
            with self.lock:
                self.sent.append(item.id)
            on_result(item, None)


@pytest.mark.integration
def test_senders_on_postgresql_claim_with_skip_locked_and_send_each_row_once(postgres_db):
    # Four senders (threads standing for processes on several hosts) drain one outbox: the
    # claim is SELECT ... FOR UPDATE SKIP LOCKED plus a compare-and-set, so no row goes twice.
    import threading

    db = open_database(postgres_db)
    fill(db, 120)
    transport = Recording()
    owners = [f"host-{k}:1" for k in range(4)]

    def drain(owner):
        while send_due(db, transport, now=NOW, owner=owner, retry_min=30, retry_max=60, limit=10).sent:
            pass

    threads = [threading.Thread(target=drain, args=(o,)) for o in owners]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(transport.sent) == sorted(set(transport.sent)) and len(transport.sent) == 120
    with db.sessions() as s:
        senders = {e.actor for e in s.query(AuditEvent).filter(AuditEvent.event == "sent")}
    assert len(senders) > 1, "one sender did all the work: the test did not exercise concurrent claims"
    db.dispose()


def test_maildir_transport(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 2)
    assert send_due(db, MaildirTransport(tmp_path / "out"), now=NOW, owner="t", retry_min=1, retry_max=2).sent == 2
    assert len(list((tmp_path / "out" / "new").iterdir())) == 2


def test_backoff():
    assert backoff(1, 30, 3600).total_seconds() == 30
    assert backoff(3, 30, 3600).total_seconds() == 120
    assert backoff(20, 30, 3600).total_seconds() == 3600


# --- 5xx: held, retried more slowly, failed only for one message refused for long ---------------------


def rows(db):
    with db.sessions() as s:
        return {r.id: (r.status, r.last_error, r.next_attempt_at) for r in s.query(OutboxItem)}


def events(db, name):
    with db.sessions() as s:
        return [e.outbox_id for e in s.query(AuditEvent).filter(AuditEvent.event == name).order_by(AuditEvent.id)]


def send(db, c, at, **kw):
    return send_due(db, SmtpTransport("127.0.0.1", c.port), now=at, owner="t", retry_min=30, retry_max=3600, **kw)


def test_5xx_held_on_the_slower_backoff_then_delivered_once(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 1)
    h.refuse = "554 5.7.1 rejected by policy"
    r = send(db, c, NOW, refused_min=300, refused_max=7200)
    assert (r.refused, r.failed, r.sent, r.refused_ids, r.server_refused) == (1, 0, 0, (1,), None)
    status, error, due = rows(db)[1]
    assert status == "pending" and error == "refused: at DATA: 554 5.7.1 rejected by policy"
    assert due == NOW + dt.timedelta(seconds=300)
    assert send(db, c, NOW + dt.timedelta(seconds=299)).refused == 0  # not due yet: not tried
    h.refuse = None
    assert send(db, c, NOW + dt.timedelta(seconds=300)).sent == 1
    retry_now(db, NOW + dt.timedelta(hours=1))
    release_held(db, NOW + dt.timedelta(hours=1))
    assert send(db, c, NOW + dt.timedelta(hours=2)).sent == 0
    assert len(h.messages) == 1 and rows(db)[1][0] == "sent"
    assert events(db, "send_refused") == [1] and events(db, "sent") == [1] and events(db, "send_failed") == []


def test_message_refused_for_the_whole_period_is_failed_at_the_deadline(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 2)
    h.refuse = "554 5.7.1 rejected by policy"
    timing = dict(refused_min=600, refused_max=1200, refused_hours=1)
    tried_at, at, failed = [], NOW, []
    while not failed:
        r = send(db, c, at, **timing)
        tried_at.append(round((at - NOW).total_seconds()))
        failed += r.failed_ids
        at = min(due for status, _, due in rows(db).values() if status == "pending") if not failed else at
    # 600 s, then doubling to 1200 s, the last try on the deadline itself (not up to 1200 s after it)
    assert tried_at == [0, 600, 1800, 3000, 3600]
    assert failed == [1, 2] and {status for status, _, _ in rows(db).values()} == {"failed"}
    assert events(db, "send_failed") == [1, 2] and len(events(db, "send_refused")) == 10
    assert send(db, c, at + dt.timedelta(days=1), **timing).refused == 0 and h.messages == []


def test_one_recipient_refused_is_that_message_only_and_its_address_is_not_kept(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 1)
    fill(db, 1, start=1, to="left.the.council@newham.gov.uk")
    fill(db, 1, start=2)
    h.unknown = {"left.the.council@newham.gov.uk"}
    r = send(db, c, NOW)
    assert (r.sent, r.refused, r.refused_ids, r.server_refused, r.refusing) == (2, 1, (2,), None, False)
    status, error, _ = rows(db)[2]
    assert status == "pending" and error.startswith("refused: at RCPT: 550 5.1.1")
    assert "left.the.council" not in error and "left.the.council" not in r.refusal_summary()
    assert len(h.messages) == 2


def test_session_refused_holds_every_row_never_fails_them_and_a_success_releases_them(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 3)
    h.refuse_mail = "554 5.7.1 <a@newham.gov.uk>: Sender address rejected: not permitted to relay"
    r = send(db, c, NOW, refused_hours=1)
    assert r.server_refused and "a@newham" not in r.server_refused
    assert (r.refused, r.refused_ids, r.refusing, r.sent) == (3, (1, 2, 3), True, 0)
    assert all(e.startswith("server refused: at MAIL FROM: 554") for _, e, _ in rows(db).values())
    assert events(db, "send_refused") == []  # the session was refused, not these messages
    assert status_data(db)["outbox"]["held_after_refusal"] == 3  # `inboxbot status` shows them waiting
    r = send(db, c, NOW + dt.timedelta(days=2), refused_hours=1)  # long past refused_hours: still held
    assert r.refused == 3 and r.failed == 0 and {s for s, _, _ in rows(db).values()} == {"pending"}
    h.refuse_mail = None
    later = NOW + dt.timedelta(days=2, minutes=1)
    fill(db, 1, start=3, now=later)  # a new reply is tried at once and goes out ...
    assert send(db, c, later).sent == 1
    assert all(due == later for s, _, due in rows(db).values() if s == "pending")  # ... releasing the held
    assert send(db, c, later).sent == 3
    assert sorted(m.original_content.split(b"Subject: ")[1][:1] for m in h.messages) == [b"0", b"1", b"2", b"3"]


@pytest.mark.parametrize(("exc", "kind", "session"), [
    (aiosmtplib.SMTPSenderRefused(554, "5.7.1 relay denied", "a@x"), RefusedSendError, True),
    (aiosmtplib.SMTPSenderRefused(552, "5.3.4 message too big", "a@x"), RefusedSendError, False),
    (aiosmtplib.SMTPSenderRefused(451, "4.3.0 try later", "a@x"), TransientSendError, False),
    (aiosmtplib.SMTPHeloError(550, "5.7.1 go away"), RefusedSendError, True),
    (aiosmtplib.SMTPDataError(554, "5.7.1 content rejected"), RefusedSendError, False),
    (aiosmtplib.SMTPDataError(452, "4.3.1 disk full"), TransientSendError, False),
])
def test_which_5xx_refuses_the_session(exc, kind, session):
    err = _reply_error(exc)
    assert isinstance(err, kind) and err.server_problem is session


def test_reply_text_cuts_addresses():
    assert reply_text(550, "5.1.1 <jo.bloggs@newham.gov.uk>: unknown; also jo@x.org") == "550 5.1.1 <address>: unknown; also <address>"


def test_an_address_the_client_cannot_send_to_is_that_message_refused_not_a_crash(tmp_path, smtp):
    h, c = smtp
    db = open_database(f"sqlite:///{tmp_path}/db.sqlite")
    fill(db, 1)
    with db.transaction() as s:  # a recipient aiosmtplib will not put in a command
        queue(s, Rendered("<bad@x>", "a@newham.gov.uk", ("a b@newham.gov.uk",), "bad",
                          "query", rendered(9).raw), purpose="query", now=NOW, dedupe_key="reply:bad")
    fill(db, 1, start=2)
    r = send(db, c, NOW)
    assert (r.sent, r.refused) == (2, 1)
    assert [status for status, _, _ in rows(db).values()] == ["sent", "pending", "sent"]
    assert len(h.messages) == 2
