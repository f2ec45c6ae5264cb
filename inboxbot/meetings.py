"""The fortnightly Neighbourhood Action Meeting calendar, and when each digest goes out.

Guidance 2.3: "Case numbers recorded by EH Partnership Team and updated at fortnightly NAM
meeting. QA process undertaken." A neighbourhood's meetings are `first + k * every_days`
(k = 0, 1, ...) at a fixed London time; its digest goes `working_days_before` working days
earlier at the digest time, so a Tuesday meeting after a bank-holiday Monday gets its digest
on the Friday before. Pure: `now` is always an argument.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from inboxbot.clock import LONDON
from inboxbot.followup_settings import DigestSettings, MeetingSchedule
from inboxbot.followups import at_local
from inboxbot.workdays import WorkingCalendar


@dataclass(frozen=True)
class DigestSlot:
    """One meeting, the one before it, and when its digest should go."""

    neighbourhood: str
    meeting: datetime  # aware, London
    previous_meeting: datetime  # one interval earlier (even before the first meeting)
    send_at: datetime  # aware, London

    @property
    def key(self) -> str:
        """The outbox's dedupe_key: one digest per neighbourhood per meeting."""
        return f"digest:{self.neighbourhood}:{self.meeting.date().isoformat()}"


def meeting_on_or_after(schedule: MeetingSchedule, day: date) -> date:
    """The first meeting date on or after `day`."""
    if day <= schedule.first:
        return schedule.first
    k = -(-(day - schedule.first).days // schedule.every_days)  # ceiling division
    return schedule.first + timedelta(days=k * schedule.every_days)


def digest_slot(
    neighbourhood: str,
    schedule: MeetingSchedule,
    meeting_day: date,
    digest: DigestSettings,
    calendar: WorkingCalendar,
) -> DigestSlot:
    """The slot for the meeting on `meeting_day` (a date on the schedule)."""
    send_day = calendar.add_working_days(meeting_day, -digest.working_days_before)
    return DigestSlot(
        neighbourhood=neighbourhood,
        meeting=at_local(meeting_day, schedule.time),
        # Before the first meeting there was none; one interval back still bounds "new since".
        previous_meeting=at_local(meeting_day - timedelta(days=schedule.every_days), schedule.time),
        send_at=at_local(send_day, digest.time),
    )


def current_slot(
    neighbourhood: str,
    schedule: MeetingSchedule,
    digest: DigestSettings,
    calendar: WorkingCalendar,
    now: datetime,
) -> DigestSlot:
    """The next meeting that has not started yet, its digest time as scheduled."""
    day = meeting_on_or_after(schedule, now.astimezone(LONDON).date())
    slot = digest_slot(neighbourhood, schedule, day, digest, calendar)
    if slot.meeting <= now:
        slot = digest_slot(neighbourhood, schedule, day + timedelta(days=schedule.every_days), digest, calendar)
    return slot


def next_digest(
    neighbourhood: str,
    schedule: MeetingSchedule,
    digest: DigestSettings,
    calendar: WorkingCalendar,
    now: datetime,
    sent: Container[str] = (),
) -> DigestSlot:
    """The next digest to send: for the first meeting not yet started whose digest is not in
    `sent` (dedupe keys).

    If its time has passed (the service was down, or has just been configured) it is due at
    once: a late digest before the meeting is still useful. One for a meeting already started
    is not, so that meeting is skipped.
    """
    slot = current_slot(neighbourhood, schedule, digest, calendar, now)
    while slot.key in sent:
        following = slot.meeting.date() + timedelta(days=schedule.every_days)
        slot = digest_slot(neighbourhood, schedule, following, digest, calendar)
    if slot.send_at < now:
        slot = replace(slot, send_at=now.astimezone(LONDON))
    return slot
