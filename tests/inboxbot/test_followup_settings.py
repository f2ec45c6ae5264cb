"""The `[followups]` table: validated at load, errors naming the key."""

from datetime import date, time

import pytest

from inboxbot.config import ConfigError, load_config

BASE = """
[database]
url = "sqlite:///var/x.db"
[smtp]
from = "EHPT <earlyhelppartnershipteam@newham.gov.uk>"
[senders]
allowed_domains = ["newham.gov.uk"]
[inboxes.east]
address = "eastNAM@newham.gov.uk"
maildir = "demo/mail/east"
coordinators = ["east.coordinator@newham.gov.uk"]
[replies]
first_taf_review_weeks = 5
"""


def load(tmp_path, extra):
    p = tmp_path / "c.toml"
    p.write_text(BASE + extra)
    config = load_config(p)
    return config, config.followups


def test_defaults_and_the_first_review_interval_shared_with_the_acknowledgement(tmp_path):
    config, s = load(tmp_path, "")
    assert config.inboxes["east"].coordinators == ("east.coordinator@newham.gov.uk",)
    assert (s.first_review_weeks, s.reminder_days_before, s.chaser_working_days, s.meetings) == (5, 14, 5, {})


def test_full_table(tmp_path):
    _, s = load(tmp_path, """
[followups]
reminder_days_before = 10
next_review_weeks = 0
chaser_working_days = 3
flag_working_days = 4
send_time = "08:30"
closure_days = [2026-12-29, "2026-12-30"]
[followups.digest]
working_days_before = 2
time = "07:45"
identify_by = "ref"
attach = ["xlsx"]
[followups.meetings.east]
first = 2026-09-15
time = "13:30"
every_days = 14
""")
    assert (s.reminder_days_before, s.next_review_weeks, s.chaser_working_days, s.flag_working_days) == (10, 0, 3, 4)
    assert s.send_time == time(8, 30)
    assert s.closure_days == frozenset({date(2026, 12, 29), date(2026, 12, 30)})
    assert (s.digest.working_days_before, s.digest.time, s.digest.identify_by, s.digest.attach) == (
        2, time(7, 45), "ref", ("xlsx",))
    assert s.meetings["east"].first == date(2026, 9, 15) and s.meetings["east"].time == time(13, 30)


@pytest.mark.parametrize("extra, key", [
    ("[followups]\nreminder_day_before = 3\n", "followups.reminder_day_before"),
    ('[followups]\nsend_time = "9am"\n', "followups.send_time"),
    ("[followups.meetings.north]\nfirst = 2026-09-15\n", "followups.meetings.north"),
    ("[followups.meetings.east]\ntime = \"10:00\"\n", "followups.meetings.east.first"),
    ('[followups.digest]\nidentify_by = "name"\n', "followups.digest.identify_by"),
    ('[followups.digest]\nattach = ["pdf"]\n', "followups.digest.attach[0]"),
    ('[followups]\nclosure_days = ["29/12/2026"]\n', "followups.closure_days[0]"),
])
def test_errors_name_the_key(tmp_path, extra, key):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, extra)
    assert err.value.key == key
