"""The daemon: a loop of `process_once(now)` over the NAM inboxes, plus the outbox.

For each email in a watched folder, in this order (so a kill -9 at any point loses nothing and
never sends a reply twice):

1. fetch the bytes (the message stays in the inbox until step 4);
2. analyse and check them (pure), match the case, `decide()` (pure);
3. one transaction: message row DECIDED with its target folder, case-log change, reply rendered
   into the outbox with its Message-ID fixed, audit rows;
4. move the email to its folder (IMAP MOVE, or COPY + \\Deleted + UID EXPUNGE), row FILED;
5. send the outbox.

A restart after 3 finds the row DECIDED and only files it (4); the outbox row is sent once, and
a re-send after a crash between the server's 250 and our commit is the identical message.
The broad `except` is only at the per-message boundary: anything unexpected files the email to
the needs-attention folder with the reason in the log (no personal data at INFO and above).

`run()` adds one thread per inbox (IDLE or polling via `Mailbox.wait`, reconnect with back-off,
an inbox lease for several processes), an outbox thread, the follow-ups scheduler
(`inboxbot.scheduler`: TAF review reminders, chasers, NAM digests, the daily retention run),
administrator alerts, and a clean stop on SIGTERM/SIGINT.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import signal
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError, DBAPIError

from inboxbot import store
from inboxbot.alerts import Alerter
from inboxbot.attention import intake_of
from inboxbot.casematch import match_case
from inboxbot.clock import Clock, SystemClock, london_date
from inboxbot.config import Config, InboxConfig
from inboxbot.db import Database
from inboxbot.decide import Budget, Decision, DecideSettings, Inbound, UnreadableFile, decide
from inboxbot.leases import LeaseKeeper, LeaseLost, fence
from inboxbot.mailbox import Mailbox, MailboxError, PermanentMailboxError, TransientMailboxError
from inboxbot.models import Message, MessageStatus
from inboxbot.outbox import MaildirTransport, SmtpTransport, Transport, queue, retry_now, send_due
from inboxbot.policy import PolicySettings, raw_from_header, screen
from inboxbot.replies import Original, ReplySettings, Templates, render_reply
from inboxbot.scheduler import FollowupScheduler

log = logging.getLogger(__name__)

ANALYSIS_CACHE = 8  # analyses kept in memory for re-checking cases
# Reads of one email cut short (the process died mid-read) before it is filed for a person. A
# kill from outside (a deploy, the OOM killer, a reboot) is no fault of the email, so this is not
# 1; an email that kills the process each time it is read must not loop forever, so it is finite.
MAX_INTERRUPTED_READS = 5


# --- the checker, behind a small interface ------------------------------------------------------


class Checker(Protocol):
    def analyse(self, raw: bytes) -> Any:
        """bytes -> parsers.model.Analysis"""

    def check(self, analyses: Sequence[Any]) -> Any:
        """the union of a case's analyses -> inboxbot.checker.Outcome"""


class PipelineChecker:
    """Parse, extract, analyse and check with the configured rules.

    Attachments are read in the killable worker processes of `inboxbot.extraction` (the PDF and
    OCR libraries are C code fed untrusted bytes, and not thread-safe): a document that runs
    past its time limit or crashes its reader comes back as TIMEOUT/CORRUPT, a decision, never
    an exception. With `[analysis] workers = 0` they are read here, one email at a time.
    """

    def __init__(self, config: Config) -> None:
        from inboxbot.rules import load_rules
        from parsers.limits import DEFAULT_LIMITS

        self.rules = load_rules(config.rules_path) if config.rules_path else load_rules()
        self.nam_addresses = {address: name for name, address in config.nam_addresses.items()}
        self.limits = DEFAULT_LIMITS
        self.timeout = config.analysis.timeout
        self._lock = threading.Lock()
        self.pool = None
        if config.analysis.workers > 0:
            from inboxbot.extraction import ExtractionPool

            self.pool = ExtractionPool(workers=config.analysis.workers)

    def analyse(self, raw: bytes) -> Any:
        email = self.parse(raw)
        return self.analyse_read(email, self.extract(email))

    def parse(self, raw: bytes) -> Any:
        """bytes -> parsers.model.ParsedEmail (quick)."""
        from parsers.mime import parse_email

        return parse_email(raw)

    def extract(self, email: Any) -> list[Any]:
        """What each attachment holds (parsers.model.DocumentText): the slow part (PDF, OCR)."""
        if self.pool is not None:
            return self.pool.extract_all(email.attachments, self.limits, timeout=self.timeout)
        from inboxbot.pipeline import extract_all

        with self._lock:
            return extract_all(email.attachments, self.limits)

    def analyse_read(self, email: Any, docs: Sequence[Any]) -> Any:
        """The analysis of a parsed email whose attachments were read already: pure and quick."""
        from parsers.analyse import analyse

        return analyse(email, list(docs), self.nam_addresses)

    def check(self, analyses: Sequence[Any]) -> Any:
        from inboxbot.checker import check

        return check(analyses, self.rules)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def outcome_json(outcome: Any) -> dict[str, Any] | None:
    to_json = getattr(outcome, "to_json", None)
    if to_json is None:
        return None
    value = to_json()
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return value if isinstance(value, dict) else None


