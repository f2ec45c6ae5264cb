import textwrap
from pathlib import Path

import pytest

from inboxbot.config import ConfigError, TimingConfig, load_config

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """
[database]
url = "sqlite:///var/x.db"
[smtp]
host = "127.0.0.1"; port = 2525; security = "none"
username = ""; password = ""
from = "Early Help Partnership Team <earlyhelppartnershipteam@newham.gov.uk>"
[senders]
allowed_domains = ["newham.gov.uk"]
[inboxes.east]
address = "eastNAM@newham.gov.uk"
imap_host = "127.0.0.1"; imap_port = 1143; imap_security = "none"
username = "eastnam"; password = "${EAST_PW}"; folder = "INBOX"
coordinators = ["east.coordinator@newham.gov.uk"]
"""


def load(tmp_path, text, env=None):
    p = tmp_path / "c.toml"
    p.write_text(textwrap.dedent(text))
    return load_config(p, env=env if env is not None else {"EAST_PW": "s3cret"})


def test_issue_keys_load(tmp_path):
    cfg = load(tmp_path, MINIMAL)
    east = cfg.inboxes["east"]
    assert east.password == "s3cret" and east.imap_port == 1143 and east.imap_security == "none"
    assert cfg.smtp.from_addr.endswith("newham.gov.uk>")
    assert cfg.senders.allowed_domains == ("newham.gov.uk",)
    assert "s3cret" not in repr(cfg)


def test_shipped_configs_load():
    cfg = load_config(ROOT / "config/inboxbot.toml", env={})
    assert set(cfg.inboxes) == {"east", "west", "central", "south"}
    assert all(i.is_maildir for i in cfg.inboxes.values())
    assert set(cfg.followups.meetings) == set(cfg.inboxes)  # every neighbourhood gets its digest
    env = {k: "x" for k in ["INBOXBOT_DB_PW", "TENANT_ID", "INBOXBOT_CLIENT_ID", "INBOXBOT_CLIENT_SECRET", "WEST_PW", "CENTRAL_PW"]}
    cfg = load_config(ROOT / "config/example-imap.toml", env=env)
    assert cfg.inboxes["east"].oauth is not None and cfg.smtp.oauth is not None
    assert cfg.policy.authserv_id == "-"
    assert cfg.timing == TimingConfig()  # the documented values are the defaults
    assert cfg.followups.first_review_weeks == cfg.replies.first_taf_review_weeks
    assert set(cfg.followups.meetings) == {"east", "west", "central", "south"}
    assert (cfg.storage.raw_mail_retention_days, cfg.storage.closed_case_retention_days) == (365, 730)


def test_retention_periods(tmp_path):
    cfg = load(tmp_path, MINIMAL + "[storage]\nraw_mail_retention_days = 90\nclosed_case_retention_days = 2190\n")
    assert (cfg.storage.raw_mail_retention_days, cfg.storage.closed_case_retention_days) == (90, 2190)
    assert load(tmp_path, MINIMAL).storage.closed_case_retention_days == 730
    with pytest.raises(ConfigError) as err:
        load(tmp_path, MINIMAL + "[storage]\nclosed_case_retention_days = 0\n")
    assert str(err.value).startswith("storage.closed_case_retention_days:")


@pytest.mark.parametrize(
    "change, key",
    [
        (("imap_port = 1143", 'imap_port = "abc"'), "inboxes.east.imap_port"),
        (('security = "none"\n', 'security = "ssl"\n'), "smtp.security"),
        (("[inboxes.east]", "[inboxes.north]"), "inboxes.north"),
        (('folder = "INBOX"', 'folder = "INBOX"\nfoldr = "x"'), "inboxes.east.foldr"),
        (('["newham.gov.uk"]', '["Newham Gov"]'), "senders.allowed_domains[0]"),
        (('coordinators = ["east.coordinator@newham.gov.uk"]', 'coordinators = ["nobody"]'), "inboxes.east.coordinators[0]"),
        (('url = "sqlite:///var/x.db"', 'url = "mysql://x"'), "database.url"),
        (("[senders]", "[timing]\nrefused_retry_min = 600\nrefused_retry_max = 60\n[senders]"), "timing.refused_retry_max"),
        (("[senders]", "[timing]\nrefused_retry_hours = 0\n[senders]"), "timing.refused_retry_hours"),
    ],
)
def test_errors_name_the_key(tmp_path, change, key):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, MINIMAL.replace(*change))
    assert str(err.value).startswith(key + ":"), str(err.value)


def test_missing_env_var_names_key_and_variable(tmp_path):
    with pytest.raises(ConfigError) as err:
        load(tmp_path, MINIMAL, env={})
    assert "inboxes.east.password" in str(err.value) and "EAST_PW" in str(err.value)


def test_missing_required_table(tmp_path):
    with pytest.raises(ConfigError, match="^smtp: is required"):
        load(tmp_path, MINIMAL.replace("[smtp]", "[smtpx]"))


def test_folders_must_differ(tmp_path):
    with pytest.raises(ConfigError, match="^folders"):
        load(tmp_path, MINIMAL + '\n[folders]\nprocessed = "Done"\nawaiting = "Done"\n')
