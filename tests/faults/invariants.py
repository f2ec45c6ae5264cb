"""What must hold after every fault scenario, and the figures that show it.

For each delivered email (counted by Message-ID):
* it is in exactly one filing folder: not left in INBOX, not lost, not in two places;
* the database has one row for it, filed to the folder it is really in;
* it got exactly as many replies as the daemon queued for it (0 or 1), counted by In-Reply-To at
  the SMTP server, and every labelled submission from an allowed sender that was not filed for a
  person got one;
* the case log (`inboxbot cases --json`) names every case a reply named, each reply's case is the
  email's case, and a case's status agrees with the last reply sent about it.

Duplicated replies are split in two: *distinct* (two different replies to one email: always a
defect) and *identical re-sends* (the same Message-ID delivered twice: the unavoidable SMTP window
between the server's 250 and the sender's commit, at most one per crash or dropped connection).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.faults.backlog import BacklogEmail
from tests.faults.census import DbSnapshot, Location, SentMail
from tests.faults.daemonproc import FOLDERS, ROOT

REPLY_TEMPLATES = ("acknowledgement", "query", "pathway_query")
STATUS_AFTER = {
    "acknowledgement": {"acknowledged", "closed"},
    "query": {"awaiting_information"},
    "pathway_query": {"awaiting_pathway"},
}
#: Reasons that mean the fault, not the email, decided where it went.
FAULT_REASONS = ("processing failed", "could not be processed")

FIGURES_DIR = ROOT / "var" / "faults"


@dataclass
class Verdict:
    figures: dict[str, Any]
    problems: list[str] = field(default_factory=list)

    def report(self) -> str:
        f = self.figures
        head = (f"[{f['scenario']}] emails={f['emails']} kills={f.get('kills', 0)} restarts={f.get('restarts', 0)} "
                f"lost={f['lost']} duplicated={f['duplicated']}")
        lines = [head, json.dumps(f, indent=2, sort_keys=True, default=str)]
        if self.problems:
            lines.append(f"{len(self.problems)} problem(s):")
            lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

    def save(self, name: str | None = None) -> Path:
        FIGURES_DIR.mkdir(parents=True, exist_ok=True)
        path = FIGURES_DIR / f"{name or self.figures['scenario']}.json"
        path.write_text(json.dumps({**self.figures, "problems": self.problems}, indent=2, sort_keys=True, default=str))
        return path

    def publish(self, name: str | None = None) -> None:
        """Print (shown with `pytest -s`) and write var/faults/<scenario>.json."""
        path = self.save(name)
        print("\n" + self.report() + f"\n(figures written to {path.relative_to(ROOT)})", flush=True)


def _examples(items: Sequence[Any], n: int = 5) -> str:
    shown = ", ".join(str(i) for i in items[:n])
    return shown + (f", ... ({len(items)} in all)" if len(items) > n else "")


def verify(
    scenario: str,
    emails: Sequence[BacklogEmail],
    census: dict[str, list[Location]],
    sent: Sequence[SentMail],
    db: DbSnapshot,
    cases_cli: Sequence[dict[str, Any]],
    *,
    allowed_identical_resends: int = 0,
    figures: dict[str, Any] | None = None,
) -> Verdict:
    problems: list[str] = []
    filing = set(FOLDERS.values())
    appended = {e.message_id for e in emails}

    # -- folders ------------------------------------------------------------------------------
    lost, in_inbox, multi, wrong_place = [], [], [], []
    live_folder: dict[str, str] = {}
    filed_by_folder: Counter[str] = Counter()
    for e in emails:
        live = [loc for loc in census.get(e.message_id, []) if not loc.deleted]
        if not live:
            lost.append(e.message_id)
            continue
        if len(live) > 1:
            multi.append(f"{e.message_id} in {[f'{l.user}/{l.folder}' for l in live]}")
        for loc in live:
            if loc.folder.upper() == "INBOX":
                in_inbox.append(e.message_id)
            elif loc.folder not in filing or loc.user != e.user:
                wrong_place.append(f"{e.message_id} in {loc.user}/{loc.folder}")
        filed = [loc for loc in live if loc.folder in filing]
        if filed:
            live_folder[e.message_id] = filed[0].folder
            filed_by_folder[filed[0].folder] += 1
    # Flagged \\Deleted but never expunged: hidden from IMAP clients that skip \\Deleted, yet still
    # in the inbox for Outlook and for a person looking at the shared mailbox.
    deleted_in_inbox = [m for m in appended for l in census.get(m, []) if l.deleted and l.folder.upper() == "INBOX"]
    strangers = [k for k in census if k not in appended]
    extra_copies = sum(max(0, len([l for l in census.get(m, []) if not l.deleted]) - 1) for m in appended)
    if lost:
        problems.append(f"lost (in no folder): {_examples(lost)}")
    if in_inbox:
        problems.append(f"left in INBOX (not filed): {_examples(in_inbox)}")
    if multi:
        problems.append(f"in more than one place: {_examples(multi)}")
    if wrong_place:
        problems.append(f"in a folder that is not a filing folder of its inbox: {_examples(wrong_place)}")
    if deleted_in_inbox:
        problems.append(f"left in INBOX flagged \\Deleted but not expunged: {_examples(deleted_in_inbox)}")
    if strangers:
        problems.append(f"messages nobody delivered found in the mailboxes (by Message-ID): {_examples(strangers)}")

    # -- database rows ------------------------------------------------------------------------
    # By Message-ID; an email filed without being analysed (e.g. after repeated failures) has no
    # Message-ID in its row, so the sha256 of its bytes identifies it instead.
    sha_to_mid = {hashlib.sha256(e.raw).hexdigest(): e.message_id for e in emails}
    rows_by_mid: dict[str, list[dict[str, Any]]] = {}
    for r in db.messages:
        mid = r["message_id"] or sha_to_mid.get(r["sha256"] or "", "")
        rows_by_mid.setdefault(mid, []).append(r)
    no_row, many_rows, not_filed, mismatch = [], [], [], []
    for e in emails:
        rows = rows_by_mid.get(e.message_id, [])
        if not rows:
            no_row.append(e.message_id)
            continue
        if len(rows) > 1:
            many_rows.append(f"{e.message_id}: rows {[r['id'] for r in rows]}")
        r = rows[-1]
        if r["status"] != "filed":
            not_filed.append(f"row {r['id']} status={r['status']} target={r['target_folder']!r} "
                             f"(email is in {live_folder.get(e.message_id, 'no filing folder')!r})")
        folder = r["filed_folder"] or r["target_folder"]
        if e.message_id in live_folder and folder != live_folder[e.message_id]:
            mismatch.append(f"row {r['id']} says {folder!r}, email is in {live_folder[e.message_id]!r}")
    if no_row:
        problems.append(f"no database row for: {_examples(no_row)}")
    if many_rows:
        problems.append(f"more than one database row for one email: {_examples(many_rows)}")
    if not_filed:
        problems.append(f"database rows not marked filed: {_examples(not_filed)}")
    if mismatch:
        problems.append(f"database folder differs from the mailbox: {_examples(mismatch)}")

    # -- replies --------------------------------------------------------------------------------
    replies = [s for s in sent if s.is_reply]
    others = [s for s in sent if not s.is_reply]  # administrator alerts, TAF follow-ups
    other_ids = Counter(s.message_id for s in others)
    by_irt: dict[str, list[SentMail]] = {}
    for s in replies:
        by_irt.setdefault(s.in_reply_to, []).append(s)
    orphans = [s.in_reply_to for s in replies if s.in_reply_to not in appended]
    outbox_by_source: dict[int, list[dict[str, Any]]] = {}
    for o in db.outbox:
        if o["purpose"] in REPLY_TEMPLATES and o["source_message_id"] is not None:
            outbox_by_source.setdefault(o["source_message_id"], []).append(o)
    duplicated = distinct_extra = identical = 0
    dup_examples, missing, unexpected, undelivered, fault_outcomes = [], [], [], [], []
    no_reply_reasons: Counter[str] = Counter()
    queued = 0
    for e in emails:
        deliveries = by_irt.get(e.message_id, [])
        ids = {s.message_id for s in deliveries}
        if len(deliveries) > 1:
            duplicated += len(deliveries) - 1
            distinct_extra += len(ids) - 1
            identical += len(deliveries) - len(ids)
            dup_examples.append(f"{e.message_id}: {len(deliveries)} deliveries, {len(ids)} distinct")
        rows = rows_by_mid.get(e.message_id, [])
        row = rows[-1] if rows else None
        items = outbox_by_source.get(row["id"], []) if row else []
        if len(items) > 1:
            problems.append(f"{len(items)} replies queued for one email (row {row['id']})")  # type: ignore[index]
        if items:
            queued += 1
            if not deliveries:
                o = items[0]
                missing.append(f"{e.message_id} (outbox #{o['id']} {o['status']}, attempts={o['attempts']}, "
                               f"last_error={o['last_error']!r})")
            if any(o["status"] != "sent" for o in items):
                undelivered.append(f"outbox #{items[0]['id']} {items[0]['status']}: {items[0]['last_error']!r}")
        elif deliveries:
            unexpected.append(e.message_id)
        if e.kind == "submission" and e.allowed_sender and not deliveries:
            reason = (row or {}).get("reason") or "no decision"
            no_reply_reasons[reason] += 1
            if any(reason.startswith(p) for p in FAULT_REASONS):
                fault_outcomes.append(f"{e.message_id}: {reason} (attempts={(row or {}).get('attempts')}, "
                                      f"error={(row or {}).get('error')!r})")
    if distinct_extra:
        problems.append(f"{distinct_extra} email(s) got two different replies: {_examples(dup_examples)}")
    if identical > allowed_identical_resends:
        problems.append(f"{identical} identical re-send(s) of a reply, more than the {allowed_identical_resends} "
                        f"the injected faults can explain: {_examples(dup_examples)}")
    if missing:
        problems.append(f"replies queued but never delivered: {_examples(missing)}")
    if undelivered:
        problems.append(f"outbox replies not marked sent: {_examples(undelivered)}")
    if unexpected:
        problems.append(f"replies delivered that the outbox does not hold: {_examples(unexpected)}")
    if orphans:
        problems.append(f"replies whose In-Reply-To matches no delivered email: {_examples(orphans)}")
    if fault_outcomes:
        problems.append(f"submissions filed for a person because of the faults, not the email (no reply): "
                        f"{_examples(fault_outcomes)}")

    # -- the case log ---------------------------------------------------------------------------
    cli_refs = {c["ref"] for c in cases_cli}
    db_refs = {c["ref"] for c in db.cases}
    ref_of = {c["id"]: c["ref"] for c in db.cases}
    if cli_refs != db_refs:
        problems.append(f"`inboxbot cases` lists {len(cli_refs)} case(s), the database holds {len(db_refs)}")
    unknown_refs = sorted({s.case_ref for s in replies} - cli_refs)
    if unknown_refs:
        problems.append(f"replies name cases missing from the case log: {_examples(unknown_refs)}")
    wrong_case = []
    for e in emails:
        rows = rows_by_mid.get(e.message_id, [])
        for s in by_irt.get(e.message_id, []):
            if rows and ref_of.get(rows[-1]["case_id"]) != s.case_ref:
                wrong_case.append(f"{e.message_id}: reply says {s.case_ref}, row says {ref_of.get(rows[-1]['case_id'])}")
    if wrong_case:
        problems.append(f"reply names another case than the email's: {_examples(wrong_case)}")
    cli_status = {c["ref"]: c["status"] for c in cases_cli}
    template_of_row = {o["source_message_id"]: o["template"] for o in db.outbox if o["purpose"] in REPLY_TEMPLATES}
    last_event: dict[int, dict[str, Any]] = {}
    for ev in db.case_events:
        last_event[ev["case_id"]] = ev
    inconsistent = []
    for case_id, ev in last_event.items():
        template = template_of_row.get(ev["message_id"])
        ref = ref_of.get(case_id)
        if template in STATUS_AFTER and cli_status.get(ref) not in STATUS_AFTER[template]:
            inconsistent.append(f"{ref}: status {cli_status.get(ref)!r} after a {template}")
    if inconsistent:
        problems.append(f"case status disagrees with the last reply: {_examples(inconsistent)}")
    cases_with_mail = {r["case_id"] for r in db.messages if r["case_id"] is not None}
    empty_cases = sorted(ref_of[c] for c in ref_of if c not in cases_with_mail)
    if empty_cases:
        problems.append(f"cases with no email: {_examples(empty_cases)}")

    reasons = Counter(r["reason"] for r in db.messages if r["target_folder"] == FOLDERS["needs_attention"])
    out = dict(figures or {})
    out.update(
        scenario=scenario,
        emails=len(emails),
        lost=len(lost),
        duplicated=duplicated,
        duplicated_distinct=distinct_extra,
        resent_identical=identical,
        left_in_inbox=len(in_inbox),
        deleted_left_in_inbox=len(deleted_in_inbox),
        in_more_than_one_place=len(multi),
        extra_copies=extra_copies,
        db_rows_not_filed=len(not_filed),
        processing_attempts=dict(sorted(Counter(r["attempts"] for r in db.messages).items())),
        replies=len(replies),
        replies_queued=queued,
        replies_missing=len(missing),
        replies_unexpected=len(unexpected),
        other_mail_sent=len(others),
        other_mail_resent=sum(n - 1 for n in other_ids.values()),
        outbox_by_purpose=dict(Counter(o["purpose"] for o in db.outbox).most_common()),
        cases=len(cli_refs),
        filed_by_folder=dict(sorted(filed_by_folder.items())),
        needs_attention_reasons=dict(reasons.most_common()),
        submissions_without_reply=dict(no_reply_reasons.most_common()),
        recorded_at=time.strftime("%Y-%m-%dT%H:%M:%S"),
    )
    return Verdict(out, problems)
