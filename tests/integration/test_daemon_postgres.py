"""The same store on PostgreSQL: migrations match the models, and the daemon runs on it."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inboxbot.config import load_config
from inboxbot.daemon import Daemon
from inboxbot.db import open_database
from inboxbot.models import Base, Case, OutboxItem
from tests.inboxbot.corpus_mail import corpus

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def test_migrations_and_a_pass_on_postgres(tmp_path, postgres_db):
    db = open_database(postgres_db)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    open_database(postgres_db).dispose()  # migrations are idempotent

    text = (ROOT / "config" / "inboxbot.toml").read_text()
    text = text.replace('"sqlite:///var/inboxbot.db"', f'"{postgres_db}"').replace('"demo/', f'"{tmp_path}/')
    text += f'\n[replies]\ntemplates_dir = "{ROOT}/templates"\n'
    (tmp_path / "c.toml").write_text(text)
    cfg = load_config(tmp_path / "c.toml", env={})
    (tmp_path / "mail").mkdir()
    mailbox.Maildir(str(cfg.inboxes["central"].maildir), create=True).add(corpus("0043"))
    mailbox.Maildir(str(cfg.inboxes["central"].maildir), create=True).add(corpus("0043"))  # duplicate
    d = Daemon(cfg, db)
    for m in d.mailboxes.values():
        m.connect()
    d.process_once()
    with db.sessions() as s:
        assert s.query(Case).count() == 1
        assert [o.status for o in s.query(OutboxItem)] == ["sent"]
        assert s.query(Case).one().received_at.tzinfo is not None
    db.dispose()


def test_processes_starting_together_migrate_once(postgres_db):
    """Several `inboxbot run` on a new database at the same moment: one migrates, the others wait
    for it (an advisory lock) and find nothing to do; none crashes on `alembic_version`."""
    import subprocess
    import sys

    code = "import sys; from inboxbot.db import open_database; open_database(sys.argv[1]).dispose()"
    procs = [subprocess.Popen([sys.executable, "-c", code, postgres_db], cwd=str(ROOT),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(6)]
    results = [(p.wait(timeout=120), p.stdout.read().decode()[-2000:]) for p in procs]  # type: ignore[union-attr]
    assert [rc for rc, _ in results] == [0] * 6, "\n".join(out for rc, out in results if rc)
    db = open_database(postgres_db, run_migrations=False)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()
