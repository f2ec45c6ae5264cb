"""Throughput of `check` over a corpus folder, beside the floor.

    python -m bench.throughput [FOLDER] [--workers N] [--timeout S]

The pipeline as the service runs it: MIME parsing in this process, every
attachment read in the killable worker pool (inboxbot.extraction, one worker
per core, overlapping with the parsing of the next emails), then analysis and
the pathway rules per email in this process.

The floor is the least any checker must do: the same emails' MIME decoding
(stdlib, policy.default) and the raw text of their PDFs with the fastest
extractor (pypdfium2), single pass, one process.

The target compares the pipeline with OCR switched off ("OCR aside": scans are
read at Tesseract's own speed and only where a page has no text layer); the
run with OCR is printed too.
"""

from __future__ import annotations

import argparse
import collections
import email
import resource
import sys
import time
from email import policy
from pathlib import Path

from inboxbot.extraction import ExtractionPool
from parsers.limits import DEFAULT_LIMITS, Limits
from parsers.mime import parse_email

def _default_corpus() -> Path:
    """shared/corpus/cases beside the checkout (CI's layout), else the team's shared folder."""
    for shared in (Path(__file__).resolve().parents[1].parent / "shared", Path("/work/shared")):
        if (shared / "corpus" / "cases").is_dir():
            return shared / "corpus" / "cases"
    return Path("shared/corpus/cases")


DEFAULT_CORPUS = _default_corpus()
TARGET_RATIO = 3.0


def _load(folder: Path) -> list[bytes]:
    files = sorted(folder.glob("*.eml"))
    if not files:
        sys.exit(f"no .eml files in {folder}")
    return [f.read_bytes() for f in files]


def floor(messages: list[bytes]) -> tuple[float, int, int]:
    """Seconds for MIME decoding + pypdfium2 PDF text, single pass; PDFs and pages read."""
    import pypdfium2 as pdfium

    started = time.perf_counter()
    pdfs = pages = 0
    for data in messages:
        msg = email.message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True) or b""
            if not payload.startswith(b"%PDF"):
                continue
            try:
                pdf = pdfium.PdfDocument(payload)
            except pdfium.PdfiumError:
                continue
            pdfs += 1
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
            pdf.close()
    return time.perf_counter() - started, pdfs, pages


def _rules_stage():
    """analyse + check from the checker, when this checkout has them."""
    try:
        from inboxbot.checker import check
        from inboxbot.rules import load_rules
        from parsers.analyse import DEFAULT_NAM_ADDRESSES, analyse
    except ImportError:
        return None
    rules = load_rules()

    def run(parsed, docs):
        return check([analyse(parsed, docs, DEFAULT_NAM_ADDRESSES)], rules)

    return run


def pipeline(messages: list[bytes], pool: ExtractionPool, limits: Limits, timeout: float) -> dict:
    """Run the whole check; returns wall time and the time split by stage."""
    rules = _rules_stage()
    stage: collections.Counter[str] = collections.Counter()
    counts: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    pending = []
    for data in messages:  # parse everything, feeding the workers as we go
        t0 = time.perf_counter()
        parsed = parse_email(data, limits=limits)
        stage["MIME parse"] += time.perf_counter() - t0
        futures = [pool.submit(att, limits, timeout=timeout) for att in parsed.attachments]
        pending.append((parsed, futures))
    for parsed, futures in pending:
        docs = [f.result() for f in futures]
        for doc in docs:
            counts[f"{doc.kind or 'other'}:{doc.status.value}"] += 1
            counts["ocr pages"] += doc.ocr_pages
            counts["table pages"] += doc.table_pages
            for key, seconds in doc.seconds.items():
                label = {"ocr": "OCR", "pdf_tables": "pdf tables (pdfplumber)"}.get(key, f"extract {key}")
                stage[label] += seconds
        if rules is not None:
            t0 = time.perf_counter()
            rules(parsed, docs)
            stage["rules (analyse + check)"] += time.perf_counter() - t0
    wall = time.perf_counter() - started
    return {"wall": wall, "stage": stage, "counts": counts, "rules": rules is not None}


def _peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workers", type=int, default=None, help="extraction workers (default: one per core)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per document")
    args = parser.parse_args(argv)

    messages = _load(args.folder)
    n = len(messages)
    floor(messages[:10])  # import and warm up
    floor_s, n_pdfs, n_pages = min((floor(messages) for _ in range(3)), key=lambda r: r[0])

    t0 = time.perf_counter()
    pool = ExtractionPool(workers=args.workers)
    pool.extract_all([], DEFAULT_LIMITS)
    from parsers.model import Attachment

    # start every worker before timing (a daemon's pool is already running)
    pool.extract_all([Attachment(f"warm{i}.txt", "text/plain", b"warm") for i in range(pool._size)], DEFAULT_LIMITS, timeout=60)
    startup = time.perf_counter() - t0
    try:
        with_ocr = pipeline(messages, pool, DEFAULT_LIMITS, args.timeout)
        no_ocr = pipeline(messages, pool, Limits(ocr=False), args.timeout)
    finally:
        pool.close()
    own_rss, child_rss = _peak_rss_mb()

    print(f"corpus: {args.folder} ({n} emails, {n_pdfs} PDFs, {n_pages} PDF pages)")
    print(f"workers: {pool._size} extraction processes (started in {startup:.2f} s, not counted)")
    if not with_ocr["rules"]:
        print("rules: parsers.analyse / inboxbot.checker not in this checkout; the rules stage is not run")
    print()
    print(f"floor (MIME decode + pypdfium2 PDF text, single pass): {floor_s:.2f} s  {n / floor_s:.1f} emails/s")
    for label, run in (("check, OCR aside (ocr=False)", no_ocr), ("check, with OCR", with_ocr)):
        print(f"{label}: {run['wall']:.2f} s  {n / run['wall']:.1f} emails/s  ratio to floor {run['wall'] / floor_s:.2f}x")
    print()
    print("time by stage, with OCR (CPU seconds; extraction runs in the workers, in parallel):")
    for name, seconds in sorted(with_ocr["stage"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {seconds:7.2f} s")
    counts = with_ocr["counts"]
    print(f"  pages OCR'd: {counts.pop('ocr pages', 0)}; PDF pages given to pdfplumber: {counts.pop('table pages', 0)}")
    print("documents: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"peak RSS: this process {own_rss:.0f} MB, largest worker {child_rss:.0f} MB")
    ratio = no_ocr["wall"] / floor_s
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"\nratio (OCR aside): {ratio:.2f}x the floor, {verdict} the {TARGET_RATIO:.0f}x target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
