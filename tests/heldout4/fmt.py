"""Date helpers: the many ways a tired practitioner writes a date."""

from __future__ import annotations

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = [m[:3] for m in MONTHS]
ABBR4 = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt(d: dt.date | str, style: str) -> str:
    """Render a date in one of a dozen house styles."""
    if isinstance(d, str):
        d = D(d)
    m, y = d.month, d.year
    return {
        "slash": f"{d.day:02d}/{m:02d}/{y}",          # 03/09/2014
        "slash_short": f"{d.day}/{m}/{y % 100:02d}",   # 3/9/14
        "dots": f"{d.day}.{m}.{y % 100:02d}",          # 3.9.14
        "dots_long": f"{d.day:02d}.{m:02d}.{y}",       # 03.09.2014
        "long": f"{d.day} {MONTHS[m - 1]} {y}",        # 3 September 2014
        "ord": f"{ordinal(d.day)} {MONTHS[m - 1]} {y}",  # 3rd September 2014
        "ord_of": f"{ordinal(d.day)} of {MONTHS[m - 1]} {y}",
        "abbr": f"{d.day} {ABBR4[m - 1]} {y}",         # 3 Sept 2014
        "dash": f"{d.day:02d}-{ABBR[m - 1]}-{y}",      # 03-Sep-2014
        "iso": d.isoformat(),
        "weekday": f"{DAYS[d.weekday()]} {d.day} {MONTHS[m - 1]} {y}",
        "weekday_ord": f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[m - 1]}",  # no year
    }[style]


def minus_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    m += 1
    day = d.day
    while True:
        try:
            return dt.date(y, m, day)
        except ValueError:
            day -= 1


def is_recent(assessment: str, reference: str) -> bool:
    """Written or updated on or after the reference date minus six calendar months."""
    return D(assessment) >= minus_months(D(reference), 6)


def margin_days(assessment: str, reference: str) -> int:
    return abs((D(assessment) - minus_months(D(reference), 6)).days)


def rfc2822(d: str, hhmm: str) -> str:
    """Email Date header for a UK date and local time (BST from late March to late October)."""
    day = D(d)
    h, mi = map(int, hhmm.split(":"))
    bst = dt.date(day.year, 3, 29) <= day <= dt.date(day.year, 10, 24)
    when = dt.datetime(day.year, day.month, day.day, h, mi, 7 + day.day,
                       tzinfo=dt.timezone(dt.timedelta(hours=1 if bst else 0)))
    return when.strftime("%a, %d %b %Y %H:%M:%S %z")


def sent_line(d: str, hhmm: str) -> str:
    """How Outlook prints 'Sent:' in a quoted header block."""
    day = D(d)
    return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} {hhmm}"
