"""No names, dates of birth or letter text in the logs (issue 5, item 3).

A full run over the whole public corpus through IMAP, with the daemon logging at INFO (its
default) to stderr, captured. Then every child's name (full and given), family name, date of
birth (in the usual written forms) and lead practitioner's name from the corpus labels is looked
for in the log, as a whole word, ignoring case. None may appear.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

import pytest

from tests.faults.backlog import build_backlog
from tests.faults.daemonproc import ROOT

pytestmark = [pytest.mark.faults, pytest.mark.integration]


def _variants(name: str) -> set[str]:
    """The name, with typographic apostrophes made plain and accents dropped."""
    out = {name, name.replace("\u2019", "'")}
    for n in list(out):
        out.add("".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)))
    return {n for n in out if len(n) >= 3}


def date_forms(d: dt.date) -> set[str]:
    month, mon = d.strftime("%B"), d.strftime("%b")
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return {
        d.isoformat(), d.strftime("%d/%m/%Y"), f"{day}/{d.month}/{d.year}", d.strftime("%d.%m.%Y"),
        d.strftime("%d-%m-%Y"), d.strftime("%Y%m%d"), f"{day} {month} {d.year}", f"{day:02d} {month} {d.year}",
        f"{day}{suffix} {month} {d.year}", f"{day} {mon} {d.year}", f"{month} {day}, {d.year}",
        f"datetime.date({d.year}, {d.month}, {day})",
    }


def sensitive_terms(labels: list[dict]) -> dict[str, str]:
    """term -> what it is (for the failure message)."""
    terms: dict[str, str] = {}
    for label in labels:
        if label.get("family"):
            for v in _variants(label["family"]):
                terms[v] = "family name"
        for child in label.get("children") or []:
            if child.get("name"):
                for v in _variants(child["name"]):
                    terms[v] = "child's name"
                for v in _variants(child["name"].split()[0]):
                    terms.setdefault(v, "child's given name")
            if child.get("dob"):
                for form in date_forms(dt.date.fromisoformat(child["dob"])):
                    terms[form] = "date of birth"
        lp = label.get("lead_practitioner") or {}
        if lp.get("name"):
            for v in _variants(lp["name"]):
                terms[v] = "lead practitioner's name"
    return terms


def find_terms(text: str, terms: dict[str, str]) -> list[str]:
    hits = []
    lines = text.splitlines()
    for term, what in sorted(terms.items()):
        pattern = re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", re.IGNORECASE)
        for i, line in enumerate(lines, 1):
            if pattern.search(line):
                hits.append(f"{what} {term!r} in log line {i}: {line[:300]}")
                break
    return hits


def test_no_personal_data_in_the_logs_of_a_full_run(dovecot, smtp_server, corpus, scenario):
    labels = [c.label for c in corpus]
    terms = sensitive_terms(labels)
    emails = build_backlog(len(corpus), seed=1, corpus=corpus)
    sc = scenario("log_privacy", dovecot, smtp_server, emails)
    sc.deliver()
    sc.start()
    drained = sc.drain(timeout=60 + 2.0 * len(emails))
    sc.stop()
    log = "\n".join(line for line in sc.daemon.log_text().splitlines() if not line.startswith("===== faults:"))
    hits = find_terms(log, terms)
    levels = sorted(set(re.findall(r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) ", log)))
    (ROOT / "var" / "faults").mkdir(parents=True, exist_ok=True)
    (ROOT / "var" / "faults" / "log_privacy.json").write_text(json.dumps({
        "emails": len(emails), "log_lines": len(log.splitlines()), "log_levels": levels,
        "terms_searched": len(terms), "hits": len(hits), "drained": drained}, indent=2))
    print(f"\n[log_privacy] emails={len(emails)} log_lines={len(log.splitlines())} levels={levels} "
          f"terms={len(terms)} hits={len(hits)}")
    for h in hits[:40]:
        print("  " + h)
    assert drained, "the run did not finish; the log may be incomplete"
    assert len(log.splitlines()) > len(emails), "the daemon logged less than a line per email: is INFO captured?"
    assert not hits, f"{len(hits)} personal data item(s) in the logs:\n" + "\n".join(hits[:40])


def test_the_search_finds_planted_personal_data(corpus):
    """The check above is only as good as its search: it must see each kind of term."""
    label = next(c.label for c in corpus if c.label.get("children") and c.label.get("lead_practitioner"))
    child = label["children"][0]
    dob = dt.date.fromisoformat(child["dob"])
    terms = sensitive_terms([label])
    log = "\n".join([
        "2026-01-01 10:00:00,000 INFO inbox-east inboxbot.daemon: message 1 -> Processed",
        f"INFO x: child {child['name'].upper()} here",
        f"INFO x: born {dob.day} {dob.strftime('%B')} {dob.year}",
        f"WARNING x: lead {label['lead_practitioner']['name']}",
        f"ERROR x: the {label['family']} family",
    ])
    kinds = {h.split(" '")[0] for h in find_terms(log, terms)}
    assert {"child's name", "date of birth", "lead practitioner's name", "family name"} <= kinds
    assert not find_terms("INFO inboxbot.daemon: message 1 -> Processed (complete: acknowledged)", terms)
