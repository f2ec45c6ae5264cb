"""Who may get a reply: loop protection (RFC 3834) and spoof protection. Pure.

`screen(email, settings)` looks only at headers and addresses and returns a `Screening` value:

* ``automated``   an auto-reply, bounce/DSN, read receipt, meeting response, list or bulk mail:
                  never replied to (mail loops between two robots are the classic failure of
                  auto-responders), and filed unread when it carries no submission;
* ``not_allowed`` the sender is outside the allowed domains, has no address at all, or looks
                  spoofed (DMARC/SPF fail in our own receiving server's Authentication-Results, a
                  lookalike domain, a display name dressed up as a council address): no case
                  details go there;
* ``partner``     a configured partner domain (schools, health): may send TAF reviews;
* ``ok``          an allowed-domain sender.

The reasons are written for the log and the audit table; they carry no personal data.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from parsers.analyse import AUTOMATIC_SUBJECT
from parsers.model import ParsedEmail

Verdict = Literal["ok", "partner", "automated", "not_allowed"]
NO_SENDER = "no sender address"


@dataclass(frozen=True)
class PolicySettings:
    allowed_domains: tuple[str, ...]
    partner_domains: tuple[str, ...] = ()
    authserv_id: str = ""  # "" = ignore Authentication-Results; "-" = the topmost one without an id
    own_addresses: tuple[str, ...] = ()  # the NAM inboxes and our From: mail from these is ours


@dataclass(frozen=True)
class Screening:
    verdict: Verdict
    reason: str
    spoof: bool = False  # not_allowed because it looks forged (audit it as such)

    @property
    def may_reply(self) -> bool:
        return self.verdict == "ok"


MAX_QUOTED = 40  # characters of a header value quoted in a reason (a sender can write thousands)
_AUTOMATED_LOCALPARTS = {"mailer-daemon", "mailerdaemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply"}


def automated_reason(email: ParsedEmail) -> str | None:
    """Why `email` must not get an automatic reply, or None (RFC 3834 section 2 and practice)."""
    auto = (email.header("Auto-Submitted") or "").strip().lower().split(";")[0].strip()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto[:MAX_QUOTED]}"
    if email.header("X-Auto-Response-Suppress") is not None:
        # Exchange stamps this on out-of-office replies, NDRs and its other robot mail.
        return "X-Auto-Response-Suppress present"
    precedence = (email.header("Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"Precedence: {precedence}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Reply"):
        if email.header(name) is not None:
            return f"{name} present"
    if email.header("List-Id") is not None or email.header("List-Unsubscribe") is not None:
        return "mailing list or newsletter (List-Id / List-Unsubscribe)"
    return_paths = email.header_all("Return-Path")
    if return_paths and return_paths[0].strip() in ("<>", ""):
        return "empty Return-Path (a bounce)"
    ctype = email.content_type.lower()
    if ctype == "multipart/report":
        return "delivery or read report (multipart/report)"
    local = email.sender.email.partition("@")[0].lower()
    if local in _AUTOMATED_LOCALPARTS:
        return f"sender is {local}"
    if AUTOMATIC_SUBJECT.match(email.subject):
        # Older auto-responders, some gateways' bounces and Outlook's meeting responses come
        # without the headers above. parsers.analyse never reads these as submissions.
        return "automatic reply, delivery or read report, or meeting response (subject)"
    return None


def domain_in(domain: str, domains: tuple[str, ...]) -> bool:
    """`domain` is one of `domains` or a subdomain of one (x.newham.sch.uk under newham.sch.uk)."""
    domain = domain.lower().rstrip(".")
    return any(domain == d or domain.endswith("." + d) for d in domains)


def raw_from_header(raw: bytes) -> str:
    """The From header exactly as written (a parsed address drops "(comments)")."""
    from email import policy as _policy
    from email.parser import BytesHeaderParser

    try:
        value = BytesHeaderParser(policy=_policy.compat32).parsebytes(raw[:65536]).get("From", "")
    except Exception:  # malformed headers: the parsed value is all we have
        return ""
    return str(value)


def screen(email: ParsedEmail, settings: PolicySettings, raw_from: str = "") -> Screening:
    """Classify the sender of `email`; see the module docstring. `raw_from`: `raw_from_header()`."""
    why = automated_reason(email)
    if why:
        return Screening("automated", why)
    address = email.sender.email.lower()
    domain = email.sender.domain.lower()
    if address in {a.lower() for a in settings.own_addresses}:
        return Screening("automated", "sent from one of our own addresses (loop)")
    if not address:
        # Not robot mail (a bounce names MAILER-DAEMON): a broken or stripped From. Nobody to reply to.
        return Screening("not_allowed", NO_SENDER)

    failed = auth_failure(email, settings.authserv_id)
    if failed:
        return Screening("not_allowed", f"{failed} for the sender's domain", spoof=True)

    trusted = settings.allowed_domains + settings.partner_domains
    if not domain_in(domain, trusted):
        # The raw From header too: a parser drops "(comments)", where a spoofed domain often sits.
        shown = f"{email.sender.name} {re.sub(r'<[^>]*>', ' ', email.header('From') or '')} {re.sub(r'<[^>]*>', ' ', raw_from)}"
        if display_name_spoof(shown, domain, trusted):
            return Screening("not_allowed", "display name imitates an allowed address", spoof=True)
        look = lookalike_of(domain, trusted)
        if look:
            return Screening("not_allowed", f"lookalike of allowed domain {look}", spoof=True)
        return Screening("not_allowed", "sender's domain is not an allowed domain")
    if domain_in(domain, settings.allowed_domains):
        return Screening("ok", "allowed domain")
    return Screening("partner", "partner domain")


# --- Authentication-Results (RFC 8601) --------------------------------------------------------

_RESULT = re.compile(r"\b(dmarc|spf)\s*=\s*([a-z]+)", re.I)


def _authserv_id(value: str) -> str | None:
    """The authserv-id of one Authentication-Results value, or None when it has none (Exchange)."""
    head = re.sub(r"\([^)]*\)", " ", value).split(";", 1)[0].strip()
    if not head or "=" in head.split()[0]:
        return None
    return head.split()[0].lower()


def auth_failure(email: ParsedEmail, authserv_id: str) -> str | None:
    """'DMARC fail' / 'SPF fail' from the topmost Authentication-Results of our receiving server.

    Only the topmost header carrying our authserv-id is read: anything below it was there before
    our server saw the message, so the sender could have written it.
    """
    if not authserv_id:
        return None
    for value in email.header_all("Authentication-Results"):  # topmost first
        sid = _authserv_id(value)
        if (authserv_id == "-" and sid is None) or (sid is not None and sid == authserv_id):
            body = re.sub(r"\([^)]*\)", " ", value)
            for method, result in _RESULT.findall(body):
                if result.lower() in ("fail",):
                    return f"{method.upper()} fail"
            return None
    return None


# --- lookalikes and display-name spoofs --------------------------------------------------------

_CONFUSABLE = str.maketrans({"0": "o", "1": "l", "3": "e", "5": "s", "|": "l", "í": "i", "ì": "i", "і": "i", "е": "e", "а": "a", "о": "o", "р": "p", "с": "c", "х": "x"})


def _skeleton(domain: str) -> str:
    d = domain.lower()
    if d.startswith("xn--") or ".xn--" in d:
        try:
            d = d.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    d = unicodedata.normalize("NFKD", d)
    d = "".join(c for c in d if not unicodedata.combining(c))
    d = d.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")
    return re.sub(r"[^a-z0-9]", "", d)


def _distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def lookalike_of(domain: str, trusted: tuple[str, ...]) -> str | None:
    """The trusted domain that `domain` imitates (newham-gov.uk, newharn.gov.uk, newham.gov.uk.evil.co), or None."""
    domain = domain.lower()
    if not domain:
        return None
    sk = _skeleton(domain)
    for t in trusted:
        tsk = _skeleton(t)
        label = t.split(".")[0]
        if sk == tsk or _distance(sk, tsk) <= (2 if len(tsk) >= 10 else 1):
            return t
        if domain.startswith(t + ".") or f".{t}." in f".{domain}":
            return t
        # the trusted name's first label inside another registrable name: newham-council.co.uk
        if len(label) >= 5 and label in sk and not domain_in(domain, trusted):
            return t
    return None


_ADDRESS_IN_NAME = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|\b((?:[\w-]+\.)+(?:uk|com|org|net|gov|nhs))\b", re.I)


def display_name_spoof(name: str, actual_domain: str, trusted: tuple[str, ...]) -> bool:
    """The display name names a trusted domain the address does not have: "Dawn (newham.gov.uk)" <x@gmail.com>."""
    for m in _ADDRESS_IN_NAME.finditer(name or ""):
        shown = (m.group(1) or m.group(2) or "").lower()
        if shown and shown != actual_domain and (domain_in(shown, trusted) or lookalike_of(shown, trusted)):
            return True
    return False
