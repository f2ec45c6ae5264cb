"""Analysis in worker processes, for the daemon.

Why a process pool and not the inbox threads themselves: PDF and OCR libraries are not safe to
call from several threads at once (a crash there takes the whole daemon down, as a 500-email
backlog showed with pypdfium2), CPU-bound parsing holds the GIL, and a parse that runs away must
be stoppable. Each worker analyses one email's bytes; a worker that dies or overruns the time
limit is replaced and the email is retried (counted, so a poison email ends in needs-attention).
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import threading
from collections.abc import Mapping
from typing import Any

log = logging.getLogger(__name__)


class AnalysisUnavailable(Exception):
    """The worker died or ran past the time limit: try the email again later."""


# A fresh pool now and then returns the memory that large PDFs and scans leave fragmented.
MAX_TASKS_PER_POOL = 200

_RULES: Any = None
_NAM: Mapping[str, str] | None = None


def _init(rules_path: str | None, nam_addresses: Mapping[str, str]) -> None:
    global _RULES, _NAM
    from inboxbot.rules import load_rules

    _RULES = load_rules(rules_path) if rules_path else load_rules()
    _NAM = dict(nam_addresses)


def _analyse(raw: bytes) -> Any:
    from inboxbot.pipeline import analyse_bytes

    return analyse_bytes(raw, rules=_RULES, nam_addresses=_NAM)


class AnalysisPool:
    def __init__(self, workers: int, rules_path: str | None, nam_addresses: Mapping[str, str], timeout: float) -> None:
        self.workers, self.rules_path, self.nam, self.timeout = workers, rules_path, dict(nam_addresses), timeout
        self._lock = threading.Lock()
        self._pool: cf.ProcessPoolExecutor | None = None
        self._submitted = 0

    def _get(self) -> cf.ProcessPoolExecutor:
        with self._lock:
            return self._get_locked()

    def _get_locked(self) -> cf.ProcessPoolExecutor:
        if self._pool is not None and self._submitted >= MAX_TASKS_PER_POOL:
            # Recycle by hand: Python 3.11's max_tasks_per_child can hang the pool. The old pool
            # finishes what it has and its workers exit; new work goes to a fresh one.
            old, self._pool = self._pool, None
            old.shutdown(wait=False)
        if self._pool is None:
            self._pool = cf.ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init, initargs=(self.rules_path, self.nam),
            )
            self._submitted = 0
        self._submitted += 1
        return self._pool

    def _reset(self, pool: cf.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                proc.kill()
            except Exception:  # already gone
                pass
        pool.shutdown(wait=False, cancel_futures=True)

    def analyse(self, raw: bytes) -> Any:
        pool = self._get()
        try:
            future = pool.submit(_analyse, raw)
        except cf.process.BrokenProcessPool as exc:
            self._reset(pool)
            raise AnalysisUnavailable("analysis worker pool broken") from exc
        try:
            return future.result(timeout=self.timeout)
        except cf.TimeoutError as exc:
            log.error("analysis ran past %.0fs: stopping its worker", self.timeout)
            self._reset(pool)
            raise AnalysisUnavailable(f"analysis ran past {self.timeout:.0f}s") from exc
        except cf.process.BrokenProcessPool as exc:
            log.error("an analysis worker died: restarting the pool")
            self._reset(pool)
            raise AnalysisUnavailable("analysis worker died") from exc

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
