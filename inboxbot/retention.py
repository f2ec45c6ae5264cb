"""The retention job: "A retention job deletes stored raw mail and closed cases after
configurable periods and records that it did" (the security requirements).

Decide, then act, as the daemon does:

* `plan_retention(mail, sent, cases, settings, now)` is pure: from a few dates per row, which
  stored emails are past `[storage] raw_mail_retention_days` and which closed cases are past
  `closed_case_retention_days`.
* `run(db, settings, now)` reads those dates, plans, and applies the plan in one transaction
  per batch; then it writes one `AuditEvent` ("retention", counts only) and logs one INFO line
  (counts only). `dry_run=True` plans and changes nothing.

What goes, and what stays:

* An email received: its bytes, what was read from them (`extracted` text, `outcome`: family, children, lead
  practitioner), its sender's address, and any processing error (it can quote the letter).
  The row stays (inbox, folders, status, dates, size, sha256, Message-ID), so the audit
  trail holds together and a second copy of the same email is still recognised. The mailbox
  keeps the email itself: the service never deletes one.
* An email sent, once it is no longer waiting to go: its bytes, subject and last error. Its
  Message-ID, purpose, template and recipients stay: who got what is the audit trail.
* A closed case: the case row (family, children, lead practitioner, checker outcome), its
  history, its follow-up jobs; its emails, received and sent, lose their content as above
  and their link to it; its audit rows lose the case id and recipients (and the SMTP error
  of a refused send, which can quote an address).

Running twice is harmless: every change is conditional on what it removes still being
there, so a second run, or a second process whose scheduler shares the job store, finds
nothing more to do. A case that changes between planning and deleting (an email reopened
it) is left alone; the next run plans it again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, case, delete, func, null, or_, select, update
from sqlalchemy.orm import Session

from inboxbot import store
from inboxbot.clock import LONDON
from inboxbot.config import StorageConfig
from inboxbot.db import Database
from inboxbot.followup_store import drop_case_jobs
from inboxbot.models import AuditEvent, Case, CaseEvent, CaseStatus, Message, OutboxItem, OutboxStatus

log = logging.getLogger(__name__)

AUDIT_EVENT = "retention"
# Daily, London time: quiet, and clear of the hour the clocks change (01:00-02:00 UTC) and of
# the follow-ups sent from 09:00.
RUN_AT = dt.time(3, 30)
BATCH = 200  # rows per transaction: short locks on a service that keeps running


# --- planning: pure ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredMail:
    """A received email that still holds personal data, as far as retention needs to know."""

    id: int
    seen_at: dt.datetime
    expires_at: dt.datetime | None  # Message.raw_expires_at, fixed when the email arrived


@dataclass(frozen=True)
class SentMail:
    """An outbox row that still holds its content."""

    id: int
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ClosedCase:
    """A case whose status is closed; `status` and `updated_at` are compared again at deletion."""

    id: int
    ref: str
    status: str
    closed_at: dt.datetime | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class RetentionPlan:
    mail: tuple[int, ...] = ()  # messages.id whose stored email is cleared
    sent: tuple[int, ...] = ()  # outbox.id whose content is cleared
    cases: tuple[ClosedCase, ...] = ()  # deleted


def mail_expires(mail: StoredMail, settings: StorageConfig) -> dt.datetime:
    """When a received email's stored copy goes: its expiry fixed on arrival, or sooner when
    the period has been shortened since (the setting in force applies to what is stored). An
    email stored without one (keep_raw_mail off) still holds what was read from it."""
    by_setting = mail.seen_at + dt.timedelta(days=settings.raw_mail_retention_days)
    return by_setting if mail.expires_at is None else min(mail.expires_at, by_setting)


def sent_expires(sent: SentMail, settings: StorageConfig) -> dt.datetime | None:
    """When a sent email's content goes; None while it is still waiting to be sent."""
    if sent.status == OutboxStatus.PENDING:
        return None
    return sent.created_at + dt.timedelta(days=settings.raw_mail_retention_days)