def unreadable_files(analyses: Sequence[Any], outcome: Any = None) -> tuple[UnreadableFile, ...]:
    """Documents that could not be read: password-protected, corrupt. From the documents' status."""
    out: dict[str, UnreadableFile] = {}
    for entry in getattr(outcome, "documents", ()) or ():
        if isinstance(entry, tuple) and len(entry) == 3:
            filename, _type, status = entry
            if str(status) == "encrypted":
                out[filename] = UnreadableFile(filename, "password-protected")
            elif str(status) in ("corrupt", "timeout", "too_large"):
                out.setdefault(filename, UnreadableFile(filename, "unreadable"))
    for analysis in analyses:
        for cdoc in getattr(analysis, "documents", ()):
            doc = getattr(cdoc, "doc", cdoc)
            status = str(getattr(doc, "status", "ok"))
            if status == "encrypted":
                out[doc.filename] = UnreadableFile(doc.filename, "password-protected")
            elif status in ("corrupt", "timeout", "too_large") and doc.filename not in out:
                out[doc.filename] = UnreadableFile(doc.filename, "unreadable")
    return tuple(out.values())


# --- building the edges from config ---------------------------------------------------------------


def build_mailbox(inbox: InboxConfig, config: Config) -> Mailbox:
    """The one place a `Mailbox` is made from configuration."""
    from inboxbot.mailbox import open_mailbox

    if inbox.maildir is not None:
        return open_mailbox(inbox.name, kind="maildir", path=inbox.maildir, folder=inbox.folder, create=True,
                            poll_interval=min(0.25, config.timing.wait_slice))
    token = None
    if inbox.oauth is not None:
        from inboxbot.oauth import ClientCredentialsToken

        o = inbox.oauth
        token = ClientCredentialsToken(o.token_url, o.client_id, o.client_secret, o.scope)
    ctx = None
    if not inbox.verify_tls:
        import ssl

        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return open_mailbox(
        inbox.name, kind="imap", host=inbox.imap_host, port=inbox.imap_port, username=inbox.username,
        password=inbox.password or None, token_provider=token, security=inbox.imap_security,
        ssl_context=ctx, folder=inbox.folder, poll_interval=config.timing.poll_interval,
    )


def build_transport(config: Config) -> Transport:
    smtp = config.smtp
    if smtp.outbox_maildir is not None:
        return MaildirTransport(smtp.outbox_maildir)
    token = None
    if smtp.oauth is not None:
        from inboxbot.oauth import ClientCredentialsToken

        o = smtp.oauth
        token = ClientCredentialsToken(o.token_url, o.client_id, o.client_secret, o.scope)
    return SmtpTransport(smtp.host, smtp.port, security=smtp.security, username=smtp.username,
                         password=smtp.password, token_provider=token, verify_tls=smtp.verify_tls, timeout=smtp.timeout)


def default_owner(config: Config) -> str:
    """This process in leases: "<instance or hostname>:<pid>"."""
    return f"{config.instance or socket.gethostname()}:{os.getpid()}"


# --- reports ----------------------------------------------------------------------------------------


@dataclass
class InboxReport:
    inbox: str
    seen: int = 0
    filed: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    remaining: int = 0


