"""Backlog throughput: 500 corpus emails over the four inboxes before the daemon starts.

    .venv/bin/python bench/backlog.py [--count 500]

Prints emails/second until every email is filed and every reply has reached the SMTP server,
the daemon's peak RSS (target <= 300 MB), and the ratio to a plain imapclient script that only
FETCHes the same messages (the floor: what reading the mail alone costs).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

import psutil
from imapclient import IMAPClient

from daemon_support import HOODS, corpus_emails, fresh_message_id, start_servers, start_subprocess, stop, write_config


def fetch_only(dovecot) -> tuple[int, float]:
    """The floor: log in to each inbox and FETCH every message (BODY.PEEK[]), one by one."""
    t0 = time.monotonic()
    n = 0
    for hood in HOODS:
        c = IMAPClient(dovecot.host, dovecot.port, ssl=False)
        c.login(f"{hood}nam", dovecot.users[f"{hood}nam"])
        c.select_folder("INBOX", readonly=True)
        for uid in c.search("ALL"):
            c.fetch([uid], [b"BODY.PEEK[]"])
            n += 1
        c.logout()
    return n, time.monotonic() - t0


PEAKS: dict[int, int] = {}  # pid -> peak RSS (VmHWM) of each process, bytes
NAMES: dict[int, str] = {}


def rss_now(proc: psutil.Process) -> int:
    """Resident memory of the daemon and its worker processes right now, in bytes (the peak of
    this sum over the run is the most the daemon held at once, sampled every 0.5 s); also
    records each process's own peak (VmHWM)."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            status = Path(f"/proc/{p.pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
            elif line.startswith("VmHWM:"):
                PEAKS[p.pid] = max(PEAKS.get(p.pid, 0), int(line.split()[1]) * 1024)
                if p.pid not in NAMES:
                    try:
                        cmd = p.cmdline()
                        NAMES[p.pid] = "worker" if "--worker" in cmd else (Path(cmd[0]).name if cmd else "?")
                    except psutil.Error:
                        NAMES[p.pid] = "?"
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--workers", type=int, default=None, help="[analysis] workers (default: the config default)")
    args = ap.parse_args()
    emails = corpus_emails()
    dovecot, smtp = start_servers()
    proc = None
    try:
        with tempfile.TemporaryDirectory(prefix="inboxbot-backlog-") as tmp:
            tmp_path = Path(tmp)
            for i in range(args.count):
                case, hood, raw = emails[i % len(emails)]
                dovecot.append(f"{HOODS[i % 4] if i >= len(emails) else hood}nam", "INBOX", fresh_message_id(raw, f"bl{i}"))
            n_fetch, t_fetch = fetch_only(dovecot)
            extra = f"[analysis]\nworkers = {args.workers}\n" if args.workers is not None else ""
            config = write_config(tmp_path, dovecot, smtp, extra=extra)
            t0 = time.monotonic()
            proc = start_subprocess(config, log_path=tmp_path / "daemon.log")
            ps = psutil.Process(proc.pid)
            db = tmp_path / "inboxbot.db"
            peak = 0
            last = -1
            while True:
                time.sleep(0.5)
                peak = max(peak, rss_now(ps))
                if proc.poll() is not None:
                    raise SystemExit(f"daemon exited: see {tmp_path / 'daemon.log'}")
                try:
                    with sqlite3.connect(db) as c:
                        filed = c.execute("select count(*) from messages where status = 'filed'").fetchone()[0]
                        queued = c.execute("select count(*) from outbox where purpose != 'alert'").fetchone()[0]
                        pending = c.execute("select count(*) from outbox where status = 'pending'").fetchone()[0]
                except sqlite3.Error:
                    continue
                if filed != last:
                    print(f"  {time.monotonic() - t0:6.1f}s filed {filed}/{args.count}, replies queued {queued}, pending {pending}", flush=True)
                    last = filed
                received = len([m for m in smtp.messages if b"X-Inboxbot-Case" in m.data[:4000]])
                if filed >= args.count and pending == 0 and received >= queued:
                    break
            elapsed = time.monotonic() - t0
            peak = max(peak, rss_now(ps))
            rate = args.count / elapsed
            floor = n_fetch / t_fetch
            print(f"\nemails: {args.count}  filed and replied in {elapsed:.1f}s: {rate:.1f} emails/s  "
                  f"replies: {received}  peak RSS (daemon + workers at once): {peak / 2**20:.0f} MB (target <= 300 MB)")
            main_peak = PEAKS.get(ps.pid, 0)
            others = sorted(((v, NAMES.get(k, "?")) for k, v in PEAKS.items() if k != ps.pid), reverse=True)
            print(f"peak RSS of each process (VmHWM): daemon {main_peak / 2**20:.0f} MB; others (largest first) "
                  + ", ".join(f"{name} {v / 2**20:.0f}" for v, name in others[:6]) + " MB"
                  + f"; {len(others)} child processes in all")
            print(f"plain imapclient FETCH of the same {n_fetch} messages: {t_fetch:.2f}s = {floor:.0f} emails/s; "
                  f"the daemon takes {floor / rate:.0f}x as long as fetching alone")
    finally:
        stop(proc)
        smtp.stop()
        dovecot.stop()
        dovecot.cleanup()


if __name__ == "__main__":
    main()
