"""The service's database: SQLAlchemy 2.0 typed models.

One table per concept:

* `Message`  every email seen in a watched folder, keyed by (inbox, folder, source id = IMAP
  "<uidvalidity>:<uid>" or Maildir key), with its processing status, where it was filed and why,
  and the raw bytes (kept for `storage.raw_mail_retention_days`, so a case can be re-checked on
  the union of its emails);
* `Case`     the case log (reference EH-000123), with the dates the follow-ups work from;
* `CaseEvent` the case's status history;
* `OutboxItem` every email the service sends, written in the same transaction as the decision,
  with its Message-ID and bytes fixed before the first attempt;
* `AuditEvent` who got what, which case, which template, every filing move;
* `InboxState` what `inboxbot status` shows per inbox, and the lease that lets only one process
  watch an inbox at a time;
* `AlertState` repeated failures, so administrators are told once (with back-off), not per error.

Schema changes go through Alembic (`inboxbot/migrations/versions/`); see `db.py`.
All datetimes are stored as UTC (naive in SQLite, aware in PostgreSQL) and read back aware.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; pass aware UTC")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- vocabularies (stored as strings) ------------------------------------------------------------


class MessageStatus:
    NEW = "new"  # seen, not yet decided (or a processing attempt failed before commit)
    DECIDED = "decided"  # decision committed (case + outbox written); move to target_folder pending
    FILED = "filed"  # moved to target_folder


class CaseStatus:
    AWAITING_INFORMATION = "awaiting_information"  # a query listing missing items was sent
    AWAITING_PATHWAY = "awaiting_pathway"  # we asked which pathway applies
    ACKNOWLEDGED = "acknowledged"  # complete: logged for the NAM, TAF review schedule runs
    NEEDS_ATTENTION = "needs_attention"  # a person must look (e.g. nothing could be replied)
    CLOSED = "closed"  # no further follow-up (closure without early help, or closed by a person)

    OPEN = (AWAITING_INFORMATION, AWAITING_PATHWAY, ACKNOWLEDGED, NEEDS_ATTENTION)


class OutboxStatus:
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # permanent (5xx); administrators alerted
    CANCELLED = "cancelled"  # e.g. a reminder made unnecessary by a TAF review


# --- tables -------------------------------------------------------------------------------------


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(16), unique=True)  # EH-000123, set from id
    neighbourhood: Mapped[str] = mapped_column(String(16), index=True)
    pathway: Mapped[str] = mapped_column(String(16))  # 1 | 2 | 3 | none | unknown
    status: Mapped[str] = mapped_column(String(32), index=True)
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)  # sorted requirement ids
    family: Mapped[str | None] = mapped_column(String(200))
    family_key: Mapped[str | None] = mapped_column(String(200), index=True)  # casematch.family_key()
    children: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # [{"name", "dob"}]
    lead_practitioner: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # name/role/agency/email/phone
    lp_email: Mapped[str | None] = mapped_column(String(320), index=True)
    worker_email: Mapped[str | None] = mapped_column(String(320), index=True)  # who submitted
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    assessment_date: Mapped[dt.date | None] = mapped_column(Date)
    # The step-down date: the closure letter's date, else the submission email's Date (issue 4).
    transition_date: Mapped[dt.date | None] = mapped_column(Date)
    received_date: Mapped[dt.date] = mapped_column(Date)  # London date the first email arrived
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    taf_review_due: Mapped[dt.date | None] = mapped_column(Date, index=True)  # next TAF review due
    last_taf_review: Mapped[dt.date | None] = mapped_column(Date)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # latest checker Outcome.to_json()
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    events: Mapped[list["CaseEvent"]] = relationship(back_populates="case", order_by="CaseEvent.id")
    messages: Mapped[list["Message"]] = relationship(back_populates="case", order_by="Message.id")


class CaseEvent(Base):
    """One step in a case's history: created, re-queried, acknowledged, TAF review logged, ..."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    event: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    note: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="events")


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("inbox", "folder", "source_id", name="uq_messages_source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inbox: Mapped[str] = mapped_column(String(32))
    folder: Mapped[str] = mapped_column(String(255))  # the watched folder it was found in
    source_id: Mapped[str] = mapped_column(String(255))  # IMAP "<uidvalidity>:<uid>" or Maildir key
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)  # the email's Message-ID
    sender: Mapped[str | None] = mapped_column(String(320), index=True)  # From addr-spec
    status: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str | None] = mapped_column(String(32))
    pathway: Mapped[str | None] = mapped_column(String(16))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    target_folder: Mapped[str | None] = mapped_column(String(255))  # decided filing folder
    filed_folder: Mapped[str | None] = mapped_column(String(255))  # where it actually went
    reason: Mapped[str | None] = mapped_column(Text)  # why it was filed there (no personal data)
    error: Mapped[str | None] = mapped_column(Text)  # last processing error
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    raw_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    date: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # the email's Date header
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    filed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the check of this email alone
    # What was read from its attachments (`DocumentText.to_json()` each), saved once read: a
    # restart, or re-checking its case, does not read (OCR) them again. Letter text: cleared
    # with `raw` by the retention job.
    extracted: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, deferred=True)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    case: Mapped[Case | None] = relationship(back_populates="messages")


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)  # ours, with <>
    # One row per logical email: "reply:<messages.id>", "alert:<key>:<n>", "taf_reminder:EH-1:2026-12-14"
    dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    purpose: Mapped[str] = mapped_column(String(32))  # acknowledgement | query | pathway_query | alert | ...
    template: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    sender: Mapped[str] = mapped_column(String(320))  # envelope MAIL FROM
    recipients: Mapped[list[str]] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(Text)
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # exactly the bytes sent, CRLF
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Every email received, every email sent (to whom, which case, which template), every move."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    event: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str | None] = mapped_column(String(128))  # process instance
    inbox: Mapped[str | None] = mapped_column(String(32))
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    recipients: Mapped[list[str] | None] = mapped_column(JSON)
    template: Mapped[str | None] = mapped_column(String(64))
    folder: Mapped[str | None] = mapped_column(String(255))
    detail: Mapped[str | None] = mapped_column(Text)


class InboxState(Base):
    __tablename__ = "inbox_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    address: Mapped[str | None] = mapped_column(String(320))
    connected: Mapped[bool] = mapped_column(Boolean, default=False)
    connected_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_check_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_message_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    backlog: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AlertState(Base):
    __tablename__ = "alert_state"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)  # "inbox:east", "smtp", ...
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_failure_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    alerted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    alerts_sent: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Instance(Base):
    """A running `inboxbot run` process: its heartbeat says it is alive, so the others know how
    many share the inboxes (see `inboxbot.leases`)."""

    __tablename__ = "instances"

    owner: Mapped[str] = mapped_column(String(128), primary_key=True)  # "<instance or host>:<pid>"
    host: Mapped[str | None] = mapped_column(String(128))
    pid: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
