"""Inbox leases between processes sharing one database: shares, heartbeats, takeover, fencing.

Each test runs on SQLite and on the real PostgreSQL server the suite starts."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from inboxbot.clock import ManualClock
from inboxbot.db import open_database
from inboxbot.leases import LeaseKeeper, LeaseLost, fair_share, fence, surplus
from inboxbot.models import InboxState

T0 = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.timezone.utc)
INBOXES = {n: f"{n}NAM@newham.gov.uk" for n in ("central", "east", "south", "west")}


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path}/db.sqlite" if request.param == "sqlite" else request.getfixturevalue("postgres_db")
    database = open_database(url)
    yield database
    database.dispose()


def keeper(db, owner: str, clock: ManualClock, claim: float = 45.0) -> LeaseKeeper:  # type: ignore[no-untyped-def]
    # Owners named like other hosts: a dead pid on this host would be taken over at once.
    return LeaseKeeper(db, owner, INBOXES, claim, clock)


def claim_all(k: LeaseKeeper) -> set[str]:
    return {n for n in INBOXES if k.try_claim(n)}


def test_fair_share_and_surplus() -> None:
    assert [fair_share(4, n) for n in (0, 1, 2, 3, 4, 5)] == [4, 4, 2, 2, 1, 1]
    assert surplus({"west", "east", "central", "south"}, 2) == ["south", "west"]
    assert surplus({"east"}, 2) == []


def test_one_process_watches_all_four(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a = keeper(db, "host-a:1", clock)
    a.beat()
    assert claim_all(a) == set(INBOXES)


def test_a_second_process_gets_half_of_the_inboxes(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat()
    assert claim_all(a) == set(INBOXES)
    b.beat()
    assert claim_all(b) == set()  # all held
    a.beat()  # a sees two processes: share 2, gives back the last two by name
    assert {n for n in INBOXES if a.giving_back(n)} == {"south", "west"}
    assert not a.holds("west") and a.holds("central")
    for n in ("south", "west"):
        a.release(n)  # the inbox threads do this between two emails
    assert claim_all(b) == {"south", "west"}
    a.beat()
    b.beat()
    assert a.held() == {"central", "east"} and b.held() == {"south", "west"}
    assert not any(a.giving_back(n) or b.giving_back(n) for n in INBOXES)


def test_a_dead_process_is_taken_over_when_its_lease_lapses(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat(), b.beat(), a.beat()  # both registered: a share of two each
    assert claim_all(a) == {"central", "east"}
    assert claim_all(b) == {"south", "west"}
    # a dies (no more beats); b keeps beating every 15 s.
    for _ in range(3):
        clock.advance(dt.timedelta(seconds=15))
        b.beat()
        assert claim_all(b) == {"south", "west"}, "took a's inboxes before its lease lapsed"
    clock.advance(dt.timedelta(seconds=1))
    b.beat()  # a's heartbeat is older than claim_seconds: b's share is all four
    assert claim_all(b) == set(INBOXES)


def test_a_renewed_lease_is_not_taken(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat()
    assert claim_all(a) == set(INBOXES)
    for _ in range(10):  # a beats every 15 s, b looks: nothing to take
        clock.advance(dt.timedelta(seconds=15))
        a.beat()
        b.beat()
        a.beat()
        assert b.held() == set() or b.held() <= {n for n in INBOXES if not a.holds(n)}
    assert not (a.held() & b.held())


def test_a_beat_notices_a_lost_lease(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat()
    claim_all(a)
    clock.advance(dt.timedelta(seconds=120))  # a stalled past its lease (swap, a lost connection)
    b.beat()
    assert claim_all(b) == set(INBOXES)
    a.beat()
    assert a.held() == set()


def test_fence_lets_only_the_holder_commit(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a = keeper(db, "host-a:1", clock)
    a.beat()
    claim_all(a)
    with db.transaction() as s:
        fence(s, "east", "host-a:1")  # the holder: no error
    with pytest.raises(LeaseLost), db.transaction() as s:
        fence(s, "east", "host-b:1")
    with pytest.raises(LeaseLost), db.transaction() as s:
        fence(s, "nowhere", "host-a:1")


def test_fence_holds_off_a_takeover_until_the_commit(db) -> None:  # type: ignore[no-untyped-def]
    if db.dialect != "postgresql":
        pytest.skip("row locks: PostgreSQL only (SQLite has one writer at a time anyway)")
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat()
    claim_all(a)
    clock.advance(dt.timedelta(seconds=120))  # a's lease has lapsed, but a is mid-commit
    took: list[bool] = []
    with db.transaction() as s:
        fence(s, "east", "host-a:1")
        t = threading.Thread(target=lambda: took.append(b.try_claim("east")))
        t.start()
        t.join(1.0)
        assert t.is_alive() and not took, "the takeover did not wait for the holder's commit"
    t.join(10)
    assert took == [True]
    with db.sessions() as s:
        assert s.get(InboxState, "east").lease_owner == "host-b:1"


def test_stop_releases_everything_at_once(db) -> None:  # type: ignore[no-untyped-def]
    clock = ManualClock(T0)
    a, b = keeper(db, "host-a:1", clock), keeper(db, "host-b:1", clock)
    a.beat()
    claim_all(a)
    a.stop()
    b.beat()
    assert claim_all(b) == set(INBOXES)  # no wait for a lease to lapse after a clean stop
