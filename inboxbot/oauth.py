"""App-only OAuth2 access tokens for IMAP and SMTP (XOAUTH2).

Exchange Online no longer accepts passwords for IMAP/SMTP; the service logs
in as an Entra ID application with the client-credentials grant (RFC 6749
section 4.4) and presents the token with XOAUTH2. `ClientCredentialsToken`
is the token source both `inboxbot.imap` and the outbox call: it fetches a
token with the standard library only, caches it, and fetches a new one a
few minutes before the old one expires, so a login never presents a token
that dies mid-handshake.

Failures are split like mailbox failures: `TransientTokenError` (endpoint
unreachable, 5xx, 429: retry later) and `PermanentTokenError` (the endpoint
rejected the client, secret or scope: an administrator must act).
"""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

__all__ = [
    "ClientCredentialsToken",
    "PermanentTokenError",
    "TokenError",
    "TransientTokenError",
]

log = logging.getLogger(__name__)

#: Refresh this long before expiry. Entra ID tokens live 60-90 minutes.
REFRESH_MARGIN = 300.0


class TokenError(Exception):
    """Could not obtain an access token."""

    transient = False


class TransientTokenError(TokenError):
    """The token endpoint is unreachable or overloaded; try again later."""

    transient = True


class PermanentTokenError(TokenError):
    """The token endpoint refused these credentials or this scope."""


class ClientCredentialsToken:
    """A cached, self-refreshing app-only access token.

    Calling the object returns a valid access token, fetching a new one when
    there is none yet, when less than `refresh_margin` seconds of its life
    remain (or less than half of it, for short-lived tokens), or after
    `invalidate()`. Safe to share between threads: concurrent callers wait
    for one fetch instead of each starting their own.

    For Exchange Online: token_url is
    ``https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`` and
    scope ``https://outlook.office365.com/.default``.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str,
        *,
        refresh_margin: float = REFRESH_MARGIN,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scope = scope
        self.refresh_margin = refresh_margin
        self.timeout = timeout
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0

    def __repr__(self) -> str:
        # Never show the secret or the token.
        return (f"ClientCredentialsToken(token_url={self.token_url!r}, "
                f"client_id={self.client_id!r}, scope={self.scope!r})")

    def __call__(self) -> str:
        """A valid access token, fetched or refreshed if needed."""
        with self._lock:
            if self._token is None or self._clock() >= self._refresh_at:
                self._fetch()
            assert self._token is not None
            return self._token

    def invalidate(self) -> None:
        """Forget the cached token, e.g. after a server rejected it."""
        with self._lock:
            self._token = None

    def _fetch(self) -> None:
        started = self._clock()
        body = self._post({
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "scope": self.scope,
        })
        token = body.get("access_token")
        if not isinstance(token, str) or not token:
            raise PermanentTokenError(f"token endpoint {self.token_url} returned no access_token")
        try:
            lifetime = float(body.get("expires_in", 3600))
        except (TypeError, ValueError):
            lifetime = 3600.0
        # Short-lived tokens (tests, some IdPs) would otherwise be refreshed on
        # every call: never wait less than half the lifetime.
        margin = min(self.refresh_margin, lifetime / 2)
        # Measure from before the request: the server's clock started then.
        self._token = token
        self._refresh_at = started + lifetime - margin
        log.info("obtained access token for client %s from %s (expires in %ds)",
                 self.client_id, self.token_url, int(lifetime))

    def _post(self, form: dict[str, str]) -> dict[str, Any]:
        data = urllib.parse.urlencode(form).encode()
        request = urllib.request.Request(
            self.token_url, data=data, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                return _json_object(resp.read())
        except urllib.error.HTTPError as e:
            detail = _error_detail(e)
            # 5xx and 429 are the endpoint's trouble; other 4xx (400
            # invalid_client, invalid_scope, 401) are ours to fix.
            if e.code >= 500 or e.code in (408, 429):
                raise TransientTokenError(
                    f"token endpoint {self.token_url} answered {e.code}{detail}") from None
            raise PermanentTokenError(
                f"token endpoint {self.token_url} refused client {self.client_id}: "
                f"{e.code}{detail}") from None
        except (urllib.error.URLError, OSError, TimeoutError) as e:
            reason = getattr(e, "reason", e)
            raise TransientTokenError(
                f"token endpoint {self.token_url} unreachable: {reason}") from None
        except ValueError as e:
            raise TransientTokenError(
                f"token endpoint {self.token_url} sent an unreadable answer: {e}") from None


def _json_object(raw: bytes) -> dict[str, Any]:
    body = json.loads(raw.decode("utf-8"))
    if not isinstance(body, dict):
        raise ValueError("expected a JSON object")
    return body


def _error_detail(e: urllib.error.HTTPError) -> str:
    """The OAuth2 error code from an error answer, e.g. " invalid_client"."""
    try:
        body = _json_object(e.read())
    except Exception:
        return ""
    error = body.get("error")
    return f" {error}" if isinstance(error, str) else ""
