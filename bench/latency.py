"""Reply latency: APPEND to Dovecot -> reply at the SMTP server, with the daemon idle in IDLE.

    .venv/bin/python bench/latency.py [--count 50]

Starts Dovecot and aiosmtpd on loopback and `inboxbot run` as its own process; appends corpus
submissions one at a time (each with a fresh Message-ID), waiting for each reply before the
next, and prints p50/p95 seconds. Target p95 <= 2 s (Dovecot itself waits ~0.5 s before telling
an IDLE client about new mail).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from daemon_support import corpus_emails, fresh_message_id, start_servers, start_subprocess, stop, wait_connected, write_config


def is_scanned(case: str) -> bool:
    """From the corpus label's notes (for the report only)."""
    import json

    from daemon_support import corpus_dir

    notes = json.loads((corpus_dir() / f"{case}.json").read_text(encoding="utf-8")).get("notes", "")
    return "scanned" in notes or "image-only" in notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--gap", type=float, default=1.0, help="seconds the daemon sits in IDLE between emails")
    args = ap.parse_args()
    emails = corpus_emails(("submission",))
    dovecot, smtp = start_servers()
    proc = None
    try:
        with tempfile.TemporaryDirectory(prefix="inboxbot-latency-") as tmp:
            tmp_path = Path(tmp)
            config = write_config(tmp_path, dovecot, smtp)
            proc = start_subprocess(config, log_path=tmp_path / "daemon.log")
            wait_connected(tmp_path / "inboxbot.db", 4)
            times = []
            scanned = []
            for i in range(args.count):
                case, hood, raw = emails[i % len(emails)]
                time.sleep(args.gap)  # the daemon is back in IDLE
                t0 = time.monotonic()
                dovecot.append(f"{hood}nam", "INBOX", fresh_message_id(raw, f"lat{i}"))
                smtp.wait_for(i + 1, timeout=120)
                times.append(time.monotonic() - t0)
                scanned.append(is_scanned(case))
                print(f"  {i + 1:3d} {case} {hood:8s} {times[-1]:.2f}s", flush=True)
            qs = statistics.quantiles(times, n=100, method="inclusive")
            print(f"\nemails: {len(times)}  p50: {statistics.median(times):.2f}s  p95: {qs[94]:.2f}s  "
                  f"max: {max(times):.2f}s  (APPEND -> reply at the SMTP server; target p95 <= 2 s)")
            plain = [t for t, s in zip(times, scanned) if not s]
            if len(plain) >= 2 and len(plain) < len(times):
                qp = statistics.quantiles(plain, n=100, method="inclusive")
                print(f"without the {len(times) - len(plain)} emails whose letter is a scan (OCR): "
                      f"p50: {statistics.median(plain):.2f}s  p95: {qp[94]:.2f}s  max: {max(plain):.2f}s")
    finally:
        stop(proc)
        smtp.stop()
        dovecot.stop()
        dovecot.cleanup()


if __name__ == "__main__":
    main()
