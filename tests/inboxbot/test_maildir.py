"""Maildir-specific behaviour of `MaildirMailbox` (layout, flags, errors)."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest

from inboxbot.mailbox import PermanentMailboxError
from inboxbot.maildir import MaildirMailbox

MESSAGE = b"Subject: step-down\n\nhello\n"


def test_missing_maildir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(PermanentMailboxError, match="not a Maildir"):
        MaildirMailbox("east", tmp_path / "nope").connect()
    assert not (tmp_path / "nope").exists()


def test_create_makes_an_empty_maildir(tmp_path: Path) -> None:
    mb = MaildirMailbox("east", tmp_path / "md", create=True)
    assert mb.list_ids() == []
    assert {"new", "cur", "tmp"} <= {p.name for p in (tmp_path / "md").iterdir()}


def test_folders_use_the_maildirplusplus_layout_dovecot_reads(tmp_path: Path) -> None:
    mb = MaildirMailbox("east", tmp_path / "md", create=True)
    mb.ensure_folders(["Processed/Accepted", "Needs attention"])
    assert (tmp_path / "md" / ".Processed.Accepted" / "cur").is_dir()
    assert (tmp_path / "md" / ".Needs attention" / "maildirfolder").exists()


def test_folder_names_with_dots_are_refused(tmp_path: Path) -> None:
    mb = MaildirMailbox("east", tmp_path / "md", create=True)
    with pytest.raises(PermanentMailboxError):
        mb.ensure_folders(["v1.2"])


def test_move_keeps_flags_and_subdirectory(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "md", create=True)
    msg = mailbox.MaildirMessage(MESSAGE)
    msg.set_subdir("cur")
    msg.set_flags("FS")
    key = box.add(msg)
    mb = MaildirMailbox("east", tmp_path / "md")
    assert mb.list_ids() == [key]
    mb.move(key, "Processed")
    (moved,) = (tmp_path / "md" / ".Processed" / "cur").iterdir()
    assert moved.name == f"{key}:2,FS"
    assert moved.read_bytes() == MESSAGE


def test_fetch_leaves_new_mail_in_new(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "md", create=True)
    key = box.add(MESSAGE)
    mb = MaildirMailbox("east", tmp_path / "md")
    assert mb.fetch(key) == MESSAGE
    assert os.listdir(tmp_path / "md" / "new") == [key]


def test_oldest_first_by_delivery_time(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "md", create=True)
    keys = [box.add(MESSAGE + str(i).encode()) for i in range(3)]
    # Deliveries out of key order: file times decide.
    for age, key in zip((300, 100, 200), keys):
        path = tmp_path / "md" / "new" / key
        os.utime(path, (1_700_000_000 - age, 1_700_000_000 - age))
    assert MaildirMailbox("east", tmp_path / "md").list_ids() == [keys[0], keys[2], keys[1]]


def test_watching_a_subfolder(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "md", create=True)
    sub = box.add_folder("Submissions")
    key = sub.add(MESSAGE)
    box.add(b"Subject: not watched\n\n")
    mb = MaildirMailbox("east", tmp_path / "md", folder="Submissions")
    assert mb.list_ids() == [key]
    mb.move(key, "Processed")
    assert mb.list_ids() == []
    assert len(os.listdir(tmp_path / "md" / ".Processed" / "new")) == 1
