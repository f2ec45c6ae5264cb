"""Session fixtures that start real servers for the tests (see tests/servers.py).

Only server fixtures live here; test modules and sub-packages keep their own
conftest files for anything else.

- `oauth_server`: OAuth2 token + introspection endpoint (`OAuthServer`).
- `dovecot`: Dovecot with the four NAM users, stock capabilities, password
  and XOAUTH2 login (`DovecotServer`).
- `dovecot_exchange`: the same, advertising only what Exchange Online does
  (no MOVE) and using "/" as hierarchy delimiter, as Exchange does.
- `dovecot_minimal`: bare IMAP4rev1 (no IDLE, MOVE, UIDPLUS, NAMESPACE).
- `dovecot_tls`: stock, plus implicit TLS and STARTTLS with a self-signed
  certificate (`ca_file`).
- `dovecot_any`: parametrised over `dovecot` and `dovecot_exchange`.
- `make_dovecot`: factory for other variants, stopped at session end.
- `smtp_server`: aiosmtpd server, fresh for each test (`SmtpServer`).
- `postgres_server` / `postgres`: a PostgreSQL 15 cluster / the SQLAlchemy
  URL of its test database; `postgres_db`: a fresh empty database per test.

Session-scoped servers keep state between tests: call `dovecot.reset()` at
the start of a test that needs empty mailboxes.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator

import pytest

from tests.servers import (
    EXCHANGE_CAPABILITY,
    PG_BINDIR,
    DovecotServer,
    OAuthServer,
    PostgresServer,
    SmtpServer,
)

#: Bare RFC 3501: a server that can do nothing extra.
MINIMAL_CAPABILITY = "IMAP4rev1 LITERAL+"


@pytest.fixture(scope="session")
def oauth_server() -> Iterator[OAuthServer]:
    server = OAuthServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def make_dovecot(oauth_server: OAuthServer) -> Iterator[Callable[..., DovecotServer]]:
    """`make_dovecot(capability=None, oauth=True, separator=None, tls=False)`
    -> a started `DovecotServer`."""
    if shutil.which("dovecot") is None and shutil.which("/usr/sbin/dovecot") is None:
        pytest.fail("dovecot is not installed: run scripts/setup.sh")
    started: list[DovecotServer] = []

    def make(capability: str | None = None, *, oauth: bool = True,
             separator: str | None = None, tls: bool = False) -> DovecotServer:
        server = DovecotServer(capability=capability, separator=separator, tls=tls,
                               oauth=oauth_server if oauth else None)
        started.append(server)
        server.start()
        return server

    yield make
    for server in started:
        server.cleanup()


@pytest.fixture(scope="session")
def dovecot(make_dovecot: Callable[..., DovecotServer]) -> DovecotServer:
    return make_dovecot()


@pytest.fixture(scope="session")
def dovecot_exchange(make_dovecot: Callable[..., DovecotServer]) -> DovecotServer:
    return make_dovecot(EXCHANGE_CAPABILITY, separator="/")


@pytest.fixture(scope="session")
def dovecot_minimal(make_dovecot: Callable[..., DovecotServer]) -> DovecotServer:
    return make_dovecot(MINIMAL_CAPABILITY, oauth=False)


@pytest.fixture(scope="session")
def dovecot_tls(make_dovecot: Callable[..., DovecotServer]) -> DovecotServer:
    """Implicit TLS on `tls_port`, STARTTLS on `port`; trust `ca_file`."""
    return make_dovecot(tls=True)


@pytest.fixture(scope="session", params=["stock", "exchange"])
def dovecot_any(request: pytest.FixtureRequest) -> DovecotServer:
    name = "dovecot" if request.param == "stock" else "dovecot_exchange"
    return request.getfixturevalue(name)


@pytest.fixture
def smtp_server(oauth_server: OAuthServer) -> Iterator[SmtpServer]:
    server = SmtpServer(oauth=oauth_server)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if not PostgresServer.available():
        pytest.skip(f"PostgreSQL server binaries (initdb, pg_ctl, postgres) not found in "
                    f"{PG_BINDIR} (run scripts/setup.sh, or set INBOXBOT_PG_BINDIR)")
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def postgres(postgres_server: PostgresServer) -> str:
    """SQLAlchemy URL (postgresql+psycopg://...) of the session's test database."""
    return postgres_server.url


@pytest.fixture
def postgres_db(postgres_server: PostgresServer) -> str:
    """SQLAlchemy URL of a new, empty database for this test only."""
    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")
