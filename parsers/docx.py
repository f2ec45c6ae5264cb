"""DOCX bytes -> text and tables, read from the package XML.

python-docx returns only body paragraphs and tables: it silently drops
tracked insertions, content controls (the boxes of a council template),
text boxes and smart tags, which is where workers type letters. So we walk
WordprocessingML ourselves:

* insertions (w:ins) and moves-to count; deletions (w:del) and moves-from do not;
* text boxes (w:txbxContent) become their own lines after their paragraph;
* mc:AlternateContent holds the same text box twice (DrawingML in mc:Choice,
  VML in mc:Fallback), so only mc:Choice is read;
* checkboxes (content-control and legacy form fields) read as ☒ / ☐, since
  "Consent given ☒" is how a form says yes;
* elements are matched by namespace URI, not prefix (some tools write ns0:),
  and the ISO "strict" namespace is accepted beside the transitional one.
"""

from __future__ import annotations

from dataclasses import replace

from parsers.archive import Package, PackageError
from parsers.limits import Limits
from parsers.model import DocStatus, DocumentText, Table

try:
    from lxml import etree
except ImportError:  # pragma: no cover - lxml comes with python-docx
    import xml.etree.ElementTree as etree  # type: ignore[no-redef]

_W_NS = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_OFFICE_DOC_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

_SKIP = {"del", "moveFrom", "instrText", "delText", "rPr", "pPr", "sectPr", "tblPr", "trPr", "tcPr",
         "sdtPr", "sdtEndPr", "commentReference", "footnoteReference", "endnoteReference"}
_BREAKS = {"br", "cr"}
_MAX_XML_DEPTH = 200  # nested tables inside text boxes inside tables...


def read_docx(data: bytes, base: DocumentText, limits: Limits) -> DocumentText:
    """Read a .docx (or .docm/.dotx). Never raises for a bad file: the status says what was wrong."""
    try:
        package = Package(data, limits)
        xml = package.read(_main_part(package))
    except PackageError as exc:
        return replace(base, status=DocStatus(exc.status), reason=exc.reason)
    except KeyError:
        return replace(base, status=DocStatus.CORRUPT, reason="not a Word document (no main document part)")
    try:
        root = etree.fromstring(xml, parser=_parser())
    except Exception:
        return replace(base, status=DocStatus.CORRUPT, reason="the Word document's XML is damaged")
    reader = _Reader()
    body = _child(root, "body")
    reader.block(body if body is not None else root, 0)
    text = "\n".join(reader.lines).strip("\n")
    status = DocStatus.OK if text.strip() else DocStatus.EMPTY
    return replace(
        base,
        status=status,
        text=text,
        tables=tuple(reader.tables),
        pages=1,
        reason="" if status is DocStatus.OK else "the document has no text",
    )


def _parser():
    try:
        # no network, no entity expansion (billion laughs), big text nodes allowed
        return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    except TypeError:  # pragma: no cover - stdlib ElementTree
        return None


def _main_part(package: Package) -> str:
    """The main document part: usually word/document.xml, but the package relationships decide."""
    rels = package.read_optional("_rels/.rels")
    if rels:
        try:
            root = etree.fromstring(rels, parser=_parser())
            for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
                if rel.get("Type") in _OFFICE_DOC_REL:
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in package.names:
                        return target
        except Exception:
            pass
    if "word/document.xml" in package.names:
        return "word/document.xml"
    raise KeyError("document.xml")


def _split(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):  # comments, processing instructions
        return "", ""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _is_w(tag: object, local: str) -> bool:
    ns, name = _split(tag)
    return name == local and ns in _W_NS


def _child(elem, local: str):
    for child in elem:
        if _is_w(child.tag, local):
            return child
    return None


