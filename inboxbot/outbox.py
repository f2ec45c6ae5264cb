"""Sending what the decisions put in the outbox table.

A row is written in the same transaction as the decision, with its Message-ID and exact bytes
fixed, so a re-send after a crash between the server's 250 and our commit is the very same
message (same Message-ID) rather than a second, different reply.

`send_due()` claims due rows (a lease in the row, so several threads or processes never send
the same row at once), hands each to a `Transport`, and records the result row by row. A row is
sent at most once: only a pending row can be claimed, and the 250 marks it sent.

The policy on failures, for a council service whose replies tell social workers what became of
a submission: a reply is never dropped without a person being told, and never sent twice.
* `TransientSendError` (4xx, connection trouble, authentication/token trouble): retried with
  exponential back-off (`timing.send_retry_min` .. `send_retry_max`) for as long as it takes;
  repeated failures alert the administrators under "smtp" (see `alerts.py`).
* `RefusedSendError` (5xx) is not taken as final at once: relays get misconfigured and policy
  blocks get lifted, so RFC 5321's "permanent" is often a fault on our side that a person fixes.
  A refused row stays pending on a slower back-off (`timing.refused_retry_min` .. `max`, minutes
  to hours), with `last_error` saying so, which `inboxbot status` counts as held.
  - The whole session refused (5xx to the greeting, EHLO or MAIL FROM, except 552 "too big" at
    MAIL FROM): no message was judged, and every one would be refused alike. The batch ends, its
    rows are held and never fail for it (like a 4xx outage: a reply late is better than a reply
    a person must make by hand); when the server next takes a message, held rows are due at once.
  - One message refused (5xx at RCPT for all its recipients, e.g. 550 5.1.1 user unknown; 5xx at
    DATA; 552 at MAIL FROM): a `send_refused` audit row each time. Once the first of them is
    `timing.refused_retry_hours` old (the last try falls on that moment) the row is marked FAILED
    with a `send_failed` audit row; nothing retries it after that.
* The administrators hear of it once, not once per row: the daemon counts a batch in which
  something was refused and nothing taken (`SendReport.refusing`) as one failure of
  "smtp-refusing", which any sent email resolves; rows marked FAILED are named (outbox ids only)
  in one alert by `Alerter.sends_failed`.
A server's reply can name a recipient; addresses are cut from it (`reply_text`) before it is
logged, kept in `last_error` or put in an alert.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import mailbox as stdlib_mailbox
import os
import re
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import aiosmtplib
from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from inboxbot.config import TimingConfig
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


class RefusedSendError(SendError):
    """The server answered 5xx: for this message, or (`server_problem`) for the whole session."""

    def __init__(self, message: str, *, server_problem: bool = False) -> None:
        super().__init__(message)
        self.server_problem = server_problem


_TIMING = TimingConfig()  # the defaults, for callers without a config
REFUSED = "refused: "  # last_error of a row held after the server refused the message
SERVER_REFUSED = "server refused: "  # ... after it refused the whole session

_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")


def reply_text(code: int, message: str) -> str:
    """A server reply for logs and alerts: the code and text, with any email address cut out."""
    return f"{code} {_ADDRESS.sub('<address>', message)}".strip()


@dataclass(frozen=True)
class Envelope:
    id: int
    sender: str
    recipients: tuple[str, ...]
    raw: bytes


class Transport(Protocol):
    def send(self, items: Sequence[Envelope], on_result: Callable[[Envelope, SendError | None], None]) -> None:
        """Send each item, calling `on_result(item, None)` after each success or with the error.

        A server-wide error ends the batch, raised: a `TransientSendError`, or a `RefusedSendError`
        with `server_problem` (the session refused). Items not yet tried get no callback.
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
            except aiosmtplib.SMTPResponseException as exc:  # the greeting or EHLO
                raise _session_error("at connect", exc) from exc
            except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                raise TransientSendError(f"SMTP connection failed: {exc}") from exc
            for item in items:
                try:
                    await smtp.sendmail(item.sender, list(item.recipients), item.raw)
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    codes = [r.code for r in exc.recipients]
                    err: SendError
                    if all(500 <= c < 600 for c in codes):
                        err = RefusedSendError("at RCPT: " + "; ".join(reply_text(r.code, r.message) for r in exc.recipients))
                    else:
                        err = TransientSendError(f"recipients refused: {codes}", server_problem=False)
                    on_result(item, err)
                    await _rset(smtp)
                    continue
                except aiosmtplib.SMTPResponseException as exc:
                    err = _reply_error(exc)
                    if err is None:
                        raise TransientSendError(f"SMTP error: {exc.code} {exc.message}") from exc
                    if isinstance(err, RefusedSendError) and err.server_problem:
                        raise err from exc
                    on_result(item, err)
                    await _rset(smtp)
                    continue
                except (aiosmtplib.SMTPException, OSError, asyncio.TimeoutError) as exc:
                    raise TransientSendError(f"SMTP connection lost: {exc}") from exc
                except ValueError:
                    # aiosmtplib refuses an address it cannot put in a command (a line break, say)
                    # before the server sees it: a refusal of this message, not a crash of the sender.
                    on_result(item, RefusedSendError("an address the SMTP client cannot send to"))
                    await _rset(smtp)
                    continue
                on_result(item, None)
        finally:
            try:
                if smtp.is_connected:
                    await smtp.quit()
            except Exception:  # closing a broken connection: nothing left to report
                smtp.close()


