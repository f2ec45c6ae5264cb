"""Failures are never silent: administrators are emailed once about a repeated failure.

Each kind of failure has a key ("inbox:east", "smtp", "smtp-refusing"). `failure()` counts it;
when the count reaches `timing.failures_before_alert` (or at once for a permanent failure such as
rejected credentials) one alert email is queued to `admins`, and then no more for that key until
`timing.alert_repeat_hours` have passed, even if it recovers and fails again in between (a
flapping connection must not flood the administrators). `success()` resets the count.

Emails the SMTP server refused until they were marked failed (see `outbox.py`) are different:
each needs a person to contact its sender, so none may go unreported, yet a day of refusals must
not become one alert per email. `sends_failed()` names all unreported ones (outbox ids, no
personal data) in one alert, at most one an hour (`FAILED_ALERT_GAP`); those failing within the
hour are named in the next. A `failure_reported` audit row per email records that it was named.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from inboxbot.config import Config
from inboxbot.db import Database
from inboxbot.models import AlertState, AuditEvent, OutboxItem
from inboxbot.outbox import queue
from inboxbot.replies import ReplySettings, Templates, render_alert

log = logging.getLogger(__name__)

FAILED_KEY = "send-failed"
FAILED_ALERT_GAP = dt.timedelta(hours=1)
_LONG_AGO = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


class Alerter:
    def __init__(self, db: Database, config: Config, templates: Templates, owner: str) -> None:
        self.db, self.config, self.templates, self.owner = db, config, templates, owner
        # When failed sends not yet reported may be due for an alert (None: none known). At first
        # the database is asked: a previous run may have left some unreported.
        self._failed_due: dt.datetime | None = _LONG_AGO

    def failure(self, key: str, title: str, error: str, now: dt.datetime, *, advice: str = "",
                immediate: bool = False) -> bool:
        """Count a failure; queue the alert email when due. True if one was queued."""
        timing = self.config.timing
        with self.db.transaction() as s:
            st = self._state(s, key)
            if st.failures == 0 or st.resolved_at is not None:
                st.first_failure_at = now
                st.resolved_at = None
                st.failures = 0
            st.failures += 1
            st.last_failure_at = now
            st.last_error = error[:2000]
            due = immediate or st.failures >= timing.failures_before_alert
            recent = st.alerted_at is not None and now - st.alerted_at < dt.timedelta(hours=timing.alert_repeat_hours)
            if not due or recent or not self.config.admins:
                return False
            self._queue(s, st, title, error, advice, st.first_failure_at or now, now)
        log.error("administrators alerted: %s (%s)", title, key)
        return True

    def success(self, key: str, now: dt.datetime) -> None:
        with self.db.transaction() as s:
            st = s.get(AlertState, key)
            if st is not None and st.failures and st.resolved_at is None:
                st.resolved_at = now
                st.failures = 0

    def sends_failed(self, ids: Sequence[int], now: dt.datetime) -> bool:
        """After `ids` were marked failed (or none, to report earlier ones once the gap is over):
        queue one alert naming every failed email not yet reported. True if one was queued."""
        if not ids and (self._failed_due is None or now < self._failed_due):
            return False
        with self.db.transaction() as s:
            st = self._state(s, FAILED_KEY, since=now)
            reported = select(AuditEvent.outbox_id).where(AuditEvent.event == "failure_reported",
                                                          AuditEvent.outbox_id.is_not(None))
            rows = s.execute(
                select(AuditEvent.outbox_id, AuditEvent.at)
                .join(OutboxItem, OutboxItem.id == AuditEvent.outbox_id)
                .where(AuditEvent.event == "send_failed", AuditEvent.at >= st.first_failure_at,
                       OutboxItem.purpose != "alert",  # an alert that cannot be sent must not beget alerts
                       AuditEvent.outbox_id.not_in(reported))
                .order_by(AuditEvent.outbox_id)
            ).all()
            st.failures = len(rows)
            if not rows or not self.config.admins:
                self._failed_due = None
                return False
            st.last_failure_at = now
            if st.alerted_at is not None and now - st.alerted_at < FAILED_ALERT_GAP:
                self._failed_due = st.alerted_at + FAILED_ALERT_GAP
                return False
            hours = self.config.timing.refused_retry_hours
            listed = ", ".join(f"#{oid}" for oid, _ in rows)
            st.last_error = f"outbox {listed}"[:2000]
            title = f"{len(rows)} email(s) could not be sent"
            self._queue(
                s, st, title,
                f"refused by the SMTP server for {hours:g} hours, now marked failed: outbox {listed}",
                "These emails were not delivered and will not be retried. A person should contact each "
                "sender: `inboxbot status` and the audit log give each email's case and recipients.",
                min(at for _, at in rows), now, failures=len(rows), repeat_hours=FAILED_ALERT_GAP.total_seconds() / 3600)
            s.add_all(AuditEvent(at=now, event="failure_reported", actor=self.owner, outbox_id=oid, detail=FAILED_KEY)
                      for oid, _ in rows)
            st.failures = 0
            self._failed_due = None
        log.error("administrators alerted: %s (%s)", title, FAILED_KEY)
        return True

    def _state(self, s: Session, key: str, since: dt.datetime | None = None) -> AlertState:
        st = s.get(AlertState, key, with_for_update=self.db.dialect == "postgresql")
        if st is None:
            st = AlertState(key=key, failures=0, alerts_sent=0, first_failure_at=since)
            s.add(st)
        return st

    def _queue(self, s: Session, st: AlertState, title: str, error: str, advice: str,
               since: dt.datetime, now: dt.datetime, *, failures: int | None = None,
               repeat_hours: float | None = None) -> None:
        """Queue the alert email for `st` in the caller's transaction."""
        rendered = render_alert(
            to=self.config.admins,
            title=title,
            error=error,
            failures=st.failures if failures is None else failures,
            since=since,
            advice=advice,
            repeat_hours=self.config.timing.alert_repeat_hours if repeat_hours is None else repeat_hours,
            settings=ReplySettings(self.config.smtp.from_addr, self.config.replies.team_name, self.config.replies.secure_route),
            templates=self.templates,
            now=now,
        )
        item = queue(s, rendered, purpose="alert", now=now, dedupe_key=f"alert:{st.key}:{st.alerts_sent}")
        st.alerted_at = now
        st.alerts_sent += 1
        s.flush()
        s.add(AuditEvent(at=now, event="alert_queued", actor=self.owner, outbox_id=item.id,
                         recipients=list(self.config.admins), template="admin_alert", detail=st.key))
