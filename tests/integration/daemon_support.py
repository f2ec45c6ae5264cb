"""Shared pieces of the daemon's integration tests: a config pointing at the test servers,
the daemon running in a thread (or a subprocess), and waiting for conditions."""

from __future__ import annotations

import contextlib
import email
import os
import subprocess
import sys
import threading
import time
from email import policy
from pathlib import Path

from inboxbot.config import load_config
from inboxbot.daemon import Daemon
from inboxbot.db import open_database

ROOT = Path(__file__).resolve().parents[2]
HOODS = ("east", "west", "central", "south")
FOLDERS = {"processed": "Processed", "awaiting": "Awaiting information", "needs": "Needs attention", "other": "Not a submission"}


TIMING = {"wait_slice": 0.5, "poll_interval": 5, "reconnect_min": 0.2, "reconnect_max": 1, "send_retry_min": 0.5,
          "send_retry_max": 1, "refused_retry_min": 0.5, "refused_retry_max": 1, "claim_seconds": 30,
          "failures_before_alert": 8}


def write_config(tmp_path: Path, dovecot, smtp, *, db_url: str | None = None, oauth=None, extra: str = "",
                 timing: dict | None = None) -> Path:
    lines = [
        'admins = ["admin@newham.gov.uk"]',
        "[database]",
        f'url = "{db_url or f"sqlite:///{tmp_path}/inboxbot.db"}"',
        "[smtp]",
        f'host = "{smtp.host}"',
        f"port = {smtp.port}",
        'security = "none"',
        'from = "Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>"',
        'username = "earlyhelppartnershipteam@newham.gov.uk"' if oauth else "",
    ]
    if oauth:
        lines += ["[smtp.oauth]", f'token_url = "{oauth.token_url}"', f'client_id = "{oauth.client_id}"',
                  'client_secret = "${TEST_CLIENT_SECRET}"', 'scope = "https://outlook.office365.com/.default"']
    lines += [
        "[senders]",
        'allowed_domains = ["newham.gov.uk"]',
        'partner_domains = ["newham.sch.uk", "nhs.net"]',
        "[timing]",
        *(f"{k} = {v}" for k, v in {**TIMING, **(timing or {})}.items()),
        "[replies]",
        f'templates_dir = "{ROOT}/templates"',
    ]
    for hood in HOODS:
        lines += [
            f"[inboxes.{hood}]",
            f'address = "{hood}NAM@newham.gov.uk"',
            f'imap_host = "{dovecot.host}"', f"imap_port = {dovecot.port}", 'imap_security = "none"',
            f'username = "{hood}nam"', 'folder = "INBOX"',
            f'coordinators = ["{hood}.coordinator@newham.gov.uk"]',
        ]
        if oauth:
            lines += [f"[inboxes.{hood}.oauth]", f'token_url = "{oauth.token_url}"', f'client_id = "{oauth.client_id}"',
                      'client_secret = "${TEST_CLIENT_SECRET}"', 'scope = "https://outlook.office365.com/.default"']
        else:
            lines.append(f'password = "{dovecot.users[hood + "nam"]}"')
    path = tmp_path / "inboxbot.toml"
    path.write_text("\n".join(lines) + "\n" + extra)
    return path


def env_for(oauth) -> dict[str, str]:
    env = dict(os.environ)
    if oauth:
        env["TEST_CLIENT_SECRET"] = oauth.client_secret
    return env


@contextlib.contextmanager
def running_daemon(config_path: Path, env: dict[str, str] | None = None):
    """The daemon's `run()` in a thread, stopped (like SIGTERM) at the end."""
    config = load_config(config_path, env=env or dict(os.environ))
    db = open_database(config.database.url)
    daemon = Daemon(config, db)
    stop = threading.Event()
    t = threading.Thread(target=daemon.run, args=(stop,), kwargs={"install_signals": False}, daemon=True)
    t.start()
    try:
        wait_until(lambda: connected(db) == len(config.inboxes), 20, "all inboxes connected")
        yield daemon
    finally:
        stop.set()
        t.join(30)
        db.dispose()


def start_subprocess(config_path: Path, env: dict[str, str] | None = None, log_path: Path | None = None) -> subprocess.Popen:
    log = open(log_path or (config_path.parent / "daemon.log"), "ab")
    return subprocess.Popen([sys.executable, "-m", "inboxbot", "run", "--config", str(config_path)],
                            cwd=str(ROOT), env=env or dict(os.environ), stdout=log, stderr=log)


def connected(db) -> int:
    from inboxbot.models import InboxState

    with db.sessions() as s:
        return s.query(InboxState).filter(InboxState.connected.is_(True)).count()


def wait_until(cond, timeout: float, what: str = "condition", interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = cond()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=policy.default)


def is_followup(raw: bytes) -> bool:
    """A TAF review reminder, overdue note or chaser (or a digest) from the follow-ups scheduler.

    The daemon runs on the wall clock, and the corpus cases' first TAF reviews are long due,
    so acknowledging one sends its reminders at once.
    """
    msg = parse(raw)
    return msg["X-Inboxbot-Followup"] is not None or msg["X-Inboxbot-Digest"] is not None


def replies(smtp) -> list:
    """Replies to workers (administrator alerts and follow-ups left out)."""
    return [parse(m.data) for m in smtp.messages if parse(m.data)["X-Inboxbot-Case"] and not is_followup(m.data)]


def replies_and_alerts(smtp) -> list:
    """What the SMTP server received, follow-ups left out."""
    return [m for m in smtp.messages if not is_followup(m.data)]


def wait_for_replies_and_alerts(smtp, n: int, timeout: float) -> list:
    """Block until at least `n` messages besides follow-ups arrived; returns all of those."""
    return wait_until(lambda: len(replies_and_alerts(smtp)) >= n and replies_and_alerts(smtp), timeout,
                      f"{n} message(s) besides follow-ups")


def folder_counts(dovecot, user: str) -> dict[str, int]:
    out = {}
    for name in ["INBOX", *FOLDERS.values()]:
        try:
            out[name] = len(dovecot.list_folder(user, name))
        except Exception:
            out[name] = 0
    return out


def inbox_empty(dovecot, user: str) -> bool:
    return len(dovecot.list_folder(user, "INBOX")) == 0
