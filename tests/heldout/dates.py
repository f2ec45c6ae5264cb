"""Date formatting in the ways different workers write dates."""

from __future__ import annotations

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def fmt(iso: str, style: str = "long") -> str:
    x = d(iso)
    m = MONTHS[x.month - 1]
    return {
        "long": f"{x.day} {m} {x.year}",
        "ordinal_of": f"the {_ord(x.day)} of {m} {x.year}",
        "ordinal": f"{_ord(x.day)} {m} {x.year}",
        "dots": f"{x.day:02d}.{x.month:02d}.{x.year % 100:02d}",
        "us": f"{m} {x.day}, {x.year}",
        "slash": f"{x.day:02d}/{x.month:02d}/{x.year}",
        "short_slash": f"{x.day}/{x.month}/{x.year}",
        "day_long": f"{x.strftime('%A')} {_ord(x.day)} {m} {x.year}",
        "dash_mon": f"{x.day:02d}-{m[:3]}-{x.year}",
        "mon_short": f"{x.day} {m[:3]} {x.year}",
        "iso": iso,
    }[style]


def add_days(iso: str, n: int) -> str:
    return (d(iso) + dt.timedelta(days=n)).isoformat()


def minus_months(iso: str, n: int) -> dt.date:
    x = d(iso)
    y, mo = x.year, x.month - n
    while mo < 1:
        mo += 12
        y -= 1
    import calendar
    return dt.date(y, mo, min(x.day, calendar.monthrange(y, mo)[1]))


def rfc2822(iso: str, hhmm: str = "10:15") -> str:
    x = d(iso)
    h, mi = hhmm.split(":")
    t = dt.datetime(x.year, x.month, x.day, int(h), int(mi), 7)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")
