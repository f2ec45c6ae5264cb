"""One fault scenario from start to verdict: deliver a backlog, run the daemon as a subprocess,
let a test inject faults, drain, stop with SIGTERM, take the census and verify.

A daemon that exits by itself (a crash) is restarted and counted: the verdict lists it as a
problem, with the end of its log.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.backlog import HOODS, BacklogEmail, append_all
from tests.faults.census import db_snapshot, inbox_backlog, mailbox_census, outbox_pending, sent_mail
from tests.faults.daemonproc import DaemonProcess, cases_json, wait_until, write_config
from tests.faults.invariants import Verdict, verify

USERS = tuple(f"{h}nam" for h in HOODS)


@dataclass
class Scenario:
    name: str
    workdir: Path
    dovecot: Any
    smtp: Any
    emails: list[BacklogEmail]
    db_url: str = ""
    timing: dict[str, Any] = field(default_factory=dict)
    imap_port: int | None = None  # a tap in front of Dovecot, if the test puts one there
    smtp_port: int | None = None  # a tap in front of the SMTP server
    instance: str = ""  # the config's `instance` ("" = host:pid, a new name after each restart)
    dovecot_restarts: int = 0
    timeline: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)
    stop_problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.db_url = self.db_url or f"sqlite:///{self.workdir}/inboxbot.db"
        self.config_path = write_config(
            self.workdir / "inboxbot.toml", imap_host=self.dovecot.host,
            imap_port=self.imap_port or self.dovecot.port, passwords=self.dovecot.users,
            smtp_host=self.smtp.host, smtp_port=self.smtp_port or self.smtp.port, db_url=self.db_url, timing=self.timing,
            instance=self.instance)
        self.daemon = DaemonProcess(self.config_path, self.workdir / "daemon.log", env=dict(os.environ))
        self.t0 = 0.0

    # -- running ------------------------------------------------------------------------------------
    def deliver(self) -> None:
        append_all(self.dovecot, self.emails)

    def start(self) -> None:
        self.t0 = time.monotonic()
        self.daemon.start()

    def elapsed(self) -> float:
        return time.monotonic() - self.t0

    def note(self, what: str) -> None:
        self.timeline.append(f"t={self.elapsed():6.1f}s {what}")

    def backlog(self) -> int:
        """Emails still in the NAM INBOXes (0 while Dovecot is down counts as unknown: -1)."""
        try:
            return inbox_backlog(self.dovecot, USERS)
        except Exception:
            return -1

    def watch_for_crash(self) -> None:
        """Restart a daemon that died by itself, and remember that it did."""
        if self.daemon.starts and not self.daemon.alive():
            tail = "\n".join(self.daemon.log_text().splitlines()[-15:])
            code = self.daemon._proc.returncode if self.daemon._proc else None  # noqa: SLF001
            self.crashes.append(f"daemon exited by itself with code {code} at t={self.elapsed():.1f}s; log tail:\n{tail}")
            self.note(f"daemon exited by itself (code {code}); restarting")
            self.daemon.start()

    def drain(self, timeout: float, settle: float = 3.0) -> bool:
        """Wait until every INBOX is empty, the outbox has nothing pending and the SMTP server has
        heard nothing new for `settle` seconds. False on timeout."""
        deadline = time.monotonic() + timeout
        last_count, quiet_since = -1, time.monotonic()
        while time.monotonic() < deadline:
            self.watch_for_crash()
            count = len(self.smtp.messages)
            if count != last_count:
                last_count, quiet_since = count, time.monotonic()
            if (self.backlog() == 0 and outbox_pending(self.db_url) == 0
                    and time.monotonic() - quiet_since >= settle):
                self.note(f"drained: {count} message(s) at the SMTP server")
                return True
            time.sleep(0.5)
        self.note(f"NOT drained after {timeout:.0f}s: backlog={self.backlog()} "
                  f"outbox pending={outbox_pending(self.db_url)}")
        return False

    def stop(self) -> None:
        code = self.daemon.stop(timeout=30)
        self.note(f"SIGTERM: exit code {code}")
        if code is None:
            self.stop_problems.append("daemon did not stop within 30 s of SIGTERM (killed)")
        elif code != 0:
            self.stop_problems.append(f"daemon exited with code {code} on SIGTERM")
        left = self.daemon.leftovers()
        if left:
            self.stop_problems.append(f"{len(left)} process(es) the daemon started outlived it (killed now): "
                                      + "; ".join(left[:5]))

    # -- the verdict --------------------------------------------------------------------------------
    def verdict(self, *, allowed_identical_resends: int = 0, drained: bool = True,
                figures: dict[str, Any] | None = None) -> Verdict:
        seconds = self.elapsed()
        census = mailbox_census(self.dovecot, USERS)
        snapshot = db_snapshot(self.db_url)
        cases = cases_json(self.config_path)
        base = {
            "kills": self.daemon.kills,
            "restarts": self.daemon.starts - 1 + self.dovecot_restarts,
            "daemon_restarts": self.daemon.starts - 1,
            "dovecot_restarts": self.dovecot_restarts,
            "crashes": len(self.crashes),
            "seconds": round(seconds, 1),
            "emails_per_second": round(len(self.emails) / seconds, 2) if seconds else None,
            "timeline": self.timeline,
            **(figures or {}),
        }
        v = verify(self.name, self.emails, census, sent_mail(self.smtp), snapshot, cases,
                   allowed_identical_resends=allowed_identical_resends, figures=base)
        if not drained:
            v.problems.insert(0, "the run did not drain in time (see the timeline)")
        v.problems[:0] = self.crashes + self.stop_problems
        errors = [line for line in self.daemon.log_text().splitlines() if " ERROR " in line or "Traceback" in line]
        v.figures["log_errors"] = len(errors)
        v.figures["log_error_examples"] = errors[:5]
        return v

    def cleanup(self) -> None:
        self.daemon.ensure_dead()


def wait_for_replies(smtp: Any, n: int, timeout: float) -> bool:
    return bool(wait_until(lambda: len(smtp.messages) >= n, timeout))
