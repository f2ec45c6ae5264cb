"""The daemon over real temporary Maildirs, the real checker, replies written to a Maildir."""

import email
import mailbox
from email import policy
from pathlib import Path

import pytest

from inboxbot.config import load_config
from inboxbot.daemon import Daemon
from inboxbot.db import open_database
from inboxbot.models import Case, Message, OutboxItem

from .corpus_mail import CORPUS, corpus, reply_to, with_headers, without_attachment

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")


@pytest.fixture
def cfg(tmp_path):
    text = (ROOT / "config" / "inboxbot.toml").read_text()
    text = text.replace('"sqlite:///var/inboxbot.db"', f'"sqlite:///{tmp_path}/db.sqlite"')
    text = text.replace('"demo/', f'"{tmp_path}/')
    text += f'\n[replies]\ntemplates_dir = "{ROOT}/templates"\n'
    p = tmp_path / "c.toml"
    p.write_text(text)
    return load_config(p, env={})


def deliver(cfg, hood, raw):
    Path(cfg.inboxes[hood].maildir).parent.mkdir(parents=True, exist_ok=True)
    mailbox.Maildir(str(cfg.inboxes[hood].maildir), create=True).add(raw)


def folder(cfg, hood, name):
    box = mailbox.Maildir(str(cfg.inboxes[hood].maildir), create=True)
    try:
        return [box.get_folder(name).get_bytes(k) for k in box.get_folder(name).keys()]
    except mailbox.NoSuchMailboxError:
        return []


def inbox_count(cfg, hood):
    return len(mailbox.Maildir(str(cfg.inboxes[hood].maildir), create=True).keys())


def sent(cfg):
    box = mailbox.Maildir(str(cfg.smtp.outbox_maildir), create=True)
    return [email.message_from_bytes(box.get_bytes(k), policy=policy.default) for k in box.keys()]


def daemon(cfg, **kw):
    d = Daemon(cfg, open_database(cfg.database.url), **kw)
    for m in d.mailboxes.values():
        m.connect()
    return d


def test_backlog_filed_and_replied_once(cfg):
    deliver(cfg, "central", corpus("0043"))  # complete, pathway 1
    deliver(cfg, "east", corpus("0068"))  # auto-reply
    d = daemon(cfg)
    d.process_once()
    assert inbox_count(cfg, "central") == 0 and inbox_count(cfg, "east") == 0
    assert len(folder(cfg, "central", "Processed")) == 1
    assert len(folder(cfg, "east", "Not a submission")) == 1
    replies = sent(cfg)
    assert len(replies) == 1 and replies[0]["X-Inboxbot-Case"] == "EH-000001"
    assert replies[0]["In-Reply-To"] == email.message_from_bytes(corpus("0043"), policy=policy.default)["Message-ID"]
    d.process_once()
    assert len(sent(cfg)) == 1


def test_query_reply_acknowledgement_round_trip(cfg):
    original = corpus("0043")
    nam = "centralNAM@newham.gov.uk"
    sender = email.message_from_bytes(original, policy=policy.default)["From"]
    deliver(cfg, "central", without_attachment(original, "SA Santos"))
    d = daemon(cfg)
    d.process_once()
    [query] = sent(cfg)
    assert "assessment_attached" in query["X-Inboxbot-Missing"]
    assert len(folder(cfg, "central", "Awaiting information")) == 1
    box = mailbox.Maildir(str(cfg.smtp.outbox_maildir))
    query_raw = [box.get_bytes(k) for k in box.keys()][0]
    deliver(cfg, "central", reply_to(query_raw, attach_from=original, needle="SA Santos", sender=sender, nam=nam))
    d.process_once()
    replies = sorted(sent(cfg), key=lambda m: m["Date"])
    assert len(replies) == 2
    ack = [m for m in replies if m["Message-ID"] != query["Message-ID"]][0]
    assert ack["X-Inboxbot-Case"] == query["X-Inboxbot-Case"]
    assert "assessment_attached" not in (ack["X-Inboxbot-Missing"] or "")
    with d.db.sessions() as s:
        case = s.query(Case).one()
        assert len(case.messages) == 2 and len(case.events) == 2


def test_duplicate_message_id_gets_one_case_and_one_reply(cfg):
    deliver(cfg, "central", corpus("0043"))
    deliver(cfg, "west", corpus("0043"))  # same email, also sent to another NAM inbox
    d = daemon(cfg)
    d.process_once()
    assert len(sent(cfg)) == 1
    with d.db.sessions() as s:
        assert s.query(Case).count() == 1
        assert sorted(m.reason.split(" ")[0] for m in s.query(Message)) == ["complete:", "duplicate"]


