"""Sending what the decisions put in the outbox table.

A row is written in the same transaction as the decision, with its Message-ID and exact bytes
fixed, so a re-send after a crash between the server's 250 and our commit is the very same
message (same Message-ID) rather than a second, different reply.

`send_due()` claims due rows (a lease in the row, so several threads or processes never send
the same row at once), hands each to a `Transport`, and records the result row by row:
* `TransientSendError` (4xx, connection trouble, authentication/token trouble): retried with
  exponential back-off; repeated failures alert the administrators (see `alerts.py`);
* `PermanentSendError` (5xx for that message): marked failed, administrators alerted once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import mailbox as stdlib_mailbox
import os
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiosmtplib
from sqlalchemy import or_, select, update

from inboxbot.db import Database
from inboxbot.models import AuditEvent, OutboxItem, OutboxStatus
from inboxbot.replies import Rendered

log = logging.getLogger(__name__)


class SendError(Exception):
    pass


class TransientSendError(SendError):
    """Try again later: 4xx, connection refused/dropped, timeout, authentication trouble."""

    def __init__(self, message: str, *, server_problem: bool = True) -> None:
        super().__init__(message)
        self.server_problem = server_problem  # the whole server, not this message


class PermanentSendError(SendError):
    """The server refused this message for good (5xx)."""


@dataclass(frozen=True)
class Envelope:
    id: int
    sender: str
    recipients: tuple[str, ...]
    raw: bytes


class Transport(Protocol):
    def send(self, items: Sequence[Envelope], on_result: Callable[[Envelope, SendError | None], None]) -> None:
        """Send each item, calling `on_result(item, None)` after each success or with the error.

        A server-wide transient error ends the batch: items not yet tried get no callback.
        """


class MaildirTransport:
    """Writes each message into a local Maildir (the embedded default's "sent" folder)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def send(self, items: Sequence[Envelope], on_result: Callable[[Envelope, SendError | None], None]) -> None:
        old = os.umask(0o077)
        try:
            box = stdlib_mailbox.Maildir(str(self.path), create=True)
            for item in items:
                try:
                    box.add(item.raw)
                except OSError as exc:
                    raise TransientSendError(f"cannot write to {self.path}: {exc.strerror}") from exc
                on_result(item, None)
        finally:
            os.umask(old)


class SmtpTransport:
    """aiosmtplib over one connection per batch: none | starttls | tls, password or XOAUTH2."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        security: str = "none",
        username: str = "",
        password: str = "",
        token_provider: Callable[[], str] | None = None,
        verify_tls: bool = True,
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host, self.port, self.security = host, port, security
        self.username, self.password = username, password
        self.token_provider = token_provider
        self.verify_tls, self.timeout = verify_tls, timeout
        self.ssl_context = ssl_context

    def __repr__(self) -> str:
        return f"SmtpTransport({self.host}:{self.port}, {self.security})"

    def send(self, items: Sequence[Envelope], on_result: Callable[[Envelope, SendError | None], None]) -> None:
        if items:
            asyncio.run(self._send(items, on_result))

    def _client(self) -> aiosmtplib.SMTP:
        kwargs: dict[str, object] = dict(
            hostname=self.host,
            port=self.port,
            timeout=self.timeout,
            use_tls=self.security == "tls",
            start_tls=True if self.security == "starttls" else False,
            validate_certs=self.verify_tls,
        )
        if self.ssl_context is not None:
            kwargs["tls_context"] = self.ssl_context
        return aiosmtplib.SMTP(**kwargs)  # type: ignore[arg-type]

    async def _login(self, smtp: aiosmtplib.SMTP) -> None:
        if self.token_provider is not None:
            try:
                token = await asyncio.to_thread(self.token_provider)
            except Exception as exc:  # the token endpoint's own errors: a server-wide problem
                raise TransientSendError(f"OAuth token: {exc}") from exc
            await smtp.auth_xoauth2(self.username, token)
        elif self.username:
            await smtp.login(self.username, self.password)

    async def _send(self, items: Sequence[Envelope], on_result: Callable[[Envelope, SendError | None], None]) -> None:
        smtp = self._client()
        try:
            try:
                await smtp.connect()
                await self._login(smtp)
            except aiosmtplib.SMTPAuthenticationError as exc:
                raise TransientSendError(f"SMTP authentication failed: {exc.code} {exc.message}") from exc
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                raise TransientSendError(f"SMTP connection failed: {exc}") from exc
            for item in items:
                try:
                    await smtp.sendmail(item.sender, list(item.recipients), item.raw)
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    codes = [r.code for r in exc.recipients]
                    err: SendError
                    if all(500 <= c < 600 for c in codes):
                        err = PermanentSendError(f"recipients refused: {codes}")
                    else:
                        err = TransientSendError(f"recipients refused: {codes}", server_problem=False)
                    on_result(item, err)
                    await _rset(smtp)
                    continue
                except aiosmtplib.SMTPResponseException as exc:
                    if 500 <= exc.code < 600:
                        on_result(item, PermanentSendError(f"{exc.code} {exc.message}"))
                        await _rset(smtp)
                        continue
                    if 400 <= exc.code < 500:
                        on_result(item, TransientSendError(f"{exc.code} {exc.message}", server_problem=False))
                        await _rset(smtp)
                        continue
                    raise TransientSendError(f"SMTP error: {exc.code} {exc.message}") from exc
                except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                    raise TransientSendError(f"SMTP connection lost: {exc}") from exc
                on_result(item, None)
        finally:
            try:
                if smtp.is_connected:
                    await smtp.quit()
            except Exception:  # closing a broken connection: nothing left to report
                smtp.close()


async def _rset(smtp: aiosmtplib.SMTP) -> None:
    try:
        await smtp.rset()
    except aiosmtplib.SMTPException:
        pass


# --- the outbox table -----------------------------------------------------------------------------


def queue(
    session,  # type: ignore[no-untyped-def]
    rendered: Rendered,
    *,
    purpose: str,
    now: dt.datetime,
    case_id: int | None = None,
    source_message_id: int | None = None,
    dedupe_key: str | None = None,
) -> OutboxItem:
    """Add `rendered` to the outbox in the caller's transaction (sent after it commits)."""
    item = OutboxItem(
        message_id=rendered.message_id,
        dedupe_key=dedupe_key,
        purpose=purpose,
        template=rendered.template,
        case_id=case_id,
        source_message_id=source_message_id,
        sender=rendered.sender,
        recipients=list(rendered.recipients),
        subject=rendered.subject,
        raw=rendered.raw,
        status=OutboxStatus.PENDING,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(item)
    return item


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    server_error: str | None = None  # set when the server itself could not be used
    failed_ids: tuple[int, ...] = ()


def backoff(attempts: int, minimum: float, maximum: float) -> dt.timedelta:
    return dt.timedelta(seconds=min(maximum, minimum * (2 ** max(0, attempts - 1))))


def claim_due(db: Database, now: dt.datetime, owner: str, claim_seconds: float, limit: int = 50,
              only_ids: Sequence[int] | None = None) -> list[Envelope]:
    """Lease up to `limit` due pending rows to `owner`; each row is claimed by one owner only."""
    with db.transaction() as s:
        q = select(OutboxItem.id).where(
            OutboxItem.status == OutboxStatus.PENDING,
            OutboxItem.next_attempt_at <= now,
            or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now),
        ).order_by(OutboxItem.id).limit(limit)
        if only_ids is not None:
            q = q.where(OutboxItem.id.in_(list(only_ids)))
        if db.dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        ids = list(s.scalars(q))
    claimed: list[Envelope] = []
    until = now + dt.timedelta(seconds=claim_seconds)
    for oid in ids:
        with db.transaction() as s:
            # Compare-and-set: only one owner's UPDATE matches.
            res = s.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.id == oid,
                    OutboxItem.status == OutboxStatus.PENDING,
                    or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now),
                )
                .values(claimed_by=owner, claimed_until=until)
            )
            if res.rowcount != 1:
                continue
            row = s.get(OutboxItem, oid)
            assert row is not None
            claimed.append(Envelope(row.id, row.sender, tuple(row.recipients), row.raw))
    return claimed