def _session_error(stage: str, exc: aiosmtplib.SMTPResponseException) -> SendError:
    """The greeting or EHLO failed: a 5xx refuses every message, anything else is transient."""
    if 500 <= exc.code < 600:
        return RefusedSendError(f"{stage}: {reply_text(exc.code, exc.message)}", server_problem=True)
    return TransientSendError(f"SMTP connection failed: {exc.code} {exc.message}")


def _reply_error(exc: aiosmtplib.SMTPResponseException) -> SendError | None:
    """What a 4xx/5xx to one message's EHLO, MAIL FROM or DATA means (None: neither)."""
    if isinstance(exc, aiosmtplib.SMTPSenderRefused):
        stage = "at MAIL FROM"
    elif isinstance(exc, aiosmtplib.SMTPHeloError):
        stage = "at EHLO"
    else:
        stage = "at DATA"
    if 500 <= exc.code < 600:
        # Our EHLO and MAIL FROM are the same for every message, so a 5xx there refuses the
        # session, except 552 at MAIL FROM: the SIZE we announced is too big for this message.
        session = stage == "at EHLO" or (stage == "at MAIL FROM" and exc.code != 552)
        return RefusedSendError(f"{stage}: {reply_text(exc.code, exc.message)}", server_problem=session)
    if 400 <= exc.code < 500:
        return TransientSendError(f"{exc.code} {exc.message}", server_problem=False)
    return None


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
    retried: int = 0  # deferred after a 4xx or connection trouble
    refused: int = 0  # refused with a 5xx in this batch (held, or failed if refused too long)
    failed: int = 0
    server_error: str | None = None  # set when the server itself could not be used
    server_refused: str | None = None  # set when the server refused the whole session (5xx)
    last_refusal: str | None = None  # the last 5xx, addresses cut out
    refused_ids: tuple[int, ...] = ()
    failed_ids: tuple[int, ...] = ()

    @property
    def refusing(self) -> bool:
        """The server refused and took nothing: one count towards the "SMTP refusing" alert."""
        return bool(self.refused) and not self.sent

    def refusal_summary(self, limit: int = 20) -> str:
        """For the administrators: the last 5xx and which outbox rows it holds (no personal data)."""
        ids = ", ".join(f"#{i}" for i in self.refused_ids[:limit])
        more = f" and {len(self.refused_ids) - limit} more" if len(self.refused_ids) > limit else ""
        scope = "the whole session: every email is held" if self.server_refused else "these emails"
        return f"{self.last_refusal} ({scope}; outbox {ids}{more})"


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
    refused_min: float = _TIMING.refused_retry_min,
    refused_max: float = _TIMING.refused_retry_max,
    refused_hours: float = _TIMING.refused_retry_hours,
    claim_seconds: float = 120.0,
    limit: int = 50,
    only_ids: Sequence[int] | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> SendReport:
    """Send due outbox rows; each result is committed as soon as it is known.

    A 4xx waits `retry_min`..`retry_max` seconds, a 5xx `refused_min`..`refused_max`; a message
    refused for `refused_hours` is marked failed (the module docstring has the whole policy)."""
    report = SendReport()
    items = claim_due(db, now, owner, claim_seconds, limit, only_ids)
    if not items:
        return report
    refused: list[int] = []
    failed: list[int] = []
    done: set[int] = set()
    give_up = dt.timedelta(hours=refused_hours)

    def at_now() -> dt.datetime:
        return clock() if clock else now

    def on_result(item: Envelope, error: SendError | None) -> None:
        at = at_now()
        done.add(item.id)
        with db.transaction() as s:
            row = _unclaim(s, item.id)
            if error is None:
                row.status = OutboxStatus.SENT
                row.sent_at = at
                row.last_error = None
                s.add(AuditEvent(at=at, event="sent", actor=owner, case_id=row.case_id, outbox_id=row.id,
                                 message_row_id=row.source_message_id, recipients=list(row.recipients),
                                 template=row.template, detail=row.purpose))
                report.sent += 1
                log.info("sent outbox #%d (%s)", row.id, row.purpose)
            elif isinstance(error, RefusedSendError):
                refused.append(row.id)
                report.last_refusal = str(error)
                first = s.scalar(select(func.min(AuditEvent.at)).where(
                    AuditEvent.event == "send_refused", AuditEvent.outbox_id == row.id))
                s.add(AuditEvent(at=at, event="send_refused", actor=owner, case_id=row.case_id, outbox_id=row.id,
                                 template=row.template, detail=str(error)))
                row.last_error = REFUSED + str(error)
                deadline = (first or at) + give_up
                if at >= deadline:
                    row.status = OutboxStatus.FAILED
                    s.add(AuditEvent(at=at, event="send_failed", actor=owner, case_id=row.case_id, outbox_id=row.id,
                                     recipients=list(row.recipients), template=row.template, detail=str(error)))
                    failed.append(row.id)
                    log.error("outbox #%d refused since %s, marked failed: %s", row.id, first, error)
                else:
                    # The last try falls on the deadline itself, not up to refused_max after it.
                    row.next_attempt_at = min(at + backoff(row.attempts, refused_min, refused_max), deadline)
                    log.warning("outbox #%d refused, held until %s: %s", row.id, row.next_attempt_at, error)
            else:
                row.last_error = str(error)
                row.next_attempt_at = at + backoff(row.attempts, retry_min, retry_max)
                report.retried += 1
                log.warning("outbox #%d deferred: %s", row.id, error)

    def hold_untried(error: str, minimum: float, maximum: float) -> list[int]:
        at = at_now()
        held = []
        for item in items:
            if item.id in done:
                continue
            with db.transaction() as s:
                row = _unclaim(s, item.id)
                row.last_error = error
                row.next_attempt_at = at + backoff(row.attempts, minimum, maximum)
                held.append(row.id)
        return held

    try:
        transport.send(items, on_result)
    except TransientSendError as exc:
        report.server_error = str(exc)
        log.warning("outbox: %s", exc)
        report.retried += len(hold_untried(str(exc), retry_min, retry_max))
    except RefusedSendError as exc:  # the whole session: no message was judged, none fails for it
        report.server_refused = report.last_refusal = str(exc)
        log.warning("outbox: the SMTP server refused the session %s; emails held", exc)
        refused += hold_untried(SERVER_REFUSED + str(exc), refused_min, refused_max)
    if report.sent and not report.server_refused:
        release_held(db, at_now())
    report.refused = len(refused)
    report.failed = len(failed)
    report.refused_ids = tuple(refused)
    report.failed_ids = tuple(failed)
    return report


