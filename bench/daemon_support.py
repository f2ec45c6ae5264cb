"""Shared by bench/latency.py and bench/backlog.py: real Dovecot + aiosmtpd on loopback, the
daemon as its own process (`inboxbot run`), corpus emails with fresh Message-IDs."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inboxbot.commands import find_corpus  # noqa: E402
from tests.integration.daemon_support import start_subprocess, write_config  # noqa: E402
from tests.servers import DovecotServer, SmtpServer  # noqa: E402

HOODS = ("east", "west", "central", "south")


def corpus_dir() -> Path:
    found = find_corpus(ROOT)
    if found is None:
        raise SystemExit("corpus not found: expected ../shared/corpus/cases")
    return found


def corpus_emails(kinds: tuple[str, ...] | None = None) -> list[tuple[str, str, bytes]]:
    """(case id, neighbourhood, bytes) of each corpus email, in file order."""
    out = []
    for label in sorted(corpus_dir().glob("*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        if kinds is None or data["kind"] in kinds:
            out.append((label.stem, data["neighbourhood"] or "east", label.with_suffix(".eml").read_bytes()))
    return out


_MID = re.compile(rb"^(Message-ID:[ \t]*)<([^>\r\n]*)>", re.I | re.M)


def fresh_message_id(raw: bytes, tag: str) -> bytes:
    """The same email with a new Message-ID (a copy is a new email, not a duplicate)."""
    new, n = _MID.subn(lambda m: m.group(1) + b"<" + tag.encode() + b"." + m.group(2) + b">", raw, count=1)
    return new if n else b"Message-ID: <" + tag.encode() + b"@bench.invalid>\r\n" + raw


def start_servers() -> tuple[DovecotServer, SmtpServer]:
    dovecot = DovecotServer()
    dovecot.start()
    smtp = SmtpServer()
    smtp.start()
    return dovecot, smtp


def stop(proc: subprocess.Popen | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_connected(db_path: Path, n: int, timeout: float = 30) -> None:
    import sqlite3

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(db_path) as c:
                if c.execute("select count(*) from inbox_state where connected").fetchone()[0] >= n:
                    return
        except sqlite3.Error:
            pass
        time.sleep(0.1)
    raise SystemExit("daemon did not connect to every inbox")


__all__ = ["start_subprocess", "write_config", "corpus_emails", "fresh_message_id", "start_servers", "stop", "wait_connected", "HOODS", "ROOT"]
