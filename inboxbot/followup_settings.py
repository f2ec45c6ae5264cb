"""Follow-up and digest settings: the `[followups]` table of the service's TOML config.

Typed, frozen values; `parse_followups` validates the table once, at load, with
errors that name the key (the same `ConfigError` as the rest of the config).

```toml
[followups]
reminder_days_before = 14        # the lead practitioner's first reminder, before the review is due
next_review_weeks = 6            # when a TAF review gives no next-review date (0 = no reminder)
chaser_working_days = 5          # a query still unanswered after this many working days: one chaser
flag_working_days = 5            # ... and after this many more it is flagged in the digest
return_window_months = 3         # guidance 2.3 note ***: back to the social worker within 3 months
send_time = "09:00"              # Europe/London, for every reminder and chaser
closure_days = []                # council closure days counted like bank holidays, ISO dates

[followups.digest]
working_days_before = 1          # the digest goes this many working days before the meeting ...
time = "09:00"                   # ... at this time
identify_by = "surname"          # "surname": case ref and family surname; "ref": case ref only
attach = ["csv", "xlsx"]

[followups.meetings.east]        # one table per neighbourhood with a NAM meeting
first = 2026-09-08               # the first meeting's date
time = "10:00"
every_days = 14
```

The first TAF review interval is the replies' `first_taf_review_weeks` (the acknowledgement
already quotes that due date, so the reminders must agree with it); recipients' domains are
`[senders] allowed_domains` and `partner_domains`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from inboxbot.config import _Table

IdentifyBy = Literal["surname", "ref"]


@dataclass(frozen=True)
class MeetingSchedule:
    """A neighbourhood's fortnightly NAM meeting: the first one, and the interval."""

    first: date
    time: time = time(10, 0)
    every_days: int = 14


@dataclass(frozen=True)
class DigestSettings:
    working_days_before: int = 1
    time: time = time(9, 0)
    identify_by: IdentifyBy = "surname"
    attach: tuple[str, ...] = ("csv", "xlsx")


@dataclass(frozen=True)
class FollowupSettings:
    first_review_weeks: int = 6  # guidance 2.2 step 8; filled from [replies] first_taf_review_weeks
    reminder_days_before: int = 14
    next_review_weeks: int = 6
    chaser_working_days: int = 5
    flag_working_days: int = 5
    return_window_months: int = 3
    send_time: time = time(9, 0)
    closure_days: frozenset[date] = frozenset()
    digest: DigestSettings = DigestSettings()
    meetings: dict[str, MeetingSchedule] = field(default_factory=dict)


def _time(table: _Table, name: str, default: time) -> time:
    text = table.str(name, default.strftime("%H:%M"))
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        from inboxbot.config import ConfigError

        raise ConfigError(table.k(name), f'expected a time "HH:MM", got {text!r}') from None


def _date(table: _Table, name: str, value: Any) -> date:
    from inboxbot.config import ConfigError

    # TOML has a date type; a quoted ISO string is accepted as well.
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(table.k(name), f"expected a date (YYYY-MM-DD), got {value!r}")


def parse_followups(table: _Table | None, *, first_review_weeks: int = 6) -> FollowupSettings:
    """Validate the `[followups]` table (the config loader's `_Table`) into settings.

    `table` may be None when the file has no `[followups]` table: the defaults apply.
    """
    # Imported here, not at the top: inboxbot.config imports this module to parse the table.
    from inboxbot.config import NEIGHBOURHOODS, ConfigError

    d = FollowupSettings()
    if table is None:
        return FollowupSettings(first_review_weeks=first_review_weeks)
    closure_raw = table._get("closure_days", False) or []
    if not isinstance(closure_raw, list):
        raise ConfigError(table.k("closure_days"), "expected a list of dates")
    closure = frozenset(_date(table, f"closure_days[{i}]", v) for i, v in enumerate(closure_raw))

    digest = DigestSettings()
    dt = table.table("digest")
    if dt is not None:
        attach = dt.strs("attach", digest.attach)
        for i, kind in enumerate(attach):
            if kind not in ("csv", "xlsx"):
                raise ConfigError(f"{dt.k('attach')}[{i}]", f"must be csv or xlsx, got {kind!r}")
        digest = DigestSettings(
            working_days_before=dt.int("working_days_before", digest.working_days_before, min=0, max=10),
            time=_time(dt, "time", digest.time),
            identify_by=dt.choice("identify_by", ("surname", "ref"), digest.identify_by),
            attach=attach,
        )
        dt.done()

    meetings: dict[str, MeetingSchedule] = {}
    mt = table.table("meetings")
    if mt is not None:
        for name in list(mt.data):
            if name not in NEIGHBOURHOODS:
                raise ConfigError(mt.k(name), f"meetings are per neighbourhood: {', '.join(NEIGHBOURHOODS)}")
            t = mt.table(name)
            assert t is not None
            meetings[name] = MeetingSchedule(
                first=_date(t, "first", t._get("first", True)),
                time=_time(t, "time", MeetingSchedule.time),
                every_days=t.int("every_days", 14, min=1, max=366),
            )
            t.done()
        mt.done()

    settings = FollowupSettings(
        first_review_weeks=first_review_weeks,
        reminder_days_before=table.int("reminder_days_before", d.reminder_days_before, min=0, max=60),
        next_review_weeks=table.int("next_review_weeks", d.next_review_weeks, min=0, max=52),
        chaser_working_days=table.int("chaser_working_days", d.chaser_working_days, min=1, max=60),
        flag_working_days=table.int("flag_working_days", d.flag_working_days, min=1, max=60),
        return_window_months=table.int("return_window_months", d.return_window_months, min=1, max=24),
        send_time=_time(table, "send_time", d.send_time),
        closure_days=closure,
        digest=digest,
        meetings=meetings,
    )
    table.done()
    return settings