class _Reader:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables: list[Table] = []

    def block(self, elem, depth: int) -> None:
        """Block-level content: paragraphs, tables, and the containers around them."""
        if depth > _MAX_XML_DEPTH:
            return
        for child in elem:
            ns, local = _split(child.tag)
            if ns == _MC and local == "Fallback":
                continue
            if ns in _W_NS and local in _SKIP:
                continue
            if ns in _W_NS and local == "p":
                self.paragraph(child, depth)
            elif ns in _W_NS and local == "tbl":
                self.table(child, depth)
            else:
                self.block(child, depth + 1)  # sdt, sdtContent, ins, customXml, smartTag, AlternateContent ...

    def paragraph(self, p, depth: int) -> None:
        parts: list[str] = []
        boxes: list = []
        self._inline(p, parts, boxes, depth)
        self.lines.append("".join(parts))
        for box in boxes:  # text boxes anchored in this paragraph
            self.block(box, depth + 1)

    def _inline(self, elem, parts: list[str], boxes: list, depth: int) -> None:
        if depth > _MAX_XML_DEPTH:
            return
        for node in elem:
            ns, local = _split(node.tag)
            if ns == _MC and local == "Fallback":
                continue
            if ns in _W_NS:
                if local in _SKIP:
                    continue
                if local == "t":
                    parts.append(node.text or "")
                    continue
                if local == "tab":
                    parts.append("\t")
                    continue
                if local in _BREAKS:
                    parts.append("\n")
                    continue
                if local == "noBreakHyphen":
                    parts.append("-")
                    continue
                if local == "txbxContent":
                    boxes.append(node)
                    continue
                if local == "fldChar":
                    mark = _legacy_checkbox(node)
                    if mark:
                        parts.append(mark)
                    continue
                if local in ("p", "tbl"):  # block content where inline was expected
                    boxes.append(_Wrapper(node))
                    continue
            elif ns == _MATH and local == "t":
                parts.append(node.text or "")
                continue
            self._inline(node, parts, boxes, depth + 1)

    def table(self, tbl, depth: int) -> None:
        rows: list[tuple[str, ...]] = []
        for tr in _rows(tbl):
            cells: list[str] = []
            for tc in _cells(tr):
                inner = _Reader()
                inner.block(tc, depth + 1)
                self.tables.extend(inner.tables)  # nested tables are tables too
                cells.append("\n".join(line for line in inner.lines if line.strip()).strip())
            rows.append(tuple(cells))
            self.lines.append("\t".join(c.replace("\n", " ") for c in cells))
        self.tables.append(Table(tuple(rows)))


class _Wrapper:
    """Lets a stray block element be walked by `_Reader.block` as if it were a container."""

    def __init__(self, elem) -> None:
        self._elem = elem

    def __iter__(self):
        return iter([self._elem])


def _rows(tbl):
    """w:tr elements of a table, including rows wrapped in content controls or insertions."""
    for child in tbl:
        ns, local = _split(child.tag)
        if ns in _W_NS and local == "tr":
            yield child
        elif ns in _W_NS and local in ("sdt", "sdtContent", "customXml", "ins"):
            yield from _rows(child)


def _cells(tr):
    for child in tr:
        ns, local = _split(child.tag)
        if ns in _W_NS and local == "tc":
            yield child
        elif ns in _W_NS and local in ("sdt", "sdtContent", "customXml", "ins"):
            yield from _cells(child)


def _legacy_checkbox(fld_char) -> str:
    """A FORMCHECKBOX field: its state lives in w:ffData, there is no text run."""
    for elem in fld_char.iter():
        ns, local = _split(elem.tag)
        if ns in _W_NS and local == "checkBox":
            state = None
            for sub in elem:
                sns, slocal = _split(sub.tag)
                if sns in _W_NS and slocal == "checked":
                    state = _on(sub)
                elif sns in _W_NS and slocal == "default" and state is None:
                    state = _on(sub)
            return "☒" if state else "☐"
    return ""


def _on(elem) -> bool:
    for key, value in elem.attrib.items():
        if _split(key)[1] == "val":
            return value not in ("0", "false", "off")
    return True  # <w:checked/> with no value means checked
