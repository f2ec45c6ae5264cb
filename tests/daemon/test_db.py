import datetime as dt
import os
import stat

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inboxbot.db import open_database
from inboxbot.models import Base, Case


def test_migrations_match_models_and_file_is_private(tmp_path):
    url = f"sqlite:///{tmp_path}/sub/inboxbot.db"
    db = open_database(url)
    mode = stat.S_IMODE(os.stat(tmp_path / "sub" / "inboxbot.db").st_mode)
    assert mode == 0o600
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    # idempotent
    open_database(url).dispose()
    db.dispose()


def test_datetimes_come_back_aware(tmp_path):
    db = open_database(f"sqlite:///{tmp_path}/x.db")
    now = dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.timezone.utc)
    with db.transaction() as s:
        c = Case(neighbourhood="east", pathway="1", status="acknowledged", missing=[], children=[],
                 received_date=now.date(), received_at=now, created_at=now, updated_at=now)
        s.add(c)
    with db.sessions() as s:
        got = s.query(Case).one()
        assert got.received_at == now and got.received_at.tzinfo is not None
