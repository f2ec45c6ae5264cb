"""`Mailbox` over IMAP (Exchange Online in production, Dovecot in tests).

One `ImapMailbox` holds one connection to one account and watches one
folder. It only uses what the server advertises: MOVE when offered, else
COPY + STORE \\Deleted + UID EXPUNGE of that one UID (UIDPLUS), else COPY +
\\Deleted alone; never a plain EXPUNGE, which would also remove messages
someone else flagged. Without MOVE, filing can be interrupted between its
steps, so `move` first looks in the target folder for a copy of this very
message (same INTERNALDATE, RFC822.SIZE and header block: COPY keeps all
three) and only flags and expunges the original once a copy is there.
New mail is awaited with IDLE when offered, else by polling.

Any network failure drops the connection and raises
`TransientMailboxError`; the next call reconnects. Login failures and a
missing watched folder raise `PermanentMailboxError`. Passwords and tokens
never reach a log line or a repr (imapclient redacts LOGIN/AUTHENTICATE in
its own protocol log).
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import re
import ssl
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from imapclient import IMAPClient
from imapclient import exceptions as imap_errors

from inboxbot.mailbox import (
    MailboxError,
    PermanentMailboxError,
    Security,
    TransientMailboxError,
)
from inboxbot.oauth import TokenError

__all__ = ["ImapMailbox"]

log = logging.getLogger(__name__)

#: RFC 2177: clients should re-issue IDLE at least every 29 minutes, because
#: servers may drop a connection idle for 30.
IDLE_MAX = 25 * 60.0

#: Response codes (RFC 5530) that mean "an administrator must act"; any other
#: NO/BAD is taken as transient. Exchange in particular answers passing
#: backend trouble with odd texts ("BAD User is authenticated but not
#: connected."), so unknown failures are retried rather than alarmed on.
_PERMANENT_CODES = frozenset({
    "AUTHENTICATIONFAILED", "AUTHORIZATIONFAILED", "EXPIRED", "PRIVACYREQUIRED",
    "CONTACTADMIN", "NOPERM", "NONEXISTENT", "CANNOT", "OVERQUOTA", "LIMIT",
})
_CODE = re.compile(r"\[([A-Z-]+)")

_DELETED = b"\\Deleted"

#: What identifies one delivery of a message in any folder: COPY keeps the
#: bytes and the internal date, and a second delivery of the same Message-ID
#: gets its own internal date and Received: lines.
_IDENTITY = [b"INTERNALDATE", b"RFC822.SIZE", b"BODY.PEEK[HEADER]"]


class ImapMailbox:
    """One IMAP account, watching `folder` (default INBOX).

    Give either `password` (LOGIN) or `token_provider` (XOAUTH2 with the
    token it returns, e.g. `inboxbot.oauth.ClientCredentialsToken`; if the
    provider has `invalidate()`, a rejected token is refreshed once).

    `security`: "tls" (implicit TLS, port 993), "starttls" (port 143, TLS
    required before login) or "none" (tests on loopback only). Certificates
    are verified unless a custom `ssl_context` says otherwise.

    `wait()` uses IDLE for at most `idle_max` seconds, and ends IDLE every
    `poll_interval` seconds anyway to look for mail with a search: Exchange
    sometimes stops sending IDLE updates on a connection that otherwise
    stays open. Without IDLE it polls every `poll_interval` seconds.
    """

    def __init__(
        self,
        name: str,
        host: str,
        port: int | None,
        username: str,
        *,
        password: str | None = None,
        token_provider: Callable[[], str] | None = None,
        security: Security = "tls",
        ssl_context: ssl.SSLContext | None = None,
        folder: str = "INBOX",
        timeout: float = 60.0,
        poll_interval: float = 120.0,
        idle_max: float = IDLE_MAX,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise PermanentMailboxError(f"mailbox {name!r}: unknown security {security!r}")
        if (password is None) == (token_provider is None):
            raise PermanentMailboxError(
                f"mailbox {name!r}: give exactly one of password or token_provider")
        self.name = name
        self.host = host
        self.port = port or (993 if security == "tls" else 143)
        self.username = username
        self.security = security
        self.folder = folder
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.idle_max = idle_max
        self._password = password
        self._token_provider = token_provider
        self._ssl_context = ssl_context
        self._clock = clock
        self._sleep = sleep
        self._client: IMAPClient | None = None
        self._caps: frozenset[str] = frozenset()
        self._prefix = ""
        self._delimiter: str | None = None
        self._uidvalidity: int | None = None
        self._listed: set[int] | None = None
        self._known_folders: set[str] = set()

    def __repr__(self) -> str:
        auth = "xoauth2" if self._token_provider else "password"
        return (f"ImapMailbox({self.name!r}, {self.username}@{self.host}:{self.port}, "
                f"security={self.security}, auth={auth}, folder={self.folder!r})")

    # -- connection ---------------------------------------------------------
    def connect(self) -> None:
        """Connect, log in and select the watched folder (no-op if connected)."""
        if self._client is not None:
            return
        client: IMAPClient | None = None
        try:
            client = self._open()
            if self.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise PermanentMailboxError(
                        f"{self.name}: {self.host} does not offer STARTTLS")
                client.starttls(self._tls_context())
            self._login(client)
            self._client = client
            self._caps = frozenset(c.decode().upper() for c in client.capabilities())
            self._prefix, self._delimiter = self._namespace(client)
            self._known_folders = set()
            self._select(client)
        except BaseException as e:
            self._client = None
            if client is not None:
                _shutdown(client)
            translated = self._translate(e)
            if translated is e:
                raise
            raise translated from e
        log.info("%s: connected to %s:%s as %s (%s)", self.name, self.host, self.port,
                 self.username, " ".join(sorted(self._caps & {"IDLE", "MOVE", "UIDPLUS"})))

    def close(self) -> None:
        """Log out; never raises."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            _shutdown(client)

    def _open(self) -> IMAPClient:
        use_tls = self.security == "tls"
        return IMAPClient(self.host, self.port, ssl=use_tls,
                          ssl_context=self._tls_context() if use_tls else None,
                          timeout=self.timeout)

    def _tls_context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _login(self, client: IMAPClient) -> None:
        if self._password is not None:
            try:
                client.login(self.username, self._password)
            except imap_errors.LoginError as e:
                raise self._login_error(e) from None
            return
        assert self._token_provider is not None
        if not client.has_capability("AUTH=XOAUTH2"):
            raise PermanentMailboxError(f"{self.name}: {self.host} does not offer XOAUTH2")
        invalidate = getattr(self._token_provider, "invalidate", None)
        for attempt in (1, 2):
            try:
                client.oauth2_login(self.username, self._token())
                return
            except imap_errors.LoginError as e:
                # A cached token the server no longer accepts (revoked, clock
                # skew): fetch a fresh one once before giving up.
                if attempt == 1 and callable(invalidate) and "UNAVAILABLE" not in str(e):
                    invalidate()
                    continue
                raise self._login_error(e) from None

    def _token(self) -> str:
        assert self._token_provider is not None
        try:
            return self._token_provider()
        except TokenError as e:
            kind = TransientMailboxError if e.transient else PermanentMailboxError
            raise kind(f"{self.name}: no access token: {e}") from e

    def _login_error(self, e: Exception) -> Exception:
        # Dovecot says [UNAVAILABLE] when its auth backend is down; that is
        # not the credentials' fault.
        text = str(e)
        if "UNAVAILABLE" in text:
            return TransientMailboxError(f"{self.name}: login unavailable: {text}")
        return PermanentMailboxError(
            f"{self.name}: login as {self.username} at {self.host} failed: {text}")

    def _namespace(self, client: IMAPClient) -> tuple[str, str | None]:
        """(personal prefix, hierarchy delimiter) of this account."""
        if "NAMESPACE" in self._caps:
            personal = client.namespace().personal
            if personal:
                prefix, delimiter = personal[0]
                return prefix or "", delimiter
        # RFC 3501 6.3.8: LIST "" "" returns the delimiter of the root.
        listing = client.list_folders("", "")
        delimiter = listing[0][1] if listing else None
        return "", delimiter.decode() if isinstance(delimiter, bytes) else delimiter

    def _select(self, client: IMAPClient) -> None:
        name = self._server_name(self.folder)
        try:
            info = client.select_folder(name)
        except imap_errors.IMAPClientError:
            # Servers word this differently (Dovecot adds no response code
            # imaplib would show us), so ask plainly.
            if not client.folder_exists(name):
                raise PermanentMailboxError(
                    f"{self.name}: watched folder {self.folder!r} does not exist") from None
            raise
        validity = int(info[b"UIDVALIDITY"])
        if self._uidvalidity is not None and validity != self._uidvalidity:
            # Every old id is now meaningless: the ids embed UIDVALIDITY, so
            # fetch/move of an old id raise KeyError and list_ids gives new ids.
            log.warning("%s: UIDVALIDITY of %s changed from %s to %s", self.name,
                        self.folder, self._uidvalidity, validity)
            self._listed = None
        self._uidvalidity = validity

    def _drop(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            _shutdown(client)

    @contextmanager
    def _session(self) -> Iterator[IMAPClient]:
        """The connected client; any failure inside is translated and, unless
        it is a plain KeyError, the connection is dropped."""
        self.connect()
        assert self._client is not None
        try:
            yield self._client
        except KeyError:
            raise
        except Exception as e:
            self._drop()
            translated = self._translate(e)
            if translated is e:
                raise
            raise translated from e

    def _translate(self, e: BaseException) -> BaseException:
        """The mailbox error for a failure inside imapclient/imaplib/socket."""
        if not isinstance(e, Exception) or isinstance(e, (MailboxError, KeyError)):
            return e
        where = f"{self.name} ({self.host}:{self.port})"
        if isinstance(e, ssl.SSLCertVerificationError):
            return PermanentMailboxError(f"{where}: TLS certificate not accepted: {e}")
        if isinstance(e, imap_errors.CapabilityError):
            return PermanentMailboxError(f"{where}: {e}")
        if isinstance(e, (imaplib.IMAP4.abort, OSError, EOFError)):
            return TransientMailboxError(f"{where}: connection lost: {e}")
        if isinstance(e, imaplib.IMAP4.error):
            text = str(e)
            code = _CODE.search(text)
            if code and code.group(1) in _PERMANENT_CODES:
                return PermanentMailboxError(f"{where}: {text}")
            return TransientMailboxError(f"{where}: server said: {text}")
        return e

    # -- folders ------------------------------------------------------------
    def _server_name(self, folder: str) -> str:
        """'Processed/Accepted' in this server's namespace and delimiter."""
        if folder.upper() == "INBOX":
            return "INBOX"
        name = folder
        if self._delimiter and self._delimiter != "/":
            name = name.replace("/", self._delimiter)
        return self._prefix + name

    def ensure_folders(self, folders: Iterable[str]) -> None:
        """Create each folder that does not exist yet (parents first)."""
        with self._session() as client:
            for folder in folders:
                self._ensure(client, folder)

    def _ensure(self, client: IMAPClient, folder: str) -> str:
        name = self._server_name(folder)
        if name in self._known_folders:
            return name
        if not client.folder_exists(name):
            try:
                client.create_folder(name)
            except imap_errors.IMAPClientError as e:
                # Another client (or our own earlier, interrupted attempt)
                # may have created it in the meantime.
                if "ALREADYEXISTS" not in str(e).upper() and not client.folder_exists(name):
                    raise
            log.info("%s: created folder %s", self.name, name)
        self._known_folders.add(name)
        return name

    # -- messages -----------------------------------------------------------
    def list_ids(self) -> list[str]:
        """Ids of the undeleted messages in the watched folder, oldest first."""
        with self._session() as client:
            # Re-select: refreshes the server's view (Exchange can miss new
            # mail on a long-selected folder) and re-reads UIDVALIDITY.
            self._select(client)
            uids = sorted(int(u) for u in client.search(["UNDELETED"]))
        self._listed = set(uids)
        return [f"{self._uidvalidity}:{uid}" for uid in uids]

    def fetch(self, msg_id: str) -> bytes:
        """Raw message bytes via BODY.PEEK[], so \\Seen is left alone."""
        with self._session() as client:
            uid = self._uid(msg_id)
            data = client.fetch([uid], [b"BODY.PEEK[]", b"FLAGS"]).get(uid, {})
            body = data.get(b"BODY[]")
        # \Deleted: filed already on a server without UIDPLUS (see move()).
        if body is None or _DELETED in data.get(b"FLAGS", ()):
            raise KeyError(msg_id)
        return bytes(body)

    def move(self, msg_id: str, folder: str, *, twins: int = 0) -> None:
        """File the message into `folder`; the copy exists before the original goes.

        Without MOVE this is COPY, STORE \\Deleted, UID EXPUNGE, and a crash
        can stop it after any step; calling it again finishes the job: it
        copies only if no copy of this message is in `folder` yet, and
        accepts an original it already flagged \\Deleted (which `list_ids`
        no longer offers) if UID EXPUNGE (UIDPLUS) can finish it. A \\Deleted
        message with no copy in `folder` was deleted by someone else: it is
        left alone (KeyError). `twins`: see `Mailbox.move`.
        """
        with self._session() as client:
            uid = self._uid(msg_id)
            data = client.fetch([uid], [b"FLAGS", *_IDENTITY]).get(uid)
            if not data:
                raise KeyError(msg_id)
            flagged = _DELETED in data.get(b"FLAGS", ())
            if flagged and "UIDPLUS" not in self._caps:
                # Filed already (without UIDPLUS the original stays, flagged) or
                # flagged by someone else: nothing here is ours to finish.
                raise KeyError(msg_id)
            target = self._ensure(client, folder)
            if "MOVE" in self._caps and not flagged:
                client.move([uid], target)
            else:
                self._copy_and_remove(client, msg_id, uid, target, data, flagged, twins)
        if self._listed is not None:
            self._listed.discard(uid)

    def _copy_and_remove(self, client: IMAPClient, msg_id: str, uid: int, target: str,
                         original: dict[bytes, Any], flagged: bool, twins: int) -> None:
        if self._copies(client, target, original) <= twins:
            if flagged:
                log.warning("%s: %s is flagged \\Deleted by someone else and has no copy in %s; "
                            "left alone", self.name, msg_id, target)
                raise KeyError(msg_id)
            # The server's OK to COPY is the confirmation: a failed COPY leaves
            # the target as it was (RFC 3501 6.4.7).
            client.copy([uid], target)
        if not flagged:
            client.add_flags([uid], [_DELETED], silent=True)
        if "UIDPLUS" in self._caps:
            client.uid_expunge([uid])
        # Without UIDPLUS the original stays, flagged \Deleted: list_ids skips
        # it, and a plain EXPUNGE could take others' messages too.

    def _copies(self, client: IMAPClient, target: str, original: dict[bytes, Any]) -> int:
        """How many undeleted copies of `original` (same delivery) `target` holds.

        SEARCH only narrows by date; the comparison is done here. SEARCH
        HEADER is a substring match (RFC 3501), Exchange's header search is
        unreliable and its LARGER/SMALLER may compare a storage size, and a
        message need not have a Message-ID at all.
        """
        when = original.get(b"INTERNALDATE")
        if not isinstance(when, dt.datetime):
            return 0
        day = dt.timedelta(days=1)
        client.select_folder(target, readonly=True)
        try:
            # A day either side: SINCE/BEFORE take the server's calendar date.
            uids = client.search(["UNDELETED", "SINCE", when.date() - day,
                                  "BEFORE", when.date() + 2 * day])
            if not uids:
                return 0
            sized = client.fetch(uids, [b"INTERNALDATE", b"RFC822.SIZE"])
            same = [u for u, d in sized.items()
                    if d.get(b"INTERNALDATE") == when
                    and d.get(b"RFC822.SIZE") == original.get(b"RFC822.SIZE")]
            if not same:
                return 0
            heads = client.fetch(same, [b"BODY.PEEK[HEADER]"])
            return sum(d.get(b"BODY[HEADER]") == original.get(b"BODY[HEADER]")
                       for d in heads.values())
        finally:
            self._select(client)

    def _uid(self, msg_id: str) -> int:
        validity, _, uid = msg_id.partition(":")
        if not uid.isdigit() or validity != str(self._uidvalidity):
            raise KeyError(msg_id)
        return int(uid)

    # -- waiting ------------------------------------------------------------
    def wait(self, timeout: float) -> bool:
        """Block until the server reports new mail, or up to `timeout` seconds.

        Returns True at once if messages not returned by the last
        `list_ids` are already in the folder.
        """
        with self._session() as client:
            if self._has_unlisted(client):
                return True
            if "IDLE" in self._caps:
                return self._idle(client, min(timeout, self.idle_max, self.poll_interval))
            return self._poll(client, timeout)

    def _has_unlisted(self, client: IMAPClient) -> bool:
        if self._listed is None:
            return True
        # NOOP first: Dovecot (and Exchange) only tell a session about mail
        # other sessions added when it syncs, which SEARCH alone does not do.
        client.noop()
        uids = {int(u) for u in client.search(["UNDELETED"])}
        return bool(uids - self._listed)

    def _idle(self, client: IMAPClient, duration: float) -> bool:
        end = self._clock() + max(0.0, duration)
        signalled = False
        client.idle()
        while not signalled:
            remaining = end - self._clock()
            if remaining <= 0:
                break
            started = self._clock()
            responses = client.idle_check(timeout=remaining)
            if _any_new_mail(responses):
                signalled = True
            elif _any_bye(responses):
                raise TransientMailboxError(f"{self.name}: server closed the connection")
            elif not responses and self._clock() - started < remaining / 2:
                # Woken early with nothing to read: usually the server
                # dropped the connection (idle_check swallows the EOF).
                # idle_done below will tell: it raises if the link is dead.
                break
        _, responses = client.idle_done()
        if _any_new_mail(responses):
            signalled = True
        if not signalled:
            # The poll timer: catch mail the server did not announce.
            signalled = self._has_unlisted(client)
        return signalled

    def _poll(self, client: IMAPClient, timeout: float) -> bool:
        end = self._clock() + max(0.0, timeout)
        while True:
            step = min(self.poll_interval, end - self._clock())
            if step <= 0:
                return False
            self._sleep(step)
            if self._has_unlisted(client):
                return True


def _any_new_mail(responses: list[Any]) -> bool:
    return any(len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def _any_bye(responses: list[Any]) -> bool:
    return any(r and r[0] == b"BYE" for r in responses)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:
        pass
