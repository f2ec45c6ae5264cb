"""The fortnightly NAM digest: what a neighbourhood's coordinators need before the meeting.

Guidance 2.3: "Case numbers recorded by EH Partnership Team and updated at fortnightly NAM
meeting. QA process undertaken"; section 4: "Cases will also be monitored through the
Neighbourhood Action Meeting process where notifications of cases stepping down will be noted
and reviewed." So each digest lists, for one neighbourhood:

* new step-downs since the last meeting, counted by pathway and by lead agency;
* submissions awaiting information, with days waiting and whether chased or flagged;
* TAF reviews due in the next fortnight, and those overdue;
* cases within their 3-month return window (guidance 2.3 note ***);
* counts for the QA log;

and carries the neighbourhood's case log as CSV and XLSX attachments.

Privacy: nothing here ever holds a child's name or date of birth (`CaseFacts` has none).
Cases are identified by reference and family surname, or by reference only
(`[followups.digest] identify_by = "ref"`).

`build_digest` is pure (cases and `now` in, a `Digest` value out); `render_digest` fills the
Jinja2 templates `digest.txt.j2` / `digest.html.j2` (wording lives there); `case_log_csv` /
`case_log_xlsx` make the attachments as bytes.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from jinja2 import Environment

from inboxbot.followup_mail import Wording, render
from inboxbot.followups import (
    CaseFacts,
    ChaseState,
    FollowupPolicy,
    chase_state,
    local_date,
    query_date,
    return_window_end,
    taf_review_due,
    transition_date,
)
from inboxbot.meetings import DigestSlot

#: How far ahead "TAF reviews due in the next fortnight" looks from the meeting day.
LOOKAHEAD = timedelta(days=14)


@dataclass(frozen=True)
class DigestCase:
    """One case as the digest shows it: identifiers and facts, no child details."""

    ref: str
    family: str | None  # None when identify_by = "ref"
    pathway: str
    lead_agency: str
    status: str
    received: date
    transition: date
    missing: tuple[str, ...] = ()
    days_waiting: int = 0
    chase: ChaseState | None = None
    review_due: date | None = None
    days_overdue: int = 0
    window_end: date | None = None

    @property
    def label(self) -> str:
        return f"{self.ref} ({self.family})" if self.family else self.ref


@dataclass(frozen=True)
class QaCounts:
    """The figures the QA log records per meeting."""

    new_stepdowns: int
    complete_first_time: int  # acknowledged without a query
    queried: int  # new step-downs that needed a query
    awaiting_information: int  # all open queries, not only new ones
    flagged: int  # awaiting past the chaser and a second period
    reviews_received: int  # TAF reviews received since the last meeting
    reviews_due_soon: int
    reviews_overdue: int
    in_return_window: int
    missing_items: tuple[tuple[str, int], ...]  # requirement id -> open queries missing it


@dataclass(frozen=True)
class Digest:
    neighbourhood: str
    slot: DigestSlot
    show_family: bool  # identify cases by reference and family surname (else reference only)
    since: datetime  # start of the "new since the last meeting" period
    generated_at: datetime
    new_stepdowns: tuple[DigestCase, ...]
    by_pathway: tuple[tuple[str, int], ...]
    by_agency: tuple[tuple[str, int], ...]
    awaiting: tuple[DigestCase, ...]
    reviews_due: tuple[DigestCase, ...]
    reviews_overdue: tuple[DigestCase, ...]
    return_window: tuple[DigestCase, ...]
    qa: QaCounts


def build_digest(cases: Sequence[CaseFacts], slot: DigestSlot, policy: FollowupPolicy, now: datetime) -> Digest:
    """The digest for `slot`'s neighbourhood from its cases, as things stand at `now`."""
    s = policy.settings
    show_family = s.digest.identify_by == "surname"
    today = local_date(now)
    meeting_day = slot.meeting.date()
    since = slot.previous_meeting
    mine = [c for c in cases if c.neighbourhood == slot.neighbourhood]

    def view(c: CaseFacts, **extra: object) -> DigestCase:
        return DigestCase(
            ref=c.ref,
            family=(c.family or "(family not named)") if show_family else None,
            pathway=c.pathway or "unknown",
            lead_agency=c.lead_agency or "(not named)",
            status=c.status_label or c.state,
            received=local_date(c.received_at),
            transition=transition_date(c),
            missing=c.missing,
            **extra,  # type: ignore[arg-type]
        )

    new = [c for c in mine if c.state != "other" and since <= c.received_at <= now]
    awaiting = [c for c in mine if c.state == "awaiting_information"]
    complete = [c for c in mine if c.state == "complete"]

    due_soon: list[DigestCase] = []
    overdue: list[DigestCase] = []
    for c in complete:
        due = taf_review_due(c, s)
        if due is None:
            continue
        if due < today:
            overdue.append(view(c, review_due=due, days_overdue=(today - due).days))
        elif due <= meeting_day + LOOKAHEAD:
            due_soon.append(view(c, review_due=due))

    window = [view(c, window_end=return_window_end(c, s)) for c in complete if return_window_end(c, s) >= today]
    waiting = [
        view(c, days_waiting=(today - query_date(c)).days, chase=chase_state(c, policy, today)) for c in awaiting
    ]
    reviews_received = sum(1 for c in mine for at in c.reviews_received_at if since <= at <= now)
    missing_tally = Counter(m for c in awaiting for m in c.missing)

    qa = QaCounts(
        new_stepdowns=len(new),
        complete_first_time=sum(1 for c in new if c.state == "complete" and c.last_query_at is None),
        queried=sum(1 for c in new if c.last_query_at is not None or c.state == "awaiting_information"),
        awaiting_information=len(awaiting),
        flagged=sum(1 for w in waiting if w.chase == "flagged"),
        reviews_received=reviews_received,
        reviews_due_soon=len(due_soon),
        reviews_overdue=len(overdue),
        in_return_window=len(window),
        missing_items=tuple(sorted(missing_tally.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
    return Digest(
        neighbourhood=slot.neighbourhood,
        slot=slot,
        show_family=show_family,
        since=since,
        generated_at=now,
        new_stepdowns=tuple(sorted((view(c) for c in new), key=lambda d: (d.received, d.ref))),
        by_pathway=_counts(c.pathway or "unknown" for c in new),
        by_agency=_counts(c.lead_agency or "(not named)" for c in new),
        awaiting=tuple(sorted(waiting, key=lambda d: (-d.days_waiting, d.ref))),
        reviews_due=tuple(sorted(due_soon, key=lambda d: (d.review_due, d.ref))),
        reviews_overdue=tuple(sorted(overdue, key=lambda d: (-d.days_overdue, d.ref))),
        return_window=tuple(sorted(window, key=lambda d: (d.window_end, d.ref))),
        qa=qa,
    )


def _counts(values: object) -> tuple[tuple[str, int], ...]:
    tally = Counter(values)  # type: ignore[call-overload]
    return tuple(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))


# --- rendering ---------------------------------------------------------------------------------


def render_digest(digest: Digest, env: Environment, team_name: str) -> Wording:
    """Fill `digest.txt.j2` (which sets the subject) and `digest.html.j2`."""
    return render(env, "digest", {"d": digest, "qa": digest.qa, "team_name": team_name})


# --- the case log attachments ------------------------------------------------------------------

CASE_LOG_COLUMNS = (
    "reference",
    "family",
    "neighbourhood",
    "pathway",
    "status",
    "missing",
    "lead_practitioner",
    "lead_agency",
    "transition_date",
    "received_date",
    "taf_review_due",
    "last_taf_review",
    "return_window_ends",
)


def case_log_rows(cases: Sequence[CaseFacts], policy: FollowupPolicy) -> list[dict[str, str]]:
    """The case log as rows of text, one per case, oldest first; no child details.

    With `identify_by = "ref"` the family column is left empty.
    """
    s = policy.settings
    show_family = s.digest.identify_by == "surname"
    rows = []
    for c in sorted(cases, key=lambda c: (c.received_at, c.ref)):
        due = taf_review_due(c, s) if c.state == "complete" else None
        rows.append(
            {
                "reference": c.ref,
                "family": (c.family or "") if show_family else "",
                "neighbourhood": c.neighbourhood,
                "pathway": c.pathway or "",
                "status": c.status_label or c.state,
                "missing": ", ".join(c.missing),
                "lead_practitioner": c.lead_practitioner_name or "",
                "lead_agency": c.lead_agency or "",
                "transition_date": transition_date(c).isoformat(),
                "received_date": local_date(c.received_at).isoformat(),
                "taf_review_due": due.isoformat() if due else "",
                "last_taf_review": c.last_taf_review.isoformat() if c.last_taf_review else "",
                "return_window_ends": return_window_end(c, s).isoformat(),
            }
        )
    return rows


def case_log_csv(rows: Sequence[dict[str, str]]) -> bytes:
    """The rows as CSV (UTF-8 with BOM, CRLF), which Excel opens with the right encoding."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CASE_LOG_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        # A cell starting with = + - @ would be run as a formula by Excel (CSV injection).
        writer.writerow({k: _defuse(v) for k, v in row.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def case_log_xlsx(rows: Sequence[dict[str, str]], title: str, created: datetime) -> bytes:
    """The rows as an Excel workbook with a bold, frozen header row and sized columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]  # Excel's limit on sheet names
    ws.append(list(CASE_LOG_COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([_defuse(row[c]) for c in CASE_LOG_COLUMNS])
    ws.freeze_panes = "A2"
    for i, col in enumerate(CASE_LOG_COLUMNS, start=1):
        width = max([len(col)] + [len(r[col]) for r in rows])
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(width + 2, 60)
    # A fixed creation time keeps the file reproducible for the same log and moment.
    wb.properties.created = created.replace(tzinfo=None)
    wb.properties.modified = created.replace(tzinfo=None)
    wb.properties.creator = "inboxbot"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _defuse(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
