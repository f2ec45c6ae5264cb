"""Follow-up and digest emails, composed from templates. Pure: values in, bytes out.

Wording lives in `templates/`, as for the daemon's replies: `followup_<what>.txt.j2` and
`followup_<what>.html.j2` for each follow-up kind (the text template sets the subject with
`{% set subject %}`), and `digest.txt.j2` / `digest.html.j2` for the digest.

Every message is new, not a reply: no In-Reply-To/References to the worker's submission
(issue 4); `Auto-Submitted: auto-generated` (RFC 3834: made by a timer, not in answer to a
message) and `X-Auto-Response-Suppress: All` so Exchange sends no out-of-office back. A
follow-up's Reply-To is the neighbourhood's NAM inbox and its subject carries `[EH-000123]`,
so a lead practitioner who answers a reminder with the TAF review reaches a watched inbox and
is matched to the case by reference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment

from inboxbot.clock import LONDON, UTC
from inboxbot.followups import CaseFacts, Followup
from inboxbot.replies import WIRE_POLICY, Templates

ROBOT_HEADERS = (("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"


def _local(value: date | datetime) -> date | datetime:
    return value.astimezone(LONDON) if isinstance(value, datetime) else value


def longdate(value: date | datetime) -> str:
    """Tuesday 8 September 2026 (the London date, for instants)."""
    v = _local(value)
    return f"{v:%A} {v.day} {v:%B %Y}"


def shortdate(value: date | datetime) -> str:
    """8 Sep 2026."""
    v = _local(value)
    return f"{v.day} {v:%b %Y}"


def hm(value: datetime) -> str:
    """10:00, London time."""
    return f"{value.astimezone(LONDON):%H:%M}"


def template_env(templates_dir: Path) -> Environment:
    """The replies' Jinja2 environment for `templates/` (same escaping and strictness), with
    date filters that also take instants and show them in London time."""
    env = Templates(templates_dir).env
    env.filters.update(longdate=longdate, shortdate=shortdate, hm=hm)
    return env


@dataclass(frozen=True)
class Wording:
    subject: str
    text: str
    html: str


def render(env: Environment, name: str, context: Mapping[str, Any]) -> Wording:
    """Fill `<name>.txt.j2` (which sets `subject`) and `<name>.html.j2`."""
    module = env.get_template(f"{name}.txt.j2").make_module(dict(context))
    subject = " ".join(str(getattr(module, "subject", "")).split())
    if not subject:
        raise ValueError(f"template {name}.txt.j2 does not set a subject")
    html = env.get_template(f"{name}.html.j2").render({**context, "subject": subject})
    return Wording(subject, re.sub(r"\n{3,}", "\n\n", str(module)).strip() + "\n", html)


def followup_context(
    followup: Followup,
    case: CaseFacts,
    *,
    team_name: str,
    nam_address: str,
    show_family: bool = True,
    missing_descriptions: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """What a follow-up template may say: only what its recipient already has (the case
    reference, the family surname unless `show_family` is off, the lead practitioner's name
    and agency, the dates, and for a chaser the missing items). No child details."""
    descriptions = missing_descriptions or {}
    return {
        "ref": case.ref,
        "family": case.family if show_family else None,
        "neighbourhood": case.neighbourhood,
        "lead_practitioner": case.lead_practitioner_name,
        "lead_agency": case.lead_agency,
        "what": followup.what,
        "target": followup.target,  # the review's due date, or the day of the query chased
        "days_overdue": (followup.due.astimezone(LONDON).date() - followup.target).days,
        "missing": [(m, descriptions.get(m, m.replace("_", " "))) for m in case.missing],
        "redirected": followup.redirected,
        "team_name": team_name,
        "nam_address": nam_address,
    }


def build_message(
    rendered: Wording,
    *,
    from_addr: str,
    to: Sequence[str],
    message_id: str,
    now: datetime,
    reply_to: str | None = None,
    headers: Sequence[tuple[str, str]] = (),
    attachments: Sequence[tuple[str, str, bytes]] = (),
) -> bytes:
    """A new message (never a reply): text, an HTML alternative, and attachments given as
    (filename, MIME type, bytes); CRLF line endings, ready for the outbox. The replies'
    `build_email` makes replies; this one adds Reply-To and attachments."""
    msg = EmailMessage(policy=WIRE_POLICY)
    msg["From"] = from_addr
    msg["To"] = ", ".join(to)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = message_id
    for name, value in (*ROBOT_HEADERS, *headers):
        msg[name] = value
    msg.set_content(rendered.text, cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    for filename, mime, data in attachments:
        maintype, subtype = mime.split("/", 1)
        # Text attachments (the CSV) are UTF-8; say so, or readers assume US-ASCII.
        params = {"charset": "utf-8"} if maintype == "text" else {}
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    return msg.as_bytes(policy=WIRE_POLICY)
