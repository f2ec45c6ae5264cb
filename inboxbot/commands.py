"""The daemon's subcommands: `run`, `status`, `cases`, `demo`. Thin: parse, call, print.

Wired into `inboxbot.cli` through `COMMANDS` (each entry adds one subparser).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from inboxbot.config import DEFAULT_CONFIG_PATH, Config, ConfigError, load_config

log = logging.getLogger(__name__)


def setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s",
    )
    # imapclient logs protocol lines at DEBUG (credentials redacted); keep them out of INFO.
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    # APScheduler logs every job added and run at INFO; inboxbot.scheduler logs what was queued.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _config(args: argparse.Namespace) -> Config:
    return load_config(args.config)


def add_config_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", "-c", default=str(DEFAULT_CONFIG_PATH), metavar="FILE",
                   help=f"TOML configuration (default: {DEFAULT_CONFIG_PATH})")


def config_or_report(args: argparse.Namespace) -> Config | None:
    """The configuration `--config` names, or None once what is wrong with it is printed (exit 2)."""
    try:
        return _config(args)
    except ConfigError as exc:
        print(f"inboxbot: configuration error: {exc}", file=sys.stderr)
        return None


def _open_db(config: Config) -> Any:
    from inboxbot.db import open_database

    return open_database(config.database.url, echo=config.database.echo)


# --- run -----------------------------------------------------------------------------------------


def add_run(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="watch the NAM inboxes, reply, file, keep the case log",
                       description="Watch every configured inbox (IDLE or polling), reply to each submission, "
                                   "file every email, keep the case log. Logs to stderr; stops cleanly on SIGTERM/SIGINT.")
    add_config_option(p)
    p.add_argument("--once", action="store_true", help="process what is waiting in every inbox, send the outbox, and exit")
    p.add_argument("--verbose", "-v", action="store_true", help="debug logging")
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    setup_logging(args.verbose)
    try:
        config = _config(args)
    except ConfigError as exc:
        print(f"inboxbot: configuration error: {exc}", file=sys.stderr)
        return 2
    from inboxbot.daemon import Daemon

    db = _open_db(config)
    daemon = Daemon(config, db)
    if args.once:
        report = run_until_empty(daemon)
        print(f"processed {report['processed']} email(s), sent {report['sent']} email(s)", file=sys.stderr)
        return 0
    daemon.run()
    return 0


def run_until_empty(daemon: Any, max_passes: int = 50) -> dict[str, int]:
    """Burst mode: process every inbox until a pass finds nothing, run the follow-ups and
    digests due by now, then flush the outbox."""
    processed = sent = 0
    for mailbox in daemon.mailboxes.values():
        mailbox.connect()
    # Paused: nothing fires on APScheduler's own thread; what is due runs below, in this one.
    daemon.followups.start(paused=True)
    try:
        for _ in range(max_passes):
            report = daemon.process_once()
            processed += report.processed
            sent += report.sent
            if report.processed == 0:
                break
        daemon.followups.run_due()
        sent += daemon.send_outbox().sent
    finally:
        daemon.followups.shutdown()
        daemon.close()
    return {"processed": processed, "sent": sent}


# --- status ----------------------------------------------------------------------------------------


def add_status(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="each inbox: connected, last message, backlog, last error; the outbox queue")
    add_config_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_status)


def status_data(db: Any) -> dict[str, Any]:
    from inboxbot.models import AlertState, InboxState, Instance, Message, MessageStatus, OutboxItem
    from inboxbot.outbox import held_after_refusal

    with db.sessions() as s:
        inboxes = []
        for st in s.scalars(select(InboxState).order_by(InboxState.name)):
            unfiled = s.scalar(select(func.count()).select_from(Message).where(
                Message.inbox == st.name, Message.status != MessageStatus.FILED)) or 0
            inboxes.append({
                "inbox": st.name, "address": st.address, "connected": bool(st.connected),
                "last_check": _iso(st.last_check_at), "last_message": _iso(st.last_message_at),
                "backlog": st.backlog + unfiled, "last_error": st.last_error, "last_error_at": _iso(st.last_error_at),
                "consecutive_failures": st.consecutive_failures, "watched_by": st.lease_owner,
            })
        counts = dict(s.execute(select(OutboxItem.status, func.count()).group_by(OutboxItem.status)).all())
        oldest = s.scalar(select(func.min(OutboxItem.created_at)).where(OutboxItem.status == "pending"))
        last_err = s.scalar(select(OutboxItem.last_error).where(OutboxItem.status.in_(("pending", "failed")),
                                                                 OutboxItem.last_error.is_not(None)).order_by(OutboxItem.id.desc()).limit(1))
        alerts = [{"key": a.key, "failures": a.failures, "last_error": a.last_error, "alerted_at": _iso(a.alerted_at)}
                  for a in s.scalars(select(AlertState).where(AlertState.failures > 0))]
        processes = [{"owner": i.owner, "started": _iso(i.started_at), "heartbeat": _iso(i.heartbeat_at)}
                     for i in s.scalars(select(Instance).order_by(Instance.owner))]
    return {
        "inboxes": inboxes,
        "processes": processes,
        "outbox": {"pending": counts.get("pending", 0), "sent": counts.get("sent", 0), "failed": counts.get("failed", 0),
                   "held_after_refusal": held_after_refusal(db), "oldest_pending": _iso(oldest), "last_error": last_err},
        "problems": alerts,
    }


def cmd_status(args: argparse.Namespace) -> int:
    config = _config(args)
    data = status_data(_open_db(config))
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    known = {i["inbox"] for i in data["inboxes"]}
    for name in config.inboxes:
        if name not in known:
            data["inboxes"].append({"inbox": name, "connected": False, "last_check": None, "last_message": None,
                                    "backlog": 0, "last_error": "never started", "address": config.inboxes[name].address})
    print(f"{'inbox':8} {'connected':9} {'last check':20} {'last message':20} {'backlog':7} {'watched by':24} last error")
    for i in data["inboxes"]:
        print(f"{i['inbox']:8} {'yes' if i['connected'] else 'no':9} {_short(i['last_check']):20} {_short(i['last_message']):20} "
              f"{i['backlog']:<7} {i.get('watched_by') or '-':24} {i.get('last_error') or ''}")
    for p in data["processes"]:
        print(f"process {p['owner']}: started {_short(p['started'])}, last heartbeat {_short(p['heartbeat'])}")
    o = data["outbox"]
    print(f"\noutbox: {o['pending']} pending, {o['sent']} sent, {o['failed']} failed"
          + (f" ({o['held_after_refusal']} of the pending held after a 5xx refusal)" if o["held_after_refusal"] else "")
          + (f"; oldest pending since {_short(o['oldest_pending'])}" if o["oldest_pending"] else "")
          + (f"; last error: {o['last_error']}" if o["last_error"] else ""))
    for a in data["problems"]:
        print(f"problem: {a['key']}: {a['failures']} failure(s), last: {a['last_error']}"
              + (f" (administrators alerted {_short(a['alerted_at'])})" if a["alerted_at"] else ""))
    return 0


# --- cases -----------------------------------------------------------------------------------------


def add_cases(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("cases", help="the case log (and the NAM meeting export as CSV); `cases close REF` closes one")
    add_config_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object per line per case")
    p.add_argument("--csv", metavar="FILE", help="write the case log as CSV for the NAM meeting, as the digest attaches it ('-' for stdout)")
    p.add_argument("--neighbourhood", choices=["east", "west", "central", "south"], help="only this neighbourhood")
    p.set_defaults(func=cmd_cases)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    c = actions.add_parser("close", help="mark a case closed: no more follow-ups; deleted after the retention period",
                           description="Mark the case closed, as a coordinator does when the family's step-down is "
                                       "over (its TAF reviews done) or it will go no further: queued follow-ups are "
                                       "cancelled, and the case is deleted [storage] closed_case_retention_days later "
                                       "(inboxbot retention).")
    c.add_argument("ref", metavar="REF", help="the case reference, e.g. EH-000123")
    # SUPPRESS: given before `close`, the option is not reset to its default here.
    c.add_argument("--config", "-c", default=argparse.SUPPRESS, metavar="FILE", help="TOML configuration")
    c.set_defaults(func=cmd_cases_close)


def case_rows(db: Any, neighbourhood: str | None = None) -> list[dict[str, Any]]:
    from inboxbot.models import Case

    with db.sessions() as s:
        q = select(Case).order_by(Case.id)
        if neighbourhood:
            q = q.where(Case.neighbourhood == neighbourhood)
        out = []
        for c in s.scalars(q):
            out.append({
                "ref": c.ref, "neighbourhood": c.neighbourhood, "pathway": c.pathway, "status": c.status,
                "missing": list(c.missing or []), "family": c.family, "lead_practitioner": c.lead_practitioner,
                "transition_date": _iso(c.transition_date), "received_date": _iso(c.received_date),
                "taf_review_due": _iso(c.taf_review_due), "last_taf_review": _iso(c.last_taf_review),
                "acknowledged_at": _iso(c.acknowledged_at),
            })
        return out


def case_log(config: Config, db: Any, neighbourhood: str | None = None) -> list[dict[str, str]]:
    """The case log as the NAM meeting sees it: the rows of the digest's case-log attachment."""
    from inboxbot.digest import case_log_rows
    from inboxbot.followup_store import case_facts, load_cases
    from inboxbot.followups import FollowupPolicy
    from inboxbot.scheduler import recipients_from

    with db.sessions() as s:
        facts = [case_facts(c) for c in load_cases(s, neighbourhood=neighbourhood)]
    return case_log_rows(facts, FollowupPolicy.build(config.followups, recipients_from(config)))


