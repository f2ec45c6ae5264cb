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

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from inboxbot.followups import CaseFacts, CaseState, next_review_due
from inboxbot.followup_settings import FollowupSettings
from inboxbot.models import AuditEvent, Case, CaseEvent, CaseStatus, OutboxItem, OutboxStatus

log = logging.getLogger(__name__)

AWAITING = (CaseStatus.AWAITING_INFORMATION, CaseStatus.AWAITING_PATHWAY)
#: Statuses whose cases can need a follow-up (reconciled at start).
FOLLOWED_UP = (CaseStatus.ACKNOWLEDGED, *AWAITING)
TAF_PURPOSES = ("taf_reminder", "taf_due", "taf_overdue")
#: CaseEvent.event written when a TAF review is recorded.
TAF_REVIEW_EVENT = "taf_review"


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
    queried = [e.at for e in case.events if e.to_status in AWAITING]
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


def queue_message(
    session: Session,
    *,
    raw: bytes,
    message_id: str,
    sender: str,
    recipients: Sequence[str],
    subject: str,
    purpose: str,
    template: str,
    dedupe_key: str,
    case_id: int | None,
    now: dt.datetime,
    actor: str | None = None,
) -> OutboxItem:
    """Add a follow-up or digest to the outbox in the caller's transaction, with an audit row
    (who gets what, about which case, from which template). The daemon's sender sends it.

    The caller has checked `sent_keys`; a cancelled row with the same key (the column is
    unique) is reused, so a reminder cancelled by a review can come back if it names the
    same due date again.
    """
    item = session.scalar(select(OutboxItem).where(OutboxItem.dedupe_key == dedupe_key))
    if item is None:
        item = OutboxItem(dedupe_key=dedupe_key)
        session.add(item)
    elif item.status != OutboxStatus.CANCELLED:
        raise ValueError(f"outbox already holds {dedupe_key}")
    item.message_id = message_id
    item.purpose = purpose
    item.template = template
    item.case_id = case_id
    item.sender = sender
    item.recipients = list(recipients)
    item.subject = subject
    item.raw = raw
    item.status = OutboxStatus.PENDING
    item.attempts = 0
    item.last_error = None
    item.next_attempt_at = now
    item.created_at = now
    session.flush()
    session.add(AuditEvent(at=now, event="queued", actor=actor, case_id=case_id, outbox_id=item.id,
                           recipients=list(recipients), template=template, detail=dedupe_key))
    return item


def cancel_pending_taf_followups(session: Session, case_id: int, now: dt.datetime) -> int:
    """Cancel TAF reminders for a case that are queued but not yet sent (e.g. held back by an
    SMTP outage) once a TAF review has made them unnecessary."""
    rows = session.scalars(
        select(OutboxItem).where(
            OutboxItem.case_id == case_id,
            OutboxItem.purpose.in_(TAF_PURPOSES),
            OutboxItem.status == OutboxStatus.PENDING,
        )
    ).all()
    for row in rows:
        row.status = OutboxStatus.CANCELLED
        row.last_error = "cancelled: a TAF review was received"
        session.add(AuditEvent(at=now, event="cancelled", case_id=case_id, outbox_id=row.id,
                               template=row.template, detail=row.dedupe_key))
    return len(rows)


def apply_taf_review(
    session: Session,
    case: Case,
    *,
    review_date: dt.date,
    next_review_date: dt.date | None,
    settings: FollowupSettings,
    now: dt.datetime,
    message_row_id: int | None = None,
) -> None:
    """Record a TAF review on its case: last review date, next due date, a history event, and
    queued-but-unsent reminders cancelled. An older review arriving late is logged but does
    not move the dates backwards."""
    if case.last_taf_review is None or review_date >= case.last_taf_review:
        case.last_taf_review = review_date
        case.taf_review_due = next_review_due(review_date, next_review_date, settings)
    case.updated_at = now
    session.add(CaseEvent(
        case_id=case.id, at=now, event=TAF_REVIEW_EVENT, from_status=case.status, to_status=case.status,
        missing=list(case.missing or []), message_id=message_row_id,
        note=f"TAF review {review_date.isoformat()}; next due "
             f"{case.taf_review_due.isoformat() if case.taf_review_due else 'not set'}",
    ))
    cancelled = cancel_pending_taf_followups(session, case.id, now)
    log.info("case %s: TAF review %s recorded, next due %s, %d queued reminder(s) cancelled",
             case.ref, review_date, case.taf_review_due, cancelled)
