"""Which process watches which inbox, when several `inboxbot run` processes share one database.

Leases in the database rather than PostgreSQL advisory locks, so the same code runs on SQLite
and PostgreSQL and `inboxbot status` can say who watches what:

* **Heartbeat apart from the work.** A `LeaseKeeper` thread renews every lease this process
  holds, and its row in `instances`, every 5 s (`look_seconds`), whatever the inbox threads are
  doing: reading a scanned letter for 30 s must not let the lease lapse. If the process dies, its
  leases lapse after at most `claim_seconds`, the others count one process fewer at their next
  beat, and one takes the inbox at its next look (every `LOOK_SECONDS`): within 40 s with the
  default 30 s. A dead process on the same host is seen at once by its pid.
* **Fair shares.** A process takes an inbox only while it holds fewer than
  ceil(inboxes / live processes); holding more (another process has started) it gives the extra
  back between two emails. Two processes watch two inboxes each, and a kill stops half the work
  for a while, not all of it.
* **Fencing.** Every commit of a decision checks, in its own transaction (`FOR UPDATE` on
  PostgreSQL, so a takeover waits for it), that this process still holds the lease. A process
  that stalled past its lease (swap, a lost database connection) cannot commit a decision the
  new holder also makes: it gets `LeaseLost` and leaves the email to the holder.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import socket
import threading
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from inboxbot import store
from inboxbot.clock import Clock
from inboxbot.db import Database
from inboxbot.models import InboxState, Instance

log = logging.getLogger(__name__)

LOOK_SECONDS = 5.0  # how often an inbox thread without its lease looks again (at most)


class LeaseLost(Exception):
    """This process no longer holds the inbox's lease: stop and leave the email to the holder."""


def fair_share(inboxes: int, live_processes: int) -> int:
    """The most inboxes one of `live_processes` processes should watch."""
    return math.ceil(inboxes / max(1, live_processes))


def surplus(held: Iterable[str], share: int) -> list[str]:
    """Which of the inboxes held to give back to keep within `share` (the last by name: stable,
    so two processes do not hand the same inbox back and forth)."""
    ordered = sorted(held)
    return ordered[share:] if len(ordered) > share else []


def dead_local(owner: str) -> bool:
    """`owner` ("<host>:<pid>") names a process of this host that no longer exists."""
    name, _, pid = owner.rpartition(":")
    if name != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def fence(session: Session, inbox: str, owner: str) -> None:
    """Raise `LeaseLost` unless `owner` holds inbox's lease; on PostgreSQL the row stays locked
    until the caller's transaction ends, so nobody takes the inbox in between."""
    q = select(InboxState.lease_owner).where(InboxState.name == inbox)
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()
    holder = session.scalar(q)
    if holder != owner:
        raise LeaseLost(f"inbox {inbox} is watched by another process")


