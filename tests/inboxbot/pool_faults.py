"""Installed in extraction workers by tests (ExtractionPool(initializer=...)): files named
hang.* never finish, crash.* kill the worker as a segfault in a C library would."""

from __future__ import annotations

import os
import signal
import time

from parsers import extract


def install() -> None:
    original = extract._Extractor._read

    def faulty(self, kind, att, base, nesting):
        if att.filename.startswith("hang."):
            while True:
                time.sleep(1)
        if att.filename.startswith("crash."):
            os.kill(os.getpid(), signal.SIGSEGV)
        if att.filename.startswith("spawn-hang."):
            # a child process that outlives its parent unless the whole group is killed
            import subprocess

            subprocess.Popen(["sleep", "300"])
            while True:
                time.sleep(1)
        return original(self, kind, att, base, nesting)

    extract._Extractor._read = faulty
