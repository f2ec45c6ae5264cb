import datetime as dt

import pytest

from parsers.dates import find_dates, months_before, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("03/09/2014", dt.date(2014, 9, 3)),
        ("3/9/14", dt.date(2014, 9, 3)),
        ("3.9.14", dt.date(2014, 9, 3)),
        ("03.09.2014", dt.date(2014, 9, 3)),
        ("03-09-2014", dt.date(2014, 9, 3)),
        ("3 Sept 2014", dt.date(2014, 9, 3)),
        ("3 Sep. 2014", dt.date(2014, 9, 3)),
        ("3rd September 2014", dt.date(2014, 9, 3)),
        ("03-Sep-2014", dt.date(2014, 9, 3)),
        ("Wednesday 3 September 2014", dt.date(2014, 9, 3)),
        ("September 3, 2014", dt.date(2014, 9, 3)),
        ("2014-09-03", dt.date(2014, 9, 3)),
        ("(DOB 22nd November 2020)", dt.date(2020, 11, 22)),
        ("d.o.b. 15.11.19)", dt.date(2019, 11, 15)),
        ("the 4th of March 2015", dt.date(2015, 3, 4)),
        ("The 21st of January 2026", dt.date(2026, 1, 21)),
        ("04.03.26", dt.date(2026, 3, 4)),
        ("14-Feb-2011", dt.date(2011, 2, 14)),
        ("28/2/19", dt.date(2019, 2, 28)),
        ("28 Apr 2026", dt.date(2026, 4, 28)),
        ("29th February 2024", dt.date(2024, 2, 29)),
        ("Thursday, 2 July 2026", dt.date(2026, 7, 2)),
        ("14th Feb '11", dt.date(2011, 2, 14)),
    ],
)
def test_uk_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["020 3373 9437", "8.45am", "Page 1 of 2", "31/02/2026", "Version 1.2.3"])
def test_not_dates(text):
    assert find_dates(text) == []


def test_day_first_always():
    assert parse_date("04/05/2019") == dt.date(2019, 5, 4)


def test_several_dates_in_order():
    found = find_dates("Started 01/12/2025, updated 6 Jan 2026.")
    assert [f.date for f in found] == [dt.date(2025, 12, 1), dt.date(2026, 1, 6)]


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (dt.date(2026, 2, 23), 6, dt.date(2025, 8, 23)),
        (dt.date(2026, 8, 31), 6, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), 6, dt.date(2025, 7, 15)),
        (dt.date(2024, 8, 31), 6, dt.date(2024, 2, 29)),
    ],
)
def test_months_before_is_calendar_months(day, months, expected):
    assert months_before(day, months) == expected


@pytest.mark.parametrize("text, expected", [
    ("07/Feb/2014", dt.date(2014, 2, 7)),
    ("03.Sep.2015", dt.date(2015, 9, 3)),
    ("DOB 03SEP2015 Female", dt.date(2015, 9, 3)),
    ("2nd\nFebruary 2012", dt.date(2012, 2, 2)),
])
def test_day_month_year_with_any_separator(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["3 Sep15", "2 marches 2015", "version 2.3 Jan 2026"])
def test_near_misses_are_not_dates(text):
    assert parse_date(text) is None
