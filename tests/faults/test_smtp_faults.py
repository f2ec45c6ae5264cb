"""The SMTP server refuses for a while (4xx at MAIL, RCPT and DATA), drops connections, then
refuses with 5xx for a while, while the daemon works through a backlog. A 5xx at MAIL FROM
refuses the whole session: replies are held (not failed) and sent once it ends.

After each: every email filed once, nothing lost, each submission exactly one reply (count by
In-Reply-To at the SMTP server), the case log agrees. A dropped connection after the server stored
the message ("delivered, but the client never heard") may be followed by a re-send of the very
same message (same Message-ID); nothing else may be duplicated. Figures go to
var/faults/smtp_4xx_drop.json and var/faults/smtp_5xx.json.
Scale with INBOXBOT_FAULTS_SMALL_EMAILS (default 60).
"""

from __future__ import annotations

import time

import pytest

from tests.faults.backlog import build_backlog, env_int
from tests.faults.daemonproc import wait_until

pytestmark = [pytest.mark.faults, pytest.mark.integration]

EMAILS = env_int("INBOXBOT_FAULTS_SMALL_EMAILS", 60)
SEED = env_int("INBOXBOT_FAULTS_SEED", 20250514)


def test_smtp_refuses_4xx_then_drops_connections(dovecot, smtp_server, corpus, scenario):
    emails = build_backlog(EMAILS, SEED + 2, corpus)
    sc = scenario("smtp_4xx_drop", dovecot, smtp_server, emails)
    sc.deliver()
    phases = [
        ("451 at MAIL", lambda: smtp_server.refuse(451, seconds=5, stage="MAIL"), 5),
        ("450 at RCPT", lambda: smtp_server.refuse(450, seconds=3, stage="RCPT"), 3),
        ("452 at DATA", lambda: smtp_server.refuse(452, seconds=3, stage="DATA"), 3),
        ("connections dropped at DATA", lambda: smtp_server.drop(seconds=5), 5),
        ("one connection dropped after the message was stored", lambda: smtp_server.drop(count=1, after_store=True), 2),
    ]
    phases[0][1]()  # refusing from the very first reply
    sc.start()
    sc.note(f"SMTP: {phases[0][0]}")
    time.sleep(phases[0][2])
    for what, start, seconds in phases[1:]:
        start()
        sc.note(f"SMTP: {what} ({len(smtp_server.messages)} accepted so far)")
        time.sleep(seconds)
    smtp_server.stop_refusing()
    sc.note("SMTP: healthy again")
    drained = sc.drain(timeout=60 + 2.0 * len(emails))
    sc.stop()
    verdict = sc.verdict(allowed_identical_resends=1, drained=drained, figures={"seed": SEED + 2})
    verdict.publish()
    assert not verdict.problems, verdict.report()


def test_smtp_refuses_5xx_for_a_while(dovecot, smtp_server, corpus, scenario):
    emails = build_backlog(EMAILS, SEED + 3, corpus)
    # The production back-off after a 5xx runs from minutes to hours; seconds here, as for 4xx.
    sc = scenario("smtp_5xx", dovecot, smtp_server, emails, timing={"refused_retry_min": 0.5, "refused_retry_max": 2})
    sc.deliver()
    sc.start()
    if not wait_until(lambda: len(smtp_server.messages) >= 10, 60):
        sc.note("fewer than 10 replies after 60s: refusing anyway")
    smtp_server.refuse(554, seconds=5, stage="MAIL")
    sc.note(f"SMTP: 554 at MAIL for 5s ({len(smtp_server.messages)} accepted so far)")
    time.sleep(5)
    sc.note("SMTP: healthy again")
    drained = sc.drain(timeout=60 + 2.0 * len(emails))
    sc.stop()
    verdict = sc.verdict(drained=drained, figures={"seed": SEED + 3})
    verdict.publish()
    assert not verdict.problems, verdict.report()
