"""SIGKILL the daemon at seeded random moments during a backlog, restart it each time.

Afterwards every email is in exactly one filing folder, none is lost, each submission has
exactly one reply and the case log agrees (tests/faults/invariants.py). The figures are printed
(`pytest -s`) and written to var/faults/sigkill.json.

Scale with INBOXBOT_FAULTS_EMAILS (default 300), INBOXBOT_FAULTS_KILLS (default 10) and
INBOXBOT_FAULTS_SEED.
"""

from __future__ import annotations

import random
import time

import pytest

from tests.faults.backlog import build_backlog, env_int
from tests.faults.census import outbox_pending

pytestmark = [pytest.mark.faults, pytest.mark.integration]

EMAILS = env_int("INBOXBOT_FAULTS_EMAILS", 300)
KILLS = env_int("INBOXBOT_FAULTS_KILLS", 10)
SEED = env_int("INBOXBOT_FAULTS_SEED", 20250514)

#: Seconds between a (re)start and the next SIGKILL: short enough that some kills land during
#: start-up and migrations, long enough that the backlog moves on between kills.
KILL_AFTER = (0.5, 6.0)


def test_sigkill_at_random_moments_during_backlog(dovecot, smtp_server, corpus, scenario):
    rng = random.Random(SEED)
    emails = build_backlog(EMAILS, SEED, corpus)
    # A fixed instance name, as one systemd unit on one host would have: the restarted daemon takes
    # its own inbox leases back at once, so the kills land while mail is being processed.
    sc = scenario("sigkill", dovecot, smtp_server, emails, instance="faults-daemon")
    sc.deliver()
    sc.start()
    while sc.daemon.kills < KILLS:
        time.sleep(rng.uniform(*KILL_AFTER))
        left = sc.backlog()
        if left == 0 and outbox_pending(sc.db_url) <= 0:
            sc.note("backlog drained before all kills")
            break
        sc.daemon.kill()
        sc.note(f"SIGKILL #{sc.daemon.kills}: {left} email(s) in the inboxes, "
                f"{len(smtp_server.messages)} message(s) at the SMTP server")
        sc.daemon.start()
    drained = sc.drain(timeout=60 + 2.0 * len(emails))
    sc.stop()
    # A kill between the SMTP server's 250 and the daemon's commit re-sends that one reply, with
    # the same Message-ID (issue 3): at most one per kill.
    verdict = sc.verdict(allowed_identical_resends=sc.daemon.kills, drained=drained,
                         figures={"seed": SEED, "kill_after_seconds": list(KILL_AFTER)})
    verdict.publish()
    assert sc.daemon.kills >= KILLS, f"the backlog drained after {sc.daemon.kills} kill(s); raise INBOXBOT_FAULTS_EMAILS"
    assert not verdict.problems, verdict.report()
