"""The fortnightly NAM meeting calendar and the digest's sending time."""

from datetime import date, datetime, time, timezone

from inboxbot.clock import LONDON
from inboxbot.followup_settings import DigestSettings, MeetingSchedule
from inboxbot.meetings import current_slot, meeting_on_or_after, next_digest
from inboxbot.workdays import WorkingCalendar

UTC = timezone.utc
CAL = WorkingCalendar.england()
DIGEST = DigestSettings()
# Tuesdays, fortnightly from 24 March 2026, at 10:00.
EAST = MeetingSchedule(first=date(2026, 3, 24), time=time(10, 0), every_days=14)


def test_meetings_every_fortnight_from_the_first():
    assert meeting_on_or_after(EAST, date(2026, 1, 1)) == date(2026, 3, 24)
    assert meeting_on_or_after(EAST, date(2026, 3, 24)) == date(2026, 3, 24)
    assert meeting_on_or_after(EAST, date(2026, 3, 25)) == date(2026, 4, 7)


def test_digest_the_working_day_before_at_nine_across_the_clock_change_and_easter():
    slot = next_digest("east", EAST, DIGEST, CAL, datetime(2026, 3, 20, tzinfo=UTC))
    # Meeting Tue 24 Mar (GMT); digest Mon 23 Mar 09:00 GMT.
    assert slot.meeting.isoformat() == "2026-03-24T10:00:00+00:00"
    assert slot.send_at.isoformat() == "2026-03-23T09:00:00+00:00"
    assert slot.previous_meeting.isoformat() == "2026-03-10T10:00:00+00:00"
    assert slot.key == "digest:east:2026-03-24"
    # The next: meeting Tue 7 Apr (BST) after Good Friday and Easter Monday -> Thu 2 Apr 09:00 BST.
    after = next_digest("east", EAST, DIGEST, CAL, datetime(2026, 3, 24, 10, 0, 1, tzinfo=UTC))
    assert after.meeting.isoformat() == "2026-04-07T10:00:00+01:00"
    assert after.send_at.isoformat() == "2026-04-02T09:00:00+01:00"
    assert after.previous_meeting == slot.meeting


def test_a_sent_digest_moves_on_to_the_next_meeting():
    now = datetime(2026, 3, 23, 9, 5, tzinfo=UTC)
    assert next_digest("east", EAST, DIGEST, CAL, now).key == "digest:east:2026-03-24"
    nxt = next_digest("east", EAST, DIGEST, CAL, now, sent={"digest:east:2026-03-24"})
    assert nxt.key == "digest:east:2026-04-07"


def test_late_digest_goes_at_once_before_the_meeting_but_never_after_it_started():
    late = datetime(2026, 3, 23, 15, 0, tzinfo=UTC)  # the service was down at 09:00
    slot = next_digest("east", EAST, DIGEST, CAL, late)
    assert slot.key == "digest:east:2026-03-24" and slot.send_at == late.astimezone(LONDON)
    started = datetime(2026, 3, 24, 10, 30, tzinfo=UTC)
    assert current_slot("east", EAST, DIGEST, CAL, started).key == "digest:east:2026-04-07"