def cmd_cases(args: argparse.Namespace) -> int:
    config = _config(args)
    db = _open_db(config)
    if args.csv:
        from inboxbot.digest import case_log_csv

        log_rows = case_log(config, db, args.neighbourhood)
        data = case_log_csv(log_rows)
        if args.csv == "-":
            try:
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            except BrokenPipeError:  # `| head`: the reader has what it wanted
                pass
        else:
            Path(args.csv).write_bytes(data)
            print(f"wrote {len(log_rows)} case(s) to {args.csv}", file=sys.stderr)
        return 0
    rows = case_rows(db, args.neighbourhood)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    print_cases(rows)
    return 0


def cmd_cases_close(args: argparse.Namespace) -> int:
    from inboxbot import store
    from inboxbot.clock import SystemClock
    from inboxbot.daemon import default_owner
    from inboxbot.models import CaseStatus

    config = config_or_report(args)
    if config is None:
        return 2
    db = _open_db(config)
    ref = args.ref.strip().upper()
    try:
        with db.transaction() as s:
            was = store.close_case(s, ref, now=SystemClock().now(), actor=f"cli:{default_owner(config)}")
    finally:
        db.dispose()
    if was is None:
        print(f"inboxbot: no case {ref}", file=sys.stderr)
        return 1
    if was == CaseStatus.CLOSED:
        print(f"{ref} was already closed")
        return 0
    days = config.storage.closed_case_retention_days
    print(f"{ref} closed (was {was}); it will be deleted {days} days from its last change")
    return 0


