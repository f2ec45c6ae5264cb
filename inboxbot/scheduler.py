"""The follow-ups' I/O edge: a persistent APScheduler 3 schedule over the pure plan.

Design, so that a restart loses no reminder and sends none twice:

* **The database is the truth; the job store is the alarm clock.** What should be sent is
  always recomputed from the case log (`plan_followups`, `next_digest`); what has been sent is
  the outbox, whose unique `dedupe_key` (`taf_reminder:EH-000123:2026-12-14`) makes sending
  idempotent. Jobs only say *when* to look again.
* **Jobs persist** in an APScheduler `SQLAlchemyJobStore` on the service's own database, under
  stable ids (`followup:<key>`, `digest:<neighbourhood>:<date>`), so they survive a restart.
  APScheduler 3 drops a job that is later than `misfire_grace_time` (1 s by default), which
  would silently lose every reminder due while the service was down: we set it to None (no
  limit) with `coalesce=True`, and each job decides for itself whether it is still useful.
* **Start-up reconciles.** APScheduler removes a one-off job from the store before it has
  finished running, so a crash mid-job could lose it; `reconcile()` at start re-plans every
  open case and digest and re-adds any job missing, with past moments brought forward to now.
* **Job functions are importable top-level functions taking only ids** (the store pickles a
  reference to the function and its arguments); they find the running service through
  `_active`, set by `FollowupScheduler.start()`.
* **Each job re-checks before sending**: it re-plans the case at the moment it runs and sends
  only if the follow-up is still called for and its key is not yet in the outbox.

The same job store holds the daily retention run (`inboxbot.retention`), added by
`schedule_retention()` and re-added by each run for the next day.

The daemon calls `FollowupScheduler.on_case_changed(session, case, now)` after every change to
a case (one of its `case_hooks`), inside its transaction; the jobs for that case are re-planned
once the transaction commits.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from inboxbot import retention
from inboxbot.clock import LONDON, Clock, london_date
from inboxbot.config import Config
from inboxbot.db import Database
from inboxbot.digest import (
    Digest,
    build_digest,
    case_log_csv,
    case_log_rows,
    case_log_xlsx,
    render_digest,
)
from inboxbot.followup_mail import CSV, XLSX, Wording, build_message, followup_context, render, template_env
from inboxbot.followup_settings import FollowupSettings
from inboxbot.followup_store import (
    FOLLOWED_UP,
    JOBSTORE_TABLE,
    AlreadyQueued,
    cancel_stale_followups,
    case_facts,
    keys_with_prefix,
    load_cases,
    queue_followup,
    sent_keys,
)
from inboxbot.followups import (
    CaseFacts,
    Followup,
    FollowupPolicy,
    Recipients,
    first_review_due,
    next_review_due,
    pending,
    plan_followups,
    transition_date,
)
from inboxbot.meetings import DigestSlot, digest_slot, next_digest
from inboxbot.models import Case, CaseStatus, OutboxItem
from inboxbot.replies import Rendered, new_message_id
from inboxbot.retention import RetentionReport

log = logging.getLogger(__name__)

RETENTION_JOB_PREFIX = "retention:"  # + the London date it runs on
# A retention run this recent (another process sharing the job store ran the same job) is
# not repeated; repeating it would be harmless, only noisier in the audit table.
RETENTION_GAP = dt.timedelta(hours=1)

JOB_DEFAULTS: dict[str, Any] = {
    # None = run however late (see the module docstring); the job re-checks usefulness.
    "misfire_grace_time": None,
    # Several missed runs of one job collapse into one run.
    "coalesce": True,
    "max_instances": 1,
}


@dataclass(frozen=True)
class PendingItem:
    """One thing the service will send, for `inboxbot schedule`."""

    what: str  # taf_reminder | taf_due | taf_overdue | chaser | digest
    due: dt.datetime
    to: tuple[str, ...]
    neighbourhood: str
    case: str | None = None  # None for a digest

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "what": self.what,
            "due": self.due.astimezone(LONDON).isoformat(),
            "to": list(self.to),
            "neighbourhood": self.neighbourhood,
        }


def recipients_from(config: Config) -> Recipients:
    """Allowed and partner domains, and each neighbourhood's coordinators, from the config."""
    return Recipients(
        allowed_domains=config.senders.allowed_domains,
        partner_domains=config.senders.partner_domains,
        coordinators={name: inbox.coordinators for name, inbox in config.inboxes.items()},
    )


