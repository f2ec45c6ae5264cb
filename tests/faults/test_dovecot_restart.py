"""Restart Dovecot (SIGTERM to the server: every IMAP session gets BYE) at seeded random moments
while the daemon works through a backlog, and once keep it down for a while.

Afterwards the same invariants as after SIGKILL hold (tests/faults/invariants.py); the figures go
to var/faults/dovecot_restart.json. Scale with INBOXBOT_FAULTS_SMALL_EMAILS (default 60).
"""

from __future__ import annotations

import random
import time

import pytest

from tests.faults.backlog import build_backlog, env_int

pytestmark = [pytest.mark.faults, pytest.mark.integration]

EMAILS = env_int("INBOXBOT_FAULTS_SMALL_EMAILS", 60)
SEED = env_int("INBOXBOT_FAULTS_SEED", 20250514)
RESTARTS = 3
OUTAGE_SECONDS = 6.0


def test_dovecot_restarts_and_outage_mid_run(dovecot, smtp_server, corpus, scenario):
    rng = random.Random(SEED + 1)
    emails = build_backlog(EMAILS, SEED + 1, corpus)
    sc = scenario("dovecot_restart", dovecot, smtp_server, emails)
    sc.deliver()
    sc.start()
    try:
        for _ in range(RESTARTS):
            time.sleep(rng.uniform(0.5, 2.5))
            before = len(smtp_server.messages)
            dovecot.restart()
            sc.dovecot_restarts += 1
            sc.note(f"Dovecot restarted ({before} message(s) at the SMTP server)")
        time.sleep(rng.uniform(0.5, 1.5))
        dovecot.stop()
        sc.note(f"Dovecot stopped for {OUTAGE_SECONDS:.0f}s")
        time.sleep(OUTAGE_SECONDS)
    finally:
        dovecot.start()  # a session-scoped server: never leave it down for the next test
    sc.dovecot_restarts += 1
    sc.note("Dovecot started again")
    drained = sc.drain(timeout=60 + 2.0 * len(emails))
    sc.stop()
    verdict = sc.verdict(drained=drained, figures={"seed": SEED + 1, "outage_seconds": OUTAGE_SECONDS})
    verdict.publish()
    assert not verdict.problems, verdict.report()
