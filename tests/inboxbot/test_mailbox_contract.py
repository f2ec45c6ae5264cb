"""The `Mailbox` contract, run over every implementation and server flavour.

Each backend pairs a `Mailbox` with a test-side view of the store behind it
(plain files for Maildir, a separate imapclient session for Dovecot), so
every assertion is about what really happened in the store, not about what
the mailbox object says about itself.
"""

from __future__ import annotations

import mailbox as stdlib_mailbox
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from inboxbot.imap import ImapMailbox
from inboxbot.mailbox import Mailbox, TransientMailboxError, open_mailbox
from inboxbot.maildir import MaildirMailbox
from inboxbot.oauth import ClientCredentialsToken
from tests.servers import DovecotServer, OAuthServer

USER = "eastnam"


def message(n: int, subject: str = "Step-down submission") -> bytes:
    return (
        f"From: Ward {n} <ward{n}@nhs.example>\r\n"
        f"To: eastNAM@newham.gov.uk\r\n"
        f"Subject: {subject} {n}\r\n"
        f"Message-ID: <m{n}@nhs.example>\r\n"
        f"\r\n"
        f"Body of message {n}.\r\n"
    ).encode()


def same_message(a: bytes, b: bytes) -> bool:
    # Maildir keeps what was written; IMAP servers hand out CRLF.
    return a.replace(b"\r\n", b"\n") == b.replace(b"\r\n", b"\n")


# -- backends ----------------------------------------------------------------


@dataclass
class MaildirBackend:
    root: Path
    kind: str = "maildir"
    opened: list[Mailbox] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.box = stdlib_mailbox.Maildir(self.root, create=True)

    def mailbox(self) -> Mailbox:
        mb = MaildirMailbox("east", self.root, poll_interval=0.05)
        self.opened.append(mb)
        return mb

    def deliver(self, data: bytes) -> None:
        self.box.add(data)  # into new/, as an MTA would

    def _folder(self, folder: str) -> stdlib_mailbox.Maildir:
        if folder == "INBOX":
            return stdlib_mailbox.Maildir(self.root, create=False)
        return stdlib_mailbox.Maildir(self.root / ("." + folder.replace("/", ".")), create=False)

    def contents(self, folder: str = "INBOX") -> list[bytes]:
        box = self._folder(folder)
        return [box.get_bytes(k) for k in sorted(box.keys())]

    def seen(self, folder: str = "INBOX") -> list[bool]:
        box = self._folder(folder)
        return ["S" in box.get_message(k).get_flags() for k in box.keys()]

    def folders(self) -> set[str]:
        return {"INBOX", *(f.replace(".", "/") for f in self.box.list_folders())}


@dataclass
class DovecotBackend:
    server: DovecotServer
    kind: str
    token: Callable[[], str] | None = None
    poll_interval: float = 120.0
    opened: list[Mailbox] = field(default_factory=list)

    def mailbox(self) -> Mailbox:
        auth: dict[str, Any] = (
            {"token_provider": self.token} if self.token else
            {"password": self.server.users[USER]})
        mb = ImapMailbox("east", self.server.host, self.server.port, USER, security="none",
                         timeout=10, poll_interval=self.poll_interval, **auth)
        self.opened.append(mb)
        return mb

    def deliver(self, data: bytes) -> None:
        self.server.append(USER, "INBOX", data)

    def _name(self, folder: str) -> str:
        return folder if folder == "INBOX" else folder.replace("/", self.server.separator)

    def contents(self, folder: str = "INBOX") -> list[bytes]:
        # A \Deleted message is on its way out (servers without UIDPLUS
        # keep it until someone expunges); it no longer counts as there.
        return [body for body, flags in self.server.messages(USER, self._name(folder))
                if b"\\Deleted" not in flags]

    def seen(self, folder: str = "INBOX") -> list[bool]:
        return [b"\\Seen" in flags for _, flags in self.server.messages(USER, self._name(folder))
                if b"\\Deleted" not in flags]

    def folders(self) -> set[str]:
        return {f.replace(self.server.separator, "/") for f in self.server.folders(USER)}


Backend = MaildirBackend | DovecotBackend

