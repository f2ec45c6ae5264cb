"""`ClientCredentialsToken` against the local OAuth2 token endpoint."""

from __future__ import annotations

import threading

import pytest

from inboxbot.oauth import (
    ClientCredentialsToken,
    PermanentTokenError,
    TransientTokenError,
)
from tests.servers import OAuthServer, free_port

pytestmark = pytest.mark.integration

SCOPE = "https://outlook.office365.com/.default"


class FakeClock:
    """A clock the test moves by hand (time is passed in, not read)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def source(oauth: OAuthServer, **kw: object) -> ClientCredentialsToken:
    return ClientCredentialsToken(oauth.token_url, oauth.client_id, oauth.client_secret,
                                  SCOPE, **kw)  # type: ignore[arg-type]


def requests_since(oauth: OAuthServer, before: int) -> list[dict[str, str]]:
    return oauth.token_requests[before:]


def test_fetches_an_app_only_token(oauth_server: OAuthServer) -> None:
    before = len(oauth_server.token_requests)
    token = source(oauth_server)()
    assert oauth_server.is_valid(token)
    (request,) = requests_since(oauth_server, before)
    assert request == {"grant_type": "client_credentials", "client_id": "inboxbot",
                       "scope": SCOPE}


def test_caches_until_five_minutes_before_expiry(oauth_server: OAuthServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(oauth_server, "expires_in", 3600)
    clock = FakeClock()
    tokens = source(oauth_server, clock=clock)
    before = len(oauth_server.token_requests)
    first = tokens()
    clock.now += 3600 - 301
    assert tokens() == first
    assert len(requests_since(oauth_server, before)) == 1
    clock.now += 2  # now inside the last five minutes
    second = tokens()
    assert second != first
    assert len(requests_since(oauth_server, before)) == 2


def test_short_lived_tokens_refresh_at_half_life(oauth_server: OAuthServer,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(oauth_server, "expires_in", 60)
    clock = FakeClock()
    tokens = source(oauth_server, clock=clock)
    first = tokens()
    clock.now += 29
    assert tokens() == first
    clock.now += 2
    assert tokens() != first


def test_invalidate_forces_a_new_token(oauth_server: OAuthServer) -> None:
    tokens = source(oauth_server)
    first = tokens()
    tokens.invalidate()
    assert tokens() != first


def test_concurrent_callers_share_one_fetch(oauth_server: OAuthServer) -> None:
    tokens = source(oauth_server)
    before = len(oauth_server.token_requests)
    results: list[str] = []
    barrier = threading.Barrier(8)

    def call() -> None:
        barrier.wait()
        results.append(tokens())

    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and len(results) == 8
    assert len(requests_since(oauth_server, before)) == 1


def test_wrong_secret_is_permanent_and_secret_stays_out(oauth_server: OAuthServer) -> None:
    tokens = ClientCredentialsToken(oauth_server.token_url, oauth_server.client_id,
                                    "wrong-secret", SCOPE)
    with pytest.raises(PermanentTokenError, match="invalid_client") as e:
        tokens()
    assert "wrong-secret" not in str(e.value)
    assert "wrong-secret" not in repr(tokens)
    assert all("client_secret" not in r for r in oauth_server.token_requests)


def test_server_errors_are_transient(oauth_server: OAuthServer) -> None:
    tokens = source(oauth_server)
    oauth_server.fail_next(1, status=503)
    with pytest.raises(TransientTokenError, match="503"):
        tokens()
    assert tokens()  # recovered


def test_unreachable_endpoint_is_transient() -> None:
    tokens = ClientCredentialsToken(f"http://127.0.0.1:{free_port()}/token", "id", "secret",
                                    SCOPE, timeout=2)
    with pytest.raises(TransientTokenError, match="unreachable"):
        tokens()
