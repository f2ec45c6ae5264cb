"""What is where after a run, read from outside the daemon: Dovecot's folders, the SMTP server's
received messages, and the database (read only).
"""

from __future__ import annotations

import email.parser
import hashlib
import email.policy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class Location:
    user: str
    folder: str
    deleted: bool  # flagged \Deleted (filed already on a server without UIDPLUS, or half-moved)


def _key_of(header_bytes: bytes, header: str) -> str:
    msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_bytes)
    value = msg.get(header)
    return " ".join(str(value).split()) if value is not None else ""


def mailbox_census(dovecot: Any, users: Iterable[str], header: str = "Message-ID") -> dict[str, list[Location]]:
    """For every message in every folder of `users`: its `header` value -> where it is.

    Read with EXAMINE and BODY.PEEK, so nothing on the server changes.
    """
    out: dict[str, list[Location]] = {}
    fetch_item = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]".encode()
    answer_key = f"BODY[HEADER.FIELDS ({header.upper()})]".encode()
    for user in users:
        with dovecot.client(user) as c:
            for _flags, _delim, folder in c.list_folders():
                info = c.select_folder(folder, readonly=True)
                if not int(info.get(b"EXISTS", 0)):
                    continue
                uids = c.search("ALL")
                for start in range(0, len(uids), 500):
                    data = c.fetch(uids[start:start + 500], [fetch_item, b"FLAGS"])
                    for uid, item in data.items():
                        key = _key_of(item.get(answer_key, b""), header)
                        deleted = b"\\Deleted" in item.get(b"FLAGS", ())
                        out.setdefault(key, []).append(Location(user, folder, deleted))
    return out


def body_census(dovecot: Any, users: Iterable[str]) -> dict[str, list[Location]]:
    """sha256 of every message's bytes (as the server gives them) -> where it is."""
    out: dict[str, list[Location]] = {}
    for user in users:
        with dovecot.client(user) as c:
            for _flags, _delim, folder in c.list_folders():
                info = c.select_folder(folder, readonly=True)
                if not int(info.get(b"EXISTS", 0)):
                    continue
                uids = c.search("ALL")
                for start in range(0, len(uids), 50):
                    data = c.fetch(uids[start:start + 50], [b"BODY.PEEK[]", b"FLAGS"])
                    for uid, item in data.items():
                        key = hashlib.sha256(item.get(b"BODY[]", b"")).hexdigest()
                        out.setdefault(key, []).append(Location(user, folder, b"\\Deleted" in item.get(b"FLAGS", ())))
    return out


def inbox_bodies(dovecot: Any, user: str, folder: str = "INBOX") -> list[bytes]:
    """The bytes of every message in `folder`, in UID (= APPEND) order."""
    with dovecot.client(user) as c:
        c.select_folder(folder, readonly=True)
        uids = sorted(c.search("ALL"))
        out: list[bytes] = []
        for start in range(0, len(uids), 50):
            data = c.fetch(uids[start:start + 50], [b"BODY.PEEK[]"])
            out += [data[u][b"BODY[]"] for u in sorted(data)]
    return out


def inbox_backlog(dovecot: Any, users: Iterable[str], folder: str = "INBOX") -> int:
    """Undeleted messages still in the watched folder of every user."""
    n = 0
    for user in users:
        with dovecot.client(user) as c:
            c.select_folder(folder, readonly=True)
            n += len(c.search(["UNDELETED"]))
    return n


@dataclass(frozen=True)
class SentMail:
    message_id: str
    in_reply_to: str
    case_ref: str  # X-Inboxbot-Case
    missing: str  # X-Inboxbot-Missing
    subject: str
    rcpt_tos: tuple[str, ...]

    @property
    def is_reply(self) -> bool:
        return bool(self.in_reply_to and self.case_ref)


def sent_mail(smtp: Any) -> list[SentMail]:
    """Every message the SMTP server accepted, in arrival order (headers only)."""
    parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
    out = []
    for m in smtp.messages:
        h = parser.parsebytes(m.data)

        def get(name: str) -> str:
            v = h.get(name)
            return " ".join(str(v).split()) if v is not None else ""

        out.append(SentMail(get("Message-ID"), get("In-Reply-To"), get("X-Inboxbot-Case"), get("X-Inboxbot-Missing"),
                            get("Subject"), tuple(m.rcpt_tos)))
    return out


@dataclass
class DbSnapshot:
    messages: list[dict[str, Any]]
    outbox: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    case_events: list[dict[str, Any]]


def db_snapshot(url: str) -> DbSnapshot:
    """The daemon's tables as plain rows (plain SQL: no daemon code, no migrations)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            def rows(sql: str) -> list[dict[str, Any]]:
                return [dict(r._mapping) for r in conn.execute(text(sql))]

            return DbSnapshot(
                messages=rows("SELECT id, inbox, source_id, message_id, status, kind, case_id, target_folder, "
                              "filed_folder, reason, error, attempts, sha256, seen_at, decided_at FROM messages ORDER BY id"),
                outbox=rows("SELECT id, message_id, dedupe_key, purpose, template, case_id, source_message_id, "
                            "status, attempts, last_error FROM outbox ORDER BY id"),
                cases=rows("SELECT id, ref, status, pathway, neighbourhood FROM cases ORDER BY id"),
                case_events=rows("SELECT id, case_id, event, to_status, message_id FROM case_events ORDER BY id"),
            )
    finally:
        engine.dispose()


def outbox_pending(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar() or 0)
    except Exception:
        return -1  # no schema yet (killed before the first migration finished)
    finally:
        engine.dispose()
