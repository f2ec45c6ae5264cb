"""Database reads and writes the daemon needs, one function per question or change.

Everything takes an open `Session` (the caller owns the transaction), so one email's decision,
case-log change, outbox row and audit rows commit together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inboxbot.casematch import CaseKey, family_key, format_ref
from inboxbot.clock import london_date
from inboxbot.decide import CaseChange, CaseState
from inboxbot.followup_store import cancel_stale_followups, drop_case_jobs
from inboxbot.models import (
    AuditEvent,
    Case,
    CaseEvent,
    CaseStatus,
    InboxState,
    Message,
    MessageStatus,
    OutboxItem,
)


def _key(case: Case) -> CaseKey:
    dobs = set()
    for child in case.children or []:
        if child.get("dob"):
            try:
                dobs.add(dt.date.fromisoformat(child["dob"]))
            except ValueError:
                pass
    return CaseKey(case.id, case.ref or format_ref(case.id), case.family, frozenset(dobs), case.status)


class SqlCaseLookup:
    """`casematch.CaseLookup` over the database."""

    def __init__(self, session: Session, exclude_message: int | None = None) -> None:
        self.s = session
        self.exclude_message = exclude_message

    def by_ref(self, ref: str) -> CaseKey | None:
        case = self.s.scalar(select(Case).where(Case.ref == ref.upper()))
        return _key(case) if case else None

    def by_message_ids(self, message_ids: Sequence[str]) -> CaseKey | None:
        ids = list(dict.fromkeys(m for m in message_ids if m))
        if not ids:
            return None
        case_id = self.s.scalar(select(OutboxItem.case_id).where(OutboxItem.message_id.in_(ids), OutboxItem.case_id.is_not(None)).limit(1))
        if case_id is None:
            q = select(Message.case_id).where(Message.message_id.in_(ids), Message.case_id.is_not(None))
            if self.exclude_message is not None:
                q = q.where(Message.id != self.exclude_message)
            case_id = self.s.scalar(q.order_by(Message.id.desc()).limit(1))
        if case_id is None:
            return None
        case = self.s.get(Case, case_id)
        return _key(case) if case else None

    def by_family(self, key: str) -> Sequence[CaseKey]:
        cases = self.s.scalars(
            select(Case).where(Case.family_key == key, Case.status.in_(CaseStatus.OPEN)).order_by(Case.updated_at.desc())
        )
        return [_key(c) for c in cases]


def case_state(session: Session, case_id: int, how: str) -> CaseState:
    case = session.get(Case, case_id)
    assert case is not None
    return CaseState(
        id=case.id,
        ref=case.ref or format_ref(case.id),
        status=case.status,
        pathway=case.pathway,
        neighbourhood=case.neighbourhood,
        transition_date=case.transition_date,
        taf_review_due=case.taf_review_due,
        matched_by=how,
        last_taf_review=case.last_taf_review,
    )


def replies_in_last_day(session: Session, *, sender: str, case_id: int | None, now: dt.datetime) -> tuple[int, int]:
    since = now - dt.timedelta(days=1)
    base = select(func.count()).select_from(OutboxItem).where(
        OutboxItem.created_at >= since, OutboxItem.purpose.in_(("acknowledgement", "query", "pathway_query"))
    )
    # recipients is JSON: compare on the rendered list, which holds exactly one address for replies.
    by_sender = session.scalar(base.where(func.lower(func.cast(OutboxItem.recipients, _text())).contains(sender.lower()))) or 0
    by_case = session.scalar(base.where(OutboxItem.case_id == case_id)) or 0 if case_id else 0
    return int(by_sender), int(by_case)


def _text():  # type: ignore[no-untyped-def]
    from sqlalchemy import Text

    return Text()


def duplicate_of(session: Session, message_id: str, row_id: int) -> int | None:
    """Another email with this Message-ID that has already been decided."""
    if not message_id:
        return None
    return session.scalar(
        select(Message.id).where(
            Message.message_id == message_id,
            Message.id != row_id,
            Message.status.in_((MessageStatus.DECIDED, MessageStatus.FILED)),
        ).limit(1)
    )


def case_raw_messages(session: Session, case_id: int, exclude: int) -> list[tuple[int, bytes | None, Any]]:
    """(row id, raw bytes or None when no longer kept, what was read from its attachments or None)
    of the emails filed to a case, oldest first."""
    rows = session.execute(
        select(Message.id, Message.raw, Message.extracted)
        .where(Message.case_id == case_id, Message.id != exclude).order_by(Message.id)
    )
    return [(r[0], r[1], r[2]) for r in rows]


def apply_case_change(session: Session, change: CaseChange, *, now: dt.datetime, message_row: Message,
                      received: dt.datetime, outcome_json: dict[str, Any] | None) -> Case:
    """Create or update the case as `change` says, with a CaseEvent for its history."""
    fields = dict(change.fields)
    if change.case_id is None:
        case = Case(
            neighbourhood=fields.pop("neighbourhood"),
            status=change.status,
            pathway=fields.pop("pathway"),
            missing=list(change.missing),
            children=[],
            received_date=london_date(received),
            received_at=received,
            created_at=now,
            updated_at=now,
        )
        session.add(case)
        session.flush()
        case.ref = format_ref(case.id)
        previous = None
    else:
        case = session.get(Case, change.case_id, with_for_update=session.bind.dialect.name == "postgresql")  # type: ignore[union-attr]
        assert case is not None
        previous = case.status
        case.status = change.status
        if change.event != "taf_review":
            case.missing = list(change.missing)
        case.updated_at = now
    for name, value in fields.items():
        if name in ("family", "lead_practitioner", "lp_email", "letter_date", "assessment_date") and value in (None, [], {}):
            continue  # a reply carrying only the missing item must not erase what the submission gave
        if name == "children" and not value:
            continue
        setattr(case, name, value)
    case.family_key = family_key(case.family) or None
    if outcome_json is not None:
        case.outcome = outcome_json
    session.add(CaseEvent(case_id=case.id, at=now, event=change.event, from_status=previous, to_status=case.status,
                          missing=list(case.missing or []), message_id=message_row.id))
    message_row.case_id = case.id
    return case


def close_case(session: Session, ref: str, *, now: dt.datetime, actor: str) -> str | None:
    """Mark the case closed by a person (a coordinator: the family has stepped down and its
    TAF reviews are over, or the case will go no further), in the caller's transaction: no more
    follow-ups (queued ones cancelled, jobs removed), and the retention period starts.

    Returns the status the case had (closed: nothing changed), or None when no case has `ref`.
    """
    # Locked (PostgreSQL; SQLite ignores it): a decision on the same case waits, then sees it closed.
    case = session.scalar(select(Case).where(Case.ref == ref.strip().upper()).with_for_update())
    if case is None or case.status == CaseStatus.CLOSED:
        return case.status if case is not None else None
    was = case.status
    session.add(CaseEvent(case_id=case.id, at=now, event="closed", from_status=was,
                          to_status=CaseStatus.CLOSED, missing=list(case.missing or []), note="closed by a person"))
    case.status = CaseStatus.CLOSED
    case.closed_at = now
    case.updated_at = now
    cancel_stale_followups(session, case.id, (), now)
    drop_case_jobs(session, case.ref or format_ref(case.id))
    audit(session, "case_closed", now, actor=actor, case_id=case.id)
    return was


def claim_inbox(session: Session, name: str, address: str, owner: str, now: dt.datetime, seconds: float) -> bool:
    """Take or renew the lease on inbox `name` (one watcher per inbox across processes)."""
    if session.get(InboxState, name) is None:
        try:
            with session.begin_nested():
                session.add(InboxState(name=name, address=address, connected=False, backlog=0, consecutive_failures=0))
        except IntegrityError:
            pass
    res = session.execute(
        update(InboxState)
        .where(
            InboxState.name == name,
            or_(InboxState.lease_owner.is_(None), InboxState.lease_owner == owner, InboxState.lease_until < now),
        )
        .values(lease_owner=owner, lease_until=now + dt.timedelta(seconds=seconds), updated_at=now)
    )
    return res.rowcount == 1


def release_inbox(session: Session, name: str, owner: str) -> None:
    session.execute(
        update(InboxState).where(InboxState.name == name, InboxState.lease_owner == owner)
        .values(lease_owner=None, lease_until=None, connected=False)
    )


def update_inbox_state(session: Session, name: str, **values: Any) -> None:
    state = session.get(InboxState, name)
    if state is None:
        state = InboxState(name=name, connected=False, backlog=0, consecutive_failures=0)
        session.add(state)
    for k, v in values.items():
        setattr(state, k, v)


def audit(session: Session, event: str, now: dt.datetime, **fields: Any) -> None:
    session.add(AuditEvent(at=now, event=event, **fields))
