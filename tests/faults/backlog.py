"""The emails the fault tests deliver: a backlog built from the public corpus at run time.

The corpus (`../shared/corpus/cases/NNNN.eml` + `.json`) holds 160 labelled emails; a backlog of
more is made of copies whose Message-ID is rewritten (`<local.cK@host>`, so the copies keep the
original's Outlook-length ids) and whose To names the NAM inbox they are delivered to. Nothing
from the corpus is written into the repository: the bytes are read and changed in memory.

Headers are rewritten at the byte level (`set_headers`), so everything else in the email stays
exactly as an IMAP server would deliver it (CRLF, 7-bit, folding).
"""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

HOODS = ("east", "west", "central", "south")
NAM_ADDRESS = {hood: f"{hood}NAM@newham.gov.uk" for hood in HOODS}
ALLOWED_DOMAINS = ("newham.gov.uk",)

_ROOT = Path(__file__).resolve().parents[2]


def shared_dir(name: str) -> Path | None:
    """`../shared/<name>` next to the checkout (worktrees: up the tree), else /work/shared."""
    for base in [_ROOT, *_ROOT.parents]:
        candidate = base / "shared" / name
        if candidate.is_dir():
            return candidate
    fallback = Path("/work/shared") / name
    return fallback if fallback.is_dir() else None


def corpus_dir() -> Path | None:
    return shared_dir("corpus/cases")


@dataclass(frozen=True)
class BacklogEmail:
    index: int  # position in the delivery order
    source: str  # corpus id, e.g. "0043"
    copy: int  # 0 = the corpus email itself, k = its k-th copy
    hood: str  # the NAM inbox it is delivered to
    message_id: str  # with angle brackets
    kind: str  # the label's kind: submission | reply_with_missing_item | taf_review | not_a_submission
    sender: str  # From addr-spec, lower case
    raw: bytes

    @property
    def user(self) -> str:
        return f"{self.hood}nam"

    @property
    def allowed_sender(self) -> bool:
        domain = self.sender.rpartition("@")[2]
        return any(domain == d or domain.endswith("." + d) for d in ALLOWED_DOMAINS)


# --- byte-level header editing ---------------------------------------------------------------------


def _split(raw: bytes) -> tuple[list[list[bytes]], bytes, bytes]:
    """(header fields as lists of physical lines, line ending, rest of the message from the blank line)."""
    eol = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    end = raw.find(eol + eol)
    head, rest = (raw, b"") if end < 0 else (raw[:end], raw[end:])
    fields: list[list[bytes]] = []
    for line in head.split(eol):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    return fields, eol, rest


def header_value(raw: bytes, name: str) -> str | None:
    """The unfolded value of the first `name` header, or None."""
    fields, _, _ = _split(raw)
    want = name.lower().encode()
    for field in fields:
        key, sep, value = field[0].partition(b":")
        if sep and key.strip().lower() == want:
            joined = b" ".join([value.strip(), *(line.strip() for line in field[1:])])
            return joined.decode("utf-8", "replace").strip()
    return None


def set_headers(raw: bytes, values: dict[str, str]) -> bytes:
    """Replace (or add at the top) each header in `values`, leaving every other byte alone."""
    fields, eol, rest = _split(raw)
    wanted = {k.lower(): (k, v) for k, v in values.items()}
    out: list[list[bytes]] = []
    done: set[str] = set()
    for field in fields:
        key = field[0].partition(b":")[0].strip().lower().decode("ascii", "replace")
        if key in wanted:
            if key not in done:
                name, value = wanted[key]
                out.append([f"{name}: {value}".encode()])
                done.add(key)
            continue  # a second copy of a replaced header goes
        out.append(field)
    top = [[f"{name}: {value}".encode()] for key, (name, value) in wanted.items() if key not in done]
    return eol.join(line for field in top + out for line in field) + rest


def copy_message_id(message_id: str, k: int) -> str:
    """`<local@host>` -> `<local.cK@host>`: distinct, and as long as the original."""
    inner = message_id.strip().strip("<>")
    local, at, host = inner.rpartition("@")
    if not at:
        local, host = inner, "faults.test.invalid"
    return f"<{local}.c{k}@{host}>"


