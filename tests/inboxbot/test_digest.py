"""The NAM digest's content, checked against a seeded (fictional) case log."""

import csv
import io
from dataclasses import replace
from datetime import date, datetime, time, timezone
from pathlib import Path

import openpyxl

from inboxbot.followup_mail import template_env
from inboxbot.followup_settings import DigestSettings, FollowupSettings, MeetingSchedule
from inboxbot.followups import CaseFacts, FollowupPolicy, Recipients
from inboxbot.digest import build_digest, case_log_csv, case_log_rows, case_log_xlsx, render_digest
from inboxbot.meetings import next_digest

UTC = timezone.utc
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
SETTINGS = FollowupSettings(meetings={"east": MeetingSchedule(date(2026, 9, 15), time(10, 0), 14)})
POLICY = FollowupPolicy.build(SETTINGS, Recipients(("newham.gov.uk",), ("newham.sch.uk",),
                                                   {"east": ("east.coordinator@newham.gov.uk",)}))
NOW = datetime(2026, 10, 12, 8, 0, tzinfo=UTC)  # Monday 12 Oct, 09:00 BST: the digest's moment


def at(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=UTC)


def case(ref, family, **kw):
    base = dict(ref=ref, neighbourhood="east", state="complete", family=family, pathway="1",
                lead_agency="Kestrel Way Primary School", lead_practitioner_name="Pat Example",
                lead_practitioner_email="p.example@kestrelway.newham.sch.uk", worker_email="sw@newham.gov.uk")
    base.update(kw)
    return CaseFacts(**base)


CASES = [
    case("EH-000201", "Alpha", received_at=at(2026, 9, 30), transition_date=date(2026, 9, 28)),
    case("EH-000202", "Bravo", state="awaiting_information", pathway="2", lead_agency="Newham 0-19 Health Service",
         received_at=at(2026, 10, 1), last_query_at=at(2026, 10, 1), missing=("consent", "contingency")),
    case("EH-000203", "Charlie", received_at=at(2026, 9, 2), transition_date=date(2026, 9, 1),
         taf_review_due=date(2026, 10, 13)),
    case("EH-000204", "Delta", received_at=at(2026, 7, 1), transition_date=date(2026, 6, 29)),
    case("EH-000205", "Echo", state="awaiting_information", received_at=at(2026, 9, 10),
         last_query_at=at(2026, 9, 10), missing=("consent",)),
    case("EH-000206", "Foxtrot", received_at=at(2026, 7, 21), transition_date=date(2026, 7, 20),
         last_taf_review=date(2026, 10, 5), taf_review_due=date(2026, 11, 30),
         reviews_received_at=(at(2026, 10, 5),)),
    case("EH-000207", "Golf", state="other", status_label="closed", received_at=at(2026, 10, 2)),
    case("EH-000301", "Westonly", neighbourhood="west", received_at=at(2026, 10, 1)),
]


def slot():
    return next_digest("east", SETTINGS.meetings["east"], SETTINGS.digest, POLICY.calendar, NOW)


def test_digest_sections_from_the_case_log():
    d = build_digest(CASES, slot(), POLICY, NOW)
    assert d.slot.meeting.isoformat() == "2026-10-13T10:00:00+01:00"
    assert d.since.isoformat() == "2026-09-29T10:00:00+01:00"
    assert [c.ref for c in d.new_stepdowns] == ["EH-000201", "EH-000202"]
    assert d.by_pathway == (("1", 1), ("2", 1))
    assert d.by_agency == (("Kestrel Way Primary School", 1), ("Newham 0-19 Health Service", 1))
    assert [(c.ref, c.days_waiting, c.chase) for c in d.awaiting] == [
        ("EH-000205", 32, "flagged"), ("EH-000202", 11, "chased")]
    assert [(c.ref, c.review_due) for c in d.reviews_due] == [("EH-000203", date(2026, 10, 13))]
    assert [(c.ref, c.days_overdue) for c in d.reviews_overdue] == [("EH-000204", 63)]
    assert [(c.ref, c.window_end) for c in d.return_window] == [
        ("EH-000206", date(2026, 10, 20)), ("EH-000203", date(2026, 12, 1)), ("EH-000201", date(2026, 12, 28))]
    qa = d.qa
    assert (qa.new_stepdowns, qa.complete_first_time, qa.queried) == (2, 1, 1)
    assert (qa.awaiting_information, qa.flagged, qa.reviews_received) == (2, 1, 1)
    assert (qa.reviews_due_soon, qa.reviews_overdue, qa.in_return_window) == (1, 1, 3)
    assert qa.missing_items == (("consent", 2), ("contingency", 1))


def test_rendered_digest_text_and_html():
    d = build_digest(CASES, slot(), POLICY, NOW)
    w = render_digest(d, template_env(TEMPLATES), "Early Help Partnership Team")
    assert w.subject == "NAM digest – East – meeting 13 Oct 2026, 10:00"
    for text in (w.text, w.html):
        assert "EH-000204 (Delta)" in text
        assert "EH-000205 (Echo)" in text
        assert "Westonly" not in text and "EH-000301" not in text
    assert "63 days overdue" in w.text
    assert "FLAGGED: chased, still no reply" in w.text
    assert "Tuesday 13 October 2026 at 10:00" in w.text
    assert "<td>EH-000203 (Charlie)</td>" in w.html


def test_reference_only_mode_leaves_out_surnames():
    settings = replace(SETTINGS, digest=DigestSettings(identify_by="ref"))
    policy = replace(POLICY, settings=settings)
    d = build_digest(CASES, slot(), policy, NOW)
    w = render_digest(d, template_env(TEMPLATES), "Early Help Partnership Team")
    for family in ("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"):
        assert family not in w.text and family not in w.html
    assert all(r["family"] == "" for r in case_log_rows(CASES, policy))


def test_case_log_attachments_csv_and_xlsx():
    east = [c for c in CASES if c.neighbourhood == "east"]
    evil = replace(east[0], ref="EH-000299", family="=HYPERLINK(\"x\")")
    rows = case_log_rows([*east, evil], POLICY)
    parsed = list(csv.DictReader(io.StringIO(case_log_csv(rows).decode("utf-8-sig"))))
    assert [r["reference"] for r in parsed][:3] == ["EH-000204", "EH-000206", "EH-000203"]
    by_ref = {r["reference"]: r for r in parsed}
    assert by_ref["EH-000203"]["taf_review_due"] == "2026-10-13"
    assert by_ref["EH-000206"]["last_taf_review"] == "2026-10-05"
    assert by_ref["EH-000202"]["missing"] == "consent, contingency"
    assert by_ref["EH-000299"]["family"].startswith("'=")  # not run as a formula by Excel

    wb = openpyxl.load_workbook(io.BytesIO(case_log_xlsx(rows, "East case log", NOW)))
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["reference", "family", "neighbourhood"]
    assert ws.max_row == len(rows) + 1
    assert ws.cell(row=2, column=1).value == "EH-000204"