def test_disallowed_and_spoofed_senders_get_no_reply(cfg):
    deliver(cfg, "central", with_headers(corpus("0043"), From="Dawn (newham.gov.uk) <dawn@gmail.com>"))
    deliver(cfg, "east", with_headers(corpus("0051"), From="Someone <someone@newham-gov.uk>"))
    d = daemon(cfg)
    d.process_once()
    assert sent(cfg) == []
    assert len(folder(cfg, "central", "Needs attention")) == 1 and len(folder(cfg, "east", "Needs attention")) == 1
    with d.db.sessions() as s:
        assert s.query(Case).count() == 0


def test_crash_between_commit_and_move_files_without_second_reply(cfg):
    deliver(cfg, "central", corpus("0043"))
    d = daemon(cfg)
    real_move = d.mailboxes["central"].move

    def crash(*a, **kw):
        raise KeyboardInterrupt("simulated kill")

    d.mailboxes["central"].move = crash
    with pytest.raises(KeyboardInterrupt):
        d.process_once()
    d.mailboxes["central"].move = real_move
    d2 = daemon(cfg)  # a restarted process
    d2.process_once()
    assert inbox_count(cfg, "central") == 0 and len(folder(cfg, "central", "Processed")) == 1
    assert len(sent(cfg)) == 1
    with d2.db.sessions() as s:
        assert s.query(OutboxItem).count() == 1


def test_unexpected_error_files_for_a_person(cfg):
    deliver(cfg, "central", corpus("0043"))

    class Broken:
        def analyse(self, raw):
            raise RuntimeError("parser bug")

        def check(self, analyses):
            raise AssertionError

    d = daemon(cfg, checker=Broken())
    d.process_once()
    assert len(folder(cfg, "central", "Needs attention")) == 1 and sent(cfg) == []
    with d.db.sessions() as s:
        m = s.query(Message).one()
        assert "RuntimeError" in m.reason and "parser bug" in m.error


def test_cli_cases_and_status(cfg, capsys):
    from inboxbot.cli import main

    deliver(cfg, "central", corpus("0043"))
    daemon(cfg).process_once()
    assert main(["cases", "--config", str(cfg.source), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"ref": "EH-000001"' in out and '"taf_review_due"' in out
    assert main(["status", "--config", str(cfg.source)]) == 0
    assert "central" in capsys.readouterr().out
    csv_path = cfg.source.parent / "nam.csv"
    assert main(["cases", "--config", str(cfg.source), "--csv", str(csv_path)]) == 0
    # The digest's case-log attachment, formula-safe: one export, one format.
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("reference,family,neighbourhood,pathway,status,missing,lead_practitioner")
    assert lines[1].startswith("EH-000001,") and len(lines) == 2


def test_case_hooks_run_in_the_decision_transaction(cfg):
    deliver(cfg, "central", corpus("0043"))
    d = daemon(cfg)
    seen = []
    d.case_hooks.append(lambda s, case, change, now: seen.append((case.ref, case.status, change.event, s.in_transaction())))
    d.process_once()
    assert seen == [("EH-000001", "acknowledged", "created", True)]


def test_attachments_are_read_once_and_reused_after_a_restart(cfg):
    # The round trip of the test above, with a restart (a new process: empty memory) between
    # the query and the reply: re-checking the case uses what was saved of the first email's
    # attachments instead of reading (OCR) them again, and the outcome is the same.
    from inboxbot.daemon import PipelineChecker

    class Counting(PipelineChecker):
        reads: list[int] = []

        def extract(self, email):
            docs = super().extract(email)
            Counting.reads.append(len(docs))
            return docs

    original = corpus("0043")
    sender = email.message_from_bytes(original, policy=policy.default)["From"]
    deliver(cfg, "central", without_attachment(original, "SA Santos"))
    d = daemon(cfg, checker=Counting(cfg))
    d.process_once()
    [query] = sent(cfg)
    box = mailbox.Maildir(str(cfg.smtp.outbox_maildir))
    query_raw = [box.get_bytes(k) for k in box.keys()][0]
    d.close()
    with d.db.sessions() as s:
        saved = s.query(Message).one().extracted
    assert saved and all(doc["text"] for doc in saved)

    deliver(cfg, "central", reply_to(query_raw, attach_from=original, needle="SA Santos", sender=sender,
                                     nam="centralNAM@newham.gov.uk"))
    d = daemon(cfg, checker=Counting(cfg))  # the restart
    d.process_once()
    assert len(Counting.reads) == 2, "the first email's attachments were read again after the restart"
    ack = [m for m in sent(cfg) if m["Message-ID"] != query["Message-ID"]][0]
    assert "assessment_attached" not in (ack["X-Inboxbot-Missing"] or "")
    assert (ack["X-Inboxbot-Missing"] or "") == ""
