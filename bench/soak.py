"""Soak: emails over the four NAM inboxes through two `inboxbot run` processes sharing one
PostgreSQL database, one of them SIGKILLed and restarted every few seconds.

    python bench/soak.py [--emails 2000] [--kill-every 30] [--seed N] [--json var/soak.json]

Starts its own PostgreSQL 15, Dovecot and SMTP server on loopback with the test suite's helpers
(tests/servers.py), delivers a backlog built from ../shared/corpus at run time (copies get new
Message-IDs), runs two daemons with the config keys a deployment would use (no test timings:
the daemon's own defaults, e.g. timing.claim_seconds, unless --claim-seconds is given), kills
process A, then B, then A, ... every --kill-every seconds, and waits until every inbox is empty
and the outbox has drained. Then it prints emails/second, lost, duplicated, the other
invariants of tests/faults/invariants.py, peak RSS per process, and how long each inbox the
killed process held took to be watched again. Targets: lost 0, duplicated 0.
"""

from __future__ import annotations

import argparse
import json
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from tests.faults.backlog import build_backlog  # noqa: E402
from tests.faults.census import (  # noqa: E402
    db_snapshot,
    inbox_backlog,
    mailbox_census,
    outbox_pending,
    sent_mail,
)
from tests.faults.daemonproc import DaemonProcess, cases_json, write_config  # noqa: E402
from tests.faults.invariants import verify  # noqa: E402
from tests.faults.scenario import USERS  # noqa: E402
from tests.servers import DovecotServer, PostgresServer, SmtpServer  # noqa: E402

#: Budgets high enough that every copy of a corpus email gets its reply (the soak counts
#: replies; the reply budget has its own tests).
POLICY = "[policy]\nreplies_per_sender_per_day = 100000\nreplies_per_case_per_day = 100000\n"


