"""The plan tables of a PDF, with pdfplumber's layout model, on the pages that need it.

The SMART plan is usually a table headed What / Who / By when. pypdfium2
gives its words in reading order but not which cell they sit in; pdfplumber
does, at about 40 times the cost per page. So only pages whose text looks
like it holds such a table are considered, ruled tables are read from their
border lines (`parsers.lattice`), and only a plan page without borders comes
here.
"""

from __future__ import annotations

import io
import logging
import re

from parsers.model import Table

log = logging.getLogger(__name__)

# A plan table's header row names who does each action, and by when.
_WHO = re.compile(r"\b(who|responsible|lead person|by whom)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(by when|when|timescales?|deadline|target date|due date|review date)\b", re.IGNORECASE)


def looks_like_plan_table(page_text: str) -> bool:
    """True when a page's text has a line naming both who and when (a plan table's header row)."""
    if not _WHO.search(page_text) or not _WHEN.search(page_text):
        return False
    for line in page_text.splitlines():
        if len(line) < 120 and _WHO.search(line) and _WHEN.search(line):
            return True
    # Header cells are sometimes extracted one per line: look at short windows.
    lines = [line for line in page_text.splitlines() if line.strip()]
    for i in range(len(lines)):
        window = " ".join(lines[i : i + 4])
        if len(window) < 120 and _WHO.search(window) and _WHEN.search(window):
            return True
    return False


def read_tables(data: bytes, page_indexes: list[int]) -> tuple[list[Table], str]:
    """Tables on the given 0-based pages. Returns (tables, problem); problem is "" when all went well.

    pdfplumber (pdfminer) raises assorted exceptions on damaged files — plain
    TypeError among them — and an empty-message PdfminerException on
    encrypted ones. A table we cannot read leaves the page text intact, so a
    failure here is a note, not a failed document.
    """
    if not page_indexes:
        return [], ""
    import pdfplumber

    tables: list[Table] = []
    try:
        with pdfplumber.open(io.BytesIO(data), pages=[i + 1 for i in page_indexes]) as pdf:
            for page in pdf.pages:
                found = page.extract_tables()
                if not found:
                    # no ruling lines at all: columns from the alignment of the words
                    found = page.extract_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
                for raw in found:
                    rows = tuple(
                        tuple(_cell(cell) for cell in row) for row in raw if row and any(c for c in row)
                    )
                    if rows:
                        tables.append(Table(rows))
    except Exception as exc:  # noqa: BLE001 - see docstring
        log.info("pdfplumber could not read tables (%s)", type(exc).__name__)
        return tables, f"tables could not be read ({type(exc).__name__})"
    return tables, ""


def _cell(value: object) -> str:
    if value is None:
        return ""
    return re.sub(r"[ \t]*\n[ \t]*", " ", str(value)).strip()
