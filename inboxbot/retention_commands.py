"""The `retention` subcommand. Thin: parse, call `inboxbot.retention.run`, print.

Wired into `inboxbot.cli` through `COMMANDS`, like `inboxbot.commands`.

    inboxbot retention --config FILE [--dry-run] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from inboxbot.commands import add_config_option, config_or_report, setup_logging


def add_retention(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "retention", help="delete stored mail and closed cases past their retention periods",
        description="Clear the stored copy of every email received or sent more than [storage] "
                    "raw_mail_retention_days ago (the row stays for the audit trail; the mailboxes keep the emails), "
                    "and delete every case closed more than closed_case_retention_days ago. The service does this "
                    "every night at 03:30 London time; each run is recorded in the audit table.")
    add_config_option(p)
    p.add_argument("--dry-run", "-n", action="store_true", help="say what would be deleted; change nothing")
    p.add_argument("--json", action="store_true",
                   help='one JSON object: {"at", "dry_run", "mail", "sent_mail", "cases", "case_refs", ...}')
    p.set_defaults(func=cmd_retention)


def cmd_retention(args: argparse.Namespace) -> int:
    from inboxbot import retention
    from inboxbot.clock import SystemClock
    from inboxbot.daemon import default_owner
    from inboxbot.db import open_database

    config = config_or_report(args)
    if config is None:
        return 2
    setup_logging()
    db = open_database(config.database.url, echo=config.database.echo)
    try:
        report = retention.run(db, config.storage, SystemClock().now(), actor=f"cli:{default_owner(config)}",
                               dry_run=args.dry_run)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report.to_json()))
        return 0
    was, were = ("would be", "would be") if report.dry_run else ("was", "were")
    print(f"received emails whose stored copy {was} cleared (older than {report.raw_mail_retention_days} days): "
          f"{report.mail}")
    print(f"sent emails whose content {was} cleared (older than {report.raw_mail_retention_days} days): "
          f"{report.sent_mail}")
    refs = f" ({', '.join(report.case_refs)})" if report.case_refs else ""
    print(f"closed cases that {were} deleted (closed over {report.closed_case_retention_days} days ago): "
          f"{report.cases}{refs}")
    if report.dry_run:
        print("dry run: nothing changed", file=sys.stderr)
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_retention]
