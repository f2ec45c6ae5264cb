"""The daemon as a black box: a TOML config pointing at the test servers, and `inboxbot run` as a
subprocess that can be SIGKILLed and restarted.

Only the documented interface is used: the config file (config/example-imap.toml describes the
keys), `python -m inboxbot run --config FILE`, `inboxbot cases --json`, and the database the
config names (read only, for figures).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.backlog import HOODS, NAM_ADDRESS

ROOT = Path(__file__).resolve().parents[2]

#: Filing folders (the daemon's defaults, written into the config so the tests know them).
FOLDERS = {
    "processed": "Processed",
    "awaiting": "Awaiting information",
    "needs_attention": "Needs attention",
    "not_submission": "Not a submission",
}

#: Short timings so a test sees recoveries in seconds, not the production minutes.
FAST_TIMING = {
    "wait_slice": 0.5,
    "poll_interval": 5,
    "reconnect_min": 0.2,
    "reconnect_max": 2,
    "send_retry_min": 0.5,
    "send_retry_max": 2,
    "claim_seconds": 5,
    "failures_before_alert": 3,
}


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value))


def write_config(
    path: Path,
    *,
    imap_host: str,
    imap_port: int,
    passwords: dict[str, str],
    smtp_host: str,
    smtp_port: int,
    db_url: str,
    timing: dict[str, Any] | None = None,
    hoods: tuple[str, ...] = HOODS,
    instance: str = "",
    fast: bool = True,
    extra: str = "",
) -> Path:
    """A config for the four NAM users on one IMAP server, replies by SMTP.

    `fast`: FAST_TIMING under `timing`; otherwise only `timing` (the daemon's defaults for the rest).
    `extra`: more TOML tables, appended as given."""
    t = dict(FAST_TIMING if fast else {}, **(timing or {}))
    lines = [
        f"instance = {_toml(instance)}",
        'admins = ["inboxbot.admin@newham.gov.uk"]',
        "[database]",
        f"url = {_toml(db_url)}",
        "[smtp]",
        f"host = {_toml(smtp_host)}",
        f"port = {smtp_port}",
        'security = "none"',
        'from = "Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>"',
        "timeout = 10",
        "[senders]",
        'allowed_domains = ["newham.gov.uk"]',
        'partner_domains = ["newham.sch.uk", "nhs.net"]',
        "[folders]",
        *(f"{k} = {_toml(v)}" for k, v in FOLDERS.items()),
        *(["[timing]"] if t else []),
        *(f"{k} = {_toml(v)}" for k, v in t.items()),
        "[replies]",
        f"templates_dir = {_toml(ROOT / 'templates')}",
    ]
    for hood in hoods:
        lines += [
            f"[inboxes.{hood}]",
            f"address = {_toml(NAM_ADDRESS[hood])}",
            f"imap_host = {_toml(imap_host)}",
            f"imap_port = {imap_port}",
            'imap_security = "none"',
            f"username = {_toml(hood + 'nam')}",
            f"password = {_toml(passwords[hood + 'nam'])}",
            'folder = "INBOX"',
            f'coordinators = ["{hood}.coordinator@newham.gov.uk"]',
        ]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@dataclass
class DaemonProcess:
    """`python -m inboxbot run --config FILE` in its own process group, logging to `log_path`."""

    config_path: Path
    log_path: Path
    env: dict[str, str] | None = None
    starts: int = 0
    kills: int = 0
    exits: list[int] = field(default_factory=list)  # exit codes of runs that ended on their own or on SIGTERM
    _proc: subprocess.Popen[bytes] | None = None
    #: Marks every process this daemon starts (extraction workers, Tesseract) through the environment
    #: they inherit, so the test can find any left behind after a kill.
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        assert self._proc is None or self._proc.poll() is not None, "already running"
        self.starts += 1
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== faults: start #{self.starts} at {time.time():.3f} =====\n".encode())
            log.flush()
            # faulthandler: a crash in a C extension leaves every thread's Python stack in the log.
            env = dict(self.env or os.environ, PYTHONFAULTHANDLER="1", INBOXBOT_FAULTS_TOKEN=self.token)
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "inboxbot", "run", "--config", str(self.config_path)],
                cwd=str(ROOT), env=env, stdout=log, stderr=log,
                start_new_session=True,
            )

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def kill(self) -> None:
        """SIGKILL to the daemon's whole process group (as an OOM kill or `systemctl kill -s KILL`)."""
        proc = self._proc
        assert proc is not None
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(10)
        self.kills += 1
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== faults: SIGKILL #{self.kills} at {time.time():.3f} =====\n".encode())

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM and wait; returns the exit code, or None if it had to be killed (a stall on stop)."""
        proc = self._proc
        if proc is None:
            return None
        if proc.poll() is not None:
            return proc.returncode
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(10)
            return None
        self.exits.append(code)
        return code

    def ensure_dead(self) -> None:
        """Test teardown: never leave a daemon behind."""
        if self._proc is not None and self._proc.poll() is None:
            try:
                os.killpg(self._proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._proc.wait(10)

    def leftovers(self, wait: float = 10.0) -> list[str]:
        """Processes this daemon started that are still alive once it is gone (waiting up to
        `wait` seconds for them to notice); they are then killed, and described."""
        import psutil

        def find() -> list[psutil.Process]:
            out = []
            for proc in psutil.process_iter(["pid"]):
                if self._proc is not None and proc.pid == self._proc.pid and self.alive():
                    continue
                try:
                    if proc.environ().get("INBOXBOT_FAULTS_TOKEN") == self.token:
                        out.append(proc)
                except (psutil.Error, OSError):
                    continue
            return out

        deadline = time.monotonic() + wait
        procs = find()
        while procs and time.monotonic() < deadline:
            time.sleep(0.5)
            procs = find()
        described = []
        for proc in procs:
            try:
                described.append(f"pid {proc.pid} (parent {proc.ppid()}): {' '.join(proc.cmdline())[:200]}")
                proc.kill()
            except psutil.Error:
                pass
        return described

    def log_text(self) -> str:
        return self.log_path.read_text("utf-8", "replace") if self.log_path.exists() else ""


def cases_json(config_path: Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The case log as `inboxbot cases --json` prints it."""
    result = subprocess.run(
        [sys.executable, "-m", "inboxbot", "cases", "--config", str(config_path), "--json"],
        cwd=str(ROOT), env=env or dict(os.environ), capture_output=True, text=True, timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"inboxbot cases failed ({result.returncode}): {result.stderr[-2000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def wait_until(cond: Callable[[], Any], timeout: float, interval: float = 0.25) -> Any:
    """`cond()`'s first truthy value, or None after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)
