"""What to do with one email: a pure function of facts, the case it matched, the checker's
outcome, settings and `now`. The daemon (`daemon.py`) gathers the facts, calls `decide`, and then
acts on the returned `Decision` in one transaction: case-log change, reply into the outbox,
filing folder. `inboxbot check --json` style dry runs can print a Decision without acting.

Nothing here reads the clock, the database or the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from inboxbot.attention import Intake, concerns, reason_text
from inboxbot.clock import london_date
from inboxbot.followup_settings import FollowupSettings
from inboxbot.followups import next_review_due
from inboxbot.models import CaseStatus
from inboxbot.policy import Screening
from parsers.analyse import MEETING_INVITATION

FolderRole = Literal["processed", "awaiting", "needs_attention", "not_submission"]
Template = Literal["acknowledgement", "query", "pathway_query"]


class OutcomeLike(Protocol):
    """The parts of the checker's `Outcome` (inboxbot.checker) that a decision reads."""

    kind: Any  # parsers.model.Kind
    pathway: Any  # parsers.model.Pathway
    neighbourhood: str | None
    family: str | None
    children: Sequence[Any]  # Child(name, dob)
    lead_practitioner: Any  # LeadPractitioner | None
    assessment_date: dt.date | None
    letter_date: dt.date | None
    review_date: dt.date | None
    next_review_date: dt.date | None
    results: Sequence[Any]  # RequirementResult(id, title, satisfied, reason, evidence, ask)
    missing: tuple[str, ...]
    kind_reason: str


@dataclass(frozen=True)
class UnreadableFile:
    filename: str
    why: Literal["password-protected", "unreadable"]


@dataclass(frozen=True)
class Inbound:
    """Facts about the email itself, gathered by the shell."""

    inbox: str  # neighbourhood of the inbox it arrived in
    sender: str  # From addr-spec
    date: dt.datetime | None  # Date header
    screening: Screening
    duplicate: bool = False  # the same Message-ID was already processed
    unreadable: tuple[UnreadableFile, ...] = ()
    intake: Intake = Intake()  # how far the email could be read (over limits, damaged, files not read)


@dataclass(frozen=True)
class CaseState:
    """The existing case the email matched (read from the store), if any."""

    id: int
    ref: str
    status: str
    pathway: str
    neighbourhood: str
    transition_date: dt.date | None
    taf_review_due: dt.date | None
    matched_by: str = ""
    last_taf_review: dt.date | None = None


@dataclass(frozen=True)
class Budget:
    """Replies already sent (or queued) in the last 24 hours."""

    sender_replies: int = 0
    case_replies: int = 0


@dataclass(frozen=True)
class DecideSettings:
    first_taf_review_weeks: int = 6
    replies_per_sender_per_day: int = 30
    replies_per_case_per_day: int = 6
    followups: FollowupSettings = field(default_factory=FollowupSettings)  # the next review's due date


@dataclass(frozen=True)
class MissingItem:
    id: str
    title: str
    ask: str  # what would satisfy it, in plain English
    reason: str  # why the checker found it missing


@dataclass(frozen=True)
class ReplyPlan:
    template: Template
    to: str
    missing: tuple[str, ...]  # X-Inboxbot-Missing ("pathway" for a pathway query)
    items: tuple[MissingItem, ...] = ()
    unreadable: tuple[UnreadableFile, ...] = ()
    taf_review_due: dt.date | None = None
    transition_date: dt.date | None = None
    pathway: str = ""


@dataclass(frozen=True)
class CaseChange:
    """Create the case (`case_id is None`) or update it; the store writes the fields given."""

    case_id: int | None
    event: str  # created | updated | acknowledged | queried | taf_review
    status: str
    fields: dict[str, Any] = field(default_factory=dict)
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    folder: FolderRole
    reason: str  # for the message row and the audit table: may name an attached file, nothing more
    case: CaseChange | None = None
    reply: ReplyPlan | None = None
    audit_event: str = "processed"
    code: str = ""  # a fixed word for the INFO log when it says more than `audit_event`

    @property
    def log_code(self) -> str:
        """What the INFO log says about this decision: never a file name or personal data."""
        return self.code or self.audit_event


