"""`Mailbox` over a local Maildir (demo, tests, or mail delivered to disk).

The layout is Maildir++, the one Dovecot uses: the top folder is the inbox,
and a folder "Processed/Accepted" is the directory ".Processed.Accepted"
beside new/ and cur/. Ids are Maildir keys (the file name before ":2,").

Filing renames the message file into the target folder, keeping its flags
and its new/ or cur/ place: a rename is atomic, so a crash leaves the
message in exactly one folder. Reading never moves a file from new/ to cur/
and never adds the S (seen) flag.
"""

from __future__ import annotations

import logging
import mailbox
import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from inboxbot.mailbox import PermanentMailboxError, TransientMailboxError

__all__ = ["MaildirMailbox"]

log = logging.getLogger(__name__)

#: Maildir's info separator on POSIX ("key:2,FS").
_COLON = mailbox.Maildir.colon

#: Delivery time at the start of a Maildir key: "1732270000.M123456P42.host".
_KEY_TIME = re.compile(r"(\d+)\.(?:M(\d+))?")


class MaildirMailbox:
    """The Maildir at `path`, watching `folder` ("INBOX" = the top folder).

    With `create=False` (the default) a missing Maildir is a configuration
    error (`PermanentMailboxError`) rather than a silently created empty
    inbox. `wait()` rescans new/ and cur/ every `poll_interval` seconds.
    """

    def __init__(
        self,
        name: str,
        path: str | os.PathLike[str],
        *,
        folder: str = "INBOX",
        create: bool = False,
        poll_interval: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.name = name
        self.path = Path(path)
        self.folder = folder
        self.create = create
        self.poll_interval = poll_interval
        self._clock = clock
        self._sleep = sleep
        self._root: mailbox.Maildir | None = None
        self._watched: Path | None = None
        self._paths: dict[str, Path] = {}
        self._listed: set[str] | None = None

    def __repr__(self) -> str:
        return f"MaildirMailbox({self.name!r}, {str(self.path)!r}, folder={self.folder!r})"

    # -- connection ---------------------------------------------------------
    def connect(self) -> None:
        """Open the Maildir (creating it only if `create`); no-op if open."""
        if self._root is not None:
            return
        if not (self.path / "cur").is_dir():
            if not self.create:
                raise PermanentMailboxError(f"{self.name}: {self.path} is not a Maildir")
        try:
            root = mailbox.Maildir(self.path, factory=None, create=self.create)
            watched = self.path
            if self.folder.upper() != "INBOX":
                watched = self._folder_dir(self.folder)
                if not (watched / "cur").is_dir():
                    if not self.create:
                        raise PermanentMailboxError(
                            f"{self.name}: folder {self.folder!r} missing in {self.path}")
                    root.add_folder(watched.name[1:])
        except OSError as e:
            raise _translate(self.name, e) from e
        self._root, self._watched = root, watched

    def close(self) -> None:
        """Forget the open Maildir; never raises."""
        self._root = None
        self._watched = None

    def _folder_dir(self, folder: str) -> Path:
        parts = folder.split("/")
        if any(not p or "." in p or os.sep in p for p in parts):
            raise PermanentMailboxError(
                f"{self.name}: folder name {folder!r} cannot be stored in Maildir++ "
                "(no empty parts and no '.')")
        return self.path / ("." + ".".join(parts))

    # -- folders ------------------------------------------------------------
    def ensure_folders(self, folders: Iterable[str]) -> None:
        """Create each Maildir++ folder that does not exist yet."""
        self.connect()
        assert self._root is not None
        for folder in folders:
            self._ensure(folder)

    def _ensure(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            return self.path
        target = self._folder_dir(folder)
        if not (target / "cur").is_dir():
            assert self._root is not None
            try:
                self._root.add_folder(target.name[1:])
            except OSError as e:
                raise _translate(self.name, e) from e
            log.info("%s: created folder %s", self.name, folder)
        return target

    # -- messages -----------------------------------------------------------
    def _scan(self) -> dict[str, Path]:
        """Key -> file of every message in the watched folder."""
        assert self._watched is not None
        found: dict[str, Path] = {}
        try:
            for sub in ("new", "cur"):
                with os.scandir(self._watched / sub) as entries:
                    for entry in entries:
                        if entry.name.startswith(".") or not entry.is_file():
                            continue
                        found[entry.name.split(_COLON, 1)[0]] = Path(entry.path)
        except OSError as e:
            raise _translate(self.name, e) from e
        self._paths = found
        return found

    def list_ids(self) -> list[str]:
        """Maildir keys, oldest delivery first (file mtime, then key)."""
        self.connect()
        files = self._scan()

        def age(key: str) -> tuple[int, int, int, str]:
            try:
                mtime = files[key].stat().st_mtime_ns
            except OSError:
                mtime = 0  # vanished meanwhile; fetch will say KeyError
            # File times tick in milliseconds on Linux, so messages delivered
            # together tie; the key's own "<seconds>.M<microseconds>" breaks it.
            m = _KEY_TIME.match(key)
            seconds, micros = (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)
            return mtime, seconds, micros, key

        keys = sorted(files, key=age)
        self._listed = set(keys)
        return keys

    def _path(self, msg_id: str) -> Path:
        path = self._paths.get(msg_id)
        if path is None or not path.exists():
            # Another reader may have moved it new/ -> cur/ or changed flags.
            path = self._scan().get(msg_id)
        if path is None:
            raise KeyError(msg_id)
        return path

    def fetch(self, msg_id: str) -> bytes:
        """The message file's bytes, untouched (line endings as stored)."""
        self.connect()
        try:
            return self._path(msg_id).read_bytes()
        except FileNotFoundError:
            raise KeyError(msg_id) from None
        except OSError as e:
            raise _translate(self.name, e) from e

    def move(self, msg_id: str, folder: str, *, twins: int = 0) -> None:
        """Rename the file into `folder` (created if missing), same subdir and flags.

        A rename is all or nothing, so there is no half-done filing to tell
        apart from `twins` (the same email delivered twice).
        """
        self.connect()
        source = self._path(msg_id)
        target = self._ensure(folder) / source.parent.name / source.name
        if target.exists():
            raise PermanentMailboxError(f"{self.name}: {target} already exists")
        try:
            os.rename(source, target)
        except FileNotFoundError:
            raise KeyError(msg_id) from None
        except OSError as e:
            raise _translate(self.name, e) from e
        self._paths.pop(msg_id, None)
        if self._listed is not None:
            self._listed.discard(msg_id)

    # -- waiting ------------------------------------------------------------
    def wait(self, timeout: float) -> bool:
        """Poll until a message not returned by the last list_ids appears."""
        self.connect()
        end = self._clock() + max(0.0, timeout)
        while True:
            if self._listed is None or set(self._scan()) - self._listed:
                return True
            remaining = end - self._clock()
            if remaining <= 0:
                return False
            self._sleep(min(self.poll_interval, remaining))


def _translate(name: str, e: OSError) -> Exception:
    if isinstance(e, (PermissionError, FileNotFoundError, NotADirectoryError)):
        return PermanentMailboxError(f"{name}: {e}")
    return TransientMailboxError(f"{name}: {e}")
