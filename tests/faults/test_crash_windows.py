"""SIGKILL at the exact protocol moments where a crash is most dangerous, found with a TCP tap
(tests/faults/tap.py) that freezes the daemon's connection there:

* after the decision is committed, before the IMAP MOVE is sent;
* after the server executed MOVE, before the daemon heard the answer (and committed "filed");
* without MOVE (Exchange Online): after COPY, before STORE \\Deleted; after STORE, before UID EXPUNGE;
* after the SMTP server stored a reply, before its 250 reached the daemon.

After each: the usual invariants (tests/faults/invariants.py). Figures go to
var/faults/crash_<moment>.json.
"""

from __future__ import annotations

import email
import email.policy
import time

import pytest

from tests.faults.backlog import quick_submissions
from tests.faults.tap import TcpTap

pytestmark = [pytest.mark.faults, pytest.mark.integration]


def _kill_at_the_moment(sc, tap, what: str, allowed_identical_resends: int = 0):  # type: ignore[no-untyped-def]
    sc.deliver()
    sc.start()
    reached = tap.triggered.wait(60)
    assert reached, f"the daemon never reached the moment: {what}\n{sc.daemon.log_text()[-3000:]}"
    time.sleep(0.3)
    sc.daemon.kill()
    sc.note(f"SIGKILL {what}")
    sc.daemon.start()
    drained = sc.drain(timeout=60)
    sc.stop()
    verdict = sc.verdict(allowed_identical_resends=allowed_identical_resends, drained=drained,
                         figures={"moment": what})
    verdict.publish()
    return verdict


@pytest.fixture
def imap_tap(request):  # type: ignore[no-untyped-def]
    server = request.getfixturevalue(request.param)
    tap = TcpTap(server.host, server.port)
    tap.start()
    yield server, tap
    tap.stop()


@pytest.mark.parametrize("imap_tap", ["dovecot"], indirect=True)
def test_kill_after_decision_before_move(imap_tap, smtp_server, corpus, scenario):
    dovecot, tap = imap_tap
    tap.hold_request(rb"UID MOVE ")
    sc = scenario("crash_before_move", dovecot, smtp_server, quick_submissions(corpus, 1), imap_port=tap.port)
    verdict = _kill_at_the_moment(sc, tap, "after the decision commit, before MOVE")
    assert not verdict.problems, verdict.report()


@pytest.mark.parametrize("imap_tap", ["dovecot"], indirect=True)
def test_kill_after_move_before_its_answer(imap_tap, smtp_server, corpus, scenario):
    dovecot, tap = imap_tap
    tap.hold_reply(rb"UID MOVE ")
    sc = scenario("crash_after_move", dovecot, smtp_server, quick_submissions(corpus, 1), imap_port=tap.port)
    verdict = _kill_at_the_moment(sc, tap, "after the server moved the email, before the daemon heard")
    assert not verdict.problems, verdict.report()


@pytest.mark.parametrize("imap_tap", ["dovecot_exchange"], indirect=True)
def test_kill_between_copy_and_delete_without_move(imap_tap, smtp_server, corpus, scenario):
    dovecot, tap = imap_tap
    tap.hold_request(rb"UID STORE ")
    sc = scenario("crash_after_copy", dovecot, smtp_server, quick_submissions(corpus, 1), imap_port=tap.port)
    verdict = _kill_at_the_moment(sc, tap, "after COPY, before STORE \\Deleted (no MOVE)")
    assert not verdict.problems, verdict.report()


@pytest.mark.parametrize("imap_tap", ["dovecot_exchange"], indirect=True)
def test_kill_between_delete_flag_and_expunge_without_move(imap_tap, smtp_server, corpus, scenario):
    dovecot, tap = imap_tap
    tap.hold_request(rb"UID EXPUNGE ")
    sc = scenario("crash_before_expunge", dovecot, smtp_server, quick_submissions(corpus, 1), imap_port=tap.port)
    verdict = _kill_at_the_moment(sc, tap, "after STORE \\Deleted, before UID EXPUNGE (no MOVE)")
    assert not verdict.problems, verdict.report()


def test_kill_after_smtp_stored_the_reply_before_250(dovecot, smtp_server, corpus, scenario):
    tap = TcpTap(smtp_server.host, smtp_server.port)
    tap.start()
    try:
        tap.hold_reply(rb"\r\n\.\r\n$")
        sc = scenario("crash_after_smtp_data", dovecot, smtp_server, quick_submissions(corpus, 1), smtp_port=tap.port)
        verdict = _kill_at_the_moment(sc, tap, "after the SMTP server stored the reply, before its 250",
                                      allowed_identical_resends=1)
    finally:
        tap.stop()
    assert not verdict.problems, verdict.report()
    # Issue 3: the re-send after such a crash is the very same message.
    replies = [m.data for m in smtp_server.messages
               if email.message_from_bytes(m.data, policy=email.policy.compat32)["X-Inboxbot-Case"]]
    assert len(replies) == 2 and replies[0] == replies[1], "the re-send differs from the first send"


def test_three_kills_while_the_same_email_is_read(dovecot, smtp_server, corpus, scenario):
    """A daemon killed three times while it reads one slow email (a scanned closure letter that
    needs OCR): once it runs undisturbed, that submission still gets its one reply. The kills
    come from outside (a deploy, the OOM killer, a host reboot); the email did nothing wrong."""
    scanned = [c for c in corpus if c.kind == "submission" and c.sender.endswith("@newham.gov.uk")
               and "scanned" in c.label.get("notes", "") and c.label.get("pathway") in ("1", "2", "3")]
    email_ = quick_submissions(scanned, 1)
    tap = TcpTap(dovecot.host, dovecot.port)
    tap.start()
    try:
        sc = scenario("crash_while_reading", dovecot, smtp_server, email_, imap_port=tap.port)
        sc.deliver()
        for k in range(3):
            tap.watch(rb"BODY\.PEEK\[\]")
            sc.start() if k == 0 else sc.daemon.start()
            assert tap.triggered.wait(60), "the daemon never fetched the email"
            time.sleep(1.0)  # reading the scanned PDF takes several seconds
            sc.daemon.kill()
            sc.note(f"SIGKILL #{k + 1} while the email is being read")
        sc.daemon.start()
        drained = sc.drain(timeout=120)
        sc.stop()
    finally:
        tap.stop()
    verdict = sc.verdict(drained=drained, figures={"moment": "three kills while one email is read"})
    verdict.publish()
    assert not verdict.problems, verdict.report()
