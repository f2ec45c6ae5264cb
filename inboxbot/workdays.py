"""Working days: weekdays that are not England & Wales bank holidays.

Wherever a follow-up rule speaks of working days (the chaser after N working
days, the digest "the working day before" the NAM meeting) it counts with a
`WorkingCalendar`. The bank holidays come from the `holidays` package's
England subdivision, which England and Wales share; the council's own closure
days (e.g. between Christmas and New Year) can be added in config.

Pure: no clock is read here; every function takes the dates it works on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # England's list is the one that applies to Newham; Wales has the same days.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


@dataclass(frozen=True)
class WorkingCalendar:
    """Which days count as working days.

    `closure_days` are extra non-working days the service should treat like
    bank holidays (set under `[followups] closure_days` in the config).
    """

    closure_days: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def england(cls, closure_days: Iterable[date] = ()) -> WorkingCalendar:
        """The calendar for England & Wales, plus any local closure days."""
        return cls(frozenset(closure_days))

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday, and neither a bank holiday nor a closure day."""
        return (
            day.weekday() < 5
            and day not in _bank_holidays(day.year)
            and day not in self.closure_days
        )

    def add_working_days(self, start: date, n: int) -> date:
        """The date `n` working days after `start` (before it when `n` < 0).

        `start` itself is never counted, whatever day it is: a query sent on
        a Friday afternoon with n=1 is chased on Monday (or Tuesday after a
        bank holiday). With n=0 the result is `start`.
        """
        step = 1 if n >= 0 else -1
        day = start
        remaining = abs(n)
        while remaining:
            day += timedelta(days=step)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_day_on_or_before(self, day: date) -> date:
        """`day` if it is a working day, else the last working day before it."""
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day

    def working_day_on_or_after(self, day: date) -> date:
        """`day` if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days fall after `start` up to and including `end`.

        The inverse of `add_working_days` for `end` >= `start`; 0 otherwise.
        """
        count = 0
        day = start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count
