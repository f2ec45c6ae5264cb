"""The killable worker pool: order, timeouts, crashes, and that nothing hangs."""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from inboxbot.extraction import ExtractionPool, extract_all
from parsers.limits import DEFAULT_LIMITS
from parsers.model import Attachment, DocStatus

FAULTS = "tests.inboxbot.pool_faults:install"


def _text(name: str, body: str) -> Attachment:
    return Attachment(name, "text/plain", body.encode())


@pytest.fixture(scope="module")
def pool():
    with ExtractionPool(workers=2, initializer=FAULTS) as p:
        yield p


def test_results_come_back_in_order(pool):
    atts = [_text(f"note{i}.txt", f"fictional note number {i}") for i in range(12)]
    docs = pool.extract_all(atts, DEFAULT_LIMITS, timeout=30)
    assert [d.filename for d in docs] == [a.filename for a in atts]
    assert all(d.status is DocStatus.OK for d in docs)
    assert docs[7].text == "fictional note number 7"


def test_a_hanging_document_times_out_and_the_rest_are_read(pool):
    atts = [_text("before.txt", "first"), _text("hang.txt", "x"), _text("after.txt", "last")]
    started = time.monotonic()
    docs = pool.extract_all(atts, DEFAULT_LIMITS, timeout=2)
    elapsed = time.monotonic() - started
    assert [d.status for d in docs] == [DocStatus.OK, DocStatus.TIMEOUT, DocStatus.OK]
    assert "longer than 2 seconds" in docs[1].reason
    assert elapsed < 15
    # the pool is still usable afterwards
    assert pool.extract_all([_text("again.txt", "still here")], DEFAULT_LIMITS, timeout=10)[0].text == "still here"


def test_a_crashing_reader_makes_the_document_corrupt(pool):
    docs = pool.extract_all([_text("crash.txt", "x"), _text("fine.txt", "ok text")], DEFAULT_LIMITS, timeout=20)
    assert docs[0].status is DocStatus.CORRUPT
    assert "crash" in docs[0].reason
    assert docs[1].status is DocStatus.OK


def test_a_timeout_kills_the_readers_own_child_processes(pool):
    before = _sleepers()
    docs = pool.extract_all([_text("spawn-hang.txt", "x")], DEFAULT_LIMITS, timeout=2)
    assert docs[0].status is DocStatus.TIMEOUT
    time.sleep(0.5)
    assert _sleepers() <= before


def _sleepers() -> int:
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    return sum(1 for line in out.splitlines() if line.strip() == "sleep 300")


def test_parallel_documents_use_several_workers(pool):
    # two hanging documents at once both time out within one timeout period, not two
    started = time.monotonic()
    docs = pool.extract_all([_text("hang.a", "x"), _text("hang.b", "y")], DEFAULT_LIMITS, timeout=2)
    assert [d.status for d in docs] == [DocStatus.TIMEOUT, DocStatus.TIMEOUT]
    assert time.monotonic() - started < 4.5


def test_submit_from_threads():
    from concurrent.futures import ThreadPoolExecutor

    with ExtractionPool(workers=2) as p:
        with ThreadPoolExecutor(4) as threads:
            results = list(threads.map(lambda i: p.extract_all([_text(f"t{i}.txt", f"thread {i}")], DEFAULT_LIMITS, timeout=30)[0].text, range(8)))
    assert results == [f"thread {i}" for i in range(8)]


def test_closing_answers_queued_documents():
    p = ExtractionPool(workers=1, initializer=FAULTS)
    futures = [p.submit(_text("hang.1", "x"), DEFAULT_LIMITS, timeout=60), p.submit(_text("queued.txt", "y"), DEFAULT_LIMITS, timeout=60)]
    time.sleep(1)
    p.close()
    assert all(f.result(timeout=10).status is DocStatus.TIMEOUT for f in futures)
    with pytest.raises(RuntimeError):
        p.submit(_text("late.txt", "z"), DEFAULT_LIMITS)


def test_module_level_extract_all_uses_a_shared_pool():
    docs = extract_all([_text("a.txt", "alpha"), Attachment("b.pdf", "application/pdf", b"%PDF-1.4 nonsense")], DEFAULT_LIMITS, timeout=30)
    assert docs[0].text == "alpha"
    assert docs[1].status is DocStatus.CORRUPT
    assert extract_all([], DEFAULT_LIMITS, timeout=1) == []
