"""Working days: weekends and England & Wales bank holidays skipped."""

from datetime import date

from inboxbot.workdays import WorkingCalendar

CAL = WorkingCalendar.england()


def test_weekends_and_bank_holidays_are_not_working_days():
    assert CAL.is_working_day(date(2026, 4, 2))  # Thursday before Easter
    assert not CAL.is_working_day(date(2026, 4, 3))  # Good Friday
    assert not CAL.is_working_day(date(2026, 4, 4))  # Saturday
    assert not CAL.is_working_day(date(2026, 4, 6))  # Easter Monday
    assert not CAL.is_working_day(date(2026, 12, 28))  # Boxing Day (substitute day)
    assert not CAL.is_working_day(date(2026, 8, 31))  # Late Summer bank holiday (England)


def test_five_working_days_across_easter():
    # Wednesday 1 April 2026 + 5 working days: Thu 2, (Good Friday, weekend, Easter Monday),
    # Tue 7, Wed 8, Thu 9, Fri 10.
    assert CAL.add_working_days(date(2026, 4, 1), 5) == date(2026, 4, 10)
    assert CAL.working_days_between(date(2026, 4, 1), date(2026, 4, 10)) == 5


def test_friday_plus_one_is_monday_and_the_start_day_never_counts():
    assert CAL.add_working_days(date(2026, 10, 23), 1) == date(2026, 10, 26)
    assert CAL.add_working_days(date(2026, 10, 24), 1) == date(2026, 10, 26)  # from a Saturday
    assert CAL.add_working_days(date(2026, 10, 23), 0) == date(2026, 10, 23)


def test_backwards_skips_the_bank_holiday_monday():
    # The working day before Tuesday 7 April 2026 is Thursday 2 April.
    assert CAL.add_working_days(date(2026, 4, 7), -1) == date(2026, 4, 2)
    assert CAL.working_day_on_or_before(date(2026, 4, 6)) == date(2026, 4, 2)
    assert CAL.working_day_on_or_after(date(2026, 4, 3)) == date(2026, 4, 7)


def test_local_closure_days_count_like_bank_holidays():
    cal = WorkingCalendar.england([date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31)])
    # Thu 24 Dec + 1: Fri 25 Christmas, Mon 28 Boxing Day substitute, 29-31 closed, Fri 1 Jan
    # New Year's Day: Monday 4 January 2027.
    assert cal.add_working_days(date(2026, 12, 24), 1) == date(2027, 1, 4)