# --- the corpus ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusEmail:
    source: str
    hood: str
    kind: str
    label: dict
    raw: bytes

    @property
    def message_id(self) -> str:
        return header_value(self.raw, "Message-ID") or ""

    @property
    def sender(self) -> str:
        value = header_value(self.raw, "From") or ""
        m = re.search(r"<([^<>@\s]+@[^<>\s]+)>", value) or re.search(r"([^\s<>\"]+@[^\s<>\"]+)", value)
        return m.group(1).lower() if m else ""


def load_corpus(directory: Path | None = None) -> list[CorpusEmail]:
    directory = directory or corpus_dir()
    if directory is None:
        return []
    out = []
    for label_path in sorted(directory.glob("*.json")):
        eml = label_path.with_suffix(".eml")
        if not eml.exists():
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        out.append(CorpusEmail(label_path.stem, label.get("neighbourhood") or "east", label["kind"], label, eml.read_bytes()))
    return out


def addressed_to(raw: bytes, hood: str) -> bytes:
    """The email with To naming `hood`'s NAM inbox (unchanged when it already does)."""
    to = header_value(raw, "To") or ""
    if NAM_ADDRESS[hood].lower() in to.lower():
        return raw
    return set_headers(raw, {"To": f"{hood}NAM <{NAM_ADDRESS[hood]}>"})


def build_backlog(n: int, seed: int, corpus: Sequence[CorpusEmail] | None = None) -> list[BacklogEmail]:
    """`n` emails with distinct Message-IDs, in a seeded delivery order.

    Every corpus email once (a seeded sample when `n` is smaller), then copies of seeded
    corpus emails with rewritten Message-IDs until there are `n`.
    """
    emails = list(corpus if corpus is not None else load_corpus())
    if not emails:
        raise FileNotFoundError("the corpus (../shared/corpus/cases) is not available")
    rng = random.Random(seed)
    chosen: list[tuple[CorpusEmail, int]] = []
    if n <= len(emails):
        chosen = [(e, 0) for e in sorted(rng.sample(emails, n), key=lambda e: e.source)]
    else:
        chosen = [(e, 0) for e in emails]
        copies: dict[str, int] = {}
        pool: list[CorpusEmail] = []
        while len(chosen) < n:
            if not pool:
                pool = list(emails)
                rng.shuffle(pool)
            e = pool.pop()
            copies[e.source] = copies.get(e.source, 0) + 1
            chosen.append((e, copies[e.source]))
    rng.shuffle(chosen)
    out = []
    for i, (e, k) in enumerate(chosen):
        raw = addressed_to(e.raw, e.hood)
        mid = e.message_id
        if k:
            mid = copy_message_id(mid, k)
            raw = set_headers(raw, {"Message-ID": mid})
        out.append(BacklogEmail(i, e.source, k, e.hood, mid, e.kind, e.sender, raw))
    ids = [e.message_id for e in out]
    assert len(set(ids)) == len(ids), "backlog Message-IDs must be distinct"
    return out


def quick_submissions(corpus: Sequence[CorpusEmail], n: int) -> list[BacklogEmail]:
    """The `n` smallest labelled submissions from allowed senders (quick to analyse), as sent."""
    picked = sorted((e for e in corpus if e.kind == "submission" and e.sender.endswith("@newham.gov.uk")),
                    key=lambda e: len(e.raw))[:n]
    return [BacklogEmail(i, e.source, 0, e.hood, e.message_id, e.kind, e.sender, addressed_to(e.raw, e.hood))
            for i, e in enumerate(picked)]


def append_all(dovecot, emails: Iterable[BacklogEmail], folder: str = "INBOX") -> None:  # type: ignore[no-untyped-def]
    """APPEND every email to its NAM user's `folder`, one connection per user, in order."""
    by_user: dict[str, list[BacklogEmail]] = {}
    for e in emails:
        by_user.setdefault(e.user, []).append(e)
    for user, items in by_user.items():
        with dovecot.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for e in items:
                c.append(folder, e.raw)


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default