def transition_date(outcome: OutcomeLike, inbound: Inbound) -> dt.date | None:
    """The step-down date: the closure letter's date, else the email's Date (issue 4, item 2)."""
    if outcome.letter_date is not None:
        return outcome.letter_date
    return london_date(inbound.date) if inbound.date is not None else None


def first_taf_review_due(transition: dt.date | None, weeks: int) -> dt.date | None:
    return transition + dt.timedelta(weeks=weeks) if transition is not None else None


def case_fields(outcome: OutcomeLike, inbound: Inbound, case: CaseState | None) -> dict[str, Any]:
    lp = outcome.lead_practitioner
    lp_json = None
    if lp is not None:
        lp_json = {k: getattr(lp, k, None) for k in ("name", "role", "agency", "email", "phone")}
    fields: dict[str, Any] = {
        "pathway": str(outcome.pathway),
        "family": outcome.family,
        "children": [
            {"name": c.name, "dob": c.dob.isoformat() if c.dob else None} for c in outcome.children
        ],
        "lead_practitioner": lp_json,
        "lp_email": (lp_json or {}).get("email"),
        "letter_date": outcome.letter_date,
        "assessment_date": outcome.assessment_date,
    }
    if case is None:
        fields["neighbourhood"] = inbound.inbox
        fields["worker_email"] = inbound.sender
    tdate = transition_date(outcome, inbound)
    if tdate is not None and (case is None or outcome.letter_date is not None or case.transition_date is None):
        fields["transition_date"] = tdate
    return fields


def _items(outcome: OutcomeLike) -> tuple[MissingItem, ...]:
    """Each missing requirement, in the rules' order (as the results list them)."""
    by_id = {r.id: r for r in outcome.results}
    order = [r.id for r in outcome.results if r.id in outcome.missing]
    order += sorted(m for m in outcome.missing if m not in by_id)
    out = []
    for rid in order:
        r = by_id.get(rid)
        out.append(
            MissingItem(
                id=rid,
                title=getattr(r, "title", rid) or rid,
                ask=getattr(r, "ask", "") or "",
                reason=getattr(r, "reason", "") or "",
            )
        )
    return tuple(out)


def for_a_person(outcome: OutcomeLike, inbound: Inbound) -> Decision:
    """Not a submission and not robot mail: a person reads it, told why (`inboxbot.attention`)."""
    screening = inbound.screening
    blocked = screening.verdict == "not_allowed"
    found = concerns(
        inbound.intake,
        sender=screening.reason if blocked and not screening.spoof else "",
        spoof=screening.reason if blocked and screening.spoof else "",
        invitation=outcome.kind_reason == MEETING_INVITATION,
        duplicate=inbound.duplicate,
    )
    event = "spoof_suspected" if screening.spoof else "not_a_submission"
    return Decision("needs_attention", reason_text(found), audit_event=event, code=found[0].code)