def send_due(
    db: Database,
    transport: Transport,
    *,
    now: dt.datetime,
    owner: str,
    retry_min: float,
    retry_max: float,
    claim_seconds: float = 120.0,
    limit: int = 50,
    only_ids: Sequence[int] | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> SendReport:
    """Send due outbox rows; each result is committed as soon as it is known."""
    report = SendReport()
    items = claim_due(db, now, owner, claim_seconds, limit, only_ids)
    if not items:
        return report
    failed: list[int] = []
    done: set[int] = set()

    def on_result(item: Envelope, error: SendError | None) -> None:
        at = clock() if clock else now
        done.add(item.id)
        with db.transaction() as s:
            row = s.get(OutboxItem, item.id)
            assert row is not None
            row.attempts += 1
            row.claimed_by = None
            row.claimed_until = None
            if error is None:
                row.status = OutboxStatus.SENT
                row.sent_at = at
                row.last_error = None
                s.add(AuditEvent(at=at, event="sent", actor=owner, case_id=row.case_id, outbox_id=row.id,
                                 message_row_id=row.source_message_id, recipients=list(row.recipients),
                                 template=row.template, detail=row.purpose))
                report.sent += 1
                log.info("sent outbox #%d (%s)", row.id, row.purpose)
            elif isinstance(error, PermanentSendError):
                row.status = OutboxStatus.FAILED
                row.last_error = str(error)
                s.add(AuditEvent(at=at, event="send_failed", actor=owner, case_id=row.case_id, outbox_id=row.id,
                                 recipients=list(row.recipients), template=row.template, detail=str(error)))
                report.failed += 1
                failed.append(row.id)
                log.error("outbox #%d refused permanently: %s", row.id, error)
            else:
                row.last_error = str(error)
                row.next_attempt_at = at + backoff(row.attempts, retry_min, retry_max)
                report.retried += 1
                log.warning("outbox #%d deferred: %s", row.id, error)

    try:
        transport.send(items, on_result)
    except TransientSendError as exc:
        report.server_error = str(exc)
        log.warning("outbox: %s", exc)
        at = clock() if clock else now
        for item in items:
            if item.id in done:
                continue
            with db.transaction() as s:
                row = s.get(OutboxItem, item.id)
                assert row is not None
                row.attempts += 1
                row.claimed_by = None
                row.claimed_until = None
                row.last_error = str(exc)
                row.next_attempt_at = at + backoff(row.attempts, retry_min, retry_max)
                report.retried += 1
    report.failed_ids = tuple(failed)
    return report


def pending_count(db: Database) -> int:
    from sqlalchemy import func

    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.status == OutboxStatus.PENDING)) or 0


def retry_now(db: Database, now: dt.datetime) -> None:
    """Make every pending row due now (after a server came back, so replies need not wait out the back-off)."""
    with db.transaction() as s:
        s.execute(update(OutboxItem).where(OutboxItem.status == OutboxStatus.PENDING,
                                           OutboxItem.next_attempt_at > now).values(next_attempt_at=now))
