"""Failures are never silent: administrators are emailed once about a repeated failure.

Each kind of failure has a key ("inbox:east", "smtp", "reply-refused:42"). `failure()` counts it;
when the count reaches `timing.failures_before_alert` (or at once for a permanent failure such as
rejected credentials) one alert email is queued to `admins`, and then no more for that key until
`timing.alert_repeat_hours` have passed, even if it recovers and fails again in between (a
flapping connection must not flood the administrators). `success()` resets the count.
"""

from __future__ import annotations

import datetime as dt
import logging

from inboxbot.config import Config
from inboxbot.db import Database
from inboxbot.models import AlertState, AuditEvent
from inboxbot.outbox import queue
from inboxbot.replies import ReplySettings, Templates, render_alert

log = logging.getLogger(__name__)


class Alerter:
    def __init__(self, db: Database, config: Config, templates: Templates, owner: str) -> None:
        self.db, self.config, self.templates, self.owner = db, config, templates, owner

    def failure(self, key: str, title: str, error: str, now: dt.datetime, *, advice: str = "",
                immediate: bool = False) -> bool:
        """Count a failure; queue the alert email when due. True if one was queued."""
        timing = self.config.timing
        with self.db.transaction() as s:
            st = s.get(AlertState, key, with_for_update=self.db.dialect == "postgresql")
            if st is None:
                st = AlertState(key=key, failures=0, alerts_sent=0)
                s.add(st)
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
            rendered = render_alert(
                to=self.config.admins,
                title=title,
                error=error,
                failures=st.failures,
                since=st.first_failure_at or now,
                advice=advice,
                repeat_hours=timing.alert_repeat_hours,
                settings=ReplySettings(self.config.smtp.from_addr, self.config.replies.team_name, self.config.replies.secure_route),
                templates=self.templates,
                now=now,
            )
            item = queue(s, rendered, purpose="alert", now=now, dedupe_key=f"alert:{key}:{st.alerts_sent}")
            st.alerted_at = now
            st.alerts_sent += 1
            s.flush()
            s.add(AuditEvent(at=now, event="alert_queued", actor=self.owner, outbox_id=item.id,
                             recipients=list(self.config.admins), template="admin_alert", detail=key))
        log.error("administrators alerted: %s (%s)", title, key)
        return True

    def success(self, key: str, now: dt.datetime) -> None:
        with self.db.transaction() as s:
            st = s.get(AlertState, key)
            if st is not None and st.failures and st.resolved_at is None:
                st.resolved_at = now
                st.failures = 0
