"""Follow-ups driven by the real daemon: corpus emails in real Maildirs, the real checker, the
manual clock, and the daemon's own `FollowupScheduler` (its `on_case_changed` is a case hook,
run right after `store.apply_case_change`, in the same transaction)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest

from inboxbot.clock import LONDON, ManualClock
from inboxbot.daemon import Daemon
from inboxbot.db import open_database
from inboxbot.models import Case
from tests.inboxbot.corpus_mail import CORPUS, corpus, with_headers
from tests.inboxbot.test_daemon import cfg, deliver, sent  # noqa: F401  (cfg is a fixture)

UTC = dt.timezone.utc
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


def followup_jobs(followups):
    """The case follow-up jobs (the embedded config's NAM digests are scheduled too)."""
    return {j.id: j.next_run_time for j in followups.aps.get_jobs() if j.id.startswith("followup:")}


def test_acknowledged_case_reminded_then_a_taf_review_reply_cancels_and_reschedules(cfg, caplog):
    caplog.set_level(logging.INFO)
    clock = ManualClock(dt.datetime(2026, 3, 12, 10, 30, tzinfo=UTC))
    db = open_database(cfg.database.url)
    for inbox in cfg.inboxes.values():
        Path(inbox.maildir).parent.mkdir(parents=True, exist_ok=True)
    d = Daemon(cfg, db, clock=clock)
    followups = d.followups
    followups.start(paused=True)
    for m in d.mailboxes.values():
        m.connect()
    try:
        # A complete pathway-3 submission (closure letter dated Mon 9 Mar 2026): acknowledged,
        # the first TAF review due Mon 20 Apr; the reminder 14 days before falls on Easter
        # Monday, so it goes on Thursday 2 April.
        deliver(cfg, "central", corpus("0097"))
        d.process_once(clock.now())
        [ack] = sent(cfg)
        with db.sessions() as s:
            case = s.query(Case).one()
            assert (case.ref, case.status, case.taf_review_due) == ("EH-000001", "acknowledged", dt.date(2026, 4, 20))
        jobs = followup_jobs(followups)
        assert jobs == {
            "followup:taf_reminder:EH-000001:2026-04-20": dt.datetime(2026, 4, 2, 9, 0, tzinfo=LONDON),
            "followup:taf_due:EH-000001:2026-04-20": dt.datetime(2026, 4, 20, 9, 0, tzinfo=LONDON),
            "followup:taf_overdue:EH-000001:2026-04-20": dt.datetime(2026, 4, 21, 9, 0, tzinfo=LONDON),
        }

        # Thursday 2 April, 09:00 BST: the reminder goes to the lead practitioner (a school).
        clock.set(dt.datetime(2026, 4, 2, 8, 0, tzinfo=UTC))
        assert followups.run_due() == ["followup:taf_reminder:EH-000001:2026-04-20"]
        d.send_outbox(clock.now())
        reminder = [m for m in sent(cfg) if m["X-Inboxbot-Followup"]][0]
        assert reminder["To"] == "a.akintola@whitethorn.newham.sch.uk"
        assert reminder["Subject"].startswith("[EH-000001] TAF review due 20 Apr 2026")
        assert reminder["In-Reply-To"] is None and reminder["Auto-Submitted"] == "auto-generated"

        # The lead practitioner answers the reminder with the TAF review (a corpus review,
        # held 30 March, next review 8 June), keeping the reference in the subject.
        clock.set(dt.datetime(2026, 4, 2, 12, 0, tzinfo=UTC))
        review = with_headers(corpus("0063"), Subject="Re: " + reminder["Subject"], To="centralNAM@newham.gov.uk")
        deliver(cfg, "central", review)
        d.process_once(clock.now())
        with db.sessions() as s:
            case = s.query(Case).one()
            assert (case.last_taf_review, case.taf_review_due) == (dt.date(2026, 3, 30), dt.date(2026, 6, 8))
        # The reminders for 20 April are gone; those for 8 June are planned (the 14-days-before
        # reminder would fall on the Spring bank holiday, 25 May, so it goes on Friday 22 May).
        jobs = followup_jobs(followups)
        assert jobs == {
            "followup:taf_reminder:EH-000001:2026-06-08": dt.datetime(2026, 5, 22, 9, 0, tzinfo=LONDON),
            "followup:taf_due:EH-000001:2026-06-08": dt.datetime(2026, 6, 8, 9, 0, tzinfo=LONDON),
            "followup:taf_overdue:EH-000001:2026-06-08": dt.datetime(2026, 6, 9, 9, 0, tzinfo=LONDON),
        }
        clock.set(dt.datetime(2026, 4, 21, 12, 0, tzinfo=UTC))
        assert followups.run_due() == []
        assert len(sent(cfg)) == 2  # the acknowledgement and the one reminder: no reply to the review

        # Nothing personal in the log at INFO and above: no child names or dates of birth.
        for label in ("0097", "0063"):
            for child in json.loads((CORPUS / f"{label}.json").read_text())["children"]:
                assert child["name"] not in caplog.text
                assert not child["dob"] or child["dob"] not in caplog.text
        assert "queued taf_reminder:EH-000001:2026-04-20" in caplog.text  # cases are named by reference
    finally:
        followups.shutdown()
        for m in d.mailboxes.values():
            m.close()
        db.dispose()
