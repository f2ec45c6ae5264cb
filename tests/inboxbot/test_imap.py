"""IMAP-specific behaviour of `ImapMailbox`, against real Dovecot.

The contract suite proves the behaviour all mailboxes share; here we prove
*how* the IMAP one gets there, from Dovecot's rawlog of what the client
actually sent: only advertised capabilities, BODY.PEEK, no plain EXPUNGE,
TLS verified, and which failures are permanent or transient.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import ssl

import pytest

from inboxbot.imap import ImapMailbox
from inboxbot.mailbox import PermanentMailboxError, TransientMailboxError
from inboxbot.oauth import ClientCredentialsToken
from tests.servers import DovecotServer, OAuthServer, free_port

pytestmark = pytest.mark.integration

USER = "westnam"
MESSAGE = b"From: a@nhs.example\r\nSubject: step-down\r\n\r\nhello\r\n"


def commands(server: DovecotServer, user: str = USER) -> list[str]:
    """Command names sent, e.g. ["SELECT", "UID SEARCH", "UID MOVE"]."""
    names = []
    for line in server.commands(user):
        words = line.split()
        if len(words) < 2 or not words[0].isalnum() or words[0].isdigit():
            continue  # literal data or a continuation line
        verb = words[1].upper()
        names.append(f"UID {words[2].upper()}" if verb == "UID" and len(words) > 2 else verb)
    return names


def mailbox(server: DovecotServer, **kw: object) -> ImapMailbox:
    kw.setdefault("password", server.users[USER])
    return ImapMailbox("west", server.host, server.port, USER, security="none",
                       timeout=10, **kw)  # type: ignore[arg-type]


def filed_once(server: DovecotServer, mb: ImapMailbox) -> None:
    server.reset()
    server.append(USER, "INBOX", MESSAGE)
    (msg_id,) = mb.list_ids()
    assert mb.fetch(msg_id) == MESSAGE
    mb.move(msg_id, "Processed/Accepted")
    mb.close()


def test_stock_dovecot_files_with_move(dovecot: DovecotServer) -> None:
    filed_once(dovecot, mailbox(dovecot))
    sent = commands(dovecot)
    assert "UID MOVE" in sent
    assert "EXPUNGE" not in sent and "UID EXPUNGE" not in sent


def test_exchange_capabilities_file_without_move(dovecot_exchange: DovecotServer) -> None:
    server = dovecot_exchange
    filed_once(server, mailbox(server))
    sent = commands(server)
    assert "UID MOVE" not in sent and "MOVE" not in sent
    assert sent.count("UID COPY") == 1
    assert "UID STORE" in sent and "UID EXPUNGE" in sent
    assert "EXPUNGE" not in sent  # never the folder-wide kind
    assert server.list_folder(USER, "Processed/Accepted") == [MESSAGE]
    assert server.list_folder(USER, "INBOX") == []


def test_exchange_expunge_leaves_other_deleted_messages_alone(
        dovecot_exchange: DovecotServer) -> None:
    server = dovecot_exchange
    server.reset()
    # A coordinator's client flagged this one \Deleted but has not expunged.
    server.append(USER, "INBOX", b"Subject: someone else's\r\n\r\nx\r\n", flags=(b"\\Deleted",))
    server.append(USER, "INBOX", MESSAGE)
    mb = mailbox(server)
    (msg_id,) = mb.list_ids()  # the \Deleted one is not offered
    mb.move(msg_id, "Processed")
    assert server.flags(USER, "INBOX") == [(b"\\Deleted",)]


def test_minimal_server_flags_deleted_and_never_expunges(dovecot_minimal: DovecotServer) -> None:
    server = dovecot_minimal
    mb = mailbox(server, poll_interval=0.1)
    filed_once(server, mb)
    sent = commands(server)
    assert "UID COPY" in sent and "UID STORE" in sent
    assert not {"EXPUNGE", "UID EXPUNGE", "UID MOVE", "IDLE", "NAMESPACE"} & set(sent)
    assert server.list_folder(USER, "Processed.Accepted") == [MESSAGE]
    assert server.flags(USER, "INBOX") == [(b"\\Deleted",)]
    assert mb.list_ids() == []


# -- filing without MOVE, interrupted and resumed ------------------------------
# A crash between COPY and STORE \Deleted, or between STORE and UID EXPUNGE, is
# reproduced by a second session doing those steps; then `move` must finish.

DELIVERED = dt.datetime(2024, 3, 5, 9, 30, 0, tzinfo=dt.timezone.utc)
RECEIVED = (b"Received: from mx1.nhs.example by mail.newham.gov.uk; 5 Mar 2024 09:29:58 +0000\r\n"
            b"Message-ID: <a1@nhs.example>\r\n")
DELIVERY = RECEIVED + MESSAGE
NO_MESSAGE_ID = MESSAGE.replace(b"hello", b"no Message-ID here")


def deliver(server: DovecotServer, folder: str, data: bytes, when: dt.datetime = DELIVERED,
            flags: tuple[bytes, ...] = ()) -> int:
    """APPEND with a chosen internal date; returns the UID."""
    with server.client(USER) as c:
        if not c.folder_exists(folder):
            c.create_folder(folder)
        resp = c.append(folder, data, flags=flags, msg_time=when)
    return int(resp.decode().split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])


def interrupted(server: DovecotServer, uid: int, folder: str, *, flagged: bool) -> None:
    """What a filing killed after COPY (and after STORE \\Deleted if `flagged`) left behind."""
    with server.client(USER) as c:
        if not c.folder_exists(folder):
            c.create_folder(folder)
        c.select_folder("INBOX")
        c.copy([uid], folder)
        if flagged:
            c.add_flags([uid], [b"\\Deleted"])


def live(server: DovecotServer, folder: str) -> list[bytes]:
    return [body for body, flags in server.messages(USER, folder) if b"\\Deleted" not in flags]


def msg_id(server: DovecotServer, uid: int) -> str:
    return f"{server.uidvalidity(USER)}:{uid}"


@pytest.mark.parametrize("data", [DELIVERY, NO_MESSAGE_ID], ids=["message-id", "no-message-id"])
def test_move_after_an_interrupted_copy_does_not_copy_again(
        dovecot_exchange: DovecotServer, data: bytes) -> None:
    server = dovecot_exchange
    server.reset()
    uid = deliver(server, "INBOX", data)
    interrupted(server, uid, "Processed", flagged=False)
    mb = mailbox(server)
    assert mb.list_ids() == [msg_id(server, uid)]
    mb.move(msg_id(server, uid), "Processed")
    assert server.list_folder(USER, "Processed") == [data]
    assert server.list_folder(USER, "INBOX") == []
    assert commands(server).count("UID COPY") == 1  # the interrupted one only
    with pytest.raises(KeyError):
        mb.move(msg_id(server, uid), "Processed")  # done: a third call finds nothing to file


def test_another_delivery_of_the_same_message_id_is_not_taken_for_the_copy(
        dovecot_exchange: DovecotServer) -> None:
    server = dovecot_exchange
    server.reset()
    # In the target already: the same bytes delivered an hour earlier, and a delivery
    # with the same Message-ID, size and internal date through another relay.
    other_relay = DELIVERY.replace(b"mx1.nhs.example", b"mx2.nhs.example")
    assert len(other_relay) == len(DELIVERY)
    deliver(server, "Processed", DELIVERY, DELIVERED - dt.timedelta(hours=1))
    deliver(server, "Processed", other_relay)
    uid = deliver(server, "INBOX", DELIVERY)
    mb = mailbox(server)
    mb.move(msg_id(server, uid), "Processed")
    assert sorted(live(server, "Processed")) == sorted([DELIVERY, DELIVERY, other_relay])
    assert server.list_folder(USER, "INBOX") == []
    assert commands(server).count("UID COPY") == 1


@pytest.mark.parametrize("cut_short", [False, True], ids=["straight", "after-copy"])
def test_the_same_bytes_delivered_twice_are_filed_twice(dovecot_exchange: DovecotServer,
                                                         cut_short: bool) -> None:
    server = dovecot_exchange
    server.reset()
    first = deliver(server, "INBOX", DELIVERY)
    second = deliver(server, "INBOX", DELIVERY)  # same bytes, same internal date
    mb = mailbox(server)
    mb.list_ids()
    mb.move(msg_id(server, first), "Processed")
    if cut_short:
        interrupted(server, second, "Processed", flagged=False)
    # The caller knows one message with these bytes was filed there already.
    mb.move(msg_id(server, second), "Processed", twins=1)
    assert live(server, "Processed") == [DELIVERY, DELIVERY]
    assert server.list_folder(USER, "INBOX") == []


def test_move_finishes_a_message_left_flagged_deleted(dovecot_exchange: DovecotServer) -> None:
    server = dovecot_exchange
    server.reset()
    person = deliver(server, "INBOX", b"Subject: a coordinator's\r\n\r\nx\r\n", flags=(b"\\Deleted",))
    uid = deliver(server, "INBOX", DELIVERY)
    interrupted(server, uid, "Processed", flagged=True)
    mb = mailbox(server)
    assert mb.list_ids() == []  # \Deleted: not offered as new mail, whoever flagged it
    mb.move(msg_id(server, uid), "Processed")
    assert live(server, "Processed") == [DELIVERY]
    assert server.messages(USER, "INBOX") == [(b"Subject: a coordinator's\r\n\r\nx\r\n", (b"\\Deleted",))]
    assert [line for line in server.commands(USER) if "EXPUNGE" in line.upper()] == [
        line for line in server.commands(USER) if f"UID EXPUNGE {uid}" in line.upper()]
    # The person's \Deleted message has no copy in the target: never filed, never expunged.
    with pytest.raises(KeyError):
        mb.move(msg_id(server, person), "Processed")
    assert live(server, "Processed") == [DELIVERY]
    assert server.flags(USER, "INBOX") == [(b"\\Deleted",)]


def test_flagged_message_on_a_server_without_uidplus_is_left_flagged(
        dovecot_minimal: DovecotServer) -> None:
    server = dovecot_minimal
    server.reset()
    uid = deliver(server, "INBOX", DELIVERY)
    interrupted(server, uid, "Processed", flagged=True)
    mb = mailbox(server, poll_interval=0.1)
    mb.list_ids()
    with pytest.raises(KeyError):  # as filed as it can be: nothing more it may do
        mb.move(msg_id(server, uid), "Processed")
    assert live(server, "Processed") == [DELIVERY]
    assert server.flags(USER, "INBOX") == [(b"\\Deleted",)]
    sent = commands(server)
    assert sent.count("UID COPY") == 1 and not {"EXPUNGE", "UID EXPUNGE"} & set(sent)


def test_fetch_only_peeks(dovecot: DovecotServer) -> None:
    filed_once(dovecot, mailbox(dovecot))
    fetches = [line.upper() for line in dovecot.commands(USER) if " FETCH " in line.upper()]
    assert any("BODY.PEEK[]" in f for f in fetches)
    # Nothing that sets \Seen: BODY[...] without PEEK, RFC822, RFC822.TEXT.
    assert not [f for f in fetches if re.search(r"BODY\[|RFC822(\.TEXT)?[ )]", f)]


def test_idle_when_advertised_polling_otherwise(dovecot: DovecotServer,
                                                dovecot_minimal: DovecotServer) -> None:
    for server, uses_idle in ((dovecot, True), (dovecot_minimal, False)):
        server.reset()
        mb = mailbox(server, poll_interval=0.1)
        mb.list_ids()
        assert mb.wait(0.3) is False
        mb.close()
        assert ("IDLE" in commands(server)) is uses_idle
        assert "NOOP" in commands(server)


def test_idle_is_cut_short_by_the_poll_timer(dovecot: DovecotServer) -> None:
    dovecot.reset()
    mb = mailbox(dovecot, poll_interval=0.2)
    mb.list_ids()
    assert mb.wait(30) is False  # returned after ~poll_interval, not 30 s
    mb.close()
    assert commands(dovecot).count("IDLE") == 1


# -- authentication and configuration errors ---------------------------------


def test_wrong_password_is_permanent_and_not_echoed(dovecot: DovecotServer) -> None:
    mb = mailbox(dovecot, password="not-the-password")
    with pytest.raises(PermanentMailboxError) as e:
        mb.connect()
    assert "not-the-password" not in str(e.value)
    assert "not-the-password" not in repr(mb)


def test_secrets_never_logged(dovecot: DovecotServer, oauth_server: OAuthServer,
                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token = oauth_server.issue()
    mailbox(dovecot).list_ids()
    mailbox(dovecot, password=None, token_provider=lambda: token).list_ids()
    assert caplog.records
    assert dovecot.users[USER] not in caplog.text
    assert token not in caplog.text


def test_missing_watched_folder_is_permanent(dovecot: DovecotServer) -> None:
    with pytest.raises(PermanentMailboxError):
        mailbox(dovecot, folder="No such folder").connect()


def test_nothing_listening_is_transient() -> None:
    mb = ImapMailbox("x", "127.0.0.1", free_port(), USER, password="pw", security="none",
                     timeout=2)
    with pytest.raises(TransientMailboxError):
        mb.list_ids()


def test_bad_config_is_permanent() -> None:
    with pytest.raises(PermanentMailboxError):
        ImapMailbox("x", "h", None, USER, security="none")  # neither password nor token
    with pytest.raises(PermanentMailboxError):
        ImapMailbox("x", "h", None, USER, password="p", security="ssl")  # type: ignore[arg-type]


# -- XOAUTH2 -------------------------------------------------------------------


def token_source(oauth: OAuthServer) -> ClientCredentialsToken:
    return ClientCredentialsToken(oauth.token_url, oauth.client_id, oauth.client_secret,
                                  "https://outlook.office365.com/.default")


def test_xoauth2_with_client_credentials_end_to_end(dovecot: DovecotServer,
                                                    oauth_server: OAuthServer) -> None:
    dovecot.reset()
    dovecot.append(USER, "INBOX", MESSAGE)
    before = len(oauth_server.token_requests)
    mb = mailbox(dovecot, password=None, token_provider=token_source(oauth_server))
    (msg_id,) = mb.list_ids()
    assert mb.fetch(msg_id) == MESSAGE
    assert len(oauth_server.token_requests) == before + 1
    assert oauth_server.token_requests[-1]["grant_type"] == "client_credentials"


def test_rejected_token_is_refreshed_once(dovecot: DovecotServer,
                                          oauth_server: OAuthServer) -> None:
    source = token_source(oauth_server)
    mb = mailbox(dovecot, password=None, token_provider=source)
    mb.connect()
    mb.close()
    oauth_server.revoke_all()  # the cached token is now refused by Dovecot
    before = len(oauth_server.token_requests)
    mb.connect()  # refetches and logs in
    assert len(oauth_server.token_requests) == before + 1
    mb.close()


def test_invalid_token_is_permanent(dovecot: DovecotServer) -> None:
    mb = mailbox(dovecot, password=None, token_provider=lambda: "forged-token")
    with pytest.raises(PermanentMailboxError):
        mb.connect()


def test_token_endpoint_outage_is_transient(dovecot: DovecotServer,
                                            oauth_server: OAuthServer) -> None:
    oauth_server.fail_next(1, status=503)
    mb = mailbox(dovecot, password=None, token_provider=token_source(oauth_server))
    with pytest.raises(TransientMailboxError):
        mb.connect()
    mb.connect()  # endpoint back: fine


def test_xoauth2_not_offered_is_permanent(dovecot_minimal: DovecotServer,
                                          oauth_server: OAuthServer) -> None:
    mb = mailbox(dovecot_minimal, password=None, token_provider=lambda: oauth_server.issue())
    with pytest.raises(PermanentMailboxError, match="XOAUTH2"):
        mb.connect()


# -- TLS -------------------------------------------------------------------------


def test_tls_is_verified_by_default(dovecot_tls: DovecotServer) -> None:
    server = dovecot_tls
    for security, port in (("tls", server.tls_port), ("starttls", server.port)):
        mb = ImapMailbox("west", server.host, port, USER, password=server.users[USER],
                         security=security, timeout=10)  # type: ignore[arg-type]
        with pytest.raises(PermanentMailboxError, match="certificate"):
            mb.connect()


def test_tls_and_starttls_with_trusted_certificate(dovecot_tls: DovecotServer) -> None:
    server = dovecot_tls
    trusted = ssl.create_default_context(cafile=str(server.ca_file))
    for security, port in (("tls", server.tls_port), ("starttls", server.port)):
        mb = ImapMailbox("west", server.host, port, USER, password=server.users[USER],
                         security=security, ssl_context=trusted,  # type: ignore[arg-type]
                         timeout=10)
        assert isinstance(mb.list_ids(), list)
        mb.close()


def test_starttls_required_but_not_offered_is_permanent(dovecot: DovecotServer) -> None:
    mb = ImapMailbox("west", dovecot.host, dovecot.port, USER, password=dovecot.users[USER],
                     security="starttls", timeout=10)
    with pytest.raises(PermanentMailboxError, match="STARTTLS"):
        mb.connect()
