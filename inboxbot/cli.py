"""The `inboxbot` command line: a thin layer over library functions.

Adding a subcommand is adding one `cmd_<name>(args) -> int` function and one `add_<name>`
parser block, and listing it in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from inboxbot.checker import Outcome
from inboxbot.rules import RulesError, load_rules

PROGRESS_THRESHOLD = 5  # more files than this: a progress bar on stderr

_PATHWAY_WORDS = {
    "1": "Pathway 1 (Intervention / 0-25 SEND, after a CIN or CP plan)",
    "2": "Pathway 2 (Assessment / 0-25 SEND, after a Single Assessment)",
    "3": "Pathway 3 (Families First to universal services)",
    "none": "closure with no ongoing early help (Appendix 4)",
    "unknown": "pathway unknown",
}
_KIND_WORDS = {
    "submission": "step-down submission",
    "reply_with_missing_item": "reply carrying a missing item",
    "taf_review": "TAF review",
    "not_a_submission": "not a submission",
}


# --- check -------------------------------------------------------------------------------


def add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="read .eml files offline and say what each is missing",
                       description="Read step-down emails (.eml files, or folders of them) and report, per email, "
                                   "what it is, its pathway, the family, and which requirements are missing. "
                                   "Exits 0 whatever is missing.")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file or folder of .eml files")
    p.add_argument("--json", action="store_true", help="one JSON object per line, with the label keys plus file (and error)")
    p.add_argument("--rules", metavar="FILE", help="pathway rules file (default: $INBOXBOT_RULES or the shipped Newham rules)")
    p.add_argument("--jobs", type=int, default=None, metavar="N", help="processes to use (default: all cores)")
    p.set_defaults(func=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from inboxbot.pipeline import check_files, expand_paths

    try:
        rules = load_rules(args.rules)
    except RulesError as exc:
        print(f"inboxbot: {exc}", file=sys.stderr)
        return 2
    files = expand_paths(args.paths)
    missing_paths = [p for p in map(Path, args.paths) if not p.exists()]
    if missing_paths and len(missing_paths) == len(args.paths):
        for p in missing_paths:
            print(f"inboxbot: {p}: no such file or folder", file=sys.stderr)
        return 2
    # A path that does not exist among others is reported on its own line (with "error") like an unreadable file.
    results = check_files(files, rules, args.jobs)
    if len(files) > PROGRESS_THRESHOLD:
        from tqdm import tqdm

        results = tqdm(results, total=len(files), unit="email", file=sys.stderr)
    for path, outcome in results:
        if args.json:
            print(json.dumps(_json_line(path, outcome), ensure_ascii=False), flush=True)
        else:
            print(_human(path, outcome), flush=True)
    return 0


def _json_line(path: Path, outcome: Outcome | str) -> dict:
    if isinstance(outcome, str):
        return {"file": str(path), "error": outcome}
    return {"file": str(path), **outcome.to_json()}


def _human(path: Path, outcome: Outcome | str) -> str:
    if isinstance(outcome, str):
        return f"{path}: ERROR {outcome}\n"
    o = outcome
    lines = [f"{path}: {_KIND_WORDS[o.kind.value]}"]
    if o.kind.value == "not_a_submission":
        lines.append(f"  {o.kind_reason}")
        return "\n".join(lines) + "\n"
    family = f"{o.family} family" if o.family else "family not identified"
    where = f", {o.neighbourhood} NAM" if o.neighbourhood else ""
    lines.append(f"  {family}{where}; {_PATHWAY_WORDS[o.pathway.value]}")
    if o.pathway.value == "unknown":
        lines.append("  Nothing says which pathway applies: ask the worker which pathway (1, 2 or 3) this is.")
    elif not o.missing:
        lines.append("  Complete: every requirement for this pathway is met.")
    else:
        lines.append(f"  Missing ({len(o.missing)}):")
        for r in o.results:
            if not r.satisfied:
                lines.append(f"   - {r.title}: {r.reason}. Needed: {r.ask}.")
    if o.unreadable:
        lines.append("  Could not open: " + ", ".join(o.unreadable))
    return "\n".join(lines) + "\n"


from inboxbot import commands as daemon_commands  # noqa: E402  (run, status, cases, demo)
from inboxbot import followup_commands  # noqa: E402  (digest, schedule)
from inboxbot import retention_commands  # noqa: E402  (retention)

# --- wiring ------------------------------------------------------------------------------

COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    add_check, *daemon_commands.COMMANDS, *followup_commands.COMMANDS, *retention_commands.COMMANDS,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inboxbot", description="Reads step-down submissions to the Newham NAM inboxes.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
