"""Replies as bytes: Jinja2 templates (wording) + RFC 5322 headers (threading, loop protection).

Two traps seen in a trial (issue 3, item 5) are handled here:
* Python's `EmailMessage` with the default policy folds an Outlook-length Message-ID in
  In-Reply-To/References into an RFC 2047 encoded-word that no mail client threads; we build with
  `policy.SMTP.clone(max_line_length=998)`, which keeps those headers raw.
* A reply with bare LF line endings over 1,000 bytes is refused by SMTP servers; the SMTP policy
  writes CRLF.

Every message we send carries `Auto-Submitted: auto-replied` (RFC 3834; `auto-generated` for
alerts) and `X-Auto-Response-Suppress: All`, so other robots do not answer us.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

import jinja2

from inboxbot.decide import ReplyPlan

WIRE_POLICY = policy.SMTP.clone(max_line_length=998)
MAX_REFERENCES = 10  # keep the first and the last few ids, as RFC 5322 3.6.4 allows

SUBJECTS = {
    "acknowledgement": "Received and complete",
    "query": "More information needed",
    "pathway_query": "Which pathway applies?",
}


@dataclass(frozen=True)
class Original:
    """The email being answered (only what threading needs)."""

    message_id: str  # with <>
    references: tuple[str, ...]
    subject: str


@dataclass(frozen=True)
class ReplySettings:
    from_addr: str  # "Name <address>"
    team_name: str
    secure_route: str


@dataclass(frozen=True)
class Rendered:
    message_id: str
    sender: str  # envelope MAIL FROM
    recipients: tuple[str, ...]
    subject: str
    template: str
    raw: bytes


class Templates:
    """The `templates/` folder: `<name>.txt.j2` and `<name>.html.j2` for each reply."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise FileNotFoundError(f"templates folder not found: {folder}")
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(folder)),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["longdate"] = longdate

    def render(self, name: str, context: dict[str, Any]) -> tuple[str, str]:
        text = self.env.get_template(f"{name}.txt.j2").render(context)
        html = self.env.get_template(f"{name}.html.j2").render(context)
        return re.sub(r"\n{3,}", "\n\n", text), html


def longdate(value: dt.date | None) -> str:
    if value is None:
        return ""
    return f"{value.strftime('%A')} {value.day} {value.strftime('%B %Y')}"


def new_message_id(from_addr: str) -> str:
    domain = parseaddr(from_addr)[1].rpartition("@")[2] or "inboxbot.invalid"
    return f"<inboxbot.{uuid.uuid4().hex}@{domain}>"


def reply_subject(original: str, case_ref: str) -> str:
    subject = re.sub(r"\s+", " ", original or "").strip() or "Your step-down submission"
    tag = f"[{case_ref}]"
    if tag not in subject:
        subject = f"{subject} {tag}"
    if not re.match(r"^(re|aw|sv)\s*:", subject, re.I):
        subject = f"Re: {subject}"
    return subject


def thread_references(original: Original) -> tuple[str, ...]:
    refs = [r for r in original.references if r]
    if original.message_id and original.message_id not in refs:
        refs.append(original.message_id)
    if len(refs) > MAX_REFERENCES:
        refs = refs[:1] + refs[-(MAX_REFERENCES - 1):]
    return tuple(refs)


def build_email(
    *,
    from_addr: str,
    to: tuple[str, ...],
    subject: str,
    text: str,
    html: str | None,
    message_id: str,
    date: dt.datetime,
    headers: list[tuple[str, str]],
) -> bytes:
    """An RFC 5322 message, CRLF line endings, threading headers unfolded."""
    msg = EmailMessage(policy=WIRE_POLICY)
    msg["From"] = from_addr
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(dt.timezone.utc))
    msg["Message-ID"] = message_id
    for name, value in headers:
        if value:
            msg[name] = value
    msg.set_content(text, cte="quoted-printable")
    if html is not None:
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    return msg.as_bytes(policy=WIRE_POLICY)


def render_reply(
    plan: ReplyPlan,
    *,
    case_ref: str,
    family: str | None,
    neighbourhood: str,
    original: Original,
    settings: ReplySettings,
    templates: Templates,
    now: dt.datetime,
    message_id: str | None = None,
) -> Rendered:
    """The reply that `plan` asks for, to the sender of `original`."""
    subject = reply_subject(original.subject, case_ref)
    context = {
        "subject": subject,
        "case_ref": case_ref,
        "family": family,
        "neighbourhood": neighbourhood,
        "neighbourhood_title": neighbourhood.title(),
        "items": plan.items,
        "unreadable": plan.unreadable,
        "taf_review_due": plan.taf_review_due,
        "transition_date": plan.transition_date,
        "pathway": plan.pathway,
        "missing": plan.missing,
        "team_name": settings.team_name,
        "secure_route": settings.secure_route,
    }
    text, html = templates.render(plan.template, context)
    mid = message_id or new_message_id(settings.from_addr)
    refs = thread_references(original)
    raw = build_email(
        from_addr=settings.from_addr,
        to=(plan.to,),
        subject=subject,
        text=text,
        html=html,
        message_id=mid,
        date=now,
        headers=[
            ("In-Reply-To", original.message_id),
            ("References", " ".join(refs)),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-Inboxbot-Case", case_ref),
            ("X-Inboxbot-Missing", ",".join(plan.missing)),
        ],
    )
    return Rendered(mid, parseaddr(settings.from_addr)[1], (plan.to,), subject, plan.template, raw)


def render_alert(
    *,
    to: tuple[str, ...],
    title: str,
    error: str,
    failures: int,
    since: dt.datetime,
    advice: str,
    repeat_hours: float,
    settings: ReplySettings,
    templates: Templates,
    now: dt.datetime,
) -> Rendered:
    """An email to the administrators about a problem that needs them."""
    subject = f"inboxbot: {title}"
    context = {
        "subject": subject,
        "title": title,
        "error": error,
        "failures": failures,
        "since": since.strftime("%Y-%m-%d %H:%M UTC"),
        "advice": advice,
        "repeat_hours": f"{repeat_hours:g}",
    }
    text, html = templates.render("admin_alert", context)
    mid = new_message_id(settings.from_addr)
    raw = build_email(
        from_addr=settings.from_addr,
        to=to,
        subject=subject,
        text=text,
        html=html,
        message_id=mid,
        date=now,
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    )
    return Rendered(mid, parseaddr(settings.from_addr)[1], to, subject, "admin_alert", raw)