def _unclaim(s: Session, oid: int) -> OutboxItem:
    """The claimed row, counted as tried and released for the next claim."""
    row = s.get(OutboxItem, oid)
    assert row is not None
    row.attempts += 1
    row.claimed_by = None
    row.claimed_until = None
    return row


def release_held(db: Database, now: dt.datetime) -> int:
    """Make rows held by a refused session due now: the server has just taken a message."""
    with db.transaction() as s:
        res = s.execute(update(OutboxItem).where(
            OutboxItem.status == OutboxStatus.PENDING, OutboxItem.next_attempt_at > now,
            OutboxItem.last_error.startswith(SERVER_REFUSED, autoescape=True),
        ).values(next_attempt_at=now))
        return res.rowcount or 0


def held_after_refusal(db: Database) -> int:
    """Pending rows waiting after a 5xx (for `inboxbot status`)."""
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxItem).where(
            OutboxItem.status == OutboxStatus.PENDING,
            or_(OutboxItem.last_error.startswith(REFUSED, autoescape=True),
                OutboxItem.last_error.startswith(SERVER_REFUSED, autoescape=True)))) or 0


def pending_count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.status == OutboxStatus.PENDING)) or 0


def retry_now(db: Database, now: dt.datetime) -> None:
    """Make every pending row due now (after a server came back, so replies need not wait out the back-off)."""
    with db.transaction() as s:
        s.execute(update(OutboxItem).where(OutboxItem.status == OutboxStatus.PENDING,
                                           OutboxItem.next_attempt_at > now).values(next_attempt_at=now))