class LeaseKeeper:
    """This process's leases on the inboxes; thread-safe."""

    def __init__(self, db: Database, owner: str, addresses: dict[str, str], claim_seconds: float, clock: Clock) -> None:
        self.db = db
        self.owner = owner
        self.addresses = addresses  # inbox name -> address
        self.claim_seconds = claim_seconds
        self.clock = clock
        self._held: set[str] = set()
        self._giving_back: set[str] = set()
        self._share = len(addresses)
        self._lock = threading.Lock()

    # -- what the inbox threads ask -------------------------------------------------------------

    @property
    def look_seconds(self) -> float:
        """How long an inbox thread without its lease waits before it looks again."""
        return min(LOOK_SECONDS, self.claim_seconds / 3)

    def holds(self, inbox: str) -> bool:
        """Still ours to work on (held, and not being given back)."""
        with self._lock:
            return inbox in self._held and inbox not in self._giving_back

    def held(self) -> set[str]:
        with self._lock:
            return set(self._held)

    def try_claim(self, inbox: str) -> bool:
        """Take the inbox if it is free (or its holder is dead) and within this process's share."""
        with self._lock:
            if inbox in self._held:
                return inbox not in self._giving_back
            if len(self._held) >= self._share:
                return False
        now = self.clock.now()
        with self.db.transaction() as s:
            state = s.get(InboxState, inbox)
            if state is not None and state.lease_owner and state.lease_owner != self.owner and dead_local(state.lease_owner):
                log.info("inbox %s: taking over the lease of %s (no longer running)", inbox, state.lease_owner)
                state.lease_owner = None
                state.lease_until = None
                s.flush()
            taken = store.claim_inbox(s, inbox, self.addresses[inbox], self.owner, now, self.claim_seconds)
        if taken:
            with self._lock:
                self._held.add(inbox)
            log.info("inbox %s: watched by %s", inbox, self.owner)
        return taken

    def release(self, inbox: str) -> None:
        """Give the inbox up (between two emails, or at stop)."""
        with self.db.transaction() as s:
            store.release_inbox(s, inbox, self.owner)
        with self._lock:
            self._held.discard(inbox)
            self._giving_back.discard(inbox)

    def forget(self, inbox: str) -> None:
        """Another process holds it now (found by `fence`): stop counting it as ours."""
        with self._lock:
            self._held.discard(inbox)
            self._giving_back.discard(inbox)

    def giving_back(self, inbox: str) -> bool:
        with self._lock:
            return inbox in self._giving_back

    # -- the heartbeat --------------------------------------------------------------------------

    def beat(self) -> None:
        """Say we are alive, renew our leases, work out our share. One transaction."""
        now = self.clock.now()
        lost: list[str] = []
        with self.db.transaction() as s:
            inst = s.get(Instance, self.owner)
            if inst is None:
                host, _, pid = self.owner.rpartition(":")
                inst = Instance(owner=self.owner, host=host or socket.gethostname(),
                                pid=int(pid) if pid.isdigit() else os.getpid(), started_at=now)
                s.add(inst)
            inst.heartbeat_at = now
            for inbox in sorted(self.held()):
                res = s.execute(
                    update(InboxState).where(InboxState.name == inbox, InboxState.lease_owner == self.owner)
                    .values(lease_until=now + dt.timedelta(seconds=self.claim_seconds), updated_at=now)
                )
                if res.rowcount != 1:
                    lost.append(inbox)
            live = self._live(s, now)
        share = fair_share(len(self.addresses), live)
        with self._lock:
            for inbox in lost:
                self._held.discard(inbox)
                self._giving_back.discard(inbox)
            self._share = share
            self._giving_back = set(surplus(self._held, share))
        for inbox in lost:
            log.warning("inbox %s: lease lost to another process", inbox)

    def _live(self, s: Session, now: dt.datetime) -> int:
        since = now - dt.timedelta(seconds=self.claim_seconds)
        owners = list(s.scalars(select(Instance.owner).where(Instance.heartbeat_at >= since)))
        alive = [o for o in owners if o == self.owner or not dead_local(o)]
        return max(1, len(alive))

    def stop(self) -> None:
        """Release every lease and leave the registry (a clean stop: others take over at once)."""
        for inbox in sorted(self.held()):
            try:
                self.release(inbox)
            except Exception:  # the database is gone: the leases lapse on their own
                log.warning("inbox %s: could not release the lease at stop", inbox)
        try:
            with self.db.transaction() as s:
                s.execute(delete(Instance).where(Instance.owner == self.owner))
        except Exception:
            log.warning("could not leave the instance registry at stop")

    def run(self, stop: threading.Event) -> None:
        """Beat every `look_seconds` until `stop`: often enough that a lease never comes near
        lapsing, and that a newly started process gets its share within seconds."""
        interval = self.look_seconds
        while not stop.is_set():
            try:
                self.beat()
            except Exception:  # the database is unavailable: keep trying; leases lapse if it lasts
                log.warning("lease heartbeat failed; retrying", exc_info=log.isEnabledFor(logging.DEBUG))
            stop.wait(interval)


def live_instances(session: Session, now: dt.datetime, claim_seconds: float) -> int:
    """How many processes have beaten within the last `claim_seconds` (for `inboxbot status`)."""
    since = now - dt.timedelta(seconds=claim_seconds)
    return int(session.scalar(select(func.count()).select_from(Instance).where(Instance.heartbeat_at >= since)) or 0)
