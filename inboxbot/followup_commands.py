"""The follow-ups' subcommands: `digest` and `schedule`. Thin: parse, call, print.

Wired into `inboxbot.cli` through `COMMANDS` (each entry adds one subparser), like
`inboxbot.commands`.

    inboxbot digest --config FILE --neighbourhood east [--preview | --send] [--text] [--output FILE]
    inboxbot schedule --config FILE [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from inboxbot.clock import LONDON, SystemClock
from inboxbot.config import DEFAULT_CONFIG_PATH, NEIGHBOURHOODS, ConfigError


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", "-c", default=str(DEFAULT_CONFIG_PATH), metavar="FILE",
                   help=f"TOML configuration (default: {DEFAULT_CONFIG_PATH})")
    p.add_argument("--at", metavar="DATETIME", type=_moment,
                   help="act as if it were this moment, ISO 8601, London time unless an offset is given "
                        "(default: now); e.g. to preview the digest a meeting will get")


def _moment(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date-time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=LONDON)


def _service(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from inboxbot.config import load_config
    from inboxbot.db import open_database
    from inboxbot.scheduler import FollowupScheduler

    config = load_config(args.config)
    db = open_database(config.database.url, echo=config.database.echo)
    return FollowupScheduler(config, config.followups, db, SystemClock()), args.at or SystemClock().now()


# --- digest ------------------------------------------------------------------------------------


def add_digest(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "digest", help="the fortnightly NAM digest for one neighbourhood: preview it or send it now",
        description="Build the digest for the neighbourhood's next NAM meeting from the case log: new step-downs "
                    "since the last meeting, submissions awaiting information, TAF reviews due and overdue, cases "
                    "in the 3-month return window, QA counts; the case log attached as CSV and XLSX. "
                    "--preview (the default) prints the HTML; --send emails it to the neighbourhood's coordinators "
                    "now (once per meeting: the scheduled digest is then not sent again).")
    _add_common(p)
    p.add_argument("--neighbourhood", "-n", required=True, choices=NEIGHBOURHOODS)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--preview", action="store_true", help="print the digest (HTML) without sending (default)")
    mode.add_argument("--send", action="store_true", help="send it to the coordinators now")
    p.add_argument("--text", action="store_true", help="with --preview: the plain-text version instead of HTML")
    p.add_argument("--output", "-o", metavar="FILE", help="with --preview: write to FILE instead of stdout")
    p.set_defaults(func=cmd_digest)


def cmd_digest(args: argparse.Namespace) -> int:
    from inboxbot.daemon import build_transport, default_owner
    from inboxbot.meetings import current_slot
    from inboxbot.outbox import send_due

    try:
        service, now = _service(args)
    except ConfigError as exc:
        print(f"inboxbot: configuration error: {exc}", file=sys.stderr)
        return 2
    schedule = service.settings.meetings.get(args.neighbourhood)
    if schedule is None:
        print(f"inboxbot: no meeting schedule for {args.neighbourhood}: add [followups.meetings.{args.neighbourhood}] "
              "with first = YYYY-MM-DD to the config", file=sys.stderr)
        return 2
    slot = current_slot(args.neighbourhood, schedule, service.settings.digest, service.policy.calendar, now)
    if not args.send:
        _, wording, attachments = service.digest(args.neighbourhood, slot, now)
        content = wording.text if args.text else wording.html
        if args.output:
            Path(args.output).write_text(content, encoding="utf-8")
            print(f"wrote {args.output} ({wording.subject}; attachments: "
                  f"{', '.join(name for name, _, _ in attachments) or 'none'})", file=sys.stderr)
        else:
            sys.stdout.write(content)
        return 0
    item = service.queue_digest(slot, now)
    if item is None:
        print(f"{slot.key}: already sent, or no coordinators to send to (see the log)", file=sys.stderr)
        return 1
    config = service.config
    report = send_due(service.db, build_transport(config), now=now, owner=default_owner(config),
                      retry_min=config.timing.send_retry_min, retry_max=config.timing.send_retry_max,
                      claim_seconds=config.timing.claim_seconds, only_ids=[item.id])
    if report.sent:
        print(f"sent {slot.key} to {', '.join(item.recipients)}", file=sys.stderr)
        return 0
    # Queued all the same: the running service's outbox sends it when the server allows.
    print(f"{slot.key}: queued but not sent yet ({report.server_error or 'refused; see inboxbot status'})",
          file=sys.stderr)
    return 1


# --- schedule ----------------------------------------------------------------------------------


def add_schedule(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "schedule", help="what follow-ups and digests are due, when, to whom",
        description="List every pending follow-up (TAF review reminders, due-date reminders, overdue notes to "
                    "coordinators, chasers) and each neighbourhood's next digest, soonest first, from the case log. "
                    "Times are London time. Nothing is sent.")
    _add_common(p)
    p.add_argument("--json", action="store_true",
                   help='one JSON object per line: {"case", "what", "due", "to", "neighbourhood"}')
    p.set_defaults(func=cmd_schedule)


def cmd_schedule(args: argparse.Namespace) -> int:
    try:
        service, now = _service(args)
    except ConfigError as exc:
        print(f"inboxbot: configuration error: {exc}", file=sys.stderr)
        return 2
    items = service.pending_items(now)
    for item in items:
        if args.json:
            print(json.dumps(item.to_json()), flush=True)
        else:
            due = item.due.astimezone(LONDON)
            print(f"{due:%Y-%m-%d %H:%M %Z}  {item.what:12}  {item.case or item.neighbourhood:10}  {', '.join(item.to)}")
    if not args.json and not items:
        print("nothing pending", file=sys.stderr)
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_digest, add_schedule]