def print_cases(rows: list[dict[str, Any]], out: Any = None) -> None:
    out = out or sys.stdout
    print(f"{'ref':10} {'hood':8} {'path':5} {'status':21} {'transition':10} {'received':10} {'TAF due':10} {'lead practitioner':28} missing", file=out)
    for r in rows:
        lp = (r["lead_practitioner"] or {}).get("name") or "-"
        print(f"{r['ref']:10} {r['neighbourhood']:8} {r['pathway']:5} {r['status']:21} {r['transition_date'] or '-':10} "
              f"{r['received_date'] or '-':10} {r['taf_review_due'] or '-':10} {lp[:28]:28} {', '.join(r['missing']) or '-'}", file=out)
    if not rows:
        print("(no cases yet)", file=out)


# --- demo --------------------------------------------------------------------------------------------


def add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="seed the demo Maildirs with corpus emails, run the daemon over them, show replies and the case log")
    add_config_option(p)
    p.add_argument("--corpus", metavar="DIR", help="labelled corpus folder (default: ../shared/corpus/cases)")
    p.add_argument("--keep", action="store_true", help="keep earlier demo mail and database instead of starting fresh")
    p.set_defaults(func=cmd_demo)


def find_corpus(start: Path | None = None) -> Path | None:
    """The public corpus (../shared/corpus/cases) when this checkout sits beside it; else the
    project's own fictional held-out set, so the demo runs from any clean clone."""
    here = (start or Path.cwd()).resolve()
    repo = Path(__file__).resolve().parents[1]
    for base in [here, *here.parents, repo, *repo.parents]:
        candidate = base / "shared" / "corpus" / "cases"
        if candidate.is_dir():
            return candidate
    own = repo / "tests" / "heldout" / "cases"
    return own if own.is_dir() else None


