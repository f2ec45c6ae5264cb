"""Bytes in, decisions out: parse an email, extract its attachments, analyse, check.

The only place that wires the pure parts together. Extraction is behind one call,
`extract_all`, so it can be swapped for a killable subprocess pool without touching the rest.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from inboxbot.checker import Outcome, check
from inboxbot.rules import Rules, load_rules
from parsers.analyse import DEFAULT_NAM_ADDRESSES, analyse
from parsers.extract import DEFAULT_LIMITS, Limits, extract_document
from parsers.mime import parse_email
from parsers.model import Analysis, Attachment, DocumentText

log = logging.getLogger(__name__)


def extract_all(attachments: Sequence[Attachment], limits: Limits = DEFAULT_LIMITS) -> list[DocumentText]:
    """Text of every attachment, in order (a broken file comes back with a status, never raises)."""
    return [extract_document(att, limits) for att in attachments]


def analyse_bytes(
    data: bytes,
    *,
    rules: Rules | None = None,
    limits: Limits = DEFAULT_LIMITS,
    nam_addresses: Mapping[str, str] = DEFAULT_NAM_ADDRESSES,
) -> Analysis:
    """Parse one email's bytes, extract every attachment and analyse it. `rules` is accepted so
    callers can pass one configuration object around; the analysis itself does not need it."""
    email = parse_email(data)
    docs = extract_all(email.attachments, limits)
    return analyse(email, docs, nam_addresses)


def check_bytes(data: bytes, rules: Rules, limits: Limits = DEFAULT_LIMITS) -> Outcome:
    return check([analyse_bytes(data, rules=rules, limits=limits)], rules)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """`.eml` files as given, and every `.eml` directly or deeply inside a given folder, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*.eml") if x.is_file()))
        else:
            out.append(p)
    return out


# Each worker process loads the rules once (they hold compiled regexes; cheap to rebuild, not to pickle).
_WORKER_RULES: Rules | None = None


def _init_worker(rules_source: str | None) -> None:
    global _WORKER_RULES
    _WORKER_RULES = load_rules(rules_source) if rules_source else load_rules()


def _check_path(path: str) -> tuple[str, Outcome | str]:
    assert _WORKER_RULES is not None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return path, f"cannot read file: {exc.strerror or type(exc).__name__}"
    try:
        return path, check_bytes(data, _WORKER_RULES)
    except Exception as exc:  # per-email boundary: report it, carry on with the next email
        log.exception("checking %s failed", path)
        return path, f"could not be checked: {type(exc).__name__}: {exc}"


def check_files(paths: Iterable[str | Path], rules: Rules, jobs: int | None = None) -> Iterator[tuple[Path, Outcome | str]]:
    """Check each email file; yields (path, Outcome) or (path, error message), in input order.
    Uses `jobs` processes (default: all cores); jobs=1 runs in this process."""
    files = [str(p) for p in paths]
    jobs = jobs or os.cpu_count() or 1
    source = rules.source or None
    # Worker processes re-load the rules from their file; rules built in memory are checked here.
    if jobs <= 1 or len(files) <= 1 or not source:
        global _WORKER_RULES
        previous = _WORKER_RULES
        _WORKER_RULES = rules
        try:
            for f in files:
                p, result = _check_path(f)
                yield Path(p), result
        finally:
            _WORKER_RULES = previous
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(source,)) as pool:
        for p, result in pool.map(_check_path, files):
            yield Path(p), result
