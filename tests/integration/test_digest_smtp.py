"""`inboxbot digest --send` and `inboxbot schedule --json` through the `inboxbot` entry point,
with the digest delivered to the real SMTP server (aiosmtpd on loopback)."""

from __future__ import annotations

import datetime as dt
import email
import io
import json
from email import policy

import openpyxl
import pytest

from inboxbot.clock import ManualClock
from inboxbot.db import open_database
from inboxbot.cli import main
from inboxbot.models import CaseStatus
from tests.inboxbot.followup_helpers import UTC, new_case

pytestmark = pytest.mark.integration


def run(argv: list[str]) -> int:
    return main(argv)


def write_config(tmp_path, db_url: str, smtp_port: int):
    inboxes = "\n".join(
        f'[inboxes.{n}]\naddress = "{n}NAM@newham.gov.uk"\nmaildir = "{tmp_path}/mail/{n}"\n'
        f'coordinators = ["{n}.coordinator@newham.gov.uk"]\n'
        for n in ("east", "west", "central", "south")
    )
    path = tmp_path / "inboxbot.toml"
    path.write_text(f'''
[database]
url = "{db_url}"
[smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
from = "Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>"
[senders]
allowed_domains = ["newham.gov.uk"]
partner_domains = ["newham.sch.uk", "nhs.net"]
{inboxes}
[replies]
templates_dir = "{__import__('pathlib').Path(__file__).resolve().parents[2] / 'templates'}"
[followups]
reminder_days_before = 14
[followups.meetings.east]
first = 2026-09-15
time = "10:00"
''')
    return path


def seed(db_url: str) -> None:
    """A small fictional case log for east (and one west case that must not appear)."""
    db = open_database(db_url)
    clock = ManualClock(dt.datetime(2026, 7, 1, 12, tzinfo=UTC))
    with db.transaction() as s:
        new_case(s, clock.now(), family="Overdew", transition=dt.date(2026, 6, 29))  # review overdue
        clock.set(dt.datetime(2026, 9, 30, 12, tzinfo=UTC))
        new_case(s, clock.now(), family="Newcombe", transition=dt.date(2026, 9, 28))  # new since last meeting
        clock.set(dt.datetime(2026, 10, 1, 12, tzinfo=UTC))
        new_case(s, clock.now(), family="Waites", status=CaseStatus.AWAITING_INFORMATION,
                 missing=("consent", "smart_plan"), transition=None)
        new_case(s, clock.now(), family="Westerly", neighbourhood="west")
    db.dispose()


def test_digest_sent_through_the_real_smtp_server(tmp_path, smtp_server, capsys):
    url = f"sqlite:///{tmp_path}/inboxbot.db"
    seed(url)
    config = write_config(tmp_path, url, smtp_server.port)
    at = "2026-10-12T09:00"  # Monday, the working day before Tuesday 13 October's meeting

    assert run(["digest", "--config", str(config), "--neighbourhood", "east", "--send", "--at", at]) == 0
    (received,) = smtp_server.wait_for(1, timeout=10)
    assert received.rcpt_tos == ("east.coordinator@newham.gov.uk",)
    msg = email.message_from_bytes(received.data, policy=policy.default)
    assert msg["Subject"] == "NAM digest – East – meeting 13 Oct 2026, 10:00"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Inboxbot-Digest"] == "digest:east:2026-10-13"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "EH-000002 (Newcombe) - pathway 1 - Kestrel Way Primary School" in text
    assert "EH-000003 (Waites) - 11 days waiting - missing: consent, smart plan - chased" in text
    assert "EH-000001 (Overdew) - Kestrel Way Primary School - was due 10 Aug 2026 (63 days overdue)" in text
    assert "Westerly" not in text and "EH-000004" not in text
    assert "<td>EH-000001 (Overdew)</td>" in html
    for body in (text, html):
        assert "Amara" not in body and "2015-03-09" not in body  # no child names or DOBs

    attachments = {p.get_filename(): p for p in msg.iter_attachments()}
    assert set(attachments) == {"case-log-east-2026-10-13.csv", "case-log-east-2026-10-13.xlsx"}
    csv_text = attachments["case-log-east-2026-10-13.csv"].get_content()
    assert csv_text.splitlines()[0].lstrip("\ufeff").startswith("reference,family,neighbourhood")
    assert "Amara" not in csv_text and "EH-000004" not in csv_text
    wb = openpyxl.load_workbook(io.BytesIO(attachments["case-log-east-2026-10-13.xlsx"].get_content()))
    refs = [row[0].value for row in wb.active.iter_rows(min_row=2)]
    assert refs == ["EH-000001", "EH-000002", "EH-000003"]

    # Sent once per meeting: a second --send (or the scheduled job) sends nothing.
    assert run(["digest", "--config", str(config), "--neighbourhood", "east", "--send", "--at", at]) == 1
    assert len(smtp_server.messages) == 1

    # The schedule now lists the next digest (meeting 27 Oct, after the clocks go back) and
    # the follow-ups, as JSON lines.
    capsys.readouterr()
    assert run(["schedule", "--config", str(config), "--json", "--at", "2026-10-12T09:05"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    digest = [item for item in lines if item["what"] == "digest"]
    assert digest == [{"case": None, "what": "digest", "due": "2026-10-26T09:00:00+00:00",
                       "to": ["east.coordinator@newham.gov.uk"], "neighbourhood": "east"}]
    by_case = {(i["case"], i["what"]): i for i in lines if i["case"]}
    assert by_case[("EH-000002", "taf_reminder")]["due"] == "2026-10-26T09:00:00+00:00"
    assert by_case[("EH-000002", "taf_reminder")]["to"] == ["p.example@kestrelway.newham.sch.uk"]
    assert by_case[("EH-000001", "taf_due")]["due"] == "2026-10-12T09:05:00+01:00"  # overdue: at once
    assert by_case[("EH-000003", "chaser")]["to"] == ["sw.one@newham.gov.uk"]


def test_preview_prints_html_and_sends_nothing(tmp_path, smtp_server, capsys):
    url = f"sqlite:///{tmp_path}/inboxbot.db"
    seed(url)
    config = write_config(tmp_path, url, smtp_server.port)
    assert run(["digest", "-c", str(config), "-n", "east", "--at", "2026-10-12T09:00"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "EH-000002 (Newcombe)" in out
    assert run(["digest", "-c", str(config), "-n", "east", "--preview", "--text", "--at", "2026-10-12T09:00"]) == 0
    assert "NEW STEP-DOWNS SINCE THE LAST MEETING (2)" in capsys.readouterr().out
    assert smtp_server.messages == []
