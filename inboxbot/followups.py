"""What follow-ups a case needs, and when: the pure core of TAF review reminders and chasers.

`plan_followups(case, policy, now)` looks at one case as it stands and returns every
follow-up it still calls for, each with the moment it should go and to whom. It reads no
clock and touches no database or scheduler: the scheduler (`inboxbot.scheduler`) turns the
plan into jobs, and drops any follow-up already sent (each has a stable `key`).

The rules, from the guidance and issue 4:

* Guidance 2.2 step 8: "The first review after transition will happen within 6 weeks after
  the transition". The transition date is the closure letter's date, else the email's Date,
  never the day the email happened to be read. The review is due that many weeks later.
* The lead practitioner gets a reminder `reminder_days_before` days before the due date, and
  another on the due date; the day after it the case is overdue, and the neighbourhood's
  coordinators get a note (the digest lists it too).
* "The Early Help Record plan (TAF review) should be sent into the EarlyHelpPartnershipTeam
  following each TAF meeting": a TAF review received records its date, and the next review
  is due on the date it names (else `next_review_weeks` after it), which replaces all the
  reminders for the earlier due date (their keys name that date, so they no longer match).
* A case acknowledged after its review is already due gets its reminder at once: moments
  that have passed are brought forward to `now`, and of several passed reminders to the same
  person only the latest is sent.
* A submission still missing items `chaser_working_days` working days after the query gets
  one chaser to the worker; `flag_working_days` later it is flagged for the coordinator in
  the digest (see `chase_state`).
* Follow-ups go only to addresses in the allowed or partner domains. When the lead
  practitioner has no such address, the reminder goes to the coordinators instead, saying
  why, so that a person can chase by hand rather than the reminder vanishing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from inboxbot.clock import LONDON, london_date, utc
from inboxbot.followup_settings import FollowupSettings
from inboxbot.policy import domain_in
from inboxbot.workdays import WorkingCalendar


FollowupKind = Literal["taf_reminder", "taf_due", "taf_overdue", "chaser"]
CaseState = Literal["complete", "awaiting_information", "other"]
ChaseState = Literal["waiting", "chased", "flagged"]


@dataclass(frozen=True)
class CaseFacts:
    """The part of a case that follow-ups and the digest need, as plain values.

    Built from the database row by `inboxbot.followup_store.case_facts`. No child names or
    dates of birth are carried: nothing here needs them.
    """

    ref: str
    neighbourhood: str
    state: CaseState
    received_at: datetime  # aware
    transition_date: date | None = None  # closure letter's date, else the email's Date
    pathway: str | None = None
    family: str | None = None
    lead_practitioner_name: str | None = None
    lead_practitioner_email: str | None = None
    lead_agency: str | None = None
    worker_email: str | None = None  # who sent the submission (and got the query)
    missing: tuple[str, ...] = ()
    last_query_at: datetime | None = None  # the latest query sent about this case
    taf_review_due: date | None = None  # as recorded: set at acknowledgement / by a TAF review
    last_taf_review: date | None = None
    reviews_received_at: tuple[datetime, ...] = ()  # when each TAF review email arrived
    status_label: str = ""  # the case log's own status word, for display


@dataclass(frozen=True)
class Recipients:
    """Who may be written to, and who coordinates each neighbourhood."""

    allowed_domains: tuple[str, ...]
    partner_domains: tuple[str, ...] = ()
    coordinators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def permitted(self, address: str | None) -> bool:
        """True when `address` is in an allowed or partner domain (or a subdomain of one)."""
        if not address or "@" not in address:
            return False
        return domain_in(address.rsplit("@", 1)[1].strip(), (*self.allowed_domains, *self.partner_domains))

    def filter(self, addresses: Iterable[str | None]) -> tuple[str, ...]:
        """The permitted addresses, de-duplicated case-insensitively, in order."""
        seen: set[str] = set()
        out: list[str] = []
        for a in addresses:
            if a and self.permitted(a) and a.lower() not in seen:
                seen.add(a.lower())
                out.append(a)
        return tuple(out)

    def coordinators_for(self, neighbourhood: str) -> tuple[str, ...]:
        return self.filter(self.coordinators.get(neighbourhood, ()))


@dataclass(frozen=True)
class FollowupPolicy:
    """Everything `plan_followups` needs besides the case and the time."""

    settings: FollowupSettings
    recipients: Recipients
    calendar: WorkingCalendar

    @classmethod
    def build(cls, settings: FollowupSettings, recipients: Recipients) -> FollowupPolicy:
        return cls(settings, recipients, WorkingCalendar.england(settings.closure_days))


@dataclass(frozen=True)
class Followup:
    """One message the service should send about a case, and when.

    `target` is the date the follow-up is about (the TAF review's due date, or the day of
    the query being chased), so `key` names it independently of when it is sent: a job that
    runs twice, or a plan made again after a restart, finds the same key already sent.
    """

    case_ref: str
    what: FollowupKind
    due: datetime  # aware, Europe/London
    to: tuple[str, ...]
    target: date
    redirected: str | None = None  # why it goes to the coordinators instead of the named person

    @property
    def key(self) -> str:
        # The outbox's dedupe_key: one row per logical email, e.g. "taf_reminder:EH-000123:2026-12-14".
        return f"{self.what}:{self.case_ref}:{self.target.isoformat()}"


def at_local(day: date, when: time) -> datetime:
    """`when` o'clock on `day` in London, whatever the UTC offset that day (BST or GMT)."""
    return datetime.combine(day, when, tzinfo=LONDON)


def local_date(moment: datetime) -> date:
    """The London calendar date of an instant (naive values are taken as UTC, as SQLite gives)."""
    return london_date(utc(moment))


