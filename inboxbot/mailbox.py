"""Where submissions come from: the mail-source interface and its errors.

The daemon reads every NAM inbox through `Mailbox`, whatever is behind it:
`inboxbot.imap.ImapMailbox` for the council's Exchange Online mailboxes (and
Dovecot in tests), `inboxbot.maildir.MaildirMailbox` for a local folder (demo,
tests, or a mail system that delivers to disk). One contract test suite,
`tests/inboxbot/test_mailbox_contract.py`, runs over both.

Failures come in two kinds, because the daemon must treat them differently:
`TransientMailboxError` (network trouble, a server restart: back off and
retry; the next call reconnects) and `PermanentMailboxError` (bad
credentials, a missing folder, bad configuration: retrying will not help, so
alert an administrator). A message that is no longer there (someone moved
it, or the folder's UIDVALIDITY changed) is neither: it raises `KeyError`,
as the standard library's `mailbox` module does.

`open_mailbox()` builds the right implementation from plain values, so the
configuration layer does not import imapclient.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    import ssl

__all__ = [
    "Mailbox",
    "MailboxError",
    "PermanentMailboxError",
    "TransientMailboxError",
    "open_mailbox",
]


class MailboxError(Exception):
    """Base class for failures talking to a mail source."""


class TransientMailboxError(MailboxError):
    """Network trouble or a server restart: retry with backoff.

    The connection has been dropped; the next call on the mailbox reconnects.
    """


class PermanentMailboxError(MailboxError):
    """Authentication failure, missing folder or bad configuration.

    Retrying will not help; an administrator has to act.
    """


@runtime_checkable
class Mailbox(Protocol):
    """One watched folder of one inbox, plus the folders mail is filed into.

    Message ids are opaque strings, stable for as long as the message stays
    in the watched folder (for IMAP `"<uidvalidity>:<uid>"`, for Maildir the
    Maildir key). Folder names use "/" as the hierarchy separator
    ("Processed/Accepted"); each implementation translates it for its store.

    Every method may raise `TransientMailboxError` or
    `PermanentMailboxError`; `fetch` and `move` raise `KeyError` for an id
    that is no longer in the watched folder. Methods other than `close`
    connect first if needed, so after a transient error the caller simply
    waits and calls again.
    """

    name: str
    """Inbox name used in logs and the case log, e.g. "east"."""

    def connect(self) -> None:
        """Open the connection (log in, select the watched folder)."""
        ...

    def close(self) -> None:
        """Close the connection; never raises."""
        ...

    def ensure_folders(self, folders: Iterable[str]) -> None:
        """Create each folder that does not exist yet."""
        ...

    def list_ids(self) -> list[str]:
        """Ids of the messages now in the watched folder, oldest first.

        Messages marked for removal (IMAP \\Deleted) are not listed, whoever
        marked them.
        """
        ...

    def fetch(self, msg_id: str) -> bytes:
        """The raw RFC 5322 message; never marks it as read (\\Seen)."""
        ...

    def move(self, msg_id: str, folder: str, *, twins: int = 0) -> None:
        """File the message into `folder` (created if missing).

        Never deletes content: the message exists in `folder` before it
        leaves the watched folder, and no other message is touched.
        Idempotent across crashes: if an earlier call for this id was cut
        short, calling it again finishes the job and leaves one copy in
        `folder`. That includes an id `list_ids` no longer returns because
        the interrupted call had already marked it for removal (IMAP
        without MOVE: \\Deleted but not yet expunged); an id whose message
        is gone raises `KeyError`.

        `twins`: how many messages with these very bytes (the same email
        delivered twice) were filed into `folder` before. That many look-alikes
        there are theirs, not a copy left by an interrupted call for this id.
        """
        ...

    def wait(self, timeout: float) -> bool:
        """Block until new mail may have arrived, or `timeout` seconds pass.

        Returns True if the source signalled a change (or messages not
        returned by the last `list_ids` are already there), False on
        timeout. Implementations may return early (False) to keep the
        connection alive; callers loop.
        """
        ...


Security = Literal["tls", "starttls", "none"]


def open_mailbox(
    name: str,
    *,
    kind: Literal["imap", "maildir"],
    host: str = "",
    port: int | None = None,
    username: str = "",
    password: str | None = None,
    token_provider: Callable[[], str] | None = None,
    security: Security = "tls",
    ssl_context: ssl.SSLContext | None = None,
    folder: str = "INBOX",
    path: str | Path | None = None,
    create: bool = False,
    poll_interval: float | None = None,
) -> Mailbox:
    """Build the `Mailbox` for one configured inbox (not yet connected).

    `kind="imap"` needs host, username and either password or
    token_provider (a callable returning an OAuth2 access token, e.g.
    `inboxbot.oauth.ClientCredentialsToken`). `kind="maildir"` needs path;
    `folder` then names a Maildir++ subfolder to watch ("INBOX" = the top).
    """
    if kind == "imap":
        from inboxbot.imap import ImapMailbox

        extra = {} if poll_interval is None else {"poll_interval": poll_interval}
        return ImapMailbox(
            name, host, port, username, password=password, token_provider=token_provider,
            security=security, ssl_context=ssl_context, folder=folder, **extra,
        )
    if kind == "maildir":
        from inboxbot.maildir import MaildirMailbox

        if path is None:
            raise PermanentMailboxError(f"mailbox {name!r}: maildir needs a path")
        extra = {} if poll_interval is None else {"poll_interval": poll_interval}
        return MaildirMailbox(name, path, folder=folder, create=create, **extra)
    raise PermanentMailboxError(f"mailbox {name!r}: unknown kind {kind!r}")