integration = pytest.mark.integration
BACKENDS = [
    "maildir",
    pytest.param("dovecot", marks=integration),
    pytest.param("dovecot-exchange", marks=integration),
    pytest.param("dovecot-xoauth2", marks=integration),
    pytest.param("dovecot-minimal", marks=integration),
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    kind = request.param
    b: Backend
    if kind == "maildir":
        b = MaildirBackend(tmp_path / "Maildir")
    else:
        server_fixture = {"dovecot": "dovecot", "dovecot-exchange": "dovecot_exchange",
                          "dovecot-xoauth2": "dovecot",
                          "dovecot-minimal": "dovecot_minimal"}[kind]
        server: DovecotServer = request.getfixturevalue(server_fixture)
        server.reset()
        token = None
        if kind == "dovecot-xoauth2":
            oauth: OAuthServer = request.getfixturevalue("oauth_server")
            token = ClientCredentialsToken(oauth.token_url, oauth.client_id,
                                           oauth.client_secret, "imap")
        # No IDLE on the minimal server: poll fast so the test stays quick.
        b = DovecotBackend(server, kind, token=token,
                           poll_interval=0.2 if kind == "dovecot-minimal" else 120.0)
    yield b
    for mb in b.opened:
        mb.close()


@pytest.fixture
def mb(backend: Backend) -> Iterator[Mailbox]:
    m = backend.mailbox()
    m.connect()
    yield m
    m.close()


def needs_server(backend: Backend) -> DovecotBackend:
    if not isinstance(backend, DovecotBackend):
        pytest.skip("only servers have connections and UIDVALIDITY")
    return backend


# -- the contract ----------------------------------------------------------


def test_is_a_mailbox(mb: Mailbox) -> None:
    assert isinstance(mb, Mailbox)
    assert mb.name == "east"


def test_empty_inbox_lists_nothing(mb: Mailbox) -> None:
    assert mb.list_ids() == []


def test_lists_oldest_first_and_fetches_raw_bytes(backend: Backend, mb: Mailbox) -> None:
    sent = [message(i) for i in range(3)]
    for data in sent:
        backend.deliver(data)
    ids = mb.list_ids()
    assert len(ids) == 3
    assert len(set(ids)) == 3
    for msg_id, data in zip(ids, sent):
        assert same_message(mb.fetch(msg_id), data)


def test_fetch_does_not_mark_seen(backend: Backend, mb: Mailbox) -> None:
    backend.deliver(message(1))
    (msg_id,) = mb.list_ids()
    mb.fetch(msg_id)
    mb.fetch(msg_id)
    assert backend.seen() == [False]


def test_ids_are_stable(backend: Backend, mb: Mailbox) -> None:
    for i in range(3):
        backend.deliver(message(i))
    first = mb.list_ids()
    assert mb.list_ids() == first
    mb.close()
    mb.connect()
    assert mb.list_ids() == first
    mb.move(first[0], "Processed")
    assert mb.list_ids() == first[1:]
    assert same_message(mb.fetch(first[2]), message(2))


def test_move_files_the_message_and_nothing_else(backend: Backend, mb: Mailbox) -> None:
    for i in range(3):
        backend.deliver(message(i))
    ids = mb.list_ids()
    mb.move(ids[1], "Processed/Accepted")
    assert mb.list_ids() == [ids[0], ids[2]]
    filed = backend.contents("Processed/Accepted")
    assert len(filed) == 1 and same_message(filed[0], message(1))
    left = sorted(m.replace(b"\r\n", b"\n") for m in backend.contents("INBOX"))
    assert left == sorted(m.replace(b"\r\n", b"\n") for m in (message(0), message(2)))
    assert "Processed/Accepted" in backend.folders()


def test_move_keeps_another_delivery_of_the_same_message_id(backend: Backend, mb: Mailbox) -> None:
    # The same email relayed twice: one Message-ID, two deliveries. Filing the second
    # must not take the first (already filed) for its own copy.
    first = b"Received: from relay-a.nhs.example\r\n" + message(1)
    second = b"Received: from relay-b.nhs.example\r\n" + message(1)
    mb.ensure_folders(["Processed"])
    backend.deliver(first)
    (first_id,) = mb.list_ids()
    mb.move(first_id, "Processed")
    backend.deliver(second)
    (second_id,) = mb.list_ids()
    mb.move(second_id, "Processed")
    filed = sorted(m.replace(b"\r\n", b"\n") for m in backend.contents("Processed"))
    assert filed == sorted(m.replace(b"\r\n", b"\n") for m in (first, second))
    assert backend.contents("INBOX") == []


def test_moved_message_keeps_its_unread_state(backend: Backend, mb: Mailbox) -> None:
    backend.deliver(message(1))
    (msg_id,) = mb.list_ids()
    mb.fetch(msg_id)
    mb.move(msg_id, "Needs attention")
    assert backend.seen("Needs attention") == [False]


def test_ensure_folders_creates_missing_ones_idempotently(backend: Backend, mb: Mailbox) -> None:
    wanted = ["Processed", "Processed/Accepted", "Needs attention"]
    mb.ensure_folders(wanted)
    mb.ensure_folders(wanted)
    assert set(wanted) <= backend.folders()
    # A fresh connection sees them too (nothing cached only client-side).
    other = backend.mailbox()
    other.ensure_folders(wanted)
    assert set(wanted) <= backend.folders()


def test_unknown_ids_raise_key_error(backend: Backend, mb: Mailbox) -> None:
    backend.deliver(message(1))
    (msg_id,) = mb.list_ids()
    mb.move(msg_id, "Processed")
    with pytest.raises(KeyError):
        mb.fetch(msg_id)
    with pytest.raises(KeyError):
        mb.move(msg_id, "Processed")
    with pytest.raises(KeyError):
        mb.fetch("no-such-id")
    assert len(backend.contents("Processed")) == 1


def test_wait_times_out_when_nothing_arrives(mb: Mailbox) -> None:
    mb.list_ids()
    started = time.monotonic()
    assert mb.wait(0.5) is False
    assert 0.4 <= time.monotonic() - started < 3


def test_wait_returns_at_once_for_mail_not_yet_listed(backend: Backend, mb: Mailbox) -> None:
    mb.list_ids()
    backend.deliver(message(1))
    started = time.monotonic()
    assert mb.wait(10) is True
    assert time.monotonic() - started < 2


def test_wait_picks_up_mail_arriving_while_waiting(backend: Backend, mb: Mailbox) -> None:
    backend.deliver(message(0))
    before = mb.list_ids()
    timer = threading.Timer(0.5, backend.deliver, args=(message(1),))
    timer.start()
    try:
        started = time.monotonic()
        assert mb.wait(15) is True
        assert time.monotonic() - started < 5
    finally:
        timer.join()
    after = mb.list_ids()
    assert after[: len(before)] == before and len(after) == 2
    assert same_message(mb.fetch(after[1]), message(1))


def test_methods_connect_on_demand(backend: Backend) -> None:
    backend.deliver(message(1))
    m = backend.mailbox()
    assert len(m.list_ids()) == 1
    m.close()
    m.close()  # closing twice is harmless


# -- servers only: UIDVALIDITY and restarts -----------------------------------


def retry_once(call: Callable[[], Any]) -> Any:
    """What the daemon does: a transient error, back off, call again."""
    try:
        return call()
    except TransientMailboxError:
        return call()


def test_uidvalidity_change_gives_new_ids(backend: Backend, mb: Mailbox) -> None:
    b = needs_server(backend)
    b.deliver(message(1))
    (old,) = mb.list_ids()
    validity = b.server.uidvalidity(USER)
    b.server.set_uidvalidity(USER, "INBOX", validity + 1000)
    (new,) = retry_once(mb.list_ids)
    assert new != old
    assert new.startswith(f"{validity + 1000}:")
    with pytest.raises(KeyError):
        mb.fetch(old)
    assert same_message(mb.fetch(new), message(1))


def test_reconnects_after_server_restart(backend: Backend, mb: Mailbox) -> None:
    b = needs_server(backend)
    b.deliver(message(1))
    ids = mb.list_ids()
    b.server.restart()
    # The old connection is gone: the first call may fail transiently, the
    # next one reconnects and sees the same ids (UIDVALIDITY survives).
    assert retry_once(mb.list_ids) == ids
    assert same_message(mb.fetch(ids[0]), message(1))


def test_server_down_is_transient_and_recovers(backend: Backend, mb: Mailbox) -> None:
    b = needs_server(backend)
    b.deliver(message(1))
    ids = mb.list_ids()
    b.server.stop()
    try:
        for _ in range(2):  # dead connection, then connection refused
            with pytest.raises(TransientMailboxError):
                mb.list_ids()
    finally:
        b.server.start()
    assert mb.list_ids() == ids


def test_restart_while_waiting_is_transient(backend: Backend, mb: Mailbox) -> None:
    b = needs_server(backend)
    mb.list_ids()
    timer = threading.Timer(0.3, b.server.restart)
    timer.start()
    try:
        with pytest.raises(TransientMailboxError):
            mb.wait(10)
    finally:
        timer.join()
    b.deliver(message(1))
    assert len(retry_once(mb.list_ids)) == 1


def test_open_mailbox_builds_both_kinds(tmp_path: Path) -> None:
    m = open_mailbox("west", kind="maildir", path=tmp_path / "md", create=True)
    assert isinstance(m, MaildirMailbox)
    i = open_mailbox("west", kind="imap", host="imap.example", username="westnam",
                     password="pw")
    assert isinstance(i, ImapMailbox) and i.port == 993 and "pw" not in repr(i)
