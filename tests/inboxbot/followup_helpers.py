"""Shared set-up for the follow-up tests: a config, a database, fictional cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from inboxbot.clock import ManualClock
from inboxbot.config import Config, parse_config
from inboxbot.db import Database, open_database
from inboxbot.followup_settings import FollowupSettings
from inboxbot.models import Case, CaseEvent, CaseStatus
from inboxbot.scheduler import FollowupScheduler, on_case_changed

UTC = dt.timezone.utc
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
COORDINATOR = "east.coordinator@newham.gov.uk"


def make_config(tmp_path: Path, db_url: str, smtp_port: int = 2525) -> Config:
    inboxes = {
        name: {"address": f"{name}NAM@newham.gov.uk", "maildir": str(tmp_path / "mail" / name),
               "coordinators": [f"{name}.coordinator@newham.gov.uk"]}
        for name in ("east", "west", "central", "south")
    }
    return parse_config({
        "database": {"url": db_url},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                 "from": "Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>"},
        "senders": {"allowed_domains": ["newham.gov.uk"], "partner_domains": ["newham.sch.uk", "nhs.net"]},
        "inboxes": inboxes,
        "replies": {"templates_dir": str(TEMPLATES)},
    }, env={})


def new_case(session: Any, now: dt.datetime, *, status: str = CaseStatus.ACKNOWLEDGED, family: str = "Testerton",
             transition: dt.date | None = dt.date(2026, 9, 1), lp_email: str = "p.example@kestrelway.newham.sch.uk",
             neighbourhood: str = "east", missing: tuple[str, ...] = (), pathway: str = "1") -> Case:
    """A case as the daemon would leave it after deciding on a submission (fictional people)."""
    case = Case(
        neighbourhood=neighbourhood, pathway=pathway, status=status, missing=list(missing), family=family,
        children=[{"name": f"Amara {family}", "dob": "2015-03-09"}],
        lead_practitioner={"name": "Pat Example", "role": "Family Liaison Officer",
                           "agency": "Kestrel Way Primary School", "email": lp_email, "phone": None},
        lp_email=lp_email, worker_email="sw.one@newham.gov.uk", letter_date=transition,
        transition_date=transition, received_date=now.date(), received_at=now,
        acknowledged_at=now if status == CaseStatus.ACKNOWLEDGED else None,
        created_at=now, updated_at=now,
    )
    session.add(case)
    session.flush()
    case.ref = f"EH-{case.id:06d}"
    event = "acknowledged" if status == CaseStatus.ACKNOWLEDGED else "queried"
    session.add(CaseEvent(case_id=case.id, at=now, event=event, from_status=None, to_status=status,
                          missing=list(missing)))
    on_case_changed(session, case, now)
    return case


def start_scheduler(config: Config, db: Database, clock: ManualClock, settings: FollowupSettings | None = None,
                    **kw: Any) -> FollowupScheduler:
    svc = FollowupScheduler(config, settings or FollowupSettings(), db, clock, **kw)
    svc.start(paused=True)
    return svc


def open_db(url: str) -> Database:
    return open_database(url)