class SharedJobStore(SQLAlchemyJobStore):
    """The job store several processes share (several `inboxbot run` hosts on one database).

    Two schedulers may both find a job due and run it; the outbox's unique `dedupe_key` lets
    one send through. The second to finish then finds the job already removed or re-planned by
    the first: APScheduler 3 raises `JobLookupError` there from inside its scheduling thread,
    which kills the thread and with it every later reminder of this process. A job that another
    process already finished is not an error here.
    """

    def remove_job(self, job_id: str) -> None:
        try:
            super().remove_job(job_id)
        except JobLookupError:
            log.debug("job %s already removed by another process", job_id)

    def update_job(self, job: Any) -> None:
        try:
            super().update_job(job)
        except JobLookupError:
            log.debug("job %s already removed by another process", job.id)


class FollowupScheduler:
    """Plans, schedules and sends follow-ups and digests for one service instance."""

    def __init__(
        self,
        config: Config,
        settings: FollowupSettings,
        db: Database,
        clock: Clock,
        *,
        templates_dir: Path | None = None,
        owner: str = "followups",
        on_queued: Callable[[], None] | None = None,
    ) -> None:
        self.config = config
        self.settings = settings
        self.db = db
        self.clock = clock
        self.owner = owner
        self.on_queued = on_queued  # e.g. wake the daemon's outbox sender
        self.policy = FollowupPolicy.build(settings, recipients_from(config))
        self.env = template_env(templates_dir or config.replies.templates_dir)
        self._aps: BackgroundScheduler | None = None

    # --- planning: the database in, what should happen out ------------------------------------

    def case_plan(self, session: Session, case: Case, now: dt.datetime) -> list[Followup]:
        """The case's follow-ups not yet sent."""
        plan = plan_followups(case_facts(case), self.policy, now)
        return pending(plan, sent_keys(session, [f.key for f in plan]))

    def digest_slots(self, session: Session, now: dt.datetime) -> list[DigestSlot]:
        """The next unsent digest of each neighbourhood with a meeting schedule and coordinators."""
        slots = []
        for name, schedule in sorted(self.settings.meetings.items()):
            if not self.policy.recipients.coordinators_for(name):
                log.warning("no digest for %s: the inbox has no coordinators in an allowed domain", name)
                continue
            # Past meetings whose digest has gone already are skipped (a restart after sending).
            sent = keys_with_prefix(session, f"digest:{name}:")
            slots.append(next_digest(name, schedule, self.settings.digest, self.policy.calendar, now, sent))
        return slots

    def pending_items(self, now: dt.datetime) -> list[PendingItem]:
        """Everything that will be sent, soonest first: what `inboxbot schedule` prints."""
        items: list[PendingItem] = []
        with self.db.sessions() as s:
            for case in load_cases(s, statuses=FOLLOWED_UP):
                for f in self.case_plan(s, case, now):
                    items.append(PendingItem(f.what, f.due, f.to, case.neighbourhood, f.case_ref))
            for slot in self.digest_slots(s, now):
                to = self.policy.recipients.coordinators_for(slot.neighbourhood)
                items.append(PendingItem("digest", slot.send_at, to, slot.neighbourhood))
        return sorted(items, key=lambda i: (i.due, i.case or "", i.what))

    # --- keeping a case's stored dates and queued mail in step -------------------------------

    def settle_case(self, session: Session, case: Case, now: dt.datetime) -> list[Followup]:
        """Inside the caller's transaction: fill the TAF review due date where the case log
        lacks it, and cancel queued-but-unsent follow-ups the case no longer calls for."""
        session.flush()
        session.expire(case, ["events"])  # see the event the daemon has just added
        if case.status == CaseStatus.ACKNOWLEDGED:
            if case.last_taf_review is None and case.taf_review_due is None:
                case.taf_review_due = first_review_due(transition_date(case_facts(case)), self.settings)
            elif case.last_taf_review is not None and (
                case.taf_review_due is None or case.taf_review_due <= case.last_taf_review
            ):
                # A review that named no next-review date: the next is due after the default
                # interval (guidance 2.2 step 8: "thereafter as required").
                case.taf_review_due = next_review_due(case.last_taf_review, None, self.settings)
        plan = plan_followups(case_facts(case), self.policy, now)
        cancelled = cancel_stale_followups(session, case.id, [f.key for f in plan], now)
        if cancelled:
            log.info("case %s: cancelled %d queued follow-up(s) no longer needed", case.ref, len(cancelled))
        return plan

    # --- sending: what the jobs do ---------------------------------------------------------

    def send_followup(self, case_id: int, what: str, target: dt.date, now: dt.datetime) -> bool:
        """Queue one follow-up if the case still calls for it and it has not gone yet."""
        try:
            with self.db.transaction() as s:
                case = load_cases(s, ids=[case_id])
                if not case:
                    log.info("follow-up %s for case #%d: the case is gone", what, case_id)
                    return False
                facts = case_facts(case[0])
                wanted = [f for f in plan_followups(facts, self.policy, now) if f.what == what and f.target == target]
                if not wanted:
                    log.info("case %s: %s for %s no longer needed", facts.ref, what, target)
                    return False
                followup = wanted[0]
                if followup.due > now:
                    log.info("case %s: %s for %s not due until %s", facts.ref, what, target, followup.due)
                    self._add_followup_job(case_id, followup)
                    return False
                if sent_keys(s, [followup.key]):
                    log.info("case %s: %s already sent", facts.ref, followup.key)
                    return False
                rendered = self._followup_email(followup, facts, now)
                queue_followup(s, rendered, purpose=what, dedupe_key=followup.key, case_id=case_id, now=now,
                               actor=self.owner)
        except (IntegrityError, AlreadyQueued):
            # Another run (a second instance, or a duplicate job) queued the same key first.
            log.info("follow-up %s:%s for case #%d queued by another run", what, target, case_id)
            return False
        log.info("case %s: queued %s to %d recipient(s)", facts.ref, followup.key, len(followup.to))
        self._queued()
        return True

    def _followup_email(self, followup: Followup, facts: CaseFacts, now: dt.datetime) -> Rendered:
        template = f"followup_{followup.what}"
        wording = render(self.env, template, followup_context(
            followup, facts, team_name=self.config.replies.team_name, nam_address=self._nam(facts.neighbourhood),
            show_family=self.settings.digest.identify_by == "surname",
        ))
        return self._email(wording, template, followup.to, facts.neighbourhood, now,
                           headers=(("X-Inboxbot-Case", facts.ref), ("X-Inboxbot-Followup", followup.what)))

    def _nam(self, neighbourhood: str) -> str:
        inbox = self.config.inboxes.get(neighbourhood)
        return inbox.address if inbox is not None else ""

    def _email(self, wording: Wording, template: str, to: Sequence[str], neighbourhood: str, now: dt.datetime, *,
               headers: Sequence[tuple[str, str]], attachments: Sequence[tuple[str, str, bytes]] = ()) -> Rendered:
        """A new message from the service, Reply-To the neighbourhood's NAM inbox, with its
        Message-ID fixed now so that a re-send after a crash is the very same message."""
        from_addr = self.config.smtp.from_addr
        message_id = new_message_id(from_addr)
        raw = build_message(wording, from_addr=from_addr, to=to, message_id=message_id, now=now,
                            reply_to=self._nam(neighbourhood) or None, headers=headers, attachments=attachments)
        return Rendered(message_id, parseaddr(from_addr)[1], tuple(to), wording.subject, template, raw)

    def digest(self, neighbourhood: str, slot: DigestSlot, now: dt.datetime) -> tuple[Digest, Wording, list[tuple[str, str, bytes]]]:
        """The digest for `slot` as things stand at `now`: its content, wording and attachments."""
        with self.db.sessions() as s:
            facts = [case_facts(c) for c in load_cases(s, neighbourhood=neighbourhood)]
        digest = build_digest(facts, slot, self.policy, now)
        wording = render_digest(digest, self.env, self.config.replies.team_name)
        rows = case_log_rows(facts, self.policy)
        stem = f"case-log-{neighbourhood}-{slot.meeting.date().isoformat()}"
        attachments = []
        if "csv" in self.settings.digest.attach:
            attachments.append((f"{stem}.csv", CSV, case_log_csv(rows)))
        if "xlsx" in self.settings.digest.attach:
            attachments.append((f"{stem}.xlsx", XLSX, case_log_xlsx(rows, f"{neighbourhood.title()} case log", now)))
        return digest, wording, attachments

    def queue_digest(self, slot: DigestSlot, now: dt.datetime) -> OutboxItem | None:
        """Queue `slot`'s digest to the neighbourhood's coordinators unless it has gone already."""
        to = self.policy.recipients.coordinators_for(slot.neighbourhood)
        if not to:
            log.warning("digest %s: no coordinators to send to", slot.key)
            return None
        _, wording, attachments = self.digest(slot.neighbourhood, slot, now)
        rendered = self._email(wording, "digest", to, slot.neighbourhood, now,
                               headers=(("X-Inboxbot-Digest", slot.key),), attachments=attachments)
        try:
            with self.db.transaction() as s:
                if sent_keys(s, [slot.key]):
                    log.info("digest %s already sent", slot.key)
                    return None
                item = queue_followup(s, rendered, purpose="digest", dedupe_key=slot.key, case_id=None, now=now,
                                      actor=self.owner)
        except (IntegrityError, AlreadyQueued):
            log.info("digest %s queued by another run", slot.key)
            return None
        log.info("queued %s to %d coordinator(s)", slot.key, len(to))
        self._queued()
        return item

    def send_digest(self, neighbourhood: str, meeting_day: dt.date, now: dt.datetime) -> bool:
        """The digest job: queue the digest for the meeting on `meeting_day`, unless that
        meeting has already started (a digest after the meeting helps nobody)."""
        schedule = self.settings.meetings.get(neighbourhood)
        if schedule is None:
            log.warning("digest for %s: no meeting schedule configured any more", neighbourhood)
            return False
        slot = digest_slot(neighbourhood, schedule, meeting_day, self.settings.digest, self.policy.calendar)
        if now >= slot.meeting:
            log.warning("digest %s skipped: the meeting had started when the job ran", slot.key)
            return False
        return self.queue_digest(slot, now) is not None

    def _queued(self) -> None:
        if self.on_queued is not None:
            self.on_queued()

    # --- the daemon's hook -----------------------------------------------------------------

    def on_case_changed(self, session: Session, case: Case, now: dt.datetime) -> None:
        """Call after a case is created, acknowledged, queried, updated or has a TAF review
        recorded, inside the same transaction (after `store.apply_case_change`).

        In the transaction: fills the TAF review due date when missing and cancels queued
        follow-ups the case no longer calls for. After the commit: re-plans the case's jobs.
        Before `start()` (or after `shutdown()`) it does nothing; the next start's reconcile
        plans the case.
        """
        if self._aps is None or not self._aps.running:
            return
        self.settle_case(session, case, now)
        case_id = case.id

        def _after_commit(_session: Session) -> None:
            try:
                self.schedule_case(case_id)
            except Exception:  # the case is committed; reconcile at the next start catches up
                log.exception("follow-ups: could not schedule case #%d", case_id)

        event.listen(session, "after_commit", _after_commit, once=True)

    # --- the APScheduler side ------------------------------------------------------------

    def start(self, *, paused: bool = False) -> None:
        """Open the job store, make this the instance the jobs run against, and reconcile.

        `paused=True` keeps APScheduler's own thread from firing anything: tests then drive
        time with a manual clock and `run_due(now)`.
        """
        global _active
        self._aps = BackgroundScheduler(
            jobstores={"default": SharedJobStore(engine=self.db.engine, tablename=JOBSTORE_TABLE)},
            job_defaults=JOB_DEFAULTS,
            timezone=LONDON,
        )
        with _active_lock:
            _active = self
        self._aps.start(paused=paused)
        self.reconcile()

    def shutdown(self, wait: bool = True) -> None:
        global _active
        if self._aps is not None and self._aps.running:
            # APScheduler 3 quirk: shutdown() wakes the scheduler thread for one last pass over
            # the job store, after the executor is gone; every job due at that moment fails to
            # submit and is then deleted from the store unrun. Detaching the store first
            # leaves the jobs where they are (and keeps APScheduler from disposing the
            # service's engine, which the store would do on its own shutdown).
            self._aps.remove_jobstore("default", shutdown=False)
            self._aps.shutdown(wait=wait)
        with _active_lock:
            if _active is self:
                _active = None

    @property
    def aps(self) -> BackgroundScheduler:
        if self._aps is None:
            raise RuntimeError("FollowupScheduler.start() has not been called")
        return self._aps

    def reconcile(self) -> None:
        """Make the job store match the plan: add what is missing, drop what is stale."""
        now = self.clock.now()
        want: dict[str, tuple[Callable[..., None], dt.datetime, tuple[Any, ...]]] = {}
        with self.db.sessions() as s:
            for case in load_cases(s, statuses=FOLLOWED_UP):
                for f in self.case_plan(s, case, now):
                    want[_followup_job_id(f)] = (run_followup_job, f.due, (case.id, f.what, f.target.isoformat()))
            for slot in self.digest_slots(s, now):
                want[slot.key] = (run_digest_job, slot.send_at, (slot.neighbourhood, slot.meeting.date().isoformat()))
        for job in self.aps.get_jobs():
            if job.id not in want and job.id.startswith(("followup:", "digest:")):
                job.remove()
        for job_id, (func, when, args) in want.items():
            self.aps.add_job(func, "date", run_date=when, args=args, id=job_id, replace_existing=True)
        log.info("follow-ups reconciled: %d job(s) scheduled", len(want))

    def schedule_case(self, case_id: int) -> None:
        """Re-plan one case's jobs from the committed database (after `on_case_changed`)."""
        now = self.clock.now()
        with self.db.sessions() as s:
            cases = load_cases(s, ids=[case_id])
            plan = self.case_plan(s, cases[0], now) if cases and cases[0].status in FOLLOWED_UP else []
        want = {_followup_job_id(f): f for f in plan}
        for job in self.aps.get_jobs():
            if job.id.startswith("followup:") and job.args and job.args[0] == case_id and job.id not in want:
                job.remove()
        for f in plan:
            self._add_followup_job(case_id, f)

    def schedule_digests(self) -> None:
        with self.db.sessions() as s:
            slots = self.digest_slots(s, self.clock.now())
        for slot in slots:
            self.aps.add_job(run_digest_job, "date", run_date=slot.send_at, id=slot.key, replace_existing=True,
                             args=(slot.neighbourhood, slot.meeting.date().isoformat()))

    def _add_followup_job(self, case_id: int, f: Followup) -> None:
        self.aps.add_job(run_followup_job, "date", run_date=f.due, id=_followup_job_id(f), replace_existing=True,
                         args=(case_id, f.what, f.target.isoformat()))

    # --- retention: the daily job ---------------------------------------------------------

    def schedule_retention(self) -> None:
        """Add the daily retention run (`inboxbot.retention`) unless the job store, which every
        process shares, holds one already."""
        if not any(job.id.startswith(RETENTION_JOB_PREFIX) for job in self.aps.get_jobs()):
            self.add_retention_job(self.clock.now())

    def add_retention_job(self, now: dt.datetime) -> None:
        """Schedule the retention run for the first 03:30 London time after `now`."""
        when = retention.next_run(now)
        # Named by its date, as digests are: processes adding the next run all add the same job.
        self.aps.add_job(run_retention_job, "date", run_date=when, id=f"{RETENTION_JOB_PREFIX}{london_date(when).isoformat()}",
                         replace_existing=True)

    def run_retention(self, now: dt.datetime) -> RetentionReport | None:
        """The retention job's work, unless another process has just done it."""
        with self.db.sessions() as s:
            last = retention.last_run(s)
        if last is not None and now - last < RETENTION_GAP:
            log.info("retention: already run at %s", last.isoformat())
            return None
        return retention.run(self.db, self.config.storage, now, actor=self.owner)

    def run_due(self, now: dt.datetime | None = None) -> list[str]:
        """Run, in this thread, every job due at `now` (default: the clock's now), soonest
        first, as APScheduler would; returns their ids. The "burst" mode of a paused scheduler,
        for tests driven by a manual clock and for `inboxbot schedule --run-due`."""
        now = now or self.clock.now()
        ran: list[str] = []
        for _ in range(10_000):  # a job may schedule another one that is due at once
            due = [j for j in self.aps.get_jobs() if j.next_run_time is not None and j.next_run_time <= now]
            if not due:
                return ran
            job = min(due, key=lambda j: (j.next_run_time, j.id))
            # Removed before running, as APScheduler does for a one-off job.
            job.remove()
            job.func(*job.args, **job.kwargs)
            ran.append(job.id)
        raise RuntimeError("run_due: jobs keep scheduling each other at the same moment")


