"""The follow-ups' side of the database: cases in as `CaseFacts`, follow-ups out as outbox rows.

Everything here runs inside a session the caller owns; nothing commits. Idempotency rests on
the outbox's unique `dedupe_key` (`Followup.key`, `DigestSlot.key`): a follow-up whose key is
already in the outbox, in any state but cancelled, is never queued again, however many times
its job runs or the plan is made.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence

from sqlalchemy import column, delete, inspect, select, table
from sqlalchemy.orm import Session, selectinload

from inboxbot import outbox
from inboxbot.followups import CaseFacts, CaseState
from inboxbot.models import AuditEvent, Case, CaseStatus, OutboxItem, OutboxStatus
from inboxbot.replies import Rendered

log = logging.getLogger(__name__)

AWAITING = (CaseStatus.AWAITING_INFORMATION, CaseStatus.AWAITING_PATHWAY)
#: Statuses whose cases can need a follow-up (reconciled at start).
FOLLOWED_UP = (CaseStatus.ACKNOWLEDGED, *AWAITING)
FOLLOWUP_PURPOSES = ("taf_reminder", "taf_due", "taf_overdue", "chaser")
#: CaseEvent.event written when a TAF review is recorded.
TAF_REVIEW_EVENT = "taf_review"
#: The scheduler's APScheduler job store, a table in the service's own database.
JOBSTORE_TABLE = "apscheduler_jobs"


def case_state(status: str) -> CaseState:
    if status == CaseStatus.ACKNOWLEDGED:
        return "complete"
    if status in AWAITING:
        return "awaiting_information"
    return "other"


def case_facts(case: Case) -> CaseFacts:
    """The follow-ups' view of a case row (its `events` are read for the query and review
    times). Child names and dates of birth are left behind."""
    lp = case.lead_practitioner or {}
    queried = [e.at for e in case.events if e.to_status in AWAITING and e.event != TAF_REVIEW_EVENT]
    reviews = tuple(e.at for e in case.events if e.event == TAF_REVIEW_EVENT)
    return CaseFacts(
        ref=case.ref or f"#{case.id}",
        neighbourhood=case.neighbourhood,
        state=case_state(case.status),
        received_at=case.received_at,
        transition_date=case.transition_date,
        pathway=case.pathway,
        family=case.family,
        lead_practitioner_name=lp.get("name"),
        lead_practitioner_email=case.lp_email or lp.get("email"),
        lead_agency=lp.get("agency"),
        worker_email=case.worker_email,
        missing=tuple(case.missing or ()),
        last_query_at=max(queried) if queried else None,
        taf_review_due=case.taf_review_due,
        last_taf_review=case.last_taf_review,
        reviews_received_at=reviews,
        status_label=case.status,
    )


def load_cases(session: Session, *, neighbourhood: str | None = None,
               statuses: Sequence[str] | None = None, ids: Iterable[int] | None = None) -> list[Case]:
    q = select(Case).options(selectinload(Case.events)).order_by(Case.id)
    if neighbourhood is not None:
        q = q.where(Case.neighbourhood == neighbourhood)
    if statuses is not None:
        q = q.where(Case.status.in_(list(statuses)))
    if ids is not None:
        q = q.where(Case.id.in_(list(ids)))
    return list(session.scalars(q))


def sent_keys(session: Session, keys: Iterable[str]) -> set[str]:
    """Which of `keys` are already in the outbox (pending, sent or failed: not cancelled)."""
    wanted = list(keys)
    if not wanted:
        return set()
    found: set[str] = set()
    for i in range(0, len(wanted), 500):  # keep the IN list within every backend's limits
        found.update(
            session.scalars(
                select(OutboxItem.dedupe_key).where(
                    OutboxItem.dedupe_key.in_(wanted[i:i + 500]),
                    OutboxItem.status != OutboxStatus.CANCELLED,
                )
            )
        )
    return found


def keys_with_prefix(session: Session, prefix: str) -> set[str]:
    """Outbox keys (not cancelled) starting with `prefix`, e.g. every digest sent for east."""
    return set(session.scalars(
        select(OutboxItem.dedupe_key).where(
            OutboxItem.dedupe_key.startswith(prefix, autoescape=True),
            OutboxItem.status != OutboxStatus.CANCELLED,
        )
    ))


class AlreadyQueued(ValueError):
    """The outbox already holds this key: another process (or a duplicate job) queued it first."""


def queue_followup(
    session: Session,
    rendered: Rendered,
    *,
    purpose: str,
    dedupe_key: str,
    case_id: int | None,
    now: dt.datetime,
    actor: str | None = None,
) -> OutboxItem:
    """Add a follow-up or digest to the outbox in the caller's transaction (the daemon's
    sender sends it after the commit), with an audit row: who gets what, from which template.

    The caller has checked `sent_keys`. A cancelled row holding the same key (the column is
    unique) is renamed out of the way, so a reminder cancelled by a review can come back if
    a later review names the same due date again.
    """
    stale = session.scalar(select(OutboxItem).where(OutboxItem.dedupe_key == dedupe_key))
    if stale is not None:
        if stale.status != OutboxStatus.CANCELLED:
            raise AlreadyQueued(f"outbox already holds {dedupe_key}")
        stale.dedupe_key = f"{dedupe_key}#cancelled-{stale.id}"
        session.flush()
    item = outbox.queue(session, rendered, purpose=purpose, now=now, case_id=case_id, dedupe_key=dedupe_key)
    session.flush()
    session.add(AuditEvent(at=now, event="queued", actor=actor, case_id=case_id, outbox_id=item.id,
                           recipients=list(rendered.recipients), template=rendered.template, detail=dedupe_key))
    return item


def cancel_stale_followups(session: Session, case_id: int, keep: Iterable[str], now: dt.datetime) -> list[str]:
    """Cancel a case's follow-ups that are queued but not yet sent (e.g. held back by an SMTP
    outage) and no longer in its plan: a TAF review made the reminders unnecessary, or the
    missing items arrived before the chaser went. Returns the cancelled keys."""
    keep = set(keep)
    rows = session.scalars(
        select(OutboxItem).where(
            OutboxItem.case_id == case_id,
            OutboxItem.purpose.in_(FOLLOWUP_PURPOSES),
            OutboxItem.status == OutboxStatus.PENDING,
        )
    ).all()
    cancelled = []
    for row in rows:
        if row.dedupe_key in keep:
            continue
        row.status = OutboxStatus.CANCELLED
        row.last_error = "cancelled: no longer needed"
        session.add(AuditEvent(at=now, event="cancelled", case_id=case_id, outbox_id=row.id,
                               template=row.template, detail=row.dedupe_key))
        cancelled.append(row.dedupe_key or "")
    return cancelled


def drop_case_jobs(session: Session, ref: str) -> int:
    """Remove the case's follow-up jobs (ids `followup:<what>:<ref>:<date>`) from the job
    store in the caller's transaction, so they go with the change that ends the case's
    follow-ups even when no scheduler runs in this process (`inboxbot cases close`,
    `inboxbot retention`). Returns how many there were."""
    if not inspect(session.connection()).has_table(JOBSTORE_TABLE):
        return 0  # no scheduler has ever run against this database
    jobs = table(JOBSTORE_TABLE, column("id"))
    return session.execute(delete(jobs).where(jobs.c.id.like(f"followup:%:{ref}:%"))).rowcount