def case_expires(closed: ClosedCase, settings: StorageConfig) -> dt.datetime | None:
    """When a closed case goes: the period after it closed, or after its last change if that
    is later (a TAF review logged on a closed case starts the period again). None if open."""
    if closed.status != CaseStatus.CLOSED:
        return None
    since = max(closed.closed_at or closed.updated_at, closed.updated_at)
    return since + dt.timedelta(days=settings.closed_case_retention_days)


def _due(expires: dt.datetime | None, now: dt.datetime) -> bool:
    return expires is not None and expires <= now


def plan_retention(mail: Iterable[StoredMail], sent: Iterable[SentMail], cases: Iterable[ClosedCase],
                   settings: StorageConfig, now: dt.datetime) -> RetentionPlan:
    """What is due for deletion at `now`."""
    return RetentionPlan(
        mail=tuple(m.id for m in mail if _due(mail_expires(m, settings), now)),
        sent=tuple(s.id for s in sent if _due(sent_expires(s, settings), now)),
        cases=tuple(c for c in cases if _due(case_expires(c, settings), now)),
    )


def next_run(now: dt.datetime) -> dt.datetime:
    """The first RUN_AT, London time, after `now`."""
    day = now.astimezone(LONDON).date()
    at = dt.datetime.combine(day, RUN_AT, tzinfo=LONDON)
    if at <= now:
        at = dt.datetime.combine(day + dt.timedelta(days=1), RUN_AT, tzinfo=LONDON)
    return at


# --- acting: the database ----------------------------------------------------------------------


@dataclass
class RetentionReport:
    """What a run did (or, dry, would do). Counts and case references only."""

    at: dt.datetime
    dry_run: bool
    raw_mail_retention_days: int
    closed_case_retention_days: int
    mail: int = 0  # received emails whose stored copy was cleared
    sent_mail: int = 0  # sent emails whose content was cleared
    cases: int = 0  # closed cases deleted
    case_refs: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"mail": self.mail, "sent_mail": self.sent_mail, "cases": self.cases}

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "dry_run": self.dry_run, **self.counts(), "case_refs": self.case_refs,
                "raw_mail_retention_days": self.raw_mail_retention_days,
                "closed_case_retention_days": self.closed_case_retention_days}


def _mail_holds_personal_data() -> ColumnElement[bool]:
    return or_(Message.raw.is_not(None), Message.outcome.is_not(None), Message.extracted.is_not(None),
               Message.sender.is_not(None), Message.error.is_not(None))


def _sent_holds_content() -> ColumnElement[bool]:
    # length(), not a comparison with b"": both backends answer it without reading the bytes.
    return or_(func.length(OutboxItem.raw) > 0, OutboxItem.subject != "", OutboxItem.last_error.is_not(None))


# JSON columns: null() stores SQL NULL (None would store the JSON text 'null').
_CLEARED_MAIL: dict[str, Any] = {"raw": None, "outcome": null(), "extracted": null(), "sender": None, "error": None}
_CLEARED_SENT: dict[str, Any] = {"raw": b"", "subject": "", "last_error": None}


def gather(session: Session) -> tuple[list[StoredMail], list[SentMail], list[ClosedCase]]:
    """The dates `plan_retention` needs, of every row that still has something to delete."""
    mail = [StoredMail(*r) for r in session.execute(
        select(Message.id, Message.seen_at, Message.raw_expires_at).where(_mail_holds_personal_data()))]
    sent = [SentMail(*r) for r in session.execute(
        select(OutboxItem.id, OutboxItem.status, OutboxItem.created_at).where(_sent_holds_content()))]
    cases = [ClosedCase(r[0], r[1] or f"#{r[0]}", *r[2:]) for r in session.execute(
        select(Case.id, Case.ref, Case.status, Case.closed_at, Case.updated_at).where(Case.status == CaseStatus.CLOSED))]
    return mail, sent, cases


def last_run(session: Session) -> dt.datetime | None:
    """When a retention run was last recorded."""
    return session.scalar(select(func.max(AuditEvent.at)).where(AuditEvent.event == AUDIT_EVENT))


class _CaseChanged(Exception):
    def __init__(self, case_id: int) -> None:
        super().__init__(f"case #{case_id} changed since it was planned")
        self.case_id = case_id