def _followup_job_id(f: Followup) -> str:
    return f"followup:{f.key}"


# --- what the job store holds references to ------------------------------------------------

_active: FollowupScheduler | None = None
_active_lock = threading.Lock()


def _service() -> FollowupScheduler:
    service = _active
    if service is None:
        # Raised into APScheduler's log; the next start's reconcile re-plans the job.
        raise RuntimeError("no FollowupScheduler is running in this process")
    return service


def run_followup_job(case_id: int, what: str, target: str) -> None:
    """Job: send follow-up `what` for `case_id` about `target` (ISO date), if still needed."""
    service = _service()
    service.send_followup(case_id, what, dt.date.fromisoformat(target), service.clock.now())


def run_digest_job(neighbourhood: str, meeting_day: str) -> None:
    """Job: send the neighbourhood's digest for the meeting on `meeting_day`, then schedule the next."""
    service = _service()
    try:
        service.send_digest(neighbourhood, dt.date.fromisoformat(meeting_day), service.clock.now())
    finally:
        service.schedule_digests()


def run_retention_job() -> None:
    """Job: delete what is past its retention period, then schedule the next day's run."""
    service = _service()
    try:
        service.run_retention(service.clock.now())
    finally:
        service.add_retention_job(service.clock.now())


# --- the hook for code without the scheduler at hand ----------------------------------------


def on_case_changed(session: Session, case: Case, now: dt.datetime) -> None:
    """`FollowupScheduler.on_case_changed` of the scheduler running in this process, if any.

    Without a running `FollowupScheduler` it does nothing; the next start's reconcile plans
    the case.
    """
    service = _active
    if service is not None:
        service.on_case_changed(session, case, now)
