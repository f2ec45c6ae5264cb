"""Small documents built in the tests, with fictional content only."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def text_pdf(pages: list[list[str]], *, plan_table: bool = False, ruled: bool = True) -> bytes:
    """A text PDF (reportlab): one list of lines per page; optionally a ruled What/Who/By when table on page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n, lines in enumerate(pages):
        y = 800
        for line in lines:
            c.drawString(60, y, line)
            y -= 18
        if plan_table and n == 0:
            rows = [("What", "Who", "By when"), ("Attend the parenting group", "Ms Testmother", "30/04/2026"),
                    ("Check school attendance weekly", "Mr Example (DSL)", "15/05/2026")]
            top, height, xs = y - 20, 24, (60, 280, 430, 540)
            for r, row in enumerate(rows):
                for col, cell in enumerate(row):
                    c.drawString(xs[col] + 4, top - r * height - 16, cell)
            if ruled:
                for r in range(len(rows) + 1):
                    c.line(xs[0], top - r * height, xs[-1], top - r * height)
                for x in xs:
                    c.line(x, top, x, top - len(rows) * height)
        c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf(lines: list[str], *, rotate: int = 0, dpi: int = 150) -> bytes:
    """An image-only PDF, as a scanner makes it: one greyscale JPEG page, optionally turned."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=int(dpi / 6))
    y = int(dpi * 0.8)
    for line in lines:
        draw.text((int(dpi * 0.8), y), line, fill=0, font=font)
        y += int(dpi / 3.5)
    if rotate:
        image = image.rotate(rotate, expand=True, fillcolor=255)
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=dpi)
    return buf.getvalue()


def encrypt_pdf(data: bytes, user_password: str) -> bytes:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=user_password, owner="owner-secret", R=4))
    return out.getvalue()


def docx(body_xml: str, *, extra: dict[str, bytes] | None = None, main_part: str = "word/document.xml") -> bytes:
    """A minimal .docx package around `body_xml` (the children of w:body)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        f"<w:body>{body_xml}</w:body></w:document>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        f'Target="{main_part}"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("_rels/.rels", rels)
        zf.writestr(main_part, document)
        for name, content in (extra or {}).items():
            zf.writestr(name, content)
    return buf.getvalue()


def para(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
