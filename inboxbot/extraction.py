"""Read attachments in worker processes that can be killed.

Document parsers are C libraries (pdfium, libxml2, Tesseract) fed with
untrusted bytes: a crafted or merely unlucky file can make one loop for
ever, eat all memory or segfault. Each document is therefore read in a
worker process with a time limit; a worker that runs past it is killed with
its whole process group (Tesseract runs as a child process), and one that
dies takes only its current document with it:

* past the time limit -> DocStatus.TIMEOUT,
* the worker crashed  -> DocStatus.CORRUPT ("the file made the reader crash"),

and a fresh worker takes its place. Workers live as long as the pool, so
the daemon keeps one pool for its lifetime and the CLI uses one per run, with
one worker per core.

    with ExtractionPool(workers=2) as pool:
        docs = pool.extract_all(email.attachments, limits, timeout=60)

or, with a process-wide pool created on first use, `extract_all(...)`.
"""

from __future__ import annotations

import atexit
import collections
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass

import parsers
from parsers.extract import extract_document, kind_of
from parsers.limits import DEFAULT_LIMITS, Limits
from parsers.model import Attachment, DocStatus, DocumentText

log = logging.getLogger(__name__)



@dataclass
class _Job:
    attachment: Attachment
    limits: Limits
    timeout: float
    future: Future