def demo_selection(corpus: Path) -> list[tuple[Path, str]]:
    """A few emails showing each behaviour: (file, neighbourhood), chosen from the labels."""
    wanted: list[tuple[str, Callable[[dict[str, Any]], bool]]] = [
        ("complete", lambda l: l["kind"] == "submission" and l["pathway"] in ("1", "2", "3") and not l["missing"]),
        ("missing", lambda l: l["kind"] == "submission" and l["pathway"] in ("1", "2", "3") and 1 <= len(l["missing"]) <= 3),
        ("unknown", lambda l: l["kind"] == "submission" and l["pathway"] == "unknown"),
        ("closure", lambda l: l["kind"] == "submission" and l["pathway"] == "none" and not l["missing"]),
        ("password", lambda l: l["kind"] == "submission" and "password-protected" in l.get("notes", "")),
        ("robot", lambda l: l["kind"] == "not_a_submission" and "auto" in l.get("notes", "").lower()),
        ("newsletter", lambda l: l["kind"] == "not_a_submission" and "newsletter" in l.get("notes", "").lower()),
    ]
    labels = []
    for path in sorted(corpus.glob("*.json")):
        try:
            labels.append((path.with_suffix(".eml"), json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    chosen: list[tuple[Path, str]] = []
    for _name, test in wanted:
        for eml, label in labels:
            if eml.exists() and test(label) and eml not in [c[0] for c in chosen]:
                chosen.append((eml, label.get("neighbourhood") or "east"))
                break
    return chosen


def cmd_demo(args: argparse.Namespace) -> int:
    import mailbox as stdlib_mailbox

    setup_logging(False)
    logging.getLogger().setLevel(logging.WARNING)
    config = _config(args)
    corpus = Path(args.corpus) if args.corpus else find_corpus()
    if corpus is None or not corpus.is_dir():
        print("inboxbot demo: corpus not found (expected ../shared/corpus/cases); pass --corpus DIR", file=sys.stderr)
        return 2
    if any(not i.is_maildir for i in config.inboxes.values()) or config.smtp.outbox_maildir is None:
        print("inboxbot demo: needs a config whose inboxes and outbox are Maildirs (e.g. config/inboxbot.toml)", file=sys.stderr)
        return 2
    from inboxbot.db import sqlite_path

    if not args.keep:
        for inbox in config.inboxes.values():
            shutil.rmtree(inbox.maildir, ignore_errors=True)  # type: ignore[arg-type]
        shutil.rmtree(config.smtp.outbox_maildir, ignore_errors=True)
        db_file = sqlite_path(config.database.url)
        if db_file is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db_file) + suffix).unlink(missing_ok=True)
    selection = demo_selection(corpus)
    for eml, hood in selection:
        inbox = config.inboxes.get(hood) or next(iter(config.inboxes.values()))
        Path(inbox.maildir).parent.mkdir(parents=True, exist_ok=True)  # type: ignore[arg-type]
        box = stdlib_mailbox.Maildir(str(inbox.maildir), create=True)
        box.add(eml.read_bytes())
    print(f"Seeded {len(selection)} email(s) from {corpus} into {', '.join(str(i.maildir) for i in config.inboxes.values())}")
    from inboxbot.daemon import Daemon

    started = time.monotonic()
    daemon = Daemon(config, _open_db(config))
    result = run_until_empty(daemon)
    print(f"Processed {result['processed']} email(s) in {time.monotonic() - started:.1f}s; "
          f"{result['sent']} email(s) written to {config.smtp.outbox_maildir}\n")
    print_outbox(config.smtp.outbox_maildir)
    print("\nWhere each email was filed:")
    from inboxbot.models import Message

    with daemon.db.sessions() as s:
        for m in s.scalars(select(Message).order_by(Message.id)):
            print(f"  {m.inbox:8} -> {m.filed_folder or m.target_folder}: {m.reason}")
    print("\nThe case log (inboxbot cases):")
    print_cases(case_rows(daemon.db))
    return 0


def print_outbox(folder: Path) -> None:
    import email
    import mailbox as stdlib_mailbox
    from email import policy

    box = stdlib_mailbox.Maildir(str(folder), create=True)
    msgs = sorted((email.message_from_bytes(box.get_bytes(k), policy=policy.default) for k in box.keys()),
                  key=lambda m: m["X-Inboxbot-Case"] or "")
    for m in msgs:
        print("=" * 78)
        for h in ("To", "Subject", "X-Inboxbot-Case", "X-Inboxbot-Missing", "Auto-Submitted"):
            print(f"{h}: {m[h] or ''}")
        body = m.get_body(("plain",))
        print()
        print(body.get_content().strip() if body else "")
    print("=" * 78)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def _short(value: str | None) -> str:
    return (value or "-")[:19].replace("T", " ")


COMMANDS = [add_run, add_status, add_cases, add_demo]
