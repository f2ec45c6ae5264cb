"""Ruled tables read straight from pdfium: border lines give the cells, the text layer fills them.

Word, LibreOffice and case-management exports draw a table's borders as thin
lines or rectangles. Where those exist, the grid they make is the table, and
pdfium can hand us the text inside each cell's box at a fraction of the cost
of pdfplumber's layout model (which stays the fallback for tables without
borders; see `parsers.tables`).
"""

from __future__ import annotations

import re

from parsers.model import Table

_THIN = 2.5  # points: a border line is thinner than this
_MIN_LEN = 4.0  # points: shorter strokes are glyph parts or bullets
_SNAP = 2.0  # points: lines this close are the same line


def ruled_tables(page, textpage) -> list[Table]:
    """The ruled tables on a pypdfium2 page, top to bottom. [] when there are none."""
    import pypdfium2.raw as pdfium_c

    horizontal: list[tuple[float, float, float]] = []  # (x0, x1, y)
    vertical: list[tuple[float, float, float]] = []  # (x, y0, y1)
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:
            continue
        width, height = right - left, top - bottom
        if height <= _THIN and width >= _MIN_LEN:
            horizontal.append((left, right, (top + bottom) / 2))
        elif width <= _THIN and height >= _MIN_LEN:
            vertical.append(((left + right) / 2, bottom, top))
        elif width > _MIN_LEN and height > _MIN_LEN and _is_outline(obj):
            # a cell drawn as a stroked rectangle: its four sides
            horizontal += [(left, right, bottom), (left, right, top)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    tables = []
    for hs, vs in _components(horizontal, vertical):
        table = _grid(hs, vs, textpage)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: -t[0])
    return [t[1] for t in tables]


def _is_outline(obj) -> bool:
    """A rectangle that is stroked, not filled (filled ones are cell shading, not borders)."""
    try:
        import ctypes

        import pypdfium2.raw as pdfium_c

        fillmode = ctypes.c_int()
        stroke = ctypes.c_int()
        if pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fillmode), ctypes.byref(stroke)):
            return bool(stroke.value) and fillmode.value == 0
    except Exception:
        pass
    return False


def _components(horizontal, vertical):
    """Group lines that touch into separate tables."""
    lines = [("h", h) for h in horizontal] + [("v", v) for v in vertical]
    parent = list(range(len(lines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, (kind, _) in enumerate(lines) if kind == "h"]
    vs = [i for i, (kind, _) in enumerate(lines) if kind == "v"]
    for i in hs:
        x0, x1, y = lines[i][1]
        for j in vs:
            x, y0, y1 = lines[j][1]
            if x0 - _SNAP <= x <= x1 + _SNAP and y0 - _SNAP <= y <= y1 + _SNAP:
                parent[find(i)] = find(j)
    groups: dict[int, tuple[list, list]] = {}
    for i, (kind, line) in enumerate(lines):
        group = groups.setdefault(find(i), ([], []))
        (group[0] if kind == "h" else group[1]).append(line)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _grid(horizontal, vertical, textpage) -> tuple[float, Table] | None:
    ys = _snap([y for _, _, y in horizontal])[::-1]  # top to bottom
    if len(ys) < 2:
        return None
    rows: list[tuple[str, ...]] = []
    for top, bottom in zip(ys, ys[1:]):
        middle = (top + bottom) / 2
        if top - bottom < 4:  # a double border, not a row
            continue
        # the column boundaries that cross this row: merged cells simply have fewer
        xs = _snap([x for x, y0, y1 in vertical if y0 - _SNAP <= middle <= y1 + _SNAP])
        if len(xs) < 2:
            continue
        cells = []
        for left, right in zip(xs, xs[1:]):
            if right - left < 4:
                continue
            text = textpage.get_text_bounded(left=left + 0.5, bottom=bottom + 0.5, right=right - 0.5, top=top - 0.5)
            cells.append(re.sub(r"\s+", " ", text.replace("\x02", "-")).strip())
        if cells:
            rows.append(tuple(cells))
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None  # a box or a rule under a heading, not a table
    return ys[0], Table(tuple(rows))