class _Worker:
    """One child process and the job it is working on.

    The child is a fresh interpreter (`python -m inboxbot.extraction`), not a
    fork: the daemon has threads (scheduler, IMAP), and forking a threaded
    process can deadlock; a fresh interpreter also never re-imports the
    caller's __main__. It leads its own session, so killing its process group
    also kills any Tesseract it started.
    """

    def __init__(self, initializer: str | None = None) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        env = dict(os.environ)
        root = str(Path(parsers.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "inboxbot.extraction", "--worker", str(to_child_r), str(from_child_w)]
                + ([initializer] if initializer else []),
                pass_fds=(to_child_r, from_child_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # libraries that print must not corrupt anything
                start_new_session=True,
                env=env,
                close_fds=True,
            )
        finally:
            os.close(to_child_r)
            os.close(from_child_w)
        self.send_conn = Connection(to_child_w, readable=False)
        self.conn = Connection(from_child_r, writable=False)  # EOF here means the child died
        self.job: _Job | None = None
        self.deadline = 0.0

    def send(self, message: object) -> None:
        self.send_conn.send(message)

    def kill(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the worker and any Tesseract it started
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.kill()
        except OSError:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            log.error("an extraction worker did not die after SIGKILL")
        self._close()

    def stop(self) -> None:
        try:
            self.send(None)
        except (OSError, EOFError, ValueError):
            pass
        try:
            self.process.wait(timeout=2)
            self._close()
        except subprocess.TimeoutExpired:
            self.kill()

    def alive(self) -> bool:
        return self.process.poll() is None

    def _close(self) -> None:
        for conn in (self.send_conn, self.conn):
            try:
                conn.close()
            except OSError:
                pass


class ExtractionPool:
    """A small pool of killable worker processes running `extract_document`.

    Thread-safe: `submit` may be called from any thread; one dispatcher
    thread owns the workers.
    """

    def __init__(self, workers: int | None = None, *, initializer: str | None = None) -> None:
        """`workers` processes (default: one per core). `initializer` ("module:function") runs in
        each worker before its first document, e.g. to set up logging."""
        self._size = max(1, workers or os.cpu_count() or 1)
        self._initializer = initializer
        self._queue: collections.deque[_Job] = collections.deque()
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = multiprocessing.Pipe(duplex=False)
        self._closed = False
        self._workers: list[_Worker] = []
        self._thread = threading.Thread(target=self._run, name="inboxbot-extract-dispatch", daemon=True)
        self._thread.start()

    # --- public -------------------------------------------------------------

    def submit(self, attachment: Attachment, limits: Limits, *, timeout: float | None = None) -> Future:
        """Queue one document; the future's result is its DocumentText (never an exception).
        `timeout` defaults to `limits.max_seconds`."""
        timeout = limits.max_seconds if timeout is None else timeout
        future: Future = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the extraction pool is closed")
            self._queue.append(_Job(attachment, limits, timeout, future))
        self._wake()
        return future

    def extract_all(
        self, attachments: Sequence[Attachment], limits: Limits, *, timeout: float | None = None
    ) -> list[DocumentText]:
        """Read every attachment, in parallel across the workers; results in the same order."""
        futures = [self.submit(att, limits, timeout=timeout) for att in attachments]
        return [f.result() for f in futures]

    def close(self) -> None:
        """Stop the workers. Queued documents that had not started are returned as TIMEOUT."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._wake()
        self._thread.join(timeout=30)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- dispatcher thread --------------------------------------------------

    def _wake(self) -> None:
        try:
            self._wake_w.send_bytes(b"x")
        except (OSError, ValueError):
            pass

    def _run(self) -> None:
        try:
            self._loop()
        except Exception:  # never leave callers waiting on futures that nobody will complete
            log.exception("extraction dispatcher failed")
        finally:
            self._shutdown()

    def _loop(self) -> None:
        while True:
            with self._lock:
                closed = self._closed
            if closed:
                return
            self._assign()
            busy = [w for w in self._workers if w.job is not None]
            waitables: list = [self._wake_r]
            for worker in busy:
                waitables.append(worker.conn)
            now = time.monotonic()
            timeout = min((w.deadline - now for w in busy), default=None)
            ready = multiprocessing.connection.wait(waitables, timeout=max(0.0, timeout) if timeout is not None else None)
            if self._wake_r in ready:
                while self._wake_r.poll():
                    self._wake_r.recv_bytes()
            for worker in busy:
                self._check(worker, ready)

    def _assign(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    return
                idle = next((w for w in self._workers if w.job is None), None)
                if idle is None and len(self._workers) >= self._size:
                    return
                job = self._queue.popleft()
            if job.future.done():  # cancelled by the caller
                continue
            if idle is None:
                try:
                    idle = _Worker(self._initializer)
                except OSError as exc:  # cannot start a process at all: answer, do not hang
                    log.error("cannot start an extraction worker (%s)", exc)
                    job.future.set_result(_failed(job.attachment, DocStatus.TIMEOUT, "the file could not be read now"))
                    continue
                self._workers.append(idle)
            idle.job = job
            idle.deadline = time.monotonic() + job.timeout
            try:
                idle.send((job.attachment, job.limits))
            except (OSError, EOFError, ValueError):
                self._fail(idle, DocStatus.CORRUPT, "the file made the reader crash")

    def _check(self, worker: _Worker, ready: list) -> None:
        job = worker.job
        if job is None:
            return
        if worker.conn in ready:
            try:
                result = worker.conn.recv()
            except (EOFError, OSError):
                result = None
            if isinstance(result, DocumentText):
                worker.job = None
                job.future.set_result(result)
                return
            self._fail(worker, DocStatus.CORRUPT, "the file made the reader crash")
            return
        if not worker.alive():
            self._fail(worker, DocStatus.CORRUPT, "the file made the reader crash")
            return
        if time.monotonic() >= worker.deadline:
            self._fail(
                worker, DocStatus.TIMEOUT, f"reading the file took longer than {job.timeout:.0f} seconds and was stopped"
            )

    def _fail(self, worker: _Worker, status: DocStatus, reason: str) -> None:
        """The worker is lost (hung or dead): answer its job, and replace it on the next assignment."""
        job = worker.job
        worker.job = None
        worker.kill()
        self._workers.remove(worker)
        if job is not None:
            log.warning("document %s (%s): %s", status.value, kind_of(job.attachment), reason)
            job.future.set_result(_failed(job.attachment, status, reason))

    def _shutdown(self) -> None:
        with self._lock:
            self._closed = True
            pending = list(self._queue)
            self._queue.clear()
        for job in pending:
            if not job.future.done():
                job.future.set_result(_failed(job.attachment, DocStatus.TIMEOUT, "the service stopped before the file was read"))
        for worker in list(self._workers):
            if worker.job is not None:
                self._fail(worker, DocStatus.TIMEOUT, "the service stopped before the file was read")
            else:
                worker.stop()
        self._workers.clear()


def _failed(att: Attachment, status: DocStatus, reason: str) -> DocumentText:
    return DocumentText(filename=att.filename, content_type=att.content_type, status=status, reason=reason, kind=kind_of(att))


def _worker_main(receive: Connection, reply: Connection) -> None:
    """Child process: read documents until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which then stops us
    limited = False
    while True:
        try:
            message = receive.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        attachment, limits = message
        if not limited:
            _limit_memory(limits.worker_memory_bytes)
            limited = True
        result = extract_document(attachment, limits)
        try:
            reply.send(result)
        except (OSError, EOFError, ValueError):
            return


def _limit_memory(max_bytes: int) -> None:
    """An address-space limit, so a decompression bomb raises MemoryError here instead of starving the host."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > max_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, hard))
    except (ImportError, ValueError, OSError):
        pass


# --- a process-wide pool -------------------------------------------------------

_default_pool: ExtractionPool | None = None
_default_lock = threading.Lock()


def default_pool() -> ExtractionPool:
    """The process-wide pool (one worker per core), created on first use and closed at exit."""
    global _default_pool
    with _default_lock:
        if _default_pool is None:
            _default_pool = ExtractionPool()
            atexit.register(_default_pool.close)
        return _default_pool


def extract_all(
    attachments: Sequence[Attachment], limits: Limits = DEFAULT_LIMITS, *, timeout: float | None = None,
    pool: ExtractionPool | None = None,
) -> list[DocumentText]:
    """Read each attachment in a worker process, at most `timeout` seconds each (default
    `limits.max_seconds`); results in order.

    Nothing raises and nothing hangs: a document that runs too long is TIMEOUT,
    one that crashes its reader is CORRUPT.
    """
    if not attachments:
        return []
    return (pool or default_pool()).extract_all(attachments, limits, timeout=timeout)


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    # Warm the libraries up before the first document arrives.
    import lxml.etree  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    if len(sys.argv) > 4:
        import importlib

        module_name, _, function_name = sys.argv[4].partition(":")
        getattr(importlib.import_module(module_name), function_name)()
    _worker_main(Connection(int(sys.argv[2]), writable=False), Connection(int(sys.argv[3]), readable=False))
