"""Smoke tests of the server fixtures themselves (tests/servers.py).

If one of these fails, every test built on that fixture is suspect; so each
checks the fixture with a plain standard client (imapclient, smtplib,
urllib, SQLAlchemy), not with inboxbot code.
"""

from __future__ import annotations

import base64
import json
import os
import smtplib
import time
import urllib.request
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.servers import (
    EXCHANGE_CAPABILITY,
    NAM_USERS,
    DovecotServer,
    OAuthServer,
    PostgresServer,
    SmtpServer,
)

pytestmark = pytest.mark.integration


# -- Dovecot -------------------------------------------------------------------


def test_dovecot_has_the_four_nam_users(dovecot: DovecotServer) -> None:
    assert set(dovecot.users) == {"eastnam", "westnam", "centralnam", "southnam"}
    for user, password in dovecot.users.items():
        with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
            c.login(user, password)
            assert c.has_capability("IDLE")


def test_dovecot_append_and_list_folder(dovecot: DovecotServer) -> None:
    dovecot.reset()
    uid = dovecot.append("southnam", "Archive", b"Subject: one\r\n\r\n1\r\n")
    assert uid == 1
    assert dovecot.list_folder("southnam", "Archive") == [b"Subject: one\r\n\r\n1\r\n"]
    assert dovecot.flags("southnam", "Archive") == [(b"\\Recent",)]
    assert "Archive" in dovecot.folders("southnam")
    dovecot.reset()
    assert dovecot.folders("southnam") == ["INBOX"]


def test_dovecot_exchange_advertises_exactly_exchanges_capabilities(
        dovecot_exchange: DovecotServer) -> None:
    with IMAPClient(dovecot_exchange.host, dovecot_exchange.port, ssl=False, timeout=5) as c:
        c.login("eastnam", NAM_USERS["eastnam"])
        caps = set(c.capabilities())
        assert caps == {cap.upper().encode() for cap in EXCHANGE_CAPABILITY.split()}
        assert b"MOVE" not in caps
        assert c.list_folders("", "")[0][1] == b"/"


def test_dovecot_any_covers_stock_and_exchange(dovecot_any: DovecotServer) -> None:
    with dovecot_any.client("eastnam") as c:
        assert c.has_capability("IDLE") and c.has_capability("UIDPLUS")
        assert c.has_capability("MOVE") is (dovecot_any.capability is None)


def test_dovecot_xoauth2_accepts_only_live_tokens(dovecot: DovecotServer,
                                                  oauth_server: OAuthServer) -> None:
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
        assert c.has_capability("AUTH=XOAUTH2")
        c.oauth2_login("centralnam", oauth_server.issue())
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5) as c:
        with pytest.raises(LoginError):
            c.oauth2_login("centralnam", "made-up-token")
    assert oauth_server.introspections >= 2


def test_dovecot_restart_keeps_port_and_mail(dovecot: DovecotServer) -> None:
    dovecot.reset()
    dovecot.append("westnam", "INBOX", b"Subject: kept\r\n\r\n")
    port = dovecot.port
    c = IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=5)
    c.login("westnam", NAM_USERS["westnam"])
    c.select_folder("INBOX")
    dovecot.restart()
    assert dovecot.running and dovecot.port == port
    with pytest.raises(Exception):  # the old session died with the server
        c.noop()
        c.noop()
    assert dovecot.list_folder("westnam", "INBOX") == [b"Subject: kept\r\n\r\n"]


def test_dovecot_uidvalidity_can_be_changed(dovecot: DovecotServer) -> None:
    dovecot.reset()
    dovecot.append("eastnam", "Other", b"Subject: x\r\n\r\n")
    dovecot.set_uidvalidity("eastnam", "Other", 4242)
    assert dovecot.uidvalidity("eastnam", "Other") == 4242