@dataclass
class OnceReport:
    inboxes: list[InboxReport] = field(default_factory=list)
    sent: int = 0
    send_failed: int = 0
    send_deferred: int = 0

    @property
    def processed(self) -> int:
        return sum(sum(r.filed.values()) for r in self.inboxes)


# --- the daemon -------------------------------------------------------------------------------------


class Daemon:
    def __init__(
        self,
        config: Config,
        db: Database,
        *,
        mailboxes: dict[str, Mailbox] | None = None,
        transport: Transport | None = None,
        checker: Checker | None = None,
        clock: Clock | None = None,
        owner: str | None = None,
    ) -> None:
        self.config = config
        self.db = db
        self.clock = clock or SystemClock()
        self.owner = owner or default_owner(config)
        self.mailboxes = mailboxes if mailboxes is not None else {n: build_mailbox(i, config) for n, i in config.inboxes.items()}
        self.transport = transport or build_transport(config)
        self.checker = checker or PipelineChecker(config)
        self.templates = Templates(config.replies.templates_dir)
        self.alerter = Alerter(db, config, self.templates, self.owner)
        self.reply_settings = ReplySettings(config.smtp.from_addr, config.replies.team_name, config.replies.secure_route)
        self.policy = PolicySettings(
            allowed_domains=config.senders.allowed_domains,
            partner_domains=config.senders.partner_domains,
            authserv_id=config.policy.authserv_id,
            own_addresses=tuple(config.nam_addresses.values()) + (self.reply_settings.from_addr.split("<")[-1].rstrip(">").strip().lower(),),
        )
        self.decide_settings = DecideSettings(
            first_taf_review_weeks=config.replies.first_taf_review_weeks,
            replies_per_sender_per_day=config.policy.replies_per_sender_per_day,
            replies_per_case_per_day=config.policy.replies_per_case_per_day,
            followups=config.followups,
        )
        self._decide_lock = threading.Lock()  # one decision commits at a time (dedupe, case match)
        # Recent analyses by message row, so re-checking a case on the union of its emails does
        # not parse them all again. Small: an Analysis holds the attachments' bytes.
        self._analysis_cache: OrderedDict[int, Any] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._outbox_kick = threading.Event()
        self._folders_ready: set[str] = set()
        # Set by `run()`: which inboxes this process may work on when several share the database.
        # `process_once()` (tests, the demo, one process) works without leases.
        self.leases: LeaseKeeper | None = None
        # Called inside the decision's transaction after each case-log change, as
        # hook(session, case, change, now).
        self.case_hooks: list[Callable[[Any, Any, Any, dt.datetime], None]] = []
        # TAF review reminders, chasers and digests: planned in the same transaction as the
        # case change (created, queried, acknowledged, TAF review), queued into the outbox by
        # their jobs, and sent by the outbox thread, which they wake.
        self.followups = FollowupScheduler(config, config.followups, db, self.clock, on_queued=self._outbox_kick.set)
        self.case_hooks.append(lambda s, case, _change, now: self.followups.on_case_changed(s, case, now))

    # -- one pass ---------------------------------------------------------------------------------

    def folder_name(self, role: str) -> str:
        return getattr(self.config.folders, role)

    def process_once(self, now: dt.datetime | None = None) -> OnceReport:
        """Every inbox once (connecting as needed), then the outbox. Raises mailbox errors."""
        report = OnceReport()
        for name in self.mailboxes:
            report.inboxes.append(self.process_inbox(name, now or self.clock.now()))
        sent = self.send_outbox(now or self.clock.now())
        report.sent, report.send_failed, report.send_deferred = sent.sent, sent.failed, sent.retried
        return report

    def process_inbox(self, name: str, now: dt.datetime | None = None) -> InboxReport:
        mailbox = self.mailboxes[name]
        inbox_cfg = self.config.inboxes[name]
        report = InboxReport(name)
        if name not in self._folders_ready:
            mailbox.ensure_folders(self.config.folders.all())
            self._folders_ready.add(name)
        ids = mailbox.list_ids()
        self._reconcile(name, ids, now or self.clock.now())
        if ids:
            with self.db.transaction() as s:
                store.update_inbox_state(s, name, backlog=len(ids))
        for msg_id in ids:
            if self.leases is not None and not self.leases.holds(name):
                break  # lost, or being handed to another process: leave the rest to it
            at = now or self.clock.now()
            folder = self.process_message(name, msg_id, at)
            if folder is not None:
                report.filed[folder] = report.filed.get(folder, 0) + 1
                report.seen += 1
        at = now or self.clock.now()
        with self.db.transaction() as s:
            store.update_inbox_state(s, name, address=inbox_cfg.address, connected=True, last_check_at=at,
                                     backlog=0, last_error=None, consecutive_failures=0)
        return report

    def _reconcile(self, inbox: str, ids: list[str], now: dt.datetime) -> None:
        """Rows decided but not recorded as filed whose email is not listed: a crash came while
        filing. Filing again finishes it: the email may still be there, flagged \\Deleted by an
        interrupted COPY + STORE + UID EXPUNGE (not listed, but ours to expunge); if it is gone,
        the move happened and is recorded."""
        folder = self.config.inboxes[inbox].folder
        present = set(ids)
        with self.db.sessions() as s:
            rows = s.scalars(select(Message).where(Message.inbox == inbox, Message.folder == folder,
                                                   Message.status == MessageStatus.DECIDED))
            unlisted = [(r.id, r.source_id, r.target_folder) for r in rows
                        if r.source_id not in present and r.target_folder]
        for row_id, msg_id, target in unlisted:
            self._file(inbox, msg_id, row_id, target, now, detail="filing finished after a restart")

    def process_message(self, inbox: str, msg_id: str, now: dt.datetime) -> str | None:
        """Decide, commit, file one email. Returns the folder it was filed to, or None if it vanished."""
        mailbox = self.mailboxes[inbox]
        folder_watched = self.config.inboxes[inbox].folder
        with self.db.sessions() as s:
            row = s.scalar(select(Message).where(Message.inbox == inbox, Message.folder == folder_watched, Message.source_id == msg_id))
            if row is not None and row.status in (MessageStatus.DECIDED, MessageStatus.FILED) and row.target_folder:
                # Decided before a crash or a failed move: only file it.
                return self._file(inbox, msg_id, row.id, row.target_folder, now)
        try:
            raw = mailbox.fetch(msg_id)
        except KeyError:
            return None
        row_id, reads = self._record_seen(inbox, folder_watched, msg_id, raw, now)
        try:
            if reads - 1 >= MAX_INTERRUPTED_READS:
                decision = Decision("needs_attention", f"reading it was cut short {reads - 1} times (the process stopped)",
                                    audit_event="failed")
                target = self._commit_plain(row_id, decision, now, error="repeated interrupted reads")
            else:
                target = self._decide_and_commit(inbox, row_id, raw, now)
        except (OperationalError, DBAPIError, LeaseLost):
            raise  # the database is in trouble, or the inbox is another process's now: not the email's fault
        except Exception as exc:  # the per-message boundary: never lose it, never stall on it
            # The exception's text may quote a filename or letter text (personal data): only its
            # type at ERROR; the traceback at DEBUG; the full text in the message row for a person.
            log.error("inbox %s: message %s could not be processed (%s); filing for a person", inbox, row_id, type(exc).__name__)
            log.debug("processing failure", exc_info=True)
            decision = Decision("needs_attention", f"could not be processed: {type(exc).__name__}", audit_event="failed")
            target = self._commit_plain(row_id, decision, now, error=f"{type(exc).__name__}: {exc}"[:2000])
        self._outbox_kick.set()
        return self._file(inbox, msg_id, row_id, target, now)

    def _record_seen(self, inbox: str, folder: str, msg_id: str, raw: bytes, now: dt.datetime) -> tuple[int, int]:
        uidvalidity = uid = None
        head, _, tail = msg_id.partition(":")
        if head.isdigit() and tail.isdigit():
            uidvalidity, uid = int(head), int(tail)
        keep = self.config.storage.keep_raw_mail
        with self.db.transaction() as s:
            self._fence(s, inbox)
            row = s.scalar(select(Message).where(Message.inbox == inbox, Message.folder == folder, Message.source_id == msg_id))
            if row is None:
                row = Message(inbox=inbox, folder=folder, source_id=msg_id, uidvalidity=uidvalidity, uid=uid,
                              status=MessageStatus.NEW, attempts=0, seen_at=now, size=len(raw),
                              sha256=hashlib.sha256(raw).hexdigest(),
                              raw=raw if keep else None,
                              raw_expires_at=now + dt.timedelta(days=self.config.storage.raw_mail_retention_days) if keep else None)
                s.add(row)
                s.flush()
                store.audit(s, "received", now, actor=self.owner, inbox=inbox, message_row_id=row.id)
            # Counted before reading: a read that never finishes (the process died) stays counted.
            row.attempts += 1
            return row.id, row.attempts

    def _fence(self, s: Any, inbox: str) -> None:
        """Only the lease holder commits decisions for an inbox (see `inboxbot.leases`)."""
        if self.leases is not None:
            fence(s, inbox, self.owner)

    def _analyse_cached(self, row_id: int, raw: bytes, saved: Any = None) -> Any:
        with self._cache_lock:
            cached = self._analysis_cache.get(row_id)
            if cached is not None:
                self._analysis_cache.move_to_end(row_id)
                return cached
        cached = self._read(row_id, raw, saved)
        with self._cache_lock:
            self._analysis_cache[row_id] = cached
            while len(self._analysis_cache) > ANALYSIS_CACHE:
                self._analysis_cache.popitem(last=False)
        return cached

    def _read(self, row_id: int, raw: bytes, saved: Any = None) -> Any:
        """Analyse one email. What its attachments hold is read once and saved on its row, so a
        restart (a kill mid-way through a case's scanned letters) or re-checking its case later
        does not read them again; reading was the slow part."""
        extract = getattr(self.checker, "extract", None)
        if extract is None:
            return self.checker.analyse(raw)
        email = self.checker.parse(raw)
        if saved is None:
            with self.db.sessions() as s:
                saved = s.scalar(select(Message.extracted).where(Message.id == row_id))
        if saved is not None:
            from parsers.model import DocumentText

            return self.checker.analyse_read(email, [DocumentText.from_json(d) for d in saved])
        docs = extract(email)
        # A document that ran out of time may read next time (a busy machine): not saved.
        if not any(str(d.status) == "timeout" for d in docs):
            with self.db.transaction() as s:
                s.execute(update(Message).where(Message.id == row_id).values(extracted=[d.to_json() for d in docs]))
        return self.checker.analyse_read(email, docs)

    def _match(self, s: Any, row_id: int, analysis: Any, screening: Any, duplicate: bool) -> Any:
        email = analysis.email
        if duplicate or screening.verdict not in ("ok", "partner") or str(analysis.kind) == "not_a_submission":
            return None
        return match_case(
            subject=email.subject, body=email.text_body, in_reply_to=email.in_reply_to,
            references=email.references, family=analysis.family,
            dobs=[c.dob for c in analysis.children], lookup=store.SqlCaseLookup(s, exclude_message=row_id),
        )

    def _previous(self, s: Any, case_id: int, row_id: int) -> list[Any]:
        """The analyses of the case's earlier emails (from the cache, else parsed again)."""
        out = []
        for prev_id, prev_raw, prev_read in store.case_raw_messages(s, case_id, row_id):
            if prev_raw is not None:
                out.append(self._analyse_cached(prev_id, prev_raw, prev_read))
        return out

    def _decide_and_commit(self, inbox: str, row_id: int, raw: bytes, now: dt.datetime) -> str:
        analysis = self._analyse_cached(row_id, raw)
        email = analysis.email
        screening = screen(email, self.policy, raw_from_header(raw))
        kind = str(analysis.kind)
        # Parsing the case's earlier emails can be slow (OCR): warm the cache before taking the
        # lock, then match again under the lock (the cache makes that second pass cheap).
        with self.db.sessions() as s:
            dup = store.duplicate_of(s, email.message_id, row_id) is not None
            early = self._match(s, row_id, analysis, screening, dup)
            if early is not None and kind in ("submission", "reply_with_missing_item"):
                self._previous(s, early.case.id, row_id)
        with self._decide_lock, self.db.transaction() as s:
            self._fence(s, inbox)
            row = s.get(Message, row_id)
            assert row is not None
            row.message_id = email.message_id or None
            row.sender = email.sender.email or None
            row.date = email.date.astimezone(dt.timezone.utc) if email.date else None
            row.kind = kind
            row.pathway = str(analysis.pathway)
            original_id = store.duplicate_of(s, email.message_id, row_id)
            duplicate = original_id is not None
            match = self._match(s, row_id, analysis, screening, duplicate)
            analyses = [analysis]
            case = store.case_state(s, match.case.id, match.how) if match else None
            if case is not None and kind in ("submission", "reply_with_missing_item"):
                analyses = self._previous(s, case.id, row_id) + [analysis]
            outcome = self.checker.check(analyses)
            sender_n, case_n = store.replies_in_last_day(s, sender=email.sender.email, case_id=case.id if case else None, now=now)
            inbound = Inbound(inbox=inbox, sender=email.sender.email, date=email.date, screening=screening,
                              duplicate=duplicate, unreadable=unreadable_files(analyses, outcome),
                              intake=intake_of(email, [c.doc for c in analysis.documents]))
            decision = decide(outcome, inbound, case, self.decide_settings, now, Budget(sender_n, case_n))
            row.outcome = outcome_json(self.checker.check([analysis])) if len(analyses) > 1 else outcome_json(outcome)
            folder = None
            if original_id is not None and decision.audit_event == "duplicate":
                # The same email again (or seen anew after a UIDVALIDITY change): file it beside
                # the first copy.
                original = s.get(Message, original_id)
                folder = original.target_folder if original is not None else None
            target = self._apply(s, row, decision, outcome, email, now, folder=folder)
        # The code, not the reason: a reason may name an attached file (the row keeps it).
        log.info("inbox %s: message %d -> %s (%s)", inbox, row_id, target, decision.log_code)
        return target

    def _apply(self, s: Any, row: Message, decision: Decision, outcome: Any, email: Any, now: dt.datetime,
               folder: str | None = None) -> str:
        target = folder or self.folder_name(decision.folder)
        case_obj = None
        if decision.case is not None:
            case_obj = store.apply_case_change(s, decision.case, now=now, message_row=row, received=now,
                                               outcome_json=outcome_json(outcome))
            for hook in self.case_hooks:
                hook(s, case_obj, decision.case, now)
        self._mark_decided(s, row, decision, target, now, case_id=case_obj.id if case_obj else None)
        if decision.reply is not None and case_obj is not None:
            rendered = render_reply(
                decision.reply,
                case_ref=case_obj.ref or "",
                family=case_obj.family,
                neighbourhood=case_obj.neighbourhood,
                original=Original(email.message_id, tuple(email.references), email.subject),
                settings=self.reply_settings,
                templates=self.templates,
                now=now,
            )
            item = queue(s, rendered, purpose=decision.reply.template, now=now, case_id=case_obj.id,
                         source_message_id=row.id, dedupe_key=f"reply:{row.id}")
            s.flush()
            store.audit(s, "reply_queued", now, actor=self.owner, inbox=row.inbox, message_row_id=row.id,
                        case_id=case_obj.id, outbox_id=item.id, recipients=list(rendered.recipients),
                        template=rendered.template)
        return target

    def _commit_plain(self, row_id: int, decision: Decision, now: dt.datetime, error: str) -> str:
        target = self.folder_name(decision.folder)
        with self.db.transaction() as s:
            row = s.get(Message, row_id)
            assert row is not None
            self._fence(s, row.inbox)
            self._mark_decided(s, row, decision, target, now, error=error)
        return target

    def _mark_decided(self, s: Any, row: Message, decision: Decision, target: str, now: dt.datetime, *,
                      error: str | None = None, case_id: int | None = None) -> None:
        """Step 3's bookkeeping: the row DECIDED with its folder and reason, and its audit row."""
        row.status = MessageStatus.DECIDED
        row.target_folder = target
        row.reason = decision.reason
        row.error = error
        row.decided_at = now
        store.audit(s, decision.audit_event, now, actor=self.owner, inbox=row.inbox, message_row_id=row.id,
                    case_id=case_id, folder=target, detail=decision.reason)

    def _file(self, inbox: str, msg_id: str, row_id: int, folder: str, now: dt.datetime,
              detail: str | None = None) -> str | None:
        try:
            self.mailboxes[inbox].move(msg_id, folder, twins=self._twins_filed(inbox, row_id, folder))
        except KeyError:
            pass  # already gone (moved before a crash, or by a person): nothing left to file
        with self.db.transaction() as s:
            row = s.get(Message, row_id)
            assert row is not None
            if row.status != MessageStatus.FILED:
                row.status = MessageStatus.FILED
                row.filed_folder = folder
                row.filed_at = now
                store.audit(s, "filed", now, actor=self.owner, inbox=inbox, message_row_id=row_id, folder=folder,
                            detail=detail)
            store.update_inbox_state(s, inbox, last_message_at=now)
        return folder

    def _twins_filed(self, inbox: str, row_id: int, folder: str) -> int:
        """Emails with this row's very bytes (the same email delivered twice) already filed to
        `folder`: their copies there are not left over from an interrupted filing of this one."""
        with self.db.sessions() as s:
            sha = s.scalar(select(Message.sha256).where(Message.id == row_id))
            if not sha:
                return 0
            return s.scalar(select(func.count()).select_from(Message).where(
                Message.inbox == inbox, Message.id != row_id, Message.sha256 == sha,
                Message.status == MessageStatus.FILED, Message.filed_folder == folder)) or 0

    # -- outbox --------------------------------------------------------------------------------------

    def send_outbox(self, now: dt.datetime | None = None) -> Any:
        at = now or self.clock.now()
        timing = self.config.timing
        report = send_due(
            self.db, self.transport, now=at, owner=self.owner,
            retry_min=timing.send_retry_min, retry_max=timing.send_retry_max,
            refused_min=timing.refused_retry_min, refused_max=timing.refused_retry_max,
            refused_hours=timing.refused_retry_hours,
            claim_seconds=timing.claim_seconds, clock=None if now else self.clock.now,
        )
        if report.server_error:
            self.alerter.failure("smtp", "cannot send email", report.server_error, at,
                                 advice="Replies are queued and will be sent when the SMTP server accepts them again. "
                                        "Check the SMTP server, the credentials or the OAuth client secret.")
        elif report.sent:
            self.alerter.success("smtp", at)
        # One alert for the condition, however many rows it holds (outbox.py has the policy).
        if report.refusing:
            self.alerter.failure(
                "smtp-refusing", "the SMTP server is refusing email (5xx)", report.refusal_summary(), at,
                advice="Nothing is lost: refused emails wait in the outbox and are retried. A refusal of the whole "
                       "session (e.g. at MAIL FROM) holds them until the server takes email again: check the relay, "
                       "connector or send-as permission of the from address. An email refused on its own (e.g. "
                       f"550 5.1.1 user unknown) is retried for {timing.refused_retry_hours:g} hours, then marked "
                       "failed and named in a separate alert.")
        elif report.sent:
            self.alerter.success("smtp-refusing", at)
        self.alerter.sends_failed(report.failed_ids, at)
        return report

    def close(self) -> None:
        """Stop the extraction workers and close the mailboxes."""
        close = getattr(self.checker, "close", None)
        if close is not None:
            close()
        for mailbox in self.mailboxes.values():
            mailbox.close()

    # -- run ---------------------------------------------------------------------------------------

    def run(self, stop: threading.Event | None = None, *, install_signals: bool = True) -> None:
        """Watch every inbox until `stop` is set (or SIGTERM/SIGINT)."""
        stop = stop or threading.Event()
        if install_signals and threading.current_thread() is threading.main_thread():
            def handler(signum: int, _frame: Any) -> None:
                log.info("signal %d: stopping", signum)
                stop.set()

            signal.signal(signal.SIGTERM, handler)
            signal.signal(signal.SIGINT, handler)
        self.leases = LeaseKeeper(self.db, self.owner, {n: self.config.inboxes[n].address for n in self.mailboxes},
                                  self.config.timing.claim_seconds, self.clock)
        self.leases.beat()  # register first, so this process's share counts the others
        threads = [threading.Thread(target=self._watch, args=(name, stop), name=f"inbox-{name}", daemon=True) for name in self.mailboxes]
        threads.append(threading.Thread(target=self._outbox_loop, args=(stop,), name="outbox", daemon=True))
        threads.append(threading.Thread(target=self.leases.run, args=(stop,), name="leases", daemon=True))
        self.followups.start()
        self.followups.schedule_retention()
        for t in threads:
            t.start()
        log.info("watching %d inbox(es) as %s", len(self.mailboxes), self.owner)
        try:
            while not stop.is_set():
                stop.wait(0.5)
        finally:
            stop.set()
            # Before the outbox thread's last pass, so what a job queued on its way out is sent.
            self.followups.shutdown()
            self._outbox_kick.set()
            for t in threads:
                t.join(timeout=30)
            self.leases.stop()  # after the inbox threads: none is mid-email any more
            close = getattr(self.checker, "close", None)
            if close is not None:
                close()
            log.info("stopped")

    def _watch(self, name: str, stop: threading.Event) -> None:
        mailbox = self.mailboxes[name]
        leases = self.leases
        timing = self.config.timing
        delay = timing.reconnect_min
        while not stop.is_set():
            try:
                if leases is not None and not leases.try_claim(name):
                    stop.wait(leases.look_seconds)
                    continue
                mailbox.connect()
                with self.db.transaction() as s:
                    store.update_inbox_state(s, name, connected=True, connected_at=self.clock.now())
                self.alerter.success(f"inbox:{name}", self.clock.now())
                delay = timing.reconnect_min
                last_check = time.monotonic()
                check_now = True
                while not stop.is_set() and (leases is None or leases.holds(name)):
                    if check_now or time.monotonic() - last_check >= timing.poll_interval:
                        # Also the periodic re-check under IDLE: Exchange Online connections are
                        # known to go quiet after an hour or two without telling the client.
                        self.process_inbox(name)
                        last_check = time.monotonic()
                        self._outbox_kick.set()
                    check_now = mailbox.wait(timing.wait_slice)
                if leases is not None and not stop.is_set():
                    if leases.giving_back(name):
                        log.info("inbox %s: handed over to share the inboxes with another process", name)
                        leases.release(name)
                    mailbox.close()
            except LeaseLost:
                log.warning("inbox %s: lease lost to another process; leaving the inbox to it", name)
                assert leases is not None
                leases.forget(name)
                mailbox.close()
            except (TransientMailboxError, PermanentMailboxError, OSError, DBAPIError) as exc:
                permanent = isinstance(exc, PermanentMailboxError)
                log.warning("inbox %s: %s: %s; reconnecting in %.1fs", name, type(exc).__name__, exc, delay)
                now = self.clock.now()
                try:
                    with self.db.transaction() as s:
                        st = s.get(store.InboxState, name)
                        failures = (st.consecutive_failures if st else 0) + 1
                        store.update_inbox_state(s, name, connected=False, last_error=f"{type(exc).__name__}: {exc}"[:2000],
                                                 last_error_at=now, consecutive_failures=failures)
                    self.alerter.failure(
                        f"inbox:{name}", f"cannot read the {name} NAM inbox", f"{type(exc).__name__}: {exc}", now,
                        advice="Check the mail server, the mailbox credentials or the OAuth client secret. "
                               "Nothing is lost: the emails wait in the inbox.", immediate=permanent)
                except DBAPIError:
                    log.error("database unavailable while recording an inbox failure")
                mailbox.close()
                stop.wait(delay)
                delay = min(timing.reconnect_max, delay * 2) if not permanent else timing.reconnect_max
            except Exception:  # a bug: keep the inbox alive rather than silently stop watching it
                log.exception("inbox %s: unexpected error; reconnecting", name)
                mailbox.close()
                stop.wait(delay)
                delay = min(timing.reconnect_max, delay * 2)
        mailbox.close()

    def _outbox_loop(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self._outbox_kick.wait(1.0)
            self._outbox_kick.clear()
            try:
                self.send_outbox()
            except Exception:  # keep sending later; the rows stay pending
                log.exception("outbox: unexpected error")
                stop.wait(1.0)
        try:
            self.send_outbox()  # last chance for replies decided just before the stop
        except Exception:
            log.exception("outbox: unexpected error at stop")