def _bulk(s: Session, statement: Any) -> int:
    """Run an UPDATE or DELETE over rows this session has not loaded; how many it changed."""
    return s.execute(statement, execution_options={"synchronize_session": False}).rowcount  # type: ignore[attr-defined]


def _delete_case(s: Session, closed: ClosedCase) -> None:
    """Everything personal about one closed case, in the caller's transaction."""
    _bulk(s, delete(CaseEvent).where(CaseEvent.case_id == closed.id))
    _bulk(s, update(Message).where(Message.case_id == closed.id).values(case_id=None, **_CLEARED_MAIL))
    _bulk(s, update(OutboxItem).where(OutboxItem.case_id == closed.id).values(
        case_id=None, recipients=[], **_CLEARED_SENT,
        # Still unsent after the whole retention period: it must not go out empty.
        status=case((OutboxItem.status == OutboxStatus.PENDING, OutboxStatus.CANCELLED), else_=OutboxItem.status)))
    _bulk(s, update(AuditEvent).where(AuditEvent.case_id == closed.id).values(
        case_id=None, recipients=null(),
        detail=case((AuditEvent.event == "send_failed", null()), else_=AuditEvent.detail)))
    drop_case_jobs(s, closed.ref)
    # Only if nothing has happened to the case since it was planned: a new email may have
    # reopened it, and this transaction then rolls back.
    gone = _bulk(s, delete(Case).where(Case.id == closed.id, Case.status == closed.status,
                                       Case.updated_at == closed.updated_at))
    if gone != 1:
        raise _CaseChanged(closed.id)


def _batches(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _apply(db: Database, plan: RetentionPlan, report: RetentionReport, batch: int) -> None:
    for ids in _batches(plan.sent, batch):
        with db.transaction() as s:
            report.sent_mail += _bulk(s, update(OutboxItem).where(
                OutboxItem.id.in_(ids), OutboxItem.status != OutboxStatus.PENDING, _sent_holds_content(),
            ).values(**_CLEARED_SENT))
    for ids in _batches(plan.mail, batch):
        with db.transaction() as s:
            report.mail += _bulk(s, update(Message).where(
                Message.id.in_(ids), _mail_holds_personal_data()).values(**_CLEARED_MAIL))
    for cases in _batches(plan.cases, max(1, batch // 10)):
        todo = list(cases)
        while todo:
            try:
                with db.transaction() as s:
                    for closed in todo:
                        _delete_case(s, closed)
            except _CaseChanged as exc:
                log.info("retention: case #%d changed while being deleted; left for the next run", exc.case_id)
                todo = [c for c in todo if c.id != exc.case_id]
                continue
            report.cases += len(todo)
            report.case_refs.extend(c.ref for c in todo)
            break


def run(db: Database, settings: StorageConfig, now: dt.datetime, *, actor: str | None = None,
        dry_run: bool = False, batch: int = BATCH) -> RetentionReport:
    """Delete what is due at `now` and record the run (see the module docstring)."""
    report = RetentionReport(now, dry_run, settings.raw_mail_retention_days, settings.closed_case_retention_days)
    with db.sessions() as s:
        plan = plan_retention(*gather(s), settings, now)
    if dry_run:
        report.mail, report.sent_mail, report.cases = len(plan.mail), len(plan.sent), len(plan.cases)
        report.case_refs = [c.ref for c in plan.cases]
        return report
    try:
        _apply(db, plan, report, batch)
    except Exception:
        # What was committed before the failure is recorded too; the next run does the rest.
        _record(db, report, actor, complete=False)
        raise
    _record(db, report, actor, complete=True)
    return report


def _record(db: Database, report: RetentionReport, actor: str | None, *, complete: bool) -> None:
    detail = {**report.counts(), "raw_mail_retention_days": report.raw_mail_retention_days,
              "closed_case_retention_days": report.closed_case_retention_days, "complete": complete}
    with db.transaction() as s:
        store.audit(s, AUDIT_EVENT, report.at, actor=actor, detail=json.dumps(detail))
    log.info("retention%s: cleared %d received and %d sent email(s), deleted %d closed case(s)",
             "" if complete else " (stopped by an error)", report.mail, report.sent_mail, report.cases)
