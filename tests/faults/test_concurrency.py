"""Four inbox threads opening PDFs at the same moment: the daemon must not crash.

Each NAM inbox has its own thread, so PDFs from different inboxes are parsed at the same time,
most of all just after a (re)start with mail waiting in every inbox: all four threads reach
their first PDF together. Each round here puts one corpus submission with PDFs in every inbox,
starts the daemon, lets it drain and stops it. Afterwards the usual invariants hold and the
daemon never exited by itself (a crash is restarted and counted; PYTHONFAULTHANDLER puts every
thread's Python stack in the log). Figures: var/faults/concurrent_pdfs.json.
"""

from __future__ import annotations

import pytest

from tests.faults.backlog import HOODS, BacklogEmail, addressed_to, append_all, copy_message_id, set_headers

pytestmark = [pytest.mark.faults, pytest.mark.integration]

ROUNDS = 10


def pdf_submissions(corpus, n: int) -> list[BacklogEmail]:  # type: ignore[no-untyped-def]
    """`n` corpus submissions with PDF attachments, dealt to the inboxes in turn, each with its own
    Message-ID (so none is a duplicate of another)."""
    subs = [c for c in corpus if c.kind == "submission" and c.sender.endswith("@newham.gov.uk")
            and any(d["filename"].lower().endswith(".pdf") for d in c.label.get("documents", []))]
    subs.sort(key=lambda c: len(c.raw))
    out = []
    for i in range(n):
        c = subs[i % len(subs)]
        hood = HOODS[i % len(HOODS)]
        mid = copy_message_id(c.message_id, 200 + i)
        raw = set_headers(addressed_to(c.raw, hood), {"Message-ID": mid})
        out.append(BacklogEmail(i, c.source, 200 + i, hood, mid, c.kind, c.sender, raw))
    return out


def test_pdfs_in_all_four_inboxes_at_start(dovecot, smtp_server, corpus, scenario):
    emails = pdf_submissions(corpus, ROUNDS * len(HOODS))
    sc = scenario("concurrent_pdfs", dovecot, smtp_server, emails)
    drained = True
    for r in range(ROUNDS):
        append_all(dovecot, emails[r * len(HOODS):(r + 1) * len(HOODS)])
        if r == 0:
            sc.start()
        else:
            sc.daemon.start()
        drained = sc.drain(timeout=90, settle=1.0) and drained
        sc.stop()
        sc.note(f"round {r + 1}: {len(sc.crashes)} crash(es) so far")
    verdict = sc.verdict(drained=drained, figures={"rounds": ROUNDS})
    verdict.publish()
    assert not sc.crashes, f"the daemon crashed {len(sc.crashes)} time(s):\n\n" + "\n\n".join(sc.crashes)
    assert not verdict.problems, verdict.report()
