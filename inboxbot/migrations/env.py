"""Alembic environment: run with the connection `inboxbot.db.migrate` passes in.

For `alembic revision --autogenerate` during development, point INBOXBOT_DB_URL at a scratch
database: `INBOXBOT_DB_URL=sqlite:///var/dev.db alembic -c inboxbot/migrations/alembic.ini ...`.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from inboxbot.models import Base

target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite ALTER TABLE needs batch mode
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(os.environ.get("INBOXBOT_DB_URL", "sqlite:///var/dev.db"))
    with engine.begin() as conn:
        _run(conn)
