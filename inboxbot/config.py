"""The service's configuration: one TOML file, validated once at load into typed, frozen values.

Every error names the key it is about (``inboxes.east.imap_port: expected an integer``), so a
deployment can be fixed from the message alone. Secrets may be written ``"${ENV_VAR}"`` (or
embedded: ``"prefix-${ENV_VAR}"``); a variable that is not set is an error naming the key and the
variable. Unknown keys are errors too: a typo must not silently fall back to a default.

Relative paths (SQLite file, Maildirs, templates, outbox folder) are resolved against the
current working directory, as the README's commands run from the repository root.

The keys are documented in ``config/example-imap.toml``; the embedded default is
``config/inboxbot.toml``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Literal, TypeVar

from inboxbot.followup_settings import FollowupSettings, parse_followups

NEIGHBOURHOODS = ("east", "west", "central", "south")
Security = Literal["none", "starttls", "tls"]
SECURITIES = ("none", "starttls", "tls")

DEFAULT_CONFIG_PATH = Path("config/inboxbot.toml")


class ConfigError(ValueError):
    """The configuration is wrong; the message starts with the key it is about."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}" if key else problem)
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class OAuthConfig:
    """App-only OAuth2 client-credentials grant, for XOAUTH2 to IMAP and SMTP (Exchange Online)."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str


@dataclass(frozen=True)
class DatabaseConfig:
    url: str
    echo: bool = False


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: Security
    username: str
    password: str = field(repr=False)
    from_addr: str  # the TOML key is `from`
    verify_tls: bool = True
    timeout: float = 30.0
    oauth: OAuthConfig | None = None
    # When set, replies are written as files into this Maildir instead of being sent over SMTP
    # (the embedded default: a newcomer sees replies without a mail server).
    outbox_maildir: Path | None = None


@dataclass(frozen=True)
class SendersConfig:
    allowed_domains: tuple[str, ...]  # get replies with case details (and their subdomains)
    partner_domains: tuple[str, ...] = ()  # schools, health: may send TAF reviews, get reminders


@dataclass(frozen=True)
class InboxConfig:
    name: str  # east | west | central | south (the table key)
    address: str
    folder: str = "INBOX"
    coordinators: tuple[str, ...] = ()
    # Either a Maildir (the embedded default) ...
    maildir: Path | None = None
    # ... or an IMAP server.
    imap_host: str = ""
    imap_port: int = 993
    imap_security: Security = "tls"
    username: str = ""
    password: str = field(default="", repr=False)
    verify_tls: bool = True
    oauth: OAuthConfig | None = None

    @property
    def is_maildir(self) -> bool:
        return self.maildir is not None


@dataclass(frozen=True)
class FoldersConfig:
    """Where each message is filed; created when missing. Nothing is ever deleted."""

    processed: str = "Processed"  # acknowledged submissions, TAF reviews, duplicates
    awaiting: str = "Awaiting information"  # a query was sent
    needs_attention: str = "Needs attention"  # a person must look: anything not answered that is not robot mail
    not_submission: str = "Not a submission"  # robot mail only: auto-replies, bounces, receipts, list mail

    def all(self) -> tuple[str, ...]:
        return (self.processed, self.awaiting, self.needs_attention, self.not_submission)


@dataclass(frozen=True)
class TimingConfig:
    wait_slice: float = 2.0  # longest single IDLE/poll wait, so a stop signal is seen promptly
    poll_interval: float = 60.0  # re-check the folder at least this often even under IDLE
    reconnect_min: float = 1.0  # reconnect back-off, doubling up to reconnect_max
    reconnect_max: float = 300.0
    send_retry_min: float = 30.0  # outbox back-off after a 4xx / connection failure
    send_retry_max: float = 3600.0
    # After a 5xx refusal: a slower back-off, doubling from refused_retry_min up to refused_retry_max.
    # A message the server refuses itself (recipient unknown, content policy) is marked failed once
    # it has been refused for refused_retry_hours; a refusal of the whole session (5xx at connect,
    # EHLO or MAIL FROM: every message would be refused) never fails a reply (see outbox.py).
    refused_retry_min: float = 300.0
    refused_retry_max: float = 7200.0
    refused_retry_hours: float = 24.0
    claim_seconds: float = 30.0  # lease on an inbox / outbox row; another process takes over after this (+ up to 10 s)
    failures_before_alert: int = 3  # consecutive failures before the administrators are told
    alert_repeat_hours: float = 24.0  # an unresolved problem is re-alerted at most this often


@dataclass(frozen=True)
class PolicyConfig:
    # authserv-id of the receiving server whose Authentication-Results we trust (the topmost
    # one only). "" ignores Authentication-Results; "-" reads the topmost header that has no
    # authserv-id, as Exchange Online writes them.
    authserv_id: str = ""
    replies_per_sender_per_day: int = 30
    replies_per_case_per_day: int = 6


@dataclass(frozen=True)
class RepliesConfig:
    templates_dir: Path = Path("templates")
    first_taf_review_weeks: int = 6  # guidance 2.2 step 8: first TAF review within 6 weeks
    secure_route: str = "the council's secure email (Egress) or secure file share"
    team_name: str = "Early Help Partnership Team"


@dataclass(frozen=True)
class AnalysisConfig:
    # Attachment-reading worker processes; 0 = in the daemon process, one at a time. One keeps
    # the daemon within 300 MB (a worker running Tesseract peaks at ~125 MB with its OCR child);
    # on a 2-core machine a second worker measured no faster (bench/backlog.py: 4.2 vs 5.0
    # emails/s; Tesseract already uses both cores) at ~350 MB. More cores: raise it.
    workers: int = 1
    timeout: float | None = None  # seconds per document before its worker is killed (None: the limits' default)


@dataclass(frozen=True)
class StorageConfig:
    keep_raw_mail: bool = True
    # The retention job (inboxbot.retention) clears stored mail after this many days ...
    raw_mail_retention_days: int = 365
    # ... and deletes a closed case this many days after it closed. The council's records
    # retention schedule decides the period; two years is only a default.
    closed_case_retention_days: int = 730


@dataclass(frozen=True)
class Config:
    database: DatabaseConfig
    smtp: SmtpConfig
    senders: SendersConfig
    inboxes: dict[str, InboxConfig]
    admins: tuple[str, ...] = ()
    folders: FoldersConfig = FoldersConfig()
    timing: TimingConfig = TimingConfig()
    policy: PolicyConfig = PolicyConfig()
    replies: RepliesConfig = RepliesConfig()
    storage: StorageConfig = StorageConfig()
    analysis: AnalysisConfig = AnalysisConfig()
    followups: FollowupSettings = field(default_factory=FollowupSettings)
    rules_path: Path | None = None  # pathway rules file; None = the checker's default
    instance: str = ""  # this process's name for leases ("" = host:pid)
    source: Path | None = None  # the file it was read from

    @property
    def nam_addresses(self) -> dict[str, str]:
        return {name: inbox.address.lower() for name, inbox in self.inboxes.items()}


# --- loading ----------------------------------------------------------------------------------

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
T = TypeVar("T")


def load_config(path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> Config:
    """Read and validate the TOML file at `path` (default ``config/inboxbot.toml``)."""
    p = Path(path) if path is not None else DEFAULT_CONFIG_PATH
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError("", f"cannot read config file {p}: {exc.strerror}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # The issue writes several keys on one line separated by "; " (not TOML); accept that
        # shorthand rather than make a deployment guess why a copied example fails.
        try:
            data = tomllib.loads(_semicolons_to_newlines(text))
        except tomllib.TOMLDecodeError:
            raise ConfigError("", f"{p} is not valid TOML: {exc}") from None
    cfg = parse_config(data, env=os.environ if env is None else env)
    return _replace(cfg, source=p)


def _semicolons_to_newlines(text: str) -> str:
    out: list[str] = []
    quote = ""
    i = 0
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                out.append(text[i : i + 2])
                i += 2
                continue
            if c == quote or c == "\n":
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "#":
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(text[i:end])
            i = end
            continue
        elif c == ";":
            c = "\n"
        out.append(c)
        i += 1
    return "".join(out)


def _replace(cfg: Config, **changes: Any) -> Config:
    from dataclasses import replace

    return replace(cfg, **changes)


class _Table:
    """A TOML table being read: remembers its key path and which keys were used."""

    def __init__(self, data: Any, key: str, env: dict[str, str]) -> None:
        if not isinstance(data, dict):
            raise ConfigError(key, f"expected a table, got {type(data).__name__}")
        self.data = data
        self.key = key
        self.env = env
        self.used: set[str] = set()

    def k(self, name: str) -> str:
        return f"{self.key}.{name}" if self.key else name

    def has(self, name: str) -> bool:
        return name in self.data

    def _get(self, name: str, required: bool) -> Any:
        self.used.add(name)
        if name not in self.data:
            if required:
                raise ConfigError(self.k(name), "is required")
            return None
        return self.data[name]

    def str(self, name: str, default: str | None = None, *, secret: bool = False) -> str:
        value = self._get(name, default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if not isinstance(value, str):
            raise ConfigError(self.k(name), f"expected a string, got {type(value).__name__}")
        return _expand(value, self.k(name), self.env)

    def int(self, name: str, default: int | None = None, *, min: int | None = None, max: int | None = None) -> int:
        value = self._get(name, default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if isinstance(value, str):
            value = _expand(value, self.k(name), self.env)
            try:
                value = int(value)
            except ValueError:
                raise ConfigError(self.k(name), f"expected an integer, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(self.k(name), f"expected an integer, got {value!r}")
        if min is not None and value < min or max is not None and value > max:
            raise ConfigError(self.k(name), f"must be between {min} and {max}, got {value}")
        return value

    def float(self, name: str, default: float | None = None, *, positive: bool = True) -> float:
        value = self._get(name, default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(self.k(name), f"expected a number, got {value!r}")
        if positive and value <= 0:
            raise ConfigError(self.k(name), f"must be greater than 0, got {value}")
        return float(value)

    def bool(self, name: str, default: bool) -> bool:
        value = self._get(name, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise ConfigError(self.k(name), f"expected true or false, got {value!r}")
        return value

    def choice(self, name: str, choices: tuple[str, ...], default: str | None = None) -> Any:
        value = self.str(name, default)
        if value not in choices:
            raise ConfigError(self.k(name), f"must be one of {', '.join(choices)}; got {value!r}")
        return value

    def strs(self, name: str, default: tuple[str, ...] | None = None, *, check: Callable[[str], str | None] | None = None) -> tuple[str, ...]:
        value = self._get(name, default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(self.k(name), "expected a list of strings")
        out = []
        for i, v in enumerate(value):
            v = _expand(v, f"{self.k(name)}[{i}]", self.env).strip()
            if check is not None:
                problem = check(v)
                if problem:
                    raise ConfigError(f"{self.k(name)}[{i}]", problem)
            out.append(v)
        return tuple(out)

    def path(self, name: str) -> Path | None:
        value = self.str(name, "")
        return Path(value) if value else None

    def table(self, name: str, required: bool = False) -> "_Table | None":
        value = self._get(name, required)
        if value is None:
            return None
        return _Table(value, self.k(name), self.env)

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise ConfigError(self.k(unknown[0]), "unknown key (check the spelling; see config/example-imap.toml)")


def _expand(value: str, key: str, env: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in env:
            raise ConfigError(key, f"environment variable {name} is not set")
        return env[name]

    return _ENV.sub(sub, value)


def _email_problem(value: str) -> str | None:
    if not re.fullmatch(r"[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", value):
        return f"not an email address: {value!r}"
    return None


def _domain_problem(value: str) -> str | None:
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}", value):
        return f"not a lower-case domain name: {value!r}"
    return None


def _oauth(t: _Table | None) -> OAuthConfig | None:
    if t is None:
        return None
    o = OAuthConfig(
        token_url=t.str("token_url"),
        client_id=t.str("client_id"),
        client_secret=t.str("client_secret", secret=True),
        scope=t.str("scope", "https://outlook.office365.com/.default"),
    )
    if not o.token_url.startswith(("https://", "http://")):
        raise ConfigError(t.k("token_url"), "must be an http(s) URL")
    t.done()
    return o


def parse_config(data: dict[str, Any], env: dict[str, str] | None = None) -> Config:
    """Validate an already-parsed TOML document into a `Config`."""
    root = _Table(data, "", dict(os.environ) if env is None else env)

    db = root.table("database", required=True)
    assert db is not None
    database = DatabaseConfig(url=db.str("url"), echo=db.bool("echo", False))
    if not re.match(r"^(sqlite|postgresql)(\+\w+)?://", database.url):
        raise ConfigError("database.url", "must start with sqlite:// or postgresql+psycopg://")
    db.done()

    s = root.table("smtp", required=True)
    assert s is not None
    smtp = SmtpConfig(
        host=s.str("host", "127.0.0.1"),
        port=s.int("port", 25, min=1, max=65535),
        security=s.choice("security", SECURITIES, "none"),
        username=s.str("username", ""),
        password=s.str("password", "", secret=True),
        from_addr=s.str("from"),
        verify_tls=s.bool("verify_tls", True),
        timeout=s.float("timeout", 30.0),
        oauth=_oauth(s.table("oauth")),
        outbox_maildir=s.path("outbox_maildir"),
    )
    if "@" not in smtp.from_addr:
        raise ConfigError("smtp.from", f"must contain an email address, got {smtp.from_addr!r}")
    if smtp.oauth and not smtp.username:
        raise ConfigError("smtp.username", "is required with smtp.oauth (the mailbox the token sends as)")
    s.done()

    sd = root.table("senders", required=True)
    assert sd is not None
    senders = SendersConfig(
        allowed_domains=tuple(d.lower() for d in sd.strs("allowed_domains", check=lambda v: _domain_problem(v.lower()))),
        partner_domains=tuple(d.lower() for d in sd.strs("partner_domains", (), check=lambda v: _domain_problem(v.lower()))),
    )
    if not senders.allowed_domains:
        raise ConfigError("senders.allowed_domains", "must name at least one domain")
    sd.done()

    ib = root.table("inboxes", required=True)
    assert ib is not None
    inboxes: dict[str, InboxConfig] = {}
    for name in list(ib.data):
        if name not in NEIGHBOURHOODS:
            raise ConfigError(ib.k(name), f"inbox names are the neighbourhoods: {', '.join(NEIGHBOURHOODS)}")
        t = ib.table(name)
        assert t is not None
        inboxes[name] = _inbox(name, t)
    if not inboxes:
        raise ConfigError("inboxes", "at least one inbox is required")
    ib.done()
    addresses = [i.address.lower() for i in inboxes.values()]
    if len(set(addresses)) != len(addresses):
        raise ConfigError("inboxes", "two inboxes have the same address")

    admins = root.strs("admins", (), check=_email_problem)

    f = root.table("folders")
    folders = FoldersConfig()
    if f is not None:
        folders = FoldersConfig(
            processed=f.str("processed", folders.processed),
            awaiting=f.str("awaiting", folders.awaiting),
            needs_attention=f.str("needs_attention", folders.needs_attention),
            not_submission=f.str("not_submission", folders.not_submission),
        )
        f.done()
        names = folders.all()
        for key, value in zip(("processed", "awaiting", "needs_attention", "not_submission"), names):
            if not value.strip():
                raise ConfigError(f"folders.{key}", "must not be empty")
            if value.upper() == "INBOX" or any(value == i.folder for i in inboxes.values()):
                raise ConfigError(f"folders.{key}", "must differ from the watched folder")
        if len(set(names)) != len(names):
            raise ConfigError("folders", "each filing folder must have its own name")

    tm = root.table("timing")
    timing = TimingConfig()
    if tm is not None:
        d = timing
        timing = TimingConfig(
            wait_slice=tm.float("wait_slice", d.wait_slice),
            poll_interval=tm.float("poll_interval", d.poll_interval),
            reconnect_min=tm.float("reconnect_min", d.reconnect_min),
            reconnect_max=tm.float("reconnect_max", d.reconnect_max),
            send_retry_min=tm.float("send_retry_min", d.send_retry_min),
            send_retry_max=tm.float("send_retry_max", d.send_retry_max),
            refused_retry_min=tm.float("refused_retry_min", d.refused_retry_min),
            refused_retry_max=tm.float("refused_retry_max", d.refused_retry_max),
            refused_retry_hours=tm.float("refused_retry_hours", d.refused_retry_hours),
            claim_seconds=tm.float("claim_seconds", d.claim_seconds),
            failures_before_alert=tm.int("failures_before_alert", d.failures_before_alert, min=1),
            alert_repeat_hours=tm.float("alert_repeat_hours", d.alert_repeat_hours),
        )
        tm.done()
        if timing.reconnect_max < timing.reconnect_min:
            raise ConfigError("timing.reconnect_max", "must be at least timing.reconnect_min")
        if timing.send_retry_max < timing.send_retry_min:
            raise ConfigError("timing.send_retry_max", "must be at least timing.send_retry_min")
        if timing.refused_retry_max < timing.refused_retry_min:
            raise ConfigError("timing.refused_retry_max", "must be at least timing.refused_retry_min")

    pt = root.table("policy")
    policy = PolicyConfig()
    if pt is not None:
        policy = PolicyConfig(
            authserv_id=pt.str("authserv_id", "").strip().lower(),
            replies_per_sender_per_day=pt.int("replies_per_sender_per_day", policy.replies_per_sender_per_day, min=1),
            replies_per_case_per_day=pt.int("replies_per_case_per_day", policy.replies_per_case_per_day, min=1),
        )
        pt.done()

    rt = root.table("replies")
    replies = RepliesConfig()
    if rt is not None:
        replies = RepliesConfig(
            templates_dir=rt.path("templates_dir") or replies.templates_dir,
            first_taf_review_weeks=rt.int("first_taf_review_weeks", replies.first_taf_review_weeks, min=1, max=52),
            secure_route=rt.str("secure_route", replies.secure_route),
            team_name=rt.str("team_name", replies.team_name),
        )
        rt.done()
    # The first TAF review interval is the acknowledgement's, so the reminders agree with the
    # due date the worker was told.
    followups = parse_followups(root.table("followups"), first_review_weeks=replies.first_taf_review_weeks)

    st = root.table("storage")
    storage = StorageConfig()
    if st is not None:
        storage = StorageConfig(
            keep_raw_mail=st.bool("keep_raw_mail", True),
            raw_mail_retention_days=st.int("raw_mail_retention_days", storage.raw_mail_retention_days, min=1),
            closed_case_retention_days=st.int("closed_case_retention_days", storage.closed_case_retention_days, min=1),
        )
        st.done()

    at = root.table("analysis")
    analysis = AnalysisConfig()
    if at is not None:
        analysis = AnalysisConfig(
            workers=at.int("workers", analysis.workers, min=0, max=64),
            timeout=at.float("timeout", 0.0) or None,
        )
        at.done()

    rules_path = root.path("rules")
    instance = root.str("instance", "")
    root.done()
    return Config(
        database=database,
        smtp=smtp,
        senders=senders,
        inboxes=inboxes,
        admins=admins,
        folders=folders,
        timing=timing,
        policy=policy,
        replies=replies,
        storage=storage,
        analysis=analysis,
        followups=followups,
        rules_path=rules_path,
        instance=instance,
    )


def _inbox(name: str, t: _Table) -> InboxConfig:
    address = t.str("address")
    if _email_problem(address):
        raise ConfigError(t.k("address"), f"not an email address: {address!r}")
    maildir = t.path("maildir")
    coordinators = t.strs("coordinators", (), check=_email_problem)
    folder = t.str("folder", "INBOX")
    oauth = _oauth(t.table("oauth"))
    if maildir is not None:
        for key in ("imap_host", "imap_port", "imap_security", "username", "password"):
            if t.has(key):
                raise ConfigError(t.k(key), "an inbox is either a maildir or an IMAP server, not both")
        t.done()
        return InboxConfig(name=name, address=address, folder=folder, coordinators=coordinators, maildir=maildir)
    if not t.has("imap_host"):
        raise ConfigError(t.k("imap_host"), "is required (or give maildir = \"...\")")
    security = t.choice("imap_security", SECURITIES, "tls")
    inbox = InboxConfig(
        name=name,
        address=address,
        folder=folder,
        coordinators=coordinators,
        imap_host=t.str("imap_host"),
        imap_port=t.int("imap_port", 993 if security == "tls" else 143, min=1, max=65535),
        imap_security=security,
        username=t.str("username"),
        password=t.str("password", "", secret=True),
        verify_tls=t.bool("verify_tls", True),
        oauth=oauth,
    )
    if not inbox.password and inbox.oauth is None:
        raise ConfigError(t.k("password"), "is required (or configure an [oauth] table for XOAUTH2)")
    t.done()
    return inbox