def decide(
    outcome: OutcomeLike,
    inbound: Inbound,
    case: CaseState | None,
    settings: DecideSettings,
    now: dt.datetime,
    budget: Budget = Budget(),
) -> Decision:
    """Decide what happens to one email; see the module docstring."""
    kind = str(outcome.kind)
    screening = inbound.screening

    if inbound.duplicate and kind != "not_a_submission":
        # Filed beside the first copy (the daemon knows where). Not for robot mail or a person's
        # other email: a Message-ID shared with an email of another kind is no proof of a copy,
        # and a person's email must not follow robot mail into the folder nobody reads.
        return Decision("processed", "duplicate of an email already processed (same Message-ID)", audit_event="duplicate")

    if screening.verdict == "automated":
        if kind in ("submission", "reply_with_missing_item"):
            # Looks like robot mail but carries a submission (e.g. an auto-forward): a person
            # must look, and no automatic reply may go back to a robot.
            return Decision("needs_attention", f"automated mail carrying a submission: {screening.reason}", audit_event="automated")
        return Decision("not_submission", f"automated mail: {screening.reason}", audit_event="ignored")

    if kind == "not_a_submission":
        return for_a_person(outcome, inbound)

    if screening.verdict == "not_allowed":
        event = "spoof_suspected" if screening.spoof else "sender_not_allowed"
        return Decision("needs_attention", f"sender not allowed: {screening.reason}", audit_event=event)

    if kind == "taf_review":
        if case is None:
            return Decision("needs_attention", "TAF review that matches no case", audit_event="unmatched")
        review = outcome.review_date
        if review is not None and case.last_taf_review is not None and review < case.last_taf_review:
            # A late copy of an earlier review must not move the case back to its old due date.
            return Decision("processed", "TAF review older than the last one logged: not recorded",
                            audit_event="taf_review_superseded")
        fields: dict[str, Any] = {}
        if review is not None:
            fields["last_taf_review"] = review
            # The next-review date the review names, else the default interval after it
            # (guidance 2.2 step 8: "thereafter as required").
            fields["taf_review_due"] = next_review_due(review, outcome.next_review_date, settings.followups)
        elif outcome.next_review_date is not None:
            fields["taf_review_due"] = outcome.next_review_date
        return Decision(
            "processed",
            f"TAF review logged (matched by {case.matched_by or 'case'})",
            case=CaseChange(case.id, "taf_review", case.status, fields),
            audit_event="taf_review",
        )

    if screening.verdict == "partner":
        # Partners may send TAF reviews; submissions come from council workers, and a reply with
        # case details may only go to an allowed domain.
        return Decision("needs_attention", "submission from a partner domain (no reply with case details)", audit_event="sender_not_allowed")

    if kind == "reply_with_missing_item" and case is None:
        return Decision("needs_attention", "reply to a query that matches no case", audit_event="unmatched")

    fields = case_fields(outcome, inbound, case)
    pathway = str(outcome.pathway)
    missing = tuple(sorted(outcome.missing))
    over_budget = (
        budget.sender_replies >= settings.replies_per_sender_per_day
        or (case is not None and budget.case_replies >= settings.replies_per_case_per_day)
    )

    if pathway == "unknown":
        status, event, folder = CaseStatus.AWAITING_PATHWAY, "queried", "awaiting"
        reply = ReplyPlan("pathway_query", inbound.sender, ("pathway",), unreadable=inbound.unreadable)
        reason = "pathway cannot be told: asked which applies"
        missing = ("pathway",)
    elif missing:
        status, event, folder = CaseStatus.AWAITING_INFORMATION, "queried", "awaiting"
        reply = ReplyPlan("query", inbound.sender, missing, _items(outcome), inbound.unreadable, pathway=pathway)
        reason = f"query sent: {len(missing)} item(s) missing"
    else:
        event, folder = "acknowledged", "processed"
        tdate = fields.get("transition_date") or (case.transition_date if case else None)
        due = None
        if pathway == "none":
            # Appendix 4: no ongoing early help, so no TAF review to follow.
            status = CaseStatus.CLOSED
            fields["closed_at"] = now
        else:
            status = CaseStatus.ACKNOWLEDGED
            if case is not None and case.status == CaseStatus.ACKNOWLEDGED and case.taf_review_due:
                due = case.taf_review_due
            else:
                due = first_taf_review_due(tdate, settings.first_taf_review_weeks)
            fields["taf_review_due"] = due
        if case is None or case.status != CaseStatus.ACKNOWLEDGED:
            fields["acknowledged_at"] = now
        reply = ReplyPlan("acknowledgement", inbound.sender, (), unreadable=inbound.unreadable,
                          taf_review_due=due, transition_date=tdate, pathway=pathway)
        reason = "complete: acknowledged"

    change = CaseChange(case.id if case else None, "created" if case is None else event, status, fields, missing)
    if over_budget:
        return Decision("needs_attention", "reply budget exceeded: no reply sent", case=change, audit_event="budget_exceeded")
    return Decision(folder, reason, case=change, reply=reply, audit_event=event)