def _rss(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        p = psutil.Process(pid)
        return sum(x.memory_info().rss for x in [p, *p.children(recursive=True)]) / 2**20
    except psutil.Error:
        return 0.0


def _leases(url: str) -> dict[str, tuple[str | None, Any]]:
    """inbox -> (lease owner, lease until); {} while the schema does not exist yet."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT name, lease_owner, lease_until FROM inbox_state"))
            return {r[0]: (r[1], r[2]) for r in rows}
    except Exception:
        return {}
    finally:
        engine.dispose()


def soak(emails_n: int, kill_every: float, seed: int, claim_seconds: float | None, timeout: float,
         log=print, hosts: bool = False) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    work = Path(tempfile.mkdtemp(prefix="inboxbot-soak-"))
    pg, dovecot, smtp = PostgresServer(), DovecotServer(), SmtpServer()
    procs: list[DaemonProcess] = []
    try:
        pg.start()
        dovecot.start()
        smtp.start()
        url = pg.create_database("soak")
        emails = build_backlog(emails_n, seed)
        log(f"soak: delivering {len(emails)} emails to {len(USERS)} inboxes ...")
        from tests.faults.backlog import append_all

        append_all(dovecot, emails)
        timing = {"claim_seconds": claim_seconds} if claim_seconds else {}
        # --hosts: distinct instance names, as on two hosts, so a dead process is found only by its
        # lease lapsing (not by its pid on this host).
        names = {n: (f"host-{n.lower()}" if hosts else socket.gethostname()) for n in "AB"}
        configs = {n: write_config(work / f"inboxbot-{n}.toml", imap_host=dovecot.host, imap_port=dovecot.port,
                                   passwords=dovecot.users, smtp_host=smtp.host, smtp_port=smtp.port, db_url=url,
                                   timing=timing, fast=False, extra=POLICY, instance=names[n] if hosts else "")
                   for n in "AB"}
        config = configs["A"]
        procs = [DaemonProcess(configs[name], work / f"daemon-{name}.log") for name in "AB"]
        shares: dict[str, int] = {}  # "A2 B2" -> samples: how the inboxes were shared over the run
        peak = {"A": 0.0, "B": 0.0}
        crashes: list[str] = []
        kills: list[dict[str, Any]] = []
        t0 = time.monotonic()
        for p in procs:
            p.start()
        log(f"soak: two daemons started (pids {procs[0].pid}, {procs[1].pid}); SIGKILL every {kill_every:.0f}s")
        next_kill, victim = t0 + kill_every, 0
        pending_takeovers: list[dict[str, Any]] = []
        quiet_since, last_count, drained_at = time.monotonic(), -1, None
        next_check = 0.0
        while time.monotonic() - t0 < timeout:
            now = time.monotonic()
            for name, p in zip("AB", procs):
                peak[name] = max(peak[name], _rss(p.pid))
                if p.starts and not p.alive():
                    code = p._proc.returncode if p._proc else None  # noqa: SLF001
                    tail = "\n".join(p.log_text().splitlines()[-8:])
                    crashes.append(f"process {name} exited by itself (code {code}) at t={now - t0:.0f}s:\n{tail}")
                    log(f"soak: process {name} exited by itself (code {code}); restarting")
                    p.start()
            if now >= next_check:
                owners = [o for o, _ in _leases(url).values()]
                key = " ".join(f"{n}{sum(1 for o in owners if o == f'{names[n]}:{p.pid}')}" for n, p in zip("AB", procs))
                shares[key] = shares.get(key, 0) + 1
            if pending_takeovers:
                leases = _leases(url)
                for k in pending_takeovers:
                    for inbox in list(k["waiting"]):
                        owner = leases.get(inbox, (None, None))[0]
                        if owner and owner != k["owner"]:
                            k["takeover_seconds"][inbox] = round(now - k["at"], 1)
                            k["waiting"].remove(inbox)
                pending_takeovers = [k for k in pending_takeovers if k["waiting"]]
            if now >= next_kill and drained_at is None:
                p = procs[victim]
                owner = f"{names['AB'[victim]]}:{p.pid}"
                held = [i for i, (o, _) in _leases(url).items() if o == owner]
                p.kill()
                p.start()
                entry = {"t": round(now - t0, 1), "process": "AB"[victim], "held": held, "owner": owner, "at": now,
                         "waiting": set(held), "takeover_seconds": {}}
                kills.append(entry)
                pending_takeovers.append(entry)
                log(f"soak: t={now - t0:5.0f}s SIGKILL {'AB'[victim]} (held {held or 'no inbox'}); "
                    f"{len(smtp.messages)} sent so far")
                victim = 1 - victim
                next_kill = now + kill_every
            count = len(smtp.messages)
            if count != last_count:
                last_count, quiet_since = count, now
            if now >= next_check:
                next_check = now + 2.0
                if (inbox_backlog(dovecot, USERS) == 0 and outbox_pending(url) == 0
                        and now - quiet_since > 5):
                    drained_at = now
                    break
            time.sleep(0.5)
        elapsed = (drained_at or time.monotonic()) - t0
        for p in procs:
            p.stop()
        verdict = verify("soak", emails, mailbox_census(dovecot, USERS), sent_mail(smtp), db_snapshot(url),
                         cases_json(config), allowed_identical_resends=len(kills))
        f = verdict.figures
        return {
            "emails": len(emails),
            "seconds": round(elapsed, 1),
            "drained": drained_at is not None,
            "emails_per_second": round(len(emails) / elapsed, 2),
            "lost": f["lost"],
            "duplicated": f["duplicated"],
            "duplicated_distinct": f["duplicated_distinct"],
            "resent_identical": f["resent_identical"],
            "kills": len(kills),
            "kill_every_seconds": kill_every,
            "peak_rss_mb": {k: round(v) for k, v in peak.items()},
            "crashes": crashes,
            "inbox_shares": dict(sorted(shares.items(), key=lambda kv: -kv[1])),
            "takeovers": [{k: v for k, v in e.items() if k in ("t", "process", "held", "takeover_seconds")}
                          | {"not_taken_over": sorted(e["waiting"])} for e in kills],
            "replies": f["replies"],
            "left_in_inbox": f["left_in_inbox"],
            "in_more_than_one_place": f["in_more_than_one_place"],
            "db_rows_not_filed": f["db_rows_not_filed"],
            "cases": f["cases"],
            "needs_attention_reasons": f["needs_attention_reasons"],
            "problems": verdict.problems,
            "workdir": str(work),
        }
    finally:
        for p in procs:
            p.ensure_dead()
        smtp.stop()
        dovecot.cleanup()
        pg.cleanup()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--emails", type=int, default=2000, help="backlog size (default 2000)")
    ap.add_argument("--kill-every", type=float, default=30.0, metavar="S", help="seconds between SIGKILLs (default 30)")
    ap.add_argument("--seed", type=int, default=20250514)
    ap.add_argument("--claim-seconds", type=float, default=None,
                    help="timing.claim_seconds for the daemons (default: the daemon's own default)")
    ap.add_argument("--timeout", type=float, default=3600.0, help="give up after this many seconds (default 3600)")
    ap.add_argument("--hosts", action="store_true",
                    help="give the two processes different instance names, as on two hosts (takeover by lease lapse)")
    ap.add_argument("--json", type=Path, default=ROOT / "var" / "soak.json", help="where to write the figures")
    args = ap.parse_args(argv)
    # SIGTERM ends the soak like Ctrl-C: the servers and daemons it started are stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    result = soak(args.emails, args.kill_every, args.seed, args.claim_seconds, args.timeout,
                  log=lambda s: print(s, file=sys.stderr, flush=True), hosts=args.hosts)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, default=str))
    print(f"emails={result['emails']} seconds={result['seconds']} emails/second={result['emails_per_second']} "
          f"lost={result['lost']} duplicated={result['duplicated']} "
          f"(distinct={result['duplicated_distinct']}, identical re-sends={result['resent_identical']}) "
          f"kills={result['kills']} peak RSS MB A={result['peak_rss_mb']['A']} B={result['peak_rss_mb']['B']} "
          f"drained={result['drained']}")
    print(f"takeovers: {json.dumps(result['takeovers'])}")
    print(f"inbox shares (samples every 2 s): {json.dumps(result['inbox_shares'])}")
    if result["crashes"]:
        print(f"crashes ({len(result['crashes'])}):\n" + "\n".join(result["crashes"][:5]))
    if result["problems"]:
        print(f"problems ({len(result['problems'])}):\n" + "\n".join(f"  - {p}" for p in result["problems"]))
    print(f"(figures in {args.json})")
    return 0 if result["drained"] and not result["problems"] and not result["crashes"] else 1


if __name__ == "__main__":
    sys.exit(main())
