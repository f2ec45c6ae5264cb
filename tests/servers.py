"""Real servers for tests: Dovecot IMAP, an OAuth2 endpoint, SMTP and PostgreSQL.

Each class starts a genuine server on loopback, on a free port, in its own
temporary directory, and stops it again. `tests/conftest.py` wraps them in
pytest fixtures; nothing here imports pytest so the classes can also be used
from a REPL when debugging a fixture.

No server here re-implements a protocol: Dovecot speaks IMAP, aiosmtpd speaks
SMTP, PostgreSQL is PostgreSQL. The only hand-written server is the OAuth2
endpoint, which is two JSON routes (RFC 6749 client credentials and RFC 7662
introspection) that Dovecot and the service call over real HTTP.
"""

from __future__ import annotations

import base64
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"

#: The four NAM inboxes, as Dovecot login names, with their test passwords.
NAM_USERS: dict[str, str] = {
    "eastnam": "east-secret",
    "westnam": "west-secret",
    "centralnam": "central-secret",
    "southnam": "south-secret",
}

#: What Exchange Online advertises after login. It has no MOVE, so a client
#: that files mail must fall back to COPY + STORE \Deleted + UID EXPUNGE.
EXCHANGE_CAPABILITY = (
    "IMAP4rev1 AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+"
)