def test_dovecot_rawlog_records_commands(dovecot: DovecotServer) -> None:
    dovecot.reset()
    with dovecot.client("centralnam") as c:
        c.select_folder("INBOX")
        c.noop()
    lines = dovecot.commands("centralnam")
    assert any(line.split()[1:2] == ["NOOP"] for line in lines if line.split())
    assert not any(NAM_USERS["centralnam"] in line for line in lines)


def test_dovecot_runs_mail_processes_unprivileged(dovecot: DovecotServer) -> None:
    if os.geteuid() != 0:
        pytest.skip("only meaningful when the tests run as root")
    dovecot.append("eastnam", "INBOX", b"Subject: x\r\n\r\n")
    assert (dovecot.root / "mail" / "eastnam").stat().st_uid != 0


# -- OAuth endpoint -----------------------------------------------------------------


def post(url: str, form: dict[str, str], headers: dict[str, str] | None = None
         ) -> tuple[int, dict[str, object]]:
    data = "&".join(f"{k}={v}" for k, v in form.items()).encode()
    req = urllib.request.Request(url, data=data, headers=headers or {}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_oauth_client_credentials_and_introspection(oauth_server: OAuthServer) -> None:
    status, body = post(oauth_server.token_url, {
        "grant_type": "client_credentials", "client_id": oauth_server.client_id,
        "client_secret": oauth_server.client_secret, "scope": "x"})
    assert status == 200 and body["token_type"] == "Bearer"
    assert isinstance(body["expires_in"], int)
    status, info = post(oauth_server.introspection_url, {"token": str(body["access_token"])})
    assert info["active"] is True
    status, info = post(oauth_server.introspection_url, {"token": "nope"})
    assert info["active"] is False


def test_oauth_accepts_http_basic_and_rejects_bad_clients(oauth_server: OAuthServer) -> None:
    basic = base64.b64encode(
        f"{oauth_server.client_id}:{oauth_server.client_secret}".encode()).decode()
    status, _ = post(oauth_server.token_url, {"grant_type": "client_credentials"},
                     {"Authorization": f"Basic {basic}"})
    assert status == 200
    status, body = post(oauth_server.token_url, {
        "grant_type": "client_credentials", "client_id": "inboxbot", "client_secret": "no"})
    assert status == 401 and body["error"] == "invalid_client"
    status, body = post(oauth_server.token_url, {"grant_type": "password"})
    assert status == 400


# -- SMTP ----------------------------------------------------------------------------


def email(n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "eastNAM@newham.gov.uk"
    msg["To"] = "ward@nhs.example"
    msg["Subject"] = f"Reply {n}"
    msg.set_content("Thank you for your submission.")
    return msg


def send(server: SmtpServer, n: int = 1, login: tuple[str, str] | None = None) -> None:
    with smtplib.SMTP(server.host, server.port, timeout=5) as s:
        if login:
            s.login(*login)
        s.send_message(email(n))


def test_smtp_stores_messages_and_wait_for(smtp_server: SmtpServer) -> None:
    send(smtp_server, 1)
    send(smtp_server, 2)
    got = smtp_server.wait_for(2, timeout=5)
    assert [m.rcpt_tos for m in got] == [("ward@nhs.example",)] * 2
    assert b"Subject: Reply 2" in got[1].data
    assert got[0].mail_from == "eastNAM@newham.gov.uk" and got[0].auth_user is None
    with pytest.raises(TimeoutError):
        smtp_server.wait_for(3, timeout=0.2)


def test_smtp_refuses_4xx_for_a_count(smtp_server: SmtpServer) -> None:
    smtp_server.refuse(451, count=1)
    with pytest.raises(smtplib.SMTPSenderRefused) as e:
        send(smtp_server)
    assert e.value.smtp_code == 451
    send(smtp_server)
    assert len(smtp_server.wait_for(1)) == 1


def test_smtp_refuses_5xx_for_a_while(smtp_server: SmtpServer) -> None:
    smtp_server.refuse(550, seconds=0.3, stage="RCPT")
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(smtp_server)
    time.sleep(0.35)
    send(smtp_server)
    assert len(smtp_server.messages) == 1


def test_smtp_refuses_at_data(smtp_server: SmtpServer) -> None:
    smtp_server.refuse(452, count=1, stage="DATA")
    with pytest.raises(smtplib.SMTPDataError) as e:
        send(smtp_server)
    assert e.value.smtp_code == 452
    assert smtp_server.messages == []


def test_smtp_drops_connections(smtp_server: SmtpServer) -> None:
    smtp_server.drop(count=1)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send(smtp_server)
    assert smtp_server.messages == []
    smtp_server.drop(count=1, after_store=True)  # delivered, but the client never hears
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send(smtp_server)
    assert len(smtp_server.messages) == 1
    send(smtp_server)
    assert len(smtp_server.messages) == 2


def test_smtp_auth_plain_and_login(smtp_server: SmtpServer) -> None:
    send(smtp_server, login=("eastnam", NAM_USERS["eastnam"]))  # smtplib picks PLAIN
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as s:
        s.ehlo()
        assert {"PLAIN", "LOGIN", "XOAUTH2"} <= set(s.esmtp_features["auth"].split())
        s.user, s.password = "westnam", NAM_USERS["westnam"]
        s.auth("LOGIN", s.auth_login, initial_response_ok=False)
        s.send_message(email(2))
    got = smtp_server.wait_for(2)
    assert [(m.auth_user, m.auth_mechanism) for m in got] == [
        ("eastnam", "PLAIN"), ("westnam", "LOGIN")]
    with pytest.raises(smtplib.SMTPAuthenticationError):
        send(smtp_server, login=("eastnam", "wrong"))
    assert ("PLAIN", "eastnam", False) in smtp_server.auth_attempts


def xoauth2(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def test_smtp_xoauth2(smtp_server: SmtpServer, oauth_server: OAuthServer) -> None:
    token = oauth_server.issue()
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as s:
        s.ehlo()
        code, _ = s.auth("XOAUTH2", lambda challenge=None: xoauth2("southnam", token))
        assert code == 235
        s.send_message(email())
    (m,) = smtp_server.wait_for(1)
    assert (m.auth_user, m.auth_mechanism) == ("southnam", "XOAUTH2")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=5) as s:
        s.ehlo()
        with pytest.raises(smtplib.SMTPAuthenticationError):
            s.auth("XOAUTH2", lambda challenge=None: xoauth2("southnam", "expired"))


def test_smtp_auth_required_variant(oauth_server: OAuthServer) -> None:
    server = SmtpServer(oauth=oauth_server, auth_required=True)
    server.start()
    try:
        with pytest.raises(smtplib.SMTPSenderRefused):
            send(server)
        send(server, login=("centralnam", NAM_USERS["centralnam"]))
        assert len(server.wait_for(1)) == 1
    finally:
        server.stop()


# -- PostgreSQL ------------------------------------------------------------------------


def test_postgres_select_1(postgres: str) -> None:
    import sqlalchemy as sa

    assert postgres.startswith("postgresql+psycopg://")
    engine = sa.create_engine(postgres)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT 1")).scalar() == 1
            assert conn.execute(sa.text("SELECT current_database()")).scalar() == "inboxbot_test"
    finally:
        engine.dispose()


def test_postgres_db_is_fresh_per_test(postgres_db: str, postgres: str) -> None:
    import sqlalchemy as sa

    assert postgres_db != postgres
    engine = sa.create_engine(postgres_db)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE t (x int)"))
            conn.execute(sa.text("INSERT INTO t VALUES (1)"))
            assert conn.execute(sa.text("SELECT count(*) FROM t")).scalar() == 1
    finally:
        engine.dispose()


def test_postgres_runs_unprivileged(postgres_server: PostgresServer) -> None:
    if os.geteuid() != 0:
        pytest.skip("only meaningful when the tests run as root")
    assert Path(postgres_server.datadir).stat().st_uid != 0
