"""Time, read at the edge only.

The daemon's core functions take `now` as an argument; the shell gets it from a `Clock`. Tests
(and the follow-ups scheduler's tests) use `ManualClock` to drive time forward deterministically.
All datetimes are timezone-aware UTC; `london_date` gives the date as people in Newham see it.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Protocol
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware (UTC)."""

    def sleep(self, seconds: float) -> None:
        """Wait `seconds` (a manual clock advances instead)."""


class SystemClock:
    """The wall clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))


class ManualClock:
    """A clock that moves only when told to: `advance(hours=2)`, `set(datetime)`. Thread-safe."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        start = start or dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._now

    def set(self, when: dt.datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        with self._lock:
            self._now = when.astimezone(UTC)

    def advance(self, delta: dt.timedelta | None = None, **kwargs: float) -> dt.datetime:
        step = delta if delta is not None else dt.timedelta(**kwargs)
        with self._lock:
            self._now += step
            return self._now

    def sleep(self, seconds: float) -> None:
        self.advance(seconds=max(0.0, seconds))


def london_date(when: dt.datetime) -> dt.date:
    """The calendar date in Newham at instant `when`."""
    return when.astimezone(LONDON).date()


def utc(when: dt.datetime) -> dt.datetime:
    """`when` as aware UTC; naive values (as SQLite returns them) are taken to be UTC already."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