def free_port() -> int:
    """A TCP port on loopback that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, timeout: float, alive: Any = None) -> None:
    """Block until something accepts TCP connections on `port`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if alive is not None and not alive():
            raise RuntimeError(f"server exited before listening on port {port}")
        try:
            with socket.create_connection((LOOPBACK, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {LOOPBACK}:{port} after {timeout}s")


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _wait_until_bindable(port: int, timeout: float) -> None:
    """Block until a server could listen on `port` again."""
    deadline = time.monotonic() + timeout
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind((LOOPBACK, port))
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
        time.sleep(0.02)


def _shareable_tempdir(prefix: str) -> Path:
    # pytest's tmp_path lives under a 0700 directory that Dovecot's mail
    # processes and PostgreSQL, which drop root, cannot traverse; so these
    # servers get their own world-traversable directory under /tmp.
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


def _unprivileged_account(preferred: str) -> pwd.struct_passwd:
    """The OS account a server drops to when the tests run as root."""
    for name in (preferred, "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError(f"neither {preferred!r} nor 'nobody' exists on this machine")


# --------------------------------------------------------------------------
# OAuth2: client-credentials token endpoint + RFC 7662 introspection
# --------------------------------------------------------------------------


@dataclass
class _Token:
    client_id: str
    scope: str
    expires_at: float


class OAuthServer:
    """A tiny OAuth2 authorisation server on loopback.

    `POST /token` implements the client-credentials grant (client secret in
    the form body or HTTP Basic), like Microsoft identity platform's v2.0
    token endpoint. `POST /introspect` answers RFC 7662 introspection, which
    Dovecot's `oauth2` passdb calls to validate XOAUTH2 bearer tokens; the
    SMTP fixture uses `is_valid()` for the same purpose.

    Tokens are app-only (as with Exchange's application permissions): they
    name the app, not a mailbox, so one token opens all four inboxes.
    """

    #: The identity every token introspects to.
    subject = "inboxbot-app"

    def __init__(self, clients: dict[str, str] | None = None, expires_in: int = 3600) -> None:
        self.clients: dict[str, str] = dict(clients or {"inboxbot": "client-secret"})
        self.expires_in = expires_in
        self.token_requests: list[dict[str, str]] = []  # form fields, secret removed
        self.introspections = 0
        self._tokens: dict[str, _Token] = {}
        self._failures: list[int] = []  # HTTP statuses for the next token requests
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self.port = 0

    # -- public helpers ----------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def token_url(self) -> str:
        return f"{self.url}/token"

    @property
    def introspection_url(self) -> str:
        return f"{self.url}/introspect"

    @property
    def client_id(self) -> str:
        return next(iter(self.clients))

    @property
    def client_secret(self) -> str:
        return self.clients[self.client_id]

    def issue(self, client_id: str | None = None, expires_in: int | None = None,
              scope: str = "") -> str:
        """Mint a valid token directly, bypassing the HTTP endpoint."""
        token = "tok-" + secrets.token_urlsafe(24)
        lifetime = self.expires_in if expires_in is None else expires_in
        with self._lock:
            self._tokens[token] = _Token(client_id or self.client_id, scope,
                                         time.monotonic() + lifetime)
        return token

    def is_valid(self, token: str) -> bool:
        with self._lock:
            t = self._tokens.get(token)
            return t is not None and t.expires_at > time.monotonic()

    def revoke_all(self) -> None:
        """Make every token issued so far invalid (as if they had expired)."""
        with self._lock:
            self._tokens.clear()

    def fail_next(self, count: int = 1, status: int = 503) -> None:
        """Answer the next `count` token requests with HTTP `status`."""
        with self._lock:
            self._failures.extend([status] * count)

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        self._httpd = ThreadingHTTPServer((LOOPBACK, 0), self._handler_class())
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        threading.Thread(target=self._httpd.serve_forever, name="oauth-server",
                         daemon=True).start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    # -- request handling --------------------------------------------------
    def _token_response(self, form: dict[str, str], basic: tuple[str, str] | None
                        ) -> tuple[int, dict[str, Any]]:
        client_id = form.get("client_id", "")
        secret = form.get("client_secret", "")
        if basic is not None:
            client_id, secret = basic
        with self._lock:
            self.token_requests.append(
                {k: v for k, v in form.items() if k != "client_secret"})
            if self._failures:
                status = self._failures.pop(0)
                return status, {"error": "temporarily_unavailable"}
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        if self.clients.get(client_id) != secret or not client_id:
            return 401, {"error": "invalid_client",
                         "error_description": "client authentication failed"}
        scope = form.get("scope", "")
        token = self.issue(client_id, scope=scope)
        return 200, {"token_type": "Bearer", "expires_in": self.expires_in,
                     "ext_expires_in": self.expires_in, "access_token": token}

    def _introspection_response(self, form: dict[str, str]) -> dict[str, Any]:
        token = form.get("token", "")
        with self._lock:
            self.introspections += 1
            t = self._tokens.get(token)
            active = t is not None and t.expires_at > time.monotonic()
        # The username is returned even for inactive tokens: Dovecot checks the
        # username attribute before the active one, and a missing username is
        # reported as a *temporary* failure, which would hide a bad token.
        body: dict[str, Any] = {"active": active, "username": self.subject}
        if active and t is not None:
            body.update(client_id=t.client_id, scope=t.scope, token_type="Bearer")
        return body

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace")
                form = dict(urllib.parse.parse_qsl(raw, keep_blank_values=True))
                path = urllib.parse.urlsplit(self.path).path
                if path == "/token":
                    status, body = server._token_response(form, self._basic_auth())
                elif path == "/introspect":
                    status, body = 200, server._introspection_response(form)
                else:
                    status, body = 404, {"error": "not_found"}
                self._send(status, body)

            def do_GET(self) -> None:
                self._send(404, {"error": "not_found"})

            def _basic_auth(self) -> tuple[str, str] | None:
                header = self.headers.get("Authorization", "")
                if not header.startswith("Basic "):
                    return None
                user, _, pw = base64.b64decode(header[6:]).decode().partition(":")
                return urllib.parse.unquote(user), urllib.parse.unquote(pw)

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler


# --------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------


class DovecotServer:
    """A private Dovecot IMAP server: four users, Maildir, IDLE, no TLS.

    `capability` replaces what the server advertises (Dovecot's
    `imap_capability`), e.g. EXCHANGE_CAPABILITY; `separator` is the IMAP
    hierarchy delimiter (Dovecot's "." by default, Exchange uses "/").
    With `tls`, a self-signed certificate for 127.0.0.1/localhost (its own
    CA: `ca_file`) serves implicit TLS on `tls_port` and STARTTLS on `port`. With an `oauth` server,
    XOAUTH2 and OAUTHBEARER are accepted with tokens that server issued.

    Every client command is recorded by Dovecot's rawlog, so a test can prove
    what a client sent (`commands(user)`), e.g. that it never sent MOVE to a
    server that did not advertise it.
    """

    host = LOOPBACK

    def __init__(self, users: dict[str, str] | None = None, *, capability: str | None = None,
                 oauth: OAuthServer | None = None, separator: str | None = None,
                 tls: bool = False, port: int | None = None) -> None:
        self.users: dict[str, str] = dict(users or NAM_USERS)
        self.tls = tls
        self.tls_port = free_port() if tls else 0
        self.capability = capability
        self.separator = separator or "."
        self.oauth = oauth
        self.port = port or free_port()
        self.root = _shareable_tempdir("inboxbot-dovecot-")
        self.config_path = self.root / "dovecot.conf"
        self.log_path = self.root / "dovecot.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self._write_config()

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        if self._proc is not None:
            return
        dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"
        # -F: stay in the foreground so the fixture owns the master process.
        # Own process group, so stop() can end the master *and* the imap
        # processes it forked: they outlive a master killed on its own.
        with open(self.root / "stderr.log", "ab") as stderr:
            self._proc = subprocess.Popen(
                [dovecot, "-F", "-c", str(self.config_path)],
                stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
            )
        try:
            _wait_for_port(self.port, 15, alive=lambda: self._proc and self._proc.poll() is None)
        except Exception as e:
            self.stop()
            raise RuntimeError(f"dovecot did not start: {e}\n{self.log()}") from e

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # SIGTERM to the whole group: imap processes say "* BYE Server
        # shutting down" and close, as on a real server restart.
        _signal_group(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            pass
        # Stragglers, if any. (Not "wait until the group is empty": orphaned
        # children linger as zombies until init reaps them, which can take a
        # second in some containers.)
        _signal_group(proc.pid, signal.SIGKILL)
        proc.wait(5)
        _wait_until_bindable(self.port, 5)

    def restart(self) -> None:
        """Stop and start again on the same port, keeping all mail."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- test-side helpers (plain imapclient) -----------------------------
    @contextmanager
    def client(self, user: str) -> Iterator[Any]:
        """A logged-in IMAPClient for `user`, logged out afterwards."""
        from imapclient import IMAPClient

        c = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            c.login(user, self.users[user])
            yield c
        finally:
            try:
                c.logout()
            except Exception:
                c.shutdown()

    def append(self, user: str, folder: str, data: bytes, flags: tuple[bytes, ...] = ()) -> int:
        """Deliver `data` into `folder` (created if missing); returns its UID."""
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, data, flags=flags)
        # Dovecot answers APPEND with [APPENDUID <validity> <uid>] (UIDPLUS).
        text = resp.decode() if isinstance(resp, bytes) else str(resp)
        return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])

    def list_folder(self, user: str, folder: str) -> list[bytes]:
        """Raw bytes of every message in `folder` (even \\Deleted ones), in UID order."""
        return [body for body, _ in self.messages(user, folder)]

    def flags(self, user: str, folder: str) -> list[tuple[bytes, ...]]:
        """Flags of every message in `folder`, in UID order."""
        return [flags for _, flags in self.messages(user, folder)]

    def messages(self, user: str, folder: str) -> list[tuple[bytes, tuple[bytes, ...]]]:
        """(raw bytes, flags) of every message in `folder`, in UID order,
        read with EXAMINE + BODY.PEEK so nothing changes."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            if not uids:
                return []
            data = c.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"])
        return [(data[uid][b"BODY[]"], data[uid][b"FLAGS"]) for uid in sorted(data)]

    def folders(self, user: str) -> list[str]:
        with self.client(user) as c:
            return sorted(name for _, _, name in c.list_folders())

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as c:
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def set_uidvalidity(self, user: str, folder: str, value: int) -> None:
        """Change a folder's UIDVALIDITY, as a server restore or migration does."""
        subprocess.run(
            ["doveadm", "-c", str(self.config_path), "mailbox", "update",
             "--uid-validity", str(value), "-u", user, folder],
            check=True, capture_output=True,
        )

    def reset(self) -> None:
        """Empty every user's INBOX and delete their other folders."""
        for user in self.users:
            with self.client(user) as c:
                for _, _, name in sorted(c.list_folders(), key=lambda f: -len(f[2])):
                    if name.upper() != "INBOX":
                        try:
                            c.delete_folder(name)
                        except Exception:
                            pass  # a parent that vanished with its last child
                c.select_folder("INBOX")
                uids = c.search("ALL")
                if uids:
                    c.add_flags(uids, [b"\\Deleted"])
                    c.expunge()
        for path in (self.root / "rawlog").glob("*/*"):
            path.unlink()

    def commands(self, user: str) -> list[str]:
        """Every IMAP command line `user`'s sessions sent after login."""
        lines: list[str] = []
        for path in sorted((self.root / "rawlog" / user).glob("*.in")):
            for line in path.read_text("utf-8", "replace").splitlines():
                # rawlog prefixes each line with "<unix time> "
                lines.append(line.split(" ", 1)[1] if " " in line else "")
        return lines

    def log(self) -> str:
        parts = []
        for p in (self.log_path, self.root / "stderr.log"):
            if p.exists():
                parts.append(p.read_text("utf-8", "replace"))
        return "\n".join(parts)

    # -- configuration -----------------------------------------------------
    @property
    def ca_file(self) -> Path:
        """The self-signed certificate, to trust in an SSLContext."""
        return self.root / "cert.pem"

    def _make_certificate(self) -> None:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(self.root / "key.pem"), "-out", str(self.ca_file),
             "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            check=True, capture_output=True,
        )

    def _accounts(self) -> tuple[str, str, str, int, int]:
        """(internal user, login user, mail user, uid, gid) for this process."""
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid())
            return me.pw_name, me.pw_name, me.pw_name, me.pw_uid, me.pw_gid
        # As root (CI containers): Dovecot's own accounts for its internal and
        # login processes, and an unrelated unprivileged account for mail.
        internal = _unprivileged_account("dovecot").pw_name
        login = _unprivileged_account("dovenull").pw_name
        mail = _unprivileged_account("nobody")
        return internal, login, mail.pw_name, mail.pw_uid, mail.pw_gid

    def _write_config(self) -> None:
        root = self.root
        internal, login, _, uid, gid = self._accounts()
        (root / "mail").mkdir()
        (root / "rawlog").mkdir()
        for user in self.users:
            (root / "rawlog" / user).mkdir()
        for path in [root / "mail", root / "rawlog", *(root / "rawlog").iterdir()]:
            os.chown(path, uid, gid)

        passwd = root / "passwd"
        passwd.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        passwd.chmod(0o644)

        oauth_passdb = ""
        mechanisms = "plain login"
        if self.oauth is not None:
            mechanisms += " xoauth2 oauthbearer"
            ext = root / "oauth2.conf.ext"
            # username_format is a constant on purpose: Dovecot compares it,
            # expanded once for the login name and once for the token's
            # username, and app-only tokens (Exchange application permissions)
            # name the app, not the mailbox, so any login name must match.
            ext.write_text(
                "introspection_mode = post\n"
                f"introspection_url = {self.oauth.introspection_url}\n"
                "force_introspection = yes\n"
                "username_attribute = username\n"
                f"username_format = {OAuthServer.subject}\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
            oauth_passdb = (
                "passdb {\n"
                "  driver = oauth2\n"
                "  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {ext}\n"
                "}\n"
            )

        capability = f"imap_capability = {self.capability}\n" if self.capability else ""
        ssl_settings = "ssl = no\n"
        imaps_port = 0
        if self.tls:
            self._make_certificate()
            ssl_settings = (f"ssl = yes\nssl_cert = <{self.ca_file}\n"
                            f"ssl_key = <{root / 'key.pem'}\n")
            imaps_port = self.tls_port
        debug = "yes" if os.environ.get("INBOXBOT_DOVECOT_DEBUG") else "no"
        self.config_path.write_text(f"""\
# Written by tests/servers.py for one test session; see DovecotServer.
base_dir = {root}/run
state_dir = {root}/state
instance_name = inboxbot-test-{self.port}
log_path = {self.log_path}
info_log_path = {self.log_path}
auth_verbose = yes
# A failed login normally stalls ~2 s (brute-force damping); tests fail
# logins on purpose, so answer at once.
auth_failure_delay = 0
auth_debug = {debug}
mail_debug = {debug}

protocols = imap
listen = {LOOPBACK}
{ssl_settings}# Loopback only, so plaintext LOGIN without TLS is acceptable here.
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}

default_internal_user = {internal}
default_login_user = {login}
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = {min(uid, 500)}
first_valid_gid = {min(gid, 500)}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = {self.separator}
}}
rawlog_dir = {root}/rawlog/%u
{capability}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {passwd}
}}
{oauth_passdb}
userdb {{
  driver = passwd-file
  args = username_format=%u {passwd}
  default_fields = home={root}/mail/%u
}}

protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = {LOOPBACK}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {LOOPBACK}
    port = {imaps_port}
  }}
}}
service anvil {{
  chroot =
  # Auth penalty delays every login from an IP after a failed one (up to
  # 15 s); tests fail logins on purpose, so switch it off (Dovecot's
  # documented way: make the penalty socket unusable).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
""")


# --------------------------------------------------------------------------
# SMTP (aiosmtpd)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMessage:
    """One message the SMTP server accepted."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    auth_user: str | None  # login name, if the client authenticated
    auth_mechanism: str | None


@dataclass
class _Refusal:
    reply: str
    stage: str
    until: float | None
    remaining: int | None


@dataclass
class _Drop:
    until: float | None
    remaining: int | None
    after_store: bool


class SmtpServer:
    """An aiosmtpd server on loopback that keeps what it receives.

    AUTH PLAIN and LOGIN check `users`; AUTH XOAUTH2 checks the bearer token
    with `oauth` (any login name, as with app-only tokens). AUTH is offered
    without TLS (loopback only) and is optional unless `auth_required`.

    Faults: `refuse(code, seconds=..., count=...)` answers MAIL/RCPT/DATA
    with a 4xx or 5xx for a while; `drop(...)` closes the connection when
    the message data arrives, before any reply (optionally after storing it,
    the "delivered but the client never heard" case).
    """

    host = LOOPBACK

    def __init__(self, users: dict[str, str] | None = None, *, oauth: OAuthServer | None = None,
                 auth_required: bool = False) -> None:
        self.users: dict[str, str] = dict(users or NAM_USERS)
        self.oauth = oauth
        self.auth_required = auth_required
        self.port = 0
        self.auth_attempts: list[tuple[str, str, bool]] = []  # (mechanism, user, ok)
        self._messages: list[ReceivedMessage] = []
        self._refusal: _Refusal | None = None
        self._drop: _Drop | None = None
        self._cond = threading.Condition()
        self._controller: Any = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self.port = self.port or free_port()
        # auth_required is enforced by the handler (at MAIL), not aiosmtpd,
        # which would warn on every connection about AUTH without TLS: this
        # server only listens on loopback.
        self._controller = Controller(
            _SmtpHandler(self), hostname=LOOPBACK, port=self.port,
            authenticator=self._authenticate, auth_require_tls=False, ready_timeout=10,
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- what was received --------------------------------------------------
    @property
    def messages(self) -> list[ReceivedMessage]:
        with self._cond:
            return list(self._messages)

    def wait_for(self, n: int, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Block until at least `n` messages arrived; returns all of them."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self._messages) < n:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"SMTP server got {len(self._messages)} message(s), expected {n}")
                self._cond.wait(remaining)
            return list(self._messages)

    def reset(self) -> None:
        with self._cond:
            self._messages.clear()
            self.auth_attempts.clear()
            self._refusal = None
            self._drop = None

    # -- faults -------------------------------------------------------------
    def refuse(self, code: int, seconds: float | None = None, count: int | None = None,
               *, stage: str = "MAIL", message: str | None = None) -> None:
        """Answer `stage` (MAIL, RCPT or DATA) with `code` for `seconds` or
        `count` transactions (forever if neither)."""
        if stage not in ("MAIL", "RCPT", "DATA"):
            raise ValueError(f"stage must be MAIL, RCPT or DATA, not {stage!r}")
        if message is None:
            message = ("4.3.0 Try again later (test refusal)" if code < 500
                       else "5.7.1 Refused (test refusal)")
        with self._cond:
            self._refusal = _Refusal(f"{code} {message}", stage,
                                     None if seconds is None else time.monotonic() + seconds,
                                     count)

    def drop(self, seconds: float | None = None, count: int | None = None, *,
             after_store: bool = False) -> None:
        """Close the connection when message data arrives, without replying."""
        with self._cond:
            self._drop = _Drop(None if seconds is None else time.monotonic() + seconds,
                               count, after_store)

    def stop_refusing(self) -> None:
        with self._cond:
            self._refusal = None
            self._drop = None

    def _refusal_for(self, stage: str) -> str | None:
        with self._cond:
            r = self._refusal
            if r is None or r.stage != stage:
                return None
            if r.until is not None and time.monotonic() >= r.until:
                self._refusal = None
                return None
            if r.remaining is not None:
                r.remaining -= 1
                if r.remaining <= 0:
                    self._refusal = None
            return r.reply

    def _drop_now(self) -> _Drop | None:
        with self._cond:
            d = self._drop
            if d is None:
                return None
            if d.until is not None and time.monotonic() >= d.until:
                self._drop = None
                return None
            if d.remaining is not None:
                d.remaining -= 1
                if d.remaining <= 0:
                    self._drop = None
            return d

    def _store(self, msg: ReceivedMessage) -> None:
        with self._cond:
            self._messages.append(msg)
            self._cond.notify_all()

    # -- authentication ----------------------------------------------------
    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult

        login = auth_data.login.decode("utf-8", "replace")
        ok = self.users.get(login) == auth_data.password.decode("utf-8", "replace")
        with self._cond:
            self.auth_attempts.append((mechanism, login, ok))
        if ok:
            session.auth_mechanism = mechanism
        return AuthResult(success=ok, auth_data=auth_data if ok else None, handled=False)

    def _check_bearer(self, user: str, token: str) -> bool:
        ok = self.oauth is not None and self.oauth.is_valid(token)
        with self._cond:
            self.auth_attempts.append(("XOAUTH2", user, ok))
        return ok


class _SmtpHandler:
    """aiosmtpd handler: policy only, replies are plain strings."""

    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if self.owner.auth_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        refusal = self.owner._refusal_for("MAIL")
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        refusal = self.owner._refusal_for("RCPT")
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        drop = self.owner._drop_now()
        if drop is not None:
            if drop.after_store:
                self._store(session, envelope)
            server.transport.abort()
            return "421 4.4.2 dropped (test)"  # never reaches the client
        refusal = self.owner._refusal_for("DATA")
        if refusal:
            return refusal
        self._store(session, envelope)
        return "250 2.0.0 OK queued"

    def _store(self, session: Any, envelope: Any) -> None:
        auth = getattr(session, "auth_data", None)
        login = getattr(auth, "login", None)
        mechanism = getattr(session, "auth_mechanism", None)
        data = envelope.original_content or envelope.content
        self.owner._store(ReceivedMessage(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            data=bytes(data),
            auth_user=login.decode("utf-8", "replace") if isinstance(login, bytes) else login,
            auth_mechanism=mechanism,
        ))

    # aiosmtpd offers any `auth_<NAME>` method of the handler as AUTH <NAME>.
    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:
        """XOAUTH2 as Google and Microsoft define it: base64 of
        "user=<u>^Aauth=Bearer <token>^A^A", optionally as initial response."""
        from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword

        if len(args) == 1:
            blob = await server.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False)
        else:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        fields = dict(
            part.split("=", 1) for part in blob.decode("utf-8", "replace").split("\x01")
            if "=" in part)
        user = fields.get("user", "")
        auth = fields.get("auth", "")
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else ""
        if self.owner._check_bearer(user, token):
            server.session.auth_mechanism = "XOAUTH2"
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        # The XOAUTH2 failure dance: a 334 with a JSON error, the client sends
        # an empty line, then the real failure reply.
        error = json.dumps({"status": "401", "schemes": "bearer", "scope": ""})
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False)


# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------

def _pg_bindir() -> Path:
    """INBOXBOT_PG_BINDIR, else Debian's PostgreSQL 15, else the newest installed."""
    if os.environ.get("INBOXBOT_PG_BINDIR"):
        return Path(os.environ["INBOXBOT_PG_BINDIR"])
    default = Path("/usr/lib/postgresql/15/bin")
    if (default / "initdb").exists():
        return default
    versions = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")
                if p.parent.parent.name.isdigit()]
    return max(versions, key=lambda p: int(p.parent.name), default=default)


PG_BINDIR = _pg_bindir()


class PostgresServer:
    """A throw-away PostgreSQL cluster: trust auth, loopback TCP and a unix
    socket in its own directory, fsync off (the data dies with the test run).

    As root, initdb and the server run as the `postgres` account (or
    `nobody`): PostgreSQL refuses to run as root.
    """

    host = LOOPBACK
    superuser = "postgres"
    database = "inboxbot_test"

    def __init__(self, bindir: Path = PG_BINDIR) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.root = _shareable_tempdir("inboxbot-postgres-")
        self.datadir = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log_path = self.root / "postgres.log"
        self._started = False

    @staticmethod
    def available(bindir: Path = PG_BINDIR) -> bool:
        return all((bindir / b).exists() for b in ("initdb", "pg_ctl", "postgres"))

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the test database."""
        return self.url_for(self.database)

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{self.superuser}@{self.host}:{self.port}/{database}"

    def start(self) -> None:
        account = _unprivileged_account("postgres") if os.geteuid() == 0 else None
        for d in (self.datadir, self.socket_dir):
            d.mkdir(mode=0o700)
        self.log_path.touch()
        if account is not None:
            for p in (self.datadir, self.socket_dir, self.log_path):
                os.chown(p, account.pw_uid, account.pw_gid)
        self._run(account, "initdb", "-D", str(self.datadir), "-U", self.superuser,
                  "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync")
        options = (f"-p {self.port} -k {self.socket_dir} -c listen_addresses={LOOPBACK} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
        self._run(account, "pg_ctl", "-D", str(self.datadir), "-l", str(self.log_path),
                  "-o", options, "-w", "-t", "30", "start")
        self._account = account
        self._started = True
        self.create_database(self.database)

    def stop(self) -> None:
        if self._started:
            self._started = False
            self._run(self._account, "pg_ctl", "-D", str(self.datadir), "-m", "immediate",
                      "-w", "stop", check=False)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """Create an empty database; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=self.superuser,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def _run(self, account: pwd.struct_passwd | None, binary: str, *args: str,
             check: bool = True) -> None:
        kwargs: dict[str, Any] = {}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C"}
        if account is not None:
            kwargs.update(user=account.pw_uid, group=account.pw_gid, extra_groups=[])
            env["HOME"] = str(self.root)
        result = subprocess.run([str(self.bindir / binary), *args], cwd=self.root, env=env,
                                capture_output=True, text=True, **kwargs)
        if check and result.returncode != 0:
            log = self.log_path.read_text() if self.log_path.exists() else ""
            raise RuntimeError(f"{binary} failed ({result.returncode}):\n{result.stdout}\n"
                               f"{result.stderr}\n{log}")
