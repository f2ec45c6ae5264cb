"""The fortnightly Neighbourhood Action Meeting calendar, and when each digest goes out.

Guidance 2.3: "Case numbers recorded by EH Partnership Team and updated at fortnightly NAM
meeting. QA process undertaken." Each neighbourhood's meetings are `first + k * every_days`
(k = 0, 1, ...) at a fixed London time; its digest goes `working_days_before` working days
earlier at the digest time, so a Tuesday meeting after a bank-holiday Monday gets its digest
on the Friday. Pure: `now` is always an argument.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from inboxbot.followup_settings import DigestSettings, MeetingSchedule
from inboxbot.followups import LONDON, at_local
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
        """Stable across restarts: one digest per neighbourhood per meeting."""
        return f"{self.neighbourhood}/digest/{self.meeting.date().isoformat()}"


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
    """The slot for the meeting on `meeting_day` (which must be on the schedule)."""
    # Before the first meeting there was none; one interval back still bounds "new since".
    previous = at_local(meeting_day - timedelta(days=schedule.every_days), schedule.time)
    send_day = calendar.add_working_days(meeting_day, -digest.working_days_before)
    return DigestSlot(
        neighbourhood=neighbourhood,
        meeting=at_local(meeting_day, schedule.time),
        previous_meeting=previous,
        send_at=at_local(send_day, digest.time),
    )


def current_period(
    neighbourhood: str,
    schedule: MeetingSchedule,
    digest: DigestSettings,
    calendar: WorkingCalendar,
    now: datetime,
) -> DigestSlot:
    """The slot of the next meeting that has not started yet, its send time as scheduled
    (what `inboxbot digest --preview` shows)."""
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
) -> DigestSlot:
    """The digest for the next meeting that has not started yet, to be sent at its time.

    If that time has passed (the service was down, or has just been configured) it is due
    at once: a late digest before the meeting is still useful; one after it is not, so a
    meeting already started is skipped for the next.
    """
    slot = current_period(neighbourhood, schedule, digest, calendar, now)
    if slot.send_at < now:
        slot = DigestSlot(slot.neighbourhood, slot.meeting, slot.previous_meeting, now.astimezone(LONDON))
    return slot