def transition_date(case: CaseFacts) -> date:
    """The step-down's date: the closure letter's, else the date the email arrived (London)."""
    return case.transition_date or local_date(case.received_at)


def first_review_due(transition: date, settings: FollowupSettings) -> date:
    """Guidance 2.2 step 8: the first TAF review within `first_review_weeks` of transition."""
    return transition + timedelta(weeks=settings.first_review_weeks)


def next_review_due(review_date: date, next_review_date: date | None, settings: FollowupSettings) -> date | None:
    """After a TAF review: the next-review date it names, else `next_review_weeks` after it
    (None when that is 0: "thereafter as required", so no reminder)."""
    if next_review_date is not None:
        return next_review_date
    if settings.next_review_weeks:
        return review_date + timedelta(weeks=settings.next_review_weeks)
    return None


def taf_review_due(case: CaseFacts, settings: FollowupSettings) -> date | None:
    """When the case's next TAF review is due, or None when no further review is expected.

    The recorded due date wins; a case with neither a recorded date nor any review yet is
    due `first_review_weeks` after its transition date.
    """
    if case.taf_review_due is not None:
        return case.taf_review_due
    if case.last_taf_review is None:
        return first_review_due(transition_date(case), settings)
    return None


def return_window_end(case: CaseFacts, settings: FollowupSettings) -> date:
    """Guidance 2.3 note ***: within 3 months of stepping down, a case that moves back to
    level 3 returns to the previously allocated social worker. The window's last day."""
    return transition_date(case) + relativedelta(months=settings.return_window_months)


def query_date(case: CaseFacts) -> date:
    """The day the worker was last asked for the missing items (the query, else receipt)."""
    return local_date(case.last_query_at or case.received_at)


def chase_state(case: CaseFacts, policy: FollowupPolicy, today: date) -> ChaseState:
    """Where an awaiting-information case stands: waiting, chased, or flagged for the
    coordinator (a second period has passed since the chaser)."""
    s = policy.settings
    asked = query_date(case)
    chased = policy.calendar.add_working_days(asked, s.chaser_working_days)
    flagged = policy.calendar.add_working_days(chased, s.flag_working_days)
    if today >= flagged:
        return "flagged"
    if today >= chased:
        return "chased"
    return "waiting"


def plan_followups(case: CaseFacts, policy: FollowupPolicy, now: datetime) -> list[Followup]:
    """Every follow-up `case` still calls for, soonest first (see the module docstring).

    Moments already past are brought forward to `now`; the caller drops those whose `key`
    has already been sent.
    """
    if case.state == "complete":
        plan = _taf_followups(case, policy, now)
    elif case.state == "awaiting_information":
        plan = _chaser(case, policy, now)
    else:
        plan = []
    return sorted(plan, key=lambda f: (f.due, f.what))


def _taf_followups(case: CaseFacts, policy: FollowupPolicy, now: datetime) -> list[Followup]:
    s, cal, rcpt = policy.settings, policy.calendar, policy.recipients
    due = taf_review_due(case, s)
    if due is None:
        return []
    coordinators = rcpt.coordinators_for(case.neighbourhood)
    lp = rcpt.filter([case.lead_practitioner_email])
    redirected = None
    if not lp:
        lp = coordinators
        redirected = (
            "the lead practitioner has no email address in an allowed or partner domain"
            if case.lead_practitioner_email
            else "no email address is recorded for the lead practitioner"
        )

    # Reminders go on working days: one falling on a weekend or bank holiday moves earlier,
    # so it still arrives before the date it warns about; the overdue note goes the first
    # working day after the due date.
    before = Followup(case.ref, "taf_reminder",
                      at_local(cal.working_day_on_or_before(due - timedelta(days=s.reminder_days_before)), s.send_time),
                      lp, due, redirected)
    on_due = Followup(case.ref, "taf_due", at_local(cal.working_day_on_or_before(due), s.send_time),
                      lp, due, redirected)
    overdue = Followup(case.ref, "taf_overdue", at_local(cal.add_working_days(due, 1), s.send_time),
                       coordinators, due)

    # With reminder_days_before = 0 the due-date reminder is the only one.
    to_lp = [f for f in ((before, on_due) if s.reminder_days_before else (on_due,)) if f.to]
    passed = [f for f in to_lp if f.due <= now]
    if passed:
        # Of the lead practitioner's reminders whose moment has passed, only the latest still
        # makes sense (a "due in 2 weeks" reminder for a review due yesterday would mislead).
        latest = passed[-1]
        to_lp = [_at(latest, now)] + [f for f in to_lp if f.due > now]
    plan = to_lp
    if overdue.to:
        plan.append(_at(overdue, now) if overdue.due <= now else overdue)
    return plan


def _chaser(case: CaseFacts, policy: FollowupPolicy, now: datetime) -> list[Followup]:
    s, cal = policy.settings, policy.calendar
    asked = query_date(case)
    to = policy.recipients.filter([case.worker_email])
    if not to:
        # No permitted address to chase: the digest flags the case for the coordinator.
        return []
    chaser = Followup(case.ref, "chaser", at_local(cal.add_working_days(asked, s.chaser_working_days), s.send_time),
                      to, asked)
    return [_at(chaser, now) if chaser.due <= now else chaser]


def _at(f: Followup, now: datetime) -> Followup:
    return Followup(f.case_ref, f.what, now.astimezone(LONDON), f.to, f.target, f.redirected)


def pending(plan: Sequence[Followup], sent_keys: Iterable[str]) -> list[Followup]:
    """The follow-ups in `plan` not yet sent."""
    sent = set(sent_keys)
    return [f for f in plan if f.key not in sent]
