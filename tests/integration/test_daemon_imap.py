"""The daemon against a real Dovecot (stock, and advertising only Exchange Online's capabilities
without MOVE) and a real aiosmtpd SMTP server."""

from __future__ import annotations

import email.utils
import time

import pytest

from tests.inboxbot.corpus_mail import corpus, reply_to, with_headers, without_attachment

from .daemon_support import (
    env_for,
    folder_counts,
    inbox_empty,
    is_followup,
    parse,
    replies,
    replies_and_alerts,
    running_daemon,
    wait_for_replies_and_alerts,
    wait_until,
    write_config,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def servers(dovecot_any, smtp_server):
    dovecot_any.reset()
    return dovecot_any, smtp_server


def test_backlog_at_start_filed_and_replied(tmp_path, servers):
    dovecot, smtp = servers
    dovecot.append("centralnam", "INBOX", corpus("0043"))  # complete submission
    dovecot.append("westnam", "INBOX", corpus("0068"))  # out-of-office auto-reply
    dovecot.append("southnam", "INBOX", corpus("0003"))  # non-delivery report
    dovecot.append("eastnam", "INBOX", corpus("0008"))  # read receipt
    dovecot.append("eastnam", "INBOX", corpus("0090"))  # newsletter
    dovecot.append("eastnam", "INBOX", corpus("0151"))  # meeting request from a colleague
    with running_daemon(write_config(tmp_path, dovecot, smtp)):
        wait_for_replies_and_alerts(smtp, 1, timeout=30)
        wait_until(lambda: all(inbox_empty(dovecot, u) for u in ("centralnam", "westnam", "southnam", "eastnam")), 30, "inboxes empty")
        time.sleep(1.5)
    [received] = replies_and_alerts(smtp)  # auto-replies, bounces, receipts, newsletters, invitations: none
    msg = parse(received.data)
    assert msg["X-Inboxbot-Case"] == "EH-000001" and msg["Auto-Submitted"] == "auto-replied"
    assert [r.lower() for r in received.rcpt_tos] == [email.utils.parseaddr(parse(corpus("0043"))["From"])[1].lower()]
    # Any TAF review reminders (how many depends on today's date) are about that case alone.
    assert {parse(m.data)["X-Inboxbot-Case"] for m in smtp.messages if is_followup(m.data)} <= {"EH-000001"}
    assert folder_counts(dovecot, "centralnam")["Processed"] == 1
    assert folder_counts(dovecot, "westnam")["Not a submission"] == 1
    assert folder_counts(dovecot, "southnam")["Not a submission"] == 1
    # Robot mail is filed unread; a colleague's meeting invitation goes to a person.
    assert folder_counts(dovecot, "eastnam")["Not a submission"] == 2
    assert folder_counts(dovecot, "eastnam")["Needs attention"] == 1
    if dovecot.capability and "MOVE" not in dovecot.capability.split():
        # Exchange Online tenants without MOVE: COPY + STORE \Deleted + UID EXPUNGE, never MOVE.
        sent_commands = dovecot.commands("eastnam")
        assert not any(" MOVE " in f" {c} ".upper() for c in sent_commands)
        assert any("COPY" in c.upper() for c in sent_commands)


def test_idle_pickup_and_round_trip(tmp_path, servers):
    dovecot, smtp = servers
    original = corpus("0043")
    sender = parse(original)["From"]
    with running_daemon(write_config(tmp_path, dovecot, smtp)):
        time.sleep(1.0)  # idle in IDLE
        t0 = time.monotonic()
        dovecot.append("centralnam", "INBOX", without_attachment(original, "SA Santos"))
        [query] = smtp.wait_for(1, timeout=20)
        latency = time.monotonic() - t0
        q = parse(query.data)
        assert "assessment_attached" in q["X-Inboxbot-Missing"]
        wait_until(lambda: folder_counts(dovecot, "centralnam")["Awaiting information"] == 1, 10, "filed as awaiting")
        dovecot.append("centralnam", "INBOX", reply_to(query.data, attach_from=original, needle="SA Santos",
                                                      sender=sender, nam="centralNAM@newham.gov.uk"))
        ack = parse(wait_for_replies_and_alerts(smtp, 2, timeout=20)[1].data)
        wait_until(lambda: inbox_empty(dovecot, "centralnam"), 10, "inbox empty")
    assert latency < 10, latency
    assert ack["X-Inboxbot-Case"] == q["X-Inboxbot-Case"]
    assert "assessment_attached" not in (ack["X-Inboxbot-Missing"] or "")
    assert ack["In-Reply-To"] != q["In-Reply-To"]
    assert len(replies_and_alerts(smtp)) == 2


def test_duplicate_send_and_disallowed_sender(tmp_path, servers):
    dovecot, smtp = servers
    raw = corpus("0051")
    dovecot.append("eastnam", "INBOX", raw)
    dovecot.append("eastnam", "INBOX", raw)  # the same email delivered twice
    dovecot.append("westnam", "INBOX", with_headers(corpus("0052"), From="Dawn (newham.gov.uk) <dawn@gmail.com>"))
    with running_daemon(write_config(tmp_path, dovecot, smtp)) as daemon:
        wait_for_replies_and_alerts(smtp, 1, timeout=30)
        wait_until(lambda: inbox_empty(dovecot, "eastnam") and inbox_empty(dovecot, "westnam"), 30, "inboxes empty")
        time.sleep(1.5)
        from inboxbot.models import AuditEvent

        with daemon.db.sessions() as s:
            assert s.query(AuditEvent).filter(AuditEvent.event == "spoof_suspected").count() == 1
    assert len(replies_and_alerts(smtp)) == 1
    counts = folder_counts(dovecot, "eastnam")
    assert sum(counts[f] for f in counts if f != "INBOX") == 2
    assert folder_counts(dovecot, "westnam")["Needs attention"] == 1


def test_server_restart_mid_run(tmp_path, servers):
    dovecot, smtp = servers
    with running_daemon(write_config(tmp_path, dovecot, smtp)):
        dovecot.append("eastnam", "INBOX", corpus("0051"))
        wait_for_replies_and_alerts(smtp, 1, timeout=20)
        dovecot.restart()
        dovecot.append("southnam", "INBOX", corpus("0043"))
        wait_for_replies_and_alerts(smtp, 2, timeout=40)
        wait_until(lambda: inbox_empty(dovecot, "southnam"), 20, "south inbox empty")
    assert len(replies_and_alerts(smtp)) == 2


def test_smtp_refusing_for_a_while_then_sent_once(tmp_path, servers):
    dovecot, smtp = servers
    smtp.refuse(451, seconds=4)
    with running_daemon(write_config(tmp_path, dovecot, smtp)) as daemon:
        dovecot.append("eastnam", "INBOX", corpus("0051"))
        wait_until(lambda: inbox_empty(dovecot, "eastnam"), 20, "filed while SMTP refuses")
        assert smtp.messages == []
        wait_for_replies_and_alerts(smtp, 1, timeout=30)
        time.sleep(2)
        from inboxbot.models import OutboxItem

        with daemon.db.sessions() as s:
            item = s.query(OutboxItem).filter(OutboxItem.purpose == "acknowledgement").one()
            assert item.status == "sent" and item.attempts >= 2
    assert len(replies(smtp)) == 1


def test_xoauth2_for_imap_and_smtp(tmp_path, servers, oauth_server):
    dovecot, smtp = servers
    path = write_config(tmp_path, dovecot, smtp, oauth=oauth_server)
    dovecot.append("eastnam", "INBOX", corpus("0051"))
    with running_daemon(path, env=env_for(oauth_server)):
        smtp.wait_for(1, timeout=30)
        wait_until(lambda: inbox_empty(dovecot, "eastnam"), 20, "filed")
    assert smtp.auth_attempts and smtp.auth_attempts[-1][0].upper() == "XOAUTH2" and smtp.auth_attempts[-1][2]


def test_a_reply_refused_once_is_held_then_delivered_without_an_alert(tmp_path, servers):
    dovecot, smtp = servers
    smtp.refuse(550, count=1, stage="RCPT")
    with running_daemon(write_config(tmp_path, dovecot, smtp)) as daemon:
        dovecot.append("eastnam", "INBOX", corpus("0051"))
        reply = parse(wait_for_replies_and_alerts(smtp, 1, timeout=30)[0].data)
        time.sleep(1.5)
        from inboxbot.models import AuditEvent, OutboxItem

        with daemon.db.sessions() as s:
            statuses = sorted((o.purpose, o.status) for o in s.query(OutboxItem))
            refusals = s.query(AuditEvent).filter(AuditEvent.event == "send_refused").count()
    assert reply["X-Inboxbot-Case"] and reply["To"] != "admin@newham.gov.uk"
    assert ("acknowledgement", "sent") in statuses and not any(p == "alert" for p, _ in statuses)
    assert refusals == 1 and len(replies_and_alerts(smtp)) == 1


def test_a_reply_refused_for_the_whole_period_is_failed_and_admins_alerted_once(tmp_path, servers):
    dovecot, smtp = servers
    # Refused for longer than the daemon keeps trying (2 s here, 24 h by default); the alert
    # about it is accepted once the refusals stop.
    smtp.refuse(550, seconds=6, stage="RCPT")
    config = write_config(tmp_path, dovecot, smtp, timing={"refused_retry_hours": 2 / 3600})
    with running_daemon(config) as daemon:
        dovecot.append("eastnam", "INBOX", corpus("0051"))
        alert = parse(wait_for_replies_and_alerts(smtp, 1, timeout=30)[0].data)
        time.sleep(2.5)
        from inboxbot.models import OutboxItem

        with daemon.db.sessions() as s:
            statuses = sorted((o.purpose, o.status) for o in s.query(OutboxItem))
    assert alert["To"] == "admin@newham.gov.uk" and alert["Auto-Submitted"] == "auto-generated"
    assert ("alert", "sent") in statuses and ("acknowledgement", "failed") in statuses
    assert len(replies_and_alerts(smtp)) == 1


def test_bad_credentials_alert_admins_and_show_in_status(tmp_path, servers):
    dovecot, smtp = servers
    path = write_config(tmp_path, dovecot, smtp)
    path.write_text(path.read_text().replace(f'password = "{dovecot.users["westnam"]}"', 'password = "wrong"'))
    from inboxbot.commands import status_data
    from inboxbot.config import load_config
    from inboxbot.daemon import Daemon
    from inboxbot.db import open_database
    import threading

    config = load_config(path)
    daemon = Daemon(config, open_database(config.database.url))
    stop = threading.Event()
    t = threading.Thread(target=daemon.run, args=(stop,), kwargs={"install_signals": False}, daemon=True)
    t.start()
    try:
        dovecot.append("eastnam", "INBOX", corpus("0051"))
        msgs = wait_for_replies_and_alerts(smtp, 2, timeout=30)  # the reply from east, and one alert about west
        time.sleep(2)
        data = status_data(daemon.db)
    finally:
        stop.set()
        t.join(30)
    alerts = [parse(m.data) for m in msgs if not parse(m.data)["X-Inboxbot-Case"]]
    assert len(alerts) == 1 and "west" in alerts[0]["Subject"]
    west = [i for i in data["inboxes"] if i["inbox"] == "west"][0]
    assert not west["connected"] and "PermanentMailboxError" in west["last_error"]
    assert len([m for m in replies_and_alerts(smtp) if not parse(m.data)["X-Inboxbot-Case"]]) == 1  # once


def test_restart_finishes_an_email_left_flagged_deleted_without_move(tmp_path, dovecot_exchange, smtp_server):
    """A daemon killed between STORE \\Deleted and UID EXPUNGE left its email flagged in INBOX,
    where `list_ids` no longer offers it. The next pass finishes it from the DECIDED row; a
    message a person flagged \\Deleted (no row) is left as it is."""
    import datetime as dt

    from sqlalchemy import select

    from inboxbot.config import load_config
    from inboxbot.daemon import Daemon
    from inboxbot.db import open_database
    from inboxbot.models import Message, MessageStatus

    filed = b"From: a@nhs.example\r\nMessage-ID: <f1@nhs.example>\r\nSubject: step-down\r\n\r\nhello\r\n"
    dovecot = dovecot_exchange
    dovecot.reset()
    person = b"Subject: a coordinator's\r\n\r\nx\r\n"
    dovecot.append("eastnam", "INBOX", person, flags=(b"\\Deleted",))
    ours = dovecot.append("eastnam", "INBOX", filed)
    with dovecot.client("eastnam") as c:  # what the killed daemon had done
        c.create_folder("Processed")
        c.select_folder("INBOX")
        c.copy([ours], "Processed")
        c.add_flags([ours], [b"\\Deleted"])
    config = load_config(write_config(tmp_path, dovecot, smtp_server))
    daemon = Daemon(config, open_database(config.database.url))
    now = dt.datetime.now(dt.timezone.utc)
    with daemon.db.transaction() as s:
        s.add(Message(inbox="east", folder="INBOX", source_id=f"{dovecot.uidvalidity('eastnam')}:{ours}",
                      status=MessageStatus.DECIDED, target_folder="Processed", seen_at=now, decided_at=now))
    try:
        report = daemon.process_inbox("east")
    finally:
        daemon.close()
    assert report.seen == 0  # nothing new: only the interrupted filing was finished
    with daemon.db.sessions() as s:
        row = s.scalars(select(Message)).one()
        assert (row.status, row.filed_folder) == (MessageStatus.FILED, "Processed")
    assert [body for body, flags in dovecot.messages("eastnam", "Processed") if b"\\Deleted" not in flags] == [filed]
    assert dovecot.messages("eastnam", "INBOX") == [(person, (b"\\Deleted",))]
